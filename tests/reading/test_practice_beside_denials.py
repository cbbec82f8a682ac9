"""What is done now beside a denial: a separate form denied then the matter done under a named text; a finished
text and a draft beside one followed at present; related facts, then a closing denial of what was asked."""
import pytest

from loaders.formats.reading_polarity import read_answer

Q_PART = "Is there a national e-participation policy/strategy or similar?"
Q_STRATEGY = "Is there a national e-government strategy or equivalent?"
Q_SDG = ("Is the national e-government strategy guided by or aligned with the Sustainable Development Goals (SDGs)? "
         "Please provide link and detail.")

DONE_UNDER_TEXT = [   # a separate form denied, then the matter done now under a named text: the no is flagged
    ("en", "A dedicated consultation platform has not been set up. Pursuant to the Act on Public Hearings, draft bylaws are "
           "posted for comment on the websites of the municipalities."),
    ("en", "A separate policy on open participation has not been approved. Public involvement in the drafting of "
           "regulations is governed by the Law on Local Self-Government."),
    ("fr", "Une plateforme distincte de participation n'a pas été créée. Conformément à la loi n° 2018-12, les projets "
           "de décrets sont publiés pour observations sur le site du Ministère."),
    ("fr", "Aucune politique spécifique de participation n'a été adoptée. La consultation du public dans le processus "
           "d'élaboration des textes est régie par la loi sur l'administration territoriale."),
    ("es", "No se ha creado un portal específico de participación. De conformidad con la Ley 32 de 2015, los "
           "anteproyectos se publican para comentarios en el sitio del Ministerio."),
    ("es", "No se ha adoptado una estrategia específica de participación. La consulta ciudadana en el proceso de "
           "elaboración de los reglamentos se rige por la Ley de Procedimiento Administrativo."),
]


@pytest.mark.parametrize("lang,text", DONE_UNDER_TEXT)
def test_separate_form_denied_then_done_under_a_text_is_flagged(lang, text):
    r = read_answer(text, lang, 2022, Q_PART)
    assert r.answer in ("no", "yes") and r.flag, r


PLAIN_DENIALS = [   # counter-cases: the thing itself denied, or the sequel still to come: a clear no
    ("en", "We have not adopted an e-participation strategy. The ministry plans to draft one in 2024."),
    ("en", "A separate e-participation strategy has not been adopted. Under the Law on Planning, a strategy will be "
           "prepared next year."),
    ("fr", "Aucune stratégie de participation n'a été adoptée."),
    ("es", "No se ha adoptado una estrategia de participación electrónica."),
]


@pytest.mark.parametrize("lang,text", PLAIN_DENIALS)
def test_plain_or_future_denial_stays_a_clear_no(lang, text):
    r = read_answer(text, lang, 2022, Q_PART)
    assert r.answer == "no" and r.flag is None, r


FOLLOWED_NOW = [   # a finished strategy, a text followed at present, then a draft successor: yes, flagged
    ("en", "The Digital Government Strategy 2015-2020 was approved by Decree in 2015. Its implementation has been "
           "completed. Currently, the work on e-government is carried out in accordance with the National Digital "
           "Agenda approved by the Cabinet in 2019. A new draft strategy has been prepared and submitted to the Cabinet."),
    ("fr", "La Stratégie numérique 2014-2019 a été adoptée par décret en 2014. Sa mise en œuvre est achevée. "
           "Actuellement, l'action publique en la matière est menée conformément au Plan national de développement "
           "adopté en 2019. Un projet de nouvelle stratégie a été élaboré et transmis au Gouvernement."),
    ("es", "La Estrategia de Gobierno Digital 2014-2019 fue aprobada por decreto en 2014. Su ejecución ha concluido. "
           "Actualmente, la labor de gobierno digital se realiza de conformidad con el Plan Nacional de Desarrollo "
           "aprobado en 2019. Un proyecto de nueva estrategia ha sido preparado y remitido al Consejo de Ministros."),
]


@pytest.mark.parametrize("lang,text", FOLLOWED_NOW)
def test_text_followed_now_beside_finished_and_draft_is_flagged(lang, text):
    r = read_answer(text, lang, 2022, Q_STRATEGY)
    assert r.answer in ("yes", "no") and r.flag, r


def test_finished_then_draft_without_a_text_followed_now_stays_no():
    # counter-case: nothing said to be followed at present, only the successor being prepared
    r = read_answer("The Digital Government Strategy 2015-2020 was approved in 2015. Its implementation has been "
                    "completed. A new draft strategy has been prepared and submitted to the Cabinet.", "en", 2022,
                    Q_STRATEGY)
    assert r.answer == "no", r


CLOSING_DENIALS = [   # related facts affirmed, then the last sentence denies the thing asked: the yes is flagged
    "The SDG follow-up is led by the Sustainable Development Commission established by law in 2017. The national "
    "plan was prepared with the SDG targets in view. The e-government strategy itself is not formally aligned "
    "with the SDGs.",
    "Monitoring of the Goals is carried out by the Statistics Office under the 2018 Statistics Act. The alignment "
    "of the digital strategy with the Sustainable Development Goals has not been formalised.",
]


@pytest.mark.parametrize("text", CLOSING_DENIALS)
def test_closing_denial_of_what_was_asked_flags_the_yes(text):
    r = read_answer(text, "en", 2022, Q_SDG)
    assert r.flag, r


CLOSING_OTHER = [   # counter-cases: a closing denial of something else, or after a written yes: left as it was
    "The e-government strategy is aligned with the SDGs through its pillar on inclusion. "
    "The portal does not offer online payments.",
    "Yes, the strategy adopted in 2020 is aligned with the SDGs. Direct alignment of every municipal plan with the "
    "SDGs is not required.",
]


@pytest.mark.parametrize("text", CLOSING_OTHER)
def test_closing_denial_of_another_thing_leaves_the_yes(text):
    r = read_answer(text, "en", 2022, Q_SDG)
    assert r.answer == "yes" and r.flag is None, r
