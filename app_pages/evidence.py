"""Evidence: where each responding government's self-report agrees with GTMI and UNCTAD, both sides at hand."""
import streamlit as st

from analysis import evidence_grid as grid
from figures import charts, style
from ui import components as ui
from ui import data
from ui import evidence as ev
from ui import evidence_views as evv
from ui import filters as uf

f = uf.current()
rows = data.filtered(f)
ui.page_header("Evidence: self-report against independent sources",
               "For the countries that sent a questionnaire: where the MSQ answer agrees with the World Bank "
               "GovTech dataset (GTMI) and the UNCTAD Global Cyberlaw Tracker, where it disagrees, and where one "
               "side has no value — with both sides' details and links, and how sure each mapping is.", rows)
if rows.empty:
    ui.empty_state(uf.why_empty(f))
    st.stop()
if not data.has_reference():
    ui.empty_state(evv.NO_REFERENCE)
    st.stop()

cw = data.crosswalk()
agreement = grid.agreement_rows(data.agreement(f.edition), rows, cw)
if agreement.empty:
    ui.empty_state("None of the questionnaire answers shown is mapped to an independent source "
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
shown = agreement[agreement["source"].isin(sources or []) & agreement["status"].isin(statuses or [])]
shown = shown[shown["confidence"].isin({"any": ["high", "medium", "low"], "medium or high": ["high", "medium"],
                                        "high": ["high"]}[confidence])]
if shown.empty:
    ui.empty_state("No answer pair matches these choices: pick more sources, statuses or a lower mapping "
                   "confidence.")
    st.stop()

counts = shown["status"].value_counts()
m = st.columns(4)
for col, s in zip(m, style.STATUSES):
    col.metric(style.STATUS_NAMES[s], int(counts.get(s, 0)), help="answer pairs (country × indicator × source)")

years = grid.source_years(data.evidence(), f.edition)
shown_years = {"gtmi": str(years["gtmi"])} if years.get("gtmi") else {}
ui.chart(charts.agreement_summary(shown, f, source_years=shown_years, as_of=data.reference_as_of()), f,
         key="agreement")

names = dict(zip(rows["country_iso3"], rows["country_name"]))
shown = (shown.assign(_name=shown["country_iso3"].map(names))
         .sort_values(["_name", "msq_question", "indicator", "source"], kind="stable").drop(columns="_name"))
table = ev.agreement_table(shown, names, cw)
st.subheader("Every answer pair")
st.dataframe(evv.links_only_http(ui.display_frame(table), ["self-report link", "source link"])
             .style.map(evv.status_css, subset=["status"]), hide_index=True, key="ev_table",
             height=min(38 + 35 * len(table), 600),
             column_config={"country": st.column_config.TextColumn(pinned=True),
                            "self-report detail": st.column_config.TextColumn(width="large"),
                            "source detail": st.column_config.TextColumn(width="large"),
                            "self-report link": st.column_config.LinkColumn(),
                            "source link": st.column_config.LinkColumn(),
                            "is_synthetic": st.column_config.CheckboxColumn()})
evv.download(table, f, sources=["msq", *[s for s in ("gtmi", "unctad") if s in set(shown["source"])]],
             key="ev_download", file_name=f"msq_{f.edition}_evidence_self-report-vs-sources.csv",
             label="Download CSV")

st.subheader("One country, side by side")
by_name = sorted(shown["country_iso3"].unique(), key=lambda c: names.get(c, c))
real_first = sorted(by_name, key=lambda c: bool(shown.loc[shown["country_iso3"] == c, "is_synthetic"].iloc[0]))
uf.accept_codes("ev_country", by_name, multi=False)
iso3 = st.selectbox("Country", by_name, index=by_name.index(real_first[0]),
                    format_func=lambda c: uf.country_label(c, names), key="ev_country", bind="query-params")
one = shown[shown["country_iso3"] == iso3]
tally = one["status"].value_counts()
st.markdown(f"**{ui.safe_md(names.get(iso3, iso3))}**: " + " · ".join(
    f"{int(tally.get(s, 0))} {style.STATUS_NAMES[s]}" for s in style.STATUSES)
    + " (answer pairs of the questionnaire with GTMI and UNCTAD, as filtered above).")
for _, block in one.groupby("indicator", sort=False):
    first = block.iloc[0]
    labels = list(ev.named_source(block, cw))
    verdicts = " · ".join(f"{style.STATUS_NAMES[r['status']]} ({lab}, {r['confidence']} confidence)"
                          for lab, (_, r) in zip(labels, block.iterrows()))
    with st.container(border=True):
        st.markdown(f"**Q{int(first['msq_question'])} · {ui.safe_md(first['label'])}** — {ui.safe_md(verdicts)}")
        cols = st.columns(1 + len(block))
        with cols[0]:
            basis = ev.basis_of(first["msq_raw_value"])
            answer = first["msq_answer"] if isinstance(first["msq_answer"], str) else "missing"
            st.markdown(f"*Self-report (MSQ {int(first['msq_year'])})*: {ev.cell(answer, basis)}")
            if first["msq_detail"]:
                st.markdown(ui.safe_md(ev.shorten(first["msq_detail"])))
            if first["msq_link"]:
                st.markdown(ui.link_md(first["msq_link"]))
        for col, lab, (_, r) in zip(cols[1:], labels, block.iterrows()):
            with col:
                answer = r["source_answer"] if isinstance(r["source_answer"], str) else "missing"
                raw = f" (value: {ui.safe_md(r['source_raw_value'])})" if r["source_raw_value"] else ""
                st.markdown(f"*{lab}*: {ev.cell(answer)}{raw}")
                if r["source_detail"]:
                    st.markdown(ui.safe_md(r["source_detail"]))
                if r["source_link"]:
                    st.markdown(ui.link_md(r["source_link"]))

evv.sources_note(["msq", *[s for s in ("gtmi", "unctad") if s in set(shown["source"])]])
