"""Round twenty-four's last misreadings: a clause that only points to another answer, "whether …" as the matter not
tracked, a function exercised beside "no separate ministry", a referral in a relative clause on the body."""
import pytest

from loaders.formats.reading_located_elsewhere import located_in_answer
from loaders.formats.reading_polarity import read_answer
from loaders.formats.reading_words import tokens

Q23 = ("Does the national e-government strategy make specific reference to or is aligned with sub-national/local "
       "e-government development strategy? Please provide link and detail.")
Q5 = ("Please provide names and links of the government agencies/departments/ministries at the national level in "
      "charge of the following: Planning/development")
Q8 = ("Is there a specific post-COVID-19 digital strategy for recovery and allocation of public resources (e.g. for "
      "digital transformation, digital inclusion)? Please provide link and detail.")
COPULA = {"is", "are", "sont", "son"}


@pytest.mark.parametrize("clause", ["How we work together in practice is in Q4",
                                    "The arrangements are described under question 12",
                                    "Our coordination is explained in Q.4"])
def test_a_clause_that_only_points_to_another_answer_states_nothing(clause):
    assert located_in_answer(tokens(clause), COPULA)
    assert read_answer(clause + ".", "en", 2022, Q23).answer != "yes"


@pytest.mark.parametrize("clause", ["The Act is in force", "The portal launched in 2019 is operated by 14 agencies",
                                    "It is 4", "The strategy, see Q4, is the basis for local plans"])
def test_a_clause_with_words_of_its_own_after_the_copula_is_no_pointer(clause):
    assert not located_in_answer(tokens(clause), COPULA)


def test_the_candid_referral_reads_unknown_with_a_flag():
    r = read_answer("This sits with the municipalities. How we work together in practice is in Q4. Whether each of the "
                    "64 municipalities has a digital strategy of its own is not something we track – the Association "
                    "of Local Authorities would know better (https://www.samband.is.example/).", "en", 2022, Q23)
    assert (r.answer, r.flag is not None) == ("unknown", True)


@pytest.mark.parametrize("lang, text", [
    ("en", "Whether each municipality has a strategy is not something we track."),
    ("fr", "Si chaque commune dispose d'une stratégie n'est pas quelque chose que nous suivons."),
    ("es", "Si cada municipio tiene una estrategia no es algo que monitoreemos."),
])
def test_whether_the_matter_holds_is_not_tracked_a_decline(lang, text):
    r = read_answer(text, lang, 2022, Q23)
    assert (r.answer, r.flag is not None) == ("unknown", True)


def test_a_named_thing_not_tracked_stays_a_denial():
    assert read_answer("We do not track local strategies.", "en", 2022, Q23).answer == "no"


def test_a_function_exercised_beside_no_separate_ministry_is_yes_flagged():
    r = read_answer("The function of strategic planning is exercised by the State Chancellery, Directorate for Policy "
                    "Analysis (see point 3) – https://cancelaria.gov.md.example/; there is no separate ministry for "
                    "planning/development.", "en", 2022, Q5)
    assert (r.answer, r.flag is not None) == ("yes", True)


def test_no_separate_ministry_alone_stays_no():
    assert read_answer("There is no separate ministry for planning.", "en", 2022, Q5).answer == "no"


@pytest.mark.parametrize("lang, text", [
    ("en", "The recovery plans of the Sultanate, including the Economic Stimulus Plan announced in March 2021, fall "
           "within the competence of the Ministry of Economy and the Ministry of Finance, to which kindly refer."),
    ("es", "Los planes de recuperación son competencia del Ministerio de Economía, a los cuales favor remitirse."),
])
def test_a_referral_in_a_relative_clause_on_the_body_declines(lang, text):
    r = read_answer(text, lang, 2022, Q8)
    assert (r.answer, r.flag is not None) == ("unknown", True)


def test_a_relative_clause_saying_what_the_body_did_is_no_referral():
    r = read_answer("The recovery plans fall within the competence of the Ministry of Economy, which prepared the "
                    "Economic Recovery Plan 2021.", "en", 2022, Q8)
    assert r.answer != "unknown"


def test_a_referral_first_then_more_words_flags_whatever_decided():
    r = read_answer("The recovery plans of the Sultanate, including the Economic Stimulus Plan announced in March 2021, "
                    "fall within the competence of the Ministry of Economy and the Ministry of Finance, to which kindly "
                    "refer. It is worth mentioning that the National Digital Economy Programme (see Q19) was approved "
                    "by the Council of Ministers in 2021.", "en", 2022, Q8)
    assert r.answer == "unknown" or r.flag is not None


Q16 = "Is there any legislation, law or regulation on data sharing/exchange/interoperability across government agencies?"


@pytest.mark.parametrize("lang, text", [
    ("en", "The Regulation shall enter into force on 1 September 2022."),
    ("fr", "Le Règlement entrera en vigueur le 1er septembre 2022."),
    ("es", "El Reglamento entrará en vigor el 1 de septiembre de 2022."),
])
def test_a_start_still_ahead_in_the_survey_year_is_no(lang, text):
    assert read_answer(text, lang, 2022, Q16).answer == "no"


@pytest.mark.parametrize("text", ["The Regulation entered into force on 1 March 2022.",
                                  "The Regulation has been in force since 1 September 2020."])
def test_a_start_already_past_stays_in_force(text):
    assert read_answer(text, "en", 2022, Q16).answer == "yes"


def test_work_under_protocols_beside_a_regulation_starting_later_is_flagged():
    r = read_answer("Data sharing between institutions is currently carried out on the basis of protocols. The "
                    "Regulation on Data Sharing was published on 25 February 2022 and shall enter into force on 1 "
                    "September 2022.", "en", 2022, Q16)
    assert r.answer == "no" or r.flag is not None


Q29 = ("Does the national e-government strategy/policy (or equivalent) address the use of the following emerging "
       "technologies in the public sector? 5G")


def test_only_whose_the_matter_is_is_flagged():
    r = read_answer("The 5G works are within the competence of the Ministry of Transport and Infrastructure and BTK.",
                    "en", 2022, Q29)
    assert r.answer == "unknown" or r.flag is not None


def test_a_text_that_covers_the_matter_raises_no_doubt():
    r = read_answer("5G falls under the Electronic Communications Law, in force since 2008.", "en", 2022, Q29)
    assert (r.answer, r.flag) == ("yes", None)
