"""Search answers: one search box over every written answer of every country, question and edition."""
import math

import streamlit as st

from analysis import export
from analysis import search as _search
from analysis.filters import Filters
from analysis.sentences import plural, verb
from ui import components, filters, search, tables

PAGE_SIZE = 25  # hits drawn per page: every hit is in the count and the download

f = filters.current()
st.title("Search answers")
st.caption("Every written answer (the text beside the tick) of every country, question and edition loaded, as "
           "the sidebar filters it. Type words — each must occur, at the start of a word: *disabilit* finds "
           "*disabilities* — or a \"quoted phrase\". Accents and case do not matter (*participacion* finds "
           "*participación*).")
components.self_report_banner()

query = _search.parse(st.text_input("Search the written answers", key="q", bind="query-params",
                                    placeholder='e.g. disabilit women or "data protection"'))
every_edition = st.toggle("Every edition", value=False, key="search_all_editions", bind="query-params",
                          help="Off: the edition picked in the sidebar. On: every edition loaded.")
if every_edition:
    f = filters.with_page(f, edition=None)
base = search.pool(f)
sections = base.drop_duplicates("section").sort_values("section")
titles = dict(zip(sections["section"], sections["section_title"]))
c1, c2 = st.columns(2)
section = c1.selectbox("Section", ["(all sections)"] + list(titles), key="search_section", bind="query-params",
                       format_func=lambda s: s if s.startswith("(") else f"{s} · {titles[s]}")
if not section.startswith("("):
    f = filters.with_page(f, section=section)
questions = tables.question_columns(search.pool(f))
labels = ["(all questions)"] + list(questions["column"])
picked = c2.selectbox("Question", labels, key="search_question", bind="query-params")
question = None
if not picked.startswith("("):
    row = questions[questions["column"] == picked].iloc[0]
    question = (int(row["question"]), str(row["item"]))

if not query:
    rows = search.pool(f, question)
    countries = plural(rows["country_iso3"].nunique(), "country", "countries")
    st.info(f"{plural(len(rows), 'written answer')} from {countries} can be searched with these filters. "
            "Type a word above.", icon=":material/search:")
    st.stop()

hits = search.hits(f, query, question)
n, n_countries = len(hits), hits["country_iso3"].nunique()
n_syn = int(hits.drop_duplicates("country_iso3")["is_synthetic"].astype(bool).sum()) if n else 0
scope = " · ".join(x for x in (f.describe(), f"question {picked}" if question else "") if x)
st.markdown(f"**{plural(n, 'answer')}** from {plural(n_countries, 'country', 'countries')} "
            f"{verb(n, 'holds', 'hold')} {components.safe_md(query.describe())}"
            + (f" ({n_syn} of the countries are synthetic demo responses, marked †)" if n_syn else "")
            + f" · {components.safe_md(scope)}")
if not n:
    components.empty_state("No written answer holds every word. Use fewer words, the start of a word (*disabilit*), "
                           "or widen the filters (sidebar, section, question, 'Every edition').")
    st.stop()
components.synthetic_banner(hits)

frame = export.export_frame(hits, Filters())  # exactly the hits: every filter is applied already
citation = export.citation_for(frame, f) + (
    f"\nSearch: written answers holding {query.describe()} (every term; words match the start of a word; "
    f"accent- and case-insensitive)" + (f"; question {picked}" if question else "") + f"; {plural(n, 'answer')}.")
st.download_button(f"Download {'this answer' if n == 1 else f'these {n:,} answers'} (CSV)",
                   data=lambda: export.to_csv_bytes(frame, citation),
                   file_name=export.suggested_filename(f, "csv").replace("_answers", "_search"),
                   mime="text/csv", on_click="ignore", icon=":material/download:", key="search_download")
st.caption("Cite as: " + components.safe_md(citation.replace("\n", " — ")))

pages = math.ceil(n / PAGE_SIZE)
page = st.number_input(f"Page (of {pages}, {PAGE_SIZE} answers each)", min_value=1, max_value=pages, value=1,
                       key="search_page") if pages > 1 else 1
for _, r in hits.iloc[(page - 1) * PAGE_SIZE: page * PAGE_SIZE].iterrows():
    number = r["printed_number"] or str(r["question"])
    label = r["label"] if r["item"] == "" else f"{r['question_label']}: {r['label']}"
    with st.container(border=True):
        st.markdown(f"**{components.safe_md(tables.country_name(r['country_name'], r['is_synthetic']))}** · "
                    f"{int(r['edition'])} · Q{components.safe_md(number)} {components.safe_md(label)} — "
                    f"{components.safe_md(components.answer_text(r['answer'], r['basis']))}")
        st.markdown(search.highlighted(r["detail"], query))
