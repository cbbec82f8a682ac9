"""A matter disowned or labelled someone else's, then sent on; a separate or express form denied, then pointed elsewhere."""
import pytest

from loaders.formats.reading_polarity import read_answer

Q = "Is there such a service or policy?"

REFERRALS = [   # whose it is, then the question to be addressed there; not the speaker's, then sent on: unknown
    ("es", "Corresponde a la Dirección General de Compras, a cuya Secretaría se ruega dirigir la pregunta."),
    ("en", "The portal falls under the Ministry of Finance, to whose Secretariat the question was forwarded."),
    ("fr", "Relève du Ministère du Budget, auquel la question a été transmise."),
    ("en", "Not from our budget. Please contact the Ministry of Finance."),
    ("fr", "Pas sur le budget de notre Direction. Veuillez consulter le Ministère de la Santé, qui a géré les ressources."),
    ("es", "No con cargo al presupuesto de esta Oficina. Favor remitirse al Ministerio de Salud, que gestionó los recursos."),
    ("en", "This is not with the Agency. Pilots are part of trade policy and belong to the Ministry of Economy; "
           "please contact it."),
    ("fr", "Cela n'est pas chez nous. Les bacs à sable relèvent de la politique d'innovation ; prière de contacter "
           "le Ministère de l'Économie."),
    ("es", "Esto no está en manos de esta Oficina. Los entornos de prueba son parte de la política de innovación; "
           "favor consultar con el Ministerio de Economía."),
]


@pytest.mark.parametrize("lang,text", REFERRALS)
def test_disowned_or_labelled_then_sent_on_is_unknown(lang, text):
    r = read_answer(text, lang, 2022, Q)
    assert r.answer == "unknown" and r.flag


WHOSE_THEN_NO_DATA = [   # whose the matter is, then only that no data is held: the yes is flagged
    ("en", "The survey of user satisfaction at the service centres is under the responsibility of the Ministry of "
           "Home Affairs. For the e-services, there is no data."),
    ("fr", "L'enquête de satisfaction relève de la compétence du Ministère de l'Intérieur. Aucune donnée n'est "
           "disponible pour les e-services."),
    ("es", "La encuesta de satisfacción es competencia del Ministerio del Interior. No hay datos para los servicios "
           "electrónicos."),
]


@pytest.mark.parametrize("lang,text", WHOSE_THEN_NO_DATA)
def test_whose_matter_then_no_data_is_flagged(lang, text):
    assert read_answer(text, lang, 2022, Q).flag


FORM_THEN_ELSEWHERE = [   # a separate or express form denied, then a pointer or the name taken up by its letters
    ("en", "There is no separate policy. See Q24 (pillar 3 of the strategy)."),
    ("fr", "Il n'y a pas de politique séparée. Voir réponse 12 (axe 2 du plan)."),
    ("es", "La Estrategia no menciona de forma expresa los Objetivos de Desarrollo Sostenible. Su vínculo con los ODS "
           "pasa por el Plan Nacional 2030."),
]


@pytest.mark.parametrize("lang,text", FORM_THEN_ELSEWHERE)
def test_form_denied_then_elsewhere_is_flagged(lang, text):
    r = read_answer(text, lang, 2022, "Is the strategy aligned with the SDGs?")
    assert r.answer == "no" and r.flag


KEPT = [   # counter-cases that keep their reading
    ("en", "The portal was launched by the Ministry of Finance, to whose Secretariat the question was forwarded.", "yes", False),
    ("en", "There is no policy. See Q24.", "no", False),
]


@pytest.mark.parametrize("lang,text,answer,flagged", KEPT)
def test_counter_cases_keep_their_reading(lang, text, answer, flagged):
    r = read_answer(text, lang, 2022, Q)
    assert r.answer == answer and bool(r.flag) == flagged


def test_no_data_portal_is_no_lack_of_data():
    """"There is no data portal" denies a service: no doubt of whose the matter is raised."""
    r = read_answer("The survey of user satisfaction is under the responsibility of the Ministry of Home Affairs. "
                    "There is no data portal.", "en", 2022, Q)
    assert r.flag != "only whose the matter is: is it there, or is this a referral?"
