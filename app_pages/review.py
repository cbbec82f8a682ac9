"""Review: settle the doubtful readings of one response, answer by answer, and re-review stale corrections."""
import streamlit as st

from loaders import corrections, store
from ui import components as ui
from ui import data, tables, views
from ui import filters as uf

ANSWER_CHOICES = ("yes", "no", "unknown")
STATUS_TEXT = {"open": "not reviewed yet", "confirmed": "reading confirmed", "corrected": "corrected"}
SAVED = "_review_saved"  # the last save's message, shown once after the rerun that displays its result

f = uf.current()
st.title("Review")
st.caption("The answers of a response that a person should check: every **flagged** reading (the reader "
           "was unsure, and says why) and every answer **inferred** from the written text because no tick "
           "survived. Confirm the reading or correct it, with a reason. Decisions go to the corrections file "
           f"(`{corrections.corrections_file().name}`, kept under version control) and are applied to the "
           "dashboard at once; the document's own reading is kept beside them.")
ui.self_report_banner()

done = st.session_state.pop(SAVED, None)
if done:
    st.success(done, icon=":material/check_circle:")

queue, docs, labels = views.review(f)
if docs.empty:
    ui.empty_state("No flagged or inferred answers in the responses the sidebar selects."
                   + ("" if len(data.filtered(f)) else " " + uf.why_empty(f)))
else:
    # The label is what a shared link carries (?review_doc=Denmark (DNK) 2022): no counts, they change.
    keys = labels
    # Default: the document with the most flags (review_documents puts it first).
    pick = st.selectbox("Response to review", keys, key="review_doc", bind="query-params",
                        help="Responses with flagged or inferred answers, the most flags first.")
    with st.expander(f"All {len(docs)} responses with answers to review"):
        st.dataframe(ui.display_frame(docs.assign(response=keys)[
            ["response", "flagged", "inferred", "open", "total", "is_synthetic", "document_path"]]),
            hide_index=True, key="review_docs")
    doc = docs.iloc[keys.index(pick)]
    rows = queue[(queue["country_iso3"] == doc["country_iso3"]) & (queue["edition"] == doc["edition"])]
    ui.synthetic_banner(rows)
    st.markdown(f"**Document:** {ui.safe_md(doc['document_path'])} · SHA-256 `{doc['document_sha256'][:12]}…`")
    m = st.columns(4)
    m[0].metric("to review", int(doc["total"]))
    m[1].metric("flagged", int(doc["flagged"]), help="Readings the reader itself marked as doubtful.")
    m[2].metric("inferred", int(doc["inferred"]), help="Answers read from the written text (no tick survived).")
    m[3].metric("still open", int(doc["open"]))

    c1, c2 = st.columns([2, 3])
    reviewer = c1.text_input("Your name", key="review_by", max_chars=80,
                             help="Kept with each decision in the corrections file (reviewed_by).")
    hide_done = c2.toggle("Hide answers already reviewed", value=False, key="review_hide_done")
    shown = rows[rows["status"] == "open"] if hide_done else rows
    # The flagged readings first: they are the likeliest to be wrong.
    shown = shown.assign(_flagged=shown["flag"].notna()).sort_values("_flagged", ascending=False, kind="stable")
    if shown.empty:
        st.info("Every answer of this response has been reviewed.", icon=":material/task_alt:")

    for _, r in shown.iterrows():
        ident = f"{r['document_sha256'][:12]}_{r['question']}_{r['item'] or 'q'}"
        with st.container(border=True, key=f"review_{ident}"):
            st.markdown(f"**Q{ui.safe_md(r['printed_number'])} · {ui.safe_md(r['label'])}** — reading: "
                        f"{tables.symbol(r['original_answer'], '')} {r['original_answer']} · "
                        f"_basis: {ui.BASIS_LABELS.get(r['original_basis'], r['original_basis'])}_")
            if r["question_text"]:
                st.caption(ui.safe_md(r["question_text"]))
            if isinstance(r["flag"], str):
                st.warning(f"**Flag:** {ui.safe_md(r['flag'])}", icon=":material/flag:")
            st.markdown(ui.safe_md(r["detail"]) if r["detail"] else "_No written answer._")
            if len(r["links"]):
                st.markdown("Links: " + " · ".join(ui.link_md(u) for u in r["links"]))
            if r["status"] != "open":
                st.success(f"**{STATUS_TEXT[r['status']]}: {r['answer']}** — {ui.safe_md(r['correction_reason'])} "
                           f"({ui.safe_md(r['corrected_by'] or 'unnamed')}, {ui.safe_md(r['corrected_at'])})",
                           icon=":material/rate_review:")
            with st.form(f"form_{ident}", border=False):
                a, b, c = st.columns([2, 4, 1], vertical_alignment="bottom")
                answer = a.radio("Answer", ANSWER_CHOICES, index=ANSWER_CHOICES.index(r["answer"]),
                                 horizontal=True, key=f"answer_{ident}",
                                 help="Keep the reading to confirm it; pick another answer to correct it.")
                reason = b.text_input("Reason", key=f"reason_{ident}", max_chars=500,
                                      placeholder="why this answer is right (e.g. 'the text says only a draft')")
                save = c.form_submit_button("Save", type="primary")
            if save:
                if not reviewer.strip():
                    st.error("Enter your name above first: each decision records who made it.",
                             icon=":material/person:")
                elif not reason.strip():
                    st.error("Give a reason: it is kept with the decision and shown with the answer.",
                             icon=":material/edit_note:")
                else:
                    what = f"Q{r['printed_number']}{' ' + r['item'] if r['item'] else ''}"
                    try:
                        data.save_correction({
                            "edition": int(r["edition"]), "country_iso3": r["country_iso3"],
                            "question": int(r["question"]), "item": r["item"], "answer": answer,
                            "reason": reason.strip(), "reviewed_by": reviewer.strip(),
                            "document_sha256": r["document_sha256"],
                        })
                    except corrections.CorrectionsError as exc:
                        st.error(f"Not saved: {exc}", icon=":material/error:")
                    except store.StoreBusy as exc:
                        st.warning(f"{what}: saved in the corrections file, but not yet shown: {exc}. It is "
                                   "applied with the next save, ingest or build.", icon=":material/schedule:")
                    else:
                        verb = "confirmed" if answer == r["original_answer"] else "corrected"
                        st.session_state[SAVED] = f"{what} {verb}: {answer}."
                        st.rerun()

stale = data.stale_corrections()
st.header("Corrections to review again", divider="gray")
if stale.empty:
    st.caption("None: every correction was made for the response that is current now.")
else:
    st.markdown(f"**{len(stale)} correction(s)** were made for a document that is no longer the current "
                "response (a newer version came in). They are **not applied** to the new text. Open the "
                "country's current response above and decide again.")
    st.dataframe(ui.display_frame(stale.assign(document_sha256=stale["document_sha256"].str[:12],
                                               current_sha256=stale["current_sha256"].str[:12])),
                 hide_index=True, key="review_stale")
