"""Whether a written answer says yes, no or unknown, from what its negations govern (the decision steps).

Entry point: `read_answer(text, lang="en", edition=None, question="") -> Reading(answer, flag, rule,
evidence)`. `lang` is the language the answer is written in; its cue tables are read by reading_words
(`supported_languages()` lists the languages with tables); any other language gives `unknown`, flagged
"answer in xx: not read". text.answer_language() is the hook through which reading_language decides an
answer's language.

A negation counts only in a main clause of the answer's first sentence: not in a relative, concessive or
conditional clause ("records that are not exempt must be released"), not in a fixed expression ("no later
than", "not only"), and not when it lifts a burden ("citizens are never asked again"). A leading explicit
"Yes"/"No" decides. A draft, bill or plan in the main clause is not a measure in force (`no`). Cue words are
data: data/reading/polarity_cues.csv. The modules below this one, each importing only those under it:
reading_words (cue tables, tokens, sentences), reading_evidence (what affirms or denies), reading_clauses
(clauses, negation, pending, the flags and Reading), reading_references, reading_history, reading_fields.
This module keeps the entry points and the decision pipeline (read, the steps in order, a sentence's clauses
weighed); the rule families it calls sit in modules of their own: reading_answer (the answer being read and the
evidence quoted), reading_cells, reading_transcripts, reading_reports, reading_declines (with reading_deferral:
referrals, not knowing), reading_typed_answers, reading_stances, reading_statuses, reading_parts,
reading_later_sentences, reading_footnotes (an answer carrying footnotes: its words and its notes read apart),
reading_updates (an update layered on an earlier answer), and the shapes read after round ten (B): reading_nominal,
reading_inner_contrast, reading_separate_texts, reading_restated, reading_participle_senses, reading_stand_ins,
reading_partial_verdicts. The rules that read part of an answer
again (a transcript's turns, a report's outlook, the words after a typed No) are handed `read`.
"""
from __future__ import annotations

from . import reading_abbreviated_statuses as abbreviated_statuses
from . import reading_contrast_after as contrast_after
from . import reading_denial_beside as denial_beside
from . import reading_drafts_for_comment as drafts_for_comment
from . import reading_evidence as evidence
from . import reading_federal_spread as federal_spread
from . import reading_foreign_words as foreign_words
from . import reading_history as history
from . import reading_link_awaited as link_awaited
from . import reading_names_listed as names_listed
from . import reading_passed_elsewhere as passed
from . import reading_references as references
from . import reading_successors as successors
from . import reading_updates as updates
from . import reading_weight as weight
from . import reading_works as works
from .reading_address_after import addressed
from .reading_amendment_pending import amendment_of_named
from .reading_answer import (
    WEAK_KINDS,
    Answer,
    Weighed,
    affirm_evidence,
    asked_stems,
    cite,
    contrasts,
    denial_evidence,
    points_back,
    specific_vs_general,
    stands_in,
    strongly_affirms,
)
from .reading_aside import aside_after, aside_status
from .reading_asked_denied_after import asked_denied_after
from .reading_asked_in_pending import asked_only_in_pending
from .reading_body_instead import body_named_instead
from .reading_cells import boolean_cell, cell_evidence
from .reading_clauses import (
    FLAG_BEING_WRITTEN,
    FLAG_CONTRADICTED,
    FLAG_HEDGED,
    FLAG_LATER_AFFIRMS,
    FLAG_MIXED,
    FLAG_NEGATION_IN_YES,
    FLAG_NOTHING,
    FLAG_OTHERWISE,
    FLAG_TURNED,
    FLAG_UNDONE,
    FLAG_VACANT,
    Clause,
    Reading,
    about,
    absence_opener,
    asks_specific,
    clauses,
    elaboration_at,
    mask_idioms,
    negated,
    own_subject,
    part_label,
    pending,
    report_findings,
    report_outlook,
    spoken_turns,
    strip_label,
)
from .reading_consent_granted import granted
from .reading_constitution_only import constitution_only
from .reading_covered_elsewhere import covered_by_named, covered_later, function_done_next, left_to_each_body
from .reading_creation_pending import creation_text_pending
from .reading_declines import (
    ASKED_STEM,
    declined,
    declined_after_nothing,
    expected,
    later_declines,
    whole_answer,
)
from .reading_dedicated import dedicated_text_pending
from .reading_dedicated_asked import asked_text_pending
from .reading_deferred_entry import undone_now
from .reading_done_under_text import done_under_text
from .reading_draft_content import FLAG_DRAFT_CONTENT, draft_content
from .reading_drafted_then_adopted import adopted_next
from .reading_emphatic_after import emphatic_after
from .reading_entry_words import application_suspended
from .reading_equivalent_named import equivalent_named
from .reading_example_after import example_after
from .reading_extended_after import extended_after
from .reading_fields import with_status_field
from .reading_first_to_come import first_to_come
from .reading_footnotes import footnoted
from .reading_form_addressed import form_denied_addressed
from .reading_form_then_elsewhere import elsewhere_after_form
from .reading_forms import form_denied, form_denied_thing_later, thing_in_other_form
from .reading_functions_done import (
    function_exercised,
    function_labelled_body,
    functions_exercised,
    unless_formal_form_coming,
)
from .reading_further_measure import further_measure  # FF: a further measure beside one at work
from .reading_general_for_specific import general_only
from .reading_implementation_reported import implementation_reported
from .reading_indirect_after_denial import indirect_after_form_denied
from .reading_inner_contrast import denied_after
from .reading_interim_after import interim_later
from .reading_item_denied_after import item_denied_after
from .reading_language import not_read
from .reading_later_sentences import (
    contradicted,
    done_another_way,
    form_denied_function_done,
    in_place_since_later,
    undone_after,
)
from .reading_legend import legend_code
from .reading_link_notes import body_named_site_noted
from .reading_listed_items import other_item_in_force
from .reading_moved_on import moved_on
from .reading_narrowed_denial import narrowed_unasked
from .reading_new_thing_denied import new_thing_denied_after
from .reading_nothing_done_under import nothing_done_under
from .reading_open_answers import bare_none
from .reading_own_denied_named import own_denied_then_named
from .reading_part_answers import part_answers
from .reading_parts import later_decides, other_part_in_force
from .reading_phases import phase_gap
from .reading_pilot_after import pilot_after
from .reading_pilot_asked import pilot_asked
from .reading_pilot_since import FLAG_PILOT_SINCE, pilot_since
from .reading_pilot_subject import pilot_subject
from .reading_plan_in_text import FLAG_PLAN_IN_TEXT, plan_in_text
from .reading_predates import predates
from .reading_project_of_name import FLAG_PROJECT_OF_NAME, project_of_name
from .reading_provided_then_work import provided_then_work
from .reading_published_inside import published_inside
from .reading_reports import outlook_decides, up_to_sign_off
from .reading_restated import specified_status
from .reading_stances import (
    courtesy,
    hedged_split,
    stance_parts,
    without_correction,
)
from .reading_stand_ins import acting_later, only_basis
from .reading_statuses import (
    commences_after,
    later_status,
    overrides,
    pending_text_later,
    status_beside,
    status_of_named,
    stronger_later,
)
from .reading_still_serving import still_serving
from .reading_thing_itself import status_of_itself
from .reading_transcripts import transcript
from .reading_trial_of_named import trial_of_named
from .reading_typed_answers import assented, awaits_adoption, consent_on_condition, typed_word
from .reading_typed_answers import explicit as explicit  # an entry point: text.py and the tests call polarity.explicit
from .reading_unasked import denies_unasked, evaluation_denied
from .reading_without_text import without_asked_text
from .reading_words import (
    cues,
    has_cue,
    language,
    sentences,
    subject,
    supported_languages,
    tokens,
    zero_token,
)


