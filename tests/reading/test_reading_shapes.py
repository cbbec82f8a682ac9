"""Shapes of long English answers that the "never guess" reader must place: history and plans beside a present
measure, a measure adopted only in part, pointers inside a sentence, relatives about another thing. Each rule
is shown in several wordings written for this file (none taken from a held-out response)."""
from __future__ import annotations

import pytest

from loaders.formats import reading_polarity as polarity
from loaders.formats.reading_clauses import FLAG_MIXED, FLAG_OTHERWISE
from loaders.formats.reading_words import sentences

LAW_Q = "Is there any legislation, law or regulation on data protection?"
STRATEGY_Q = ("Does the national e-government strategy make specific reference to the use of new/emerging "
              "technologies such as artificial intelligence (AI)?")


def read(text: str, question: str = LAW_Q):
    return polarity.read_answer(text, "en", 2022, question)


def kind(r) -> str:
    return (r.evidence or "").split(":", 1)[0]


# --- a participle that points elsewhere in the document is no step awaited --------------------------------
@pytest.mark.parametrize("text", [
    "The payments module belongs to the single portal referred to in Question 1.",
    "Licences are issued through the one-stop shop mentioned above.",
    "The agency described earlier runs the registry referred to under Q4.",
    "Hosted by the National Data Centre referred to above.",
])
def test_a_thing_referred_to_elsewhere_in_the_response_is_not_awaiting_anything(text):
    r = read(text)
    assert r.answer == "yes" and not kind(r).startswith("status"), r


@pytest.mark.parametrize("text", [
    "The bill was referred to the Standing Committee on Justice.",
    "The draft regulation has been sent to the Cabinet Office for approval.",
    "Our proposal was submitted to Parliament in March.",
])
def test_a_text_referred_or_sent_to_a_body_still_waits(text):
    assert read(text).answer == "no"


# --- a relative after a full main clause describes its object, not the asked thing -------------------------
@pytest.mark.parametrize("text", [
    "Pillar 4 of the strategy commits the ministry to an AI roadmap, which is still being drafted.",
    "Chapter 3 sets targets for machine learning in health, which a task force is preparing.",
    "The strategy names AI as a priority technology, which a separate policy under preparation will detail.",
])
def test_a_status_in_a_relative_about_the_object_does_not_deny_what_the_strategy_says(text):
    assert read(text, STRATEGY_Q).answer == "yes"


@pytest.mark.parametrize("text", [
    "A bill, which was tabled in 2021, is still before Parliament.",
    "The draft strategy, which covers AI, awaits Cabinet approval.",
])
def test_a_relative_inside_the_subject_leaves_the_status_of_the_subject_deciding(text):
    assert read(text, STRATEGY_Q).answer == "no"


# --- a main clause after a subordinate clause left without its comma ---------------------------------------
@pytest.mark.parametrize("text", [
    "Since the trial platform closed there has been no dedicated portal for consultations.",
    "Because the funding ended in 2019 there is no longer any helpdesk for this.",
    "After the consultant left we have not had a foresight unit.",
])
def test_a_denial_after_a_subordinate_clause_without_a_comma_is_the_main_clause(text):
    assert read(text).answer == "no"


# --- "is to be done when …": a plan on a condition ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The matter is to be taken up when the new strategy is drafted.",
    "Open data rules are to be issued once the Data Office has been set up.",
    "This topic is to be regulated after the election.",
])
def test_a_measure_still_to_be_made_on_a_condition_is_a_plan(text):
    r = read(text)
    assert r.answer == "no" and kind(r) == "status planned", r


@pytest.mark.parametrize("text", [
    "Tenders are to be submitted online through the e-procurement portal.",
    "Requests are to be answered within 20 days under the Access to Information Act.",
])
def test_an_obligation_in_force_worded_is_to_be_stays_in_force(text):
    assert read(text).answer == "yes"


# --- a pointer clause names nothing: what follows it answers -----------------------------------------------
@pytest.mark.parametrize("text, answer", [
    ("Please refer to our reply to Question 2: no platform has existed since the pilot stopped.", "no"),
    ("As explained under Q5: the registry has been operational since 2019.", "yes"),
    ("See the answer to question 12 above; a bill is being prepared by the Attorney General.", "no"),
])
def test_a_pointer_followed_by_words_of_its_own_is_read_from_those_words(text, answer):
    assert read(text).answer == answer


