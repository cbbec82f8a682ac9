"""Status shapes read the same way in French, Spanish and English: where a text was adopted is not a step
awaited, a part in force beside a part planned is mixed, a denial of a name only is not an absence, a
respondent without the information declines, and a roll-up of unread or flagged items is flagged."""
from __future__ import annotations

import pytest

from loaders.formats import reading_polarity as polarity
from loaders.formats import reading_references as references
from loaders.formats.reading_clauses import FLAG_HEDGED, FLAG_MIXED
from loaders.formats.text import parse_text
from tests.reading.harness import PROMPT, document

EDITION = 2022


def read(text: str, lang: str, question: str = ""):
    return polarity.read_answer(text, lang, EDITION, question)


# --- Venue: a place where a text is examined; after an adoption participle, where it was adopted --------

@pytest.mark.parametrize("text, lang", [
    ("Arrêté interministériel du 4 mai 2020, adopté en Conseil des ministres.", "fr"),
    ("Politique nationale de cybersécurité adoptée en Conseil des ministres le 2 février 2021.", "fr"),
    ("La loi organique a été votée à l'Assemblée nationale le 18 juin 2019.", "fr"),
    ("Code du numérique voté au Parlement en 2017 et promulgué en 2018.", "fr"),
    ("Loi approuvée par le Gouvernement en Conseil des ministres en 2020.", "fr"),
    ("La Política de Datos Abiertos fue aprobada en Consejo de Ministros en marzo de 2021.", "es"),
    ("Ley de transparencia aprobada en el Congreso en 2016.", "es"),
    ("Decreto ejecutivo adoptado en el Consejo de Ministros el 9 de agosto de 2020.", "es"),
    ("The Cybercrime Act was passed in Parliament in 2019.", "en"),
    ("Policy approved before Cabinet on 3 March 2021.", "en"),
])
def test_an_instrument_adopted_in_parliament_or_council_is_in_force(text, lang):
    r = read(text, lang)
    assert (r.answer, r.evidence.split(":")[0]) == ("yes", "in force"), r


@pytest.mark.parametrize("text, lang", [
    ("Le projet de décret est en Conseil des ministres.", "fr"),
    ("Texte examiné en Conseil des ministres, publication attendue.", "fr"),
    ("Projet de loi adopté en première lecture à l'Assemblée nationale.", "fr"),
    ("Texte soumis au Conseil des ministres.", "fr"),
    ("Ordonnance soumise à la signature du Président.", "fr"),
    ("El anteproyecto está ante el Consejo de Ministros.", "es"),
    ("La ley fue sometida a la Asamblea Legislativa en 2021.", "es"),
    ("Reglamento sometido al Consejo de Ministros para su aprobación.", "es"),
    ("The data sharing policy is before Cabinet.", "en"),
])
def test_a_text_that_sits_before_parliament_or_council_is_awaited(text, lang):
    assert read(text, lang).answer == "no"


@pytest.mark.parametrize("detail, lang", [
    ("Décret n° 2019-44 relatif aux téléservices, adopté en Conseil des ministres.", "fr"),
    ("Ley 12 de 2018 de gobierno digital, aprobada en el Congreso.", "es"),
])
def test_a_reference_to_an_instrument_adopted_in_council_inherits_yes(detail, lang):
    pointer = {"fr": "Voir la réponse à la question 16.", "es": "Véase la pregunta 16."}[lang]
    doc = parse_text(document({"bodies": {16: ["  Yes   No  ", PROMPT, detail],
                                          17: ["  Yes   No  ", PROMPT, pointer]}}), source_name="venue.txt")
    got = {a.question: a for a in doc.answers if not a.item}
    assert (got[16].answer, got[17].answer) == ("yes", "yes"), (got[16], got[17])


# --- Roll-ups: a question with sub-items is as doubtful as the items that decide it ----------------------

Q29 = ["Artificial intelligence (AI); link/detail: {0}", "Robotics; link/detail: {1}", "Blockchains; link/detail: {2}",
       "5G; link/detail: {3}", "Internet of Things (IoT); link/detail: {4}", "Others; link/detail: {5}"]


