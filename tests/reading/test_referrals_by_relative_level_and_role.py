"""Whose the matter is with a relative asking to contact the body; the speaker's keeping or level denied, others named;
what the answer does not list here; an answer naming only who leads or is responsible."""
import pytest

from loaders.formats.reading_polarity import read_answer

Q = "Does the national e-government strategy make specific reference to the use of new technologies?"
Q_STATS = "Does the Government monitor/collect usage statistics of e-government services?"
Q_SANDBOX = "Does the Government have any measure in policy experimentation and/or regulatory sandboxes?"
Q_LINKS = "Please provide links (Links) for portals providing specific services/features other"
Q_MEASURE = "Does the Government provide any specific e-participation measure(s) for women and other vulnerable groups?"
Q_CIO = "Does your country have a Chief Information Officer (CIO) or equivalent to manage its national e-government strategy?"


def read(lang, text, question=Q):
    return read_answer(text, lang, 2022, question)


WHOSE_THEN_CONTACT = [   # whose the matter is, then a relative clause asking to contact that body: a referral
    ("en", "Satellite broadband is a matter for the Telecom Regulator, which may be consulted."),
    ("en", "Drones and robotics are matters for the Civil Aviation Authority, which should be contacted for this question."),
    ("en", "Quantum computing falls under the Ministry of Science, which can be approached."),
    ("fr", "La robotique relève du Ministère de l'Industrie, lequel peut être contacté à ce sujet."),
    ("fr", "Les drones relèvent de l'Autorité de l'aviation civile, qui doit être consultée."),
    ("es", "La robótica es competencia del Ministerio de Industria, el cual puede ser consultado."),
    ("es", "Los drones son competencia de la Autoridad Aeronáutica, la cual debe ser contactada sobre esta pregunta."),
]


@pytest.mark.parametrize("lang,text", WHOSE_THEN_CONTACT)
def test_whose_then_relative_contact_is_a_referral(lang, text):
    r = read(lang, text)
    assert r.answer == "unknown" and r.flag


RELATIVE_COUNTER = [   # the relative names what the consultation is about, or is negated: no referral of the question
    ("en", "Robotics falls under the Ministry of Industry, which should be consulted on draft laws."),
    ("en", "Robotics falls under the Ministry of Industry, which should not be contacted."),
]


@pytest.mark.parametrize("lang,text", RELATIVE_COUNTER)
def test_relative_that_is_no_referral_is_not_declined(lang, text):
    assert read(lang, text).rule != "declined"


OTHERS_MAY_KEEP = [   # the speaker keeps none, another body may: the speaker answers for itself only
    ("en", "The Department does not track usage figures. The Revenue Authority may hold such data."),
    ("en", "The Agency does not compile statistics on use. The Tax Office (e-Filing) may keep records of its own "
           "service; kindly contact it directly."),
    ("fr", "Le Ministère ne collecte pas de statistiques d'utilisation. L'OBR pourrait en tenir pour ses propres "
           "systèmes."),
    ("es", "La Secretaría no recopila estadísticas de uso. La DGI podría llevar registros de sus propios sistemas."),
]


@pytest.mark.parametrize("lang,text", OTHERS_MAY_KEEP)
def test_own_keeping_denied_then_others_may_keep_is_unknown(lang, text):
    r = read(lang, text, Q_STATS)
    assert r.answer == "unknown" and r.flag


KEEPING_COUNTER = [   # alone, or beside another's plain statement or a thing's "may": the denial reads as before
    ("en", "The Department does not track usage figures."),
    ("en", "The Department does not track usage figures. The Revenue Authority keeps records of e-Tax use."),
    ("en", "The Department does not track usage figures. The portal may keep logs."),
]


@pytest.mark.parametrize("lang,text", KEEPING_COUNTER)
def test_keeping_denied_without_another_that_may_stays(lang, text):
    assert read(lang, text, Q_STATS).rule != "declined"