def read_answer(text: str, lang: str = "en", edition: int | None = None, question: str = "") -> Reading:
    """Read one written answer in its language: the entry point for every reader.

    `lang` is the ISO 639-1 code of the language the answer is written in (decided by the caller, e.g. by
    reading_language); its cue tables are data/reading/ for "en" and data/reading/<lang>/ otherwise.
    A language without tables is not guessed: `unknown`, flagged "answer in <lang>: not read".
    `edition` is the survey year (a status dated after it is not in place); `question` the question's
    wording (an absence counts only when it names what was asked)."""
    if lang not in supported_languages():
        flag, evidence = not_read(lang)  # "answer in Portuguese: not read", "language not read: 'pt'"
        return Reading("unknown", flag, "language not read", evidence)
    def plain(part: str) -> Reading:
        return weight.weigh(with_status_field(part, question, edition, read), part, question, edition)

    def whole(part: str) -> Reading:
        # Footnotes the layout attached ("Yes [footnote: … not yet filled.]"): the answer's words and its notes apart.
        noted = footnoted(part, question, edition, plain)
        return noted if noted is not None else plain(part)

    written, text = text, abbreviated_statuses.expand(text, lang)   # "AP de décret … en cours de val.": shorthand
    with language(lang):
        # "2020 text: … 2022 update: …": the update decides, the earlier text is history (reading_updates)
        reading = updates.read_layered(text, whole, lang) or whole(text)
    if text != written:   # the evidence quotes the answer as written, shorthand and all
        reading = Reading(reading.answer, reading.flag, reading.rule,
                          abbreviated_statuses.restore(reading.evidence, written, lang))
    # "Wala pa pong formal na … The GCIO position is created under …": decided past words not read (round thirteen J)
    return foreign_words.checked(text, reading) if lang == "en" else reading


def denies_in_part(detail: str) -> bool:
    """Does any main clause of the written answer deny or give a status short of in force ("Current position:
    published for first reading; not yet enacted")? Beside a ticked Yes that is a disagreement to review."""
    for sentence in sentences(strip_label(detail)):
        for cl in clauses(strip_label(sentence)):
            if cl.main and (negated(cl.toks) or pending(cl.toks, cl.names)):
                return True
    return False


def read(detail: str, topic: str = "", edition: int | None = None) -> Reading:
    """Decide a written answer (the tick is lost): yes, no or unknown, with a flag when doubtful, and the
    evidence that decided it. A `yes` needs affirming evidence; an answer that affirms nothing and denies
    nothing the reader can name is unknown, flagged "nothing affirms or denies".

    `topic` is the question's wording: an absence stated beside an affirmation counts only when it names
    something the question asks about. `edition` is the survey year (later dates are not in place)."""
    turns = spoken_turns(detail)
    if turns is not None:
        return transcript(turns, topic, edition, read)
    outlook = report_outlook(detail)
    if outlook is not None:
        decided = outlook_decides(outlook, topic, edition, read)
        if decided is not None:
            return decided
        detail = outlook[0]
    own = strip_label(report_findings(detail) or detail)
    text = boolean_cell(own)
    if not text:
        return Reading("unknown", None, "blank")
    token = evidence.COVERAGE.set(evidence.coverage_question(topic))
    taking_part = drafts_for_comment.PARTICIPATION.set(drafts_for_comment.participation_question(topic))
    try:
        sents = up_to_sign_off(sentences(text))
        ans = Answer(text, topic, edition, sents, clauses(sents[0]), part_label(detail))
        # part_answers: "(i) Yes - …. (ii), (iii) no.", a yes part of a question asked in parts (after round twenty-eight RR)
        # granted: "Approved for publication by the Permanent Secretary" on the consent question (round eighteen V)
        for step in (whole_answer, legend_code, typed_word, part_answers, assented, granted, declined, expected, _weighed_answer):
            reading = step(ans, read) if step in (typed_word, legend_code) else step(ans)
            if reading is not None:
                reading = later_declines(cell_evidence(_names_given(reading, ans), own, text), ans)
                reading = consent_on_condition(reading, ans)   # "Yes, subject to final clearance by the Minister"
                reading = constitution_only(reading, ans)   # "Article (68) of the Constitution … The draft law … under study"
                reading = pilot_asked(reading, ans)   # "The Government has allowed the pilot of …" on sandboxes (QQ)
                return _open_answer(reading, ans) if evidence.open_question(topic) else reading
    finally:
        evidence.COVERAGE.reset(token)
        drafts_for_comment.PARTICIPATION.reset(taking_part)
    raise AssertionError("the last reading step always decides")


# Readings that answer an open question as they stand: "None", "No.", "N/A", "Nothing to add".
SETTLED_RULES = {"whole answer", "explicit no", "explicit yes", "declined", "n/a with a negative clause", "blank"}
MIN_INFORMATION_WORDS = 3
SHORT_DENIAL = 4   # a denial of at most this many words says there is nothing, whatever its verb