def _q29(*details: str):
    body = [line.format(*details) for line in Q29]
    doc = parse_text(document({"bodies": {29: body}}), source_name="rollup.txt")
    return {a.item: a for a in doc.answers if a.question == 29}


def test_a_roll_up_of_items_in_a_language_not_read_is_flagged_as_not_read():
    got = _q29("Consta do eixo 2 da estratégia, em execução.", "Não consta da estratégia.",
               "Em estudo no banco central, sem decisão.", "Sim, no pilar de infraestruturas digitais.",
               "Não está previsto neste momento.", "")
    assert got["ai"].flag and "Portuguese" in got["ai"].flag
    assert got[""].answer == "unknown"
    assert got[""].flag and got[""].flag.startswith(references.FLAG_ITEMS_FLAGGED) and "Portuguese" in got[""].flag
    assert got[""].evidence.startswith("items: 'not read: ai, robotics")


def test_a_roll_up_of_blank_items_is_unknown_without_a_flag():
    got = _q29("", "", "", "", "", "")
    assert (got[""].answer, got[""].flag) == ("unknown", None)


@pytest.mark.parametrize("details, flagged", [
    # every yes item flagged: the yes rests on doubts
    (("Yes, but it does not cover robotics or drones.", "No.", "No.", "No.", "No.", "No."), True),
    (("Oui, mais la stratégie ne couvre pas les usages militaires.", "Non.", "Non.", "Non.", "Non.", "Non."), True),
    # one clean yes item decides
    (("Yes, pillar 3 of the strategy.", "Yes, but it does not cover drones.", "No.", "No.", "No.", "No."), False),
    (("Sí, en el eje 2 de la Agenda.", "No.", "No.", "No.", "No.", "No."), False),
])
def test_a_yes_roll_up_is_flagged_only_when_every_yes_item_is(details, flagged):
    got = _q29(*details)
    assert got[""].answer == "yes"
    assert bool(got[""].flag) is flagged, got[""]


@pytest.mark.parametrize("details", [
    ("No.", "Non.", "Ninguno.", "No.", "No.", "Néant."),
    ("No.", "No.", "No, although a study on drones was done in 2020, it was not followed up.", "No.", "No.", "No."),
])
def test_an_all_no_roll_up_carries_the_flag_of_any_flagged_item(details):
    got = _q29(*details)
    assert got[""].answer == "no"
    assert bool(got[""].flag) is any(got[k].flag for k in ("ai", "robotics", "blockchain", "5g", "iot", "other"))


def test_rollup_names_the_unread_and_the_flagged_items_apart():
    def res(answer, flag=None, evidence=None):
        return references.Resolved(answer, "none", [], flag, False, evidence)
    kids = [((2, "e_services"), res("unknown", None, "language not read: 'pt'"), "answer in Portuguese: not read"),
            ((2, "other"), res("unknown", None, "declined: 'N/A'"), "not applicable: none, or declined?")]
    r = references.rollup(references.Node((2, ""), "unknown", "none", [], rollup=True), kids)
    assert r.answer == "unknown"
    assert r.flag == f"{references.FLAG_ITEMS_FLAGGED} (answer in Portuguese: not read, and others)"
    assert r.evidence == "items: 'not read: e_services; flagged: other'"


# --- A denial of the name only ("as such") with the function done elsewhere --------------------------------

JUSTICE = ("Please provide names and links of the government agencies/departments/ministries at the national "
           "level in charge of the following Sectoral ministries: Justice")


@pytest.mark.parametrize("text, lang", [
    ("Il n'y a pas de ministère du Numérique en tant que tel ; le secteur relève du ministère des Postes.", "fr"),
    ("Pas de ministère de la Justice proprement dit : ses attributions sont exercées par le Secrétariat général du "
     "Gouvernement.", "fr"),
    ("No hay un Ministerio de Justicia como tal; sus competencias las ejerce la Procuraduría General.", "es"),
    ("No existe una secretaría de ambiente propiamente dicha; el tema lo atiende el Ministerio de Agricultura.", "es"),
    ("There is no environment ministry as such; the Ministry of Agriculture is responsible for the sector.", "en"),
])
def test_a_name_denied_as_such_with_the_work_done_elsewhere_is_yes_and_flagged(text, lang):
    r = read(text, lang, JUSTICE)
    assert (r.answer, r.flag) == ("yes", FLAG_HEDGED), r


