"""The speaker does not track the matter ("Not something we track"), and "non concerné" on a line: declines, not denials."""
from loaders.formats.reading_polarity import read_answer
from loaders.formats.reading_untracked import not_tracked
from loaders.formats.reading_words import language, tokens

Q = "Does the government have a regulatory sandbox?"
Q_CYCLE = "How long is the period/cycle of the national e-government strategy or equivalent?"


def _unknown_flagged(text: str, lang: str, q: str = Q) -> bool:
    r = read_answer(text, lang, 2022, q)
    return r.answer == "unknown" and r.flag is not None


def test_not_tracked_en_fr_es():
    assert _unknown_flagged("That is not something we monitor.", "en")
    assert _unknown_flagged("We do not follow it. Cities may have their own.", "en")
    assert _unknown_flagged("Ce n'est pas quelque chose que nous suivons.", "fr")
    assert _unknown_flagged("No es algo que registremos.", "es")


def test_not_tracked_counter_cases():
    assert read_answer("We do not track usage data.", "en", 2022, Q).answer == "no"
    assert read_answer("No registramos datos de uso.", "es", 2022, Q).answer == "no"
    assert not not_tracked(tokens("we track this monthly"))
    with language("en"):
        assert not not_tracked(tokens("there is no sandbox"))


def test_not_concerned_en_fr_es():
    assert _unknown_flagged("Other: Non concernée pour le moment.", "fr", Q_CYCLE)
    assert _unknown_flagged("Not concerned for now.", "en", Q_CYCLE)
    assert _unknown_flagged("No concierne a esta Dirección.", "es", Q_CYCLE)


def test_not_concerned_counter_case():
    r = read_answer("Oui, la stratégie couvre tous les ministères ; les communes non concernées seront intégrées en "
                    "2023.", "fr", 2022, "Does the country have a national e-government strategy?")
    assert r.answer == "yes"
