"""French and Spanish answers are read with their own cue tables: every kind of rule, in several wordings."""
from __future__ import annotations

from pathlib import Path

import pytest

from loaders.formats import reading_polarity as polarity
from loaders.formats import reading_references as references
from loaders.formats.reading_language import answer_language
from loaders.formats.reading_noise import is_page_number
from loaders.formats.reading_words import language

# (answer as written, what an analyst reads). Each kind in several wordings, with and without accents and
# with either apostrophe.
FRENCH = {
    "explicit yes/no": [
        ("Oui", "yes"), ("Oui.", "yes"), ("Oui, la loi n° 2016-1321 est en vigueur.", "yes"),
        ("Oui – le portail fonctionne depuis 2019.", "yes"), ("Non", "no"), ("Non.", "no"),
        ("Non, aucune stratégie n'a été adoptée.", "no"), ("Non – pas de texte à ce jour.", "no"),
    ],
    "negation scope": [
        ("Il n'existe pas de stratégie nationale dédiée.", "no"),
        ("Il n’existe pas de loi sur les données ouvertes.", "no"),
        ("Aucune loi spécifique ne régit les données ouvertes.", "no"),
        ("Le pays ne dispose d'aucun cadre juridique en la matière.", "no"),
        ("La loi n'est plus en vigueur.", "no"),
        ("Le portail n'a jamais été mis en service.", "no"),
        ("Pas de stratégie nationale.", "no"),
        ("Nous n'avons guère de données sur ce point.", "no"),
        # "ne … que" is "only", an expletive "ne" is no negation, "sans" cancels a negation.
        ("Il n'existe qu'un seul portail, opérationnel depuis 2019.", "yes"),
        ("Aucun projet n'est approuvé sans contrôle préalable.", "yes"),
        ("Personne n'est exclu du service.", "yes"),
        ("Les citoyens n'ont plus besoin de fournir deux fois les mêmes documents.", "yes"),
        ("Bien que la loi ne couvre pas encore les communes, elle s'applique à tous les ministères.", "yes"),
        ("La stratégie couvre non seulement l'administration centrale mais aussi les régions.", "yes"),
        ("Les données non personnelles sont publiées en ligne.", "yes"), ("Texte non adopté.", "no"),
        ("Les organisations non gouvernementales participent aux consultations en ligne.", "yes"),
    ],
    "status means no": [
        ("Avant-projet de loi en cours d'examen.", "no"), ("Un avant-projet a été rédigé.", "no"),
        ("Le projet de loi est en cours d'adoption au Parlement.", "no"),
        ("En cours d'élaboration.", "no"), ("En cours d’elaboration.", "no"),
        ("Stratégie en cours de préparation.", "no"), ("À l'étude.", "no"), ("A l'etude.", "no"),
        ("Une réflexion est en cours.", "no"), ("En réflexion.", "no"), ("Pas pour l'instant.", "no"),
        ("Pas pour l’instant.", "no"), ("Pas encore.", "no"), ("Pas encore disponible.", "no"),
        ("Le décret d'application est prévu pour 2024.", "no"),
        ("La plateforme est prévue pour 2025.", "no"),
        ("Le texte a été soumis au Parlement pour adoption.", "no"),
        ("Il existe un avant-projet de loi.", "no"), ("Il y a un projet de loi.", "no"),
    ],
    "in force means yes": [
        ("La loi sur la protection des données est en vigueur depuis 2018.", "yes"),
        ("La stratégie nationale du numérique a été adoptée en 2021.", "yes"),
        ("Le décret a été promulgué le 3 mars 2020.", "yes"),
        ("Le portail national est opérationnel depuis 2018.", "yes"),
        ("Le service est disponible en ligne.", "yes"),
        ("La déclaration fiscale est en ligne sur https://impots.example.fr", "yes"),
    ],
    "none and not applicable": [
        ("Néant", "no"), ("Néant.", "no"), ("Neant", "no"), ("Aucun.", "no"), ("Aucune", "no"),
        ("Sans objet", "unknown"), ("Sans objet.", "unknown"), ("Non applicable.", "unknown"),
        ("N/A", "unknown"), ("Ne s'applique pas.", "unknown"), ("Information non disponible.", "unknown"),
        ("Les données ne sont pas collectées au niveau central.", "unknown"),
    ],
    "mixed answers": [
        ("Pas de stratégie spécifique, mais la stratégie générale couvre ce point.", "no"),
        ("Aucune loi unique : les règles figurent dans deux décrets de 2019.", "yes"),
        ("Le portail existait mais il a été fermé en 2021.", "no"),
    ],
    "field-labelled, bulleted and narrative voices": [
        ("Statut : en vigueur.", "yes"), ("Statut : avant-projet.", "no"), ("État : non adopté.", "no"),
        ("- Loi n° 2019-12 relative à l'identité numérique, adoptée en 2019.", "yes"),
        ("• Projet de loi déposé à l'Assemblée nationale en 2023.", "no"),
        ("Le Gouvernement a élaboré un projet de loi qui est actuellement examiné par le Parlement.", "no"),
        ("Le Conseil des ministres a adopté la stratégie en 2020 ; sa mise en œuvre est en cours.", "yes"),
        ("Bien qu'un projet de loi soit en préparation, aucun texte n'est encore en vigueur.", "no"),
        ("La plateforme n'est pas encore opérationnelle ; son lancement est prévu pour 2024.", "no"),
        ("Le texte est en attente de signature par le Président.", "no"),
        ("Les démarches se font encore au guichet, sur papier.", "no"),
        ("Les demandes sont déposées uniquement sur papier.", "no"),
        ("Les formulaires sont disponibles en ligne et sur papier.", "yes"),
        ("Il n'y a pas encore de portail dédié.", "no"), ("Rien n'a encore été adopté.", "no"),
        ("Nous n'avons pas d'information à ce sujet.", "unknown"),
        ("Le portail n'est accessible qu'aux agents publics.", "yes"),
        ("Non, mais un projet est à l'étude.", "no"),
        ("Oui, partiellement : seuls certains services sont en ligne.", "yes"),
    ],
}