@pytest.mark.parametrize("text, lang", [
    ("Il n'existe pas de ministère de la Justice en tant que tel.", "fr"),
    ("No existe un ministerio de cultura como tal.", "es"),
    ("No ministry of justice as such.", "en"),
])
def test_a_name_denied_as_such_alone_is_no_and_flagged(text, lang):
    r = read(text, lang, JUSTICE)
    assert (r.answer, r.flag) == ("no", FLAG_HEDGED), r


# --- In force for one part or group, planned for another: yes, flagged mixed ------------------------------

ID_Q = "Is there any legislation, law or regulation on digital identity?"
INCLUSION_Q = ("Does the national e-government strategy make specific reference to e-participation, engagement "
               "and/or digital inclusion?")


@pytest.mark.parametrize("text, lang, question", [
    # two groups opened by the same word
    ("Le décret s'applique pour les agents publics ; pour les collectivités locales, un arrêté est prévu.", "fr", ID_Q),
    ("La firma electrónica está vigente para las personas jurídicas; para las personas naturales está prevista en "
     "el nuevo reglamento, pero todavía no se aplica.", "es", ID_Q),
    ("The eID regulation is in force for citizens; for foreign residents it is planned in the next amendment.", "en",
     ID_Q),
    # the other clause is about a part or the rest, after a contrast word
    ("La stratégie consacre son axe 2 à l'inclusion numérique, déjà en œuvre ; en revanche, le volet "
     "e-participation est prévu pour une phase ultérieure.", "fr", INCLUSION_Q),
    ("El plan dedica un pilar a la inclusión digital, que ya se ejecuta; sin embargo, el componente de consulta "
     "ciudadana en línea está previsto para la segunda fase.", "es", INCLUSION_Q),
])
def test_a_part_in_force_beside_another_part_planned_is_yes_and_mixed(text, lang, question):
    r = read(text, lang, question)
    assert (r.answer, r.flag) == ("yes", FLAG_MIXED), r


@pytest.mark.parametrize("text, lang", [
    # the same thing, turned round: still no
    ("La ley está vigente, pero aún no se ha implementado.", "es"),
    ("Le décret a été adopté ; toutefois, ses textes d'application sont en attente.", "fr"),
    ("La ley fue aprobada; sin embargo, su reglamento está pendiente de publicación.", "es"),
    # a group named only on the planned side
    ("Para los extranjeros residentes, la identidad digital está prevista en el reglamento.", "es"),
])
def test_an_affirmation_turned_round_about_the_same_thing_is_no(text, lang):
    assert read(text, lang, ID_Q).answer == "no"


# --- The respondent lacks the information asked for: declined, not denied ----------------------------------

VOICES_Q = ("Does the Government publish information on how people's voices, including those among women and "
            "vulnerable groups, are included in policy decision-making?")


@pytest.mark.parametrize("text, lang", [
    ("No disponemos de esa información a nivel nacional.", "es"),
    ("No contamos con dichos datos de forma consolidada.", "es"),
    ("Nous ne disposons pas de ces informations.", "fr"),
    ("Nous n'avons pas ces chiffres au niveau central.", "fr"),
    ("We do not hold this information centrally.", "en"),
])
def test_a_respondent_without_the_information_declines(text, lang):
    r = read(text, lang, VOICES_Q)
    assert (r.answer, r.evidence.split(":")[0]) == ("unknown", "declined"), r


@pytest.mark.parametrize("text, lang", [
    ("No publicamos esa información.", "es"),            # the government does not publish: a denial
    ("Nous n'avons guère de données sur ce point.", "fr"),  # no determiner points at the answer
    ("No tenemos una ley de datos abiertos.", "es"),
    ("We have no data protection law.", "en"),
])
def test_a_denial_about_data_or_laws_is_still_no(text, lang):
    assert read(text, lang, VOICES_Q).answer == "no"


# --- An open question: whatever is stated answers it --------------------------------------------------------

