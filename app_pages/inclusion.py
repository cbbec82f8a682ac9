"""Inclusion and e-participation (Q24, Q33–Q40): the finder, every country by source, and the written answers."""
import streamlit as st

from analysis.page_config import PAGE_THEMES, PAGE_TITLES
from figures import charts
from ui import components, filters, source_views, tables, views
from ui.finder import finder

THEMES = PAGE_THEMES["inclusion"]
f = filters.current()
rows = views.theme_rows(f, THEMES)
components.page_header("Inclusion and e-participation", "Policies and measures for digital inclusion and "
                       "e-participation (questions 24 and 33–40), with each government's written answer.", rows)

st.subheader("Find countries")
st.caption("For measures for a group (persons with disabilities, women, older people), type a word of it under "
           "'Written answer … mentions': the list keeps the countries whose written answer names it.")
finder(f, themes=THEMES, key="incl", default_a="msq:Q35")

if source_views.every_country_toggle("incl_all"):
    source_views.every_country_view(f, rows, themes=THEMES, key="incl", what="inclusion and e-participation")
    st.stop()
if rows.empty:
    components.empty_state(filters.page_rows(f, "inclusion or e-participation answers"))
    st.stop()

st.subheader("Search the written answers")
term = st.text_input("Words to look for (e.g. women, older, disabilit)", key="q", bind="query-params",
                     help="Case-insensitive; matches any part of a word. Leave empty to skip.")
if term.strip():
    words = term.lower().split()
    hits = tables.search(rows, tuple(words))
    st.markdown(f"**{hits['country_iso3'].nunique()} countries**, {len(hits)} answers mention "
                f"{components.safe_md(' and '.join(words))}.")
    if not hits.empty:
        components.details_frame(hits, key="search", keep_question=True)

st.subheader("Answers by country")
components.chart(views.chart(charts.answer_matrix, f, themes=THEMES, title=f"{PAGE_TITLES['inclusion']}: answers by country",
                              name="inclusion-matrix"), f, key="matrix")
st.subheader("Counts")
components.chart(views.chart(charts.answer_shares, f, themes=THEMES, title="Inclusion and e-participation: countries answering yes, no, "
                              "unknown", name="inclusion-shares"), f, key="shares")

st.subheader("Written answers")
views.details(rows, f, THEMES, key="incl")
