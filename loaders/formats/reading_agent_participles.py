"""A planning participle told of a noun, with its agent, after the clause's own verb ("were financed within the packages announced by the Government in 2020"): a past act, not the clause's status."""
from __future__ import annotations

from .reading_words import cues, has_cue

AGENT_REACH = 1   # the agent follows the participle at once: "announced by", "annoncées par", "anunciados por"


def announced_by_agent(toks: list[str], at: int, length: int, finite_before: int | None) -> bool:
    """reading_object_participles reads such a participle after an affirmation of the thing; here the clause
    affirms nothing first but has its own finite verb before the noun (`finite_before`: "The measures were
    financed …", "Les mesures ont été financées …", "Las medidas se financiaron …"), the one-word participle
    (status class `planned`: announced; annoncées; anunciados) comes right after a noun (not after an auxiliary,
    a preposition or a noun of adoption), and an agent follows it (polarity kind `agent_preposition`: by; par;
    por): "… within the support packages announced by the Government in 1441H". It says who announced the
    packages, in the past, not that the clause's subject is only planned. A plan that is the clause's own ("A new
    fund is planned by the Ministry", "Packages announced by the Government for 2023": no verb before) stays."""
    if length != 1 or finite_before is None or at <= finite_before + 1 or at + AGENT_REACH >= len(toks):
        return False
    c = cues()
    before = toks[at - 1]
    if (not before.isalpha() or before in c.words["auxiliary"] or before in c.words["object_preposition"]
            or has_cue([before], "adoption_noun")):
        return False
    return toks[at + 1] in c.words["agent_preposition"]