OTHER_Q = "Please provide any other information related to e-government development in your country."


@pytest.mark.parametrize("text, lang", [
    ("Le Gouvernement prépare une nouvelle stratégie numérique 2026-2030.", "fr"),
    ("Une loi sur l'identité numérique est en cours d'élaboration avec l'appui de la Banque mondiale.", "fr"),
    ("El Ministerio elabora un nuevo plan de conectividad rural, que se presentará en 2024.", "es"),
    ("Todavía no existe una ley de gobierno digital; el anteproyecto se presentará a la Asamblea en 2024.", "es"),
    ("A new digital strategy is being prepared with support from development partners.", "en"),
])
def test_any_status_given_to_an_open_question_is_information_given(text, lang):
    r = read(text, lang, OTHER_Q)
    assert (r.answer, r.rule) == ("yes", "information given"), r


@pytest.mark.parametrize("text, lang", [
    ("Rien à ajouter.", "fr"), ("Aucune information supplémentaire.", "fr"),
    ("Nada que añadir.", "es"), ("No hay más información que agregar.", "es"),
    ("No further comments.", "en"), ("Nothing to add.", "en"),
])
def test_nothing_to_add_to_an_open_question_is_no(text, lang):
    # A bare "Néant." / "Ninguna." is no longer here: to the open question it gives nothing (unknown), see
    # tests/reading/test_forms_pilots_and_works.py (round eleven).
    assert read(text, lang, OTHER_Q).answer == "no"


# --- A stage of something ("en etapa de consulta"): its status noun decides -----------------------------

@pytest.mark.parametrize("text, lang, kind", [
    ("Se encuentra en etapa de consulta pública hasta diciembre.", "es", "status consultation"),
    ("El proyecto está en fase de estudio en el Ministerio.", "es", "status study"),
    ("La estrategia está en etapa de diseño.", "es", "status in preparation"),
    ("Le texte est au stade de l'avant-projet.", "fr", "status draft"),
    ("Plateforme en phase de test dans deux ministères.", "fr", "status pilot"),
    ("The strategy is at an early stage.", "en", "status idea"),
])
def test_a_stage_of_something_is_a_status(text, lang, kind):
    r = read(text, lang, ID_Q)
    assert (r.answer, r.evidence.split(":")[0]) == ("no", kind), r


@pytest.mark.parametrize("text, lang", [
    ("En la primera fase, el portal ofrece 40 trámites en línea.", "es"),
    ("Dans une première phase, le portail offre 30 démarches en ligne.", "fr"),
])
def test_a_phase_that_names_a_part_of_a_rollout_is_no_status(text, lang):
    assert read(text, lang, ID_Q).answer == "yes"


@pytest.mark.parametrize("text, lang", [
    ("L'information était publiée sur un portail dédié, désormais fermé.", "fr"),
    ("Le comité interministériel a été dissous en 2021.", "fr"),
    ("La información se publicaba en un sitio especial, ya cerrado.", "es"),
    ("La comisión fue disuelta en 2020.", "es"),
])
def test_a_closed_or_dissolved_measure_is_no_longer_there(text, lang):
    assert read(text, lang, ID_Q).answer == "no"


# --- Still, or only, off line: handled otherwise -------------------------------------------------------------

PROCUREMENT_Q = "Is there any legislation, law or regulation on e-procurement?"


@pytest.mark.parametrize("text, lang", [
    ("La passation des marchés se fait encore sur support papier.", "fr"),
    ("Les offres sont toujours déposées au guichet du ministère.", "fr"),
    ("Las compras se tramitan todavía, en su mayoría, en ventanilla.", "es"),
    ("Las ofertas se entregan aún en sobre cerrado y en papel.", "es"),
])
def test_still_or_only_off_line_is_handled_otherwise(text, lang):
    r = read(text, lang, PROCUREMENT_Q)
    assert (r.answer, r.evidence.split(":")[0]) == ("no", "handled otherwise"), r


@pytest.mark.parametrize("text, lang", [
    ("Le portail est en ligne et les formulaires restent disponibles au guichet.", "fr"),
    ("La plataforma funciona en línea; las ofertas en papel siguen aceptándose hasta 2023.", "es"),
])
def test_a_counter_kept_beside_a_service_online_is_not_handled_otherwise(text, lang):
    assert read(text, lang, PROCUREMENT_Q).answer == "yes"


