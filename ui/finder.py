"""The finder across sources on a page: 'countries where [source] reports A and [source] reports B'.

Two conditions (each one source's own indicator), the states to match, region pills and a word search,
then the count, the list with each cell's source, a detail panel with the full written answers, and a
download of exactly the list. The rules live in analysis.finder; this module only draws.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis import filters, sentences
from analysis import finder as rules
from analysis.filters import Filters
from figures.style import EVIDENCE_SYMBOLS, INFERRED_MARK

from . import components, data, source_views
from .tables import country_names

NONE = "(no second condition)"
FLAG_MARK = "⚑"
CORRECTED_MARK = "✎"
SOURCE_NAMES = {"msq": "self-report (MSQ)", "gtmi": "World Bank GTMI", "unctad": "UNCTAD Cyberlaw Tracker"}


def state_text(answer: pd.Series, basis: pd.Series, flag: pd.Series, correction: pd.Series) -> pd.Series:
    """'✓ yes', '◐ draft or planned', '— not covered', with * inferred, ✎ corrected and ⚑ flagged marks."""
    symbol = answer.map(EVIDENCE_SYMBOLS).fillna("")
    mark = basis.eq("inferred").map({True: INFERRED_MARK, False: ""})
    text = symbol + mark + " " + answer.map(rules.STATE_NAMES).fillna(answer)
    text = text + correction.ne("").map({True: f" {CORRECTED_MARK} corrected", False: ""})
    return text + flag.ne("").map({True: f" {FLAG_MARK} flagged", False: ""})


def _default(keys: list[str], wanted, fallback: int = 0) -> int:
    """Position of the first preferred key that is offered ('msq:Q29' also finds 'msq:Q29.ai'): a page names
    its question through an independent source first and falls back to the self-report when it is not loaded."""
    for w in ([wanted] if isinstance(wanted, str) else list(wanted or ())):
        for i, k in enumerate(keys):
            if k == w or k.startswith(w + "."):
                return i
    return fallback


def heading(label: str, confidence: str) -> str:
    """A column header that names the source's indicator and how well it stands in for the question."""
    return f"{label} · mapping confidence: {confidence}" if confidence else label


