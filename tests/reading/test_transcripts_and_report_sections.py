"""Round seven, English half (with French and Spanish where the shape exists): rules decided from the shape of
what is said, each in several wordings of our own.

- an interview transcript ("Q: … A: …", "Q : … R : …", "P: … R: …"): the interviewer's turns ask, they never
  affirm; the answers decide, a later answer giving its own Yes or No to a follow-up correcting what came before
  (not a No to "Anything else?"), and a concluding "So, no." / "Donc non." / "Así que no." closing the answers;
- "I would have to check with the policy department" (a first-person obligation to check): a decline;
- "Information not obtained from the Ministry … at the time of drafting": the information itself withheld, a
  decline;
- "X is limited to a pilot (2022) in two provinces": the pilot is all there is of X, not in force (no);
- an assessor's report in labelled sections: the finding decides; "Evidence reviewed: …" beside a finding and
  "Recommendation: …" / "It is recommended that …" affirm nothing; "Gap identified: …" beside a labelled finding
  says what is missing around it (alone, it decides);
- "the Act requires publication of the report but does not require publication in digital form" to a question
  on digitally publishing: a requirement denied whose object is what was asked is a denial (flagged, turned
  by 'but'), not a burden lifted;
- an answer opening "Partially addressed through X …": a mixed yes, flagged (not a bare "Partially.")."""
from __future__ import annotations

import pytest

from loaders.formats.reading_clauses import FLAG_DECLINED, FLAG_MIXED, FLAG_TURNED, report_findings, spoken_turns
from loaders.formats.reading_words import language

from .harness import read_question

EDITION = 2022


def read(text: str, q: int, lang: str = "en", item: str = ""):
    return read_question(text, q, lang, item, EDITION)


# --- transcripts -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Q: Is there a CIO, or someone acting as one? A: No. Q: Not even an equivalent? A: A Chief Digital Officer "
     "post is foreseen in the action plan, for 2024. At the moment nobody has that role.", "en"),
    ("Q: Is there a Government CIO? A: Not at the moment.", "en"),
    ("Q : Existe-t-il un DSI de l'État ? R : Non. Q : Pas même un équivalent ? R : Le poste est prévu pour 2024.",
     "fr"),
    ("P: ¿Existe un CIO de Gobierno? R: No. P: ¿Ni siquiera un equivalente? R: El puesto está previsto para 2024.",
     "es"),
])
def test_an_interviewers_question_never_affirms(text, lang):
    r = read(text, 4, lang)
    assert r.answer == "no", (text, r)


@pytest.mark.parametrize("text,q,lang,answer", [
    ("A: There was a blockchain pilot for the land registry. Q: In the programme? A: No, it was just the pilot.",
     29, "en", "no"),
    ("A: Not systematically. There was a survey in 2019, once. Q: So the Government does not measure it? "
     "A: No, not yet.", 42, "en", "no"),
    ("A: Others... I don't think so. Q: Nothing for tax? A: Oh, tax, yes – the e-tax system of the tax "
     "department, https://etax.example. I forgot that one.", 2, "en", "yes"),
    ("A: I don't think there is one. Q: Not even the complaints portal? A: Ah, yes, the complaints portal "
     "https://complaints.example is live since 2020.", 2, "en", "yes"),
    ("R : Il y a eu un projet pilote pour le cadastre. Q : Dans le programme ? R : Non, c'était seulement le pilote.",
     29, "fr", "no"),
    ("R: Hubo un piloto para el registro de tierras. P: ¿En el programa? R: No, solo fue el piloto.", 29, "es", "no"),
])
def test_a_later_answer_with_its_own_yes_or_no_corrects(text, q, lang, answer):
    r = read(text, q, lang, "blockchain" if q == 29 else "")
    assert r.answer == answer, (text, r)


def test_a_no_to_anything_else_denies_only_more():
    r = read("A: Only that the ministry was reorganised in 2022, so some names above may be out of date. "
             "Q: Anything else? A: No, thank you.", 44)
    assert r.answer == "yes", r