def _open_answer(reading: Reading, a: Answer) -> Reading:
    """An open question ("Please provide any other information …") is answered by whatever is stated: a
    status or a denial the reader found in it is the information given ("La AIG prepara la nueva Agenda 2025-2029",
    "the crisis has delayed several projects"), so it is `yes`; unless the answer says there is nothing
    (more) to add ("Rien à ajouter.", "No further information.") or is too short to say anything."""
    if reading.answer == "no" and reading.rule == "whole answer" and bare_none(a.text):
        # "Néant.", "None.", "Ninguno." to "any other information": nothing given, as a blank
        return Reading("unknown", None, "nothing given", None)
    if reading.answer == "no" and reading.flag is None and not _typed_no(a.text) and (
            reading.rule in SETTLED_RULES or any(_nothing_more(cl.toks, i == 0) for i, cl in enumerate(_mains(a)))):
        # "Nothing further from us.", "Rien à ajouter.", "Nil further.", "Sin comentarios adicionales.": nothing to
        # add, no; analysts part on whether that answers the question or gives nothing (unknown): asked
        return Reading("no", FLAG_NOTHING_TO_ADD, reading.rule, reading.evidence)
    if reading.answer != "no" or reading.rule in SETTLED_RULES:
        return reading   # words the reader cannot place stay unknown: information is not guessed either
    if any(_nothing_more(cl.toks, i == 0) for i, cl in enumerate(_mains(a))):
        return reading   # "No." typed, then "nothing to add": the typed No answers
    words = [t for t in tokens(a.text) if t.isalpha()]
    if len(words) < MIN_INFORMATION_WORDS:
        return reading
    first = tokens(a.sents[0])
    return Reading("yes", None, "information given", cite("stated", tuple(first[:4]), a.text))


FLAG_NOTHING_TO_ADD = "nothing to add to the open question: no, or nothing given?"


def _mains(a: Answer) -> list:
    return [cl for cl in a.lead_clauses if cl.main] or a.lead_clauses


def _typed_no(text: str) -> bool:
    """"No." typed alone (in any language read): the form's own answer to the open question."""
    return text.casefold().strip(" .!\n") in cues().words["explicit_no"]


NOTE_ON_INFORMATION = 6   # past this many words, information named before the negation is a note's subject


def _nothing_more(toks: list[str], opening: bool = True) -> bool:
    """A clause saying there is nothing (more) to add: a short denial ("Nothing new."), or a negation that
    governs the information or the addition ("No further information", "Rien à ajouter", "Sin comentarios
    adicionales"). Not a note about the information given, where the information is the subject of a longer
    clause and the negation bears on its own predicate ("Les informations des entités fédérées ont été
    collectées … et n'ont pas toutes pu être vérifiées", "the data … could not all be verified")."""
    if not negated(toks):
        return False
    words = [t for t in toks if t.isalpha()]
    if len(words) <= SHORT_DENIAL:
        # "Nothing new." opens the answer; after a note's first clause ("Las referencias a proyectos de ley indican
        # el trámite …; no constituyen normas vigentes") a short denial is about what the note names (round thirteen J)
        return opening
    neg = next((i for i, t in enumerate(toks) if t in cues().words["negator"]), 0)
    after = toks[neg:]
    if has_cue(after, "addition") or has_cue(after, "information"):
        return True
    return (has_cue(toks, "addition") or has_cue(toks, "information")) and len(words) <= NOTE_ON_INFORMATION


def _names_given(reading: Reading, a: Answer) -> Reading:
    """A question asking for names ("Please provide names of the ministries …") answered by names only
    ("MINSA", "BID, CAF, Red GEALC"): the names are the answer, yes; words the reader cannot place stay unknown."""
    if reading.rule != "nothing affirms or denies" or not evidence.name_request(a.topic):
        # "Partenariats en cours : UIT, PNUD, … Les programmes de l'UE sont suspendus" (round eighteen W)
        return names_listed.listed_then_denied(reading, a) or reading
    found = evidence.names_only(a.text)
    if found is None:
        return reading
    return Reading("yes", None, "names given", found.describe(a.text))


def _weighed_answer(a: Answer) -> Reading:
    """Rules 6-7: weigh the lead sentence's clauses; a yes must name what affirms it, else the next
    sentences are read; nothing named either way is unknown."""
    if not ([cl for cl in a.lead_clauses if cl.main] or a.lead_clauses):
        return Reading("unknown", None, "no words")  # a stray glyph or dash
    for k, sentence in enumerate(a.sents):
        late = declined_after_nothing(a, k) if k else None
        if late is not None:
            return late   # "Provincial subject after …. The information may be obtained from …": nothing, then a decline
        w = weigh(clauses(strip_label(sentence)) if k else a.lead_clauses, a.topic, a.edition, leading=True)
        if w is None:
            continue
        reading = _verdict(w, a, k)
        if reading is not None:
            return phase_gap(reading, a) or reading   # "Phase I completed …; Phase II approved, to start in 2023"
    return Reading("unknown", FLAG_NOTHING, "nothing affirms or denies", cite("nothing", (), a.text))


