"""Round five (English half), read from the shape of what is said: a count of zero is a denial and a count of
one or more names what there is; a stance of the respondent ("attaches the highest importance to …", "remains
committed to …", a courtesy formula) affirms nothing and neither does its complement; an enacted text whose
provisions commence after the edition year is not in force; a text revoked "and not replaced" stays revoked;
"remain in draft" is a draft; "not in terms" is a hedged denial. Each in wordings of our own, in English,
French and Spanish where the shape exists there."""
from __future__ import annotations

import pytest

from loaders.formats import reading_polarity as polarity
from loaders.formats.reading_clauses import FLAG_HEDGED, FLAG_NEGATION_IN_YES, FLAG_NOTHING, FLAG_UNDONE
from loaders.formats.reading_words import tokens

EDITION = 2022
LAW_Q = "Is there any legislation, law or regulation on data sharing across government agencies?"
STRATEGY_Q = "Does the national e-government strategy make specific reference to digital inclusion?"


def read(text: str, lang: str = "en", question: str = LAW_Q):
    return polarity.read_answer(text, lang, EDITION, question)


# --- counts -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "0 statutes in force."),
    ("en", "0 regulations."),
    ("en", "0 of 12 sectors covered by a statute."),
    ("en", "Agencies bound by a data sharing rule: 0 of 30."),
    ("en", "Zero instruments adopted."),
    ("en", "Number of sharing agreements registered: 0."),
    ("en", "n = 0"),
    ("en", "We have 0 regulations on this."),
    ("fr", "0 texte en vigueur."),
    ("fr", "Zéro règlements adoptés."),
    ("fr", "Ministères couverts par un texte : 0 sur 30."),
    ("es", "0 normas vigentes."),
    ("es", "Cero reglamentos aprobados."),
    ("es", "Entidades cubiertas por una norma: 0 de 30."),
])
def test_a_count_of_zero_is_a_denial(lang, text):
    r = read(text, lang)
    assert r.answer == "no", r
    assert r.evidence.startswith("negation"), r


@pytest.mark.parametrize("lang,text", [
    ("en", "Web 2.0 portal in operation since 2012."),
    ("en", "0.5% of the budget goes to security; the Data Exchange Act 2019 is in force."),
    ("en", "ISO 27001:2013 certified; the Data Exchange Act 2019 is in force."),
    ("en", "Phase 0 completed; the Data Exchange Act 2019 is in force."),
    ("en", "Zero Hunger programme in operation."),
    ("en", "The Zero Trust framework was adopted in 2020."),
    ("en", "10 regulations in force."),
    ("fr", "Politique zéro papier adoptée en 2019."),
    ("es", "Directiva Cero Papel vigente desde 2012."),
])
def test_a_number_that_is_not_a_count_of_zero_denies_nothing(lang, text):
    assert read(text, lang).answer == "yes"


@pytest.mark.parametrize("text,zero", [
    ("0 laws", True), ("0 of 47", True), ("n=0", True), ("laws: 0.", True), ("0 (nil)", True),
    ("web 2.0", False), ("0.5%", False), ("27001:2013", False), ("tier 0 support", False), ("call 0 20 555 0100", False),
    ("net zero strategy", False), ("zero tolerance policy", False), ("2020-01-05", False),
])
def test_which_zeros_are_counts(text, zero):
    assert ("nil" in tokens(text, "en")) is zero, tokens(text, "en")


@pytest.mark.parametrize("lang,text", [
    ("en", "2 references; 1 pilot (health records, 2021), not extended."),
    ("en", "3 of 22 agencies exchange records through the bus."),
    ("fr", "2 références ; 1 pilote (état civil, 2021), non étendu."),
    ("es", "2 referencias; 1 piloto (registro civil, 2021), no ampliado."),
])
def test_a_count_of_one_or_more_names_what_there_is(lang, text):
    r = read(text, lang, STRATEGY_Q)
    assert r.answer == "yes", r


def test_a_negation_of_an_extra_beside_a_count_is_flagged():
    r = read("1 reference; 1 pilot (land titles, 2020), not scaled up.", question=STRATEGY_Q)
    assert (r.answer, r.flag) == ("yes", FLAG_NEGATION_IN_YES), r


# --- stances ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "The Ministry attaches great importance to the exchange of data between agencies."),
    ("en", "The Government remains firmly committed to interoperability and will continue to support it."),
    ("en", "The Ministry reaffirms its commitment to open government and welcomes the work of its partners."),
    ("en", "The Government attaches the utmost importance to making sure that registers are shared across "
           "agencies, and the Office continues to work closely with the ministries to that end."),
    ("en", "The Ministry attaches high importance to the national ID rollout, which is being coordinated by the "
           "Registrar."),
    ("en", "The Office avails itself of this opportunity to renew the assurances of its highest consideration."),
    ("en", "The Government attaches importance to inclusion, and efforts are continuing to strengthen the participation of youth."),
    ("fr", "Le Gouvernement attache la plus haute importance au partage des données entre administrations."),
    ("fr", "Le Ministère reste engagé en faveur de l'interopérabilité et continuera à la promouvoir."),
    ("fr", "Le Ministère saisit cette occasion pour renouveler les assurances de sa haute considération."),
    ("es", "El Gobierno concede la mayor importancia al intercambio de datos entre entidades."),
    ("es", "El Ministerio sigue comprometido con la interoperabilidad y seguirá promoviendo su uso."),
    ("es", "El Ministerio aprovecha la oportunidad para reiterar las seguridades de su más alta consideración."),
])
def test_a_stance_affirms_nothing(lang, text):
    r = read(text, lang)
    assert (r.answer, r.flag) == ("unknown", FLAG_NOTHING), r


