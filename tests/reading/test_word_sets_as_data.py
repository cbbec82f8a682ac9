"""Word sets moved from code to the cue tables (Q), and a text drafted then adopted (same clause, or the next
sentence's pronoun) read as adopted."""
from __future__ import annotations

import pytest

from loaders.formats.reading_polarity import read_answer
from loaders.formats.reading_words import KINDS, cues

# The cue kinds reading_passed_elsewhere, reading_stages_reached and reading_outputs_reported read.
MOVED = ("reason_word", "contact_modal", "passive_be", "adoption_ahead", "drafted_participle", "same_subject", "sent_to")


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
@pytest.mark.parametrize("kind", MOVED)
def test_every_moved_kind_has_rows_in_every_language_read(kind, lang):
    assert kind in KINDS
    assert cues(lang).words[kind] or cues(lang).phrases[kind]


def test_no_word_set_left_in_code():
    from loaders.formats import reading_outputs_reported, reading_passed_elsewhere, reading_stages_reached
    for mod, names in ((reading_passed_elsewhere, ("REASON_WORDS", "MODALS", "PASSIVE")),
                       (reading_stages_reached, ("NOT_YET", "DRAFTED", "SAME_SUBJECT")),
                       (reading_outputs_reported, ("TO_WORDS",))):
        assert not [n for n in names if hasattr(mod, n)]


Q = {"en": "Does the country have a personal data law?",
     "fr": "Le pays dispose-t-il d'une loi sur les données personnelles ?",
     "es": "¿Tiene el país una ley de datos personales?"}


@pytest.mark.parametrize("lang, text, want", [
    # the moved words still read as before, in their own language
    ("en", "The archives were migrated in 2019 and are currently being upgraded.", "yes"),
    ("fr", "Le registre est opérationnel et est actuellement en cours de migration.", "yes"),
    # drafted then adopted in the same clause, no later than the edition year (2022)
    ("en", "A Bill was drafted in 2020 and enacted in 2021.", "yes"),
    ("fr", "Un projet de loi a été rédigé en 2020 et adopté en 2021.", "yes"),
    ("es", "Un proyecto de ley fue redactado en 2020 y aprobado en 2021.", "yes"),
    # counter-cases: the adoption still ahead, or dated after the edition year
    ("en", "A Bill was drafted in 2020 and is expected to be enacted in 2024.", "no"),
    ("en", "A Bill was drafted in 2020 and will be adopted next year.", "no"),
    ("en", "A Bill was drafted in 2020 and adopted in 2024.", "no"),
    ("en", "A Bill was drafted in 2020 but has not been adopted.", "no"),
    ("fr", "Un projet de loi a été rédigé en 2020 et sera adopté en 2024.", "no"),
    ("es", "Un proyecto de ley fue redactado en 2020 y será aprobado en 2024.", "no"),
    # drafted, then the next sentence's pronoun adopted
    ("en", "The framework was drafted in 2019. It was adopted in 2021.", "yes"),
    ("en", "The framework was drafted in 2019. It was enacted in 2020.", "yes"),
    # counter-cases: the adoption awaited, ahead, denied, or after the edition year
    ("en", "The framework was drafted in 2019; adoption is pending.", "no"),
    ("en", "The framework was drafted in 2019. It is expected to be adopted in 2024.", "no"),
    ("en", "The framework was drafted in 2019. It was not adopted.", "no"),
    ("en", "The framework was drafted in 2019. It was adopted in 2024.", "no"),
])
def test_drafted_then_adopted(lang, text, want):
    r = read_answer(text, lang, 2022, Q[lang])
    assert r.answer == want, r