def _verdict(w: Weighed, a: Answer, k: int) -> Reading | None:
    """A sentence's weighed clauses as a reading with its evidence, or None when it names nothing."""
    sentence = a.sents[k]
    if w.state == "neg":
        moved = moved_on(w, a, k)   # "… was deactivated in 2022, the content now being published on …, which remains …"
        if moved is not None or w.rule == "specific denied, general affirmed":
            return moved or Reading("no", w.flag, w.rule, denial_evidence(w.decider, a))
        if contradicted(a.sents[k:], w.decider) and not specific_vs_general(w.decider.toks, tokens(a.sents[k + 1])):
            nxt = a.sents[k + 1]
            ev = affirm_evidence(clauses(nxt), nxt) or ("stated", ())
            return Reading("yes", FLAG_CONTRADICTED, "denial contradicted about the same subject",
                           cite(ev[0], ev[1], nxt))
        turned = (history.successor_later(w.decider, a.sents, k) or still_serving(w, a, k)   # "… continue de servir"
                  or extended_after(w, a, k)   # "… arrivée à échéance … Elle a été prorogée …" (after round twenty-five KK)
                  or example_after(w, a, k)   # "No systematic publication. For example, the report … was published" (KK)
                  or form_denied_function_done(w, a, k)
                  or form_denied_thing_later(w, a, k) or other_part_in_force(a, k) or in_place_since_later(w, a, k)
                  or acting_later(w, a, k) or equivalent_named(w, a, k)   # "The equivalent is the Agenda …" (NN)
                  or covered_by_named(w, a, k) or function_done_next(w, a, k)
                  or left_to_each_body(w, a, k) or successors.successor_named(w, a, k)
                  or functions_exercised(w, a, k) or function_labelled_body(w, a, k)
                  or contrast_after.operating_after_contrast(w, a, k)   # "… yet to be launched. However, some MACs …"
                  or _evaluation_only(w, a)   # "The strategy has not been assessed for its impact yet; it is in force …"
                  or form_denied_addressed(w, a, k)   # "does not refer to the SDGs directly. It is aligned through …"
                  or indirect_after_form_denied(w, a, k)   # "… pas explicitement … L'alignement est indirect" (AA)
                  or body_named_site_noted(w, a, k)   # "Ministry of Industry, url (website currently not updated)"
                  or implementation_reported(w, a, k)   # "… Plan was announced …. Implementation is monitored by …"
                  or adopted_next(w, a, k)   # "The policy was drafted in 2020. It was approved in 2021."
                  or published_inside(w, a)   # "… the White Paper tabled in Parliament contains a consultation report"
                  or body_named_instead(w, a, k)   # "There is no Ministry of Justice. The Office of … (OAG) – url"
                  or other_item_in_force(w, a, k)   # "No specific law on AI or robotics. Blockchain: the Act … in force
                  or provided_then_work(w, a, k)   # "The Plan envisages X, and a guide on it is being prepared" (JJ)
                  or emphatic_after(w, a, k)
                  or interim_later(w, a, k))   # "… shall enter into force on 1 July 2022. Until then the 2004 Law is in force" (NN)   # "… no emplea la denominación. Sí recoge el mandato …" (NN)
        if turned is not None:
            return turned   # "the first strategy lapsed in 2014. The Blueprint … was approved in 2021"
        plan_only = pending(w.decider.toks, w.decider.names) and w.rule == "first main clause"
        rule = "draft or plan only" if plan_only else w.rule
        flag = w.flag if w.flag != FLAG_CONTRADICTED else None
        return Reading("no", flag or _doubt_in_no(w, a, k), rule, denial_evidence(w.decider, a))
    # "The Master Plan pre-dates 5G": made before what was asked, it does not name it (round twenty-one CC)
    before = predates(w, a, k)
    if before is not None:
        return before
    found = affirm_evidence([w.decider] + [c for c in w.mains if c is not w.decider], sentence)
    piloted = _pilot_at_work(w, found, sentence)
    if piloted is not None:
        return piloted
    # entry into force deferred, normal times only, suspended since (reading_deferred_entry); a thing named later
    named_later = (undone_now(w, a, k, found) or (_named_thing_later(w, a, k, found) if found is not None else None)
                   or nothing_done_under(w, a, k, found))   # "… No grants have been awarded under the Act to date" (OO)
    if named_later is not None:
        return named_later
    if w.status_beside is not None:
        # "… loi n° 2014-024 …, les infractions sont réprimées ; par ailleurs, la Stratégie est en cours de validation"
        # "… is referred to in the Strategy; the roadmap itself is still being finalised" (round nineteen Y)
        return (provided_then_work(w, a, k) or status_of_itself(w, a) or aside_status(w, a, found, sentence)
                or status_beside(w, a, found, sentence))
    if found is None and w.flag == FLAG_HEDGED and stands_in(w.decider):
        found = ("stated", evidence.find(w.decider.toks, "stands_in")[1])   # "… sits in Strategy mission 3"
    if found is None:
        return status_of_named(w, a)   # "cloud-first – WIP (not in the plan)": the status of what was named
    done = done_another_way(w, a, k, found) or undone_after(w, a, k, found) or denied_after(w, a, k)
    # "… is a national strategy applicable to … It does not make specific reference to …" (round nineteen Y)
    done = done or asked_denied_after(a, k) or item_denied_after(a, k)   # "… (3G/4G). La 5G n'est pas évoquée" (VV)
    # "… traite de l'hébergement des données, sans prévoir un cadre … en tant que tel" (round twenty AA)
    done = done or without_asked_text(a, k, found)
    # "… publica en su sitio (url) …. Un portal nacional de datos abiertos no se ha implementado aún" (HH)
    done = done or new_thing_denied_after(a, k)
    if done is not None:
        return done
    if found[0] in WEAK_KINDS:
        found = stronger_later(a, k) or found   # "Law 2016. Status: in force." quotes the status
    # "… Act 1982 (Cth) provides a right of access … Each State has its own FOI legislation.": not a status after it
    # "Ministry of Labour. Link not available at the moment": the link's status, not the body's (reading_link_awaited)
    later = link_awaited.unless_link_only(a, k, federal_spread.unless_national(a, k, later_status(a, k)))
    later = unless_formal_form_coming(w, later)   # "… fonctions exercées par … ; un décret portant création …"
    # "… secrétariat assuré par la DGEN. Décret portant création de la fonction de DSI … : décret en attente …";
    # "… Recovery Plan 2020 … A dedicated digital strategy is being prepared": the dedicated text asked for decides
    decided = ((creation_text_pending(a, k, found, later) or later_decides(a, k, found, later))
               if later is not None else None) or asked_text_pending(a, later)
    # "… survey instrument … approved in March 2022. The first survey is scheduled for …" (round eighteen V)
    decided = decided or first_to_come(a, k, found)
    # "All federal e-services are accessible to … . The Ministry is set to launch …" to a specific question (V)
    decided = decided or general_only(w, a, later)
    if decided is not None:
        return decided
    if later is not None and (found[0] in WEAK_KINDS or overrides(later[0], found[0])
                              or history.law_awaited_later(w.mains, later[0], a.topic)):
        # "Access to Information Law 2016. Status: repealed." / "… adopted. Publication is pending."; not the
        # status of another text ("• Ley 37/2007 (en vigor) • Anteproyecto de Ley de modificación en tramitación")
        # "… lists AI among the priority technologies. A dedicated AI strategy is being prepared.": another text
        # "Portal X (https://…). In addition, the Service Mall … is in the pilot phase": another thing's status (CC)
        return (trial_of_named(a, k, found, later)   # "… (Eje 3). Estado: en fase piloto" on coverage (JJ)
                or pending_text_later(a, k, found, later[0]) or dedicated_text_pending(a, k, found, later[0])
                or aside_after(a, k, found, later)
                or Reading("no", federal_spread.otherwise_flag(later[0]) or (
                    FLAG_MIXED if found[0] in WEAK_KINDS and passed.one_item_of_a_list(a.text) else None),   # one item's status (round sixteen O)
                    "a status after what was named", later[1]))
    return Reading("yes", _yes_flag(w, a, k, found, later), w.rule, cite(found[0], found[1], sentence))


def _yes_flag(w: Weighed, a: Answer, k: int, found: tuple[str, tuple[str, ...]],
              later: tuple[Clause, str] | None) -> str | None:
    """The flag of a yes the later sentences leave standing: the clause rules' own, or mixed when the rest narrows it."""
    flag = w.flag or (FLAG_MIXED if later is not None and (evidence.extends(later[0].toks)
                                                           or evidence.secondary_subject(later[0].toks)) else None)
    if flag is None and any(history.partial(cl.toks) for cl in w.mains):
        flag = FLAG_MIXED   # "voluntary, adopted by some agencies only": in force in part
    if flag is None and project_of_name(a.sents[k]):
        flag = FLAG_PROJECT_OF_NAME   # "Le projet de SNTN est élaboré en cohérence avec …": a draft, or in force? (JJ)
    if flag is None and _trial_only(w, a, found):
        flag = FLAG_MIXED   # "Justification: a blockchain land-title pilot … in one region (2021)": a trial, no text
    if flag is None and later is not None:
        flag = _later_doubt(a, k, found, later)
    return flag