# --- A measure that ran out, in French and Spanish words --------------------------------------------------

@pytest.mark.parametrize("text, lang, want", [
    ("La stratégie 2015-2020 est arrivée à échéance ; la nouvelle est en cours d'élaboration.", "fr", "no"),
    ("Le plan national a pris fin en 2020.", "fr", "no"),
    ("La Agenda 2014-2018 perdió vigencia y la siguiente está en preparación.", "es", "no"),
    ("El plan anterior llegó a su fin en 2019; la nueva estrategia fue aprobada en 2021.", "es", "yes"),
])
def test_a_measure_that_ran_out_is_no_unless_a_successor_is_in_force(text, lang, want):
    assert read(text, lang, "Is there a national e-government strategy or equivalent?").answer == want


# --- References in French and Spanish words inherit the status of what they point to ----------------------

@pytest.mark.parametrize("pointer", [
    "Voir supra.", "Se reporter à la réponse 10.", "Même situation que pour la question 10.", "Cf. Q10.",
    "Misma situación que la respuesta 10.", "Igual que en la pregunta anterior.", "Ver la respuesta 10.",
])
def test_a_french_or_spanish_pointer_inherits_a_status(pointer):
    doc = parse_text(document({"bodies": {10: ["  Yes   No  ", PROMPT, "Avant-projet de loi en attente d'adoption."],
                                          11: ["  Yes   No  ", PROMPT, pointer]}}), source_name="ref.txt")
    got = {a.question: a for a in doc.answers if not a.item}
    assert (got[11].answer, got[11].evidence.split(":")[0]) == ("no", "reference"), got[11]


# --- Short French and Spanish formulas ------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, want", [
    ("Non mentionnée dans la stratégie.", "fr", "no"), ("Non abordés.", "fr", "no"), ("Non inscrit au plan.", "fr", "no"),
    ("Les données non structurées sont publiées en ligne.", "fr", "yes"),   # "non" inside a noun phrase
    ("RAS.", "fr", "no"), ("Rien à signaler.", "fr", "no"), ("Sin novedad.", "es", "no"),
])
def test_short_french_and_spanish_formulas(text, lang, want):
    assert read(text, lang, INCLUSION_Q).answer == want


@pytest.mark.parametrize("text, lang", [
    ("Le décret attend la signature du Premier ministre.", "fr"),
    ("La charte attend sa validation par le comité de pilotage.", "fr"),
    ("El reglamento espera la aprobación del Consejo Directivo.", "es"),
    ("El programa aguarda su aprobación presupuestaria.", "es"),
])
def test_a_text_that_waits_for_a_step_is_awaited(text, lang):
    r = read(text, lang, ID_Q)
    assert (r.answer, r.evidence.split(":")[0]) == ("no", "status awaited"), r


@pytest.mark.parametrize("text, lang", [
    ("Se contabilizan mensualmente los trámites iniciados en el portal.", "es"),
    ("Las entidades se comunican con la ciudadanía por Facebook y X.", "es"),
    ("Les démarches se règlent en ligne sur le portail national.", "fr"),
])
def test_a_reflexive_verb_is_a_statement(text, lang):
    r = read(text, lang, "Does the Government monitor/collect usage statistics of e-government services?")
    assert r.answer == "yes", r


def test_a_reflexive_future_is_no_statement():
    r = read("El portal de datos abiertos se lanzará el próximo año.", "es", ID_Q)
    assert r.answer == "no"


@pytest.mark.parametrize("text, lang, want", [
    ("Des mesures sont envisagées dans le cadre du projet régional.", "fr", "no"),
    ("Des formations sont programmées pour les agents municipaux.", "fr", "no"),
    ("Se han planificado talleres de alfabetización digital en diez provincias.", "es", "no"),
    ("Stratégie nationale « Sénégal Numérique 2025 », prolongée jusqu'en 2025 par arrêté.", "fr", "yes"),
    ("Agenda Digital 2020-2024, vigente hasta 2024.", "es", "yes"),
    ("Les documents budgétaires sont publiés en version imprimée uniquement.", "fr", "no"),
    ("Los informes se publican solo en versión impresa.", "es", "no"),
])
def test_plans_in_every_gender_end_dates_and_print_only(text, lang, want):
    assert read(text, lang, ID_Q).answer == want