def finder(f: Filters, *, themes, key: str, default_a, default_b=None, default_b_states=("no", "partial"),
           words_hint: str = "e.g. disabilities, women, older") -> None:
    """The finder, drawn in place. `default_a`/`default_b` are condition keys such as 'unctad:Cybercrime',
    'gtmi:I-17' or 'msq:Q35', or tuples of them in order of preference (the first state of the pickers;
    every choice is kept in the link)."""
    conds, cells, place = data.finder_frames(f, themes)
    missing = [s for s in ("gtmi", "unctad") if data.source_year(s, f.edition or 0) is None]
    if missing:
        st.caption("Not loaded, so not offered here: " + ", ".join(SOURCE_NAMES[s] for s in missing) + " — "
                   + source_views.NOT_LOADED_HINT)
    if conds.empty or place.empty:
        components.empty_state("No source covers this page's questions for the countries chosen in the sidebar.")
        return
    keys = list(conds["key"])
    labels = dict(zip(conds["key"], conds["label"]))
    confidence = dict(zip(conds["key"], conds["confidence"]))
    source_of = dict(zip(conds["key"], conds["source"]))
    c1, c2 = st.columns(2)
    a = c1.selectbox("Countries where", keys, index=_default(keys, default_a), format_func=labels.get,
                     key=f"{key}_a", bind="query-params",
                     help="Each choice is one source's own indicator, named as the source names it: a question "
                          "of the questionnaire (the government's self-report), a World Bank GTMI indicator or "
                          "an UNCTAD Cyberlaw Tracker area.")
    a_states = c1.pills("reports", list(rules.STATES), selection_mode="multi", default=["yes"],
                        format_func=rules.STATE_NAMES.get, key=f"{key}_a_states", bind="query-params")
    others = [k for k in keys if k != a]
    b_options = [NONE, *others]
    b = c2.selectbox("and where", b_options, index=_default(b_options, default_b),
                     format_func=lambda k: labels.get(k, k), key=f"{key}_b", bind="query-params")
    b_states = c2.pills("reports", list(rules.STATES), selection_mode="multi", default=list(default_b_states),
                        format_func=rules.STATE_NAMES.get, key=f"{key}_b_states", bind="query-params",
                        help="'draft or planned' is GTMI's planned level and UNCTAD's 'Draft Legislation'; "
                             "'unknown' means the source does not show the answer; 'not covered' that it has no "
                             "row for the country. None of them is read as 'no'.")
    r1, r2 = st.columns([3, 2])
    region_options = sorted(r for r in place["region"].unique() if r)
    regions = r1.pills("Region (UN M49)", region_options, selection_mode="multi", key=f"{key}_regions",
                       bind="query-params", help="Narrows the list; the sidebar's region and country filters "
                                                 "apply too. None picked = every region.")
    words = r2.text_input("Written answer to the first condition mentions", key=f"{key}_words",
                          bind="query-params", placeholder=words_hint,
                          help="Case-insensitive; every word must appear (any part of a word).")
    b = None if b == NONE else b
    if not a_states or (b and not b_states):
        components.empty_state("Pick at least one state for each condition.")
        return
    found, table, out = _found(data.db_key(), filters.key(f), tuple(themes), a, tuple(a_states), b,
                               tuple(b_states or ()), tuple(regions or ()), words or "")
    pool = filters.places(place, Filters(regions=tuple(regions or ())))
    covered = coverage(cells, pool, [k for k in (a, b) if k])
    blind = [k for k in (a, b) if k and covered[k] == 0 and len(pool)]
    if blind:
        for side, k in (("a", a), ("b", b)):
            if k in blind:
                _no_answer(k, side, key, keys, labels, source_of, covered_by(cells, pool, keys), pool, regions)
        return
    _summary(found, place, regions, labels, a, a_states, b, b_states, words, covered, source_of)
    proxies = [f"{labels[k]}: {confidence[k]}" for k in (a, b) if k and confidence.get(k)]
    if proxies:
        st.caption("Each independent source answers its own indicator, not the questionnaire's question; how well "
                   "it stands in for the question (mapping confidence, data/evidence_crosswalk.csv): "
                   + " · ".join(proxies) + ".")
    if found.empty:
        return
    shown = st.dataframe(table.drop(columns=["iso3"]), hide_index=True, key=f"{key}_found",
                         on_select="rerun", selection_mode="single-row",
                         height=min(38 + 35 * len(table), 480), column_config=_columns(table))
    st.caption("Select a row to read the full written answers and sources below. ✓ yes · ◐ draft or planned · "
               "✗ no · ? unknown · — not covered · * inferred from the written answer · ✎ corrected by an "
               "analyst · ⚑ flagged as doubtful · † synthetic demo response.")
    picked = shown.selection.rows if shown is not None and hasattr(shown, "selection") else []
    if picked:
        _panel(found.iloc[picked[0]], labels, source_of, a, b)
    used = [source_of[k] for k in (a, b) if k]
    source_views.download(out, f, sources=used, key=f"{key}_found_download",
                          file_name=f"msq_{f.edition}_{key}_finder.csv", label="Download this list as CSV",
                          conditions=conditions_text(labels, a, a_states, b, b_states, regions, words))