# --- "rather than published": done another way than the act asked about ------------------------------------
PUBLISH_Q = "Does the Government publish the outcomes of public consultations online?"


@pytest.mark.parametrize("text", [
    "Summaries are e-mailed to participants rather than posted on the portal.",
    "Minutes are kept in the registry and shown on request, instead of being published.",
    "Each report is filed with the Clerk rather than released proactively.",
])
def test_what_is_done_instead_of_the_asked_act_is_handled_otherwise(text):
    r = read(text, PUBLISH_Q)
    assert r.answer == "no" and r.flag == FLAG_OTHERWISE, r


@pytest.mark.parametrize("text", [
    "Outcome reports are posted online rather than on paper.",
    "Outcomes are published on the portal instead of in the Gazette.",
])
def test_a_rejected_channel_after_rather_than_does_not_deny(text):
    assert read(text, PUBLISH_Q).answer == "yes"


# --- "has delayed the projects": the subject put something off ---------------------------------------------
@pytest.mark.parametrize("text, answer", [
    ("The pandemic has delayed some of the reforms listed above, and budgets were cut.", "yes"),
    ("Floods in 2021 had postponed the census, which was completed in 2022.", "yes"),
    ("The launch of the portal has been postponed.", "no"),
    ("Roll-out was deferred for lack of funds.", "no"),
])
def test_a_put_off_verb_is_a_status_only_of_what_was_put_off(text, answer):
    # (An existence question: to "Please provide any other information" any status is information given, yes.)
    assert read(text, "Is there a national e-government strategy or equivalent?").answer == answer


# --- history: what ended, then what took over ----------------------------------------------------------------
STRATEGY_EXISTS_Q = "Is there a national e-government strategy or equivalent?"


@pytest.mark.parametrize("text", [
    "The first ICT plan expired in 2015. The Digital Transformation Agenda 2020-2024 was adopted by Cabinet in "
    "2020 and now guides every ministry.",
    "Our 2010 strategy was repealed with the reform of 2016. Since 2018 the Smart Nation Plan has been in force.",
])
def test_an_ended_measure_then_one_in_force_now_is_yes(text):
    r = read(text, STRATEGY_EXISTS_Q)
    assert r.answer == "yes" and not r.flag, r


@pytest.mark.parametrize("text", [
    "The e-Government Master Plan lapsed when donor funding ended in 2013; for some years nothing replaced it. "
    "A new Digital Policy, approved in 2021, is in force.",
    "The 2005 ICT Policy expired in 2010. The Digital Agenda was adopted by Parliament in 2019.",
])
def test_an_ended_measure_then_one_in_force_without_a_word_of_now_is_yes_and_flagged(text):
    r = read(text, STRATEGY_EXISTS_Q)
    assert r.answer == "yes" and r.flag, r


@pytest.mark.parametrize("text", [
    "The 2012 strategy expired in 2017. A successor is being drafted by the Ministry.",
    "The national plan was discontinued in 2019. Work on a new one will start next year.",
])
def test_an_ended_measure_with_only_a_plan_after_it_stays_no(text):
    assert read(text, STRATEGY_EXISTS_Q).answer == "no"


# --- a past event not kept up since ---------------------------------------------------------------------------
SURVEY_Q = "Does the Government measure user satisfaction of e-government services?"


@pytest.mark.parametrize("text", [
    "A user survey was run in 2016 with donor support. It has not been repeated since.",
    "Satisfaction was last measured in 2015 by the statistics office. No survey has been held since, and the "
    "online rating tool is not used at present.",
    "A one-off foresight workshop was held in 2019. Such methods have not been used since then.",
])
def test_a_dated_past_event_then_a_denial_of_the_time_since_is_no(text):
    assert read(text, SURVEY_Q).answer == "no"


@pytest.mark.parametrize("text", [
    "The Data Protection Act was adopted in 2018. It does not apply to courts.",
    "A satisfaction survey was carried out in 2021. It covers 40 services.",
    "The survey has been held every year since 2015. It was not held in 2020 because of the pandemic.",
])
def test_a_past_event_without_a_denial_of_the_time_since_stays_yes(text):
    assert read(text, SURVEY_Q).answer == "yes"


