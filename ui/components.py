"""Shared page parts: honesty banners, empty states, charts with their table and summary, safe text."""
from __future__ import annotations

from urllib.parse import quote, urlsplit

import pandas as pd
import streamlit as st

from analysis import sentences
from analysis.export import neutralise
from analysis.filters import Filters
from figures import style
from figures.charts import Chart

from . import tables
from .inert import safe_md  # re-exported: pages call components.safe_md

SELF_REPORT = ("MSQ answers are each government's **self-report** in the UN E-Government Survey's Member "
               "States Questionnaire. They are not index scores (EGDI, OSI); independent sources (World Bank "
               "GTMI, UNCTAD) are shown apart from them and named wherever they appear.")
BASIS_LABELS = {
    "corrected": "corrected — an analyst corrected the reading (the document's reading is kept beside it)",
    "marked": "marked — a tick in the document",
    "inferred": "inferred — read from the written answer (no tick survived)",
    "none": "none — nothing in the document shows the answer",
}
ANSWER_TEXT = {a: f"{style.ANSWER_SYMBOLS[a]} {a}" for a in style.ANSWERS}

def page_header(title: str, intro: str, rows: pd.DataFrame | None = None) -> None:
    """Title, one-line purpose, the self-report notice and, when shown rows include any, the synthetic notice."""
    st.title(title)
    st.caption(intro)
    self_report_banner()
    if rows is not None:
        synthetic_banner(rows)


def self_report_banner() -> None:
    st.info(SELF_REPORT, icon=":material/record_voice_over:")


def synthetic_banner(rows: pd.DataFrame) -> None:
    """A warning naming how many of the countries shown are synthetic demo responses."""
    if rows.empty or not rows["is_synthetic"].astype(bool).any():
        return
    per_country = rows.drop_duplicates("country_iso3")
    n_syn = int(per_country["is_synthetic"].astype(bool).sum())
    if len(per_country) == 1:
        what = "this is a generated demo response, not a real government answer."
    else:
        what = (f"{n_syn} of the {len(per_country)} countries shown "
                + sentences.verb(n_syn, "is a generated demo response, not a real government answer",
                                 "are generated demo responses, not real government answers")
                + " (marked † in tables and figures).")
    st.warning(f"**{style.SYNTHETIC_MARK}**: {what} Turn off 'Include synthetic demo data' in the sidebar to "
               "see real responses only.", icon=":material/science:")


def empty_state(message: str) -> None:
    """What a page shows when nothing matches: why, and what to change."""
    st.info("**Nothing to show.** " + message, icon=":material/filter_alt_off:")


def safe_url(url: str) -> str | None:
    """An http(s) URL with the characters that could break out of a markdown link percent-encoded."""
    url = str(url).strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(url, safe=":/?#@!$&'*+,;=%~")  # encodes space ( ) < > " [ ] and other specials


def link_md(url: str) -> str:
    """A clickable markdown link for a safe http(s) URL; anything else as escaped plain text."""
    target = safe_url(url)
    if target is None:
        return safe_md(url)
    return f"[{safe_md(url)}]({target})"


def answer_text(answer: str, basis: str) -> str:
    """'✓ yes', with '(inferred)' when the answer was read from the written detail, '(corrected)' when an
    analyst corrected it."""
    return ANSWER_TEXT.get(answer, answer) + {"inferred": " (inferred)", "corrected": " (corrected)"}.get(basis, "")


def answer_texts(rows: pd.DataFrame) -> pd.Series:
    """answer_text for every row, plus '⚑ flagged: <reason>' and 'corrected from <answer>: <reason>'."""
    text = rows["answer"].map(ANSWER_TEXT).fillna(rows["answer"]) + rows["basis"].map(
        {"inferred": " (inferred)", "corrected": " (corrected)"}).fillna("")
    if "correction_reason" in rows:
        corrected = rows["basis"].eq("corrected")
        text = text + ("; corrected from " + rows["original_answer"].astype(str) + ": "
                       + rows["correction_reason"].astype(str)).where(corrected, "")
    if "flag" in rows:
        flag = rows["flag"].fillna("").astype(str)
        text = text + (" ⚑ flagged: " + flag).where(flag.ne(""), "")
    return text


