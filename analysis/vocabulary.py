"""One vocabulary for every label: each indicator's name per source, its proxy mark, source and confidence.

Pages, figures, downloads and citations name an independent source's indicator only through this module,
so a figure can never say less than the page. The data behind it is data/evidence_crosswalk.csv: the
question's label (kept equal to the questionnaire catalogue's by a test), the source's own item and
label, the mapping's confidence and its relation to the question (same, broader, related).
"""
from __future__ import annotations

from functools import lru_cache

import pandas as pd

from loaders import paths

CROSSWALK = paths.ROOT / "data" / "evidence_crosswalk.csv"
SOURCES = ("msq", "gtmi", "unctad")
PROXY = "≈"  # the source's own indicator stands in for the question: it is not the question itself
SAME = "="   # the source records the same thing the question asks
# How a source's item relates to the question it is set beside (crosswalk columns gtmi_relation, unctad_relation).
RELATIONS = {"same": "the same item", "broader": "broader than the question",
             "related": "a related item, not what the question asks"}
SOURCE_NAMES = {"msq": "self-report (MSQ)", "gtmi": "World Bank GTMI", "unctad": "UNCTAD Cyberlaw Tracker"}
PUBLISHERS = {"gtmi": "World Bank", "unctad": "Cyberlaw Tracker"}
ITEM = {"gtmi": ("gtmi_code", "gtmi_confidence", "gtmi_relation"),
        "unctad": ("unctad_area", "unctad_confidence", "unctad_relation")}
TERM_COLUMNS = ["indicator", "source", "question", "question_label", "item", "own", "relation", "mark",
                "confidence", "shared_with", "term", "bar", "pair"]
KEY = "≈ stands in for the question (broader, or a related item); = records the same thing"


def question_label(question: int, item: str, label: str) -> str:
    """'Q29 Artificial intelligence (AI)': the questionnaire's own label (catalogue and crosswalk agree)."""
    return f"Q{int(question)} {label or item}"


def own_name(source: str, item: str, gtmi_label: str = "") -> str:
    """The source's item as the source names it: 'GTMI I-17 National strategy on disruptive/innovative
    technologies', 'UNCTAD Cybercrime legislation'."""
    if source == "gtmi":
        return f"GTMI {item} {gtmi_label}".strip()
    if source == "unctad":
        return f"UNCTAD {item} legislation"
    return item


@lru_cache(maxsize=4)
def _relations(path: str) -> pd.DataFrame:
    cw = pd.read_csv(path, dtype=str, keep_default_na=False)
    for col in ("gtmi_relation", "unctad_relation"):
        bad = sorted(set(cw[col]) - set(RELATIONS) - {""})
        if bad:
            raise ValueError(f"{CROSSWALK.name}: {col} must be one of {sorted(RELATIONS)}: {bad}")
    return cw[["indicator", "msq_edition", "gtmi_relation", "unctad_relation"]].assign(
        msq_edition=cw["msq_edition"].astype(int))


def with_relations(crosswalk: pd.DataFrame) -> pd.DataFrame:
    """The crosswalk frame (loaders.source_agreement.crosswalk_frame) with the relation columns of the data file."""
    if "gtmi_relation" in crosswalk and "unctad_relation" in crosswalk:
        return crosswalk
    rel = _relations(str(CROSSWALK))
    on = ["indicator", "msq_edition"] if "msq_edition" in crosswalk else ["indicator"]
    rel = rel if len(on) == 2 else rel.drop(columns="msq_edition").drop_duplicates("indicator")
    out = crosswalk.drop(columns=[c for c in ("gtmi_relation", "unctad_relation") if c in crosswalk])
    out = out.merge(rel, on=on, how="left").set_axis(crosswalk.index)
    return out.fillna({"gtmi_relation": "", "unctad_relation": ""})