# --- a measure in force only in part --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The interoperability standard is voluntary and is applied by a few ministries only.",
    "Adopted by certain agencies only, the data-sharing guideline has no legal force.",
    "The framework, published in 2015, is optional for local governments.",
    "Agencies may follow the code of practice on a voluntary basis.",
])
def test_a_voluntary_or_partly_adopted_measure_is_never_an_unflagged_yes(text):
    r = read(text, "Is there any legislation, law or regulation on data sharing across government agencies?")
    assert r.answer != "yes" or r.flag, r


# --- a specific thing answered by the regular one -------------------------------------------------------------
BUDGET_Q = "Is there any specific budget allocated for new e-government measures in response to the pandemic?"


@pytest.mark.parametrize("text", [
    "The new online services were paid for from the regular budget of the Digital Agency.",
    "Costs were absorbed within existing ministry allocations.",
    "Funding came out of the ordinary capital programme of the Ministry of Finance.",
])
def test_a_specific_budget_met_from_the_regular_one_is_no_flagged(text):
    r = read(text, BUDGET_Q)
    assert r.answer == "no" and r.flag == FLAG_OTHERWISE, r


@pytest.mark.parametrize("text", [
    "A dedicated fund of USD 5 million was approved in 2020 for the recovery e-services.",
    "In general, a special allocation of 2 billion was voted in the 2021 Budget.",
])
def test_a_specific_budget_named_stays_yes(text):
    assert read(text, BUDGET_Q).answer == "yes"


# --- a draft, then an older instrument still in force: a doubt on the no --------------------------------------
@pytest.mark.parametrize("text", [
    "A Data Protection Bill is before Parliament. Until it passes, the Privacy Act 1998 remains in force.",
    "A revised cyber law is being drafted. Meanwhile the Computer Misuse Act of 2005 applies.",
])
def test_a_draft_then_an_older_law_in_force_is_flagged(text):
    assert read(text).flag, read(text)


# --- a status added on after a comma beside what operates -----------------------------------------------------
@pytest.mark.parametrize("text", [
    "The innovation sandbox opened in 2020 under the Fintech Act, and three start-ups are piloting new "
    "payment tools in it.",
    "The e-invoicing platform has been operational since 2019, and a mobile version is being developed.",
])
def test_a_status_after_a_comma_beside_what_operates_is_yes_flagged(text):
    r = read(text, "Does the Government have any regulatory sandbox?")
    assert r.answer == "yes" and r.flag == FLAG_MIXED, r


def test_a_url_in_brackets_ends_its_sentence():
    assert sentences("The sandbox runs (https://x.example/a). No other one exists.") == [
        "The sandbox runs (https://x.example/a).", "No other one exists."]


# --- "outside the plan": not in what was asked about ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Outside the scope of the Digital Agenda.",
    "Quantum computing: studied by the university; outside the strategy.",
    "This area is beyond the remit of the current strategy.",
    "Out of scope of the national plan at present.",
])
def test_a_topic_placed_outside_what_was_asked_is_no(text):
    assert read(text, STRATEGY_Q).answer == "no"


@pytest.mark.parametrize("text", [
    "Residents outside the capital use the same AI chatbot, set out in Pillar 2.",
    "Beyond the portal, the strategy funds AI pilots in every ministry under Pillar 3.",
])
def test_outside_inside_a_sentence_about_something_else_does_not_deny(text):
    assert read(text, STRATEGY_Q).answer == "yes"


# --- a practice that names no law, then the status of the law itself ------------------------------------------
@pytest.mark.parametrize("text", [
    "Budgets are posted online by the Treasury as a matter of practice. A legal obligation is under discussion "
    "in the Finance Bill.",
    "Done by administrative circular of the Accountant General. A statutory duty is being drafted.",
])
def test_on_a_law_question_the_status_of_the_law_after_a_practice_decides(text):
    r = read(text, "Is there any legislation, law or regulation on digitally publishing government expenditure?")
    assert r.answer == "no", r


def test_a_law_named_in_force_then_a_draft_amendment_stays_yes():
    r = read("The Public Finance Act 2015 requires online publication. An amending bill is being drafted.",
             "Is there any legislation, law or regulation on digitally publishing government expenditure?")
    assert r.answer == "yes"


# --- information held elsewhere: declined, not denied ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Data on such services is not kept centrally.",
    "We do not have consolidated information on this for all ministries.",
    "Figures are not compiled at central level; each sector keeps its own.",
])
def test_information_not_held_centrally_declines_the_question(text):
    assert read(text, "Does the Government provide any specific e-services for persons with disabilities?").answer \
        == "unknown"


