"""The review queue: flagged and inferred answers of the current documents, and stale corrections."""
from __future__ import annotations

import pandas as pd

from loaders import catalogue

# Columns of the queue, for the review command, the Review page and their tests.
QUEUE_COLUMNS = [
    "country_iso3", "country_name", "edition", "section", "question", "item", "printed_number", "label",
    "question_text", "answer", "basis", "flag", "evidence", "detail", "links", "original_answer",
    "original_basis", "correction_reason", "corrected_by", "corrected_at", "reviewed_by", "reviewed_at",
    "review_reason", "status", "document_sha256", "document_path", "is_synthetic",
]
# status of a queued answer: nobody looked at it yet; an analyst kept the reading; an analyst changed it.
STATUSES = ("open", "confirmed", "corrected")
# Columns of answers_current that a database not yet migrated lacks (they appear on its next write).
_LATER_COLUMNS = ("evidence", "reviewed_by", "reviewed_at", "review_reason", "review")
STALE_COLUMNS = ["edition", "country_iso3", "question", "item", "answer", "reason", "reviewed_by",
                 "reviewed_at", "document_sha256", "current_sha256", "why"]


def shape_queue(df: pd.DataFrame) -> pd.DataFrame:
    """The queue from the store's queued rows (analysis.queries.review_queue): catalogue labels, questionnaire
    order, each row's status.

    A question with sub-items rolls its items up ('yes' when any item is yes): the roll-up is queued only
    when flagged, since reviewing its items settles it. Reviewed answers (confirmed or corrected) stay in
    the frame with their status, so a review can be picked up where it was left; the queue proper is the
    rows whose status is 'open'.
    """
    for col in _LATER_COLUMNS:
        if col not in df.columns:
            df[col] = None
    cat = _catalogue(tuple(sorted(int(e) for e in df["edition"].unique())))
    df = df.astype({"edition": "int64", "question": "int64"}).merge(
        cat, on=["edition", "question", "item"], how="left")
    roll_up = (df["answer_type"] == "items") & (df["item"] == "")
    df = df[~roll_up | df["flag"].notna()].copy()
    for col in ("printed_number", "label", "question_text"):
        df[col] = df[col].fillna("")
    df["printed_number"] = df["printed_number"].where(df["printed_number"] != "", df["question"].astype(str))
    df["links"] = df["links"].map(lambda v: [str(x) for x in v] if v is not None else [])
    df["is_synthetic"] = df["is_synthetic"].astype(bool)
    for col in ("flag", "evidence", "reviewed_by", "reviewed_at", "review_reason", "correction_reason",
                "corrected_by", "corrected_at"):
        df[col] = df[col].astype(object).where(df[col].notna(), None)
    df["status"] = df["review"].astype(object).where(df["review"].notna(), "open")
    df = df.sort_values(["edition", "country_iso3", "position", "question", "item"], na_position="last")
    return df.reset_index(drop=True)[QUEUE_COLUMNS]


def counts(rows: pd.DataFrame) -> dict[str, int]:
    """How far the review of `rows` (queue rows) has come: corrected, confirmed, left (open), and flags."""
    st = rows["status"]
    flagged = rows["flag"].notna()
    return {"corrected": int((st == "corrected").sum()), "confirmed": int((st == "confirmed").sum()),
            "left": int((st == "open").sum()), "total": len(rows), "flagged": int(flagged.sum()),
            "flags_left": int((flagged & (st == "open")).sum())}


def progress_text(rows: pd.DataFrame) -> str:
    """'2 corrected, 53 confirmed, 0 left': one count per answer an analyst decided, whatever it changed."""
    c = counts(rows)
    return f"{c['corrected']} corrected, {c['confirmed']} confirmed, {c['left']} left"


def documents(queue: pd.DataFrame) -> pd.DataFrame:
    """One row per current document in the queue: flags (all, and still open), inferred answers, decisions
    and open ones; the most open flags first."""
    if queue.empty:
        return pd.DataFrame(columns=["country_iso3", "country_name", "edition", "document_sha256",
                                     "document_path", "is_synthetic", "flagged", "flags_left", "inferred",
                                     "corrected", "confirmed", "open", "total"])
    g = queue.assign(flagged=queue["flag"].notna(), inferred=queue["original_basis"] == "inferred",
                     open=queue["status"] == "open", corrected=queue["status"] == "corrected",
                     confirmed=queue["status"] == "confirmed")
    g["flags_left"] = g["flagged"] & g["open"]
    out = g.groupby(["country_iso3", "country_name", "edition", "document_sha256", "document_path",
                     "is_synthetic"], as_index=False).agg(
        flagged=("flagged", "sum"), flags_left=("flags_left", "sum"), inferred=("inferred", "sum"),
        corrected=("corrected", "sum"), confirmed=("confirmed", "sum"), open=("open", "sum"),
        total=("question", "size"))
    # The responses with the most flags still open first: settled ones sink.
    out = out.sort_values(["flags_left", "open", "flagged", "is_synthetic", "country_name"],
                          ascending=[False, False, False, True, True], kind="stable")
    return out.reset_index(drop=True)


def _catalogue(editions: tuple[int, ...]) -> pd.DataFrame:
    cols = ["edition", "question", "item", "printed_number", "label", "question_text", "answer_type", "position"]
    frames = []
    for ed in editions:
        try:
            cat = catalogue.frame(ed)
        except FileNotFoundError:  # an edition without a catalogue is still reviewable, by number
            continue
        parents = cat[cat["item"] == ""].set_index("question")
        cat = cat.assign(position=range(len(cat)), question_text=cat["question"].map(parents["text"]))
        # An item is named with its question ("Emerging technologies: Artificial intelligence").
        cat["label"] = [lab if not item else f"{parents['label'].get(q, '')}: {lab}"
                        for q, item, lab in zip(cat["question"], cat["item"], cat["label"])]
        frames.append(cat[cols])
    if not frames:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c in ("edition", "question", "position") else object)
                             for c in cols})
    return pd.concat(frames, ignore_index=True).astype({"edition": "int64", "question": "int64"})