def _later_doubt(a: Answer, k: int, found: tuple[str, tuple[str, ...]], later: tuple[Clause, str]) -> str | None:
    """A flag for a yes when the later status may narrow it: a pilot told with no subject of its own ("… system,
    developed by …. Piloted in 12 procuring entities since …"), an amendment to the very text named in force ("…
    issued under the Registration of Persons Act …. … to draft the amendments to the Registration of Persons Act …")."""
    if amendment_of_named(a, k, later[0]):
        return FLAG_MIXED
    return pilot_after(found, later) or asked_only_in_pending(a, k, later)   # "… módulo … La Encuesta … de Satisfacción …"


def _named_thing_later(w: Weighed, a: Answer, k: int, found: tuple[str, tuple[str, ...]]) -> Reading | None:
    """What the affirmed thing turns out to be, told after it: commencing only after the edition year, after a
    restated question a draft or a text still awaited ("… in the form of the … Bill"), or the only basis there is
    ("Const. s.51 (right to information) – only")."""
    commences = commences_after(a, k)
    if commences is not None:
        # "Data Protection Act, 2020. Passed: May 2020. … Substantive provisions commence: 1 December 2023":
        # enacted, but not in force in the edition year
        return Reading("no", FLAG_UNDONE, "enacted, in force only after the edition year", commences)
    return specified_status(a, k) or only_basis(w, a, k, found)


TRIAL_CLASSES = ("pilot", "piloting", "study", "studying")
WEAK_TRIAL_EVIDENCE = {"stated", "named"}


def _pilot_at_work(w: Weighed, found: tuple[str, tuple[str, ...]] | None, sentence: str) -> Reading | None:
    """"The pilot project is being implemented" (after round twenty-five KK: no, flagged). On what a text addresses, a
    pilot of the topic answers yes, in part (as `_trial_only`): the demo's "A pilot for land registration uses
    blockchain technology" on Q29 (found by the generator's read-back test at the merge)."""
    piloted = pilot_subject([w.decider] + w.mains, found, sentence)
    if piloted is not None and evidence.COVERAGE.get():
        return Reading("yes", FLAG_MIXED, "a pilot at work, on what a text addresses", cite(found[0], found[1], sentence))
    return piloted


def _trial_only(w: Weighed, a: Answer, found: tuple[str, tuple[str, ...]]) -> bool:
    """On what a text addresses ("Does the strategy refer to blockchain?"), a pilot or a study of the topic answers
    yes; but when the answer names no text at all ("Justification: a blockchain land-title pilot with the Lands
    Commission in one region (2021)", "Un piloto de cadena de bloques en una región"), whether the strategy
    refers to it is not said: yes, flagged as in part only."""
    # "Sensores … implementados en entidades piloto (…)": operating only where it is tried, a pilot alone too
    # (round eighteen W, es_bolivia_plurinacional 29/iot)
    if not evidence.COVERAGE.get() or found[0] not in WEAK_TRIAL_EVIDENCE | {"operating"} or evidence.find(
            tokens(a.text), "instrument") is not None:
        return False
    if any(evidence.in_pilot_places(cl.toks) for cl in w.mains):
        return True
    # "trials running in 2 States", "La 5G est mentionnée …": operating, or a mention
    return found[0] in WEAK_TRIAL_EVIDENCE and any(
        evidence.find(cl.toks, cls) is not None for cl in w.mains for cls in TRIAL_CLASSES)


def _doubt_in_no(w: Weighed, a: Answer, k: int) -> str | None:
    """Why a `no` may be wrong: the thing is done another way (whether that counts depends on the
    question), or a later sentence affirms what this one denied ("No separate ministry. Environmental
    matters are under a State Agency …")."""
    if any(evidence.handled_otherwise(mask_idioms(cl.toks)) for cl in w.mains):
        return FLAG_OTHERWISE
    if any(evidence.find(cl.toks, "vacancy") is not None for cl in w.mains):
        return FLAG_VACANT   # "the post is vacant": someone may act in it
    if has_cue(w.decider.toks, "hedge"):
        return FLAG_HEDGED   # "No ministry of justice as such": the name is denied, the function may exist
    if pilot_since(w.decider.toks, a.edition):
        return FLAG_PILOT_SINCE   # "… depuis juin 2021, à titre pilote, dans trois quartiers": a pilot at work (OO)
    if (held := _held_by_text(w.decider.toks)) is not None:
        return held   # planned by a text (OO), or what a draft text holds (VV)
    if works.draft_under_text(w.decider.toks, _clauses_before(w.decider, a, k)):
        return works.FLAG_DRAFT_UNDER_TEXT   # "As per the … Policy, 2014, draft legislation is placed in the public domain"
    if pending(w.decider.toks, w.decider.names) and history.affirmed_later(a.sents, k):
        return FLAG_LATER_AFFIRMS   # "a bill is with the drafters. Meanwhile the 2007 Act remains in force"
    if covered_later(w, a, k) or elsewhere_after_form(w, a, k) or done_under_text(w, a, k):
        # "… no separate policy yet. The participation … is stipulated in the Law on …"; "Il n'y a pas de politique
        # séparée. Voir réponse 24." (after round twenty-seven PP: a form denied, then pointed elsewhere); "A separate
        # portal has not been created. In accordance with the Law …, drafts are placed …" (round twenty-eight SS)
        return FLAG_LATER_AFFIRMS
    if denial_beside.framework_denied_texts_later(w, a, k):
        return FLAG_LATER_AFFIRMS   # "No existe una ley marco de … Rigen: Ley N° 21.462 sobre delitos informáticos …"
    if contrast_after.contrast_affirms_after(w, a, k):
        return FLAG_LATER_AFFIRMS   # "Not mentioned with this term. However, the Government adopted the … policy, …"
    if own_denied_then_named(w, a, k):
        return FLAG_LATER_AFFIRMS   # "… do not have their own e-government strategies. The eGSAP has a component on …"
    if not has_cue(w.decider.toks, "specific") or (evidence.finite_verb(w.decider.toks) is not None
                                                   and not absence_opener(w.decider.toks)):
        # a full sentence denying something specific is clear; a verbless "No separate ministry." or
        # "Sin norma específica" is not; a plain denial may be of one form of what a later sentence names
        return FLAG_LATER_AFFIRMS if _later_service(w, a, k) else None
    for sentence in a.sents[k + 1:]:
        sentence = strip_label(sentence)
        later = weigh(clauses(sentence), a.topic, a.edition)
        if (later is not None and later.state == "affirm" and not references.is_pointer(sentence)
                and not has_cue(later.decider.toks, "general") and not _only_link(sentence)
                and affirm_evidence([later.decider], sentence) is not None
                and history.from_general_source(later.mains, a.topic) is None):
            # "Sin asignación específica. … se cubrieron con el presupuesto ordinario": the regular source
            # confirms the denial of a specific one, it does not affirm it
            return FLAG_LATER_AFFIRMS
    return None


