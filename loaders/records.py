"""The typed records every loader returns: one parsed document and its answers."""
from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .vocab import ANSWERS, BASES, CONTACT_ROLES  # noqa: F401 - ANSWERS, BASES re-exported for the readers

Answer = Literal[ANSWERS]  # a tuple subscript is the same as listing the values
Basis = Literal[BASES]


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