def chart(c: Chart, f: Filters, *, key: str, show_table: bool = False) -> None:
    """A figure in the house style, its one-sentence summary, and a table of the same numbers.

    The table sits in an expander, or under the chart when `show_table` (a short table that is part of
    the view, such as one country's index scores).
    """
    stem = style.file_stem(c.name, f)
    st.plotly_chart(c.figure, config=style.plotly_config(c.figure, stem), theme=None, key=key,
                    alt=c.summary, width="stretch")
    st.caption(c.summary)
    if c.table.empty:
        return
    if show_table:
        st.dataframe(display_frame(c.table), hide_index=True, key=f"{key}_table")
        return
    with st.expander("Table of the numbers in this chart"):
        st.dataframe(display_frame(c.table), hide_index=True, key=f"{key}_table")


def display_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy for st.dataframe: text cells neutralised (its toolbar CSV bypasses our exporter) and empty
    cells blank, never 'None' or 'nan'."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or isinstance(out[col].dtype, pd.StringDtype):
            out[col] = out[col].map(lambda v: neutralise(v) if isinstance(v, str) else v)
            out[col] = out[col].where(out[col].notna(), "").astype(object)
    return out


def details_table(rows: pd.DataFrame, *, keep_question: bool = False) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(answers in table order, the table for st.dataframe) of details_frame."""
    q = tables.question_columns(rows)
    sub = rows.merge(q[["question", "item", "column"]], on=["question", "item"]).sort_values(
        ["country_name", "question"], kind="stable").reset_index(drop=True)
    show = pd.DataFrame({
        "country": tables.country_names(sub["country_name"], sub["is_synthetic"]),
        "question": sub["column"],
        "answer": answer_texts(sub),
        "written answer": sub["detail"],
        "link": sub["links"].map(lambda v: next((u for u in map(safe_url, v) if u), "")),
        "more links": sub["links"].map(lambda v: f"+{len(v) - 1}" if len(v) > 1 else ""),
    })
    if show["question"].nunique() == 1 and not keep_question:
        show = show.drop(columns="question")
    return sub, display_frame(show)


def details_frame(rows: pd.DataFrame, *, key: str, keep_question: bool = False,
                  table: tuple[pd.DataFrame, pd.DataFrame] | None = None) -> None:
    """A table of answers (question, answer with its basis, written answer, first link) and, for the row the
    user selects, a panel with the whole written answer and every link. Text neutralised, never HTML.
    `table`: details_table(rows) worked out before (and cached)."""
    sub, show = table if table is not None else details_table(rows, keep_question=keep_question)
    picked = st.dataframe(show, hide_index=True, key=f"{key}_details", on_select="rerun",
                          selection_mode="single-row", height=min(38 + 35 * len(show), 460),
                          column_config={"written answer": st.column_config.TextColumn(width="large"),
                                         "link": st.column_config.LinkColumn("link")})
    st.caption("Select a row to read the whole written answer with all its links.")
    rows_picked = picked.selection.rows if picked is not None and hasattr(picked, "selection") else []
    if rows_picked:
        answer_panel(sub.iloc[rows_picked[0]])


def answer_panel(r: pd.Series) -> None:
    """One answer in full: question, answer and basis, correction and flag, written answer, every link."""
    with st.container(border=True):
        st.markdown(f"**{safe_md(r['country_name'])} · {safe_md(r['column'])}** — "
                    f"{safe_md(answer_texts(r.to_frame().T).iloc[0])}", help=r.get("question_text") or None)
        st.caption("Basis: " + BASIS_LABELS.get(r["basis"], r["basis"]))
        evidence = r.get("evidence") or ""
        if evidence:
            from . import highlight  # loaded with the first answer that has evidence

            st.caption(highlight.evidence_line(evidence))
            st.markdown(highlight.marked_detail(r["detail"], evidence) if r["detail"] else "_no written answer_")
        else:
            st.markdown(safe_md(r["detail"]) if r["detail"] else "_no written answer_")
        if len(r["links"]):
            st.markdown("Links: " + " · ".join(link_md(u) for u in r["links"]))