@pytest.mark.parametrize("text", [
    "No data is collected on user satisfaction.",
    "Satisfaction information is not gathered by any agency.",
])
def test_information_not_collected_at_all_is_an_absence(text):
    assert read(text, SURVEY_Q).answer == "no"


# --- a first clause that only names the item, then its status ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "Digital twins – at concept stage only.",
    "e-Voting; still under study by the Electoral Commission.",
    "TBD – the framework is being drafted.",
    "Quantum – WIP, not in the current strategy.",
])
def test_a_named_item_then_a_status_short_of_in_force_is_no(text):
    assert read(text, STRATEGY_Q).answer == "no"


@pytest.mark.parametrize("text", [
    "Mobile vouchers for low-income families; not restricted to any province.",
    "Free public Wi-Fi in libraries – not confined to the capital.",
])
def test_a_negated_restriction_widens_what_is_named(text):
    assert read(text, "Does the Government provide any measures for vulnerable groups?").answer != "no"


@pytest.mark.parametrize("text", ["Work in progress.", "Licensing app in UAT with two ministries.",
                                  "Status – WIP; the module is under testing."])
def test_work_in_progress_and_acceptance_testing_are_not_a_service_in_use(text):
    assert read(text, "Does the Government provide any e-services for older persons?").answer == "no"


# --- parts of a text in force, the rest awaited: mixed ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Electronic Transactions Act 2019.\n- Parts 1-3 in force;\n- Part 4 (e-signatures) – awaiting commencement.",
    "Cybercrime Act, 2020 –\n- Sections 1-20 proclaimed;\n- Sections 21-30 pending.",
])
def test_some_parts_in_force_and_others_awaited_is_yes_flagged_mixed(text):
    r = read(text)
    assert r.answer == "yes" and r.flag == FLAG_MIXED, r


def test_the_whole_text_awaited_after_it_was_named_stays_no():
    assert read("Electronic Transactions Act 2019.\n- Awaiting commencement.").answer == "no"


# --- a status word that opens a programme's name ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "In line with Vision 2040, pillar 2.",
    "Aligned with Agenda 2063 of the African Union.",
    "Consistent with Concept 2030 (long-term development plan).",
])
def test_a_capitalised_status_noun_before_a_year_is_a_name(text):
    assert read(text, "Is the national e-government strategy aligned to any regional or global goals?").answer == "yes"


# --- compounds: "Cabinet-approved" ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, answer", [
    ("Digital Economy Roadmap (2021); Cabinet-approved.", "yes"),
    ("National Data Policy – parliament-adopted, 2020.", "yes"),
    ("A non-binding guideline on data exchange.", "unknown"),
])
def test_a_compound_ending_in_a_status_participle_is_read_by_its_participle(text, answer):
    assert read(text, STRATEGY_EXISTS_Q).answer == answer


# --- "not systematic": done, but not always ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Not systematic; a few ministries post summaries of comments on their own sites.",
    "Feedback reports are not published consistently, some agencies post them ad hoc.",
])
def test_not_systematic_then_some_done_another_way_is_never_an_unflagged_answer(text):
    r = read(text, PUBLISH_Q)
    assert r.flag or r.answer == "yes", r


# --- an end date before the edition -----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Digital plan in force until 2020; a successor is under preparation.",
    "The e-government programme ran until 2019.",
    "Valid till 2018 only.",
])
def test_a_measure_that_ran_until_a_year_before_the_edition_is_no_longer_in_force(text):
    r = read(text, STRATEGY_EXISTS_Q)
    assert r.answer == "no", r


def test_an_end_date_after_the_edition_is_a_measure_in_force():
    assert read("The Digital Plan is in force until 2025.", STRATEGY_EXISTS_Q).answer == "yes"


# --- "pending the adoption of …" after a main verb: until ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The ICT Policy of 2016 continues to guide the work pending the adoption of a dedicated strategy.",
    "The 2014 Guidelines remain applicable pending a formal strategy.",
])
def test_pending_after_a_main_verb_says_until_and_leaves_the_measure_in_place(text):
    assert read(text, STRATEGY_EXISTS_Q).answer == "yes"


@pytest.mark.parametrize("text", ["The strategy is pending the approval of Cabinet.", "Strategy pending adoption."])
def test_pending_said_of_the_subject_is_a_status(text):
    assert read(text, STRATEGY_EXISTS_Q).answer == "no"


