"""On what a strategy addresses: a text as the subject of a planning verb with work on the topic told in the same
sentence ("The Plan envisages X, and a guide is being prepared"), a pilot status after a measure named ("… (Eje 3).
Estado: en fase piloto"); and "projet de"/"proyecto de" before an acronym, a draft or a project the reader cannot
tell. New words, not the fixtures'."""
from __future__ import annotations

import pytest

from loaders.formats.reading_polarity import read_answer
from loaders.formats.reading_project_of_name import FLAG_PROJECT_OF_NAME

DATA_GOV = ("Does the national e-government strategy make specific reference to a national data governance framework "
            "or similar? Please provide link and detail.")
EMERGING = ("Does the national e-government strategy make specific reference to the use of new/emerging technologies "
            "such as artificial Intelligence (AI), robotics, blockchains, 5G and Internet of Things (IoT)? Please "
            "provide link and detail.")
ALIGNED = ("Is the national e-government strategy guided by or aligned with the national development strategy? Please "
           "provide link and detail.")
DATA_LAW = "Is there any legislation, law or regulation on open government data?"
ID_LAW = "Is there any legislation, law or regulation on digital identity?"


@pytest.mark.parametrize("text, lang, question", [
    ("The National Digital Strategy envisages a data governance model for the public sector, and a data catalogue is "
     "being prepared by the Ministry.", "en", DATA_GOV),
    ("The Digital Agenda foresees the use of blockchain in land registries; a pilot is being run by the Cadastre.",
     "en", EMERGING),
    ("Open data: The Digital Agenda envisages the opening of public datasets, and the open data guide is being "
     "drafted by the Agency.", "en", DATA_GOV),
])
def test_a_text_providing_for_the_topic_beside_work_on_it_is_a_reference(text, lang, question):
    r = read_answer(text, lang, 2022, question)
    assert (r.answer, r.rule) == ("yes", "a text provides for it, work on it under way")
    assert r.flag is not None and r.evidence.startswith("stated")


@pytest.mark.parametrize("text, lang, question, answer", [
    # the text itself a draft, a body planning, a denial: unchanged
    ("The draft Strategy envisages a data governance model, and a data catalogue is being prepared.", "en", DATA_GOV,
     "no"),
    ("The Ministry foresees the use of blockchain in land registries; a pilot is being run by the Cadastre.", "en",
     EMERGING, "no"),
    ("The National Strategy envisages a data governance model, but no catalogue has been prepared yet.", "en",
     DATA_GOV, "no"),
    # not on a question about what a text addresses: the work is the state of what is asked
    ("The National Strategy envisages an open data law, and the bill is being prepared by the Ministry.", "en",
     DATA_LAW, "no"),
])
def test_work_beside_a_plan_stays_a_status_elsewhere(text, lang, question, answer):
    r = read_answer(text, lang, 2022, question)
    assert r.answer == answer and r.rule != "a text provides for it, work on it under way"


@pytest.mark.parametrize("text, lang", [
    ("Plataforma de datos abiertos (Eje 2, línea de acción 2.4). Estado: en fase piloto.", "es"),
    ("Cloud souverain (axe 2, mesure 2.4). Statut : phase pilote.", "fr"),
    ("Nube del Estado (Eje 1, línea 1.2). Estado: piloto en dos ministerios.", "es"),
])
def test_a_pilot_status_after_a_measure_named_addresses_it(text, lang):
    r = read_answer(text, lang, 2022, EMERGING)
    assert r.answer == "yes"   # flagged where the pilot decided (the status field read before the name)


@pytest.mark.parametrize("text, lang, question", [
    ("Plataforma de interoperabilidad (Eje 2). Estado: en elaboración.", "es", EMERGING),   # a status, not a pilot
    ("Digital ID Act 2021. Status: pilot phase.", "en", ID_LAW),   # not on what a text addresses
])
def test_other_statuses_after_a_name_still_decide(text, lang, question):
    assert read_answer(text, lang, 2022, question).answer == "no"


@pytest.mark.parametrize("text, lang", [
    ("Le projet de PNTD est conçu en cohérence avec le Plan national de développement.", "fr"),
    ("El proyecto de ENTD toma en cuenta el Plan Nacional de Desarrollo.", "es"),
    ("The project of NDTS is prepared in line with the National Development Plan.", "en"),
])
def test_a_project_of_an_acronym_is_flagged(text, lang):
    r = read_answer(text, lang, 2022, ALIGNED)
    assert r.flag == FLAG_PROJECT_OF_NAME or r.answer == "no"
    assert r.answer == "no" or r.evidence


@pytest.mark.parametrize("text, lang", [
    ("Le projet de numérisation des archives est conduit en cohérence avec le Plan national.", "fr"),
    ("La SNTN est élaborée en cohérence avec le Plan national de développement.", "fr"),
    ("El proyecto de digitalización de archivos se ejecuta en línea con el Plan Nacional.", "es"),
])
def test_a_project_of_work_or_a_text_named_alone_is_not(text, lang):
    r = read_answer(text, lang, 2022, ALIGNED)
    assert r.flag != FLAG_PROJECT_OF_NAME


ONCE_ONLY = ("Does the national e-government strategy make specific reference to data-once-only principle or similar? "
             "Please provide link and detail.")


@pytest.mark.parametrize("text, lang", [
    ("Dans le cadre de la simplification, la production du casier judiciaire a été supprimée de la plupart des "
     "dossiers (décret n° 18-12), l'administration consultant directement le fichier.", "fr"),
    ("L'exigence du casier judiciaire a été supprimée des dossiers de candidature.", "fr"),
    ("La presentación del certificado de nacimiento fue suprimida de los trámites administrativos.", "es"),
    ("The requirement to submit a birth certificate has been abolished for most administrative files.", "en"),
])
def test_a_requirement_abolished_is_the_burden_lifted(text, lang):
    r = read_answer(text, lang, 2022, ONCE_ONLY)
    assert r.answer == "yes" and r.evidence


@pytest.mark.parametrize("text, lang", [
    ("L'obligation de fournir l'acte de naissance n'a pas été supprimée.", "fr"),   # a negation decides
    ("Le comité interministériel a été supprimé en 2020.", "fr"),   # a body abolished
    ("Le comité chargé de la production des actes a été supprimé en 2020.", "fr"),   # the noun in a complement
])
def test_other_abolitions_stay_denials(text, lang):
    assert read_answer(text, lang, 2022, ONCE_ONLY).answer == "no"
