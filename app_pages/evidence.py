"""Evidence: where each responding government's self-report agrees with GTMI and UNCTAD, both sides at hand."""
import streamlit as st

from analysis import sentences
from figures import style
from ui import components, data, filters, source_views, views

f = filters.current()
rows = data.filtered(f)
components.page_header("Evidence: self-report against independent sources",
                       "For the countries that sent a questionnaire: where the MSQ answer agrees with the World Bank "
                       "GovTech dataset (GTMI) and the UNCTAD Global Cyberlaw Tracker, where it disagrees, and where one "
                       "side has no value — with both sides' details and links, and how sure each mapping is.", rows)
if rows.empty:
    components.empty_state(filters.why_empty(f))
    st.stop()
if not data.has_reference():
    components.empty_state(source_views.NO_REFERENCE)
    st.stop()

if not views.has_evidence_pairs(f):
    components.empty_state("None of the questionnaire answers shown is mapped to an independent source "
                           "(data/evidence_crosswalk.csv). Clear the 'Answer basis' filter or pick other countries.")
    st.stop()
st.caption("GTMI data are partly self-reported too (the World Bank's own survey of governments); each GTMI "
           "detail says whether the value came from the government or from World Bank staff. A draft or planned "
           "law ('partial') agrees with a questionnaire 'no'; an unknown answer is never read as 'no'.")

c1, c3 = st.columns([3, 1])
sources = c1.pills("Independent source", ["gtmi", "unctad"], selection_mode="multi", default=["gtmi", "unctad"],
                   format_func=lambda s: style.SOURCE_LABELS[s], key="ev_sources", bind="query-params")
statuses = st.pills("Show", list(style.STATUSES), selection_mode="multi", default=list(style.STATUSES),
                    format_func=lambda s: style.STATUS_NAMES[s], key="ev_status", bind="query-params")
confidence = c3.selectbox("Mapping confidence", ["any", "medium or high", "high"], key="ev_conf",
                          bind="query-params",
                          help="How closely the source's item matches the question (data/evidence_crosswalk.csv): "
                               "low = an approximate proxy, e.g. a cybercrime law for a cybersecurity law.")
view = views.evidence_pairs(f, tuple(sources or ()), tuple(statuses or ()), confidence)
shown = view["shown"]
if shown.empty:
    components.empty_state("No answer pair matches these choices: pick more sources, statuses or a lower mapping "
                           "confidence.")
    st.stop()

counts = view["counts"]
m = st.columns(4)
for col, s in zip(m, style.STATUSES):
    col.metric(style.STATUS_NAMES[s], int(counts.get(s, 0)), help="answer pairs (country × indicator × source)")

components.chart(view["chart"], f, key="agreement")

names = view["names"]
table = view["table"]
st.subheader("Every answer pair")
st.dataframe(view["screen"], hide_index=True, key="ev_table",
             height=min(38 + 35 * len(table), 600),
             column_config={"country": st.column_config.TextColumn(pinned=True),
                            "self-report detail": st.column_config.TextColumn(width="large"),
                            "source detail": st.column_config.TextColumn(width="large"),
                            "self-report link": st.column_config.LinkColumn(),
                            "source link": st.column_config.LinkColumn(),
                            "is_synthetic": st.column_config.CheckboxColumn(), **view["columns"]})
source_views.download(table, f, sources=view["sources"], key="ev_download",
                      file_name=f"msq_{f.edition}_evidence_self-report-vs-sources.csv", label="Download CSV",
                      conditions=[f"independent sources: {sentences.join(style.SOURCE_LABELS[s] for s in sources)}",
                                  f"shown: {sentences.join((style.STATUS_NAMES[s] for s in statuses), 'or')}",
                                  f"mapping confidence: {confidence}"])

st.subheader("One country, side by side")
by_name, real_first = view["by_name"], view["real_first"]
filters.accept_codes("ev_country", by_name, multi=False)
iso3 = st.selectbox("Country", by_name, index=by_name.index(real_first[0]),
                    format_func=lambda c: filters.country_label(c, names), key="ev_country", bind="query-params")
tally, cards = views.evidence_cards(f, tuple(sources or ()), tuple(statuses or ()), confidence, iso3)
st.markdown(f"**{components.safe_md(names.get(iso3, iso3))}**: " + " · ".join(
    f"{int(tally.get(s, 0))} {style.STATUS_NAMES[s]}" for s in style.STATUSES)
    + " (answer pairs of the questionnaire with GTMI and UNCTAD, as filtered above).")
for heading, columns in cards:
    with st.container(border=True):
        st.markdown(heading)
        for col, lines in zip(st.columns(len(columns)), columns):
            with col:
                for line in lines:
                    st.markdown(line)

source_views.sources_note(view["sources"])