@pytest.mark.parametrize("text,lang", [
    ("A: The Bank has a fintech sandbox. Q: Is it operating? A: The regulation was approved in – no, it is still "
     "in public consultation. So not yet.", "en"),
    ("Q: Data exchange? A: Yes, the system works. Q: And the legal basis? A: The resolution is still waiting for "
     "approval. So there is no legal act yet, only the system.", "en"),
    ("R : La banque a un bac à sable. Q : Il fonctionne ? R : Le règlement est en consultation publique. Donc, "
     "pas encore.", "fr"),
    ("R: El banco tiene un sandbox. P: ¿Está operando? R: El reglamento sigue en consulta pública. Así que "
     "todavía no.", "es"),
])
def test_a_concluding_so_decides(text, lang):
    r = read(text, 32 if "sandbox" in text or "bac" in text else 16, lang)
    assert r.answer == "no", (text, r)


@pytest.mark.parametrize("text", [
    "Q: Is there a portal? A: Yes. Q: Since when? A: 2018.",
    "P: ¿Hay portal? R: Sí.",
])
def test_turns_are_split(text):
    lang = "es" if text.startswith("P:") else "en"
    with language(lang):
        turns = spoken_turns(text)
    assert turns is not None and turns[0][0] is True and turns[1][0] is False


@pytest.mark.parametrize("text", [
    "A: Ministry of Health.",                       # a lone "A:" is a label
    "Option A: the national portal is live.",       # not at the start
    "Plan A: a portal by 2024; plan B: none.",
])
def test_no_transcript_without_an_interviewers_turn(text):
    assert spoken_turns(text) is None


# --- declines ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("I would have to check with the policy department.", "en"),
    ("I'd have to check that with the Ministry.", "en"),
    ("We need to verify this with the Cabinet Secretariat.", "en"),
    ("Je devrais vérifier auprès du ministère.", "fr"),
    ("Tendría que consultarlo con la Dirección de Política.", "es"),
    ("Q: Digital-first principle? A: I would have to check with the policy department. Q: Shall we leave it for "
     "now? A: Leave it, please.", "en"),
])
def test_still_to_check_is_a_decline(text, lang):
    r = read(text, 27, lang)
    assert (r.answer, r.flag) == ("unknown", FLAG_DECLINED), (text, r)


def test_an_obligation_on_others_is_no_decline():
    assert read("Agencies must check the identity of users against the register.", 12).answer != "unknown"


@pytest.mark.parametrize("text,lang", [
    ("Information not obtained from the Ministry of Community Development at the time of drafting.", "en"),
    ("Data not received from the Ministry of Health.", "en"),
    ("Informations non obtenues auprès du ministère au moment de la rédaction.", "fr"),
    ("Información no recibida del Ministerio de Salud a la fecha.", "es"),
])
def test_information_not_obtained_is_a_decline(text, lang):
    r = read(text, 37, lang)
    assert (r.answer, r.flag) == ("unknown", FLAG_DECLINED), (text, r)


def test_a_bill_not_received_is_still_a_status():
    assert read("The e-ID bill has not received assent.", 12).answer == "no"


# --- a pilot as all there is ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Finding: digital skills training for women is limited to a pilot (2022) in two provinces, implemented "
     "with the ITU.", "en"),
    ("Training for women is limited to a pilot run with UNDP in two provinces.", "en"),
    ("Support for persons with disabilities is so far confined to a small pilot in the capital.", "en"),
    ("La formation des femmes se limite à un projet pilote (2022) dans deux provinces, mis en œuvre avec l'UIT.",
     "fr"),
    ("La capacitación para mujeres se limita a un piloto (2022) en dos provincias, ejecutado con la UIT.", "es"),
])
def test_limited_to_a_pilot_is_not_in_force(text, lang):
    r = read(text, 38, lang)
    assert r.answer == "no", (text, r)


def test_limited_to_users_is_no_status():
    assert read("Access is limited to registered users of the portal, which is operational.", 38).answer == "yes"


# --- report sections ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Evidence reviewed: Public Finance Management Act No. 1 of 2018. Finding: no provision requires the online "
     "publication of expenditure. Recommendation: amend the regulations.", "en"),
    ("Evidence: Budget Act 2016. Gap identified: there is no rule on publishing expenditure online.", "en"),
    ("Éléments examinés : loi de finances 2018. Constat : aucune disposition n'impose la publication en ligne des "
     "dépenses. Recommandation : modifier le décret.", "fr"),
    ("Evidencia revisada: Ley de Presupuesto 2018. Hallazgo: no existe una norma sobre la publicación del gasto en "
     "línea. Recomendación: reformar el reglamento.", "es"),
])
def test_the_finding_decides_not_the_evidence_reviewed(text, lang):
    r = read(text, 15, lang)
    assert r.answer == "no", (text, r)


