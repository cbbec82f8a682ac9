"""Work going on ("se viene evaluando", "sigue estudiando", "est en train d'évaluer", "continues to assess") or an approval given only in principle: a status short of in force."""
from __future__ import annotations

from .reading_time_words import phrase_at, stem_of
from .reading_words import current_language

# Between the auxiliary and the verb: a clitic, an adverb of time, a determiner of a verbal noun ("poursuit l'examen").
FILLERS = {"se", "actualmente", "todavía", "todavia", "aún", "aun", "ya", "también", "tambien", "currently", "now",
           "still", "actively", "also", "actuellement", "toujours", "encore", "aussi", "le", "la", "les", "son", "sa",
           "ses", "leur", "leurs", "its", "their", "the"}
FILLER_REACH = 2
# "está siendo evaluada", "is still being drafted": the passive progressive.
PASSIVE_PROGRESSIVE = {"siendo", "being"}
SPANISH_GERUND = ("ando", "iendo", "yendo")
SPANISH_PARTICIPLE = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
# The verb's kind and the evidence kind it gives, in order.
WORK_KINDS = (("study_stem", "status study"), ("preparing_stem", "status in preparation"),
              ("consulting_stem", "status consultation"))


def ongoing_work(toks: list[str]) -> tuple[str, tuple[str, ...]] | None:
    """The evidence kind and cue of work going on in the clause, or None: an auxiliary of going on (kind
    `progressive_aux`: estar, venir, seguir, continuar + gerund; "en train de", "continue de", "poursuit"; "continues
    to", "keeps", "is still") followed closely by a verb of studying, preparing or discussing the thing (kinds
    `study_stem`, `preparing_stem`, `consulting_stem`): "Se viene evaluando su inclusión en la actualización de 2023"
    is a study, "sigue elaborando la estrategia" a text in preparation. A verb of doing ("se viene implementando",
    "continues to operate") is no such work, and a Spanish past participle without "siendo" ("está elaborada") says
    the work is done."""
    for i in range(len(toks)):
        aux = phrase_at(toks, i, "progressive_aux")
        if aux is None:
            continue
        j = i + len(aux)
        while j < len(toks) and toks[j] in FILLERS and j - (i + len(aux)) < FILLER_REACH:
            j += 1
        passive = j < len(toks) and toks[j] in PASSIVE_PROGRESSIVE
        j += passive
        if j >= len(toks) or not _progressive_form(toks[j], passive):
            continue
        for kind, evidence_kind in WORK_KINDS:
            if stem_of(toks[j], kind) is not None:
                return evidence_kind, tuple(toks[i:j + 1])
    return None


def _progressive_form(verb: str, passive: bool) -> bool:
    """In Spanish the verb after the auxiliary is a gerund ("evaluando"), or a participle after "siendo"; French and
    English put an infinitive, a gerund or a verbal noun there ("d'évaluer", "l'examen", "to assess", "evaluating")."""
    if current_language() == "es":
        return verb.endswith(SPANISH_PARTICIPLE if passive else SPANISH_GERUND)
    return verb.isalpha()


PRINCIPLE_REACH = 8   # "approved the Data Sharing Bill in principle": the object between the verb and "in principle"


def approved_in_principle(toks: list[str]) -> tuple[str, ...] | None:
    """"The Cabinet approved the Data Sharing Bill in principle", "El Gabinete aprobó el proyecto en principio", "Le
    Conseil a approuvé le projet en principe": a verb of approval (kind `principle_verb`) and, a few words on, "in
    principle" (kind `principle_tail`): a step short of adoption, the cue from the verb to the tail; or None. "The Act
    applies in principle to all agencies" holds no verb of approval."""
    for i, t in enumerate(toks):
        if stem_of(t, "principle_verb") is None:
            continue
        for j in range(i + 1, min(len(toks), i + 1 + PRINCIPLE_REACH)):
            tail = phrase_at(toks, j, "principle_tail")
            if tail is not None:
                return tuple(toks[i:j + len(tail)])
    return None