# --- a specific thing denied, something else affirmed in the same sentence ----------------------------------------
@pytest.mark.parametrize("text", [
    "No stand-alone strategy; e-government is set out in Chapter 5 of the National Development Plan.",
    "No separate e-government plan exists; the Public Sector Reform Programme covers it and is in force.",
])
def test_a_specific_denial_beside_an_affirmation_is_flagged(text):
    r = read(text, STRATEGY_EXISTS_Q)
    assert r.flag, r


# --- a vacant post ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The post of Government CIO was created in 2017 but has been vacant since 2020.",
    "CIO position: vacant.",
    "The GCIO post remains unfilled after the 2021 restructuring.",
])
def test_a_vacant_post_is_never_an_unflagged_answer(text):
    r = read(text, "Is there a Government Chief Information Officer (GCIO) or equivalent?")
    assert r.flag and r.answer != "yes" or r.answer == "no" and r.flag, r


# --- a past event in the simple past -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The ministry ran an online hearing in 2017. No online consultation has been held since then.",
    "The agency held a user survey in 2016; it has not been repeated.",
])
def test_a_simple_past_event_then_nothing_since_is_no(text):
    assert read(text, SURVEY_Q).answer == "no"


# --- informal only -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["Only informally, through letters to the ministry.",
                                  "Informal arrangements between two agencies."])
def test_an_informal_arrangement_is_never_an_unflagged_yes(text):
    r = read(text, SURVEY_Q)
    assert r.answer != "yes" or r.flag, r


# --- a specific budget met within the regular one, however far the preposition ---------------------------------------
def test_a_specific_budget_reallocated_within_the_regular_budget_is_handled_otherwise():
    r = read("Funds were reallocated within the ICT Ministry's regular budget.", BUDGET_Q)
    assert r.answer == "no" and r.flag == FLAG_OTHERWISE


# --- narrative history: the lead sentence tells what happened, later sentences say how it stands -----------------
FORESIGHT_Q = "Does the Government use any foresight tools, such as scenario planning?"


@pytest.mark.parametrize("text, question", [
    ("Our approach was laid down in the ICT Action Plan 2009-2014. Since that plan ended, projects have been run "
     "ministry by ministry and a new plan has been postponed twice.", STRATEGY_EXISTS_Q),
    ("Between 2014 and 2018 the ministry ran the e-Voice platform. The platform was shut in 2018 and since then "
     "comments have been taken by post.", PORTAL_Q := "Does the Government provide e-participation services online?"),
    ("The Statistics Office used scenario methods while drafting Agenda 2050 in 2015-2016. Foresight is not "
     "part of digital planning at present.", FORESIGHT_Q),
])
def test_a_lead_sentence_of_history_then_how_it_stands_since_is_no(text, question):
    assert read(text, question).answer == "no"


@pytest.mark.parametrize("text", [
    "A user survey was commissioned in 2019. A follow-up planned for 2021 was cancelled.",
    "Satisfaction was surveyed in 2018. A second survey is planned.",
])
def test_a_past_event_then_only_a_plan_or_a_denial_without_a_time_is_flagged(text):
    r = read(text, SURVEY_Q)
    assert r.flag, r


@pytest.mark.parametrize("text, question", [
    ("The open data portal, launched in 2016, now hosts 900 datasets.", STRATEGY_EXISTS_Q),
    ("Workshops are held every year by the Strategy Unit, the latest in 2021.", FORESIGHT_Q),
    ("Citizens have commented on draft laws online since 2016. In 2021 the service was extended to "
     "municipalities.", "Does the Government provide e-participation services online?"),
])
def test_a_present_or_perfect_lead_is_not_history(text, question):
    r = read(text, question)
    assert r.answer == "yes" and not r.flag, r


# --- a verbless "X to be added": a plan ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["Digital signature provisions to be introduced by amendment.",
                                  "Online module to be developed under Phase II."])
def test_a_verbless_thing_still_to_be_done_is_a_plan(text):
    assert read(text).answer == "no"


def test_a_thing_to_be_done_inside_a_full_sentence_is_not_a_plan():
    assert read("Documents to be submitted are listed on the portal.").answer == "yes"


def test_a_decommissioned_portal_is_no_longer_in_operation():
    assert read("Decommissioned in 2021; replacement under procurement.",
                "Does the Government have an open government data portal?").answer == "no"
