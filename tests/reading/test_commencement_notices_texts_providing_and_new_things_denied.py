"""A text passed whose commencement waits on a notice or comes after a fronted contrast ("However, under its
article 90, it will only enter into force …"), a text as the subject of a planning verb on what a strategy
addresses ("The Strategy envisages …"), and a later sentence denying a thing not yet spoken of ("A national open data
portal has not been set up"). New words, not the fixtures'."""
from __future__ import annotations

import pytest

from loaders.formats.reading_polarity import read_answer

ID_LAW = "Is there any legislation, law or regulation on digital identity?"
PROCUREMENT_LAW = "Is there any legislation, law or regulation on e-procurement?"
STRATEGY_ID = "Does the national e-government strategy make specific reference to national digital identity?"
OPEN_DATA = "Please provide links (Links) for portals providing specific services/features Open data"


@pytest.mark.parametrize("text, lang", [
    ("The Electronic Identity Act 2021 received assent in November 2021. The Act shall come into force on a date to "
     "be appointed by the Minister, which is expected later this year.", "en"),
    ("The Digital ID Order 2021 was made in 2021. It comes into force on such date as the Minister may appoint.", "en"),
    ("Le décret n° 2021-88 sur l'identité numérique a été signé en 2021. Il entre en vigueur à une date fixée par "
     "arrêté du ministre.", "fr"),
    ("La loi n° 2021-88 sur l'identite numerique a ete promulguee en 2021. Elle entre en vigueur a une date a "
     "determiner par decret.", "fr"),
    ("La Ley 33 de identidad digital fue sancionada en 2021. La ley entra en vigor en la fecha que determine el "
     "Ministerio del Interior.", "es"),
])
def test_a_commencement_on_a_date_still_to_be_set_is_not_in_force(text, lang):
    r = read_answer(text, lang, 2022, ID_LAW)
    assert (r.answer, r.rule) == ("no", "adopted, entry into force deferred or to come")
    assert r.flag is not None and r.evidence.startswith("status planned")


@pytest.mark.parametrize("text, lang", [
    ("La loi n° 2021-40 relative aux marchés publics a été adoptée et promulguée. Toutefois, en application de son "
     "article 160, elle n'entrera en vigueur qu'après la publication de ses décrets d'application.", "fr"),
    ("La loi n° 2021-40 relative aux marchés publics a été adoptée et promulguée. Toutefois, elle n'entrera en "
     "vigueur qu'après la publication de ses décrets d'application.", "fr"),
    ("The Public Procurement Act 2021 was passed and signed. However, pursuant to its section 160, it will only enter "
     "into force upon publication of its regulations.", "en"),
    ("La Ley 12 de 2021 de contrataciones públicas fue aprobada y sancionada. Sin embargo, en virtud de su artículo "
     "150, la ley entrará en vigor una vez publicado su reglamento.", "es"),
])
def test_a_future_entry_after_a_fronted_contrast_is_the_texts_own(text, lang):
    r = read_answer(text, lang, 2022, PROCUREMENT_LAW)
    assert (r.answer, r.rule) == ("no", "adopted, entry into force deferred or to come")
    assert r.flag is not None


@pytest.mark.parametrize("text, lang", [
    ("The Digital Identity Act 2015 came into force on 1 January 2016 by notification in the Gazette.", "en"),
    ("The Digital Identity Act 2019 was passed in 2019. It came into force on a date appointed by the Minister, "
     "1 March 2020.", "en"),
    ("The Digital Identity Act 2019 is in force. However, its amendments will enter into force on a date to be "
     "notified.", "en"),
    ("La Ley 12 de identidad digital está vigente. Sin embargo, su reforma entrará en vigor en la fecha que "
     "determine el Ministerio.", "es"),
])
def test_a_text_in_force_keeps_its_yes_beside_another_texts_commencement(text, lang):
    r = read_answer(text, lang, 2022, ID_LAW)
    assert r.answer == "yes"


@pytest.mark.parametrize("text, lang", [
    ("La Estrategia Nacional de Gobierno Digital prevé, entre sus ejes, el desarrollo de la identidad digital de los "
     "ciudadanos.", "es"),
    ("El Plan prevé la identidad digital.", "es"),
    ("The Digital Government Strategy envisages, among its pillars, a national digital identity for citizens.", "en"),
    ("The Digital Government Strategy foresees the roll-out of a national digital ID.", "en"),
    ("La Stratégie nationale prévoit, parmi ses axes, la mise en place de l'identité numérique.", "fr"),
])
def test_a_text_that_provides_for_the_topic_refers_to_it(text, lang):
    r = read_answer(text, lang, 2022, STRATEGY_ID)
    assert r.answer == "yes"
    assert not r.evidence.startswith("status")


@pytest.mark.parametrize("text, lang", [
    ("El Gobierno prevé incluir la identidad digital en la próxima estrategia.", "es"),
    ("Se prevé incorporar la identidad digital en la estrategia de 2023.", "es"),
    ("The Ministry envisages adding digital identity to the next strategy.", "en"),
    ("The Government, through the Strategy, envisages a digital identity.", "en"),
    ("El anteproyecto de Estrategia prevé la identidad digital.", "es"),
])
def test_a_body_that_plans_or_a_draft_text_stays_a_plan(text, lang):
    r = read_answer(text, lang, 2022, STRATEGY_ID)
    assert r.answer == "no"


def test_a_text_foreseeing_a_law_is_no_law_on_a_legislation_question():
    r = read_answer("The Digital Strategy foresees a digital identity law by 2024.", "en", 2022, ID_LAW)
    assert r.answer == "no"


@pytest.mark.parametrize("text, lang", [
    ("The National Statistics Office publishes the Statistical Yearbook on its website (https://stats.example). "
     "A national open data portal has not been set up yet.", "en"),
    ("L'Institut national de la statistique publie l'annuaire sur son site (https://stat.example). Un portail "
     "national de données ouvertes n'a pas encore été mis en place.", "fr"),
    ("El Instituto Nacional de Estadística publica el anuario en su sitio (https://ine.example). Un portal de datos "
     "abiertos no se ha habilitado todavía.", "es"),
])
def test_a_new_thing_of_what_was_asked_denied_after_an_affirmation(text, lang):
    r = read_answer(text, lang, 2022, OPEN_DATA)
    assert (r.answer, r.rule) == ("no", "an affirmation, then a new thing of what was asked denied")
    assert r.flag is not None


@pytest.mark.parametrize("text, lang", [
    ("The open data portal (https://data.example) has been operating since 2019. The portal does not yet offer an "
     "API.", "en"),
    ("The open data portal (https://data.example) has been operating since 2019. A mobile app has not been developed "
     "yet.", "en"),
    ("El portal de datos abiertos (https://datos.example) funciona desde 2019. Un usuario no necesita registrarse.",
     "es"),
])
def test_a_property_or_another_thing_denied_keeps_the_yes(text, lang):
    r = read_answer(text, lang, 2022, OPEN_DATA)
    assert r.answer == "yes"


@pytest.mark.parametrize("text, lang", [
    ("Un cadre de gouvernance des données sera adopté en 2024.", "fr"),
    ("Un marco de gobernanza de datos será adoptado en 2024.", "es"),
    ("A data governance framework will be adopted in 2024.", "en"),
])
def test_a_text_still_to_come_is_no_content_of_a_text(text, lang):
    # a future auxiliary is no verb of providing: the text itself is still to come (found by the lead's merge check)
    assert read_answer(text, lang, 2022, "Does the national e-government strategy include a data governance "
                                          "framework?").answer == "no"