def _held_by_text(toks: list[str]) -> str | None:
    """A no whose thing a text holds: planned by a text, or the content of a draft text on a question of coverage."""
    if plan_in_text(toks) is not None:
        return FLAG_PLAN_IN_TEXT   # "… is envisaged by the Action Plan of the Strategy": provided for, still to come (OO)
    if draft_content(toks) is not None:
        return FLAG_DRAFT_CONTENT   # "The draft … Strategy has a component on digital identity": its content, on coverage (VV)
    return None


def _evaluation_only(w: Weighed, a: Answer) -> Reading | None:
    """A denial of an evaluation the question did not ask about presupposes the thing evaluated: yes, flagged
    (reading_unasked.evaluation_denied); not when the thing is itself a draft or plan."""
    toks = w.decider.toks
    if not evaluation_denied(toks, a.topic) or has_cue(toks, "draft_noun") or evidence.status_noun(toks, w.decider.names):
        return None   # ("pas encore" is no status here: "n'a pas encore été évaluée" is about the evaluation)
    neg = next(i for i, t in enumerate(toks) if t in cues().words["negator"])
    return Reading("yes", FLAG_NEGATION_IN_YES, "an evaluation denied, the thing presupposed",
                   cite("stated", tuple(toks[:neg]), a.text))


def _clauses_before(decider, a: Answer, k: int) -> list[list[str]]:
    """The token lists of sentence k's clauses before the deciding clause."""
    own = a.lead_clauses if k == 0 else clauses(strip_label(a.sents[k]))
    at = next((i for i, cl in enumerate(own) if cl.toks == decider.toks), 0)
    return [cl.toks for cl in own[:at]]


def _later_service(w: Weighed, a: Answer, k: int) -> bool:
    """After a plain denial ("We do not have a transactional portal.", "There is no statutory office of …"),
    a later sentence that names something in force, operating or in place, or gives its address ("The
    Government website, https://…, carries news and forms"): the denial may be of one form of what was
    asked only. Not after a status short of in force (a draft's own story), nor after a pointer."""
    if pending(w.decider.toks, w.decider.names) or not negated(w.decider.toks):
        return False
    for sentence in a.sents[k + 1:]:
        sentence = strip_label(sentence)
        later = weigh(clauses(sentence), a.topic, a.edition)
        if later is None or later.state != "affirm" or references.is_pointer(sentence):
            continue
        if history.from_general_source(later.mains, a.topic) is not None:
            continue   # "… funded from the regular budget": confirms that no specific one exists
        # "The Minister has been advised that the provisions are found in the … Act 2013, …, which gives the Centre
        # its functions": after a frame ending on "that", what is in force or operating sits in the parts after it
        found = affirm_evidence([later.decider] + (later.mains if _frame_then_that(sentence) else []), sentence)
        # "… portal of the Office of the Prime Minister (OPMCM): https://…": the address after a colon is the clause's
        if found is not None and (found[0] in {"in force", "operating"} or addressed(later)):
            return True
    return False


def _frame_then_that(sentence: str) -> bool:
    """Does the sentence open on a frame whose statement follows "that" ("The Minister has been advised that …",
    "Officials report that …")?"""
    cls = clauses(strip_label(sentence))
    return len(cls) > 1 and cls[0].main and not cls[1].main and cls[1].toks[:1] == ["that"]


def _only_link(sentence: str) -> bool:
    """"Please read more here; https://…": a pointer to a page, not an affirmation."""
    toks = [t for t in tokens(sentence) if t not in {",", ";", ":", "url"}]
    return "url" in tokens(sentence) and len(toks) <= 8


def weigh(lead_clauses: list[Clause], topic: str = "", edition: int | None = None,
          leading: bool = True) -> Weighed | None:
    """The clause rules on one sentence: which main clause carries the point, and whether it denies."""
    mains = [cl for cl in lead_clauses if cl.main] or lead_clauses
    if not mains:
        return None
    # "Please see Q2: there has been no policy since …": the pointer names nothing; but a clause giving a status
    # beside its pointer says something of its own ("stratégie nationale en cours d'élaboration (voir question 18)")
    told = [cl for cl in mains if not references.is_pointer(cl.text) or pending(cl.toks, cl.names)]
    mains = told or mains
    mains = [part for cl in mains for part in history.split_status_tail(cl, edition)]
    mains = [without_correction(cl) for cl in mains]   # "by the project, not yet by the Department"
    mains = [part for cl in mains for part in hedged_split(cl)]   # "no post with the name of CIO, and the SG …"
    mains = stance_parts(mains)   # "The Government attaches the highest importance to …": no fact
    mains = [courtesy(cl) for cl in mains]   # "Hi all, …", "Many thanks to NITDA …", "Kind regards, Adaeze"
    first = mains[0]
    w = Weighed(_polarity(first, leading=leading, edition=edition), None, "first main clause", first, mains)
    for cl in mains[1:]:
        _turn(w, cl, topic, edition)
    owner = _adoption_awaited(lead_clauses, edition) if w.state == "affirm" else None
    if owner is not None:
        # "Une politique a été rédigée, dont l'adoption est attendue en 2023": drafted, not adopted.
        w.state, w.rule, w.decider = "neg", "adoption still awaited (whose …)", owner
        if has_cue(owner.toks[1:4], "drafting_noun"):
            w.flag = FLAG_BEING_WRITTEN   # the text is named (a mention may be what was asked), not there yet
    return w


GENERAL_AFFIRMED = "specific denied, general affirmed"
UNIVERSAL = {"all", "every", "tous", "toutes", "tout", "todos", "todas", "todo", "cualquier"}


def _general_text(cl: Clause) -> bool:
    """Is the clause about a text (its subject an instrument) that applies generally: a `general` cue or a word of
    all ("le Règlement … s'applique à tous les marchés", "the general Procurement Act applies to every contract",
    "la Ley de Adquisiciones rige todas las compras")?"""
    return evidence.find(subject(cl.toks), "instrument") is not None and (
        has_cue(cl.toks, "general") or any(t in UNIVERSAL for t in cl.toks))