@st.cache_resource(max_entries=64, show_spinner=False)
def _found(key, fkey: tuple, themes: tuple[str, ...], a: str, a_states: tuple, b: str | None, b_states: tuple,
           regions: tuple, words: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(the countries found, the table on screen, the download) for one set of choices, worked out once per
    store version and filter state (shared by every session: not to be mutated)."""
    conds, cells, place = data.finder_frames(filters.from_key(fkey), themes)
    labels = dict(zip(conds["key"], conds["label"]))
    confidence = dict(zip(conds["key"], conds["confidence"]))
    source_of = dict(zip(conds["key"], conds["source"]))
    found = rules.find(cells, place, a, a_states, b, b_states, regions=regions, words=words)
    if "msq" not in {source_of[a], source_of.get(b)}:  # GTMI and UNCTAD cells are real for every country
        found = found.assign(is_synthetic=False)
    if found.empty:
        return found, pd.DataFrame(), pd.DataFrame()
    table = _table(found, labels, confidence, a, b)
    table = components.display_frame(table)  # column by column: the same cells as without iso3
    out = components.display_frame(_download_frame(found, labels, confidence, source_of, a, b))
    return found, table, out


SHORT = {"msq": "the self-report", "gtmi": "GTMI", "unctad": "UNCTAD"}


def coverage(cells: pd.DataFrame, pool: pd.DataFrame, keys) -> dict[str, int]:
    """Condition key -> how many countries of `pool` its source has a row for (any state but 'not covered')."""
    ids = set(pool["country_iso3"])
    got = cells[cells["key"].isin(list(keys)) & cells["country_iso3"].isin(ids) & (cells["answer"] != "missing")]
    counts = got.groupby("key")["country_iso3"].nunique()
    return {k: int(counts.get(k, 0)) for k in keys}


def covered_by(cells: pd.DataFrame, pool: pd.DataFrame, keys) -> dict[str, int]:
    """coverage() of every condition offered (to find one that answers where another has no rows)."""
    return coverage(cells, pool, keys)


def alternatives(k: str, source_of: dict[str, str]) -> list[str]:
    """Other conditions that answer the same question(s) as condition `k`, from the vocabulary: the self-report
    question for a source's item, and each source's item for a question ('msq:Q11' -> 'unctad:Cybercrime')."""
    from analysis import vocabulary

    t = vocabulary.all_terms()
    if source_of.get(k) == "msq" or k.startswith("msq:"):
        question = k.split(":", 1)[1].split(".", 1)[0]
        questions = {question}
    else:
        source, item = k.split(":", 1)
        questions = set(t.loc[(t["source"] == source) & (t["item"] == item), "question"])
    rows = t[t["question"].isin(questions)]
    out = [f"msq:{q}" for q in sorted(questions)] + [f"{s}:{i}" for s, i in zip(rows["source"], rows["item"]) if i]
    return [x for x in dict.fromkeys(out) if x != k]


def _switch(widget_key: str, value: str) -> None:
    st.session_state[widget_key] = value


def _no_answer(k, side, key, keys, labels, source_of, covered, pool, regions) -> None:
    """A condition whose source covers none of the countries: say there is no answer yet, name the source that
    would answer it and offer it (a button when it is loaded, the command that loads it when not)."""
    where = ", ".join(regions) if regions else "the countries chosen"
    st.warning(f"**No answer yet** for *{components.safe_md(labels[k])}*: {SOURCE_NAMES[source_of[k]]} covers 0 of the "
               f"{sentences.plural(len(pool), 'country', 'countries')} ({components.safe_md(where)}), so a count here "
               "would say nothing about them.", icon=":material/help:")
    alts = alternatives(k, source_of)
    offered = [x for x in keys if x != k and covered.get(x, 0) > 0
               and any(x == alt or x.startswith(alt + ".") for alt in alts)]
    for x in offered:
        st.button(f"Use {labels[x]} instead ({SHORT[source_of[x]]} covers {covered[x]} of {len(pool)})",
                  key=f"{key}_{side}_use_{x}", on_click=_switch, args=(f"{key}_{side}", x),
                  icon=":material/swap_horiz:")
    missing = [x for x in alts if x not in keys and not x.startswith("msq:")]
    for x in missing:
        source = x.split(":", 1)[0]
        st.caption(f"{SOURCE_NAMES[source]} would answer it ({x.split(':', 1)[1]}) but is not loaded: "
                   f"`python -m loaders fetch {source}` downloads and loads it.")
    if not offered and not missing:
        st.caption("No loaded source answers this question for these countries yet.")


def conditions_text(labels, a, a_states, b, b_states, regions, words) -> list[str]:
    """The finder's choices for a download's citation: both conditions, the region pills and the words."""
    states = lambda s: " or ".join(rules.STATE_NAMES[x] for x in s)  # noqa: E731
    out = [f"condition: {labels[a]} reports {states(a_states)}"]
    if b:
        out.append(f"and condition: {labels[b]} reports {states(b_states)}")
    out.append("region: " + (sentences.join(regions) if regions else "every region"))
    if words:
        out.append(f"written answer to the first condition mentions: {' and '.join(words.split())}")
    return out


def _summary(found, place, regions, labels, a, a_states, b, b_states, words, covered, source_of) -> None:
    where = ", ".join(regions) if regions else "every region"
    pool = filters.places(place, Filters(regions=tuple(regions or ())))
    states = lambda s: " or ".join(rules.STATE_NAMES[x] for x in s)  # noqa: E731
    what = f"{labels[a]} reports {states(a_states)}"
    if words:
        what += f" (written answer mentions {' and '.join(words.split())})"
    if b:
        what += f", and {labels[b]} reports {states(b_states)}"
    by_source = {}
    for k in (a, b):
        if k:
            by_source[SHORT[source_of[k]]] = max(by_source.get(SHORT[source_of[k]], 0), covered[k])
    st.markdown(f"**{sentences.n_of(len(found), len(pool), 'country', 'countries')}** ({components.safe_md(where)}): "
                f"{components.safe_md(what)}. Of the {len(pool)}, {sentences.covers(by_source)}.")


def _table(found: pd.DataFrame, labels, confidence, a, b) -> pd.DataFrame:
    out = pd.DataFrame({
        "country": country_names(found["country_name"], found["is_synthetic"]),
        "iso3": found["country_iso3"], "region": found["region"],
        heading(labels[a], confidence.get(a, "")): state_text(found["answer_a"], found["basis_a"], found["flag_a"],
                                                              found["correction_a"]),
        "written answer or source detail (first)": found["detail_a"], "link (first)": found["link_a"],
    })
    if b:  # both answers side by side first, the texts after them
        out.insert(4, heading(labels[b], confidence.get(b, "")),
                   state_text(found["answer_b"], found["basis_b"], found["flag_b"], found["correction_b"]))
        out["written answer or source detail (second)"] = found["detail_b"]
        out["link (second)"] = found["link_b"]
    for col in ("link (first)", "link (second)"):
        if col in out:
            out[col] = out[col].map(lambda u: (components.safe_url(u) or "") if u else "")
    return out


def _columns(table: pd.DataFrame) -> dict:
    config = {"country": st.column_config.TextColumn(pinned=True)}
    for col in table.columns[3:5]:  # the answers: wide enough for their symbol and state, header on hover
        if not col.startswith("written"):
            config[col] = st.column_config.TextColumn(col, width="medium", help=col)
    for col in table.columns:
        if col.startswith("link"):
            config[col] = st.column_config.LinkColumn(col)
        elif col.startswith("written answer"):
            config[col] = st.column_config.TextColumn(col, width="large")
    return config


def _panel(row: pd.Series, labels, source_of, a, b) -> None:
    with st.container(border=True):
        st.markdown(f"**{components.safe_md(row['country_name'])}** · {components.safe_md(row['region'])}")
        for side, k in (("a", a), ("b", b)):
            if not k:
                continue
            text = state_text(pd.Series([row[f"answer_{side}"]]), pd.Series([row[f"basis_{side}"]]),
                              pd.Series([row[f"flag_{side}"]]), pd.Series([row[f"correction_{side}"]])).iloc[0]
            st.markdown(f"*{components.safe_md(labels[k])}*: {components.safe_md(text)}")
            if row[f"correction_{side}"]:
                st.caption(components.safe_md(row[f"correction_{side}"]))
            if row[f"flag_{side}"]:
                st.caption("Flagged as doubtful: " + components.safe_md(row[f"flag_{side}"]))
            st.markdown(components.safe_md(row[f"detail_{side}"]) if row[f"detail_{side}"] else
                        f"_no written answer or detail in the {SOURCE_NAMES[source_of[k]]}_")
            if row[f"link_{side}"]:
                st.markdown(components.link_md(row[f"link_{side}"]))


def _download_frame(found: pd.DataFrame, labels, confidence, source_of, a, b) -> pd.DataFrame:
    out = pd.DataFrame({"country_iso3": found["country_iso3"], "country_name": found["country_name"],
                        "region": found["region"], "sub_region": found["sub_region"]})
    for side, k in (("a", a), ("b", b)):
        if not k:
            continue
        out[f"condition_{side}"] = labels[k]
        out[f"source_{side}"] = SOURCE_NAMES[source_of[k]]
        out[f"mapping_confidence_{side}"] = confidence.get(k, "")
        for col in ("answer", "basis", "detail", "link", "flag", "correction"):
            out[f"{col}_{side}"] = found[f"{col}_{side}"]
    out["is_synthetic"] = found["is_synthetic"].astype(bool)
    return out
