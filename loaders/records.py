"""The typed records every loader returns: one parsed document and its answers."""
from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .vocab import ANSWERS, BASES, CONTACT_ROLES  # noqa: F401 - ANSWERS, BASES re-exported for the readers

# The `flag` column's length bound (loaders.schema checks it): a longer flag is shortened here, never refused.
FLAG_MAX = 200
ELLIPSIS = "…"

Answer = Literal[ANSWERS]  # a tuple subscript is the same as listing the values
Basis = Literal[BASES]


def shorten(text: str, limit: int) -> str:
    """`text` on one line, cut to at most `limit` characters with an ellipsis where it was cut."""
    if len(text) <= limit and "\n" not in text and "\r" not in text:
        return text
    one = " ".join(text.split())
    return one if len(one) <= limit else one[: max(limit - 1, 0)].rstrip() + ELLIPSIS


def quoted(text: str, limit: int = 60) -> str:
    """A cell or header quoted in a message: repr of its start, so a whole question never fills a flag."""
    return repr(shorten(text, limit))


class ParseError(ValueError):
    """A document that cannot be read; the message says what is wrong and what to do."""


class AnswerRecord(BaseModel):
    """One answer to a catalogue question (item == '') or to one of its sub-items."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    question: int
    item: str = ""
    answer: Answer
    basis: Basis
    detail: str = ""
    links: list[str] = Field(default_factory=list)
    # Why this reading is doubtful (a short reason an analyst can review), or None when it is not.
    flag: str | None = None
    # The words that decided an inferred answer, as "<evidence kind>: <short span>" (e.g.
    # "in force: 'the Act ... is in force'"), or None for a marked or blank answer. A yes or no read from
    # text always names its evidence; unknown may name what made it unknown.
    evidence: str | None = None

    @field_validator("flag")
    @classmethod
    def _flag_fits_its_column(cls, flag: str | None) -> str | None:
        # Readers join several reasons; the store bounds the column: shorten, never refuse the answer.
        if flag is None or not flag.strip():
            return None
        return shorten(flag, FLAG_MAX)

    @field_validator("basis")
    @classmethod
    def _unknown_is_never_marked_yes(cls, basis: str, info) -> str:
        # A tick that survived can only say yes or no; "unknown" with basis "marked" would be a lie.
        if info.data.get("answer") == "unknown" and basis == "marked":
            raise ValueError("an unknown answer cannot have basis 'marked'")
        return basis


class Contact(BaseModel):
    """A named official from the respondent or CIO block (personal data: never shown by default)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    role: Literal[CONTACT_ROLES]
    name: str = ""
    title: str = ""
    organization: str = ""
    email: str = ""


class ParsedDocument(BaseModel):
    """Everything one loader read from one file, before it is written to the store."""

    model_config = ConfigDict(extra="forbid")

    country_name: str
    edition: int
    loader: str
    format: str
    answers: list[AnswerRecord]
    contacts: list[Contact] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)  # reviewer comments and parser remarks
    # Problems the ingest report must show (status WARN), e.g. form columns that look like questions but
    # were left unread. Unlike notes, a warning means some of the file's content did not reach `answers`.
    warnings: list[str] = Field(default_factory=list)
    # The document's own date (form completion time, a date on the form), when it states one: the
    # store orders versions of one country's response by it.
    submitted_at: datetime | None = None
    is_synthetic: bool = False
    # The layout the reader recognised, said on the file's ingest line so a wrong guess shows at once,
    # e.g. "form export, 2 header rows, 1 respondent"; "" when the format has a single layout.
    layout: str = ""
