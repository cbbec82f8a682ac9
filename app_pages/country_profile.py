"""Country profile: the UN index scores over the editions, then every self-reported answer of one country."""
import pandas as pd
import streamlit as st

from ui import components, data, filters, highlight, source_views, tables, views

f = filters.current()
# The profile honours every sidebar filter; with countries picked there, the picker offers just those.
pool = data.filtered(f)
st.title("Country profile")
st.caption("The country's E-Government Development Index over the survey editions (UN DESA's index scores), "
           "then every answer of its questionnaire, section by section: the written answer, its links, how the "
           "answer was read (basis) and the document it comes from.")
components.self_report_banner()
if pool.empty:
    components.empty_state(filters.why_empty(f))
    st.stop()

listed = pool.drop_duplicates("country_iso3").sort_values("country_name")
names = dict(zip(listed["country_iso3"], listed["country_name"]))
options = list(listed["country_iso3"])
# Default: the first real response, else the first listed.
real_first = list(listed.sort_values(["is_synthetic", "country_name"])["country_iso3"])
preferred = real_first[0]
filters.accept_codes("profile", options, multi=False, names=names)
iso3 = st.selectbox("Country", options, index=options.index(preferred),
                    format_func=lambda c: filters.country_label(c, names), key="profile", bind="query-params")
rows = pool[pool["country_iso3"] == iso3]
components.synthetic_banner(rows)

# The index scores first and apart: they are UN DESA's measurements, not the government's answers.
with st.container(border=True):
    st.header("E-Government Development Index (UN DESA)", divider="gray")
    st.caption("Index scores from the United Nations E-Government Survey: the EGDI and its components, the "
               "Online Service, Human Capital and Telecommunication Infrastructure indices, plus the "
               "E-Participation Index, and the EGDI rank. They are measured by UN DESA; the questionnaire "
               "answers below are the government's self-report and do not enter them.")
    index_rows = data.egdi()
    index_rows = index_rows[index_rows["country_iso3"] == iso3]
    if index_rows.empty:
        st.caption(f"No EGDI values are loaded for {components.safe_md(names[iso3])}. Put the UN's EGOV_DATA_<year>.csv "
                   "files in `data/reference/` (README, 'Independent evidence') and rebuild the database.")
    else:
        components.chart(views.egdi_history(f, iso3, names[iso3]), f,
                         key="egdi", show_table=True)
        source_views.sources_note(["egdi"])

st.header("Questionnaire answers (self-report)", divider="gray")

doc = rows.iloc[0]
answered = rows[rows["answer_type"] != "items"]
m = st.columns(4)
m[0].metric("✓ yes", int((answered["answer"] == "yes").sum()))
m[1].metric("✗ no", int((answered["answer"] == "no").sum()))
m[2].metric("? unknown", int((answered["answer"] == "unknown").sum()))
m[3].metric("inferred answers", int((answered["basis"] == "inferred").sum()),
            help="Answers read from the written detail because no tick survived in the document.")
st.markdown(f"**Source document:** {components.safe_md(doc['document_path'])} · edition {int(doc['edition'])} · "
            f"SHA-256 `{doc['document_sha256'][:12]}…`" + (" · **synthetic demo response**"
                                                          if doc["is_synthetic"] else ""))
if f.bases:
    st.caption("Only answers with basis " + ", ".join(f.bases) + " are listed (sidebar filter).")
# One count per answer an analyst decided: a corrected sub-item counts once, not again for its roll-up.
n_flag, n_corr = int((rows["flag"] != "").sum()), int((rows["review"] == "corrected").sum())
n_conf = int((rows["review"] == "confirmed").sum())
n_settled = int(((rows["flag"] != "") & (rows["review"] != "")).sum())
if n_flag or n_corr or n_conf:
    st.caption(f"{n_corr} answer{'s' if n_corr != 1 else ''} corrected by an analyst (✎, the document's reading "
               f"is shown beside it) · {n_conf} reading{'s' if n_conf != 1 else ''} confirmed · "
               f"{n_flag} reading{'s' if n_flag != 1 else ''} flagged as doubtful (⚑), {n_settled} of them settled.")