SPANISH = {
    "explicit yes/no": [
        ("Sí", "yes"), ("Sí.", "yes"), ("Si", "yes"), ("Sí, la Ley 19.628 está vigente.", "yes"),
        ("Sí – el portal funciona desde 2019.", "yes"), ("No", "no"), ("No.", "no"),
        ("No, no se ha aprobado ninguna estrategia.", "no"), ("No – todavía no hay norma.", "no"),
    ],
    "negation scope": [
        ("No existe una estrategia nacional específica.", "no"),
        ("No hay ley de datos abiertos.", "no"),
        ("Ninguna ley regula los datos abiertos.", "no"),
        ("El país no cuenta con ningún marco legal en la materia.", "no"),
        ("Nunca se ha implementado.", "no"),
        ("Tampoco existe un reglamento.", "no"),
        ("La ley fue derogada en 2019.", "no"),
        ("El país carece de una política de datos abiertos.", "no"),
        # "sin" cancels a negation, a lifted burden is a measure, a concession does not carry the answer.
        ("Ningún proyecto se aprueba sin control.", "yes"),
        ("Nadie queda excluido del servicio.", "yes"),
        ("Los ciudadanos ya no necesitan presentar documentos dos veces.", "yes"),
        ("Si bien no cubre a los municipios, la ley obliga a todos los ministerios.", "yes"),
        ("Aunque no abarca a los gobiernos locales, la estrategia se aplica a todo el gobierno central.", "yes"),
        ("La ley no solo regula el acceso sino también la reutilización.", "yes"),
        ("Las organizaciones no gubernamentales participan en las consultas en línea.", "yes"),
        ("Los datos no personales se publican en el portal.", "yes"),
    ],
    "status means no": [
        ("Anteproyecto de ley en trámite.", "no"), ("Existe un anteproyecto.", "no"), ("Hay un borrador de estrategia.", "no"),
        ("El proyecto de ley se encuentra en trámite en el Congreso.", "no"),
        ("Proyecto de ley en tramite.", "no"), ("En elaboración.", "no"), ("En elaboracion.", "no"),
        ("En estudio.", "no"), ("Todavía no.", "no"), ("Todavia no.", "no"), ("Aún no.", "no"),
        ("El reglamento está previsto para 2024.", "no"), ("La plataforma está prevista para 2025.", "no"),
        ("El sistema se encuentra en fase de diseño.", "no"),
        ("La estrategia está en proceso de aprobación.", "no"),
        ("Pendiente de aprobación por el Consejo de Ministros.", "no"),
    ],
    "in force means yes": [
        ("La Ley de Transparencia está vigente desde 2014.", "yes"),
        ("La estrategia de gobierno digital fue aprobada en 2021.", "yes"),
        ("El decreto fue promulgado en marzo de 2020.", "yes"),
        ("El portal está en funcionamiento desde 2017.", "yes"),
        ("La plataforma de compras públicas es operativa.", "yes"),
        ("El trámite está disponible en línea en https://tramites.example.es", "yes"),
        ("La norma está en vigor.", "yes"),
    ],
    "none and not applicable": [
        ("Ninguno", "no"), ("Ninguno.", "no"), ("Ninguna", "no"), ("Nada.", "no"),
        ("No aplica", "unknown"), ("No aplica.", "unknown"), ("No procede.", "unknown"),
        ("N/A", "unknown"), ("No aplicable.", "unknown"), ("Información no disponible.", "unknown"),
        ("La información no se recopila de forma centralizada.", "unknown"),
    ],
    "mixed answers": [
        ("No existe una ley única; sin embargo, la Ley 27.275 regula el acceso.", "yes"),
        ("No hay una estrategia específica; las políticas generales se aplican.", "no"),
        ("El portal existió pero fue cerrado en 2021.", "no"),
    ],
    "field-labelled, bulleted and narrative voices": [
        ("Estado: vigente.", "yes"), ("Estado: en trámite.", "no"), ("Situación: no aprobado.", "no"),
        ("- Ley N° 1581 de 2012, de protección de datos personales, vigente.", "yes"),
        ("• Proyecto de ley radicado en el Congreso en 2023.", "no"),
        ("El Gobierno elaboró un proyecto de ley que actualmente se discute en el Congreso.", "no"),
        ("El Consejo de Ministros aprobó la estrategia en 2020; su implementación está en curso.", "yes"),
        ("Aunque existe un anteproyecto, ninguna norma está vigente todavía.", "no"),
        ("La plataforma aún no está operativa; su lanzamiento está previsto para 2024.", "no"),
        ("El decreto está pendiente de firma por el Presidente.", "no"),
        ("Los trámites se realizan todavía en ventanilla, en papel.", "no"),
        ("Las solicitudes se presentan solo en papel.", "no"),
        ("Los formularios están disponibles en línea y en papel.", "yes"),
        ("Actualmente se trabaja en la formulación de una política nacional de datos.", "no"),
        ("Se encuentra en proceso de consulta pública.", "no"),
        ("No hay todavía un portal dedicado.", "no"), ("Nada se ha aprobado aún.", "no"),
        ("No contamos con información al respecto.", "unknown"),
        ("El portal solo es accesible para funcionarios públicos.", "yes"),
        ("No, pero se está elaborando un proyecto.", "no"),
        ("Sí, parcialmente: solo algunos servicios están en línea.", "yes"),
        ("La norma fue publicada en el Diario Oficial en 2021 y está vigente.", "yes"),
    ],
}