@pytest.mark.parametrize("lang,text,answer", [
    ("en", "The Government attaches great importance to open data, and efforts are under way to establish a "
           "national portal.", "no"),
    ("en", "The Government remains committed to privacy; the Data Protection Act 2019 is in force.", "yes"),
    ("en", "The Ministry attaches importance to data sharing. The Interoperability Regulation 2020 is in force.",
     "yes"),
    ("en", "The Ministry remains committed to data sharing, but no regulation has been adopted.", "no"),
    ("en", "The Master Plan attaches great importance to digital inclusion.", "yes"),
    ("en", "Our commitment to digital inclusion is set out in Pillar 3 of the Master Plan.", "yes"),
    ("en", "Committed to open data, the Government launched the national data portal in 2019.", "yes"),
    ("en", "The Government attaches great importance to data sharing, and the Interoperability Framework was "
           "adopted in 2020.", "yes"),
    ("en", "The Government continues to support the data exchange platform, launched in 2018.", "yes"),
    ("en", "The Ministry welcomes the question and confirms that the data exchange platform is operational.", "yes"),
    ("fr", "Le Gouvernement attache une grande importance aux données ouvertes ; la loi de 2019 est en vigueur.",
     "yes"),
    ("es", "El Gobierno concede gran importancia a los datos abiertos; la Ley de 2019 está vigente.", "yes"),
])
def test_a_fact_beside_a_stance_decides(lang, text, answer):
    r = read(text, lang, STRATEGY_Q if "Master Plan" in text else LAW_Q)
    assert r.answer == answer, r


# --- dates, statuses, hedges ----------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "Data Sharing Act, 2021. Passed: March 2021. Assented: May 2021. Operative provisions commence: "
           "1 July 2024."),
    ("en", "The Data Sharing Act was passed in 2021. It comes into force on 1 January 2025."),
    ("en", 'Records Exchange Act 2022 (Act No. 9 of 2022), section 1(2): "This Act comes into force on 1 March 2024." '
           'Section 4: "Every agency shall share the records it holds."'),
    ("fr", "Loi sur le partage des données, 2021. Adoptée : mars 2021. Entrée en vigueur : 1er juillet 2024."),
    ("es", "Ley de Intercambio de Datos, 2021. Aprobada: marzo de 2021. Entrada en vigor: 1 de julio de 2024."),
])
def test_an_enacted_text_commencing_after_the_edition_is_not_in_force(lang, text):
    r = read(text, lang)
    assert (r.answer, r.flag) == ("no", FLAG_UNDONE), r


@pytest.mark.parametrize("text", [
    "The Data Sharing Act was passed in 2020. It came into force on 1 July 2021.",
    "The Data Sharing Act was passed in 2020. Part 4 commences in 2024.",
])
def test_a_commencement_before_the_edition_or_of_a_part_leaves_the_yes(text):
    assert read(text).answer == "yes"


@pytest.mark.parametrize("lang,text", [
    ("en", "Rule 9 of the Public Service Rules 2001 was revoked in 2018 and never replaced."),
    ("en", "The 2004 Records Order was repealed in 2017 and not superseded."),
    ("fr", "Le décret de 2004 a été abrogé en 2017 et n'a pas été remplacé."),
    ("es", "El decreto de 2004 fue derogado en 2017 y no ha sido reemplazado."),
])
def test_a_text_revoked_and_not_replaced_is_not_in_force(lang, text):
    assert read(text, lang).answer == "no"


def test_repealed_and_replaced_keeps_its_successor():
    r = read("Cyber Act, 2008 – repealed and replaced by the Cyber Act, 2016. 2016 Act in force: 1 March 2016.")
    assert (r.answer, r.flag) == ("yes", None), r


@pytest.mark.parametrize("lang,text", [
    ("en", "The Data Sharing Guidelines 2021 cited under Q2 remain in draft; see that reply."),
    ("en", "The Guidelines are still in draft form."),
    ("fr", "Les lignes directrices de 2021 restent toujours en projet."),
    ("es", "Las directrices de 2021 siguen en borrador."),
])
def test_remaining_in_draft_is_a_draft(lang, text):
    assert read(text, lang).answer == "no"


@pytest.mark.parametrize("lang,text", [
    ("en", "Not in terms. Section 5 of the Policy says agencies should reuse data they already hold."),
    ("en", "Not in so many words; clause 3 asks ministries to reuse records."),
    ("fr", "Pas en termes exprès ; l'article 6 demande aux ministères de réutiliser les données."),
    ("es", "No en términos expresos; el artículo 6 pide reutilizar los datos."),
])
def test_not_in_terms_is_a_hedged_denial(lang, text):
    assert read(text, lang).flag == FLAG_HEDGED