def terms(crosswalk: pd.DataFrame) -> pd.DataFrame:
    """One row per crosswalk indicator × source that maps it (the self-report always):

    question 'Q12', question_label 'Q12 Digital identity law', item 'I-42', own 'GTMI I-42 Digital signature
    regulation and PKI', relation, mark ('≈', '=' or '' for the self-report), confidence, shared_with
    ('Q13': other questions the same item stands in for), term (what a column header or a download says) and
    bar (a figure's bar label: 'Q12 ≈ GTMI I-42 … · low confidence · same indicator as Q13') and pair (the
    same with the question's label, for a self-report × source pair: 'Q11 Cybersecurity law ≈ UNCTAD …').
    """
    if crosswalk.empty:
        return pd.DataFrame(columns=TERM_COLUMNS)
    cw = with_relations(crosswalk)
    q = "Q" + cw["msq_question"].astype(int).astype(str)
    qlabel = pd.Series([question_label(n, i, lab) for n, i, lab in
                        zip(cw["msq_question"], cw["msq_item"], cw["label"])], index=cw.index)
    frames = [pd.DataFrame({"indicator": cw["indicator"], "source": "msq", "question": q, "question_label": qlabel,
                            "item": "", "own": qlabel, "relation": "same", "mark": "", "confidence": "",
                            "edition": cw["msq_edition"]})]
    for s, (code, conf, rel) in ITEM.items():
        m = cw[cw[code].fillna("") != ""]
        frames.append(pd.DataFrame({
            "indicator": m["indicator"], "source": s, "question": q[m.index], "question_label": qlabel[m.index],
            "item": m[code], "own": [own_name(s, i, g) for i, g in zip(m[code], m["gtmi_label"].fillna("") if "gtmi_label" in m
                                                                  else [""] * len(m))],
            "relation": m[rel], "mark": m[rel].map(lambda r: SAME if r == "same" else PROXY),
            "confidence": m[conf], "edition": m["msq_edition"]}))
    out = pd.concat(frames, ignore_index=True)
    out["shared_with"] = _shared(out)
    out["term"] = [_term(r) for r in out.itertuples()]
    out["bar"] = [_bar(r) for r in out.itertuples()]
    out["pair"] = [_bar(r, r.question_label) for r in out.itertuples()]
    return out[TERM_COLUMNS]


def _shared(t: pd.DataFrame) -> pd.Series:
    """For each independent row: the other questions of its edition its item stands in for ('Q13')."""
    out = pd.Series("", index=t.index)
    ind = t[t["source"] != "msq"]
    for (_, _, _), group in ind.groupby(["source", "item", "edition"]):
        if group["question"].nunique() < 2:
            continue
        for i, own_q in zip(group.index, group["question"]):
            out[i] = ", ".join(dict.fromkeys(x for x in group["question"] if x != own_q))
    return out


def _term(r) -> str:
    if r.source == "msq":
        return f"{r.question_label} — {SOURCE_NAMES['msq']}"
    text = f"{r.mark} {r.own} (for {r.question}; {RELATIONS.get(r.relation, r.relation)}; {r.confidence} confidence"
    return text + (f"; same indicator as {r.shared_with})" if r.shared_with else ")")


def _bar(r, question: str | None = None) -> str:
    if r.source == "msq":
        return r.question_label
    text = f"{question or r.question} {r.mark} {r.own} · {r.confidence} confidence"
    return text + (f" · same indicator as {r.shared_with}" if r.shared_with else "")


@lru_cache(maxsize=1)
def _all_terms() -> pd.DataFrame:
    from loaders.source_agreement import crosswalk_frame  # the one reader of the crosswalk file

    return terms(crosswalk_frame())


def all_terms() -> pd.DataFrame:
    """terms() of the whole crosswalk file: 'same indicator as Q29' is said on the Legal page's Q18 too."""
    return _all_terms().copy()


def lookup(column: str) -> dict[tuple[str, str], str]:
    """(indicator, source) -> one column of all_terms(): e.g. lookup('bar')[('cybersecurity_law', 'unctad')]."""
    t = _all_terms()
    return dict(zip(zip(t["indicator"], t["source"]), t[column]))


def confidence_text(rows: pd.DataFrame, source: str) -> str:
    """'low for Q18 (related item), low for Q29 (broader)': how well one source item stands in for each
    question it maps to (rows: that item's crosswalk rows)."""
    _, conf, rel = ITEM[source]
    rows = with_relations(rows)
    parts = [f"{c} for Q{int(q)}{' ' + i if i else ''}" + (f" ({RELATIONS[r]})" if r and r != "same" else "")
             for c, q, i, r in zip(rows[conf].fillna(""), rows["msq_question"], rows["msq_item"].fillna(""),
                                   rows[rel].fillna(""))]
    return ", ".join(dict.fromkeys(parts))