# --- Names pull the detector; the answer's own words place it ----------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Oui : Facebook, X, YouTube, LinkedIn.", "fr"),
    ("Sí: Facebook, X, Instagram, TikTok.", "es"),
    ("Sim: Facebook, X e YouTube.", "pt"),
    ("Yes: Facebook, X, YouTube.", "en"),
    ("Decreto Legislativo 1412 (2018), Ley de Gobierno Digital, regula la identidad digital.", "es"),
])
def test_an_answer_full_of_names_is_placed_by_its_own_words(text, want):
    from loaders.formats.reading_language import answer_language
    assert answer_language(text) == want


# --- Drafted, whose adoption is awaited; validated at a venue; considering ----------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Une charte de la donnée a été rédigée, dont l'adoption est attendue en 2023.", "fr"),
    ("Un code du numérique a été préparé, dont la promulgation reste en attente.", "fr"),
    ("Se elaboró un reglamento de datos abiertos, cuya aprobación está pendiente.", "es"),
    ("Se redactó una política de participación digital, cuya aprobación se espera para el primer trimestre de 2023.",
     "es"),
    ("A data policy was drafted in 2021, whose adoption is expected next year.", "en"),
])
def test_a_text_whose_adoption_is_awaited_is_not_in_force(text, lang):
    assert read(text, lang, ID_Q).answer == "no"


@pytest.mark.parametrize("text, lang", [
    ("La loi, dont la publication au Journal officiel date de 2019, est en vigueur.", "fr"),
    ("La política, cuya aprobación se produjo en 2020, está vigente.", "es"),
    ("La stratégie, dont la mise en œuvre a débuté en 2020, cible les zones rurales.", "fr"),
])
def test_a_relative_about_a_done_step_leaves_the_measure_in_force(text, lang):
    assert read(text, lang, ID_Q).answer == "yes"


@pytest.mark.parametrize("text, lang, want", [
    ("Le document de stratégie a été validé en Conseil des ministres en 2021.", "fr", "yes"),
    ("La estrategia fue validada en el Consejo de Ministros en 2021.", "es", "yes"),
    ("Stratégie validée en atelier national, en attente d'adoption.", "fr", "no"),
    ("Le Gouvernement réfléchit à l'élaboration d'une politique d'inclusion numérique.", "fr", "no"),
    ("El Ministerio evalúa la posibilidad de crear un portal de datos abiertos.", "es", "no"),
])
def test_validated_at_a_venue_is_adopted_and_considering_is_not(text, lang, want):
    assert read(text, lang, ID_Q).answer == want


def test_the_evidence_span_is_found_in_the_french_answer_as_written():
    text = "Il n'existe pas de ministère de la Justice en tant que tel ; ses missions relèvent du ministère de l'Intérieur."
    r = read(text, "fr", JUSTICE)
    span = r.evidence.split(": ", 1)[1].strip("'")
    assert span in text and "Intérieur" in span, r


# --- A stage of implementation is a measure being carried out ------------------------------------------------

@pytest.mark.parametrize("text, lang, want", [
    ("La estrategia está en fase de ejecución.", "es", "yes"),
    ("La Agenda está en ejecución desde 2021.", "es", "yes"),
    ("La stratégie est en phase de mise en œuvre.", "fr", "yes"),
    ("Le projet est en phase de déploiement dans trois régions.", "fr", "yes"),
    ("The strategy is at the implementation stage.", "en", "yes"),
    ("La implementación del portal no ha comenzado.", "es", "no"),
    ("Plan de implementación en elaboración.", "es", "no"),
    ("Implementation of the strategy will start in 2023.", "en", "no"),
])
def test_a_stage_of_implementation_is_a_measure_being_carried_out(text, lang, want):
    assert read(text, lang, "Is there a national e-government strategy or equivalent?").answer == want