def _adoption_awaited(lead_clauses: list[Clause], edition: int | None = None) -> Clause | None:
    """A relative of possession whose adoption step has a status short of done ("whose adoption is
    expected in 2023", "dont l'adoption est attendue", "cuya aprobación está pendiente")."""
    for cl in lead_clauses[1:]:
        if not cl.toks or cl.toks[0] not in cues().words["owner_relative"]:
            continue
        if has_cue(cl.toks[1:4], "drafting_noun") and has_cue(cl.toks, "begun"):
            return cl   # "dont l'élaboration a démarré en 2023", "whose drafting started in 2023": still being written
        if has_cue(cl.toks[1:4], "adoption_noun") and awaits_adoption(cl.toks, edition):
            return cl
    return None


def _turn(w: Weighed, cl: Clause, topic: str, edition: int | None) -> None:
    """How one further main clause changes the sentence's verdict."""
    q = "neg" if _asked_requirement_denied(cl, topic) else _polarity(cl, edition=edition)
    first = w.mains[0]
    if q in ("neutral", w.state) or _decided_after_stance_or_label(w, cl, q):
        return
    if w.state == "neg" and q == "affirm" and has_cue(first.toks, "ended") and has_cue(cl.toks, "successor"):
        # "The first plan expired last year; its successor was approved in March."
        w.state, w.flag, w.rule, w.decider = "affirm", FLAG_CONTRADICTED, "an ended text with a successor", cl
    elif w.state == "neg" and q == "affirm" and has_cue(w.decider.toks, "hedge") and _general_text(cl):
        # "Aucune loi ne vise l'approvisionnement électronique en tant que tel; le Règlement sur les marchés de
        # l'État s'applique à tous les marchés": a general text applying to all is no text on the thing itself
        w.flag, w.rule = FLAG_HEDGED, GENERAL_AFFIRMED
    elif w.state == "neg" and q == "affirm" and w.rule != GENERAL_AFFIRMED and (has_cue(w.decider.toks, "hedge") or (
            (has_cue(w.decider.toks, "specific") or has_cue(w.decider.toks, "form")) and stands_in(cl))
            or _thing_beside(w.decider, cl, topic)):
        # "No existe un Ministerio de Justicia como tal; las funciones se reparten entre …": only the name is
        # denied, the clause after it says who does the work.
        w.state, w.flag, w.rule, w.decider = "affirm", FLAG_HEDGED, "a name denied, the function affirmed", cl
    elif w.state == "affirm" and q == "neg" and _other_part(w, cl):
        w.status_beside = w.status_beside or cl   # "in force for nationals; for residents it is planned"
    elif w.state == "neg" and q == "affirm" and elaboration_at(cl.toks, 0) and not asks_specific(topic):
        # "n'a pas fait l'objet d'un document distinct, étant traitée dans l'axe du Plan": the participle says
        # what does the work; a strategy "or similar" may be that, so yes, flagged (not when the question
        # itself asks for a specific one: "Is there a specific post-COVID-19 strategy?").
        w.state, w.flag, w.rule, w.decider = "affirm", FLAG_CONTRADICTED, "elaboration after a denial", cl
    elif w.state == "neg" and (specific_vs_general(first.toks, cl.toks) or (
            has_cue(first.toks, "specific") and strongly_affirms(cl) and not contrasts(cl))):
        # "No specific measures for women; general inclusion programmes exist", "No stand-alone strategy;
        # e-government is covered under Pillar 4 of the Plan": still no, but doubtful.
        w.flag, w.rule = FLAG_CONTRADICTED, "specific denied, general affirmed"
    elif contrasts(cl):
        _contrast(w, cl, q, topic)
    elif w.state == "neg" and cl.joint in (":", "–"):
        # "There is no single act: the rules sit in two laws" — the elaboration answers.
        w.state, w.flag, w.rule, w.decider = "affirm", FLAG_CONTRADICTED, "elaboration after a denial", cl
    elif w.state == "affirm" and q == "neg":
        if has_cue(cl.toks, "specific") and any(stands_in(m) or function_exercised(m.toks) is not None
                                                for m in w.mains[:w.mains.index(cl)]):
            # "the Act … is the basis for digital identity; there is no separate ID law", "The function of strategic
            # planning is exercised by the State Chancellery …; there is no separate ministry for planning"
            # (round twenty-four md_translated_bullets 5/planning)
            w.flag = FLAG_HEDGED
        elif _absence(cl.toks) and about(cl.toks, topic) and not _another_text_beside(w, cl) and not (
                further_measure(w.decider, cl, topic)) and not (
                evidence.information_request(topic) and not negated(cl.toks)) and not narrowed_unasked(cl.toks, topic):
            # not "…; [SZI]: Nothing specific to e-government" to a question on sandboxes: a narrower thing denied (CC)
            # (on "Please provide information about any ongoing partnership", a status beside what is in force is
            # more information: "MoUs … have been signed …; sharing of … platforms … is being operationalised")
            _absent_beside(w, cl)   # "case by case; X has no portal"
        elif not negated(cl.toks):
            w.status_beside = w.status_beside or cl        # "live for tax; other services are being developed"
        elif points_back(cl.toks):
            pass                                          # "libraries offer access, and none of them charges"
        else:
            w.flag = FLAG_NEGATION_IN_YES                 # "covers ministries; does not cover towns"


def _absent_beside(w: Weighed, cl: Clause) -> None:
    """An absence or a status of what was asked beside an affirmation: the absence decides. When the affirmation says
    something at work and the clause beside it is a status, not a denial ("The Complaints System (https://…) receives
    the complaints …, and a dedicated portal for e-participation is under study"), what is at work may be the "or
    similar" asked: flagged (round twenty-two, eg_translated_decrees 2/e_participation)."""
    if not negated(cl.toks) and _at_work(w.decider):
        w.flag = weight.FLAG_STATUS_WEIGHED
    w.state, w.rule, w.decider = "neg", "absence stated beside", cl


def _at_work(cl: Clause) -> bool:
    """Does the clause say something done now: operating, in place, or stated with its verb ("takes petitions")?"""
    found = evidence.affirmation(cl.toks)
    return found is not None and found.kind in {"operating", "in place", "stated"}


def _thing_beside(denial: Clause, cl: Clause, topic: str) -> bool:
    """"No existe una ventanilla única; algunos trámites se ofrecen en los portales de cada secretaría": one form
    denied, the thing itself said to exist in the clause beside it (not the regular source: "met from the regular
    budget")."""
    denied = form_denied(denial, topic)
    return bool(denied) and thing_in_other_form(denied, cl) and history.from_general_source([cl], topic) is None