@pytest.mark.parametrize("text,lang", [
    ("Finding: no open data policy exists. Recommendation: adopt an Open Data Policy and publish it on the "
     "portal.", "en"),
    ("Gap identified: no open data portal. It is recommended that the Ministry launch a national open data "
     "portal.", "en"),
    ("Constat : aucune politique de données ouvertes. Recommandation : adopter une politique de données ouvertes.",
     "fr"),
    ("Hallazgo: no existe una política de datos abiertos. Se recomienda adoptar una política de datos abiertos.",
     "es"),
])
def test_a_recommendation_never_affirms(text, lang):
    r = read(text, 17, lang)
    assert r.answer == "no", (text, r)


@pytest.mark.parametrize("text,lang", [
    ("Finding: The Data Protection Act No. 3 of 2021 is in force. Gap identified: the Office of the Commissioner is "
     "not yet fully operational. Recommendation: fast-track recruitment.", "en"),
    ("Finding: The e-Government Master Plan is in force, adopted by Cabinet in 2017. Gap identified: its "
     "implementation plan expired in 2021 and a successor has not been approved.", "en"),
    ("Constat : la loi n° 3 de 2021 sur la protection des données est en vigueur. Lacune identifiée : l'autorité de "
     "contrôle n'est pas encore opérationnelle.", "fr"),
    ("Hallazgo: la Ley 3 de 2021 de protección de datos está vigente. Brecha identificada: la autoridad de control "
     "todavía no está operativa.", "es"),
])
def test_a_gap_beside_a_finding_does_not_undo_it(text, lang):
    r = read(text, 10, lang)
    assert r.answer == "yes", (text, r)


def test_a_gap_alone_decides():
    assert read("Gap identified: no dedicated e-participation platform exists. Recommendation: establish one.", 2,
                item="e_participation").answer == "no"


def test_report_sections():
    assert report_findings("Evidence reviewed: Act No. 1 of 2018. Finding: the Act is in force. "
                           "Recommendation: amend it.") == "the Act is in force."
    assert report_findings("Evidence: none found.") == "none found."   # no finding beside it: the evidence answers
    assert report_findings("The portal is live since 2019.") is None


# --- a requirement denied of what was asked -------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("The Act requires the publication of the annual financial report, but it does not require publication in "
     "digital form.", "en"),
    ("Finding: the Act requires the publication of the annual report but does not require publication in digital "
     "form; in practice the Ministry posts budget documents online.", "en"),
    ("The Budget Act requires the annual accounts to be published, but it does not require digital publication.",
     "en"),
    ("La ley exige la publicación del informe anual, pero no exige su publicación en formato digital.", "es"),
])
def test_a_requirement_denied_of_the_asked_thing_is_a_denial(text, lang):
    r = read(text, 15, lang)
    assert (r.answer, r.flag) == ("no", FLAG_TURNED), (text, r)


def test_a_burden_lifted_stays_yes():
    r = read("The e-services portal is live since 2019, and citizens are not required to publish their birth "
             "certificate.", 15)
    assert r.answer == "yes"


# --- an answer opening in part ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,q", [
    ("Partially addressed through community information centres in 46 of 116 districts; no measures targeted at "
     "women or persons with disabilities were identified.", "en", 35),
    ("Partly covered by the Universal Access Fund, which finances towers in under-served areas.", "en", 33),
    ("Partiellement couvert par les centres communautaires dans 46 districts sur 116.", "fr", 35),
    ("Parcialmente atendido mediante centros comunitarios en 46 de 116 distritos.", "es", 35),
])
def test_an_answer_opening_in_part_is_a_mixed_yes(text, lang, q):
    r = read(text, q, lang)
    assert (r.answer, r.flag) == ("yes", FLAG_MIXED), (text, r)


@pytest.mark.parametrize("text", [
    "Partially. The National Recovery Plan (2021) allocates a share of its funds to digital transformation.",
    "In part. Free Wi-Fi and supported access to government services are available in public libraries.",
])
def test_a_bare_partially_is_read_by_its_words(text):
    assert read(text, 8).flag != FLAG_MIXED
