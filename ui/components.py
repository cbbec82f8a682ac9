"""Shared page parts: honesty banners, empty states, charts with their table and summary, safe text."""
from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

import pandas as pd
import streamlit as st

from analysis.export import neutralise
from analysis.filters import Filters
from figures import style
from figures.charts import Chart

from . import tables

SELF_REPORT = ("MSQ answers are each government's **self-report** in the UN E-Government Survey's Member "
               "States Questionnaire. They are not index scores (EGDI, OSI); independent sources (World Bank "
               "GTMI, UNCTAD) are shown apart from them and named wherever they appear.")
BASIS_LABELS = {
    "marked": "marked — a tick in the document",
    "inferred": "inferred — read from the written answer (no tick survived)",
    "none": "none — nothing in the document shows the answer",
}
ANSWER_TEXT = {a: f"{style.ANSWER_SYMBOLS[a]} {a}" for a in style.ANSWERS}

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~<>$:=])")


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
        what = (f"{n_syn} of the {len(per_country)} countries shown are generated demo responses, not real "
                "government answers (marked † in tables and figures).")
    st.warning(f"**{style.SYNTHETIC_MARK}**: {what} Turn off 'Include synthetic demo data' in the sidebar to "
               "see real responses only.", icon=":material/science:")


def empty_state(message: str) -> None:
    """What a page shows when nothing matches: why, and what to change."""
    st.info("**Nothing to show.** " + message, icon=":material/filter_alt_off:")


def safe_md(text: object) -> str:
    """MSQ free text made inert for st.markdown: every markdown/colour/emoji/LaTeX trigger escaped."""
    out = _MD_SPECIAL.sub(r"\\\1", str(text))
    return out.replace("\r\n", "\n").replace("\n", "  \n")


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
    """'✓ yes', with '(inferred)' when the answer was read from the written detail."""
    return ANSWER_TEXT.get(answer, answer) + (" (inferred)" if basis == "inferred" else "")


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
    """A copy for st.dataframe: its toolbar CSV bypasses our exporter, so text cells are neutralised here."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object:
            out[col] = out[col].map(lambda v: neutralise(v) if isinstance(v, str) else v)
    return out


def _index_of(options: list[str], prefix: str | None, fallback: int = 0) -> int:
    """Position of the first option starting with `prefix` (e.g. 'Q10 '), else `fallback`."""
    if prefix:
        for i, o in enumerate(options):
            if o.startswith(prefix):
                return i
    return fallback


def finder(rows: pd.DataFrame, *, key: str, has_label: str, default_has: str | None = None,
           default_lacks: str | None = None) -> None:
    """'Which countries report A but not B?': two question pickers (bound to the URL) and the answer list.

    `default_has` / `default_lacks` are label prefixes such as 'Q10 ' for the pickers' first state.
    """
    cols = list(tables.question_columns(rows)["column"])
    none = "(no second condition)"
    c1, c2, c3 = st.columns([3, 3, 2])
    has = c1.selectbox(has_label, cols, index=_index_of(cols, default_has), key=f"{key}_has",
                       bind="query-params")
    lacks_opts = [none] + [c for c in cols if c != has]
    lacks_index = _index_of(lacks_opts, default_lacks, 0)
    lacks = c2.selectbox("…but do not report", lacks_opts, index=lacks_index, key=f"{key}_lacks",
                         bind="query-params")
    states = c3.pills("where the second answer is", ["no", "unknown"], selection_mode="multi",
                      default=["no"], key=f"{key}_state", bind="query-params",
                      help="'no' is an explicit no; 'unknown' means the response does not show the answer.")
    lacks = None if lacks == none else lacks
    if lacks and not states:
        empty_state("Pick 'no', 'unknown' or both for the second question.")
        return
    found = tables.finder(rows, has, lacks, tuple(states or ()))
    n_all = rows["country_iso3"].nunique()
    what = f"report {has}" + (f" and answer {' or '.join(states)} to {lacks}" if lacks else "")
    st.markdown(f"**{len(found)} of {n_all} countries** {safe_md(what)}.")
    if found.empty:
        return
    show = pd.DataFrame({
        "country": found["country"], "region": found["region"],
        has: [answer_text(a, b) for a, b in zip(found["answer_a"], found["basis_a"])],
        "written answer (first question)": found["detail_a"],
    })
    if lacks:
        show[lacks] = [answer_text(a, b) for a, b in zip(found["answer_b"], found["basis_b"])]
        show["written answer (second question)"] = found["detail_b"]
    st.dataframe(display_frame(show), hide_index=True, key=f"{key}_found")


def details(rows: pd.DataFrame, *, key: str, label: str = "Written answers for") -> None:
    """Every country's answer, basis, written detail and links for one chosen question."""
    q = tables.question_columns(rows)
    pick = st.selectbox(label, list(q["column"]), key=f"{key}_q", bind="query-params")
    sel = q[q["column"] == pick].iloc[0]
    details_frame(rows[(rows["question"] == sel["question"]) & (rows["item"] == sel["item"])], key=key)


def details_frame(rows: pd.DataFrame, *, key: str) -> None:
    """A table of answers with their basis, written detail and links (text neutralised, never HTML)."""
    q = tables.question_columns(rows)
    sub = rows.merge(q[["question", "item", "column"]], on=["question", "item"]).sort_values(
        ["country_name", "question"], kind="stable")
    show = pd.DataFrame({
        "country": [tables.country_name(n, s) for n, s in zip(sub["country_name"], sub["is_synthetic"])],
        "question": sub["column"],
        "answer": [answer_text(a, b) for a, b in zip(sub["answer"], sub["basis"])],
        "written answer": sub["detail"],
        "links": [" ".join(v) for v in sub["links"]],
    })
    if show["question"].nunique() == 1:
        show = show.drop(columns="question")
    st.dataframe(display_frame(show), hide_index=True, key=f"{key}_details",
                 column_config={"written answer": st.column_config.TextColumn(width="large")})
