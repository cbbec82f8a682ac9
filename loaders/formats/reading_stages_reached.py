"""A text drafted, then adopted in the same clause ("was drafted in 2020 and adopted in 2021"): the draft is its history."""
from __future__ import annotations

from collections.abc import Callable

from .reading_words import cues

# Words between the draft and the adoption that keep the adoption ahead are kind `adoption_ahead` ("and will be
# adopted", "to be approved", "et sera adoptée", "y será aprobada", "pending adoption"): then the draft is the text's
# status still. A past participle of drafting, the status cue it ends, is kind `drafted_participle` ("was drafted",
# "a été rédigée", "fue redactada").


def adopted_after_draft(toks: list[str], at: int, length: int, adopted_at: int | None) -> bool:
    """The status cue at `at` (`length` words) is a past participle of drafting, and an adoption word (status class
    `in_force`, found at `adopted_at`) follows it in the clause with nothing between that puts the adoption ahead:
    the text was drafted and then adopted, it is no draft now."""
    w = cues().words
    if adopted_at is None or toks[at + length - 1] not in w["drafted_participle"]:
        return False
    return not any(t in w["adoption_ahead"] for t in toks[at + length:adopted_at])


# "… and is being upgraded", "… et est en cours de migration", "… y está en proceso de …": the same subject goes on,
# only an auxiliary or a time word (kind `same_subject`) between the coordinator and the status.
AND = {"and", "et", "y", "e"}


def worked_on_in_place(toks: list[str], at: int, affirmed_at: int | None, draft_before: bool) -> bool:
    """The status cue at `at` (being prepared, revised, migrated, upgraded, promoted) follows, in the same clause and
    of the same subject, an affirmation that the thing is in place (status classes `operating`, `in_force`,
    `in_place`, found at `affirmed_at`): "The portal remains accessible and is being migrated to a new platform",
    "The Plan was established in 2020 and is being promoted", "Le portail est opérationnel et est en cours de
    migration". The work is on a thing there already: the affirmation stands. Not of a draft ("The draft was
    approved by the committee and is being finalised": `draft_before`), nor with a denial or a step ahead between."""
    if affirmed_at is None or draft_before:
        return False
    between = toks[affirmed_at + 1:at]
    joint = next((n for n in range(len(between) - 1, -1, -1) if between[n] in AND), None)
    w = cues().words
    if joint is None or any(t in w["adoption_ahead"] for t in between):
        return False
    return all(t in w["same_subject"] for t in between[joint + 1:])


def drafted_then_adopted(toks: list[str], adoption_after: Callable[[int], int | None]) -> bool:
    """A past participle of drafting (kind `drafted_participle`) anywhere in the clause, and an adoption after it
    (`adoption_after(k)`: where the first status class `in_force` cue from k stands) with nothing between that puts it
    ahead: "A Bill was drafted in 2021 and adopted in 2022", "Un projet de loi a été rédigé en 2021 et adopté en
    2022", "Un proyecto de ley fue redactado en 2021 y aprobado en 2022". The bill the clause is about was adopted:
    its draft noun is its history, not its state. An adoption dated after the edition year is read by its own rule
    ("dated after edition"); "… and is expected to be adopted in 2023" keeps the draft."""
    at = next((i for i, t in enumerate(toks) if t in cues().words["drafted_participle"]), None)
    return at is not None and adopted_after_draft(toks, at, 1, adoption_after(at + 1))
