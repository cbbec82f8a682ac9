"""The Review page's parts: one answer's card (evidence highlighted, flag settled), the confirm-many form."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from loaders import corrections, store

from . import components, data, highlight, tables

ANSWER_CHOICES = ("yes", "no", "unknown")
SAVED = "_review_saved"  # the last save's message, shown once after the rerun that displays its result


def ident(r: pd.Series) -> str:
    return f"{r['document_sha256'][:12]}_{r['question']}_{r['item'] or 'q'}"


def _what(r: pd.Series) -> str:
    return f"Q{r['printed_number']}{' ' + r['item'] if r['item'] else ''}"


def _date(stamp: object) -> str:
    return str(stamp or "")[:10] or "an unrecorded date"


def decision_text(r: pd.Series) -> str:
    """'Reading confirmed: yes — reason (by, when)' or 'Corrected from yes to no — reason (by, when)'."""
    who = f"({components.safe_md(r['reviewed_by'] or 'unnamed')}, {components.safe_md(r['reviewed_at'] or '')})"
    if r["status"] == "confirmed":
        head = f"**Reading confirmed: {r['answer']}**"
    else:
        head = f"**Corrected from {r['original_answer']} to {r['answer']}**"
    return f"{head} — {components.safe_md(r['review_reason'] or '')} {who}"


def card(r: pd.Series, reviewer: str) -> None:
    """One doubtful answer: question, reading, flag (open or settled), evidence in the written answer, decision."""
    key = ident(r)
    with st.container(border=True, key=f"review_{key}"):
        st.markdown(f"**Q{components.safe_md(r['printed_number'])} · {components.safe_md(r['label'])}** — reading: "
                    f"{tables.symbol(r['original_answer'], '')} {r['original_answer']} · "
                    f"_basis: {components.BASIS_LABELS.get(r['original_basis'], r['original_basis'])}_")
        if r["question_text"]:
            st.caption(components.safe_md(r["question_text"]))
        if isinstance(r["flag"], str) and r["status"] == "open":
            st.warning(f"**Flag:** {components.safe_md(r['flag'])}", icon=":material/flag:")
        elif isinstance(r["flag"], str):
            st.caption(f"⚑ Flag settled by {components.safe_md(r['reviewed_by'] or 'unnamed')} on "
                       f"{components.safe_md(_date(r['reviewed_at']))}: {components.safe_md(r['flag'])}")
        if r["evidence"]:
            st.caption(highlight.evidence_line(r["evidence"]))
        st.markdown(highlight.marked_detail(r["detail"], r["evidence"]) if r["detail"] else "_No written answer._")
        if len(r["links"]):
            st.markdown("Links: " + " · ".join(components.link_md(u) for u in r["links"]))
        if r["status"] != "open":
            st.success(decision_text(r), icon=":material/rate_review:")
        _decision_form(r, key, reviewer)


def _decision_form(r: pd.Series, key: str, reviewer: str) -> None:
    with st.form(f"form_{key}", border=False):
        a, b, c = st.columns([2, 4, 1], vertical_alignment="bottom")
        answer = a.radio("Answer", ANSWER_CHOICES, index=ANSWER_CHOICES.index(r["answer"]),
                         horizontal=True, key=f"answer_{key}",
                         help="Keep the reading to confirm it; pick another answer to correct it.")
        reason = b.text_input("Reason", key=f"reason_{key}", max_chars=500,
                              placeholder="why this answer is right (e.g. 'the text says only a draft')")
        save = c.form_submit_button("Save", type="primary")
    if save and _ready(reviewer, reason):
        verb = "confirmed" if answer == r["original_answer"] else "corrected"
        _save([_row(r, answer, reason, reviewer)], f"{_what(r)} {verb}: {answer}.")


def _ready(reviewer: str, reason: str) -> bool:
    if not reviewer.strip():
        st.error("Enter your name above first: each decision records who made it.", icon=":material/person:")
        return False
    if not reason.strip():
        st.error("Give a reason: it is kept with the decision and shown with the answer.",
                 icon=":material/edit_note:")
        return False
    return True


def _row(r: pd.Series, answer: str, reason: str, reviewer: str) -> dict:
    return {"edition": int(r["edition"]), "country_iso3": r["country_iso3"], "question": int(r["question"]),
            "item": r["item"], "answer": answer, "reason": reason.strip(), "reviewed_by": reviewer.strip(),
            "document_sha256": r["document_sha256"]}


def _save(rows: list[dict], message: str) -> None:
    try:
        data.save_decisions(rows)
    except corrections.CorrectionsError as exc:
        st.error(f"Not saved: {exc}", icon=":material/error:")
    except store.StoreBusy as exc:
        st.warning(f"Saved in the corrections file, but not yet shown: {exc}. It is applied with the next "
                   "save, ingest or build.", icon=":material/schedule:")
    else:
        st.session_state[SAVED] = message
        st.rerun()


def scopes(rows: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """What one act can confirm: every open answer, every open inferred one, or the open ones of a section.

    The labels carry no counts: a choice must survive a save that changes them (the widget keeps its label).
    """
    open_ = rows[rows["status"] == "open"]
    out: dict[str, pd.DataFrame] = {}
    if open_.empty:
        return out
    out["every open answer"] = open_
    inferred = open_[open_["original_basis"] == "inferred"]
    if len(inferred) and len(inferred) < len(open_):
        out["every open inferred answer"] = inferred
    for section, block in open_.groupby("section", sort=True):
        if len(block) < len(open_):
            out[f"the open answers of section {section}"] = block
    return out


def scope_counts(options: dict[str, pd.DataFrame]) -> str:
    """'every open answer: 55 (2 flagged) · every open inferred answer: 54 · section C: 12 · …'."""
    parts = []
    for label, block in options.items():
        name = label.replace("the open answers of ", "")
        n_flag = int(block["flag"].notna().sum())
        parts.append(f"{name}: {len(block)}" + (f" ({n_flag} flagged)" if n_flag else ""))
    return " · ".join(parts)


def confirm_many(rows: pd.DataFrame, reviewer: str) -> None:
    """One form: pick a set of open readings, give one reason, confirm them all in one save."""
    options = scopes(rows)
    if not options:
        return
    with st.form("review_bulk", border=True):
        st.markdown("**Confirm many readings at once** — each keeps its answer and basis and is marked "
                    "reviewed by you; answers already decided are left as they are. Correct the wrong ones "
                    "below first.")
        st.caption(scope_counts(options))  # our own words and counts: section letters are A-Z
        a, b, c = st.columns([3, 4, 1], vertical_alignment="bottom")
        scope = a.selectbox("Readings to confirm", list(options), key="review_bulk_scope")
        reason = b.text_input("Reason (kept with each of them)", key="review_bulk_reason", max_chars=500,
                              placeholder="e.g. 'read against the document; the readings are right'")
        go = c.form_submit_button("Confirm", type="primary")
    if go and _ready(reviewer, reason):
        picked = options[scope]
        decisions = [_row(r, r["original_answer"], reason, reviewer) for _, r in picked.iterrows()]
        _save(decisions, f"{len(decisions)} reading{'s' if len(decisions) != 1 else ''} confirmed.")