LEVEL_DENIED = [   # a denial at the speaker's level, another body's work heard of, then whom to ask
    ("en", "Not at ministry level. We understand the Central Bank has been piloting a sandbox for payments. The "
           "Central Bank should be contacted for details."),
    ("en", "Not at Directorate level. The Financial Services Authority may be consulted."),
    ("fr", "Pas au niveau du Ministère. Nous croyons savoir que la Banque centrale travaille sur un bac à sable "
           "réglementaire. La Banque centrale peut être consultée à ce sujet."),
    ("es", "No a nivel de esta Secretaría. Entendemos que el Banco Central trabaja en un espacio de pruebas "
           "regulatorio. El Banco Central puede ser consultado al respecto."),
]


@pytest.mark.parametrize("lang,text", LEVEL_DENIED)
def test_level_denial_then_elsewhere_is_unknown(lang, text):
    r = read(lang, text, Q_SANDBOX)
    assert r.answer == "unknown" and r.flag


def test_level_denial_alone_or_beside_a_plain_statement_stays():
    assert read("en", "Not at ministry level.", Q_SANDBOX).rule != "declined"
    r = read("en", "Not at ministry level. The Central Bank launched a regulatory sandbox in 2020. The Bank should be "
                   "contacted for details.", Q_SANDBOX)
    assert r.rule != "declined" and r.flag


NOT_LISTED_HERE = [   # left out of this answer, perhaps with whose it is: a decline, not a denial
    ("en", "Regional portals are not listed here."),
    ("en", "Municipal portals are not included here; this is a matter for each regional government."),
    ("fr", "Les portails régionaux et locaux ne sont pas énumérés ici ; il appartient à chaque région de fournir "
           "cette information."),
    ("es", "Los portales locales no se incluyen aquí."),
    ("es", "Los portales de las diputaciones no se detallan aquí; corresponde a cada diputación facilitar esa "
           "información."),
]


@pytest.mark.parametrize("lang,text", NOT_LISTED_HERE)
def test_not_listed_here_is_a_decline(lang, text):
    r = read(lang, text, Q_LINKS)
    assert r.answer == "unknown" and r.flag


NOT_LISTED_COUNTER = [   # the reason denies, or nothing says "here": read as before
    ("en", "Regional portals are not listed here because none exists."),
    ("en", "Regional portals are not listed."),
    ("en", "No regional portals are listed here."),
]


@pytest.mark.parametrize("lang,text", NOT_LISTED_COUNTER)
def test_not_listed_counter_cases_stay(lang, text):
    assert read(lang, text, Q_LINKS).rule != "declined"


ROLE_ONLY = [   # only who leads or is responsible, the thing asked never named: the yes is flagged
    ("en", "The National Women's Council is responsible for gathering the views of women on public policy."),
    ("en", "The Ministry of Planning takes the lead in coordinating the follow-up of the SDGs. For relevant "
           "information, please refer to the Ministry's annual reports."),
    ("fr", "Le Conseil national des femmes est chargé de recueillir les avis des femmes sur les politiques publiques."),
    ("es", "El Consejo Nacional de la Mujer es responsable de recoger las opiniones de las mujeres."),
]


@pytest.mark.parametrize("lang,text", ROLE_ONLY)
def test_role_only_is_flagged(lang, text):
    r = read(lang, text, Q_MEASURE)
    assert r.flag


def test_role_answers_a_question_asking_for_a_body():
    r = read("en", "The Digital Agency is responsible for managing the national e-government strategy.", Q_CIO)
    assert r.answer == "yes" and r.flag is None


def test_role_beside_something_operating_stays_unflagged():
    r = read("en", "The Ministry of Social Affairs is responsible for e-participation of women; the e-Participation "
                   "portal has a dedicated section, launched in 2019.", Q_MEASURE)
    assert r.answer == "yes" and r.flag is None