earlier = data.superseded_versions(iso3, int(doc["edition"]))
other_kind = data.other_kind_versions(iso3, int(doc["edition"]))
with st.expander(f"Earlier versions of this response ({len(earlier)})"):
    kind = "synthetic demo" if doc["is_synthetic"] else "real"
    if earlier.empty:
        st.caption(f"No earlier version is loaded: this is the only {kind} version of the response.")
    else:
        st.caption(f"Every version is kept; the current one is the most recently submitted (the document's own "
                   f"date where it has one, else the order of ingestion). These earlier {kind} versions are "
                   "superseded; only documents of the same kind are versions of each other (real with real, "
                   "synthetic with synthetic).")
        st.dataframe(components.display_frame(pd.DataFrame({
            "version": earlier["version_rank"].map(lambda r: f"earlier #{r - 1}"),
            "document": earlier["path"], "format": earlier["format"],
            "submitted": earlier["submitted_at"].dt.strftime("%Y-%m-%d %H:%M").fillna(""),
            "loaded": earlier["ingested_at"].dt.strftime("%Y-%m-%d %H:%M").fillna(""),
            "SHA-256": earlier["sha256"].str[:12] + "…",
            "synthetic": earlier["is_synthetic"].map({True: "† synthetic", False: ""}),
        })), hide_index=True, key="profile_versions")
    if not other_kind.empty and not doc["is_synthetic"]:
        n = len(other_kind)
        st.caption(f"† Also loaded for {components.safe_md(names[iso3])}: {n} synthetic demo document{'s' if n != 1 else ''} "
                   f"({components.safe_md(', '.join(other_kind['path']))}). Generated data is never a version of a real "
                   "response: it is not listed above and not shown while this real response is loaded.")

show_people = st.checkbox("Show the respondents' names and e-mail addresses (personal data)", value=False,
                          key="show_contacts",
                          help="Every response opens with named officials. They are hidden by default, even "
                               "though the documents are public; this choice is not kept in the link.")
if show_people:
    people = data.contacts([doc["document_sha256"]])
    if people.empty:
        st.caption("No contact block was read from this document.")
    else:
        st.table(components.display_frame(people.drop(columns="document_sha256").fillna("")))

for section, block in rows.groupby("section", sort=True):
    title = block["section_title"].iloc[0]
    st.subheader(f"{section} · {title}")
    for _, r in block.sort_values("question", kind="stable").iterrows():
        label = r["label"] if r["item"] == "" else f"{r['question_label']}: {r['label']}"
        number = r["printed_number"] or str(r["question"])
        with st.container(border=True):
            st.markdown(f"**Q{components.safe_md(number)} · {components.safe_md(label)}** — {tables.symbol(r['answer'], '')} "
                        f"{r['answer']} · _basis: {components.BASIS_LABELS.get(r['basis'], r['basis'])}_",
                        help=r["question_text"] or None)
            if r["basis"] == "corrected":
                st.caption(f"✎ corrected from {components.safe_md(r['original_answer'])}: "
                           f"{components.safe_md(r['correction_reason'])}"
                           + (f" ({components.safe_md(r['corrected_by'])}, {components.safe_md(r['corrected_at'][:10])})"
                              if r["corrected_by"] else ""))
            elif r["review"] == "confirmed":
                st.caption(f"✔ reading confirmed by {components.safe_md(r['reviewed_by'] or 'unnamed')} on "
                           f"{components.safe_md(r['reviewed_at'][:10])}: {components.safe_md(r['review_reason'])}")
            if r["flag"]:
                st.caption((f"⚑ flag settled by {components.safe_md(r['reviewed_by'] or 'unnamed')} on "
                            f"{components.safe_md(r['reviewed_at'][:10])}: " if r["review"] else "⚑ flagged as doubtful: ")
                           + components.safe_md(r["flag"]))
            if r["evidence"]:
                st.caption(highlight.evidence_line(r["evidence"]))
            if r["detail"]:
                st.markdown(highlight.marked_detail(r["detail"], r["evidence"]))
            if len(r["links"]):
                st.markdown("Links: " + " · ".join(components.link_md(u) for u in r["links"]))