def _contrast(w: Weighed, cl: Clause, q: str, topic: str) -> None:
    """"A, but B": B carries the point ("no formal decision, but the portal has run since 2020"). A measure named as in
    place, then denied ("the post exists by decree but is not filled"), is doubtful. A "but" that denies only what was
    not asked ("… sont collectées automatiquement …, mais elles ne sont ni analysées ni publiées") leaves the clause
    that does what was asked to answer, flagged."""
    if w.state == "affirm" and q == "neg" and denies_unasked(w.decider, cl, topic):
        w.flag = FLAG_NEGATION_IN_YES
        return
    if w.state == "affirm" and q == "neg" and application_suspended(w.decider.toks, cl.toks):
        w.flag = FLAG_MIXED   # "in force, but its application is suspended": the text stays (reading_entry_words)
        return
    w.flag = FLAG_CONTRADICTED if w.state == "neg" else (FLAG_TURNED if strongly_affirms(w.decider) else None)
    w.state, w.rule, w.decider = q, "contrast clause", cl


ASKED_WORDS_DENIED = 2   # "publication in digital form" to "digitally publishing": two of the question's words


def _asked_requirement_denied(cl: Clause, topic: str) -> bool:
    """"…, but it does not require publication in digital form" to "legislation on digitally publishing government
    expenditure": a requirement denied whose object names what the question asks is a denial of it, not a burden
    lifted ("citizens are not required to bring paper copies"). The shape: a negated burden verb followed by at
    least two of the question's own words (compared on their first letters: "publication"/"publishing")."""
    w = cues().words
    neg = next((i for i, t in enumerate(cl.toks) if t in w["negator"]), None)
    if neg is None or not topic or not has_cue(cl.toks[neg + 1:neg + 3], "burden"):
        return False
    asked = {s[:ASKED_STEM] for s in asked_stems(topic) if len(s) >= ASKED_STEM}
    named = {t[:ASKED_STEM] for t in cl.toks[neg + 1:] if t.isalpha() and len(t) >= ASKED_STEM}
    return len(asked & named) >= ASKED_WORDS_DENIED


def _another_text_beside(w: Weighed, cl: Clause) -> bool:
    """A clause giving a status short of in force (no denial) to a draft or revision that the clause affirming an
    instrument in force does not name ("The Registration Act 1965 is in force; a Digital Identity Bill is pending"):
    the status of another text, read beside the instrument in force, not an absence of what was asked."""
    found = affirm_evidence([w.decider], " ".join(w.decider.toks))
    return (found is not None and found[0] == "in force" and not negated(cl.toks)
            and evidence.other_text(cl.toks, w.decider.toks) is not None)


def _decided_after_stance_or_label(w: Weighed, cl: Clause, q: str) -> bool:
    """After a stance, the first part that states something decides ("The Government attaches the highest
    importance to participatory governance, and efforts are ongoing to establish a platform"); after a label
    naming what is counted, a count of zero answers ("County strategies referenced in the Master Plan: 0 of 47")."""
    if w.state == "neutral" and w.mains[0].stance:
        w.state, w.rule, w.decider = q, "after a stance", cl
        return True
    if w.state == "affirm" and q == "neg" and _zero_answer(cl):
        w.state, w.rule, w.decider = "neg", "a count of zero after what it counts", cl
        return True
    return False


COUNT_OF = {"of", "out", "sur", "de", "sobre"}


def _zero_answer(cl: Clause) -> bool:
    """A clause after a colon that is only a count of zero ("…: 0", "…: 0 of 47", "… : 0 sur 47")."""
    words = [t for t in cl.toks if t not in COUNT_OF and not t.isdigit()]
    return cl.joint == ":" and words == [zero_token()] and zero_token() is not None


def _other_part(w: Weighed, cl: Clause) -> bool:
    """After an affirmation, is this not-yet clause about another part or group than the affirmed one (then
    the answer is mixed, not turned round)? Its subject is a part or the rest ("the e-participation
    component", "further services", "la siguiente fase"), or it opens on a group parallel to one the
    affirmation named ("vigente para los nacionales; para los extranjeros … prevista"); or it goes on, after
    a comma and without a subject of its own, with such a clause ("…, pero aún no se ha implementado")."""
    mains = [id(m) for m in w.mains]
    if w.status_beside is not None and cl.joint == "," and mains.index(id(cl)) - 1 == mains.index(id(w.status_beside)):
        return not own_subject(cl.toks)
    if negated(cl.toks):
        return False
    toks = cl.toks[1:] if cl.toks[0] in cues().words["contrast"] else cl.toks
    # an implementing text's status beside the law ("; un décret d'application est en cours de validation"),
    # unless a contrast word turns it round ("; toutefois, ses textes d'application sont en attente")
    return (evidence.extends(toks) or evidence.find(subject(toks), "part") is not None
            or evidence.parallel_scope(w.decider.toks, toks)
            or (evidence.secondary_subject(toks) and not contrasts(cl)))


def _polarity(cl: Clause, leading: bool = False, edition: int | None = None) -> str:
    """neg (a denial, a draft or a status short of in force), affirm, or neutral (a possibility or a link
    that decides nothing)."""
    if cl.stance:
        return "neutral"   # "The Department remains committed to …": a stance affirms and denies nothing
    upto = None if leading or not cl.commas else cl.commas[0]
    if negated(cl.toks) or pending(cl.toks, cl.names, upto) or evidence.dated_after(cl.toks[:upto], edition) \
            or evidence.commencing_later(cl.toks[:upto], edition):   # "shall enter into force on 1 September 2022"
        return "neg"
    if upto and evidence.affirmation(cl.toks[:upto]) is None and evidence.dated_after(cl.toks[upto:], edition):
        # "contract awarded March 2022, go-live expected Q1 2023": the part before the comma affirms nothing (a step
        # of buying), so the date after it is the clause's status, not a part added on (round twenty-two)
        return "neg"
    if leading and evidence.future_tense(mask_idioms(cl.toks)):
        return "neg"   # "The portal will be launched": a plan, not a service
    words = [t for t in cl.toks if t not in {"url", ",", "~"}]
    # A modal after a comma belongs to a part added on ("…, and it will repeat the exercise"), not the clause's point.
    own = cl.toks[:cl.commas[0]] if cl.commas else cl.toks
    if not words or (not leading and has_cue(own, "modal")):
        return "neutral"
    return "affirm"


def _absence(toks: list[str]) -> bool:
    """A negation stating that something is absent ("has no", "nothing is in force"), not a verb negated."""
    c = cues()
    masked = mask_idioms(toks)
    return any(t in c.words["negator"] and t not in {"not"} for t in masked) or pending(toks)
