"""Review: settle the doubtful readings of one response (confirm or correct, one or many at once)."""
import streamlit as st

from analysis import review as _review
from analysis import sentences
from loaders import corrections
from ui import components, data, filters, views
from ui import review as rv

f = filters.current()
st.title("Review")
st.caption("The answers of a response that a person should check: every **flagged** reading (the reader "
           "was unsure, and says why) and every answer **inferred** from the written text because no tick "
           "survived; the words that decided a reading are highlighted in the written answer. **Confirm** a "
           "reading (it keeps its answer and basis and is marked reviewed) or **correct** it, with a reason; "
           "confirm many readings at once with one reason. Decisions go to the corrections file "
           f"(`{corrections.corrections_file().name}`, kept under version control) and are applied to the "
           "dashboard at once; the document's own reading is kept beside them.")
components.self_report_banner()

done = st.session_state.pop(rv.SAVED, None)
if done:
    st.success(done, icon=":material/check_circle:")

queue, docs, labels = views.review(f)
if docs.empty:
    components.empty_state("No flagged or inferred answers in the responses the sidebar selects."
                           + ("" if len(data.filtered(f)) else " " + filters.why_empty(f)))
else:
    # The label is what a shared link carries (?review_doc=Denmark (DNK) 2022): no counts, they change.
    keys = labels
    # Default: the document with the most open flags (review_documents puts it first).
    pick = st.selectbox("Response to review", keys, key="review_doc", bind="query-params",
                        help="Responses with flagged or inferred answers, the most open flags first.")
    with st.expander(sentences.all_of(len(docs), "response").capitalize() + " with answers to review"):
        st.dataframe(components.display_frame(docs.assign(response=keys)[
            ["response", "open", "corrected", "confirmed", "flags_left", "flagged", "inferred", "total",
             "is_synthetic", "document_path"]].rename(columns={"open": "left", "flags_left": "flags left"})),
            hide_index=True, key="review_docs")
    doc = docs.iloc[keys.index(pick)]
    rows = queue[(queue["country_iso3"] == doc["country_iso3"]) & (queue["edition"] == doc["edition"])]
    components.synthetic_banner(rows)
    st.markdown(f"**Document:** {components.safe_md(doc['document_path'])} · SHA-256 `{doc['document_sha256'][:12]}…`")
    n = _review.counts(rows)
    st.markdown(f"**{_review.progress_text(rows)}** of {n['total']} answers to review")
    m = st.columns(4)
    m[0].metric("left", n["left"], help="Answers nobody has confirmed or corrected yet.")
    m[1].metric("flags left", n["flags_left"],
                help=f"Readings the reader marked as doubtful that are still open ({n['flagged']} flagged in all; "
                     "a reviewed flag is settled, and kept on the record).")
    m[2].metric("corrected", n["corrected"], help="Answers an analyst changed (one per answer).")
    m[3].metric("confirmed", n["confirmed"], help="Readings an analyst kept as they are.")

    c1, c2 = st.columns([2, 3])
    reviewer = c1.text_input("Your name", key="review_by", max_chars=80,
                             help="Kept with each decision in the corrections file (reviewed_by).")
    show_done = c2.toggle("Show answers already reviewed", value=False, key="review_show_done")
    rv.confirm_many(rows, reviewer)
    shown = rows if show_done else rows[rows["status"] == "open"]
    # The flagged readings first: they are the likeliest to be wrong.
    shown = shown.assign(_flagged=shown["flag"].notna()).sort_values("_flagged", ascending=False, kind="stable")
    if shown.empty:
        st.info(f"Every answer of this response has been reviewed: {_review.progress_text(rows)}.",
                icon=":material/task_alt:")

    for _, r in shown.iterrows():
        rv.card(r, reviewer)

stale = data.stale_corrections()
st.header("Corrections to review again", divider="gray")
if stale.empty:
    st.caption("None: every correction was made for the response that is current now.")
else:
    st.markdown(f"**{len(stale)} correction(s)** were made for a document that is no longer the current "
                "response (a newer version came in). They are **not applied** to the new text. Open the "
                "country's current response above and decide again.")
    st.dataframe(components.display_frame(stale.assign(document_sha256=stale["document_sha256"].str[:12],
                                                       current_sha256=stale["current_sha256"].str[:12])),
                 hide_index=True, key="review_stale")
