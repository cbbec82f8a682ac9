"""Overview: responses loaded (real vs synthetic), coverage by section, a world map and a sortable ranking."""
import streamlit as st

from analysis import sentences
from figures import charts
from ui import components, data, filters, source_views, views

f = filters.current()
rows = data.filtered(f)
components.page_header("Overview", "What is loaded for the UN Member States — each government's questionnaire "
                       "(self-report) and the independent sources — then how much of each section the responses "
                       "answer and where they point to 'yes'.", rows)

st.subheader("What is loaded, by source")
cov = data.source_coverage(f)
m = st.columns(len(cov))
for col, r in zip(m, cov.to_dict("records")):
    col.metric(r["source"], f"{r['countries']} of {r['of']}", help=r["what it is"])
st.caption(f"Countries listed: {sentences.plural(int(cov['of'].iloc[0]), 'UN Member State')}"
           + (" and other economies" if not f.members_only else "")
           + (f" in {', '.join(f.sub_regions or f.regions)}" if (f.regions or f.sub_regions) else "")
           + ". The questionnaire is each government's self-report; GTMI and UNCTAD are independent sources, "
             "and their views (Legal framework, Emerging technologies, Inclusion, Evidence) list every member "
             "state with the source of each cell.")
absent = cov[(cov["countries"] == 0) & (cov["key"] != "demo")]
if len(absent):
    st.caption("Not loaded: " + ", ".join(absent["source"]) + " — " + source_views.NOT_LOADED_HINT)
source_views.sources_note([k for k in cov.loc[cov["countries"] > 0, "key"] if k != "demo"])

st.subheader("Questionnaire responses")
if rows.empty:
    components.empty_state(filters.why_empty(f))
    st.stop()

per_country = rows.drop_duplicates("country_iso3")
n_syn = int(per_country["is_synthetic"].astype(bool).sum())
m = st.columns(4)
m[0].metric("Countries shown", len(per_country))
m[1].metric("Real responses", len(per_country) - n_syn)
m[2].metric("Synthetic demo responses", n_syn)
m[3].metric("Answers shown", f"{len(rows):,}", help=f"{int((rows['answer'] == 'unknown').sum()):,} of them "
            "are unknown: the response does not show the answer.")

components.chart(views.chart(charts.responses_loaded, f), f, key="responses")
components.chart(views.chart(charts.coverage_by_section, f), f, key="sections")

st.subheader("World map")
section_names, themes = views.groups(f)
c1, c2 = st.columns([1, 3])
by = c1.segmented_control("Map by", ["section", "theme"], default="section", required=True, key="map_by",
                          bind="query-params")
if by == "theme":
    group = c2.selectbox("Theme", ["(all questions)"] + themes, key="map_theme", bind="query-params",
                         format_func=lambda t: charts.THEME_TITLES.get(t, t))
else:
    group = c2.selectbox("Section", ["(all questions)"] + list(section_names), key="map_section",
                         bind="query-params",
                         format_func=lambda s: s if s.startswith("(") else f"{s} · {section_names[s]}")
group = None if group == "(all questions)" else group
components.chart(views.chart(charts.coverage_map, f, by=by, group=group), f, key="map")

st.subheader("Questionnaire answers against the E-Government Development Index")
index_rows = data.egdi()
if index_rows.empty:
    st.caption("No EGDI values are loaded. Put the UN's EGOV_DATA_<year>.csv files in `data/reference/` (README, "
               "'Independent evidence') and rebuild the database to plot coverage against the index.")
else:
    components.chart(views.egdi_scatter(f), f, key="egdi_scatter")
    source_views.sources_note(["msq", "egdi"])

st.subheader("Ranking")
st.caption("Countries ordered by the share of 'yes' among all scored answers; unknown answers count in the "
           "denominator, never as 'no'. Click a column header to sort. † = synthetic demo country.")
st.dataframe(
    views.ranking(f), hide_index=True, key="ranking",
    column_config={
        "yes_pct_all": st.column_config.ProgressColumn("yes % of all", format="%.0f%%", min_value=0,
                                                       max_value=100),
        "yes_pct_answered": st.column_config.NumberColumn("yes % of answered", format="%.0f%%"),
    },
)
