"""A yes whose words miss what the question asks, while a later status short of in force names it: yes, flagged."""
from __future__ import annotations

from .reading_answer import Answer
from .reading_clauses import STOP, Clause
from .reading_weight import FLAG_STATUS_WEIGHED
from .reading_words import cues, tokens

PREFIX = 5   # words compared on their first letters: "satisfaction" / "satisfacción", "survey" / "surveys"
SHORT = 3    # shorter words count whole ("CIO", "SDG")
NAMING = 3   # an affirmation of fewer content words names nothing of its own ("Operational.", "Implemented")


def asked_only_in_pending(a: Answer, k: int, later: tuple[Clause, str]) -> str | None:
    """"GOB.PE cuenta con el módulo "¿Te sirvió esta información?" en cada página, … La Encuesta Nacional de
    Satisfacción de Servicios Digitales se encuentra en proceso de diseño …" on "Does the Government measure user
    satisfaction …?" (round seventeen es_peru_normas_legales 42): the sentence that affirms names none of the
    question's words, and the later status clause names one ("satisfaction"), so what is in place may be something
    beside what is asked, and what is asked is the thing still to come. The flag `a status beside something in
    force or operating: which decides?`; None when the affirming sentence names any of the question's words ("The
    survey was run in 2021; a new survey is being designed") or the status names none. Words are compared on their first
    PREFIX letters, so an answer in French or Spanish on the English form is compared too."""
    asked = _prefixes(tokens(a.topic))
    affirming = _prefixes(tokens(a.sents[k]))
    if len(affirming) < NAMING or affirming & asked:
        return None   # "Operational.": a bare status answers the question itself; a word asked: it answers
    return FLAG_STATUS_WEIGHED if _prefixes(later[0].toks) & asked else None


def _prefixes(toks: list[str]) -> set[str]:
    c = cues()
    skip = STOP | c.words["negator"] | c.words["auxiliary"]
    return {t[:PREFIX] for t in toks if len(t) >= SHORT and t.replace("-", "").isalpha() and t not in skip}