def _cases(table: dict[str, list[tuple[str, str]]]):
    return [pytest.param(text, want, id=f"{kind}: {text[:50]}") for kind, rows in table.items()
            for text, want in rows]


@pytest.mark.parametrize("text, want", _cases(FRENCH))
def test_a_french_answer_is_read_with_the_french_rules(text, want):
    assert polarity.read_answer(text, "fr").answer == want


@pytest.mark.parametrize("text, want", _cases(SPANISH))
def test_a_spanish_answer_is_read_with_the_spanish_rules(text, want):
    assert polarity.read_answer(text, "es").answer == want


@pytest.mark.parametrize("text, lang, question", [
    ("Cf. question 10.", "fr", 10), ("cf. question 10", "fr", 10),
    ("Voir la réponse à la question 10.", "fr", 10), ("Voir question 12", "fr", 12),
    ("Même réponse que la question 12.", "fr", 12), ("Même réponse que pour la question 7.", "fr", 7),
    ("Se reporter à la question 3.", "fr", 3),
    ("Véase la pregunta 10.", "es", 10), ("Vease la pregunta 10", "es", 10), ("Ver respuesta 10.", "es", 10),
    ("Ver pregunta 4.", "es", 4), ("Igual que la pregunta 12.", "es", 12),
    ("Remítase a la pregunta 3.", "es", 3),
])
def test_a_french_or_spanish_pointer_names_its_question(text, lang, question):
    with language(lang):
        ref = references.find(text)
    assert ref is not None and ref.question == question


@pytest.mark.parametrize("text, lang, direction", [
    ("Idem.", "fr", "back"), ("Idem ci-dessus.", "fr", "back"), ("Voir la réponse précédente.", "fr", "back"),
    ("Même réponse que la question précédente.", "fr", "back"), ("Voir ci-dessous.", "fr", "ahead"),
    ("Ídem.", "es", "back"), ("Igual que la respuesta anterior.", "es", "back"),
    ("Ver respuesta anterior.", "es", "back"), ("Ver más abajo.", "es", "ahead"),
])
def test_a_french_or_spanish_pointer_to_a_neighbour(text, lang, direction):
    with language(lang):
        ref = references.find(text)
    assert ref is not None and ref.direction == direction


@pytest.mark.parametrize("text, lang", [
    ("La loi de 2019 (voir question 12) régit ce domaine.", "fr"),
    ("La Ley 27.275 (véase la pregunta 12) regula el acceso.", "es"),
])
def test_a_french_or_spanish_answer_with_words_of_its_own_is_not_a_pointer(text, lang):
    with language(lang):
        assert references.find(text) is None


@pytest.mark.parametrize("text, want", [
    ("Oui, le portail fonctionne.", "fr"), ("Néant.", "fr"), ("Sans objet.", "fr"), ("Pas encore.", "fr"),
    ("Il n'existe pas de stratégie nationale dédiée.", "fr"),
    ("Sí.", "es"), ("Ninguno.", "es"), ("No aplica.", "es"), ("Todavía no.", "es"),
    ("No existe una estrategia nacional específica.", "es"),
])
def test_french_and_spanish_answers_are_placed_in_their_language_on_an_english_form(text, want):
    assert answer_language(text, "en") == want


@pytest.mark.parametrize("line", ["Page 3 sur 12", "page 3 sur 12", "p. 3 sur 12", "3 sur 12", "Feuille 3 sur 12",
                                  "Página 3 de 12", "Pagina 3 de 12", "Pág. 3 de 12", "Hoja 3 de 12", "3 de 12"])
def test_french_and_spanish_page_numbers_are_layout_not_answers(line):
    assert is_page_number(line)


@pytest.mark.parametrize("line", ["Voir la page 3 du décret.", "Página web del ministerio", "Hoja de ruta 2025"])
def test_a_sentence_naming_a_page_is_not_a_page_number(line):
    assert not is_page_number(line)


@pytest.mark.parametrize("text, lang, want", [
    ("En préparation.", "fr", "no"), ("En attente.", "fr", "no"), ("Phase pilote.", "fr", "no"),
    ("Projet pilote.", "fr", "no"), ("En cours.", "fr", "no"), ("Néant.", "fr", "no"), ("Sans objet.", "fr", "unknown"),
    ("En fase piloto.", "es", "no"), ("Proyecto piloto.", "es", "no"), ("En preparación.", "es", "no"),
    ("En revisión.", "es", "no"), ("Pendiente de firma.", "es", "no"), ("En curso.", "es", "no"),
    ("En trámite.", "es", "no"), ("No procede.", "es", "unknown"),
])
def test_a_short_status_answer_on_the_english_form_is_placed_and_read_in_its_language(text, lang, want):
    # (the none / not-applicable formulas are flagged for the reviewer as the English "Not applicable" is)
    placed = answer_language(text, "en")
    assert placed == lang
    assert polarity.read_answer(text, placed).answer == want


def _first_contact():
    # Written after the rules, read once before any rule was touched for them: 40 of 40 right (docs/languages.md).
    path = Path(__file__).resolve().parent / "language_first_contact.tsv"
    rows = [line.rstrip("\n").split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [pytest.param(lang, want, text, id=f"{lang}: {text[:50]}") for lang, want, text in rows]


@pytest.mark.parametrize("lang, want, text", _first_contact())
def test_a_french_or_spanish_answer_written_after_the_rules_is_placed_and_read_right(lang, want, text):
    placed = answer_language(text, "en")
    assert placed == lang
    reading = polarity.read_answer(text, placed, edition=2022)
    assert reading.answer == want
    assert reading.evidence  # every reading names what decided it


@pytest.mark.parametrize("text, lang", [("Sans objet.", "fr"), ("Non applicable", "fr"), ("Ne s’applique pas.", "fr"),
                                        ("No aplica.", "es"), ("No procede", "es"), ("No aplicable.", "es")])
def test_a_french_or_spanish_not_applicable_is_flagged_like_the_english_one(text, lang):
    english = polarity.read_answer("Not applicable.", "en")
    reading = polarity.read_answer(text, lang)
    assert (reading.answer, reading.flag) == ("unknown", english.flag) and english.flag
