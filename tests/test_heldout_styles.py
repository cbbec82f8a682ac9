"""Held-out responses in styles the reader was not written against, read through load_document and
compared with readings decided by hand (tests/fixtures/heldout/*.expected.yml).

Each current disagreement is a strict xfail with its diagnosis, so a fix shows up as XPASS; an overall
floor guards against regressions. `python -m tests.test_heldout_styles` prints the accuracy tables and
every disagreement.
"""
from __future__ import annotations

import csv
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from loaders.formats.detect import load_document
from loaders.formats.text import FLAG_DASH

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures" / "heldout"
CATALOGUE = HERE.parent / "data" / "catalogue" / "msq_2022.csv"
KINDS = ("plain", "negation", "other_words", "reference", "noise", "blank")


def _documents() -> tuple[tuple[str, str], ...]:
    """(document, expected file) for every <name>.expected.yml with its <name>.txt and/or <name>.docx: a new
    held-out set drops in without a code change. The Word renderings share their text's expected reading."""
    out = []
    for exp in sorted(FIXTURES.glob("*.expected.yml")):
        name = exp.name.removesuffix(".expected.yml")
        out += [(f"{name}{ext}", name) for ext in (".txt", ".docx") if (FIXTURES / f"{name}{ext}").exists()]
    return tuple(out)


DOCUMENTS = _documents()
# Share of the answers in the sets the tool reads (NOT_READ excluded) read as decided by hand; raise it as the
# reader improves.
# 10280/10985 = 0.9358 with round twenty-eight joined (its 6 sets 351/390 once none was wrong without a flag, 39
# flagged disagreements strict xfails; kz_translated_kazakh 31 and ge_translated_georgian 8 now right; floor lowered
# to 0.935);
# 9927/10595 = 0.9369 with round twenty-seven joined (its 6 sets 355/390 once none was wrong without a flag, 35
# flagged disagreements strict xfails; es_narrative 2/e_participation now wrong, flagged, after its fixes; floor
# lowered to 0.936);
# 9573/10205 = 0.9381 with round twenty-six joined (its 6 sets 351/390 once none was wrong without a flag, 39 flagged
# disagreements strict xfails; bd_project_phases 32, fr_cote_divoire_instances 13, pg_tok_pisin_mixed 9 and
# es_bolivia_plurinacional 2/e_participation right after its fixes; floor lowered to 0.938);
# 9218/9815 = 0.9392 with round twenty-five joined (its 6 sets 358/390 once none was wrong without a flag, 32 flagged
# disagreements strict xfails; fr_suisse_cantons 40 and 42 right and ministerial_memo 9 wrong, flagged, after its
# fixes; floor kept at 0.939);
# 8859/9425 = 0.9399 with round twenty-four joined (its 6 sets 363/390 once none was wrong without a flag, 27 flagged
# disagreements strict xfails; id_perpres_translated 4 and vn_translated_vietnamese 4 right after its fixes, a function
# exercised beside a post denied; floor lowered to 0.939);
# 8493/9035 = 0.9400 with round twenty-three joined (its 6 sets 352/390 once none was wrong without a flag, 38 flagged
# disagreements strict xfails; floor lowered to 0.940);
# 8140/8645 = 0.9416 with round twenty-two joined (its 6 sets 353/390 once none was wrong without a flag, 37 flagged
# disagreements strict xfails; floor lowered to 0.941);
# 7786/8255 = 0.9432 with round twenty-one joined (its 6 sets 364/390 once none was wrong without a flag, 26 flagged
# disagreements strict xfails; es_peru_normas_legales 31 and es_gerundios 11 right after its fixes; floor kept at 0.943);
# 7420/7865 = 0.9434 with round twenty joined (its 6 sets 366/390 once none was wrong without a flag, 24 flagged
# disagreements strict xfails; updated_from_2020 12 right after the lead's decided-making rule; floor kept at 0.943);
# 7053/7475 = 0.9435 with round nineteen joined (its 6 sets 364/390 once none was wrong without a flag, 26 flagged
# disagreements strict xfails; the earlier sets two more right after its fixes; floor kept at 0.943);
# 6687/7085 = 0.9438 with round eighteen joined (its 6 sets 361/390 once none was wrong without a flag, 29 flagged
# disagreements strict xfails, 14 of them tz_swahili_mixed's Swahili answers not read; the earlier sets one more right
# after its fixes; floor lowered to 0.943);
# 6325/6695 = 0.9447 with round seventeen joined (its 6 sets 352/390 once none was wrong without a flag, 38 flagged
# disagreements strict xfails; the earlier sets one fewer right after its fixes; floor lowered to 0.944);
# 5974/6305 = 0.9475 with round sixteen joined (its 6 sets 364/390 once none was wrong without a flag, 26 flagged
# disagreements strict xfails; floor lowered to 0.947);
# 5610/5915 = 0.9484 with round fifteen joined (its 6 sets 369/390 once none was wrong without a flag, 21 flagged
# disagreements strict xfails; es_chile_tramite 4 right after its fixes; floor kept at 0.948);
# 5240/5525 = 0.9484 with round fourteen joined (its 5 read sets 292/325 once none was wrong without a flag, 33
# flagged disagreements strict xfails; tt_caribbean_plain 22 right after its fixes; ar_jordan_arabic NOT_READ;
# floor lowered to 0.948);
# 4948/5200 = 0.9515 with round thirteen joined (its 5 read sets 299/325 once none was wrong without a flag, 26 flagged
# disagreements strict xfails; the earlier sets 3 more right after its fixes; de_oesterreich_deutsch NOT_READ;
# floor lowered to 0.951);
# 4646/4875 = 0.9530 with round twelve joined (its 6 sets 358/390 once none was wrong without a flag, 32 flagged
# disagreements strict xfails, 14 of them ee_checklist_terse's one-to-four-word answers; floor lowered to 0.953);
# 4287/4485 = 0.9559 with rounds nine to eleven joined (their 18 sets 1124/1170 once none was wrong without a
# flag, 46 flagged disagreements strict xfails; the 50 earlier sets 3163/3315; floor raised to 0.955);
# 3162/3315 = 0.9538 with the whole eighth round (annual_report_extract 59/65 joined last; floor lowered to 0.953:
# its six flagged disagreements are report sections deciding against an achievement);
# 3103/3250 = 0.9548 with the eighth round's one_word_status (59/65), html_export (63/65) and tracked_changes
# (65/65) joined too (r8en; HTML entities and tags, tracked-change markers decoded as layout; 2984/3120 = 0.9564
# on r8en's branch alone; floor kept at 0.954);
# 2916/3055 = 0.9545 with the eighth round's es_vigencia_gradual (58/65) and fr_belgique_niveaux (59/65) joined
# (r8fres; names written French-style and an 'As for' pointer naming an acronym turn bilingual_en_fr 5/industry and
# consultant_findings 5/finance right; floor lowered to 0.954: the two sets read 117/130);
# 2797/2925 = 0.9562 with the whole seventh round: agency_split (61/65), spreadsheet_paste (65/65), bilingual_en_fr
# (60/65) and es_oficio (62/65) joined last (r7mix; the scope hedge turns federal_split 12 and yes_no_then_qualified
# 42 right and bulleted_briefing 2/e_participation wrong, flagged; a part's label before a sibling pointer turns
# es_tabular 29/iot right; floor kept at 0.955); 2547/2665 = 0.9557 with the seventh round's interview_transcript (63/65) and
# consultant_findings (61/65) joined (floor kept at 0.955); 2423/2535 = 0.9558 with the whole sixth round;
# 2360/2470 = 0.9555 with the sixth round's English sets joined too (maturity_ratings 60/65, parliamentary_answers
# 57/65, translated_formal 65/65; floor 0.955; 2235/2340 = 0.9551 on the English half's branch alone);
# 2178/2275 = 0.9574 with the sixth round's fr_numbered_report and es_peninsular_bullets (floor kept at 0.957);
# 2053/2145 = 0.9571 with the whole fifth round (the English sets dated_milestones, quantified_progress,
# ministerial_memo, statute_quotes joined); 1808/1885 = 0.959 with es_legal_citations and fr_tableau; 1679/1755 =
# 0.956 with the fourth.
ACCURACY_FLOOR = 0.935

# Sets written in a language the tool does not read, by design: set -> language. Their expected files keep the
# analyst's yes/no, but what the tool owes the user there is `unknown` flagged "answer in <language>: not
# read" on every written answer, never a guess; blanks stay unknown.
NOT_READ = {"pt_answers": "Portuguese", "de_oesterreich_deutsch": "German", "ar_jordan_arabic": "Arabic"}
# Answers in those sets that are not in the language, or too short to place: key -> (expected, flag it must
# carry: None for an answer the analyst needs no flag on, "" for any flag).
NOT_READ_EXCEPTIONS = {
    ("pt_answers", "20"): ("yes", None),  # 'Five-year': English, read as any English answer
    ("pt_answers", "2/other"): ("unknown", "not applicable"),  # 'N/A': no language, declined
    ("pt_answers", "29/iot"): ("unknown", "unresolved reference"),  # 'idem 5G': no language, a reference
    ("pt_answers", "44"): ("unknown", "nothing affirms or denies"),  # 'Nada a acrescentar.': too short to place
    ("de_oesterreich_deutsch", "20"): ("yes", None),  # 'Other: keine feste Laufzeit …': the form's option chosen
    ("de_oesterreich_deutsch", "45"): ("yes", None),  # the consent box ticked
    # A ministry's name in Arabic with its address, on the question asking for names and links: the link answers
    ("ar_jordan_arabic", "5"): ("yes", None),  # the roll-up of those items
    ("ar_jordan_arabic", "5/planning"): ("yes", None),
    ("ar_jordan_arabic", "5/health"): ("yes", None),
    ("ar_jordan_arabic", "5/social_welfare"): ("yes", None),
    ("ar_jordan_arabic", "5/employment"): ("yes", None),
    ("ar_jordan_arabic", "5/environment"): ("yes", None),
    ("ar_jordan_arabic", "5/justice"): ("yes", None),
    ("ar_jordan_arabic", "20"): ("yes", None),  # 'Other: خمس سنوات (2021–2025)': the form's option chosen
    ("ar_jordan_arabic", "45"): ("yes", None),  # the consent box ticked
}

# Sets whose writers answered every question (rounds eleven to twenty): no blank or empty cell to check. Strict: a blank
# answer added to one of them fails test_expected_readings_cover_the_whole_catalogue_with_known_values.
ANSWERED_IN_FULL = {"fr_haiti_bailleurs", "fr_tunisie_circulaires", "gh_legend_codes", "tt_caribbean_plain",
                    "fr_rdc_ministere", "es_uruguay_agesic", "au_audit_findings", "es_chile_tramite",
                    "fr_benin_abreviations", "ar_jordan_arabic", "pk_notified_pipeline", "sg_crisp_bullets",
                    "kr_translated_korean", "es_peru_normas_legales", "ae_vision_statements", "np_bikram_sambat",
                    "qa_slide_deck"}

_NA_ALONE = ("judgement: a bare 'Not applicable.' is a declined question (unknown), flagged 'not applicable: "
             "none, or declined?'; to 'is there a law' the analyst reads none (no, flagged)")
_NA_LEAD = ("an answer led by 'N/A' is declined (unknown, flagged 'not applicable: none, or declined?'); the "
            "analyst reads the words after it as none (no)")
# Current disagreements, every one flagged for review: (document, key) -> why the reader differs. Strict: a
# fix turns XPASS. A disagreement without a flag is never listed here: it fails
# test_no_heldout_answer_is_wrong_without_a_flag.
KNOWN_MISREADINGS = {
    ("terse_civil_service.txt", "17"): _NA_ALONE,
    ("terse_civil_service.docx", "17"): _NA_ALONE,
    ("no_with_plans.txt", "2/e_services"): "'Through the single portal above.' names no portal and no reference "
                                           "the reader can follow: unknown, flagged 'nothing affirms or denies'",
    ("no_with_plans.txt", "5/environment"): "a verbless lead 'No separate ministry.' decides no; the next sentence "
                                            "naming the State Agency in charge only flags it",
    ("no_with_plans.txt", "29"): "judgement: the roll-up is unknown when 'Others' is blank and every named item is "
                                 "no (flagged); the analyst reads no",
    ("no_with_plans.txt", "41"): "'No centralized collection; each agency counts ...': counting by each agency is "
                                 "'handled otherwise' (no, flagged); the analyst counts it as collection (yes)",
    ("status_fields.txt", "2/other"): _NA_ALONE.replace("a bare 'Not applicable.'", "'Status: n.a.'").replace(
        "to 'is there a law'", "for 'Others (if any)'"),
    ("status_fields.txt", "4"): "judgement: 'vacant since 2021; the post exists by decree but is not filled' - "
                                "a vacant post decides no, flagged 'a post vacant: is someone acting in it?'; "
                                "the analyst reads the ad interim Director as the equivalent (yes)",
    # Second round (written blind, moved in from heldout_new/ once none was wrong without a flag).
    ("bulleted_matrix.txt", "2/e_participation"): _NA_LEAD,
    ("bulleted_matrix.txt", "7"): _NA_LEAD + "; 'absorbed within existing allocations' is not read as no budget",
    ("bulleted_matrix.txt", "18"): _NA_LEAD + "; 'N/A at present' is not read as 'not yet'",
    ("bulleted_matrix.txt", "29/blockchain"): _NA_ALONE.replace("a bare 'Not applicable.'", "a bare 'N/A'").replace(
        "to 'is there a law'", "for a technology the strategy leaves out"),
    ("bulleted_matrix.txt", "39"): "'(iii) N/A' inside a list of ticked sub-answers declines the whole answer "
                                   "(flagged 'not applicable'); the analyst reads '(i) e-info ✓' as yes",
    ("bulleted_matrix.txt", "40"): "judgement: 'not systematic; some reports posted ad hoc on Ministry sites' is "
                                   "'handled otherwise' (no, flagged); the analyst reads a mixed yes",
    ("bulleted_matrix.txt", "42"): _NA_LEAD + "; 'survey TBD, FY2023' is not read as a future date",
    # After round twenty-seven QQ (consultations of drafts are what a service handles): read yes, flagged
    ("es_narrative.txt", "2/e_participation"): "'Todavía no contamos con un portal de participación propiamente dicho: "
                                               "las consultas …': read yes (flagged 'denied only 'as such': done "
                                               "elsewhere?'); the analyst reads no ('Todavía no contamos con un "
                                               "portal')",
    ("es_narrative.txt", "5/industry"): "a bare ministry name in Spanish ('Ministerio de Comercio e Industrias') is "
                                        "too short for the detector: unknown, flagged 'answer language unclear'",
    ("es_narrative.txt", "29/other"): "'Lo mismo que para robótica' names an item, not a question: the reference "
                                      "is not followed; unknown, flagged 'nothing affirms or denies'",
    ("fr_officialese.txt", "29/robotics"): _NA_ALONE.replace("a bare 'Not applicable.'", "a bare 'Sans objet.'")
    .replace("to 'is there a law'", "for a technology the strategy leaves out"),
    ("fr_officialese.txt", "42"): "'Enquête … en ligne : phase pilote …, généralisation prévue en 2025' - the "
                                  "service named before the pilot reads as operating (yes, flagged mixed); the "
                                  "analyst reads a pilot as no",
    ("narrative_report.txt", "8"): "'addressed through the annual Budget speeches …' reads as operating beside a "
                                   "strategy 'under preparation' (yes, flagged mixed); the analyst reads no",
    ("narrative_report.txt", "11"): "a Bill still in draft decides no; the Computer Crime Act 'which remains in "
                                    "force' only flags it; the analyst counts that Act as 'or similar' (yes)",
    ("narrative_report.txt", "12"): "the Registration of Persons Act 'provides for' the ID card decides yes; "
                                    "'does not carry an online authentication function' only flags it",
    ("narrative_report.txt", "16"): "a framework 'adopted by some agencies only' reads as in force in part (yes, "
                                    "flagged mixed); the analyst reads a voluntary standard as no",
    ("status_officialese.txt", "40"): "'compiled by individual ministries' reads as a service (yes); 'not "
                                      "consolidated or posted online' only flags it",
    ("status_officialese.txt", "42"): "'Survey instrument approved' reads as in force; 'first round scheduled for "
                                      "2024' only flags it (mixed); the analyst reads no survey yet",
    # Third round (written blind in new voices, moved in from heldout_new/ once none was wrong without a flag).
    ("es_tabular.txt", "23"): "'Estado: No contemplado' beside 'Observaciones: … definen sus propios planes sin "
                              "articulación formal': the observation reads as in force and turns the status round "
                              "(yes, flagged); the analyst lets the status field decide (no)",
    ("es_tabular.txt", "29/ai"): "'Estado: Contemplado – Eje 5': 'contemplado' (provided for) is no affirming cue in "
                                 "the Spanish tables: unknown, flagged",
    ("es_tabular.txt", "31"): "'Estado: No se utilizan' is too short for the language detector: unknown, flagged "
                              "'answer language unclear'",
    ("es_tabular.txt", "32"): "'Estado: En estudio' beside an observation that the Central Bank 'analiza un sandbox': "
                              "the observation reads as a statement turning the status round (yes, flagged); the "
                              "analyst lets the study status decide (no)",
    ("es_tabular.txt", "40"): "'Estado: No se publica de forma sistemática' is too short for the language detector: "
                              "unknown, flagged 'answer language unclear'",
    ("es_tabular.txt", "44"): "'Sin comentarios adicionales.' is not read as 'nothing to add': unknown, flagged; the "
                              "analyst reads no (and notes a reviewer may prefer unknown)",
    ("es_tabular.txt", "45"): "a bare 'Autorizado.' (consent, glyphs lost) is no affirming cue: unknown, flagged",
    ("fr_mixed.txt", "29/iot"): "'rien à signaler' (nothing to report) is no whole answer in the French tables: "
                                "unknown, flagged",
    ("fr_mixed.txt", "36"): "judgement: a bare 'Pas à notre connaissance.' is the speaker's ignorance, a decline "
                            "(unknown, flagged 'not aware of one'), as 'Not that I know of' is read since round ten; "
                            "the analyst reads a hedged no (flagged) and notes a reviewer may prefer unknown",
    ("labelled_fields.txt", "2/e_participation"): "'platform is a deliverable under the e-Government Master Plan' "
                                                  "reads as a statement beside 'tender to be floated in FY2023' (yes, "
                                                  "flagged mixed); the analyst reads nothing operating (no)",
    ("labelled_fields.txt", "2/open_data"): "a link and a 'beta; access limited to ministries … pending the public "
                                            "launch' read as mixed (yes, flagged); the analyst reads a portal not yet "
                                            "open to the public as no",
    ("labelled_fields.txt", "4"): "the field 'Sub-national strategy: none exists at this time' (Q23's subject) undoes "
                                  "the coordination field (no, flagged); the analyst reads the CIO equivalent in the "
                                  "contact block (yes)",
    ("labelled_fields.txt", "8"): "'Link: N/A' declines the whole answer (unknown, flagged 'not applicable'); the "
                                  "analyst reads 'submission to Cabinet awaited' as not adopted (no)",
    ("labelled_fields.txt", "9"): "the ticked '☒ Yes' stands beside 'published for first reading; not yet enacted' "
                                  "(yes, flagged: the tick and the written answer disagree); the analyst lets the "
                                  "text override the tick (no)",
    ("labelled_fields.txt", "29/blockchain"): "'proof-of-concept only (land titling, Ministry of Lands); not in the "
                                              "Master Plan': the ministry reads as named (yes, flagged negation in a "
                                              "yes sentence); the analyst reads no",
    ("labelled_fields.txt", "41"): "'each ministry and agency keeps transaction logs for its own systems' is handled "
                                   "otherwise (no, flagged); the analyst counts agency-by-agency logs as yes",
    ("legal_office.txt", "12"): "the 2017 Act struck down, then the 2021 Act 'passed … and assented to' reads as a "
                                "successor in force (yes, flagged); its commencement day not appointed is not read as "
                                "its own status; the analyst reads 'no operative enactment' (no)",
    ("legal_office.txt", "40"): "'The Access to Information Act imposes no such duty' decides no; reports published "
                                "where a Ministry elects to (with a link) only flag it; the analyst reads a partial yes",
    ("small_island.txt", "1"): "'We do not have a transactional portal' decides no; the Government website carrying "
                               "news and forms only flags it; the analyst counts the information website (yes)",
    ("small_island.txt", "2/procurement"): "'Tenders are advertised on the Government website' reads as a service "
                                           "beside 'bids are still delivered by hand' (yes, flagged mixed); the "
                                           "analyst reads no e-procurement",
    ("small_island.txt", "16"): "'Not applicable for now: …' declines (unknown, flagged 'not applicable'); the analyst "
                                "reads the words after it (systems stand-alone, data on paper) as no",
    ("small_island.txt", "17"): "'Same as Q16.' follows Q16, which is declined (unknown): unresolved, flagged; the "
                                "analyst reads Q16 as no",
    ("small_island.txt", "29"): "judgement: the roll-up stays unknown when every item read is no and the others are "
                                "blank (flagged); the analyst reads no",
    ("telegraphic_notes.txt", "5/finance"): "'= Planning (MoE)': an equals sign pointing to the Planning item is not "
                                            "read as a reference: unknown, flagged",
    ("telegraphic_notes.txt", "7"): "'FJD 2.1m supp. approp. 2020-21 (…)': abbreviated notes, an amount and no verb: "
                                    "unknown, flagged 'nothing affirms or denies'",
    ("telegraphic_notes.txt", "23"): "'n/a – no sub-natl e-govt strat. (cf. Q4).': the abbreviations leave the "
                                     "detector unsure of the language: unknown, flagged 'answer language unclear'",
    ("telegraphic_notes.txt", "29/ai"): "a bare 'N' (for No) is no whole answer the reader knows: unknown, flagged",
    ("telegraphic_notes.txt", "38"): "'Y – ref Q35 …': a bare 'Y' (for Yes) is no explicit yes the reader knows: "
                                     "unknown, flagged",
    ("telegraphic_notes.txt", "43"): "partner names without a verb ('PIF; ITU Asia-Pac; UNDP …'): unknown, flagged "
                                     "'nothing affirms or denies'",
    # Fourth round (written blind in new voices, moved in from heldout_new/ once none was wrong without a flag).
    ("donor_projects.txt", "7"): "'No Government budget line' decides no; donors financing the digital measures in the "
                                 "next sentence only flag it; the analyst counts donor funding as a specific allocation",
    ("donor_projects.txt", "29/iot"): "'Pilot only: smart water meters …; not in the strategy': the label is stripped and "
                                      "the meters read as named (yes, flagged negation in a yes sentence); the analyst "
                                      "reads a pilot outside the strategy (no)",
    ("federal_split.txt", "11"): "'There is no general cybersecurity Act' after the Security of Critical Infrastructure "
                                 "Act 2018 undoes it (no, flagged); the question's 'or similar' lets the analyst count "
                                 "the sectoral Act (yes)",
    ("federal_split.txt", "14"): "'No e-procurement statute at either level' decides no; the Procurement Rules under the "
                                 "PGPA Act requiring AusTender publication only flag it; the analyst counts regulation",
    ("federal_split.txt", "21"): "'linked to the Digital Economy Strategy 2030 rather than to a national development "
                                 "plan' reads as a link in place (yes, flagged negation in a yes sentence); the analyst "
                                 "reads 'rather than' as the denial (no)",
    ("federal_split.txt", "29/blockchain"): "'National Blockchain Roadmap (2020) – a separate document; not in the "
                                            "e-government strategy' reads as stated (yes, flagged); 'separate' and "
                                            "'not in the strategy' mean no for what the strategy addresses",
    ("hedged_qualifications.txt", "2/other"): "'Not applicable, as far as we are aware.' declines (unknown, flagged 'not "
                                              "applicable'); for 'Others (if any)' the analyst reads none (no)",
    ("hedged_qualifications.txt", "31"): "'Not systematically. Some scenario work has been carried out on an ad hoc "
                                         "basis': ad hoc work reads as handled otherwise (no, flagged); the analyst "
                                         "reads used, not as a practice (yes)",
    ("hedged_qualifications.txt", "34"): "'no e-participation policy as such; the Consultation Principles … apply, to a "
                                         "degree, to online consultation': a name denied and the function affirmed "
                                         "(yes, flagged 'as such'); the analyst reads general guidance as no policy",
    ("yes_no_then_qualified.txt", "7"): "'No specific allocation. However, LKR 250 million was released …': the "
                                        "specific denial decides no, the later sentence only flags it; the analyst "
                                        "reads the release as the allocation (yes)",
    ("yes_no_then_qualified.txt", "10"): "'Yes – … Act … certified in March 2022; its operative provisions take effect "
                                         "in stages from 2025': the date after the edition only flags the Yes; the "
                                         "analyst reads enacted, not yet in force (no)",
    ("yes_no_then_qualified.txt", "19"): "'Yes, the Digital Government Strategy was not renewed after 2020; a new one "
                                         "awaits approval': 'not renewed' is no status the first-clause rule knows, so "
                                         "the Yes stays (flagged); the analyst reads lapsed (no)",
    ("yes_no_then_qualified.txt", "29/ai"): "'Yes – a National AI Strategy is being prepared': on what a strategy "
                                            "addresses, a typed Yes then a status stays yes (flagged); the analyst "
                                            "reads a strategy not there yet (no)",
    # Fourth round, French and Spanish.
    ("es_short_notes.txt", "2/e_services"): "'Ver p. 1.': 'p.' may be 'pregunta' or 'página', so the pointer is not "
                                            "followed: unknown, flagged 'nothing affirms or denies'",
    ("es_short_notes.txt", "26"): "'Ver 12.' points from a strategy question to a law question (Q12: no law, ID card "
                                  "in pilot): not carried across topics, unknown, flagged; the analyst reads no, flagged",
    ("es_short_notes.txt", "29"): "judgement: the roll-up stays unknown when its items are no, blank or unknown "
                                  "(flagged); the analyst counts 'Mención general' and the cloud as yes",
    ("es_short_notes.txt", "29/ai"): "'Mención general.' (a general mention) is a verbless noun no table reads as "
                                     "affirming: unknown, flagged",
    ("es_short_notes.txt", "29/other"): "'Nube gubernamental (RNMS)' names a thing in the 'Others' row of a coverage "
                                        "question; names answer only questions asking for names: unknown, flagged",
    ("fr_cover_letter.txt", "29/iot"): "'Voir la ligne précédente.' points to the row before (5G) without a number: "
                                       "not followed between items, unknown, flagged",
    # Fifth round, French (moved in from heldout_new/ once none was wrong without a flag).
    ("fr_tableau.txt", "29/other"): _NA_ALONE.replace("a bare 'Not applicable.'", "a bare 'Sans objet.'")
    .replace("to 'is there a law'", "for 'Others (if any)'"),
    # Fifth round, English (written blind in new voices, moved in from heldout_new/ once none was wrong without a flag).
    ("ministerial_memo.txt", "18"): "'The Department is not aware of any legislation … on these technologies' declines "
                                    "(unknown, flagged 'not aware of one'); the analyst reads the respondent's own "
                                    "field as none (no)",
    ("ministerial_memo.txt", "23"): "'We would note that local government units enjoy autonomy …, and that their plans "
                                    "are a matter for each unit; the Master Plan accordingly does not make specific "
                                    "reference …': the frame's complement reads as stated, the denial after the "
                                    "semicolon only flags it (yes, flagged); the analyst reads the denial (no)",
    ("ministerial_memo.txt", "34"): "'We regret that no national e-participation policy has yet been adopted; a draft "
                                    "… is under inter-agency review': 'adopted' under 'We regret that no …' reads as "
                                    "in force beside a draft (yes, flagged mixed); the analyst reads no",
    ("statute_quotes.txt", "9"): "the Constitution's right of access quoted, then the Information Act 2018 not commenced "
                                 "('No notice has been published'): a denial of the Act decides (no, flagged 'an "
                                 "affirmation, then a denial'); the analyst counts the Constitution (yes, flagged)",
    ("statute_quotes.txt", "10"): "a Bill's clauses quoted ('This Act applies to …') read as in force; the Bill's status "
                                  "comes only in a closing bracket (yes, flagged); the analyst reads a Bill (no)",
    ("statute_quotes.txt", "24"): "'Pillar 4 of the Strategy (\"No Fijian left offline\"), quoted in full at Q33': the "
                                  "pillar's title reads as a service done offline (no, flagged 'handled otherwise'); "
                                  "the analyst follows the pointer to Q33 (yes)",
    ("statute_quotes.txt", "28"): "'Not in terms. The nearest statement is paragraph 6.3: …' is a hedged denial (no, "
                                  "flagged 'denied only as such'); the analyst counts the quoted paragraph as a "
                                  "principle 'or similar' (yes, flagged)",
    ("statute_quotes.txt", "31"): "'Not applicable. No formal foresight … exercise has been undertaken': the decline "
                                  "opens the answer (unknown, flagged 'not applicable'); the analyst reads the "
                                  "denial after it (no)",
    ("dated_milestones.txt", "8"): "'Economic Recovery Task Force report: Sept 2021 (…, recommendations only). … green "
                                   "paper tabled …; White Paper: Cabinet approval pending': the dated report reads as "
                                   "named beside pending statuses (yes, flagged mixed); the analyst reads no strategy",
    ("dated_milestones.txt", "12"): "'… Act, 2017 – struck down … Replacement: … Act, 2021 – passed Dec 2021; "
                                    "commencement order not yet issued': a verbless 'struck down' after the name only "
                                    "flags it (yes, flagged); the analyst reads the replacement not in force (no)",
    ("dated_milestones.txt", "16"): "'… Regulations: Drafting instructions issued: Jan 2021. Cabinet approval: Nov "
                                    "2021. Gazette: pending.': the steps read as named beside 'pending' (yes, flagged "
                                    "mixed); the analyst reads regulations not made (no)",
    ("dated_milestones.txt", "29/ai"): "'Not in the 2018 strategy; national AI policy consultation Oct 2022 – Jan 2023': "
                                       "the dated consultation after the denial reads as stated (yes, flagged); the "
                                       "analyst reads the denial (no)",
    ("dated_milestones.txt", "42"): "'First customer satisfaction survey of online services: fieldwork scheduled Q1 "
                                    "2023': 'online services' in the label reads as operating beside a date after the "
                                    "edition (yes, flagged mixed); the analyst reads no survey yet (no)",
    ("quantified_progress.txt", "33"): "'0 stand-alone policies. Digital inclusion covered in 1 of 4 pillars of the "
                                       "Master Plan': the count of zero denies a specific policy, the pillar only flags "
                                       "it (no, flagged); the question's 'or similar' lets the analyst count it (yes)",
    # Sixth round, English (written blind in new voices, moved in from heldout_new/ once none was wrong without a flag).
    ("maturity_ratings.txt", "29/blockchain"): "'Justification: a blockchain land-title pilot … in one region (2021)': on "
                                               "what a strategy addresses a pilot answers, but no text is named (yes, "
                                               "flagged mixed); the analyst reads no reference in the strategy (no)",
    ("maturity_ratings.txt", "29/iot"): "'Same rating as Robotics.': a pointer to a sibling item by its rating, not "
                                        "followed (unknown, flagged 'nothing affirms or denies'); the analyst follows "
                                        "it to Robotics' 'Score 0/4 – not referenced' (no)",
    ("maturity_ratings.txt", "33"): "'RAG status: Amber – partially implemented. Justification: the … Policy is awaiting "
                                    "Cabinet approval': 'partially implemented' reads as in force in part (yes, flagged "
                                    "mixed); the analyst reads the policy not adopted (no)",
    ("maturity_ratings.txt", "37"): "'Maturity: Initial (1/5) – see Q34.': the rating label hides the pointer (unknown, "
                                    "flagged 'nothing affirms or denies'); the analyst follows it to Q34 (no)",
    ("parliamentary_answers.txt", "2/other"): "'Officials are not aware of any other portal …' declines (unknown, flagged "
                                              "'not aware of one'); the analyst reads the Minister's own officials as "
                                              "knowing: none (no)",
    ("parliamentary_answers.txt", "11"): "'There is no statute dedicated to cybersecurity. The Minister has been advised "
                                         "that the relevant provisions are found in the … Act 2013 …': the specific "
                                         "denial decides (no, flagged 'a later sentence affirms'); the analyst counts "
                                         "the provisions in force (yes, flagged)",
    ("parliamentary_answers.txt", "14"): "'It is not the practice of the Government to regulate procurement by statute. "
                                         "The Government Procurement Rules …, approved by Cabinet, are mandatory …': the "
                                         "denial decides (no, flagged 'a later sentence affirms'); the analyst reads "
                                         "binding rules (yes, flagged)",
    ("parliamentary_answers.txt", "17"): "'Officials are not aware of any legislation on open government data' declines "
                                         "(unknown, flagged 'not aware of one'); the analyst reads policy rather than "
                                         "law (no)",
    ("parliamentary_answers.txt", "23"): "'Officials are not aware of any local government e-government strategy …' "
                                         "declines (unknown, flagged 'not aware of one'); the analyst reads none (no)",
    ("parliamentary_answers.txt", "29/5g"): "'The Minister has been advised that 5G is dealt with in telecommunications "
                                            "policy …, not in the Strategy': the frame's complement reads as stated, the "
                                            "correction after it only flags it (yes, flagged); the analyst reads not "
                                            "in the Strategy (no)",
    ("parliamentary_answers.txt", "31"): "'It is not the practice of the Government to apply formal foresight tools … as "
                                         "such. However, … several of the 2022 briefings used scenario planning': the "
                                         "hedged denial decides (no, flagged 'denied only as such'); the analyst reads "
                                         "the scenario work (yes, flagged)",
    ("parliamentary_answers.txt", "34"): "'Officials are not aware of a national e-participation policy as such' declines "
                                         "(unknown, flagged 'not aware of one'); the analyst reads none, the OGP plan "
                                         "still being prepared (no)",
    ("email_thread.txt", "13"): "'See Q11 – section 17 of the Cybercrimes Act 2015 makes electronic signatures "
                                "binding …' then a quoted later message 'Yes, but it is not law yet' about the Bill: "
                                "the pointer's own words ('not law yet') decide (no, flagged 'a reference, and words of "
                                "its own'); the analyst reads the Acts in force (yes) and the Bill as background",
    ("email_thread.txt", "25"): "'Still awaiting NITDA's input on this one – please leave it open. > Will revert.': "
                                "'leave it open' reads as a statement (yes, flagged 'negation contradicted'); the "
                                "analyst reads a decline (unknown)",
    # Sixth round, French and Spanish (moved in from heldout_new/ once none was wrong without a flag).
    ("fr_numbered_report.txt", "25"): "'Cadre national de gouvernance des données : a) étude de diagnostic achevée en "
                                      "2021 ; b) projet de décret gouvernemental en cours de révision': the completed "
                                      "study reads as in place beside the draft decree (yes, flagged mixed); the "
                                      "analyst reads no framework yet (no)",
    ("es_peninsular_bullets.txt", "5/planning"): "'• Véase Economía/finanzas' points to a sibling row by its Spanish "
                                                 "name; the row labels are English, so it is not followed: unknown, "
                                                 "flagged 'nothing affirms or denies'",
    ("es_peninsular_bullets.txt", "25"): "'• Oficina del Dato y Chief Data Officer: creados en 2020 • Marco nacional de "
                                         "gobernanza del dato: pendiente de desarrollo reglamentario': the office named "
                                         "beside the pending framework reads as mixed (yes, flagged); the analyst reads "
                                         "no framework (no, flagged)",
    ("es_peninsular_bullets.txt", "42"): "'Encuestas de satisfacción: las realiza cada departamento ministerial, sin "
                                         "metodología común • Encuesta común de la AGE: en fase de licitación': the "
                                         "departments' surveys read as stated beside the tender (yes, flagged mixed); "
                                         "the analyst reads each department its own way (no, flagged)",
    # Seventh round, agency_split, spreadsheet_paste, bilingual_en_fr, es_oficio (r7mix; moved in from heldout_new/
    # once none was wrong without a flag).
    ("agency_split.txt", "7"): "'MoF: PEN programme … – allocated. Kominfo: budget reallocation … Regions: no specific "
                               "allocation': the denial after the national parts reads as one of what was asked (no, "
                               "flagged 'an affirmation, then a denial'); the analyst keeps the national yes",
    ("agency_split.txt", "17"): "'As in Q16 (PR 39/2019 on One Data Indonesia).': 'As in Q16' is no pointer form the "
                                "reader follows, the bracket only names (unknown, flagged); the analyst follows Q16 (yes)",
    ("agency_split.txt", "33"): "'… Siberkreasi – running since 2017; BAKTI … Overall: no single inclusion policy': the "
                                "Overall denial reads as one of what was asked (no, flagged); the analyst lets the "
                                "parts in force outweigh it (yes, flagged)",
    ("bilingual_en_fr.txt", "5/education"): "'Not applicable – education is a provincial and territorial "
                                            "responsibility (Council of Ministers of Education …)': declined (unknown, "
                                            "flagged 'not applicable'); the analyst reads no federal ministry (no, flagged)",
    ("bilingual_en_fr.txt", "12"): "'Not at the federal level. Non, pas au niveau fédéral. La Colombie-Britannique et "
                                   "l'Alberta délivrent déjà …': the French typed 'Non' decides, the scope hedge only "
                                   "flags it (no, flagged 'denied only as such'); the analyst reads provinces in force "
                                   "(yes, flagged)",
    ("bilingual_en_fr.txt", "21"): "'Canada does not have a national development strategy as such; the Digital Ambition "
                                   "is guided by the mandate letters of ministers': a name denied, then what guides the "
                                   "work (yes, flagged 'denied only as such'); the analyst reads no strategy (no)",
    ("bilingual_en_fr.txt", "40"): "'Not systematically. Some departments publish \"What we heard\" reports …; there is "
                                   "no government-wide practice': the departments' reports read as stated (yes, flagged "
                                   "'negation inside a yes'); the analyst reads per department only (no, flagged)",
    ("es_oficio.txt", "29/blockchain"): "'Se encuentra en proceso de análisis.' on what the strategy addresses reads as "
                                        "a study of the topic (yes, flagged mixed); the analyst reads only an analysis (no)",
    ("es_oficio.txt", "29/other"): "'No aplica.': declined (unknown, flagged 'not applicable'); the analyst reads no "
                                   "other technology (no, flagged)",
    ("es_oficio.txt", "36"): "'Se informa que la solicitud … se realiza de manera presencial … mediante formato "
                             "impreso; no se cuenta con un servicio en línea específico': the framed statement reads as "
                             "stated (yes, flagged 'negation inside a yes'); the analyst reads in person only (no)",
    # The scope hedge of round seven ("at federal level" denies one level only) reaches an earlier set too.
    ("bulleted_briefing.txt", "2/e_participation"): "'• Absent at federal level; two states run their own petition "
                                                    "sites.': one level denied, then who does it (yes, flagged 'denied "
                                                    "only as such'); the analyst reads no federal e-participation (no, "
                                                    "flagged)",
    # Eighth round, es_vigencia_gradual and fr_belgique_niveaux (r8fres; moved in from heldout_new/ once none was
    # wrong without a flag).
    ("es_vigencia_gradual.txt", "2/e_participation"): "'Plataforma \"Consulta Pública\" en etapa de implementación; en "
                                                      "el intertanto cada servicio realiza sus consultas …': the "
                                                      "agencies' own consultations read beside the stage (yes, flagged "
                                                      "mixed); the analyst reads no national platform yet (no, flagged)",
    ("es_vigencia_gradual.txt", "2/other"): "'no aplica': declined (unknown, flagged 'not applicable'); the analyst "
                                            "reads no other portal (no)",
    ("es_vigencia_gradual.txt", "5/health"): "'Ministerio de Salud (Minsal)': too few words to tell the language "
                                             "(unknown, flagged 'answer language unclear'); the analyst reads the "
                                             "ministry named (yes)",
    ("es_vigencia_gradual.txt", "5/environment"): "'Ministerio del Medio Ambiente': too few words to tell the language "
                                                  "(unknown, flagged 'answer language unclear'); the analyst reads the "
                                                  "ministry named (yes)",
    ("es_vigencia_gradual.txt", "11"): "'El proyecto de Ley Marco sobre Ciberseguridad … se encuentra en segundo "
                                       "trámite constitucional. A la fecha rige la Ley N° 21.459 sobre delitos "
                                       "informáticos': the bill decides (no, flagged 'a specific denial, then a later "
                                       "sentence affirms'); the analyst counts the cybercrime law in force (yes, flagged)",
    ("es_vigencia_gradual.txt", "21"): "'no aplica': declined (unknown, flagged 'not applicable'); the analyst reads no "
                                       "strategy to align with (no, flagged)",
    ("es_vigencia_gradual.txt", "29/robotics"): "'no aplica': declined (unknown, flagged 'not applicable'); the analyst "
                                                "reads not addressed (no)",
    ("fr_belgique_niveaux.txt", "5/health"): "'SPF Santé publique, Sécurité de la chaîne alimentaire et Environnement': "
                                             "lower-case words after a linking word ('de la chaîne alimentaire') are "
                                             "outside the names rule (unknown, flagged); the analyst reads the SPF (yes)",
    ("fr_belgique_niveaux.txt", "5/environment"): "'SPF Santé publique, Sécurité de la chaîne alimentaire et "
                                                  "Environnement (DG Environnement)': as 5/health (unknown, flagged); "
                                                  "the analyst reads the SPF (yes)",
    ("fr_belgique_niveaux.txt", "32"): "'… exploitent un \"innovation hub\" pour les fintech, en service depuis 2019 ; "
                                       "un bac à sable réglementaire au sens strict est à l'étude. Régions : aucun.': the "
                                       "hub reads as operating beside the study (yes, flagged mixed); the analyst reads a "
                                       "contact point, not experimentation (no, flagged)",
    ("fr_belgique_niveaux.txt", "36"): "'Il n'existe pas d'e-service spécifique. L'accès … se fait via MyHandicap …, en "
                                       "ligne.': the specific denial decides (no, flagged 'a specific denial, then a "
                                       "later sentence affirms'); the analyst reads the e-service named (yes, flagged)",
    ("fr_belgique_niveaux.txt", "42"): "'Aucune enquête de satisfaction n'a été menée au niveau fédéral ; … prévue … "
                                       "(2024). Région flamande : enquête annuelle …': the federal denial decides (no, "
                                       "flagged 'denied only as such'); the analyst reads Flanders' survey (yes, flagged "
                                       "mixed)",
    ("fr_belgique_niveaux.txt", "43"): "'Union européenne (Digital Europe, …), Benelux, OCDE (E-Leaders) ; coopération "
                                       "avec Enabel …': a verbless list of partners with lower-case words (unknown, "
                                       "flagged 'nothing affirms or denies'); the analyst reads partners named (yes)",
    # Seventh round, English half (moved in from heldout_new/ once none was wrong without a flag).
    ("interview_transcript.txt", "5/employment"): "'A: The same ministry as social welfare.': a pointer to a sibling "
                                                  "item by its label, not followed (unknown, flagged 'nothing "
                                                  "affirms or denies'); the analyst follows it (yes)",
    ("interview_transcript.txt", "38"): "'A: The E-Mongolia Academy runs courses for elderly people – it started as a "
                                        "pilot in two districts … Q: And beyond the pilot? A: The national rollout is "
                                        "for 2023.': the courses read as operating beside the plan (yes, flagged "
                                        "mixed); the analyst reads a pilot (no)",
    ("consultant_findings.txt", "6"): "'Finding: The … Public Health Institute maintains a dedicated COVID-19 "
                                      "dashboard … No dedicated section exists on ZamPortal.': the later absence "
                                      "reads as a denial of what was asked (no, flagged); the analyst counts the "
                                      "institute's page (yes)",
    ("consultant_findings.txt", "12"): "'Partially addressed through the National Registration Act (Cap. 126), which "
                                       "governs the paper-based green National Registration Card … no legal provision "
                                       "for digital identity exists': opening in part reads as a mixed yes (flagged); "
                                       "the analyst reads an Act on something else, the paper card (no, flagged)",
    ("consultant_findings.txt", "32"): "'Finding: a regulatory sandbox framework was proposed by the Bank of Zambia in "
                                       "a consultation paper (2021); it is not yet operational.': the past proposal "
                                       "reads as stated (yes, flagged 'a past event, then a plan or denial'); the "
                                       "analyst reads not yet operational (no)",
    # Eighth round, annual_report_extract (moved in last, once Q40's report-noun negation beside a referral read as the
    # decline's reason).
    ("annual_report_extract.txt", "2/open_data"): "'Key achievements: the NISR microdata catalogue … continued to "
                                                  "publish survey datasets. Challenges: the national open data portal "
                                                  "… was not delivered': the Challenges decide (no, flagged 'a past "
                                                  "event, then a plan or denial'); the analyst counts the catalogue "
                                                  "that operates (yes)",
    ("annual_report_extract.txt", "18"): "a drone regulation that 'remained in force', then 'Challenges: no legal "
                                         "instrument yet covers AI, blockchain or IoT': the Challenges decide (no, "
                                         "flagged); the analyst counts drones as an emerging technology (yes)",
    ("annual_report_extract.txt", "27"): "'The digital by default principle … guided the onboarding', then 'Challenges: "
                                         "about 40% of services … still delivered on paper': handled otherwise (no, "
                                         "flagged); the analyst reads the principle as adopted (yes)",
    ("annual_report_extract.txt", "28"): "'Challenges: citizens were still required to submit the same documents …' read "
                                         "as a statement beside the Way forward (yes, flagged mixed); the analyst reads "
                                         "no once-only principle yet (no)",
    ("annual_report_extract.txt", "29/blockchain"): "'A proof of concept … was completed in 2020; it was not scaled.': "
                                                    "the completed step decides (yes, flagged 'a past event, then … "
                                                    "denial'); the analyst reads a pilot never scaled (no)",
    ("annual_report_extract.txt", "32"): "'Key achievements: the … regulatory sandbox admitted its second cohort …': "
                                         "nothing the reader can name affirms (unknown, flagged); the analyst reads "
                                         "the sandbox operating (yes)",
    # Eighth round, r8en: one_word_status, html_export, tracked_changes (moved in from heldout_new/ once none was
    # wrong without a flag; tracked_changes 65/65 once its "[Deleted: …]" / "[Comment JK11: …]" markers are layout).
    ("one_word_status.txt", "5/health"): "'MoH.': an acronym alone as an item's answer names no ministry the reader "
                                         "knows (unknown, flagged 'nothing affirms or denies'); the analyst reads "
                                         "the Ministry of Health (yes)",
    ("one_word_status.txt", "16"): "'Done 2023.': a status word with a year and no verb is not read (unknown, "
                                   "flagged 'nothing affirms or denies'); the analyst reads a date after the "
                                   "2022 edition (no)",
    ("one_word_status.txt", "24"): "'Partly.': one hedge word alone affirms nothing the reader can name (unknown, "
                                   "flagged); the analyst reads some reference (yes)",
    ("one_word_status.txt", "29"): "every named item unknown or no and 'Others' blank: the roll-up stays unknown "
                                   "(flagged); the analyst reads none (no)",
    ("one_word_status.txt", "32"): "'Done 2021. RBV sandbox.': a verbless status and a name (unknown, flagged "
                                   "'nothing affirms or denies'); the analyst reads a sandbox set up in 2021 (yes)",
    ("one_word_status.txt", "35"): "'Partly. Free Wi-Fi, Port Vila only.': a hedge word and a verbless note "
                                   "(unknown, flagged); the analyst reads free Wi-Fi in the capital (yes)",
    ("html_export.txt", "2/other"): "'N/A&nbsp;' under 'Others (if any)' (decoded to 'N/A'): " + _NA_ALONE,
    ("html_export.txt", "42"): "'Pilot – satisfaction ratings collected on 5 services; whole-of-government survey "
                               "from 2024.': the ratings read as operating beside the plan (yes, flagged); the "
                               "analyst reads a pilot (no)",
    # Ninth round (restated_questions, acronym_shorthand, updated_from_2020, passive_nominal, fr_conditionnel,
    # es_gerundios; moved in from heldout_new/ once none was wrong without a flag: docs/reading.md, "After round ten
    # (A)", "(B)" and "(C)").
    ("restated_questions.txt", "36"): "'Specific services are provided for women and other vulnerable groups, such as "
                                      "the Old Age Pension … applications for these are made in person … using paper "
                                      "forms. An online application module is being designed …': the services "
                                      "provided read as operating beside the module's design (yes, flagged mixed); "
                                      "the analyst reads paper forms only, no e-service yet (no)",
    ("acronym_shorthand.txt", "29/iot"): "'as per AI above (IoT grouped w/ AI under §6)': a pointer to a sibling item "
                                         "by its label, not followed (unknown, flagged 'nothing affirms or denies'); "
                                         "the analyst follows it to AI (yes)",
    ("acronym_shorthand.txt", "38"): "'→ Q35 (Women in ICT trainings, approx. 300 participants 2021-22, …)': the arrow "
                                     "to Q35 is not followed and the verbless note affirms nothing (unknown, flagged "
                                     "'nothing affirms or denies'); the analyst follows it to Q35's trainings (yes)",
    ("acronym_shorthand.txt", "45"): "'Y – cleared by Sec. DICT' to the consent to publish: a 'Y' before a verbless "
                                     "note, with no link, is not read as a typed Yes (unknown, flagged 'nothing "
                                     "affirms or denies'); the analyst reads Y as consent given (yes)",
    ("updated_from_2020.txt", "21"): "'2022 update: The PSDSP 2021-2025 is aligned with the Twelfth Malaysia Plan "
                                     "(2021-2025), tabled in Parliament on 27 September 2021 …': the Plan's tabling "
                                     "reads as a status short of in force (no, flagged 'an update gives a status "
                                     "short of in force …'); the analyst reads the strategy aligned (yes)",
    ("updated_from_2020.txt", "27"): "'2020 text: The strategic plan does not state a digital-by-default principle. "
                                     "2022 update: Adding such a principle has been proposed for the mid-term review "
                                     "…, scheduled for 2023.': the update's proposal reads as stated (yes, flagged "
                                     "mixed); the analyst reads no principle yet, only proposed (no)",
    ("passive_nominal.txt", "4"): "'No post of Chief Information Officer stands created at the federal level. "
                                  "Discharge of the equivalent functions is, however, made by the Chief Executive "
                                  "Officer, NITB …': the denial decides (no, flagged 'denied only as such'); the "
                                  "analyst reads the CEO NITB as the equivalent the question accepts (yes, flagged)",
    ("passive_nominal.txt", "8"): "'Formulation of a post-COVID-19 digital recovery framework was undertaken by MoITT "
                                  "in 2021. Finalisation thereof is awaited …': the formulation undertaken reads as "
                                  "done (yes, flagged 'a past event, then a plan or denial'); the analyst reads a "
                                  "framework not yet finalised (no)",
    ("passive_nominal.txt", "29/5g"): "'Reference to rollout of next-generation mobile services is made at para 3.1. "
                                      "Auction of 5G spectrum remains pending.': the pending auction decides (no, "
                                      "flagged 'a status beside something in force or operating'); the analyst reads "
                                      "the Policy's reference, what was asked (yes, flagged)",
    ("fr_conditionnel.txt", "14"): "'Le nouveau Code des marchés publics, qui consacre la dématérialisation des "
                                   "procédures de passation, devrait entrer en vigueur au cours de l'année 2023': the "
                                   "relative clause reads as in force (yes, flagged mixed); the analyst reads a code "
                                   "not in force before 2023 (no)",
    ("fr_conditionnel.txt", "23"): "'Des stratégies numériques territoriales sont envisagées … ; la SN2025 n'y fait "
                                   "pas référence et aucune collectivité territoriale n'a, à ce jour, adopté de "
                                   "stratégie propre': 'sont envisagées' reads as stated (yes, flagged 'negation "
                                   "inside a yes sentence'); the analyst reads strategies only envisaged, none "
                                   "adopted (no)",
    ("fr_conditionnel.txt", "29/iot"): "'Même réponse que pour l'intelligence artificielle.': a pointer to a sibling "
                                       "item by its label, not followed (unknown, flagged 'nothing affirms or "
                                       "denies'); the analyst follows it to AI (yes)",
    ("es_gerundios.txt", "5/health"): "'Ministerio de Salud (MINSA); https://…': too few words to tell the language "
                                      "(unknown, flagged 'answer language unclear'); the analyst reads the ministry "
                                      "named (yes)",
    ("es_gerundios.txt", "14"): "'Texto Único Ordenado de la Ley N° 30225 …, que establece el uso obligatorio del "
                                "SEACE … Cabe precisar que el proyecto de nueva Ley … viene siendo debatido en el "
                                "Congreso': the bill under debate decides (no, flagged 'a status beside something in "
                                "force or operating'); the analyst counts the law in force (yes)",
    ("es_gerundios.txt", "21"): "'La alineación de la Estrategia con el Plan Estratégico de Desarrollo Nacional al "
                                "2050, aprobado en 2022, se viene coordinando con CEPLAN y se concretará en la "
                                "actualización … 2023': the Plan's approval reads as in place (yes, flagged mixed); "
                                "the analyst reads the alignment still being coordinated (no)",
    # Tenth round (press_release, translated_from_french, footnoted, first_person_small_team, fr_maroc_dahir,
    # es_argentina_media_sancion; moved in from heldout_new/ once none was wrong without a flag: docs/reading.md,
    # "After round ten (A)", "(B)" and "(C)").
    ("press_release.txt", "22"): "'The UAE is a passionate advocate of the 2030 Agenda. A formal mapping of the "
                                 "Digital Government Strategy against the SDGs is being prepared …': the advocacy "
                                 "reads as a statement beside the work in preparation (yes, flagged 'a plain "
                                 "statement beside a denial'); the analyst reads no mapping yet (no)",
    ("press_release.txt", "32"): "'Information on this topic will be provided separately by the General Secretariat "
                                 "of the Cabinet.': the information given by another body reads as handled otherwise "
                                 "(no, flagged); the analyst reads a decline here (unknown)",
    ("translated_from_french.txt", "4"): "'Not as such. The function is ensured by the Director General of the "
                                         "Digital Transformation …, in waiting of the nomination of a Chief Digital "
                                         "Officer': the denial decides (no, flagged 'denied only as such'); the "
                                         "analyst reads the Director General as the equivalent, contact given (yes, "
                                         "flagged)",
    ("translated_from_french.txt", "5/finance"): "'Idem that for the Planning/development.': a pointer to a sibling "
                                                 "item by its label, not followed (unknown, flagged 'nothing affirms "
                                                 "or denies'); the analyst follows it to the MEF (yes)",
    ("translated_from_french.txt", "33"): "'The document of national policy of the digital inclusion is in course of "
                                          "validation at the level of the MNDPT …': the literal 'in course of "
                                          "validation' is no status the reader knows (unknown, flagged 'nothing "
                                          "affirms or denies'); the analyst reads a policy not yet validated (no)",
    ("footnoted.txt", "13"): "'Yes¹¹', note 11 '… Chapter 3 (advanced electronic signatures). Chapter 3 has not yet "
                             "been brought into operation by notice in the Gazette.': an Act in force with one "
                             "chapter not commenced reads as in part (yes, flagged mixed); the analyst reads the "
                             "e-signature chapter, what was asked, not in operation (no, flagged)",
    ("footnoted.txt", "43"): "'SADC; Smart Africa Alliance; e-Governance Academy (Estonia), MoU 2021; UNDP; ITU.²⁶': "
                             "a verbless list of partners (unknown, flagged 'nothing affirms or denies'); the analyst "
                             "reads partners named (yes)",
    ("first_person_small_team.txt", "6"): "'There was no separate COVID portal. We added a COVID-19 page to the "
                                          "government portal …': the denial decides (no, flagged 'a specific denial, "
                                          "then a later sentence affirms'); the analyst reads the page as the "
                                          "dedicated section the question allows (yes)",
    ("first_person_small_team.txt", "29"): "the roll-up follows 29/other's yes (flagged 'roll-up of flagged items'); "
                                           "the analyst reads every item no (no)",
    ("first_person_small_team.txt", "29/other"): "'None - the framework is really about getting the basics right "
                                                 "first: connectivity, the portal, …': the words after the dash turn "
                                                 "the 'None' (yes, flagged 'negation contradicted by a following "
                                                 "however', with no 'however' written); the analyst reads none (no)",
    ("first_person_small_team.txt", "41"): "'Only in a basic way - Google Analytics on the government portal, which I "
                                           "look at now and then. Nothing is published.': the last denial decides "
                                           "(no, flagged 'an affirmation, then a denial of what was asked'); the "
                                           "analyst reads statistics collected, if not published (yes, flagged)",
    ("fr_maroc_dahir.txt", "29/5g"): "'le déploiement de la 5G relève de l'ANRT ; l'attribution des licences n'a pas "
                                     "encore eu lieu et la NOG n'en fait pas mention.': the remit reads as stated "
                                     "(yes, flagged 'negation inside a yes sentence'); the analyst reads the NOG not "
                                     "mentioning 5G (no)",
    ("fr_maroc_dahir.txt", "41"): "'Chaque département collecte les statistiques d'usage de ses propres services en "
                                  "ligne … Le portail Chikaya publie des statistiques …': each department on its own "
                                  "reads as handled otherwise (no, flagged); the analyst reads statistics collected "
                                  "and published (yes, flagged)",
    ("es_argentina_media_sancion.txt", "2/e_participation"): "'Plataforma de Consulta Pública: https://…': too few "
                                                             "words to tell the language (unknown, flagged 'answer "
                                                             "language unclear'); the analyst reads the platform "
                                                             "named (yes)",
    ("es_argentina_media_sancion.txt", "42"): "'Se implementa una encuesta de satisfacción posterior al trámite en Mi "
                                              "Argentina, en carácter de prueba piloto desde noviembre de 2021.': the "
                                              "survey implemented reads as operating beside the pilot (yes, flagged "
                                              "mixed); the analyst reads a pilot (no)",
    # Eleventh round (fi_understatement, gh_legend_codes, bd_project_phases, fr_tunisie_circulaires,
    # fr_haiti_bailleurs, es_mexico_federal; moved in from heldout_new/ once none was wrong without a flag:
    # docs/reading.md, "After round eleven (D)" and "(E)").
    ("fi_understatement.txt", "6"): "'Not a separate portal. The Government website has had a coronavirus section "
                                    "since March 2020': the denial decides (no, flagged 'a specific denial, then a "
                                    "later sentence affirms'); the analyst reads the section, which the question "
                                    "allows (yes, flagged)",
    ("gh_legend_codes.txt", "4"): "'P – A Government Chief Information Officer post is proposed under the draft … "
                                  "Bill. In the interim the Director-General of NITA performs the coordinating "
                                  "function.': the code P (planned) is kept (no, flagged 'a status code, then a "
                                  "remark that says otherwise'); the analyst reads the Director-General as the "
                                  "equivalent (yes, flagged)",
    ("gh_legend_codes.txt", "42"): "'D – User satisfaction survey on e-services conducted by NITA in 2021; report in "
                                   "draft.': the code D (draft) is kept against the remark (no, flagged 'a status "
                                   "code, then a remark that says otherwise'); the analyst reads the survey conducted "
                                   "(yes, flagged)",
    ("bd_project_phases.txt", "23"): "'Component 5 of the Master Plan covers field administration (district, upazila, "
                                     "union). … There are no separate local e-government strategies.': the last "
                                     "denial decides (no, flagged 'an affirmation, then a denial of what was asked'); "
                                     "the analyst reads the Master Plan addressing the local level (yes, flagged)",
    ("bd_project_phases.txt", "25"): "'… (TAPP) approved …; tender for consultancy floated May 2022. Framework not "
                                     "yet drafted; to be referenced in the Master Plan mid-term review.': the tender "
                                     "floated reads as stated (yes, flagged mixed); the analyst reads no framework "
                                     "yet, its reference only foreseen (no)",
    ("fr_tunisie_circulaires.txt", "21"): "'Le Plan « Tunisie Connectée 2020 » s'inscrivait dans le Plan de "
                                          "développement 2016-2020. Le projet de stratégie « Horizon Numérique 2025 » "
                                          "est aligné sur … le Plan … 2023-2025, en cours d'élaboration …': the "
                                          "expired plan's alignment reads as stated (yes, flagged 'a plain statement "
                                          "beside a denial'); the analyst reads only a draft strategy aligned with a "
                                          "plan being drafted (no, flagged)",
    ("fr_haiti_bailleurs.txt", "3"): "'Il n'existe pas d'agence nationale dédiée. Le CNTI … n'a jamais été doté d'un "
                                     "budget … Dans les faits, l'UMNE à la Primature (https://…) coordonne les "
                                     "projets numériques …': the denials decide (no, flagged 'a specific denial, then "
                                     "a later sentence affirms'); the analyst reads the UMNE as the body in charge "
                                     "(yes, flagged)",
    ("fr_haiti_bailleurs.txt", "43"): "'Principaux partenaires et état des projets : BID – PAMNE …, suspendu depuis "
                                      "2021 … ; Banque mondiale – …, financement en attente ; … mis en veilleuse "
                                      "depuis 2021': the projects' statuses decide (no, flagged 'a status beside "
                                      "something in force or operating'); the analyst reads the partners named (yes)",
    ("es_mexico_federal.txt", "2/e_participation"): "'La plataforma federal de consulta pública (https://…) se "
                                                    "encuentra en proceso de rediseño …; durante 2022 no se "
                                                    "publicaron consultas en ella. Algunas entidades federativas … "
                                                    "operan plataformas propias': the platform named reads as stated "
                                                    "(yes, flagged 'negation inside a yes sentence'); the analyst "
                                                    "reads no federal consultations in 2022 (no, flagged)",
    ("es_mexico_federal.txt", "11"): "'No se cuenta con una ley federal en materia de ciberseguridad; … En el ámbito "
                                     "de la APF, son de observancia obligatoria los Lineamientos Generales de "
                                     "Seguridad de la Información … (DOF 2021)': the denial of a law decides (no, "
                                     "flagged 'a specific denial, then a later sentence affirms'); the analyst counts "
                                     "the binding Lineamientos as a regulation in force (yes, flagged)",
    ("es_mexico_federal.txt", "12"): "'La identidad de las personas es competencia de la Secretaría de Gobernación …; "
                                     "se sugiere dirigir la consulta a dicha dependencia. En lo que corresponde a "
                                     "esta Unidad, la autenticación … conforme a los Lineamientos de Autenticación "
                                     "Digital …': the referral declines (unknown, flagged 'declined in its own "
                                     "words'); the analyst reads the Lineamientos in force (yes, flagged)",
    ("es_mexico_federal.txt", "32"): "'… la CNBV otorga desde 2019 autorizaciones temporales para la operación de "
                                     "modelos novedosos; para mayor detalle se sugiere consultar a dicha Comisión.': "
                                     "the referral for detail declines (unknown, flagged 'declined in its own "
                                     "words'); the analyst reads the temporary authorisations as a sandbox operating "
                                     "(yes, flagged)",
    # Twelfth round (tt_caribbean_plain, ee_checklist_terse, vn_translated_vietnamese, nz_outcomes_voice,
    # fr_rdc_ministere, es_uruguay_agesic; moved in from heldout_new/ once none was wrong without a flag:
    # docs/reading.md, "After round twelve (F)", "(G)" and "(lead)").
    # tt_caribbean_plain 22 ("Indirectly. …") reads yes since round fourteen's lead fixes ("indirectly" opens a
    # partial verdict, docs/reading.md "After round fourteen (lead)").
    ("tt_caribbean_plain.txt", "29/ai"): "'Only in passing, as an area to look at after 2024.': read unknown "
                                         "(flagged 'nothing affirms or denies'); the analyst reads yes ('Only in "
                                         "passing, as an area to look at after 2024.' - a mention is a reference, "
                                         "though for later)",
    ("tt_caribbean_plain.txt", "31"): "'Not that we know of.': read unknown (flagged 'not aware of one: none, or "
                                      "not known?'); the analyst reads no ('Not that we know of.' - a hedged "
                                      "denial; could be read as not known)",
    ("tt_caribbean_plain.txt", "34"): "'No separate policy. Ministries follow the Public Consultation Guidelines "
                                      "issued by the …': read no (flagged 'a specific denial, then a later sentence"
                                      " affirms'); the analyst reads yes ('No separate policy' but Ministries "
                                      "follow the OPM Public Consultation Guidelines (2018), covering online …)",
    ("ee_checklist_terse.txt", "5/planning"): "'N/A – see Economy/finance.': read unknown (flagged 'not applicable:"
                                              " none, or declined?'); the analyst reads yes ('N/A – see "
                                              "Economy/finance.' - no planning ministry, the function sits with the"
                                              " Ministry of Finance; the …)",
    ("ee_checklist_terse.txt", "5/education"): "'Min. of Education and Research.': read unknown (flagged 'nothing "
                                               "affirms or denies'); the analyst reads yes",
    ("ee_checklist_terse.txt", "5/health"): "'Min. of Social Affairs.': read unknown (flagged 'nothing affirms or "
                                            "denies'); the analyst reads yes (Ministry of Social Affairs)",
    ("ee_checklist_terse.txt", "5/social_welfare"): "'As Health.': read unknown (flagged 'unresolved reference'); "
                                                    "the analyst reads yes ('As Health.' -> Ministry of Social "
                                                    "Affairs)",
    ("ee_checklist_terse.txt", "5/employment"): "'As Health.': read unknown (flagged 'unresolved reference'); the "
                                                "analyst reads yes ('As Health.' -> Ministry of Social Affairs)",
    ("ee_checklist_terse.txt", "5/environment"): "'Min. of Environment.': read unknown (flagged 'nothing affirms or"
                                                 " denies'); the analyst reads yes",
    ("ee_checklist_terse.txt", "5/justice"): "'Min. of Justice.': read unknown (flagged 'nothing affirms or "
                                             "denies'); the analyst reads yes",
    ("ee_checklist_terse.txt", "13"): "'N/A – see 12.': read unknown (flagged 'not applicable: none, or "
                                      "declined?'); the analyst reads yes ('N/A – see 12.' - 12 says the Act "
                                      "'covers e-signature too'; N/A here means 'answered under 12', not 'not …)",
    ("ee_checklist_terse.txt", "17"): "'Partly – re-use rules in force (see 9). Open Data Directive transposition: "
                                      "draft at …': read no (flagged 'a status beside something in force or "
                                      "operating: which decides?'); the analyst reads yes ('Partly – re-use rules "
                                      "in force (see 9)'; Open Data Directive transposition only 'draft at "
                                      "Riigikogu')",
    ("ee_checklist_terse.txt", "22"): "'Indirectly (via 21).': read unknown (flagged 'nothing affirms or denies'); "
                                      "the analyst reads yes ('Indirectly (via 21).' - 21 says Horizon 2035 is "
                                      "'SDG-based'; alignment only through the national strategy)",
    ("ee_checklist_terse.txt", "29/blockchain"): "'Partly (pilot).': read unknown (flagged 'nothing affirms or "
                                                 "denies'); the analyst reads no ('Partly (pilot).' - pilot only; "
                                                 "'Partly' elsewhere reads as yes)",
    ("ee_checklist_terse.txt", "31"): "'Ad hoc. Riigikogu Foresight Centre scenario study 'Digital State 2035' "
                                      "(2020).': read no (flagged 'handled otherwise: read as no'); the analyst "
                                      "reads yes ('Ad hoc.' - a Foresight Centre scenario study 'Digital State "
                                      "2035' (2020) exists; occasional use)",
    ("ee_checklist_terse.txt", "37"): "'N/A – see 34.': read unknown (flagged 'not applicable: none, or "
                                      "declined?'); the analyst reads no ('N/A – see 34.' and 34 is 'Not planned.' "
                                      "- no e-participation policy, no specific measures; a strict 'N/A = …)",
    ("ee_checklist_terse.txt", "43"): "'EU; Nordic-Baltic (NIIS); e-Governance Academy; Digital Nations; OECD.': "
                                      "read unknown (flagged 'nothing affirms or denies'); the analyst reads yes "
                                      "(EU, Nordic-Baltic, e-Governance Academy, Digital Nations, OECD)",
    ("vn_translated_vietnamese.txt", "13"): "'The Law on E-Transactions No. 61/2005/QH11 took effect from "
                                            "01/3/2006. The Government …': read no (flagged 'a status beside "
                                            "something in force or operating: which decides?'); the analyst reads "
                                            "yes (Law on E-Transactions No. 61/2005/QH11 and Decree No. "
                                            "130/2018/ND-CP on digital signatures; the amendment …)",
    ("vn_translated_vietnamese.txt", "34"): "'Viet Nam has not yet had a separate policy on e-participation. The "
                                            "participation of …': read no (flagged 'a specific denial, then a later"
                                            " sentence affirms'); the analyst reads yes ('has not yet had a "
                                            "separate policy on e-participation', but participation is stipulated "
                                            "in the Law on …)",
    ("nz_outcomes_voice.txt", "5/planning"): "'New Zealand doesn't have a planning ministry as such. Te Tai Ōhanga "
                                             "| The Treasury …': read no (flagged 'denied only 'as such': done "
                                             "elsewhere?'); the analyst reads yes ('doesn't have a planning "
                                             "ministry as such' - Treasury and DPMC named with links)",
    ("nz_outcomes_voice.txt", "11"): "'Not as a single Act. Network security obligations for telecommunications "
                                     "operators are …': read no (flagged 'a specific denial, then a later sentence "
                                     "affirms'); the analyst reads yes ('Not as a single Act' but the Network "
                                     "Resilience and Security Act 2014 sets network security obligations …)",
    ("nz_outcomes_voice.txt", "21"): "'We don't have a national development plan in the usual sense. The Strategy "
                                     "contributes …': read no (flagged 'denied only 'as such': done elsewhere?'); "
                                     "the analyst reads yes ('We don't have a national development plan in the "
                                     "usual sense'; the Strategy 'contributes to the …)",
    ("nz_outcomes_voice.txt", "28"): "'Not in those words. The Strategy's integrated-services outcome is built on "
                                     "people only …': read no (flagged 'denied only 'as such': done elsewhere?'); "
                                     "the analyst reads yes ('Not in those words' but the integrated-services "
                                     "outcome 'is built on people only having to tell government …)",
    ("nz_outcomes_voice.txt", "44"): "'Nothing further from us.': read no (flagged 'nothing to add to the open "
                                     "question: no, or nothing given?'); the analyst reads unknown ('Nothing "
                                     "further from us.')",
    ("fr_rdc_ministere.txt", "14"): "'La loi n° 10/014 du 30 avril 2010 relative aux marchés publics ne prévoit pas"
                                    " …': read no (flagged 'denied only 'as such': done elsewhere?'); the analyst "
                                    "reads yes (the 2010 procurement law is silent, but arrêté ministériel n° "
                                    "027/CAB/MIN/BUDGET/2021 'est entré en vigueur …)",
    ("fr_rdc_ministere.txt", "18"): "'Le projet d'ordonnance-loi portant Code du numérique (voir question 10) "
                                    "comporte des …': read yes (flagged 'negation inside a yes sentence'); the "
                                    "analyst reads no (only the projet d'ordonnance-loi (Code du numérique); 'en "
                                    "attendant sa signature ... aucun texte spécifique …)",
    ("es_uruguay_agesic.txt", "5/justice"): "'No corresponde: Uruguay no cuenta con Ministerio de Justicia. Las "
                                            "competencias se …': read no (flagged 'a specific denial, then a later "
                                            "sentence affirms'); the analyst reads yes ('No corresponde: Uruguay no"
                                            " cuenta con Ministerio de Justicia' but the bodies sharing the "
                                            "competences are …)",
    ("es_uruguay_agesic.txt", "8"): "'No corresponde. La Agenda Uruguay Digital 2025 (ver 19), aprobada en 2021, ya"
                                    " incorpora …': read unknown (flagged 'not applicable: none, or declined?'); "
                                    "the analyst reads no ('No corresponde.' then 'no se elaboró una estrategia "
                                    "separada'; the Agenda 2025 'ya incorpora las líneas de …)",
    ("es_uruguay_agesic.txt", "32"): "'No corresponde a AGESIC. El régimen de sandbox regulatorio … es competencia del "
                                     "Banco Central del Uruguay y se encuentra en consulta pública': the matter "
                                     "belonging to another body declines (unknown, flagged 'declined in its own "
                                     "words', round fourteen K); the analyst reads the sandbox not yet in place "
                                     "(no, flagged), a referral being the analyst's own alternative",
    # Thirteenth round (au_audit_findings, es_chile_tramite, fr_benin_abreviations, ph_code_switching, ua_martial_law;
    # de_oesterreich_deutsch is NOT_READ; moved in from heldout_new/ once none was wrong without a flag:
    # docs/reading.md, "After round thirteen (H)", "(I)" and "(J)").
    ("au_audit_findings.txt", "4"): "'Finding 4: Implemented in substance. There is no statutory CIO position; the "
                                    "DTA Chief …': read no (flagged 'an affirmation, then a denial of what was "
                                    "asked'); the analyst reads yes ('Implemented in substance. There is no "
                                    "statutory CIO position; the DTA Chief Executive Officer performs the …)",
    ("au_audit_findings.txt", "5/employment"): "'Refer to Education (DESE).': read unknown (flagged 'nothing "
                                               "affirms or denies'); the analyst reads yes ('Refer to Education "
                                               "(DESE)' - the Department of Education, Skills and Employment)",
    ("au_audit_findings.txt", "16"): "'Finding 16: Partially implemented - legislation passed, commencement by "
                                     "proclamation …': read yes (flagged 'negation inside a yes sentence'); the "
                                     "analyst reads no ('Partially implemented - legislation passed, commencement "
                                     "by proclamation not yet made'; Royal Assent Feb …)",
    ("au_audit_findings.txt", "32"): "'Finding 32: Implemented (sector-specific). The enhanced regulatory sandbox "
                                     "administered …': read no (flagged 'an affirmation, then a denial of what was "
                                     "asked'); the analyst reads yes ('Implemented (sector-specific)' - ASIC "
                                     "enhanced regulatory sandbox for fintech since 2020; no …)",
    ("au_audit_findings.txt", "37"): "'Refer to Finding 34.': read unknown (flagged 'nothing affirms or denies'); "
                                     "the analyst reads no ('Refer to Finding 34.' and nothing else; Finding 34 is "
                                     "Not implemented - read through as no (could also be …)",
    ("au_audit_findings.txt", "38"): "'Finding 38: Implemented. The Get Online Seniors program (Department of "
                                     "Social Services, …': read no (flagged 'an affirmation, then a denial of what "
                                     "was asked'); the analyst reads yes (Get Online Seniors program; observation "
                                     "that women/CALD not targeted)",
    ("au_audit_findings.txt", "40"): "'Finding 40: Partially implemented. Regulation Impact Statements, published "
                                     "by the …': read no (flagged 'an affirmation, then a denial of what was "
                                     "asked'); the analyst reads yes ('Partially implemented' - Regulation Impact "
                                     "Statements must summarise consultation and how views were …)",
    ("es_chile_tramite.txt", "2/e_participation"): "'Plataforma 'Participa', https://participa.gob.cl.example, en "
                                                   "marcha blanca desde …': read yes (flagged 'mixed: in force in "
                                                   "part'); the analyst reads no (platform 'Participa' only 'en "
                                                   "marcha blanca desde octubre de 2022 con tres ministerios' (a "
                                                   "soft-launch …)",
    ("es_chile_tramite.txt", "5/health"): "'Ministerio de Salud (MINSAL), https://www.minsal.cl.example': read "
                                          "unknown (flagged 'answer language unclear: not read'); the analyst reads"
                                          " yes",
    ("es_chile_tramite.txt", "5/environment"): "'Ministerio del Medio Ambiente, https://mma.gob.cl.example': read "
                                               "unknown (flagged 'answer language unclear: not read'); the analyst "
                                               "reads yes",
    ("es_chile_tramite.txt", "11"): "'No existe a la fecha una ley marco de ciberseguridad. El proyecto de Ley "
                                    "Marco sobre …': read no (flagged 'a specific denial, then a later sentence "
                                    "affirms'); the analyst reads yes (opens 'No existe a la fecha una ley marco de"
                                    " ciberseguridad' (bill aprobado en general por el Senado, still …)",
    ("es_chile_tramite.txt", "18"): "'No. La Política Nacional de Inteligencia Artificial (Ministerio de Ciencia, "
                                    "Tecnología, …': read unknown (flagged 'a typed Yes or No the answer doubts'); "
                                    "the analyst reads no ('No.' the AI policy is 'un instrumento de política, no "
                                    "normativo')",
    ("es_chile_tramite.txt", "21"): "'No aplica. Chile no cuenta con una estrategia nacional de desarrollo de largo"
                                    " plazo …': read unknown (flagged 'not applicable: none, or declined?'); the "
                                    "analyst reads no ('No aplica. Chile no cuenta con una estrategia nacional de "
                                    "desarrollo ... aprobada formalmente' - the …)",
    ("es_chile_tramite.txt", "32"): "'El Laboratorio de Gobierno (Ministerio de Hacienda), "
                                    "https://www.lab.gob.cl.example, …': read no (flagged 'an affirmation, then a "
                                    "denial of what was asked'); the analyst reads yes (Laboratorio de Gobierno "
                                    "runs pilots and policy experimentation 'en operación desde 2015'; but 'No "
                                    "existen …)",
    ("es_chile_tramite.txt", "34"): "'La participación ciudadana en la gestión pública se rige por la Ley N° 20.512"
                                    " (2011), …': read yes (flagged 'an affirmation, then a denial of what was "
                                    "asked'); the analyst reads no ('No existe una política específica de "
                                    "participación digital'; the general participation law (Ley N° 20.512, …)",
    ("fr_benin_abreviations.txt", "5/industry"): "'Min. de l'Industrie et du Commerce (MIC) – idem pour commerce': "
                                                 "read unknown (flagged 'nothing affirms or denies'); the analyst "
                                                 "reads yes ('Min. de l'Industrie et du Commerce (MIC) – idem pour "
                                                 "commerce')",
    ("fr_benin_abreviations.txt", "36"): "'Inscription en ligne au prog. ARCH (assurance maladie des pauvres "
                                         "extrêmes) : pilote …': read yes (flagged 'mixed: in force in part'); the "
                                         "analyst reads no (only the ARCH online registration, a 'pilote dans 4 "
                                         "départements, généralisation en attente'; 'Pas d'autre …)",
    ("ph_code_switching.txt", "2/e_participation"): "'Wala pa pong national e-participation platform. Agencies "
                                                    "gather feedback through their …': read unknown (flagged "
                                                    "'Filipino words in the answer: not read'); the analyst reads "
                                                    "no ('Wala pa pong national e-participation platform'; "
                                                    "agencies' FB pages and the 8888 complaint hotline are …)",
    ("ph_code_switching.txt", "9"): "'No FOI law passed by Congress yet – the FOI Bill has been filed every "
                                    "Congress since …': read no (flagged 'a specific denial, then a later sentence "
                                    "affirms'); the analyst reads yes ('No FOI law passed by Congress yet ... di pa"
                                    " rin naipapasa', but FOI in the Executive Branch is 'in effect …)",
    ("ph_code_switching.txt", "16"): "'Wala pang specific na batas. Interoperability would be mandated by the "
                                     "E-Governance Act …': read no (flagged 'Filipino words in the answer: not "
                                     "read'); the analyst reads yes ('Wala pang specific na batas' and the "
                                     "E-Governance Act 'di pa naipapasa sa Senado', but the …)",
    ("ph_code_switching.txt", "28"): "'Wala po.': read unknown (flagged 'answer in Filipino: not read'); the "
                                     "analyst reads no ('Wala po.')",
    ("ph_code_switching.txt", "29/robotics"): "'Wala.': read unknown (flagged 'answer in Filipino: not read'); the "
                                              "analyst reads no ('Wala.')",
    ("ph_code_switching.txt", "31"): "'Sa DICT, wala pa. NEDA used scenario building for AmBisyon Natin 2040 pero "
                                     "not specific …': read no (flagged 'Filipino words in the answer: not read'); "
                                     "the analyst reads unknown ('Sa DICT, wala pa.' NEDA used scenario building "
                                     "for AmBisyon Natin 2040 'pero not specific to digital …)",
    ("ph_code_switching.txt", "34"): "'Wala pa po.': read unknown (flagged 'answer in Filipino: not read'); the "
                                     "analyst reads no ('Wala pa po.')",
    ("ua_martial_law.txt", "5/planning"): "'There is no separate planning ministry. Ministry of Economy of Ukraine "
                                          "…': read no (flagged 'a specific denial, then a later sentence "
                                          "affirms'); the analyst reads yes ('There is no separate planning "
                                          "ministry. Ministry of Economy of Ukraine' with link - a ministry in "
                                          "charge …)",
    # Fourteenth round (in_union_states, gb_devolved_nations, lr_west_african_english, fr_suisse_cantons,
    # es_ecuador_registro; moved in from heldout_new/ once none was wrong without a flag: docs/reading.md, "After
    # round fourteen (K)", "(L)" and "(lead)"; ar_jordan_arabic is NOT_READ).
    ("in_union_states.txt", "4"): "'There is no post designated as Chief Information Officer at the national level."
                                  " The …': read no (flagged 'denied only 'as such': done elsewhere?'); the analyst"
                                  " reads yes ('There is no post designated as Chief Information Officer at the "
                                  "national level' but the Secretary, MeitY …)",
    ("in_union_states.txt", "10"): "'At present, protection of personal data is provided under Section 43A and "
                                   "Section 72A …': read no (flagged 'a status beside something in force or "
                                   "operating: which decides?'); the analyst reads yes (Sections 43A/72A of the ETI"
                                   " Act, 2000 and the Reasonable Security Practices and Sensitive Personal Data …)",
    ("in_union_states.txt", "14"): "'There is no separate Act on public procurement; the Public Procurement Bill, "
                                   "2012 …': read no (flagged 'a specific denial, then a later sentence affirms'); "
                                   "the analyst reads yes ('There is no separate Act on public procurement' and the"
                                   " Public Procurement Bill, 2012 lapsed, but the …)",
    ("in_union_states.txt", "18"): "'No specific legislation on AI, blockchain or IoT has been enacted; the general"
                                   " …': read no (flagged 'negation contradicted by a following 'however''); the "
                                   "analyst reads yes ('No specific legislation on AI, blockchain or IoT', but the "
                                   "Unmanned Aircraft Systems (Drone) Rules, 2021 …)",
    ("in_union_states.txt", "29/robotics"): "'—': read no (flagged 'a dash only: read as nil'); the analyst reads "
                                            "unknown ('--')",
    ("in_union_states.txt", "40"): "'As per the Pre-Legislative Consultation Policy, 2014, draft legislation is "
                                   "placed in …': read no (flagged 'a draft handled under a text in force: the "
                                   "practice (yes), or the draft (no)?'); the analyst reads yes (Pre-Legislative "
                                   "Consultation Policy, 2014: summary of feedback 'is to be placed' on the "
                                   "Ministry website; …)",
    ("gb_devolved_nations.txt", "2/e_participation"): "'There is no separate UK Government e-participation portal. "
                                                      "Open consultations from all …': read no (flagged 'a specific"
                                                      " denial, then a later sentence affirms'); the analyst reads "
                                                      "yes (opens 'There is no separate UK Government "
                                                      "e-participation portal' but gives the GOV.UK consultations "
                                                      "finder …)",
    ("gb_devolved_nations.txt", "5/planning"): "'There is no single ministry of planning or national development. "
                                               "Land-use planning and …': read no (flagged 'denied only 'as such': "
                                               "done elsewhere?'); the analyst reads yes ('There is no single "
                                               "ministry of planning or national development' but DLUHC (England "
                                               "only) named with link …)",
    ("gb_devolved_nations.txt", "10"): "'Data protection is a reserved matter. The UK GDPR (retained EU law) and "
                                       "the Personal …': read no (flagged 'a status beside something in force or "
                                       "operating: which decides?'); the analyst reads yes (UK GDPR and Personal "
                                       "Data Act 2018, reserved, UK-wide; consultation response awaited is about "
                                       "reform only)",
    ("gb_devolved_nations.txt", "11"): "'The Network and Information Security Regulations 2018 (SI 2018/611) apply "
                                       "UK-wide to …': read no (flagged 'a status beside something in force or "
                                       "operating: which decides?'); the analyst reads yes (Network and Information"
                                       " Security Regulations 2018 in force; Bill before Parliament is additional)",
    ("gb_devolved_nations.txt", "12"): "'There is no legislation specific to digital identity. The UK digital "
                                       "identity and …': read yes (flagged 'denied only 'as such': done "
                                       "elsewhere?'); the analyst reads no ('There is no legislation specific to "
                                       "digital identity'; trust framework non-statutory; consultation closed, …)",
    ("gb_devolved_nations.txt", "15"): "'For central government, publication of spending over £25,000 is required "
                                       "by Cabinet …': read no (flagged 'a status beside something in force or "
                                       "operating: which decides?'); the analyst reads yes (central government "
                                       "publication is guidance 'rather than legislation', but the Local Authority "
                                       "Transparency …)",
    ("gb_devolved_nations.txt", "23"): "'Digital government is a devolved matter. The Roadmap covers UK Government "
                                       "departments …': read yes (flagged 'a plain statement beside a denial: which"
                                       " decides?'); the analyst reads no ('devolved matter'; Roadmap 'covers UK "
                                       "Government departments only and does not set objectives for the …)",
    ("gb_devolved_nations.txt", "31"): "'The Government Office for Science publishes a Futures Toolkit for use "
                                       "across the civil …': read yes (flagged 'a reading, then a later sentence "
                                       "declines: in part, or not known?'); the analyst reads unknown (GO-Science "
                                       "Futures Toolkit exists for the civil service, but 'We do not hold "
                                       "information centrally on its …)",
    ("gb_devolved_nations.txt", "38"): "'Since August 2020 adults in England with no or low digital skills have "
                                       "been able to …': read no (flagged 'a specific denial, then a later sentence"
                                       " affirms'); the analyst reads yes (free essential digital skills "
                                       "qualifications since August 2020, England only)",
    ("gb_devolved_nations.txt", "42"): "'Cross-government satisfaction figures have not been collected since the "
                                       "Performance …': read no (flagged 'a reading, then a later sentence "
                                       "declines: in part, or not known?'); the analyst reads unknown (cross-"
                                       "government figures not collected since the Performance Platform retired; "
                                       "service teams 'may measure' …)",
    ("lr_west_african_english.txt", "2/e_participation"): "'Not available at the moment.': read unknown (flagged "
                                                          "'declined in its own words: none, or not known?'); the "
                                                          "analyst reads no ('Not available at the moment.' alone -"
                                                          " in this voice it means no such portal exists yet; could"
                                                          " be read as …)",
    ("lr_west_african_english.txt", "4"): "'Liberia does not have a substantive Government CIO at the moment. The "
                                          "Office of the …': read no (flagged 'a specific denial, then a later "
                                          "sentence affirms'); the analyst reads yes ('does not have a substantive "
                                          "Government CIO at the moment' (office in a Bill before the Legislature) "
                                          "but …)",
    ("lr_west_african_english.txt", "5/finance"): "'This falls under the purview of the Ministry of Finance and "
                                                  "Development Planning (same …': read unknown (flagged 'declined "
                                                  "in its own words: none, or not known?'); the analyst reads yes "
                                                  "('This falls under the purview of the Ministry of Finance and "
                                                  "Development Planning (same as Planning above)' …)",
    ("lr_west_african_english.txt", "23"): "'Liberia is a unitary state. County-level e-government strategies do "
                                           "not exist at the …': read yes (flagged 'a plain statement beside a "
                                           "denial: which decides?'); the analyst reads no ('Liberia is a unitary "
                                           "state. County-level e-government strategies do not exist at the moment'"
                                           " plus a …)",
    ("lr_west_african_english.txt", "34"): "'Not available at the moment. The Ministry has commenced the process of"
                                           " developing an …': read unknown (flagged 'declined in its own words: "
                                           "none, or not known?'); the analyst reads no ('Not available at the "
                                           "moment. The Ministry has commenced the process of developing an "
                                           "e-participation …)",
    ("lr_west_african_english.txt", "37"): "'Kindly refer to our response to Q34.': read unknown (flagged "
                                           "'unresolved reference'); the analyst reads no ('Kindly refer to our "
                                           "response to Q34.' - Q34 is no)",
    ("fr_suisse_cantons.txt", "2/e_participation"): "'Il n'existe pas de portail fédéral d'e-participation. Les "
                                                    "projets mis en consultation …': read no (flagged 'a specific "
                                                    "denial, then a later sentence affirms'); the analyst reads yes"
                                                    " ('Il n'existe pas de portail fédéral d'e-participation' but "
                                                    "consultation drafts are published online (fedlex …)",
    ("fr_suisse_cantons.txt", "5/planning"): "'Il n'existe pas d'organe central de planification au niveau fédéral."
                                             " Développement …': read no (flagged 'denied only 'as such': done "
                                             "elsewhere?'); the analyst reads yes ('Il n'existe pas d'organe "
                                             "central de planification' but the ARE (spatial and sustainable "
                                             "development) is …)",
    ("fr_suisse_cantons.txt", "31"): "'La Chancellerie fédérale établit avant chaque législature un rapport de "
                                     "prospective …': read no (flagged 'a status beside something in force or "
                                     "operating: which decides?'); the analyst reads yes (the Federal Chancellery's"
                                     " scenario-based foresight report 'Perspectives 2030' covers digitalisation; "
                                     "'Il …)",
    ("fr_suisse_cantons.txt", "32"): "'Ne relève pas de la Chancellerie fédérale. À notre connaissance, le droit "
                                     "bancaire …': read no (flagged 'a specific denial, then a later sentence "
                                     "affirms'); the analyst reads yes ('Ne relève pas de la Chancellerie fédérale'"
                                     " but 'le droit bancaire prévoit depuis 2017 un espace …)",
    ("fr_suisse_cantons.txt", "33"): "'Il n'existe pas de stratégie nationale spécifique à l'inclusion numérique. "
                                     "Le thème est …': read no (flagged 'a specific denial, then a later sentence "
                                     "affirms'); the analyst reads yes ('Il n'existe pas de stratégie nationale "
                                     "spécifique à l'inclusion numérique' but it is a field of action of …)",
    ("fr_suisse_cantons.txt", "36"): "'L'aide sociale et la plupart des prestations aux personnes vulnérables "
                                     "relèvent de la …': read yes (flagged 'a reading, then a later sentence "
                                     "declines: in part, or not known?'); the analyst reads unknown ('relèvent de "
                                     "la compétence des cantons et des communes ; certains cantons disposent de "
                                     "démarches en ligne …)",
    ("es_ecuador_registro.txt", "5/justice"): "'No existe un Ministerio de Justicia desde 2018. Las competencias en"
                                              " materia de derechos …': read no (flagged 'a specific denial, then a"
                                              " later sentence affirms'); the analyst reads yes ('No existe un "
                                              "Ministerio de Justicia desde 2018' but the Secretaría de Derechos "
                                              "Humanos is named with link …)",
    ("es_ecuador_registro.txt", "11"): "'No se cuenta con una ley específica de ciberseguridad. El proyecto de Ley "
                                       "Orgánica de …': read no (flagged 'a specific denial, then a later sentence "
                                       "affirms'); the analyst reads yes (opens 'No se cuenta con una ley "
                                       "específica de ciberseguridad' (bill 'en primer debate'), but 'Se encuentran"
                                       " …)",
    # Fifteenth round (es_colombia_conpes, fr_senegal_narratif, ie_civil_service_narrative, ke_gazette_officialese,
    # pk_notified_pipeline, sg_crisp_bullets; moved in from heldout_new/ once none was wrong without a flag:
    # docs/reading.md, "After round fifteen (M)" and "(N)").
    ("es_colombia_conpes.txt", "11"): "'- Estado: No existe una ley de ciberseguridad como tal. - Instrumentos "
                                      "vigentes: - Ley …': read no (flagged 'denied only 'as such': done "
                                      "elsewhere?'); the analyst reads yes (opens 'Estado: No existe una ley de "
                                      "ciberseguridad como tal' (the agency bill only 'surtió primer debate'), …)",
    ("fr_senegal_narratif.txt", "31"): "'Les travaux de prospective relèvent de la Direction générale de la "
                                       "Planification et des …': read yes (flagged 'negation inside a yes "
                                       "sentence'); the analyst reads unknown (foresight 'relève de la DGPPE' which"
                                       " ran the national prospective study behind PSH 2035; 'il n'existe pas, …)",
    ("fr_senegal_narratif.txt", "40"): "'Pas de manière systématique. Il convient néanmoins de noter que les "
                                       "rapports de …': read no (flagged 'a specific denial, then a later sentence "
                                       "affirms'); the analyst reads yes ('Pas de manière systématique' but reports"
                                       " of some national consultations were published on the Ministry's …)",
    ("ie_civil_service_narrative.txt", "15"): "'The Department is not in a position to identify legislation which "
                                              "provides specifically …': read unknown (flagged 'declined in its own"
                                              " words: none, or not known?'); the analyst reads no ('The Department"
                                              " is not in a position to identify legislation which provides "
                                              "specifically for the digital …)",
    ("ie_civil_service_narrative.txt", "34"): "'Ireland's previous Open Government Partnership National Action Plan"
                                              " concluded in 2020. …': read yes (flagged 'mixed: in force in "
                                              "part'); the analyst reads no (previous OGP National Action Plan "
                                              "concluded in 2020; new plan 'in train', intended end of 2022)",
    ("ie_civil_service_narrative.txt", "42"): "'The Civil Service Customer Satisfaction Survey was last carried out"
                                              " in 2017. A further …': read yes (flagged 'a past event, then a plan"
                                              " or denial: in place now?'); the analyst reads no (Civil Service "
                                              "Customer Satisfaction Survey 'last carried out in 2017'; a further "
                                              "survey 'in train', …)",
    ("ke_gazette_officialese.txt", "4"): "'GCIO function vested in CEO, ICTA — ICT Authority Order, Legal Notice "
                                         "No. 211 of 2013. …': read no (flagged 'a status beside something in force"
                                         " or operating: which decides?'); the analyst reads yes (contact filled: "
                                         "Ag. CEO ICTA '(Government CIO function)'; 'GCIO function vested in CEO, "
                                         "ICTA' by Legal …)",
    ("ke_gazette_officialese.txt", "5/finance"): "'The National Treasury — https://www.treasury.go.ke.example "
                                                 "(Refer to Planning above)': read unknown (flagged 'nothing "
                                                 "affirms or denies'); the analyst reads yes (The National Treasury"
                                                 " with link; '(Refer to Planning above)' is extra)",
    ("ke_gazette_officialese.txt", "11"): "'Computer Misuse and Cybercrimes Act, No. 7 of 2018. In force. National "
                                          "Computer and …': read no (flagged 'a status beside something in force or"
                                          " operating: which decides?'); the analyst reads yes (Computer Misuse and"
                                          " Cybercrimes Act No. 7 of 2018 'In force'; only the Regulations are "
                                          "'under review by the …)",
    ("ke_gazette_officialese.txt", "40"): "'Devolved function — counties (county public participation reports). "
                                          "National level: the …': read yes (flagged 'a plain statement beside a "
                                          "denial: which decides?'); the analyst reads unknown ('Devolved function "
                                          "- counties' and 'National level: the State Department is not the "
                                          "custodian of this …)",
    ("ke_gazette_officialese.txt", "43"): "'- World Bank — Digital Economy Acceleration Programme (DEAP), under "
                                          "preparation. - …': read no (flagged 'a status beside something in force "
                                          "or operating: which decides?'); the analyst reads yes (World Bank, "
                                          "KOICA, China EXIM, EAC, Smart Africa, Estonia listed)",
    ("pk_notified_pipeline.txt", "27"): "'N/A': read unknown (flagged 'not applicable: none, or declined?'); the "
                                        "analyst reads no (bare 'N/A' - read as no such reference; could equally be"
                                        " read as unknown (not applicable / not available))",
    ("pk_notified_pipeline.txt", "29/robotics"): "'N/A': read unknown (flagged 'not applicable: none, or "
                                                 "declined?'); the analyst reads no (bare 'N/A' - read as none; "
                                                 "could be unknown)",
    ("pk_notified_pipeline.txt", "29/blockchain"): "'N/A': read unknown (flagged 'not applicable: none, or "
                                                   "declined?'); the analyst reads no (bare 'N/A' - read as none; "
                                                   "could be unknown)",
    ("pk_notified_pipeline.txt", "40"): "'No. Draft policies of MoITT are placed on the website for comments of "
                                        "stakeholders; …': read unknown (flagged 'a typed Yes or No the answer "
                                        "doubts'); the analyst reads no ('No.' - drafts placed on the website for "
                                        "comments, but 'no information on incorporation of comments is …)",
    ("sg_crisp_bullets.txt", "2/e_services"): "'• Singpass / LifeSG / GoBusiness – see Q.1': read unknown (flagged "
                                              "'nothing affirms or denies'); the analyst reads yes ('Singpass / "
                                              "LifeSG / GoBusiness – see Q.1')",
    ("sg_crisp_bullets.txt", "5/finance"): "'• MOF (fiscal) – https://www.mof.gov.sg.example ; MTI (economy)': read"
                                           " unknown (flagged 'answer language unclear: not read'); the analyst "
                                           "reads yes (MOF with link; MTI)",
    ("sg_crisp_bullets.txt", "5/industry"): "'• MTI – https://www.mti.gov.sg.example ; EDB, Enterprise Singapore': "
                                            "read unknown (flagged 'answer language unclear: not read'); the "
                                            "analyst reads yes (MTI with link; EDB, Enterprise Singapore)",
    ("sg_crisp_bullets.txt", "21"): "'• Not applicable – no national development plan. • DGM = govt component of "
                                    "Smart Nation …': read no (flagged 'a specific denial, then a later sentence "
                                    "affirms'); the analyst reads unknown ('Not applicable – no national "
                                    "development plan.' - DGM is part of the Smart Nation initiative (see Q.19); …)",
    ("sg_crisp_bullets.txt", "32"): "'• Yes – Sandbox trials since 2016: • MAS FinTech Regulatory Sandbox (2016) • "
                                    "IMDA/PDPC …': read no (flagged 'a typed Yes, then words giving a status short "
                                    "of in force'); the analyst reads yes ('Yes – Sandbox trials since 2016': MAS "
                                    "FinTech Regulatory Sandbox, IMDA/PDPC Data Innovation Sandbox, LTA …)",
    ("sg_crisp_bullets.txt", "44"): "'• Nil.': read no (flagged 'nothing to add to the open question: no, or "
                                    "nothing given?'); the analyst reads unknown ('Nil.')",
    # Sixteenth round (za_popia_commencement, mt_eu_transposition, kr_translated_korean, lk_cabinet_gazette,
    # fr_cote_divoire_instances, es_costa_rica_expediente; moved in from heldout_new/ once none was wrong without a
    # flag: docs/reading.md, "After round sixteen (O)", "(P)" and "(lead)").
    ("za_popia_commencement.txt", "23"): "'Provincial e-government strategies are developed by the Offices of the "
                                         "Premier in each …': read no (flagged 'handled otherwise: read as no'); "
                                         "the analyst reads unknown (describes provincial and municipal strategies "
                                         "but 'The department does not have information on the extent …)",
    ("za_popia_commencement.txt", "27"): "'The Roadmap follows a 'digital first, but not digital only' approach in "
                                         "line with the …': read no (flagged 'an affirmation turned round by "
                                         "'but''); the analyst reads yes (Roadmap follows a 'digital first, but not"
                                         " digital only' approach - a digital-first principle; 'not digital …)",
    ("mt_eu_transposition.txt", "7"): "'No specific budget line was created for e-government measures during the "
                                      "pandemic …': read no (flagged 'negation contradicted by a following "
                                      "'however''); the analyst reads yes ('No specific budget line was created ..."
                                      " during the pandemic itself' (financed from existing allocations) …)",
    ("kr_translated_korean.txt", "2/e_services"): "'○ Refer to No. 1 (Government24).': read unknown (flagged "
                                                  "'nothing affirms or denies'); the analyst reads yes ('Refer to "
                                                  "No. 1 (Government24).' - Q1 is a yes with link)",
    ("kr_translated_korean.txt", "5/planning"): "'○ No separate planning ministry exists. The function of medium- "
                                                "and long-term national …': read no (flagged 'a specific denial, "
                                                "then a later sentence affirms'); the analyst reads yes (opens 'No "
                                                "separate planning ministry exists.' but names MOEF and the Office "
                                                "for Government Policy …)",
    ("kr_translated_korean.txt", "7"): "'○ No separate budget was allocated only for e-government in response to "
                                       "COVID-19. The …': read no (flagged 'a reading, then a later sentence "
                                       "declines: in part, or not known?'); the analyst reads unknown ('No separate"
                                       " budget was allocated only for e-government in response to COVID-19' but "
                                       "projects carried out …)",
    ("kr_translated_korean.txt", "11"): "'○ No separate framework act on cybersecurity exists, but the 'Act on the "
                                        "Protection of …': read no (flagged 'a status beside something in force or "
                                        "operating: which decides?'); the analyst reads yes ('No separate framework"
                                        " act on cybersecurity exists, but' the Act on the Protection of "
                                        "Information and …)",
    ("kr_translated_korean.txt", "18"): "'○ No separate framework act on AI exists. The 'Framework Act on "
                                        "Artificial Intelligence …': read no (flagged 'a specific denial, then a "
                                        "later sentence affirms'); the analyst reads yes ('No separate framework "
                                        "act on AI exists', AI act bill 'under review', AI Ethics Standards 'non-"
                                        "binding' - …)",
    ("kr_translated_korean.txt", "22"): "'○ No direct reference to SDGs is made in the Master Plan. ○ The Korean "
                                        "SDGs (K-SDGs) …': read yes (flagged 'a form denied, the thing addressed "
                                        "another way'); the analyst reads no ('No direct reference to SDGs is made "
                                        "in the Master Plan.' then K-SDGs managed by the Ministry of …)",
    ("kr_translated_korean.txt", "34"): "'○ No separate national e-participation policy exists, but the online "
                                        "petitions and …': read yes (flagged 'negation contradicted by a following "
                                        "'however''); the analyst reads no ('No separate national e-participation "
                                        "policy exists, but' petitions processed via e-People under the Civil …)",
    ("kr_translated_korean.txt", "45"): "'○ Agreed.': read unknown (flagged 'nothing affirms or denies'); the "
                                        "analyst reads yes (ticks lost; typed '○ Agreed.')",
    ("lk_cabinet_gazette.txt", "2/procurement"): "'The electronic Government Procurement (e-GP) system, …': read "
                                                 "yes (flagged 'a status beside something in force or operating: "
                                                 "which decides?'); the analyst reads no (e-GP system 'Piloted in "
                                                 "12 procuring entities since March 2022'; island-wide roll out "
                                                 "awaits the Act of …)",
    ("lk_cabinet_gazette.txt", "12"): "'The National Identity Card is issued under the Registration of Persons Act,"
                                      " No. 32 of …': read yes (flagged 'mixed: in force in part'); the analyst "
                                      "reads no (only the 1968 Registration of Persons Act for the (physical) NIC; "
                                      "SL-UDI: Cabinet approval granted, Legal …)",
    ("lk_cabinet_gazette.txt", "15"): "'The Fiscal Management (Responsibility) Act, No. 6 of 2003 requires the "
                                      "publication of …': read no (flagged 'a status beside something in force or "
                                      "operating: which decides?'); the analyst reads yes (Fiscal Management "
                                      "(Responsibility) Act No. 6 of 2003 requires publication of fiscal reports; "
                                      "published on …)",
    ("lk_cabinet_gazette.txt", "29/robotics"): "'—': read no (flagged 'a dash only: read as nil'); the analyst "
                                               "reads unknown (only '-' - nothing said; a dash may be meant as "
                                               "none)",
    ("lk_cabinet_gazette.txt", "29/5g"): "'Spectrum management is under the purview of the Telecommunications "
                                         "Regulatory …': read yes (flagged 'a plain statement beside a denial: "
                                         "which decides?'); the analyst reads unknown ('under the purview of TRCSL."
                                         " Not under the purview of this Ministry.' - referral, nothing said about "
                                         "the …)",
    ("lk_cabinet_gazette.txt", "33"): "'There is no separate policy. Digital inclusion is addressed under Pillar 4 "
                                      "of the …': read no (flagged 'a specific denial, then a later sentence "
                                      "affirms'); the analyst reads yes ('There is no separate policy.' but "
                                      "'Digital inclusion is addressed under Pillar 4 of the Digital Lanka …)",
    ("lk_cabinet_gazette.txt", "42"): "'A feedback form is available on the Government portal. A national user "
                                      "satisfaction …': read yes (flagged 'mixed: in force in part'); the analyst "
                                      "reads no (feedback form on the portal; national survey 'last conducted in "
                                      "2014'; new survey 'proposed for 2023 …)",
    ("lk_cabinet_gazette.txt", "43"): "'- Government of India – grant assistance for SL-UDI (please refer item 12)."
                                      " - Republic …': read no (flagged 'mixed: in force in part'); the analyst "
                                      "reads yes (India (SL-UDI grant), KOICA, JICA, World Bank (under discussion),"
                                      " ITU/UNDP listed)",
    ("fr_cote_divoire_instances.txt", "28"): "'Voir réponse n°16.': read unknown (flagged 'nothing affirms or "
                                             "denies'); the analyst reads no (only 'Voir réponse n°16.' - Q16 gives"
                                             " the once-only principle ('dites-le-nous une fois') in the RGI-CI …)",
    ("fr_cote_divoire_instances.txt", "37"): "'RAS. Voir réponse n°34.': read unknown (flagged 'nothing affirms or "
                                             "denies'); the analyst reads no ('RAS. Voir réponse n°34.' - nothing "
                                             "to report, and Q34 says the e-participation policy is still being …)",
    ("fr_cote_divoire_instances.txt", "44"): "'RAS.': read no (flagged 'nothing to add to the open question: no, or"
                                             " nothing given?'); the analyst reads unknown ('RAS.' - nothing to "
                                             "add)",
    ("es_costa_rica_expediente.txt", "9"): "'Costa Rica no cuenta con una ley de acceso a la información pública. "
                                           "El derecho de …': read no (flagged 'a specific denial, then a later "
                                           "sentence affirms'); the analyst reads yes (opens 'Costa Rica no cuenta "
                                           "con una ley de acceso a la información pública' and the bill "
                                           "(expediente N° …)",
    ("es_costa_rica_expediente.txt", "11"): "'No se cuenta con una ley de ciberseguridad. Los delitos informáticos "
                                            "se encuentran …': read no (flagged 'a specific denial, then a later "
                                            "sentence affirms'); the analyst reads yes (opens 'No se cuenta con una"
                                            " ley de ciberseguridad' (bill N° 23.292 'en corriente legislativa', "
                                            "strategy 'en …)",
    ("es_costa_rica_expediente.txt", "29/robotics"): "'No aplica por no estar contemplada en la Estrategia.': read "
                                                     "unknown (flagged 'not applicable: none, or declined?'); the "
                                                     "analyst reads no ('No aplica por no estar contemplada en la "
                                                     "Estrategia' - the reason given means the strategy does not "
                                                     "refer …)",
    ("es_costa_rica_expediente.txt", "31"): "'La competencia en materia de prospectiva recae en MIDEPLAN, por medio"
                                            " de su Unidad de …': read no (flagged 'an affirmation, then a denial "
                                            "of what was asked'); the analyst reads unknown ('La competencia en "
                                            "materia de prospectiva recae en MIDEPLAN'; 'No se cuenta con datos "
                                            "consolidados'; …)",
    # Seventeenth round (bw_status_codes, rw_results_narrative, my_nested_bullets, uz_translated_russian,
    # fr_madagascar_administratif, es_peru_normas_legales; moved in from heldout_new/ once none was wrong without a
    # flag: docs/reading.md, "After round seventeen (R)", "(S)" and "(lead)").
    ("bw_status_codes.txt", "2/open_data"): "'Pilot — Statistics Botswana data portal "
                                            "(https://www.statsbots.org.bw.example/data). …': read yes (flagged "
                                            "'mixed: in force in part'); the analyst reads no ('Pilot — Statistics "
                                            "Botswana data portal' with a link; national OGD portal only a concept "
                                            "note - pilot only …)",
    ("bw_status_codes.txt", "5/finance"): "'Same as Planning (MFED).': read unknown (flagged 'nothing affirms or "
                                          "denies'); the analyst reads yes ('Same as Planning (MFED).' - planning "
                                          "is yes)",
    ("bw_status_codes.txt", "12"): "'Drafting — with AG Chambers (National Registration (Amendment) Bill, e-ID "
                                   "provisions). …': read yes (flagged 'negation contradicted by a following "
                                   "'however''); the analyst reads no ('Drafting — with AG Chambers' (amendment "
                                   "Bill with e-ID provisions); the National Registration Act in force …)",
    ("bw_status_codes.txt", "17"): "'N/A – see 16.': read unknown (flagged 'not applicable: none, or declined?'); "
                                   "the analyst reads no ('N/A – see 16.' - tracker shorthand for nothing exists, "
                                   "pointing to 16 (Not started = no); 'N/A' alone …)",
    ("bw_status_codes.txt", "25"): "'Framework drafting — with DIT; consultant on board to Dec 2022. "
                                   "Interoperability …': read yes (flagged 'negation contradicted by a following "
                                   "'however''); the analyst reads no ('Framework drafting — with DIT; consultant "
                                   "on board' - drafting only)",
    ("bw_status_codes.txt", "36"): "'Pilot — online Social Protection Registry (2 districts). National roll-out — "
                                   "with …': read yes (flagged 'negation contradicted by a following 'however''); "
                                   "the analyst reads no ('Pilot — online Social Protection Registry (2 "
                                   "districts)'; national roll-out with MLGRD FY2023/24 - pilot …)",
    ("bw_status_codes.txt", "37"): "'N/A – see 34.': read unknown (flagged 'not applicable: none, or declined?'); "
                                   "the analyst reads no ('N/A – see 34.' - 34 is Not started = no)",
    ("rw_results_narrative.txt", "2/open_data"): "'The National Open Data Portal is at an advanced stage; target "
                                                 "go-live 2022/23. In the …': read no (flagged 'a status beside "
                                                 "something in force or operating: which decides?'); the analyst "
                                                 "reads yes (National Open Data Portal only 'at an advanced stage' "
                                                 "(no), but NISR National Data Archive publishes …)",
    ("rw_results_narrative.txt", "12"): "'The ministry has embarked, together with the National Identification "
                                        "Agency (NIDA), on …': read yes (flagged 'a plain statement beside a "
                                        "denial: which decides?'); the analyst reads no ('the ministry has embarked"
                                        " on' the SDID programme; draft law 'at an advanced stage', to Cabinet "
                                        "2022/23; …)",
    ("rw_results_narrative.txt", "29/5g"): "'The ICT SSP focuses on 4G LTE (population coverage 96.6% in 2021/22); "
                                           "5G is not yet a …': read yes (flagged 'negation inside a yes "
                                           "sentence'); the analyst reads no (ICT SSP focuses on 4G LTE; '5G is not"
                                           " yet a target')",
    ("rw_results_narrative.txt", "31"): "'This is handled by MINECOFIN in the context of the preparation of NST2. "
                                        "Information is …': read yes (flagged 'a plain statement beside a denial: "
                                        "which decides?'); the analyst reads unknown ('handled by MINECOFIN ... "
                                        "Information is not available at MINICT level' - referral)",
    ("rw_results_narrative.txt", "42"): "'NST1 target: citizen satisfaction with e-services at 85% by 2024. A "
                                        "baseline e-services …': read yes (flagged 'mixed: in force in part'); the "
                                        "analyst reads no (a NST1 target (85% by 2024) stated instead of a fact; "
                                        "baseline e-services survey 'to be conducted' 2022/23, …)",
    ("my_nested_bullets.txt", "2/other"): "'• MySejahtera (MOH) – see Q.6': read unknown (flagged 'nothing affirms "
                                          "or denies'); the analyst reads yes ('MySejahtera (MOH) – see Q.6'; Q6 "
                                          "describes the app as operating)",
    ("my_nested_bullets.txt", "3"): "'• MAMPU, JPM – https://www.mampu.gov.my.example ◦ lead agency for public "
                                    "sector …': read no (flagged 'a status beside something in force or operating: "
                                    "which decides?'); the analyst reads yes (MAMPU, KKMM, EPU named with links; "
                                    "the 'note' only divides roles)",
    ("my_nested_bullets.txt", "9"): "'• Federal: No FOI Act ◦ BHEUU study on a federal Freedom of Information Bill "
                                    "announced …': read no (flagged 'a specific denial, then a later sentence "
                                    "affirms'); the analyst reads yes ('Federal: No FOI Act' (federal Bill only "
                                    "under study) but 'State level: Yes, in 2 States' - Selangor and …)",
    ("my_nested_bullets.txt", "11"): "'• No dedicated cybersecurity Act (yet) ◦ National Cyber Resilience Bill – "
                                     "drafting by …': read no (flagged 'a specific denial, then a later sentence "
                                     "affirms'); the analyst reads yes ('No dedicated cybersecurity Act (yet)' - "
                                     "Bill at drafting - but 'In force meanwhile': Computer Misuse Act …)",
    ("my_nested_bullets.txt", "15"): "'• Fiscal Transparency and Accountability Bill – first reading Dewan Rakyat "
                                     "Mar 2022 ◦ …': read yes (flagged 'mixed: in force in part'); the analyst "
                                     "reads no (Fiscal Transparency and Accountability Bill at first reading only, "
                                     "'not yet passed'; online publication of …)",
    ("my_nested_bullets.txt", "18"): "'• Sectoral only ◦ blockchain-based assets: Securities Commission (SC) "
                                     "Guidelines on …': read no (flagged 'an affirmation, then a denial of what was"
                                     " asked'); the analyst reads yes ('Sectoral only' - SC Guidelines on Digital "
                                     "Assets (blockchain-based assets), issued under the Capital …)",
    ("my_nested_bullets.txt", "33"): "'• No standalone digital inclusion policy ◦ covered by DNB Thrust 4 "
                                     "'Inclusive Digital …': read no (flagged 'a specific denial, then a later "
                                     "sentence affirms'); the analyst reads yes ('No standalone digital inclusion "
                                     "policy' but 'covered by DNB Thrust 4 ... and PSDTP Thrust 4, both in …)",
    ("uz_translated_russian.txt", "2/other"): "'Works are carried out on creation of Unified Medical Information "
                                              "System 'E-Shifo' in …': read yes (flagged 'mixed: in force in "
                                              "part'); the analyst reads no ('Works are carried out on creation of'"
                                              " E-Shifo; 'implementation ... is envisaged in 2023' - not operating)",
    ("uz_translated_russian.txt", "33"): "'In accordance with Resolution of the President No. PP-4851 dated "
                                         "06.10.2020 'On …': read no (flagged 'a status beside something in force "
                                         "or operating: which decides?'); the analyst reads yes (Resolution of the "
                                         "President No. PP-4851 (2020) on broadband for settlements, fibre to 6,400"
                                         " settlements; …)",
    ("uz_translated_russian.txt", "35"): "'Works are carried out on adaptation of Single Portal to requirements of "
                                         "accessibility …': read yes (flagged 'mixed: in force in part'); the "
                                         "analyst reads no (accessibility adaptation: 'Works are carried out ... "
                                         "implementation is envisaged in 2023'; Wi-Fi in …)",
    ("uz_translated_russian.txt", "38"): "'In 2022 in frame of project 'IT-Ayol' pilot courses on digital literacy "
                                         "for women were …': read yes (flagged 'mixed: in force in part'); the "
                                         "analyst reads no ('IT-Ayol' only 'pilot courses' in 3 regions in 2022, "
                                         "extension 'envisaged in 2023' - a pilot only; it did …)",
    ("uz_translated_russian.txt", "40"): "'Publication of such information in consolidated form is not carried out."
                                         " Introduction …': read unknown (flagged 'declined in its own words: none,"
                                         " or not known?'); the analyst reads no ('Publication of such information "
                                         "in consolidated form is not carried out'; mandatory summary table …)",
    ("fr_madagascar_administratif.txt", "2/open_data"): "'Le portail national des données ouvertes, dont le "
                                                        "développement est confié à l'Institut …': read yes "
                                                        "(flagged 'mixed: in force in part'); the analyst reads no "
                                                        "(open data portal 'en cours de finalisation', online "
                                                        "'prévue au cours du premier semestre 2023'; the INSTAT …)",
    ("fr_madagascar_administratif.txt", "10"): "'La loi n° 2014-027 du 9 janvier 2015 relative à la protection des "
                                               "données à caractère …': read no (flagged 'an affirmation turned "
                                               "round by 'but''); the analyst reads yes ('loi n° 2014-027 ... est "
                                               "en vigueur'; the implementing decree for the CMIL is 'en cours de "
                                               "finalisation', …)",
    ("fr_madagascar_administratif.txt", "13"): "'La loi n° 2014-025 du 9 janvier 2015 sur la signature "
                                               "électronique, ainsi que son …': read no (flagged 'an affirmation "
                                               "turned round by 'but''); the analyst reads yes ('loi n° 2014-025 "
                                               "... sur la signature électronique, ainsi que son décret "
                                               "d'application ... sont en …)",
    ("fr_madagascar_administratif.txt", "18"): "'Aucune législation spécifique n'a été adoptée à ce jour en la "
                                               "matière ; l'attribution …': read yes (flagged 'denied only 'as "
                                               "such': done elsewhere?'); the analyst reads no ('Aucune législation"
                                               " spécifique n'a été adoptée à ce jour'; 5G frequencies under the "
                                               "general framework, ARTEC)",
    ("fr_madagascar_administratif.txt", "33"): "'Outre l'axe 3 du PSTD mentionné à la réponse à la question 24, qui"
                                               " est en cours de mise …': read no (flagged 'a status beside "
                                               "something in force or operating: which decides?'); the analyst "
                                               "reads yes (axis 3 of the PSTD on digital inclusion 'en cours de "
                                               "mise en œuvre' (a policy 'or similar'); the specific …)",
    ("fr_madagascar_administratif.txt", "41"): "'Oui, les statistiques de fréquentation du portail e-Fanompoana et "
                                               "du nombre de …': read no (flagged 'a typed Yes, then words giving a"
                                               " status short of in force'); the analyst reads yes ('Oui' - monthly"
                                               " usage statistics collected by the UGD, quarterly report to the "
                                               "CITD; not yet published, …)",
    ("es_peru_normas_legales.txt", "2/e_participation"): "'No se cuenta con un portal específico de participación "
                                                         "digital. Los proyectos …': read no (flagged 'a specific "
                                                         "denial, then a later sentence affirms'); the analyst "
                                                         "reads yes (opens 'No se cuenta con un portal específico "
                                                         "de participación digital', but the 'Consultas públicas' "
                                                         "…)",
    ("es_peru_normas_legales.txt", "5/health"): "'Ministerio de Salud (MINSA) https://www.minsa.gob.pe.example': "
                                                "read unknown (flagged 'answer language unclear: not read'); the "
                                                "analyst reads yes",
    ("es_peru_normas_legales.txt", "19"): "'El instrumento vigente es la Agenda Digital al Bicentenario, aprobada "
                                          "mediante …': read no (flagged 'a status beside something in force or "
                                          "operating: which decides?'); the analyst reads yes (no 'Sí'; 'El "
                                          "instrumento vigente es la Agenda Digital al Bicentenario, aprobada "
                                          "mediante Resolución de …)",
    ("es_peru_normas_legales.txt", "40"): "'Conforme al Reglamento que establece disposiciones relativas a la "
                                          "publicidad de …': read yes (flagged 'a reading, then a later sentence "
                                          "declines: in part, or not known?'); the analyst reads unknown (draft "
                                          "norms are prepublished for comments under Decreto Supremo N° "
                                          "001-2009-JUS, but publication of the …)",
    ("es_peru_normas_legales.txt", "42"): "'GOB.PE cuenta con el módulo '¿Te sirvió esta información?' en cada "
                                          "página, cuyos …': read yes (flagged 'a status beside something in force "
                                          "or operating: which decides?'); the analyst reads no (no Sí/No; the "
                                          "national satisfaction survey 'se encuentra en proceso de diseño', first "
                                          "application 'prevista …)",
    # Eighteenth round (fr_mali_transition, es_bolivia_plurinacional, jm_cabinet_submission, np_bikram_sambat,
    # ae_vision_statements, tz_swahili_mixed; moved in from heldout_new/ once none was wrong without a flag:
    # docs/reading.md, "After round eighteen (T)", "(U)", "(V)" and "(W)"; tz_swahili_mixed's Swahili answers are
    # unknown, flagged as a language not read).
    ("ae_vision_statements.txt", "7"): "'Budget allocations of federal entities fall within the remit of the Ministry "
                                       "of Finance …': read no (flagged 'handled otherwise: read as no'); the analyst "
                                       "reads unknown ('fall within the remit of the Ministry of Finance ... not "
                                       "disaggregated ... Please refer to the …)",
    ("ae_vision_statements.txt", "8"): "'Under the directives of the UAE leadership, the 'Projects of the 50' were "
                                       "launched in …': read no (flagged 'an affirmation, then a denial of what was "
                                       "asked'); the analyst reads yes (Projects of the 50 launched Sept 2021 to "
                                       "accelerate post-pandemic recovery; Digital Economy …)",
    ("ae_vision_statements.txt", "16"): "'The Government Services Bus 'Ittisal', launched by TDRA in 2020, connects 42 "
                                        "federal and …': read no (flagged 'a specific denial, then a later sentence "
                                        "affirms'); the analyst reads yes (Dubai Law No. 9 of 2015 'obliges Dubai "
                                        "government entities to share data' and the Abu Dhabi data …)",
    ("ae_vision_statements.txt", "17"): "'At emirate level, the Dubai data law (see 9 and 16) requires Dubai government"
                                        " entities to …': read no (flagged 'a status beside something in force or "
                                        "operating: which …'); the analyst reads yes (only emirate-level: the Dubai "
                                        "data law requires publication on Dubai Pulse; the federal National …)",
    ("es_bolivia_plurinacional.txt", "9"): "'El derecho de acceso a la información está reconocido en el artículo 21 de"
                                           " la …': read no (flagged 'a status beside something in force or operating: "
                                           "which …'); the analyst reads yes (no Sí/No; art. 21 CPE and 'Decreto "
                                           "Supremo N° 28437 de Transparencia en la Gestión Pública …)",
    ("es_bolivia_plurinacional.txt", "15"): "'La materia corresponde al Ministerio de Economía y Finanzas Públicas, en "
                                            "su calidad de …': read yes (flagged 'a plain statement beside a denial: "
                                            "which decides?'); the analyst reads unknown ('corresponde al Ministerio de"
                                            " Economía y Finanzas Públicas ... La AGETIC no cuenta con el detalle …)",
    ("es_bolivia_plurinacional.txt", "29/iot"): "'Sensores para monitoreo de calidad del aire implementados en "
                                                "entidades piloto (Gobierno …': read yes (flagged 'mixed: in force in "
                                                "part'); the analyst reads no (air-quality sensors 'implementados en "
                                                "entidades piloto' (two municipal governments) - pilot only, …)",
    ("fr_mali_transition.txt", "6"): "'Le site https://www.covid19.gouv.ml.example créé en mars 2020 est mis en "
                                     "veilleuse depuis …': read yes (flagged 'negation contradicted by a following "
                                     "'however''); the analyst reads no (the dedicated site 'est mis en veilleuse "
                                     "depuis février 2022 (dernière mise à jour : 31 janvier …)",
    ("fr_mali_transition.txt", "11"): "'Loi n° 2019-043 du 5 décembre 2019 portant répression de la cybercriminalité, "
                                      "en vigueur. …': read no (flagged 'an affirmation, then a denial of what was "
                                      "asked'); the analyst reads yes (Loi n° 2019-043 on cybercrime 'en vigueur' (or "
                                      "similar); the cybersecurity strategy suspended after …)",
    ("fr_mali_transition.txt", "16"): "'Idem 12 : les dispositions relatives à l'échange de données entre "
                                      "administrations sur la …': read yes (flagged 'a reference, and words of its own "
                                      "that read otherwise'); the analyst reads no ('Idem 12' - the data-exchange "
                                      "provisions are in the text adopted by the CNT, awaiting promulgation …)",
    ("jm_cabinet_submission.txt", "8"): "'The Economic Recovery Task Force recommended a dedicated digital recovery "
                                        "framework. A …': read yes (flagged 'a plain statement beside a denial: which "
                                        "decides?'); the analyst reads no (only a Green Paper tabled (No. 4 of 2021), "
                                        "comments closed, White Paper still to be prepared - a …)",
    ("np_bikram_sambat.txt", "2/e_participation"): "'There is no separate e-participation portal at present. Public "
                                                   "grievances are received …': read no (flagged 'a specific denial, "
                                                   "then a later sentence affirms'); the analyst reads yes ('There is "
                                                   "no separate e-participation portal at present' but the OPMCM Gunaso"
                                                   " Sunuwai grievance …)",
    ("np_bikram_sambat.txt", "11"): "'There is no separate cyber security Act. Computer related offences are covered by"
                                    " Chapter …': read no (flagged 'a specific denial, then a later sentence affirms');"
                                    " the analyst reads yes ('There is no separate cyber security Act' but computer "
                                    "offences 'covered by Chapter 9 of the …)",
    ("np_bikram_sambat.txt", "22"): "'The Blueprint does not contain a separate chapter on SDGs. However, its "
                                    "objectives are …': read no (flagged 'a specific denial, then a later sentence "
                                    "affirms'); the analyst reads yes ('does not contain a separate chapter on SDGs. "
                                    "However, its objectives are linked with SDG targets …)",
    ("tz_swahili_mixed.txt", "2/e_participation"): "'Ndiyo, kupitia Mfumo wa Mrejesho wa Wananchi 'Sauti Yetu' – …': "
                                                   "read unknown (flagged 'answer in Swahili: not read'); the analyst "
                                                   "reads yes (Swahili: 'Ndiyo, kupitia Mfumo wa Mrejesho wa Wananchi "
                                                   "'Sauti Yetu'' = yes, through the citizen …)",
    ("tz_swahili_mixed.txt", "2/open_data"): "'Hapana, bado haijaanzishwa. Tovuti ya Takwimu Huria inaandaliwa kwa "
                                             "kushirikiana na Ofisi …': read unknown (flagged 'answer in Swahili: not "
                                             "read'); the analyst reads no (Swahili: 'Hapana, bado haijaanzishwa. "
                                             "Tovuti ya Takwimu Huria inaandaliwa ...' = no, not yet …)",
    ("tz_swahili_mixed.txt", "5/employment"): "'Ofisi ya Waziri Mkuu – Kazi, Vijana, Ajira na Wenye Ulemavu – …': read "
                                              "unknown (flagged 'answer language unclear: not read'); the analyst reads"
                                              " yes (Ofisi ya Waziri Mkuu - Kazi, Vijana, Ajira na Wenye Ulemavu with "
                                              "link)",
    ("tz_swahili_mixed.txt", "7"): "'Hapana. Hakuna bajeti mahsusi iliyotengwa kwa ajili ya Serikali Mtandao katika …':"
                                   " read unknown (flagged 'answer in Swahili: not read'); the analyst reads no "
                                   "(Swahili: 'Hapana. Hakuna bajeti mahsusi iliyotengwa ...' = no specific budget was "
                                   "allocated for …)",
    ("tz_swahili_mixed.txt", "8"): "'Rasimu ya Mfumo wa Kimkakati wa Uchumi wa Kidijitali (Digital Economy Strategic "
                                   "…': read unknown (flagged 'answer in Swahili: not read'); the analyst reads no "
                                   "(Swahili: 'Rasimu ya Mfumo wa Kimkakati wa Uchumi wa Kidijitali ipo katika hatua ya"
                                   " kupitiwa na …)",
    ("tz_swahili_mixed.txt", "12"): "'There is no specific law on digital identity. National identification is governed"
                                    " by the …': read yes (flagged 'denied only 'as such': done elsewhere?'); the "
                                    "analyst reads no ('There is no specific law on digital identity'; digital ID "
                                    "framework 'under discussion'; but the …)",
    ("tz_swahili_mixed.txt", "13"): "'Ndiyo, kupitia Sheria ya Miamala ya Kielektroniki (Electronic Transactions Act), "
                                    "Na. 13 …': read unknown (flagged 'answer in Swahili: not read'); the analyst reads"
                                    " yes (Swahili: 'Ndiyo, kupitia Sheria ya Miamala ya Kielektroniki, Na. 13 ya 2015,"
                                    " inayotambua sahihi za …)",
    ("tz_swahili_mixed.txt", "17"): "'Hapana. Hakuna sheria mahsusi ya Takwimu Huria. Rasimu ya Mwongozo wa Takwimu "
                                    "Huria ipo …': read unknown (flagged 'Swahili words in the answer: not read'); the "
                                    "analyst reads no (Swahili: 'Hapana. Hakuna sheria mahsusi ya Takwimu Huria. Rasimu"
                                    " ya Mwongozo wa Takwimu Huria ipo …)",
    ("tz_swahili_mixed.txt", "24"): "'Ndiyo. Lengo la 5 la Mkakati linahusu ushirikishwaji wa wananchi kupitia TEHAMA "
                                    "na …': read unknown (flagged 'answer in Swahili: not read'); the analyst reads yes"
                                    " (Swahili: 'Ndiyo. Lengo la 5 la Mkakati linahusu ushirikishwaji wa wananchi "
                                    "kupitia TEHAMA na …)",
    ("tz_swahili_mixed.txt", "28"): "'Hapana, haijaainishwa moja kwa moja katika Mkakati.': read unknown (flagged "
                                    "'answer in Swahili: not read'); the analyst reads no (Swahili: 'Hapana, "
                                    "haijaainishwa moja kwa moja katika Mkakati.' = no, it is not explicitly specified "
                                    "…)",
    ("tz_swahili_mixed.txt", "34"): "'There is no standalone e-participation policy. Online citizen engagement is "
                                    "guided by the …': read no (flagged 'a specific denial, then a later sentence "
                                    "affirms'); the analyst reads yes ('no standalone e-participation policy' but the "
                                    "2021 Mwongozo wa Ushirikishwaji wa Wananchi Kupitia …)",
    ("tz_swahili_mixed.txt", "37"): "'Hapana, bado haijaanzishwa.': read unknown (flagged 'answer in Swahili: not "
                                    "read'); the analyst reads no (Swahili: 'Hapana, bado haijaanzishwa.' = no, not yet"
                                    " established)",
    ("tz_swahili_mixed.txt", "42"): "'Mainland: not systematically. Rasimu ya Mwongozo wa Kupima Kuridhika kwa "
                                    "Watumiaji wa …': read unknown (flagged 'Swahili words in the answer: not read'); "
                                    "the analyst reads yes (Mainland 'not systematically' and, in Swahili, the draft "
                                    "user-satisfaction measurement guideline is …)",
    ("tz_swahili_mixed.txt", "45"): "'Ndiyo. Imeidhinishwa na Katibu Mkuu, Ofisi ya Rais – Menejimenti ya Utumishi wa "
                                    "Umma na …': read unknown (flagged 'answer in Swahili: not read'); the analyst "
                                    "reads yes (Swahili: 'Ndiyo. Imeidhinishwa na Katibu Mkuu, Ofisi ya Rais ...' = "
                                    "yes, approved by the Permanent …)",
    # Nineteenth round (et_ethiopian_calendar, bt_five_year_plan, ug_validation_workshop, mu_budget_measures,
    # fr_luxembourg_projet_de_loi, es_dominicana_decretos; moved in from heldout_new/ once none was wrong without a
    # flag: docs/reading.md, "After round nineteen (X)" and "(Y)").
    ("bt_five_year_plan.txt", "2/open_data"): "'A whole-of-government open data portal is yet to be established. "
                                              "Statistical datasets, …': read no (flagged 'a specific denial, then a "
                                              "later sentence affirms'); the analyst reads yes ('A whole-of-government "
                                              "open data portal is yet to be established' but NSB publishes census/BLSS"
                                              " …)",
    ("bt_five_year_plan.txt", "5/social_welfare"): "'There is no single Ministry for social welfare in Bhutan. Social "
                                                   "protection subjects are …': read no (flagged 'denied only 'as "
                                                   "such': done elsewhere?'); the analyst reads yes ('There is no "
                                                   "single Ministry for social welfare in Bhutan' but MoHCA and NCWC "
                                                   "named with links - …)",
    ("bt_five_year_plan.txt", "7"): "'The systems mentioned in Q6 were developed by the in-house team of the Agency, "
                                    "and the …': read no (flagged 'a reading, then a later sentence declines: in part, "
                                    "or not …'); the analyst reads unknown ('The Agency does not have the consolidated "
                                    "figures ... The Department of National Budget, Ministry …)",
    ("bt_five_year_plan.txt", "15"): "'The Public Finance Act of Bhutan 2007 (amended 2012) requires the annual Budget "
                                     "and the …': read no (flagged 'a specific denial, then a later sentence affirms');"
                                     " the analyst reads yes (Public Finance Act 2007 requires Budget and Annual "
                                     "Financial Statements to be made public, …)",
    ("bt_five_year_plan.txt", "27"): "'The Flagship document does not use these terms. It speaks of 'citizen-centric, "
                                     "seamless …': read yes (flagged 'a form denied, the thing addressed another way');"
                                     " the analyst reads no ('The Flagship document does not use these terms' "
                                     "('citizen-centric, seamless'); a separate 2021 …)",
    ("bt_five_year_plan.txt", "45"): "'Consent accorded.': read unknown (flagged 'nothing affirms or denies'); the "
                                     "analyst reads yes ('Consent accorded.')",
    ("es_dominicana_decretos.txt", "4"): "'No existe formalmente la figura de CIO nacional. El Director General de la "
                                         "OGTIC ejerce …': read no (flagged 'a specific denial, then a later sentence "
                                         "affirms'); the analyst reads yes (contact given (Director General OGTIC), but"
                                         " text opens 'No existe formalmente la figura de CIO …)",
    ("es_dominicana_decretos.txt", "5/justice"): "'No existe un Ministerio de Justicia. Las funciones correspondientes "
                                                 "están a cargo de la …': read no (flagged 'a specific denial, then a "
                                                 "later sentence affirms'); the analyst reads yes (opens 'No existe un "
                                                 "Ministerio de Justicia' but names the body in charge: 'a cargo de la "
                                                 "…)",
    ("es_dominicana_decretos.txt", "8"): "'No se elaboró una estrategia separada de recuperación post-COVID. La Agenda "
                                         "Digital 2030, …': read no (flagged 'a specific denial, then a later sentence "
                                         "affirms'); the analyst reads yes ('No se elaboró una estrategia separada de "
                                         "recuperación post-COVID', but the Agenda Digital 2030 …)",
    ("es_dominicana_decretos.txt", "16"): "'No existe una ley de interoperabilidad. La materia se rige por la Norma "
                                          "Técnica de …': read no (flagged 'a specific denial, then a later sentence "
                                          "affirms'); the analyst reads yes (opens 'No existe una ley de "
                                          "interoperabilidad' but the Norma Técnica NTGD-I-02 'aprobada mediante …)",
    ("et_ethiopian_calendar.txt", "2/open_data"): "'The Ethiopian Open Data Portal, https://data.gov.et.example/, was "
                                                  "launched by MInT on a …': read yes (flagged 'mixed: in force in "
                                                  "part'); the analyst reads no (open data portal 'launched ... on a "
                                                  "pilot basis in 2011 E.C.' but 'currently under upgrading and is …)",
    ("et_ethiopian_calendar.txt", "8"): "'A separate post-COVID-19 digital strategy has not been prepared. Digital "
                                        "Ethiopia 2025: A …': read yes (flagged 'denied only 'as such': done "
                                        "elsewhere?'); the analyst reads no ('A separate post-COVID-19 digital strategy"
                                        " has not been prepared'; Digital Ethiopia 2025 (approved …)",
    ("et_ethiopian_calendar.txt", "31"): "'Foresight and scenario planning are within the mandate of the Ministry of "
                                         "Planning and …': read yes (flagged 'a plain statement beside a denial: which "
                                         "decides?'); the analyst reads unknown ('within the mandate of the Ministry of"
                                         " Planning and Development (MoPD). MInT is not in a position …)",
    ("fr_luxembourg_projet_de_loi.txt", "4"): "'Le titre de « CIO » n'existe pas en tant que tel dans l'organigramme de"
                                              " l'État …': read no (flagged 'denied only 'as such': done elsewhere?'); "
                                              "the analyst reads yes ('Le titre de « CIO » n'existe pas en tant que "
                                              "tel' but 'La fonction est exercée par le Coordinateur …)",
    ("fr_luxembourg_projet_de_loi.txt", "5/planning"): "'Il n'existe pas de ministère du Plan. L'aménagement du "
                                                       "territoire relève du ministère de …': read no (flagged 'a "
                                                       "specific denial, then a later sentence affirms'); the analyst "
                                                       "reads yes ('Il n'existe pas de ministère du Plan' then the "
                                                       "ministère de l'Énergie et de l'Aménagement du …)",
    ("fr_luxembourg_projet_de_loi.txt", "7"): "'Au plus fort de la crise (mars-juin 2020), les développements urgents "
                                              "(démarches de …': read no (flagged 'handled otherwise: read as no'); the"
                                              " analyst reads yes (crisis work done 'sur ses crédits ordinaires, par "
                                              "redéploiement', but the PRR assigns '28,4 …)",
    ("fr_luxembourg_projet_de_loi.txt", "15"): "'Réponse du ministère des Finances : Il n'existe pas de disposition "
                                               "légale imposant …': read yes (flagged 'negation inside a yes "
                                               "sentence'); the analyst reads no ('Il n'existe pas de disposition "
                                               "légale imposant spécifiquement la publication numérique des …)",
    ("mu_budget_measures.txt", "5/finance"): "'Idem as Planning/development above (MOFEPD).': read unknown (flagged "
                                             "'nothing affirms or denies'); the analyst reads yes ('Idem as "
                                             "Planning/development above (MOFEPD)')",
    ("mu_budget_measures.txt", "25"): "'The Digital Mauritius 2030 Strategic Plan does not provide for a data "
                                      "governance …': read yes (flagged 'denied only 'as such': done elsewhere?'); the "
                                      "analyst reads no ('does not provide for a data governance framework as such'; "
                                      "National Data Governance Framework …)",
    ("mu_budget_measures.txt", "32"): "'Regulatory Sandbox Licence (RSL) granted by the EDB to innovative projects not "
                                      "covered by …': read no (flagged 'a specific denial, then a later sentence "
                                      "affirms'); the analyst reads yes (EDB Regulatory Sandbox Licence since 2016, 38 "
                                      "licences; Bank of Mauritius Fintech sandbox)",
    ("ug_validation_workshop.txt", "2/e_participation"): "'It was agreed that there is no dedicated national "
                                                         "e-participation portal. The Government …': read no (flagged "
                                                         "'a specific denial, then a later sentence affirms'); the "
                                                         "analyst reads yes ('Resolution: to report GCIC here' "
                                                         "(feedback via toll-free line, Twitter, WhatsApp) - but 'no …)",
    ("ug_validation_workshop.txt", "11"): "'Participants noted that Uganda does not have a stand-alone cybersecurity "
                                          "law. The …': read no (flagged 'a specific denial, then a later sentence "
                                          "affirms'); the analyst reads yes (opens 'does not have a stand-alone "
                                          "cybersecurity law' but 'Resolution: to report the Computer …)",
    ("ug_validation_workshop.txt", "29/blockchain"): "'Some stakeholders were of the view that blockchain is covered in"
                                                     " the National 4IR …': read yes (flagged 'a reading, then a later "
                                                     "sentence declines: in part, or not …'); the analyst reads unknown"
                                                     " (views split (4IR Strategy vs only the Task Force report); "
                                                     "'Action point: MoICT&NG to confirm')",
    ("ug_validation_workshop.txt", "36"): "'The meeting was informed that social protection programmes for older "
                                          "persons (Senior …': read no (flagged 'an affirmation turned round by "
                                          "'but''); the analyst reads unknown ('participants could not confirm whether "
                                          "any of these services are available online. MGLSD was not …)",
    ("ug_validation_workshop.txt", "40"): "'This question was discussed at length without agreement. Some stakeholders "
                                          "were of the …': read yes (flagged 'a plain statement beside a denial: which "
                                          "decides?'); the analyst reads unknown ('discussed at length without "
                                          "agreement' - Hansard/committee reports vs 'the Executive does not …)",
    ("ug_validation_workshop.txt", "42"): "'It was agreed that user satisfaction with e-government services is not "
                                          "measured …': read no (flagged 'a specific denial, then a later sentence "
                                          "affirms'); the analyst reads yes (National IT Survey 2017/18 'included "
                                          "questions on satisfaction with online Government services', …)",
    # Twentieth round (sa_hijri_decrees, pg_tok_pisin_mixed, qa_slide_deck, lb_crisis_caveats, fr_cameroun_decrets,
    # es_guatemala_acuerdos; moved in from heldout_new/ once none was wrong without a flag: docs/reading.md, "After
    # round twenty (Z)", "(AA)" and "(lead)").
    ("es_guatemala_acuerdos.txt", "4"): "'No existe en la estructura del Estado la figura de un CIO nacional. Las "
                                        "funciones que más …': read no (flagged 'a specific denial, then a later "
                                        "sentence affirms; a CIO or …'); the analyst reads yes (contact given for the "
                                        "Comisionada Presidencial as 'equivalente'; but 'no existe en Guatemala el …)",
    ("es_guatemala_acuerdos.txt", "5/justice"): "'Guatemala no cuenta con un Ministerio de Justicia. La administración "
                                                "de justicia …': read no (flagged 'a specific denial, then a later "
                                                "sentence affirms'); the analyst reads yes ('Guatemala no cuenta con un"
                                                " Ministerio de Justicia' but names Organismo Judicial and Ministerio "
                                                "…)",
    ("es_guatemala_acuerdos.txt", "20"): "'Other: Cuatro años, coincidente con el período de gobierno (PGG 2020-2024). "
                                         "El borrador …': read unknown (flagged 'an option for a text not in force: "
                                         "unknown'); the analyst reads yes (Other: 'Cuatro años, coincidente con el "
                                         "período de gobierno (PGG 2020-2024)')",
    ("es_guatemala_acuerdos.txt", "29"): "'': read unknown (flagged 'roll-up of flagged items (declined in its own "
                                         "words …)'); the analyst reads no (no item is yes: AI only in the draft, "
                                         "robotics and blockchains 'No.', 5G referred to SIT, IoT and …)",
    ("es_guatemala_acuerdos.txt", "42"): "'No de forma sistemática a nivel de gobierno. La SAT mide anualmente la "
                                         "satisfacción de …': read no (flagged 'a specific denial, then a later "
                                         "sentence affirms'); the analyst reads yes ('No de forma sistemática a nivel "
                                         "de gobierno' but 'La SAT mide anualmente la satisfacción'; GAE …)",
    ("fr_cameroun_decrets.txt", "3"): "'Ministère des Postes et Télécommunications (MINPOSTEL), chargé de l'élaboration"
                                      " et de la …': read no (flagged 'a status beside something in force or operating:"
                                      " which …'); the analyst reads yes (MINPOSTEL and ANTIC named with links and "
                                      "remits)",
    ("fr_cameroun_decrets.txt", "18"): "'Aucun texte spécifique sur l'intelligence artificielle, la robotique, les "
                                       "chaînes de …': read yes (flagged 'mixed: in force in part'); the analyst reads "
                                       "no ('Aucun texte spécifique sur l'IA, la robotique, les chaînes de blocs ou "
                                       "l'IoT'; frequency …)",
    ("lb_crisis_caveats.txt", "2/e_services"): "'There is no single national e-services portal. A 'DAWLATI e-Services' "
                                               "pilot (online …': read no (flagged 'denied only 'as such': done "
                                               "elsewhere?'); the analyst reads yes ('There is no single national "
                                               "e-services portal'; DAWLATI e-Services pilot 'halted in July 2020', …)",
    ("lb_crisis_caveats.txt", "2/e_participation"): "'Not available. Draft laws and decrees are not put to online "
                                                    "public consultation as a rule.': read unknown (flagged 'declined "
                                                    "in its own words: none, or not known?'); the analyst reads no "
                                                    "('Not available. Draft laws and decrees are not put to online "
                                                    "public consultation')",
    ("lb_crisis_caveats.txt", "5/planning"): "'There has been no Ministry of Planning since 1977. The Council for "
                                             "Development and …': read no (flagged 'a specific denial, then a later "
                                             "sentence affirms'); the analyst reads yes ('There has been no Ministry of"
                                             " Planning since 1977' then the CDR is named with link - a body in …)",
    ("lb_crisis_caveats.txt", "11"): "'There is no dedicated cybersecurity law. Law No. 87 of 2018 (see Q10) added "
                                     "offences …': read no (flagged 'a specific denial, then a later sentence "
                                     "affirms'); the analyst reads yes ('There is no dedicated cybersecurity law' but "
                                     "Law No. 87 of 2018 added offences on information …)",
    ("lb_crisis_caveats.txt", "33"): "'See Q24 - Pillar 5 of the National Digital Transformation Strategy. There is no "
                                     "separate …': read no (flagged 'a reference, and words of its own that read "
                                     "otherwise'); the analyst reads yes ('See Q24 - Pillar 5 of the National Digital "
                                     "Transformation Strategy'; 'no separate policy', actions …)",
    ("pg_tok_pisin_mixed.txt", "23"): "'Provinces do not have their own e-government strategies, apart from East New "
                                      "Britain, …': read no (flagged 'a specific denial, then a later sentence "
                                      "affirms'); the analyst reads yes (opens 'Provinces do not have their own "
                                      "e-government strategies' but the Plan has a section on …)",
    ("pg_tok_pisin_mixed.txt", "29/iot"): "'Nogat.': read unknown (flagged 'nothing affirms or denies'); the analyst "
                                          "reads no ('Nogat.')",
    ("pg_tok_pisin_mixed.txt", "31"): "'Long-term planning and any foresight work sit with the Department of National "
                                      "Planning …': read yes (flagged 'a plain statement beside a denial: which "
                                      "decides?'); the analyst reads unknown ('sit with the Department of National "
                                      "Planning and Monitoring ... DNPM did not provide input ... Mi …)",
    ("pg_tok_pisin_mixed.txt", "37"): "'Nogat.': read unknown (flagged 'nothing affirms or denies'); the analyst reads "
                                      "no ('Nogat.')",
    ("qa_slide_deck.txt", "2/e_participation"): "'◐ In progress – 'Sharek Ra'yak' consultation module Pilot ▸ 3 "
                                                "entities (closed beta since …': read yes (flagged 'negation "
                                                "contradicted by a following 'however''); the analyst reads no ('◐ In "
                                                "progress – Sharek Ra'yak consultation module Pilot ▸ 3 entities "
                                                "(closed beta)' → public …)",
    ("qa_slide_deck.txt", "4"): "'Governance model • Digital Government Steering Committee ✓ – chaired by MCIT, 24 …': "
                                "read no (flagged 'a CIO or equivalent named in the contact fields, yet read …'); the "
                                "analyst reads yes (contact block filled: Assistant Undersecretary 'acts as GCIO – no "
                                "formal 'GCIO' title'; 'Formal …)",
    ("qa_slide_deck.txt", "22"): "'Indirectly. No explicit SDG mapping in QDGS 2020 QNV 2030 / NDS-2 are linked to the "
                                 "SDGs …': read yes (flagged 'mixed: in force in part'); the analyst reads no "
                                 "('Indirectly. No explicit SDG mapping in QDGS 2020'; SDG link only via QNV "
                                 "2030/NDS-2, mapping '◐ to …)",
    ("sa_hijri_decrees.txt", "7"): "'The initiatives undertaken in response to the pandemic were financed through the "
                                   "budgets …': read yes (flagged 'a reading, then a later sentence declines: in part, "
                                   "or not …'); the analyst reads unknown (financed within entities' budgets and "
                                   "support packages, but 'The Authority does not have a …)",
    ("sa_hijri_decrees.txt", "12"): "'There is no standalone law on digital identity. The National Single Sign-On "
                                    "(Nafath), …': read no (flagged 'a specific denial, then a later sentence "
                                    "affirms'); the analyst reads yes ('There is no standalone law on digital identity'"
                                    " but Council of Ministers Resolution No. 238 dated …)",
    ("sa_hijri_decrees.txt", "23"): "'Not applicable. There are no sub-national e-government strategies in the Kingdom;"
                                    " the …': read unknown (flagged 'not applicable: none, or declined?'); the analyst "
                                    "reads no ('Not applicable. There are no sub-national e-government strategies'; the"
                                    " national Strategy simply …)",
    ("sa_hijri_decrees.txt", "28"): "'The Strategy does not use the expression 'once-only' as such. However, its second"
                                    " …': read no (flagged 'denied only 'as such': done elsewhere?'); the analyst reads"
                                    " yes ('does not use the expression once-only as such' but objective 2 commits "
                                    "entities not to request …)",
    # Twenty-first round (fr_gabon_conseil_des_ministres, es_paraguay_resoluciones, ng_assent_pending,
    # id_perpres_translated, ca_treasury_board, zm_compiled_inputs; moved in from heldout_new/ once none was wrong
    # without a flag: docs/reading.md, "After round twenty-one (BB)", "(CC)" and "After round twenty-one's writing (lead)").
    ("ca_treasury_board.txt", "5/planning"): "'Not applicable. The Government of Canada does not have a ministry of "
                                             "planning.': read unknown (flagged 'not applicable: none, or declined?'); "
                                             "the analyst reads no ('Not applicable. The Government of Canada does not "
                                             "have a ministry of planning.' - nothing named)",
    ("ca_treasury_board.txt", "5/education"): "'Education is a provincial and territorial responsibility; there is no "
                                              "federal department …': read no (flagged 'a specific denial, then a later"
                                              " sentence affirms'); the analyst reads yes ('there is no federal "
                                              "department of education' (provincial responsibility) but CMEC …)",
    ("ca_treasury_board.txt", "7"): "'Not as a single, dedicated e-government envelope. Funding was provided to "
                                    "individual …': read no (flagged 'a specific denial, then a later sentence "
                                    "affirms'); the analyst reads yes (opens 'Not as a single, dedicated e-government "
                                    "envelope' but names Budget 2021 '$412 million over …)",
    ("ca_treasury_board.txt", "11"): "'There is no stand-alone cyber security statute. The Communications Security "
                                     "Establishment …': read no (flagged 'a specific denial, then a later sentence "
                                     "affirms'); the analyst reads yes (opens 'There is no stand-alone cyber security "
                                     "statute' but CSE Act (2019) gives cyber security …)",
    ("ca_treasury_board.txt", "14"): "'Not specifically in statute. Federal procurement is governed by the Financial "
                                     "…': read no (flagged 'a specific denial, then a later sentence affirms'); the "
                                     "analyst reads yes (opens 'Not specifically in statute' but FAA, Government "
                                     "Contracts Regulations and Directive on the …)",
    ("ca_treasury_board.txt", "16"): "'There is no single law on interoperability. Sharing of personal information "
                                     "between …': read no (flagged 'denied only 'as such': done elsewhere?'); the "
                                     "analyst reads yes ('There is no single law on interoperability' but sharing "
                                     "between institutions 'regulated by the …)",
    ("ca_treasury_board.txt", "17"): "'No legislation. Open data is a Treasury Board policy requirement. The Directive "
                                     "on Open …': read no (flagged 'a specific denial, then a later sentence affirms');"
                                     " the analyst reads yes ('No legislation. Open data is a Treasury Board policy "
                                     "requirement' - Directive on Open Government …)",
    ("ca_treasury_board.txt", "18"): "'Not in legislation at this time. For government use of AI, the Directive on "
                                     "Automated …': read no (flagged 'a specific denial, then a later sentence "
                                     "affirms'); the analyst reads yes ('Not in legislation at this time' but Directive"
                                     " on Automated Decision-Making 'has applied since …)",
    ("ca_treasury_board.txt", "37"): "'We are not aware of a federal e-participation measure aimed specifically at "
                                     "women or …': read unknown (flagged 'not aware of one: none, or not known?'); the "
                                     "analyst reads no ('We are not aware of a federal e-participation measure aimed "
                                     "specifically at women or vulnerable …)",
    ("es_paraguay_resoluciones.txt", "34"): "'No existe una política específica de participación electrónica. La "
                                            "participación …': read yes (flagged 'denied only 'as such': done "
                                            "elsewhere?'); the analyst reads no ('No existe una política específica de "
                                            "participación electrónica'; OGP action plans are 'similar' …)",
    ("es_paraguay_resoluciones.txt", "42"): "'En fase piloto. Desde noviembre de 2021 se aplica una encuesta breve de "
                                            "satisfacción al …': read no (flagged 'a specific denial, then a later "
                                            "sentence affirms'); the analyst reads yes ('En fase piloto.' a "
                                            "satisfaction survey running since November 2021 on 8 procedures, results "
                                            "not …)",
    ("fr_gabon_conseil_des_ministres.txt", "29/ai"): "'Citée à l'axe 5 (veille technologique), sans programme dédié à "
                                                     "ce stade.': read no (flagged 'an affirmation, then a denial of "
                                                     "what was asked'); the analyst reads yes ('Citée à l'axe 5 (veille"
                                                     " technologique), sans programme dédié' - a reference exists, no "
                                                     "programme)",
    ("fr_gabon_conseil_des_ministres.txt", "32"): "'Sans objet.': read unknown (flagged 'not applicable: none, or "
                                                  "declined?'); the analyst reads no ('Sans objet.' - read as no "
                                                  "measure; could be read as unknown (not applicable / declined))",
    ("fr_gabon_conseil_des_ministres.txt", "35"): "'Programme pilote de points d'accès numériques communautaires (PATD)"
                                                  " : 12 points prévus …': read no (flagged 'a status beside something "
                                                  "in force or operating: which …'); the analyst reads yes (pilot "
                                                  "community access points, '4 ouverts et fonctionnels depuis mars "
                                                  "2022' with priority for …)",
    ("id_perpres_translated.txt", "11"): "'The Bill on Cyber Security and Resilience (RUU Keamanan dan Ketahanan Siber)"
                                         " is not yet …': read no (flagged 'a specific denial, then a later sentence "
                                         "affirms'); the analyst reads yes (cyber security bill not even in priority "
                                         "Prolegnas, Presidential Regulation on vital information …)",
    ("id_perpres_translated.txt", "34"): "'There is no separate national e-participation strategy. However, the "
                                         "management of public …': read no (flagged 'a specific denial, then a later "
                                         "sentence affirms'); the analyst reads yes ('There is no separate national "
                                         "e-participation strategy. However, ... SP4N-LAPOR! has been …)",
    ("id_perpres_translated.txt", "40"): "'This matter is related to the Development Planning Deliberation (Musyawarah "
                                         "Perencanaan …': read yes (flagged 'a plain statement beside a denial: which "
                                         "decides?'); the analyst reads unknown (Musrenbang 'under the authority of "
                                         "Bappenas and the Ministry of Home Affairs. The information was …)",
    ("ng_assent_pending.txt", "5/finance"): "'Same as Planning/development above (FMFBNP).': read unknown (flagged "
                                            "'nothing affirms or denies'); the analyst reads yes ('Same as "
                                            "Planning/development above (FMFBNP).' - a body is named)",
    ("ng_assent_pending.txt", "13"): "'The Electronic Transactions Bill, which provides comprehensively for electronic "
                                     "…': read no (flagged 'a specific denial, then a later sentence affirms'); the "
                                     "analyst reads yes (Electronic Transactions Bill 'is awaiting Presidential assent'"
                                     " (no), but 'electronic signatures are …)",
    ("ng_assent_pending.txt", "25"): "'Pillar 6 (Soft Infrastructure) refers to data protection and the NDPR (see Q10) "
                                     "as part …': read no (flagged 'a status beside something in force or operating: "
                                     "which …'); the analyst reads yes ('Pillar 6 (Soft Infrastructure) refers to data "
                                     "protection and the NDPR' - referenced; the …)",
    ("zm_compiled_inputs.txt", "2/e_participation"): "'[SZI]: There is no national e-participation portal at present. "
                                                     "[Cabinet Office]: Draft …': read yes (flagged 'negation "
                                                     "contradicted by a following 'however''); the analyst reads no "
                                                     "('There is no national e-participation portal at present'; draft "
                                                     "policies on ministry websites and …)",
    ("zm_compiled_inputs.txt", "2/open_data"): "'[ZamStats]: Zambia Data Portal, https://zambia.dataportal.example/ – "
                                               "national statistics …': read no (flagged 'a status beside something in "
                                               "force or operating: which …'); the analyst reads yes (ZamStats 'Zambia "
                                               "Data Portal ... in open, downloadable formats'; but SZI: 'A dedicated "
                                               "Government …)",
    ("zm_compiled_inputs.txt", "4"): "'[SZI]: The National Coordinator chairs the e-Government Steering Committee of "
                                     "ICT Heads …': read no (flagged 'a status beside something in force or operating: "
                                     "which …'); the analyst reads yes (National Coordinator SZI '(Government CIO "
                                     "equivalent)', contact filled; 'MoLGRD: input awaited' is …)",
    ("zm_compiled_inputs.txt", "15"): "'[MoFNP]: The Public Finance Management Act No. 2 of 2018 and the Planning and "
                                      "Budgeting …': read no (flagged 'a status beside something in force or operating:"
                                      " which …'); the analyst reads yes (PFM Act and Planning and Budgeting Act "
                                      "require Budget and reports 'to be published' (on the MoFNP …)",
    ("zm_compiled_inputs.txt", "29/ai"): "'[SZI]: Not in the Master Plan. [MoTS]: AI is covered in the draft Digital "
                                         "Transformation …': read yes (flagged 'negation inside a yes sentence'); the "
                                         "analyst reads no ('Not in the Master Plan'; AI only in the draft DTS and the "
                                         "STI Policy)",
    # Round twenty-two (Burkina Faso, Panama, Fiji, Egypt, Greece, Mongolia): moved once none was wrong without a flag
    ("eg_translated_decrees.txt", "2/e_participation"): "'The Unified Governmental Complaints System of the Council of "
                                                        "Ministers …': read no (flagged 'a status beside something in "
                                                        "force or operating: which …'); the analyst reads yes (Unified "
                                                        "Governmental Complaints System receives complaints and "
                                                        "suggestions; a dedicated …)",
    ("eg_translated_decrees.txt", "4"): "'There is no position with the title of Chief Information Officer in the State"
                                        " …': read no (flagged 'denied only 'as such': done elsewhere?; a CIO or "
                                        "equivalent …'); the analyst reads yes ('There is no position with the title of"
                                        " Chief Information Officer' but 'the tasks of the CIO ... …)",
    ("eg_translated_decrees.txt", "11"): "'The Law on Combating Information Technology Crimes No. (171) of 2018, and "
                                         "its Executive …': read no (flagged 'a status beside something in force or "
                                         "operating: which …'); the analyst reads yes (Law on Combating IT Crimes No. "
                                         "(171) of 2018 with Executive Regulations by PM Decree No. (1699) of …)",
    ("eg_translated_decrees.txt", "15"): "'The Unified Public Finance Law was issued by virtue of the Law No. (8) of "
                                         "2022 in …': read yes (flagged 'mixed: in force in part'); the analyst reads "
                                         "no (Unified Public Finance Law No. (8) of 2022 'shall be applied as of the "
                                         "fiscal year 2022/2023 which …)",
    ("eg_translated_decrees.txt", "18"): "'The Central Bank and Banking System Law No. (196) of 2020 regulates the "
                                         "financial …': read no (flagged 'a specific denial, then a later sentence "
                                         "affirms'); the analyst reads yes (Central Bank and Banking System Law No. "
                                         "(196) of 2020 regulates FinTech and crypto; FinTech Law No. …)",
    ("es_panama_gaceta.txt", "2/e_participation"): "'La plataforma nacional de consulta ciudadana 'Participa PA' se "
                                                   "encuentra en fase de …': read yes (flagged 'mixed: in force in "
                                                   "part'); the analyst reads no ('Participa PA se encuentra en fase de"
                                                   " implementación; su lanzamiento está previsto para el segundo …)",
    ("es_panama_gaceta.txt", "5/justice"): "'No aplica. Panamá no cuenta con un Ministerio de Justicia. La "
                                           "administración de justicia …': read unknown (flagged 'not applicable: none,"
                                           " or declined?'); the analyst reads yes (opens 'No aplica. Panamá no cuenta "
                                           "con un Ministerio de Justicia' but then names the Órgano …)",
    ("es_panama_gaceta.txt", "5/industry"): "'Ministerio de Comercio e Industrias (MICI): "
                                            "https://www.mici.gob.pa.example': read unknown (flagged 'answer language "
                                            "unclear: not read'); the analyst reads yes (MICI, link)",
    ("es_panama_gaceta.txt", "11"): "'No existe aún una ley especial de ciberseguridad. El Proyecto de Ley N° 452 'Que "
                                    "…': read no (flagged 'a specific denial, then a later sentence affirms'); the "
                                    "analyst reads yes (opens 'No existe aún una ley especial de ciberseguridad' (bill "
                                    "'en tercer debate'), but Decreto …)",
    ("es_panama_gaceta.txt", "12"): "'La Ley N° 247 de 13 de diciembre de 2021, 'Que crea la Identidad Digital "
                                    "Ciudadana y …': read yes (flagged 'mixed: in force in part'); the analyst reads no"
                                    " (Ley N° 247 de 2021 'fue sancionada, pero ... entrará a regir el 1 de julio de "
                                    "2022' - after the 16 …)",
    ("es_panama_gaceta.txt", "29/blockchain"): "'No aplica.': read unknown (flagged 'not applicable: none, or "
                                               "declined?'); the analyst reads no ('No aplica.' alone - read as no "
                                               "reference in the Agenda; unknown is defensible)",
    ("es_panama_gaceta.txt", "34"): "'No se cuenta con una política específica de participación electrónica. Las "
                                    "modalidades de …': read yes (flagged 'denied only 'as such': done elsewhere?'); "
                                    "the analyst reads no ('No se cuenta con una política específica de participación "
                                    "electrónica'; the Ley N° 9 participation …)",
    ("es_panama_gaceta.txt", "37"): "'No aplica.': read unknown (flagged 'not applicable: none, or declined?'); the "
                                    "analyst reads no ('No aplica.' alone - read as no such measure; unknown is "
                                    "defensible)",
    ("fj_pacific_brief.txt", "2/open_data"): "'TBC. FBoS publishes census and survey tables on its website …': read "
                                             "unknown (flagged 'a plan or expectation, not an answer'); the analyst "
                                             "reads no ('TBC ... a national open data portal is not yet in place'; FBoS"
                                             " tables on its website could be read …)",
    ("fj_pacific_brief.txt", "4"): "'Not formally. There is no GCIO position in the establishment at this stage; the "
                                   "Director …': read no (flagged 'a CIO or equivalent named in the contact fields, yet"
                                   " read …'); the analyst reads yes (contact block filled: Director ITCS 'acting as "
                                   "GCIO'; text opens 'Not formally. There is no GCIO …)",
    ("fj_pacific_brief.txt", "5/finance"): "'Same as Planning – MoE': read unknown (flagged 'nothing affirms or "
                                           "denies'); the analyst reads yes ('Same as Planning – MoE')",
    ("fj_pacific_brief.txt", "9"): "'Yes – Information Act 2018 (Act No. 3 of 2018) passed by Parliament. Not yet "
                                   "commenced – …': read yes (flagged 'negation inside a yes sentence'); the analyst "
                                   "reads no (opens 'Yes – Information Act 2018 ... passed' but 'Not yet commenced' - "
                                   "passed, not in force)",
    ("fj_pacific_brief.txt", "25"): "'Not at this stage – to be part of the ADB TA (TBC).': read yes (flagged 'negation"
                                    " contradicted by a following 'however''); the analyst reads no ('Not at this stage"
                                    " – to be part of the ADB TA (TBC)')",
    ("fj_pacific_brief.txt", "29/5g"): "'Not in the Roadmap – 5G rollout is commercial, refer to Telecommunications "
                                       "Authority of …': read yes (flagged 'negation contradicted by a following "
                                       "'however''); the analyst reads no ('Not in the Roadmap – 5G rollout is "
                                       "commercial, refer to TAF')",
    ("fr_burkina_matrice.txt", "4"): "'Activité PA 2022 n° 1.3 : Adoption du décret portant création de la fonction de "
                                     "…': read yes (flagged 'negation inside a yes sentence'); the analyst reads no "
                                     "(contact fields 'Néant' / 'Sans objet'; decree creating the 'Coordonnateur "
                                     "national ... (CIO de …)",
    ("fr_burkina_matrice.txt", "10"): "'Loi n° 003-2021/AN du 30 mars 2021 portant protection des personnes à l'égard "
                                      "du …': read no (flagged 'a specific denial, then a later sentence affirms'); the"
                                      " analyst reads yes (Loi n° 003-2021/AN on personal data, CIL (link), 'Statut : "
                                      "Réalisé'; two of four decrees adopted)",
    ("fr_burkina_matrice.txt", "22"): "'Pas de référence explicite aux ODD dans la SNCA. L'alignement est assuré à "
                                      "travers le …': read no (flagged 'a specific denial, then a later sentence "
                                      "affirms'); the analyst reads yes ('Pas de référence explicite aux ODD' but "
                                      "'L'alignement est assuré à travers le PNDES II (cf. 21), …)",
    ("fr_burkina_matrice.txt", "42"): "'Un module d'évaluation (note de 1 à 5 et commentaire) est actif sur 12 "
                                      "téléprocédures …': read no (flagged 'a status beside something in force or "
                                      "operating: which …'); the analyst reads yes ('Un module d'évaluation (note de 1 "
                                      "à 5 ...) est actif sur 12 téléprocédures depuis 2021 ; note …)",
    ("fr_burkina_matrice.txt", "43"): "'- Banque mondiale : Projet d'appui à la transformation numérique (PATN), "
                                      "2021-2026 ; …': read no (flagged 'mixed: in force in part'); the analyst reads "
                                      "yes (World Bank PATN, ITU, Smart Africa, KOICA, South-South with Côte d'Ivoire "
                                      "and Senegal, EU)",
    ("gr_rrf_milestones.txt", "7"): "'In 2020 no separate budget line was created; the emergency services (Q6) were "
                                    "developed …': read no (flagged 'negation contradicted by a following 'however''); "
                                    "the analyst reads yes ('In 2020 no separate budget line was created' but for "
                                    "recovery 'Pillar 2 ... allocates EUR 2.13 …)",
    ("gr_rrf_milestones.txt", "29/iot"): "'Not referenced as such in the Roadmap; smart cities are financed by the "
                                         "Ministry of …': read yes (flagged 'denied only 'as such': done elsewhere?'); "
                                         "the analyst reads no ('Not referenced as such in the Roadmap')",
    ("gr_rrf_milestones.txt", "34"): "'No separate e-participation strategy has been adopted. However, online public "
                                     "…': read no (flagged 'a specific denial, then a later sentence affirms'); the "
                                     "analyst reads yes ('No separate e-participation strategy has been adopted. "
                                     "However, online public consultation ... is …)",
    ("gr_rrf_milestones.txt", "40"): "'Each bill submitted to Parliament is accompanied by the consultation report "
                                     "(comments …': read no (flagged 'a status beside something in force or operating: "
                                     "which …'); the analyst reads yes ('Each bill ... is accompanied by the "
                                     "consultation report ... Reports are published on opengov.gr')",
    ("mn_khural_resolutions.txt", "4"): "'The position with the title of Chief Information Officer is not established "
                                        "in the …': read no (flagged 'denied only 'as such': done elsewhere?; a CIO or "
                                        "equivalent …'); the analyst reads yes (contact filled (State Secretary, MDDC);"
                                        " 'The position with the title of Chief Information Officer …)",
    ("mn_khural_resolutions.txt", "9"): "'The Law on Information Transparency and Right to Information was approved by "
                                        "the State …': read no (flagged 'a specific denial, then a later sentence "
                                        "affirms'); the analyst reads yes ('Law on Information Transparency and Right "
                                        "to Information ... 16 June 2011 and is in force'; the …)",
    ("mn_khural_resolutions.txt", "10"): "'The Law on Personal Data Protection was approved by the State Great Khural "
                                         "on 17 December …': read no (flagged 'a specific denial, then a later sentence"
                                         " affirms'); the analyst reads yes (the Personal Data Protection Law 'will "
                                         "enter into force on 1 May 2022' (not yet), but 'Until the …)",
    ("mn_khural_resolutions.txt", "12"): "'There is no separate law on digital identity. The citizen identity card with"
                                         " electronic …': read no (flagged 'a specific denial, then a later sentence "
                                         "affirms'); the analyst reads yes ('There is no separate law on digital "
                                         "identity' but the chip ID card is issued under the Law on …)",
    ("mn_khural_resolutions.txt", "13"): "'The Law on Electronic Signature was approved by the State Great Khural on 15"
                                         " December …': read no (flagged 'an affirmation, then a denial of what was "
                                         "asked'); the analyst reads yes ('Law on Electronic Signature was approved ..."
                                         " 15 December 2011 and is in force' (revised law from 1 …)",
    ("mn_khural_resolutions.txt", "20"): "'Other: Four-year (2020-2024), same as the term of the Government Action "
                                         "Programme. The …': read unknown (flagged 'an option for a text not in force: "
                                         "unknown'); the analyst reads yes ('Other Four-year (2020-2024)')",
    ("mn_khural_resolutions.txt", "27"): "'Not mentioned with this term. However, the Government adopted the 'paperless"
                                         " government' …': read no (flagged 'a specific denial, then a later sentence "
                                         "affirms'); the analyst reads yes ('Not mentioned with this term. However ... "
                                         "Resolution No. 155 ... deliver the services …)",
    ("mn_khural_resolutions.txt", "33"): "'A separate policy on digital inclusion is not approved. The digital "
                                         "inclusion is being …': read no (flagged 'a specific denial, then a later "
                                         "sentence affirms'); the analyst reads yes ('A separate policy on digital "
                                         "inclusion is not approved' but digital inclusion 'is being …)",
    # Round twenty-three (Togo, Cuba, Brunei, Japan, Poland, Cambodia): moved once none was wrong without a flag
    ("bn_brunei_titah.txt", "2/e_participation"): "'There is at present no dedicated e-participation portal as such. "
                                                  "Members of the public …': read no (flagged 'denied only 'as such': "
                                                  "done elsewhere?'); the analyst reads yes ('no dedicated "
                                                  "e-participation portal as such' but Talian Darussalam 123 online …)",
    ("bn_brunei_titah.txt", "5/justice"): "'There is no Ministry of Justice as such in Brunei Darussalam. Legal affairs"
                                          " are under the …': read no (flagged 'denied only 'as such': done "
                                          "elsewhere?'); the analyst reads yes (opens 'There is no Ministry of Justice "
                                          "as such' but names AGC and the State Judiciary Department …)",
    ("bn_brunei_titah.txt", "23"): "'Not applicable, as there is no sub-national government (please see Q4).': read no "
                                   "(flagged 'not applicable: none, or declined?'); the analyst reads unknown ('Not "
                                   "applicable, as there is no sub-national government')",
    ("bn_brunei_titah.txt", "45"): "'Consented to.': read unknown (flagged 'nothing affirms or denies'); the analyst "
                                   "reads yes ('Consented to.' typed under the lost ticks)",
    ("es_cuba_informatizacion.txt", "4"): "'En el país no existe la figura de Director de Información (CIO) con dicha "
                                          "denominación. …': read no (flagged 'a specific denial, then a later sentence"
                                          " affirms; a CIO or …'); the analyst reads yes ('no existe la figura de "
                                          "Director de Información (CIO) con dicha denominación' but the functions …)",
    ("es_cuba_informatizacion.txt", "5/justice"): "'Ministerio de Justicia (MINJUS), "
                                                  "https://www.minjus.gob.cu.example': read unknown (flagged 'answer "
                                                  "language unclear: not read'); the analyst reads yes (MINJUS with "
                                                  "link)",
    ("es_cuba_informatizacion.txt", "9"): "'La Constitución de la República de Cuba, proclamada el 10 de abril de 2019,"
                                          " reconoce en …': read yes (flagged 'a plain statement beside a denial: which"
                                          " decides?'); the analyst reads no (Constitution art. 53 right 'conforme a "
                                          "las regulaciones establecidas'; the Ley de Transparencia …)",
    ("es_cuba_informatizacion.txt", "10"): "'La Constitución de la República, en su artículo 97, reconoce el derecho de"
                                           " toda persona a …': read no (flagged 'a specific denial, then a later "
                                           "sentence affirms'); the analyst reads yes (Constitution art. 97 and DL 384 "
                                           "Capítulo V on personal data, 'en vigor'; the specific Ley de …)",
    ("es_cuba_informatizacion.txt", "27"): "'No procede en las condiciones actuales del país, teniendo en cuenta los "
                                           "niveles de acceso …': read unknown (flagged 'not applicable: none, or "
                                           "declined?'); the analyst reads no ('No procede en las condiciones actuales "
                                           "del país'; 'se mantienen en todos los casos los canales …)",
    ("es_cuba_informatizacion.txt", "28"): "'Ver pregunta 16. El principio de no exigir a la población documentos o "
                                           "datos que obren en …': read no (flagged 'a reference, and words of its own "
                                           "that read otherwise'); the analyst reads yes ('Ver pregunta 16.' once-only "
                                           "principle of DL 384 'forma parte de los objetivos del Programa de …)",
    ("es_cuba_informatizacion.txt", "34"): "'No se cuenta con una política específica de participación electrónica. La "
                                           "participación …': read yes (flagged 'denied only 'as such': done "
                                           "elsewhere?'); the analyst reads no ('No se cuenta con una política "
                                           "específica de participación electrónica'; 'Se trabaja en la …)",
    ("es_cuba_informatizacion.txt", "37"): "'Ver pregunta 34.': read yes (flagged 'a reference to an answer that is "
                                           "itself flagged'); the analyst reads no ('Ver pregunta 34.' - Q34 says there"
                                           " is no specific e-participation policy; a bare referral could …)",
    ("fr_togo_feuille_de_route.txt", "7"): "'Les mesures numériques de riposte (Solidarité Mobile, site COVID, "
                                           "certificat de …': read yes (flagged 'a reading, then a later sentence "
                                           "declines: in part, or not …'); the analyst reads unknown ('La part "
                                           "spécifiquement consacrée au volet numérique n'est pas individualisée ... "
                                           "Information non …)",
    ("fr_togo_feuille_de_route.txt", "18"): "'Il n'existe pas de texte spécifique à l'IA, à la robotique, aux chaînes "
                                            "de blocs ou à …': read yes (flagged 'mixed: in force in part'); the "
                                            "analyst reads no ('Il n'existe pas de texte spécifique à l'IA, à la "
                                            "robotique, aux chaînes de blocs ou à l'Internet …)",
    ("fr_togo_feuille_de_route.txt", "23"): "'Sans objet. Les collectivités territoriales ne disposent pas de "
                                            "stratégies numériques …': read unknown (flagged 'not applicable: none, or "
                                            "declined?'); the analyst reads no ('Sans objet. Les collectivités "
                                            "territoriales ne disposent pas de stratégies numériques propres' - …)",
    ("fr_togo_feuille_de_route.txt", "29/blockchain"): "'Sans objet.': read unknown (flagged 'not applicable: none, or "
                                                       "declined?'); the analyst reads no ('Sans objet.' - read as "
                                                       "nothing to report; could be read as not applicable (unknown))",
    ("fr_togo_feuille_de_route.txt", "33"): "'Voir réponse à la question 24. Il n'existe pas de document de politique "
                                            "d'inclusion …': read no (flagged 'a reference, and words of its own that "
                                            "read otherwise'); the analyst reads yes ('Voir réponse à la question 24' -"
                                            " inclusion carried by projet n° 37 (a policy 'or similar'); 'Il …)",
    ("fr_togo_feuille_de_route.txt", "36"): "'Le programme Solidarité Mobile (cf. supra, question 6) ciblait "
                                            "prioritairement les femmes …': read yes (flagged 'mixed: in force in "
                                            "part'); the analyst reads no (Solidarité Mobile 'a été clôturé en décembre"
                                            " 2021' (before the status date) and the RSU online …)",
    ("jp_translated_japanese.txt", "4"): "'(1) The post of Government CIO (Chief Information Officer of the Cabinet "
                                         "Secretariat), …': read no (flagged 'an affirmation, then a denial of what was"
                                         " asked; a CIO or …'); the analyst reads yes (ticks lost; Digital Supervisor "
                                         "(Chief Digital Officer) named with contact; text also says the post …)",
    ("jp_translated_japanese.txt", "5/planning"): "'There is no ministry specialised in national planning in Japan. The"
                                                  " basic policies on …': read no (flagged 'a specific denial, then a "
                                                  "later sentence affirms'); the analyst reads yes (opens 'There is no "
                                                  "ministry specialised in national planning in Japan.' then names the "
                                                  "Council on …)",
    ("jp_translated_japanese.txt", "10"): "'The Act on the Protection of Personal Information (Act No. 58 of 2003) is "
                                          "in force. The …': read no (flagged 'an affirmation, then a denial of what "
                                          "was asked'); the analyst reads yes (Act on the Protection of Personal "
                                          "Information 'is in force'; 2020 amendment 'took effect on 1 April …)",
    ("jp_translated_japanese.txt", "12"): "'(1) The Act on the Use of Numbers to Identify a Specific Individual in "
                                          "Administrative …': read no (flagged 'a status beside something in force or "
                                          "operating: which …'); the analyst reads yes (My Number Act and the JPKI Act "
                                          "provide for the My Number Card, issued since January 2016; the …)",
    ("jp_translated_japanese.txt", "14"): "'There is no law which specifically provides for e-procurement. The "
                                          "procurement of the …': read no (flagged 'a specific denial, then a later "
                                          "sentence affirms'); the analyst reads yes ('There is no law which "
                                          "specifically provides for e-procurement' but electronic bidding through GEPS"
                                          " …)",
    ("jp_translated_japanese.txt", "29/other"): "'Cloud: the 'Government Cloud' is referred to in the Program as the "
                                                "common cloud …': read no (flagged 'an affirmation, then a denial of "
                                                "what was asked'); the analyst reads yes ('the Government Cloud is "
                                                "referred to in the Program'; providers selected Oct 2021, pilots under"
                                                " way)",
    ("jp_translated_japanese.txt", "36"): "'The e-services provided by the Digital Agency (e-Gov, Mynaportal) are for "
                                          "all users, and …': read no (flagged 'a reading, then a later sentence "
                                          "declines: in part, or not …'); the analyst reads unknown ('e-services "
                                          "dedicated to specific groups are not provided by the Digital Agency ... "
                                          "under the …)",
    ("kh_subdecree_prakas.txt", "1"): "'The official portal at the national level is the Royal Government of Cambodia "
                                      "Portal …': read no (flagged 'a status beside something in force or operating: "
                                      "which …'); the analyst reads yes (Royal Government of Cambodia Portal with link,"
                                      " managed by the OCM; the single National Public …)",
    ("kh_subdecree_prakas.txt", "4"): "'The Royal Government has not yet designated a Chief Information Officer or an "
                                      "equivalent …': read yes (flagged 'denied only 'as such': done elsewhere?'); the "
                                      "analyst reads no ('The Royal Government has not yet designated a Chief "
                                      "Information Officer or an equivalent …)",
    ("kh_subdecree_prakas.txt", "8"): "'The Royal Government adopted the Strategic Framework and Programmes for "
                                      "Economic Recovery …': read no (flagged 'a status beside something in force or "
                                      "operating: which …'); the analyst reads yes (Strategic Framework and Programmes "
                                      "for Economic Recovery ... 2021-2023 adopted 22 December 2021, …)",
    ("kh_subdecree_prakas.txt", "10"): "'Cambodia does not yet have a comprehensive law dedicated to personal data "
                                       "protection; …': read no (flagged 'an affirmation, then a denial of what was "
                                       "asked'); the analyst reads yes (no comprehensive law 'dedicated to personal "
                                       "data protection', but the Law on Electronic Commerce …)",
    ("kh_subdecree_prakas.txt", "13"): "'The Law on Electronic Commerce (please see Question 10) recognises the legal "
                                       "validity of …': read no (flagged 'a status beside something in force or "
                                       "operating: which …'); the analyst reads yes (Law on Electronic Commerce "
                                       "'recognises the legal validity of electronic signatures'; Prakas No. 214 …)",
    ("kh_subdecree_prakas.txt", "25"): "'The Policy Framework identifies the preparation of a data governance "
                                       "framework, including …': read no (flagged 'a status beside something in force "
                                       "or operating: which …'); the analyst reads yes (the Framework 'identifies the "
                                       "preparation of a data governance framework ... as one of the …)",
    ("kh_subdecree_prakas.txt", "29/5g"): "'The Policy Framework refers to the preparation of the deployment of 5G as "
                                          "part of the …': read no (flagged 'a status beside something in force or "
                                          "operating: which …'); the analyst reads yes ('refers to the preparation of "
                                          "the deployment of 5G as part of the digital infrastructure')",
    ("kh_subdecree_prakas.txt", "43"): "'Cambodia participates actively in the ASEAN Digital Ministers' Meeting "
                                       "(ADGMIN) and its …': read no (flagged 'a status beside something in force or "
                                       "operating: which …'); the analyst reads yes (ADGMIN (ASEAN Chair 2022), KOICA, "
                                       "JICA, China, Singapore, Estonia, UNDP, World Bank, ADB, GIZ)",
    ("pl_dziennik_ustaw_bullets.txt", "4"): "'• no position 'CIO' as such - n/a o functions of CIO realised by "
                                            "Secretary of State …': read no (flagged 'a specific denial, then a later "
                                            "sentence affirms; a CIO or …'); the analyst reads yes (Secretary of State "
                                            "in KPRM named as 'equivalent function'; but 'no formal CIO post in Polish "
                                            "law' …)",
    ("pl_dziennik_ustaw_bullets.txt", "7"): "'• no separate budget line 'e-government COVID-19' in state budget 2020 / "
                                            "2021 - n/a • …': read no (flagged 'a specific denial, then a later "
                                            "sentence affirms'); the analyst reads yes ('no separate budget line "
                                            "'e-government COVID-19' ... - n/a' but measures financed from COVID-19 …)",
    ("pl_dziennik_ustaw_bullets.txt", "15"): "'• no separate act on digital publication of expenditure - n/a • Act of "
                                             "27 August 2009 on …': read no (flagged 'a specific denial, then a later "
                                             "sentence affirms'); the analyst reads yes ('no separate act on digital "
                                             "publication of expenditure - n/a' then Act on public finance art. 37 …)",
    ("pl_dziennik_ustaw_bullets.txt", "25"): "'• national data governance framework - n/a o Data Strategy (Strategia "
                                             "Danych) - concept …': read unknown (flagged 'not applicable: none, or "
                                             "declined?'); the analyst reads no ('national data governance framework - "
                                             "n/a'; Data Strategy 'concept work in progress ... 2023'; PZIP …)",
    ("pl_dziennik_ustaw_bullets.txt", "40"): "'• reports from public consultations (raport z konsultacji) published "
                                             "with each government …': read no (flagged 'an affirmation, then a denial "
                                             "of what was asked'); the analyst reads yes (consultation reports "
                                             "published with each draft on legislacja.gov.pl - implemented; 'no "
                                             "breakdown by …)",
    # Round twenty-four (Algeria, El Salvador, Türkiye, Iceland, Moldova, Oman): moved once none was wrong without a
    # flag (first contact on 865728e: 16 of 390)
    ("es_el_salvador_dependencias.txt", "2/e_participation"): "'Plataforma 'Participa SV' para la consulta pública de "
                                                              "anteproyectos normativos. …': read yes (flagged 'mixed: "
                                                              "in force in part'); the analyst reads no (Participa SV "
                                                              "'en fase piloto con tres instituciones; aún no está "
                                                              "abierta al público en general', …)",
    ("es_el_salvador_dependencias.txt", "5/planning"): "'N/A. La Secretaría Técnica y de Planificación de la "
                                                       "Presidencia (SETEPLAN) fue suprimida …': read unknown (flagged "
                                                       "'not applicable: none, or declined?'); the analyst reads no "
                                                       "('N/A. ... SETEPLAN fue suprimida en junio de 2019 y a la fecha"
                                                       " no existe una dependencia a cargo de …)",
    ("es_el_salvador_dependencias.txt", "8"): "'Estado: N/A. No existe una estrategia digital específica para la etapa "
                                              "posterior a la …': read unknown (flagged 'not applicable: none, or "
                                              "declined?'); the analyst reads no ('Estado: N/A. No existe una "
                                              "estrategia digital específica para la etapa posterior a la COVID-19'; …)",
    ("es_el_salvador_dependencias.txt", "27"): "'Estado: N/A. La Agenda Digital no establece de forma expresa el "
                                               "principio de 'digital por …': read unknown (flagged 'not applicable: "
                                               "none, or declined?'); the analyst reads no ('Estado: N/A. La Agenda "
                                               "Digital no establece de forma expresa el principio de 'digital por "
                                               "defecto'')",
    ("es_el_salvador_dependencias.txt", "29/robotics"): "'N/A': read unknown (flagged 'not applicable: none, or "
                                                        "declined?'); the analyst reads no ('N/A' alone - not "
                                                        "referenced; could be taken as unknown)",
    ("es_el_salvador_dependencias.txt", "31"): "'Dependencia responsable: N/A Estado: N/A. La SIP no utiliza a la fecha"
                                               " herramientas …': read unknown (flagged 'not applicable: none, or "
                                               "declined?'); the analyst reads no ('Estado: N/A. La SIP no utiliza a la"
                                               " fecha herramientas formales de prospectiva')",
    ("es_el_salvador_dependencias.txt", "40"): "'Estado: N/A. No se publica información sobre la forma en que las "
                                               "opiniones ciudadanas, …': read unknown (flagged 'not applicable: none, "
                                               "or declined?'); the analyst reads no ('Estado: N/A. No se publica "
                                               "información sobre la forma en que las opiniones ciudadanas ... se …)",
    ("fr_algerie_decret_executif.txt", "19"): "'La stratégie « e-Algérie 2013 » est arrivée à échéance. Une Stratégie "
                                              "nationale de …': read yes (flagged 'ended, then a later sentence names "
                                              "what is in place'); the analyst reads no ('« e-Algérie 2013 » est "
                                              "arrivée à échéance'; SNTN 'en cours d'élaboration ... sera soumise'; the"
                                              " …)",
    ("fr_algerie_decret_executif.txt", "21"): "'Le projet de SNTN est élaboré en cohérence avec le Plan d'action du "
                                              "Gouvernement et le …': read yes (flagged 'a project of a named text (an "
                                              "acronym): a draft, or in …'); the analyst reads no ('Le projet de SNTN "
                                              "est élaboré en cohérence avec le Plan d'action du Gouvernement' - "
                                              "alignment of a …)",
    ("fr_algerie_decret_executif.txt", "24"): "'Le projet de SNTN comporte un axe intitulé « Inclusion numérique et "
                                              "participation …': read yes (flagged 'mixed: in force in part'); the "
                                              "analyst reads no (axis 'Inclusion numérique et participation citoyenne' "
                                              "of the draft SNTN, 'à l'état de projet')",
    ("fr_algerie_decret_executif.txt", "29/blockchain"): "'Non concerné (voir question 18)': read yes (flagged 'a "
                                                         "reference to an answer that is itself flagged'); the analyst "
                                                         "reads no ('Non concerné (voir question 18)' - Q18 points only"
                                                         " to the ban on virtual currency)",
    ("fr_algerie_decret_executif.txt", "29/5g"): "'Relève du MPT et de l'ARPCE. Des essais techniques ont été autorisés"
                                                 " à titre expérimental …': read unknown (flagged 'declined in its own "
                                                 "words: none, or not known?'); the analyst reads no ('Relève du MPT et"
                                                 " de l'ARPCE'; trials 'à titre expérimental en 2021'; 'l'attribution "
                                                 "des licences …)",
    ("fr_algerie_decret_executif.txt", "30"): "'Le projet de SNTN prend en considération la Stratégie de transformation"
                                              " numérique pour …': read yes (flagged 'a project of a named text (an "
                                              "acronym): a draft, or in …'); the analyst reads no ('Le projet de SNTN "
                                              "prend en considération' the AU Digital Transformation Strategy, WSIS, "
                                              "Arab …)",
    ("fr_algerie_decret_executif.txt", "33"): "'Il n'existe pas de document de politique dédié à l'inclusion numérique "
                                              "en tant que tel. …': read no (flagged 'denied only 'as such': done "
                                              "elsewhere?'); the analyst reads yes ('pas de document de politique dédié"
                                              " ... en tant que tel. Toutefois' the zones d'ombre programme …)",
    ("is_iceland_narrative.txt", "4"): "'Not by that title, we should say. There is no 'CIO' post anywhere in Icelandic"
                                       " law or in …': read no (flagged 'a specific denial, then a later sentence "
                                       "affirms; a CIO or …'); the analyst reads yes ('Not by that title ... no CIO "
                                       "post' but 'In practice Einar, as Director of Digital Iceland, does …)",
    ("is_iceland_narrative.txt", "5/planning"): "'We don't really have a planning or development ministry. The "
                                                "five-year fiscal plan …': read no (flagged 'a specific denial, then a "
                                                "later sentence affirms'); the analyst reads yes ('We don't really have"
                                                " a planning or development ministry' but fiscal plan 'made here in "
                                                "Finance' …)",
    ("is_iceland_narrative.txt", "12"): "'Partly, is the honest answer. Act No. 57/2019 on electronic identification "
                                        "and trust …': read no (flagged 'a status beside something in force or "
                                        "operating: which …'); the analyst reads yes ('Partly, is the honest answer' - "
                                        "Act No. 57/2019 on electronic identification (eIDAS) in force; no …)",
    ("is_iceland_narrative.txt", "17"): "'The re-use rules from the old PSI Directive are in the Information Act (see "
                                        "Q9), in a …': read no (flagged 'an affirmation, then a denial of what was "
                                        "asked'); the analyst reads yes (PSI re-use rules 'in the Information Act (see "
                                        "Q9) ... in force for years'; Open Data Directive bill …)",
    ("is_iceland_narrative.txt", "36"): "'No, not as such – our approach is one service for everyone, built to be "
                                        "accessible. Some …': read yes (flagged 'denied only 'as such': done "
                                        "elsewhere?'); the analyst reads no ('No, not as such – our approach is one "
                                        "service for everyone' (disability pension application …)",
    ("md_translated_bullets.txt", "11"): "'1) At present the Republic of Moldova does not have a framework law on "
                                         "cybersecurity. The …': read no (flagged 'a specific denial, then a later "
                                         "sentence affirms'); the analyst reads yes ('does not have a framework law on "
                                         "cybersecurity' but Law no. 86/2009 on cybercrime and GD no. …)",
    ("md_translated_bullets.txt", "12"): "'1) GD no. 407/2013 on the governmental electronic service of authentication "
                                         "and access …': read no (flagged 'an affirmation, then a denial of what was "
                                         "asked'); the analyst reads yes (GD no. 407/2013 on MPass - in force; eID card"
                                         " under Law no. 271/1994; the new Law on electronic …)",
    ("md_translated_bullets.txt", "21"): "'1) The previous Strategic Programme e-Transformation was aligned with the "
                                         "National …': read yes (flagged 'a past event, then a plan or denial: in place"
                                         " now?'); the analyst reads no ('Moldova 2020' NDS 'expired'; 'A new National "
                                         "Development Strategy is not approved' (draft …)",
    ("md_translated_bullets.txt", "33"): "'1) There is no separate national policy on digital inclusion. 2) The "
                                         "National Programme …': read no (flagged 'a specific denial, then a later "
                                         "sentence affirms'); the analyst reads yes ('There is no separate national "
                                         "policy on digital inclusion' but the National Programme for social …)",
    ("om_royal_decrees.txt", "8"): "'The recovery plans of the Sultanate, including the Economic Stimulus Plan "
                                   "announced in …': read no (flagged 'the matter first sent to another body: answered "
                                   "here, or …'); the analyst reads unknown (recovery plans 'fall within the competence"
                                   " of the Ministry of Economy and the Ministry of Finance, …)",
    ("tr_translated_turkish.txt", "16"): "'The data sharing between the public institutions is currently carried out on"
                                         " the basis of …': read yes (flagged 'a status beside something in force or "
                                         "operating: which …'); the analyst reads no (data sharing 'currently carried "
                                         "out on the basis of the protocols'; the Regulation on Data Sharing …)",
    ("tr_translated_turkish.txt", "29/5g"): "'The 5G works are within the competence of the Ministry of Transport and "
                                            "Infrastructure …': read yes (flagged 'only whose the matter is: is it "
                                            "there, or is this a …'); the analyst reads unknown ('The 5G works are "
                                            "within the competence of the Ministry of Transport and Infrastructure and "
                                            "BTK.' - …)",
    ("tr_translated_turkish.txt", "29/iot"): "'—': read no (flagged 'a dash only: read as nil'); the analyst reads "
                                             "unknown (only a dash)",
    # After round twenty-five LL ("inform" a reporting word): the denial behind "The Department wishes to inform that"
    # is now the statement, and the turn behind "We are pleased to note, however, that" is not seen as one
    ("ministerial_memo.txt", "9"): "'The Department wishes to inform that a Freedom of Information law has not, as yet, been "
                                   "enacted …': read no (flagged 'a specific denial, then a later sentence affirms'); "
                                   "the analyst reads yes (Executive Order No. 2, s. 2016 operationalises FOI in the "
                                   "Executive Branch)",
    # Round twenty-five (Niger, Honduras, Thailand, Georgia, Namibia, Samoa): moved once none was wrong without a flag
    # (first contact on bd7f819: 12 of 390)
    ("es_honduras_gaceta.txt", "7"): "'No se asignó una partida específica para gobierno electrónico dentro del "
                                     "Presupuesto …': read no (flagged 'negation contradicted by a following "
                                     "'however''); the analyst reads yes (opens 'No se asignó una partida específica "
                                     "para gobierno electrónico dentro del Presupuesto …)",
    ("es_honduras_gaceta.txt", "11"): "'No se cuenta con una ley de ciberseguridad. El Código Penal (Decreto "
                                      "Legislativo No. …': read no (flagged 'a specific denial, then a later sentence "
                                      "affirms'); the analyst reads yes ('No se cuenta con una ley de ciberseguridad' "
                                      "but Código Penal 'vigente desde junio de 2020' …)",
    ("es_honduras_gaceta.txt", "17"): "'No existe una ley de datos abiertos como tal. La Política Nacional de Datos "
                                      "Abiertos fue …': read no (flagged 'denied only 'as such': done elsewhere?'); the"
                                      " analyst reads yes ('No existe una ley de datos abiertos como tal' but Política "
                                      "Nacional de Datos Abiertos 'aprobada …)",
    ("fr_niger_ordonnances.txt", "2/other"): "'Plateforme e-Visa de la Direction de la Surveillance du Territoire (DST)"
                                             " : développée, en …': read unknown (flagged 'declined in its own words: "
                                             "none, or not known?'); the analyst reads no (e-Visa platform 'développée,"
                                             " en instance de mise en service')",
    ("fr_niger_ordonnances.txt", "4"): "'La fonction de CIO n'existe pas en tant que telle dans l'organigramme de "
                                       "l'État. Elle est …': read no (flagged 'denied only 'as such': done elsewhere?; "
                                       "a CIO or equivalent …'); the analyst reads yes ('La fonction de CIO n'existe "
                                       "pas en tant que telle' but 'Elle est assurée par le Directeur Général …)",
    ("fr_niger_ordonnances.txt", "22"): "'La SNAE ne fait pas explicitement référence aux ODD. Cet alignement est "
                                        "assuré …': read yes (flagged 'a form denied, the thing addressed another "
                                        "way'); the analyst reads no ('ne fait pas explicitement référence aux ODD'; "
                                        "alignment only 'indirectement' through the PDES)",
    ("fr_niger_ordonnances.txt", "26"): "'Question relevant du Ministère de l'Intérieur et de la Décentralisation "
                                        "(Direction …': read yes (flagged 'negation inside a yes sentence'); the "
                                        "analyst reads unknown ('Question relevant du Ministère de l'Intérieur ... dont"
                                        " la contribution n'est pas parvenue. Voir …)",
    ("ge_translated_georgian.txt", "2/open_data"): "'The open data portal https://data.gov.ge.example/ was launched in "
                                                   "the 2015. At the …': read yes (flagged 'a past event, then a plan "
                                                   "or denial: in place now?'); the analyst reads no (data.gov.ge 'was "
                                                   "launched in the 2015' but 'At the moment ... is not available for "
                                                   "the users due to …)",
    ("ge_translated_georgian.txt", "14"): "'Law of Georgia on State Procurement (No 1390-Is, 20 April 2005). Since 1 "
                                          "December 2010, …': read no (flagged 'a status beside something in force or "
                                          "operating: which …'); the analyst reads yes (Law of Georgia on State "
                                          "Procurement (2005); 'Since 1 December 2010, all the procurement procedures "
                                          "…)",
    ("ge_translated_georgian.txt", "17"): "'Georgia does not have the separate legislation on the open data. The "
                                          "Resolution of the …': read yes (flagged 'denied only 'as such': done "
                                          "elsewhere?'); the analyst reads no ('Georgia does not have the separate "
                                          "legislation on the open data'; open data provisions only in the …)",
    ("ge_translated_georgian.txt", "23"): "'The issues of the local self-government are covered by the Decentralization"
                                          " Strategy for …': read yes (flagged 'a text named, then the reader sent to "
                                          "another body: does …'); the analyst reads unknown (local issues 'covered by "
                                          "the Decentralization Strategy ... please refer to the mentioned Ministry' …)",
    ("ge_translated_georgian.txt", "29/robotics"): "'N/A': read unknown (flagged 'not applicable: none, or declined?');"
                                                   " the analyst reads no ('N/A' - could be read unknown)",
    ("ge_translated_georgian.txt", "29/other"): "'Government cloud – the pilot project is being implemented by the "
                                                "DGA.': read yes (flagged 'mixed: in force in part'); the analyst reads"
                                                " no ('Government cloud – the pilot project is being implemented' - a "
                                                "pilot, no strategy reference stated)",
    ("ge_translated_georgian.txt", "33"): "'The separate policy document on the digital inclusion is not adopted. The "
                                          "National …': read no (flagged 'a specific denial, then a later sentence "
                                          "affirms'); the analyst reads yes ('separate policy document on the digital "
                                          "inclusion is not adopted' but National Broadband …)",
    ("ge_translated_georgian.txt", "34"): "'The e-participation commitments were included in the OGP Georgia Action "
                                          "Plan for …': read yes (flagged 'a past event, then a plan or denial: in "
                                          "place now?'); the analyst reads no (e-participation commitments were in the "
                                          "OGP Action Plan 2018–2019 (expired); new plan 'under the …)",
    ("ge_translated_georgian.txt", "36"): "'The mobile application of the LEPL 112 includes the silent SOS-button for "
                                          "the victims of …': read no (flagged 'a specific denial, then a later "
                                          "sentence affirms'); the analyst reads yes (112 app 'silent SOS-button for "
                                          "the victims of the domestic violence'; socially vulnerable family …)",
    ("ge_translated_georgian.txt", "38"): "'Please see the answer to the question 33 (the digital skills component of "
                                          "the 'Log-in …': read no (flagged 'a reference to an answer that is itself "
                                          "flagged'); the analyst reads yes ('Please see the answer to the question 33 "
                                          "(the digital skills component of the 'Log-in Georgia')' - …)",
    ("na_namibia_commencement.txt", "4"): "'Namibia does not have a Government Chief Information Officer as such. The "
                                          "Deputy …': read no (flagged 'denied only 'as such': done elsewhere?; a CIO "
                                          "or equivalent …'); the analyst reads yes (Deputy Executive Director DPSITM "
                                          "'carries out the functions of a GCIO', contact filled - an …)",
    ("na_namibia_commencement.txt", "7"): "'There was no separate appropriation for e-government in response to the "
                                          "pandemic. …': read no (flagged 'a specific denial, then a later sentence "
                                          "affirms'); the analyst reads yes ('no separate appropriation' but 'N$ 6.4 "
                                          "million was reprioritised within Vote 01 (OPM)' for …)",
    ("na_namibia_commencement.txt", "22"): "'The National Planning Commission (NPC) coordinates the domestication of "
                                           "and reporting on …': read yes (flagged 'a past event, then a plan or "
                                           "denial: in place now?'); the analyst reads unknown ('This question would be"
                                           " better answered by the NPC, which has been requested to provide input' - "
                                           "…)",
    ("na_namibia_commencement.txt", "23"): "'Regional Councils and Local Authorities do not have their own e-government"
                                           " strategies. …': read no (flagged 'a specific denial, then a later sentence"
                                           " affirms'); the analyst reads yes ('The eGSAP has a component on Regional "
                                           "Councils and Local Authorities' in line with …)",
    ("na_namibia_commencement.txt", "40"): "'Not to our knowledge at central level. This would be done by the "
                                           "individual O/M/As and by …': read no (flagged 'denied only 'as such': done "
                                           "elsewhere?'); the analyst reads unknown ('Not to our knowledge at central "
                                           "level. This would be done by the individual O/M/As and by …)",
    ("na_namibia_commencement.txt", "45"): "'Yes - approved for publication by the Executive Director: OPM.': read no "
                                           "(flagged 'a typed Yes, then words giving a status short of in force'); the "
                                           "analyst reads yes ('Yes - approved for publication by the Executive "
                                           "Director: OPM')",
    ("th_translated_thai.txt", "2/e_participation"): "'The Central Law System at https://www.law.go.th.example/ "
                                                     "operated by the Office of the …': read no (flagged 'a status "
                                                     "beside something in force or operating: which …'); the analyst "
                                                     "reads yes (Central Law System 'for public hearing on draft laws';"
                                                     " Government Contact Center 1111)",
    ("th_translated_thai.txt", "4"): "'It is respectfully informed that Thailand does not have the position of "
                                     "Government Chief …': read no (flagged 'denied only 'as such': done elsewhere?; a "
                                     "CIO or equivalent …'); the analyst reads yes ('Thailand does not have the "
                                     "position of Government Chief Information Officer at the national level …)",
    ("th_translated_thai.txt", "18"): "'At present, there is no specific law on the AI, robotics or IoT. The Draft "
                                      "Royal Decree …': read no (flagged 'a specific denial, then a later sentence "
                                      "affirms'); the analyst reads yes ('no specific law on the AI, robotics or IoT'; "
                                      "draft AI Royal Decree not yet proposed; AI Ethics …)",
    ("ws_samoa_minutes.txt", "2/e_services"): "'No single e-services portal yet. Individual agencies run their own "
                                              "online services: MoR …': read no (flagged 'denied only 'as such': done "
                                              "elsewhere?'); the analyst reads yes ('No single e-services portal yet' "
                                              "but MoR e-Tax online filing 'is operating ... since 2020' and …)",
    ("ws_samoa_minutes.txt", "2/open_data"): "'No national open data portal. SBS advised its statistical releases, "
                                             "census 2021 …': read no (flagged 'a specific denial, then a later "
                                             "sentence affirms'); the analyst reads yes ('No national open data portal'"
                                             " but SBS releases 'downloadable in Excel/PDF ... free of charge')",
    ("ws_samoa_minutes.txt", "23"): "'Not applicable – see Q4. Samoa has no local government tier and there are no "
                                    "sub-national …': read unknown (flagged 'not applicable: none, or declined?'); the "
                                    "analyst reads no ('Not applicable - see Q4 ... no local government tier and there "
                                    "are no sub-national e-government …)",
    ("ws_samoa_minutes.txt", "32"): "'Yes – CBS advised its Regulatory Sandbox Framework for financial technology was "
                                    "issued in …': read no (flagged 'a typed Yes, then words giving a status short of "
                                    "in force'); the analyst reads yes (CBS Regulatory Sandbox Framework issued 2021, "
                                    "one provider testing)",
    ("ws_samoa_minutes.txt", "37"): "'Carried over from the 2020 survey – no update received. MWCSD to advise. TBC.': "
                                    "read yes (flagged 'negation inside a yes sentence'); the analyst reads unknown "
                                    "('Carried over from the 2020 survey - no update received. MWCSD to advise. TBC.')",
    # Round twenty-six (Djibouti, Venezuela, Maldives, Armenia, United States, Sierra Leone): moved once none was wrong
    # without a flag (first contact on 1822617: 23 of 390)
    ("am_translated_armenian.txt", "5/planning"): "'There is no separate ministry. The functions of the strategic "
                                                  "planning and the …': read no (flagged 'a specific denial, then a "
                                                  "later sentence affirms'); the analyst reads yes ('There is no "
                                                  "separate ministry' - strategic planning functions 'carried out by "
                                                  "the Office of the …)",
    ("am_translated_armenian.txt", "7"): "'Within the framework of the measures of the Government for neutralization of"
                                         " the economic …': read yes (flagged 'a reading, then a later sentence "
                                         "declines: in part, or not …'); the analyst reads unknown (anti-crisis "
                                         "applications processed electronically, but 'The issues of the allocation of "
                                         "budget …)",
    ("am_translated_armenian.txt", "19"): "'The Digitalization Strategy of the Republic of Armenia, the Action Plan and"
                                          " the targets …': read no (flagged 'a status beside something in force or "
                                          "operating: which …'); the analyst reads yes ('Digitalization Strategy of the"
                                          " Republic of Armenia ... approved by the Decision of the Government …)",
    ("am_translated_armenian.txt", "29/other"): "'The cloud computing: the creation of the Government cloud (G-Cloud) "
                                                "is envisaged by the …': read no (flagged 'a plan held by a text: "
                                                "provided for (yes), or still to come …'); the analyst reads yes ('the "
                                                "creation of the Government cloud (G-Cloud) is envisaged by the Action "
                                                "Plan of the Strategy for …)",
    ("am_translated_armenian.txt", "33"): "'A separate strategy on digital inclusion is not adopted. The issues of the "
                                          "digital …': read no (flagged 'a specific denial, then a later sentence "
                                          "affirms'); the analyst reads yes ('A separate strategy on digital inclusion "
                                          "is not adopted' but 'covered by the direction 'Digital …)",
    ("es_venezuela_infogobierno.txt", "8"): "'En el marco del Plan de la Patria 2019-2025 y de la Agenda Económica "
                                            "Bolivariana, el …': read yes (flagged 'mixed: in force in part'); the "
                                            "analyst reads no (Estrategia Nacional de Transformación Digital 2022-2030 "
                                            "'se encuentra en fase de elaboración'; Plan …)",
    ("es_venezuela_infogobierno.txt", "29/5g"): "'Corresponde a CONATEL. El despliegue se encuentra diferido, por "
                                                "cuanto el bloqueo impide …': read unknown (flagged 'declined in its "
                                                "own words: none, or not known?'); the analyst reads no ('Corresponde a"
                                                " CONATEL. El despliegue se encuentra diferido' by the bloqueo - opens "
                                                "as a referral …)",
    ("es_venezuela_infogobierno.txt", "34"): "'Este aspecto corresponde al Ministerio del Poder Popular para las "
                                             "Comunas y los …': read yes (flagged 'only whose the matter is: is it "
                                             "there, or is this a …'); the analyst reads unknown ('Este aspecto "
                                             "corresponde al Ministerio del Poder Popular para las Comunas y los "
                                             "Movimientos …)",
    ("es_venezuela_infogobierno.txt", "37"): "'Ver pregunta 34.': read yes (flagged 'a reference to an answer that is "
                                             "itself flagged'); the analyst reads unknown ('Ver pregunta 34.' - Q34 is "
                                             "a referral to another ministry (unknown); could be read as no)",
    ("fr_djibouti_schema_directeur.txt", "4"): "'Il convient de noter qu'il n'existe pas, à ce jour, de fonction de "
                                               "Chief Information …': read no (flagged 'denied only 'as such': done "
                                               "elsewhere?; a CIO or equivalent …'); the analyst reads yes ('il "
                                               "n'existe pas ... de fonction de Chief Information Officer au sens "
                                               "strict' but 'Dans les faits, …)",
    ("fr_djibouti_schema_directeur.txt", "5/finance"): "'MEFI (cf. ci-dessus) : https://www.economie.gouv.dj.example/ -"
                                                       " Ministère du Budget : …': read unknown (flagged 'unresolved "
                                                       "reference'); the analyst reads yes ('MEFI (cf. ci-dessus)' and "
                                                       "Ministère du Budget, links)",
    ("fr_djibouti_schema_directeur.txt", "5/industry"): "'Industrie : cf. MEFI ci-dessus. Commerce : Ministère du "
                                                        "Commerce et du Tourisme (site en …': read unknown (flagged "
                                                        "'unresolved reference'); the analyst reads yes ('Industrie : "
                                                        "cf. MEFI ci-dessus. Commerce : Ministère du Commerce et du "
                                                        "Tourisme (site en cours de …)",
    ("fr_djibouti_schema_directeur.txt", "23"): "'Sans objet, les collectivités régionales ne disposant pas de "
                                                "stratégie numérique propre …': read unknown (flagged 'not applicable: "
                                                "none, or declined?'); the analyst reads no ('Sans objet, les "
                                                "collectivités régionales ne disposant pas de stratégie numérique "
                                                "propre' - no …)",
    ("fr_djibouti_schema_directeur.txt", "29/iot"): "'Sans objet.': read unknown (flagged 'not applicable: none, or "
                                                    "declined?'); the analyst reads no ('Sans objet.' - read as not "
                                                    "referred to; could be recorded as unknown)",
    ("fr_djibouti_schema_directeur.txt", "33"): "'Il n'existe pas de politique d'inclusion numérique autonome ; "
                                                "l'inclusion numérique fait …': read no (flagged 'negation contradicted"
                                                " by a following 'however''); the analyst reads yes ('Il n'existe pas "
                                                "de politique d'inclusion numérique autonome' but 'l'axe 4 du SDAE "
                                                "adopté en …)",
    ("fr_djibouti_schema_directeur.txt", "36"): "'Les transferts monétaires du Programme National de Solidarité Famille"
                                                " (PNSF), gérés par …': read no (flagged 'a pilot at work since a past "
                                                "date: in place in part (yes), …'); the analyst reads yes (PNSF "
                                                "transfers paid by mobile money 'depuis juin 2021, à titre pilote, dans"
                                                " trois quartiers de …)",
    ("mv_maldives_ratified_gazetted.txt", "5/industry"): "'Same as Employment.': read unknown (flagged 'nothing affirms"
                                                         " or denies'); the analyst reads yes ('Same as Employment.' - "
                                                         "Ministry of Economic Development)",
    ("mv_maldives_ratified_gazetted.txt", "11"): "'Cybercrime Act (Law No. 6/2022). Passed by the Majlis on 22 February"
                                                 " 2022. Ratified by …': read yes (flagged 'in force a lapse after "
                                                 "publication: in force at the status …'); the analyst reads no "
                                                 "(Cybercrime Act passed 22 Feb, ratified and gazetted 9 Mar 2022 but "
                                                 "'comes into effect six months …)",
    ("mv_maldives_ratified_gazetted.txt", "18"): "'N/A https://www.icom.mv.example/ https://www.cert.gov.mv.example/ "
                                                 "…': read unknown (flagged 'not applicable: none, or declined?'); the "
                                                 "analyst reads no ('N/A' followed by a page-break list of links; N/A "
                                                 "to a 'is there any law' question read as none)",
    ("mv_maldives_ratified_gazetted.txt", "20"): "'Other: SAP 2019-2023, five years. The draft Master Plan is also five"
                                                 " years.': read unknown (flagged 'an option for a text not in force: "
                                                 "unknown'); the analyst reads yes (no tick survives; Other line: 'SAP "
                                                 "2019-2023, five years')",
    ("mv_maldives_ratified_gazetted.txt", "29/blockchain"): "'N/A': read unknown (flagged 'not applicable: none, or "
                                                            "declined?'); the analyst reads no ('N/A' - read as no "
                                                            "reference; could be taken as unknown)",
    ("mv_maldives_ratified_gazetted.txt", "32"): "'Not NCIT. The Maldives Monetary Authority (MMA) runs a fintech "
                                                 "regulatory sandbox under …': read no (flagged 'a specific denial, "
                                                 "then a later sentence affirms'); the analyst reads yes (opens 'Not "
                                                 "NCIT.' but 'MMA runs a fintech regulatory sandbox under its "
                                                 "Regulatory Sandbox Framework …)",
    ("sl_sierra_leone_dsti_pipeline.txt", "2/e_participation"): "'The 'Tok Yu Mind' citizen feedback platform (Krio for"
                                                                " 'speak your mind') has been …': read yes (flagged 'a "
                                                                "status beside something in force or operating: which "
                                                                "…'); the analyst reads no ('Tok Yu Mind' 'has been "
                                                                "validated at a stakeholder workshop' and 'will be "
                                                                "rolled out nationwide in …)",
    ("sl_sierra_leone_dsti_pipeline.txt", "16"): "'There is no overarching law on interoperability at this time. "
                                                 "However, section 41 of the …': read no (flagged 'a specific denial, "
                                                 "then a later sentence affirms'); the analyst reads yes ('There is no "
                                                 "overarching law on interoperability at this time. However, section 41"
                                                 " of the National …)",
    ("sl_sierra_leone_dsti_pipeline.txt", "29/ai"): "'The NIDS refers to AI and machine learning under 'frontier "
                                                    "technologies', for example in …': read no (flagged 'a status "
                                                    "beside something in force or operating: which …'); the analyst "
                                                    "reads yes ('The NIDS refers to AI and machine learning under "
                                                    "'frontier technologies''; stand-alone AI Strategy …)",
    ("sl_sierra_leone_dsti_pipeline.txt", "41"): "'A central e-services monitoring dashboard is currently being piloted"
                                                 " in Western Area and …': read no (flagged 'a status beside something "
                                                 "in force or operating: which …'); the analyst reads yes (central "
                                                 "dashboard 'currently being piloted', but 'usage statistics are "
                                                 "collected by the individual …)",
    ("us_federal_patchwork.txt", "2/e_services"): "'The Federal Government does not have a single transactional portal."
                                                  " USA.gov lists …': read no (flagged 'a specific denial, then a later"
                                                  " sentence affirms'); the analyst reads yes (opens 'The Federal "
                                                  "Government does not have a single transactional portal' but USA.gov "
                                                  "services …)",
    ("us_federal_patchwork.txt", "4"): "'The position of Federal CIO is established by statute (44 U.S.C. 3602). The "
                                       "Federal CIO …': read no (flagged 'an affirmation, then a denial of what was "
                                       "asked; a CIO or …'); the analyst reads yes (Federal CIO named with contact; "
                                       "'position of Federal CIO is established by statute (44 U.S.C. 3602)')",
    ("us_federal_patchwork.txt", "5/planning"): "'N/A. The United States does not have a national planning or "
                                                "development ministry. (Budget …': read unknown (flagged 'not "
                                                "applicable: none, or declined?'); the analyst reads no ('N/A. The "
                                                "United States does not have a national planning or development "
                                                "ministry.' - OMB (budget) …)",
    ("us_federal_patchwork.txt", "10"): "'The United States does not have a single, comprehensive Federal data "
                                        "protection law. At …': read no (flagged 'a specific denial, then a later "
                                        "sentence affirms'); the analyst reads yes (opens 'does not have a single, "
                                        "comprehensive Federal data protection law' but Privacy Act of 1974 …)",
    ("us_federal_patchwork.txt", "12"): "'There is no Federal legislation establishing a national digital identity, and"
                                        " the United …': read no (flagged 'a specific denial, then a later sentence "
                                        "affirms'); the analyst reads yes (opens 'There is no Federal legislation "
                                        "establishing a national digital identity' but 'OMB …)",
    ("us_federal_patchwork.txt", "18"): "'The Federal Government does not have a comprehensive law regulating AI or "
                                        "other emerging …': read no (flagged 'a specific denial, then a later sentence "
                                        "affirms'); the analyst reads yes ('does not have a comprehensive law "
                                        "regulating AI' but National AI Initiative Act, AI in Government …)",
    ("us_federal_patchwork.txt", "20"): "'Other: No fixed cycle. Each Administration issues its own PMA, normally in "
                                        "its first …': read unknown (flagged 'an option whose own words deny it: which "
                                        "option holds?'); the analyst reads yes (no tick survives; Other line 'No fixed"
                                        " cycle. Each Administration issues its own PMA ... in …)",
    ("us_federal_patchwork.txt", "21"): "'N/A. The United States does not have a national development strategy or "
                                        "plan.': read unknown (flagged 'not applicable: none, or declined?'); the "
                                        "analyst reads no ('N/A. The United States does not have a national development"
                                        " strategy or plan.')",
    ("us_federal_patchwork.txt", "27"): "'The term 'digital-by-default' is not used in Federal policy. The 21st Century"
                                        " Integrated …': read no (flagged 'a specific denial, then a later sentence "
                                        "affirms'); the analyst reads yes ('The term 'digital-by-default' is not used' "
                                        "but 21st Century IDEA 'requires executive agencies to …)",
    ("us_federal_patchwork.txt", "32"): "'There is no Government-wide regulatory sandbox program. Some Federal "
                                        "regulators operate …': read no (flagged 'a specific denial, then a later "
                                        "sentence affirms'); the analyst reads yes ('There is no Government-wide "
                                        "regulatory sandbox program' but CFPB Compliance Assistance Sandbox, …)",
    ("us_federal_patchwork.txt", "33"): "'The Federal Government does not have a single digital inclusion strategy. The"
                                        " …': read no (flagged 'a specific denial, then a later sentence affirms'); the"
                                        " analyst reads yes ('does not have a single digital inclusion strategy' but "
                                        "IIJA in force and ACP operating 'since …)",
    ("us_federal_patchwork.txt", "34"): "'There is no stand-alone e-participation policy. However, Section 206 of the "
                                        "E-Government …': read no (flagged 'a specific denial, then a later sentence "
                                        "affirms'); the analyst reads yes ('There is no stand-alone e-participation "
                                        "policy. However, Section 206 of the E-Government Act ... …)",
    ("us_federal_patchwork.txt", "38"): "'The Digital Equity Act of 2021, enacted as part of the IIJA, establishes two "
                                        "grant …': read yes (flagged 'a text in force, nothing yet done under it: the "
                                        "measure at …'); the analyst reads no (Digital Equity Act enacted but its grant"
                                        " programs are 'to be administered'; 'NTIA expects to issue …)",
    # Round twenty-seven (Comoros, Equatorial Guinea, Malawi, the Netherlands, Lao PDR, Kazakhstan): moved once none was
    # wrong without a flag (first contact on e5ae2e9: 12 of 390)
    ("es_guinea_ecuatorial_decretos.txt", "2/other"): "'No procede.': read unknown (flagged 'not applicable: none, or "
                                                      "declined?'); the analyst reads no ('No procede.' - nothing "
                                                      "further to report; blank-like)",
    ("es_guinea_ecuatorial_decretos.txt", "17"): "'No procede.': read unknown (flagged 'not applicable: none, or "
                                                 "declined?'); the analyst reads no ('No procede.' on an existence "
                                                 "question - read as no such legislation; arguably unknown)",
    ("es_guinea_ecuatorial_decretos.txt", "22"): "'La Estrategia no hace referencia expresa a los Objetivos de "
                                                 "Desarrollo Sostenible. Su …': read no (flagged 'a specific denial, "
                                                 "then a later sentence affirms'); the analyst reads yes ('no hace "
                                                 "referencia expresa a los ODS' but 'Su alineación con los ODS se "
                                                 "produce por vía de la …)",
    ("es_guinea_ecuatorial_decretos.txt", "23"): "'No procede, habida cuenta del carácter unitario del Estado. No "
                                                 "existen estrategias …': read unknown (flagged 'not applicable: none, "
                                                 "or declined?'); the analyst reads no ('No procede, habida cuenta del "
                                                 "carácter unitario del Estado. No existen estrategias provinciales ni "
                                                 "…)",
    ("es_guinea_ecuatorial_decretos.txt", "29/blockchain"): "'No procede.': read unknown (flagged 'not applicable: "
                                                            "none, or declined?'); the analyst reads no ('No procede.' "
                                                            "- read as no reference)",
    ("es_guinea_ecuatorial_decretos.txt", "29/iot"): "'Sin referencia expresa.': read unknown (flagged 'nothing affirms"
                                                     " or denies'); the analyst reads no ('Sin referencia expresa.')",
    ("fr_comores_anaden.txt", "2/e_services"): "'Pas de portail de services à proprement parler. Services disponibles :"
                                               " la pré-demande de …': read no (flagged 'denied only 'as such': done "
                                               "elsewhere?'); the analyst reads yes ('Pas de portail de services à "
                                               "proprement parler' but visa pre-application online 'en service depuis "
                                               "…)",
    ("fr_comores_anaden.txt", "2/open_data"): "'Non disponible. L'INSEED met en ligne ses annuaires et bulletins "
                                              "statistiques au format …': read unknown (flagged 'declined in its own "
                                              "words: none, or not known?'); the analyst reads no ('Non disponible.' - "
                                              "INSEED statistics only as PDF on its site, whose link could be taken for"
                                              " an …)",
    ("fr_comores_anaden.txt", "4"): "'Il n'existe pas de poste de DSI de l'État créé par un texte. Dans la pratique, le"
                                    " …': read no (flagged 'a CIO or equivalent named in the contact fields, yet read "
                                    "…'); the analyst reads yes ('Il n'existe pas de poste de DSI de l'État créé par un"
                                    " texte' but 'le Directeur général de l'ANADEN …)",
    ("fr_comores_anaden.txt", "7"): "'Pas de ligne spécifique dans le budget de l'État. Le certificat de vaccination "
                                    "avec code …': read no (flagged 'a specific denial, then a later sentence "
                                    "affirms'); the analyst reads yes ('Pas de ligne spécifique dans le budget de "
                                    "l'État' but the QR vaccination certificate and the site …)",
    ("fr_comores_anaden.txt", "10"): "'Loi N°21-009/AU relative à la protection des données à caractère personnel, "
                                     "adoptée par …': read no (flagged 'a status beside something in force or "
                                     "operating: which …'); the analyst reads yes (Loi N°21-009/AU 'adoptée par "
                                     "l'Assemblée de l'Union ... et promulguée par décret du Président' July …)",
    ("fr_comores_anaden.txt", "33"): "'Il n'y a pas de politique séparée. Voir réponse 24 (axe 3 de la SNTN).': read no"
                                     " (flagged 'a specific denial, then a later sentence affirms'); the analyst reads "
                                     "yes ('Il n'y a pas de politique séparée. Voir réponse 24 (axe 3 de la SNTN).' - a"
                                     " strategy axis as the …)",
    ("fr_comores_anaden.txt", "35"): "'Projet pilote « Kalibu Wi-Fi » : six points d'accès publics gratuits installés "
                                     "dans des …': read no (flagged 'a pilot at work since a past date: in place in "
                                     "part (yes), …'); the analyst reads yes ('Projet pilote « Kalibu Wi-Fi »' - six "
                                     "public access points 'ouverts depuis janvier 2022', women's …)",
    ("kz_translated_kazakh.txt", "4"): "'The position of national CIO as such is not provided by the legislation of the"
                                       " Republic …': read no (flagged 'denied only 'as such': done elsewhere?; a CIO "
                                       "or equivalent …'); the analyst reads yes (contact block filled with the Vice "
                                       "Minister; 'The functions equivalent to the CIO are carried out …)",
    ("kz_translated_kazakh.txt", "11"): "'1) The Law of the Republic of Kazakhstan dated 24 November 2015 No. 418-V 'On"
                                        " …': read no (flagged 'a status beside something in force or operating: which "
                                        "…'); the analyst reads yes (Law 'On informatization' No. 418-V chapter 6 on "
                                        "information security; Concept of cybersecurity …)",
    ("kz_translated_kazakh.txt", "12"): "'1) The Law of the Republic of Kazakhstan dated 7 January 2003 No. 370-II 'On "
                                        "electronic …': read no (flagged 'a status beside something in force or "
                                        "operating: which …'); the analyst reads yes (Law No. 370-II 'On electronic "
                                        "document and electronic digital signature'; identification under the …)",
    ("la_translated_lao.txt", "2/e_participation"): "'At the present there is not yet a specific portal for "
                                                    "e-participation. During the …': read no (flagged 'a specific "
                                                    "denial, then a later sentence affirms'); the analyst reads yes "
                                                    "('there is not yet a specific portal for e-participation' but "
                                                    "people give opinions on draft laws …)",
    ("la_translated_lao.txt", "2/procurement"): "'The e-Government Procurement System (e-GP) of the Ministry of "
                                                "Finance: …': read no (flagged 'a pilot at work since a past date: in "
                                                "place in part (yes), …'); the analyst reads yes (e-GP 'officially used"
                                                " by the procuring entities at central level since 1 July 2021', link "
                                                "given)",
    ("la_translated_lao.txt", "42"): "'The survey of the satisfaction of the people on the public services at the One "
                                     "Door …': read yes (flagged 'only whose the matter is: is it there, or is this a "
                                     "…'); the analyst reads unknown (satisfaction survey at One Door Service Centres "
                                     "'under the responsibility of the Ministry of Home …)",
    ("la_translated_lao.txt", "45"): "'Agree.': read unknown (flagged 'nothing affirms or denies'); the analyst reads "
                                     "yes ('Agree.' typed under the consent box)",
    ("mw_malawi_digital_project.txt", "2/e_services"): "'The e-Services Portal is not yet live (see Q1). The following "
                                                       "online services are …': read no (flagged 'a specific denial, "
                                                       "then a later sentence affirms'); the analyst reads yes "
                                                       "('e-Services Portal is not yet live' but 'online services are "
                                                       "operational at MDA level': MRA tax …)",
    ("mw_malawi_digital_project.txt", "19"): "'The National e-Government Strategy (2022-2027) has been developed with "
                                             "support from the …': read no (flagged 'a status beside something in force"
                                             " or operating: which …'); the analyst reads yes (National e-Government "
                                             "Strategy 'awaiting approval by Cabinet', but 'in the meantime "
                                             "e-Government is …)",
    ("mw_malawi_digital_project.txt", "20"): "'Other: Five years - DES 2021-2026; the draft e-Government Strategy is "
                                             "also five years …': read unknown (flagged 'an option for a text not in "
                                             "force: unknown'); the analyst reads yes ('Other Five years - DES "
                                             "2021-2026')",
    ("mw_malawi_digital_project.txt", "29/ai"): "'The DES lists AI among emerging technologies Government will explore "
                                                "under Pillar 4 …': read no (flagged 'a status beside something in "
                                                "force or operating: which …'); the analyst reads yes ('The DES lists "
                                                "AI among emerging technologies Government will explore under Pillar "
                                                "4')",
    ("mw_malawi_digital_project.txt", "41"): "'Not consolidated at national level yet. Individual MDAs collect "
                                             "statistics from their own …': read unknown (flagged 'declined in its own "
                                             "words: none, or not known?'); the analyst reads yes ('Not consolidated at"
                                             " national level yet' but 'Individual MDAs collect statistics' (MRA, OBRS "
                                             "6,412 …)",
    ("nl_dutch_direct.txt", "1"): "'We do not have one single portal. The main ones are: - Overheid.nl …': read no "
                                  "(flagged 'a specific denial, then a later sentence affirms'); the analyst reads yes "
                                  "('We do not have one single portal. The main ones are: Overheid.nl ... "
                                  "Rijksoverheid.nl ... …)",
    ("nl_dutch_direct.txt", "5/planning"): "'We have no ministry for planning or development as such. Economic "
                                           "forecasts are made by …': read no (flagged 'denied only 'as such': done "
                                           "elsewhere?'); the analyst reads yes ('We have no ministry for planning or "
                                           "development as such' but CPB and the Minister for Housing and …)",
    ("nl_dutch_direct.txt", "12"): "'Not yet as a separate act. The Digital Public Administration Act (Wet digitale "
                                   "overheid) …': read no (flagged 'a specific denial, then a later sentence affirms');"
                                   " the analyst reads yes ('Not yet as a separate act' - Digital Public Administration"
                                   " Act 'pending in the Senate', but 'Until …)",
    ("nl_dutch_direct.txt", "16"): "'Not as such. There is no general act on data sharing between government bodies; "
                                   "every …': read no (flagged 'denied only 'as such': done elsewhere?'); the analyst "
                                   "reads yes ('Not as such. There is no general act on data sharing' but each basic "
                                   "registration act in force …)",
    ("nl_dutch_direct.txt", "20"): "'Other: no fixed period. In principle one cabinet term (four years), with an update"
                                   " every …': read unknown (flagged 'an option whose own words deny it: which option "
                                   "holds?'); the analyst reads yes (no tick survives; Other line: 'no fixed period. In"
                                   " principle one cabinet term (four years), with an …)",
    ("nl_dutch_direct.txt", "21"): "'n/a. The Netherlands has no national development strategy or plan. Priorities are "
                                   "set in …': read unknown (flagged 'not applicable: none, or declined?'); the analyst"
                                   " reads no ('n/a. The Netherlands has no national development strategy or plan')",
    ("nl_dutch_direct.txt", "29/robotics"): "'n/a': read unknown (flagged 'not applicable: none, or declined?'); the "
                                            "analyst reads no ('n/a' - nothing referred to; could also be read unknown)",
    ("nl_dutch_direct.txt", "37"): "'This is up to the municipalities themselves. We do not know what they do here; "
                                   "there is …': read yes (flagged 'a plain statement beside a denial: which "
                                   "decides?'); the analyst reads unknown ('This is up to the municipalities "
                                   "themselves. We do not know what they do here')",
    ("nl_dutch_direct.txt", "40"): "'We do not know of a central overview. Partly: after an internet consultation the "
                                   "ministry …': read unknown (flagged 'declined in its own words: none, or not "
                                   "known?'); the analyst reads yes ('We do not know of a central overview. Partly: "
                                   "after an internet consultation the ministry must …)",
    # Round twenty-eight (Mauritania, Nicaragua, Guyana, Serbia, Azerbaijan, Cyprus): moved once none was wrong without
    # a flag (first contact on 2874667: 13 of 390)
    ("az_translated_azerbaijani.txt", "2/e_participation"): "'A separate single portal of e-participation has not been "
                                                            "created. In accordance with the …': read no (flagged 'a "
                                                            "specific denial, then a later sentence affirms'); the "
                                                            "analyst reads yes (opens 'A separate single portal of "
                                                            "e-participation has not been created' and the single "
                                                            "module is …)",
    ("az_translated_azerbaijani.txt", "7"): "'The measures carried out in connection with the pandemic were financed "
                                            "from the state …': read yes (flagged 'a past event, then a plan or denial:"
                                            " in place now?'); the analyst reads unknown (pandemic measures financed "
                                            "from the budget and the Coronavirus Response Fund, but 'Information on a "
                                            "…)",
    ("az_translated_azerbaijani.txt", "10"): "'Available. The Law of the Republic of Azerbaijan 'On Personal Data' "
                                             "dated 11 May 2010 No. …': read no (flagged 'a reading, then a later "
                                             "sentence declines: in part, or not …'); the analyst reads yes "
                                             "('Available. The Law ... 'On Personal Data' dated 11 May 2010'; GDPR "
                                             "amendments only 'being prepared')",
    ("az_translated_azerbaijani.txt", "11"): "'Available. 1) The Law of the Republic of Azerbaijan 'On Information, "
                                             "Informatization and …': read no (flagged 'a status beside something in "
                                             "force or operating: which …'); the analyst reads yes ('Available.' Law on"
                                             " Information, Informatization and Protection of Information (1998); "
                                             "Presidential …)",
    ("az_translated_azerbaijani.txt", "12"): "'A separate law on digital identity is not available. The relations in "
                                             "this field are …': read no (flagged 'a specific denial, then a later "
                                             "sentence affirms'); the analyst reads yes (opens 'A separate law on "
                                             "digital identity is not available', then 'The relations in this field are"
                                             " …)",
    ("az_translated_azerbaijani.txt", "18"): "'Not available. Separate legislation regulating the use of artificial "
                                             "intelligence, …': read unknown (flagged 'declined in its own words: none,"
                                             " or not known?'); the analyst reads no ('Not available. Separate "
                                             "legislation ... has not been adopted'; only 'envisaged by the draft …)",
    ("az_translated_azerbaijani.txt", "22"): "'The coordination of the implementation of the SDGs is carried out by the"
                                             " National …': read yes (flagged 'related facts affirmed, then the closing"
                                             " sentence denies …'); the analyst reads no (National Coordination Council"
                                             " and 'Azerbaijan 2030' take SDG targets into account, VNR 2021, but 'A …)",
    ("az_translated_azerbaijani.txt", "27"): "'The principle 'digital by default' in this wording is not used in the "
                                             "current strategic …': read yes (flagged 'a form denied, the thing "
                                             "addressed another way'); the analyst reads no ('The principle 'digital by"
                                             " default' in this wording is not used in the current strategic …)",
    ("az_translated_azerbaijani.txt", "35"): "'Relevant measures are being taken. The 'Mobile ASAN xidmet' buses "
                                             "provide services in the …': read no (flagged 'a status beside something "
                                             "in force or operating: which …'); the analyst reads yes ('Relevant "
                                             "measures are being taken.' Mobile ASAN buses in villages, home services "
                                             "for persons with …)",
    ("cy_cyprus_deputy_ministry.txt", "4"): "'Political responsibility: Deputy Minister of Research, Innovation and "
                                            "Digital Policy. No …': read no (flagged 'an affirmation, then a denial of "
                                            "what was asked; a CIO or …'); the analyst reads yes (tick lost; contact "
                                            "given for the Permanent Secretary DMRID '(Government Chief Digital Officer"
                                            " …)",
    ("cy_cyprus_deputy_ministry.txt", "5/finance"): "'MoF': read unknown (flagged 'nothing affirms or denies'); the "
                                                    "analyst reads yes (bare acronym 'MoF')",
    ("cy_cyprus_deputy_ministry.txt", "15"): "'Not DMRID remit. The relevant competent authority is the Ministry of "
                                             "Finance / Treasury …': read no (flagged 'a specific denial, then a later "
                                             "sentence affirms'); the analyst reads unknown ('Not DMRID remit. The "
                                             "relevant competent authority is the Ministry of Finance / Treasury of the"
                                             " …)",
    ("cy_cyprus_deputy_ministry.txt", "21"): "'Long-term strategy 'Cyprus Vision 2035' - under preparation (Cyprus "
                                             "Economy and …': read no (flagged 'a status beside something in force or "
                                             "operating: which …'); the analyst reads yes ('Digital Cyprus 2025 is "
                                             "aligned with the RRP, see Q8' - yes if the RRP counts as the national …)",
    ("cy_cyprus_deputy_ministry.txt", "28"): "'OOP - see Q16.': read unknown (flagged 'nothing affirms or denies'); the"
                                             " analyst reads no ('OOP - see Q16.' - Q16 offers only a draft once-only "
                                             "law (no); nothing says the Strategy refers to …)",
    ("cy_cyprus_deputy_ministry.txt", "29/iot"): "'Smart city projects are implemented by the municipalities. Please "
                                                 "refer to the Union of …': read yes (flagged 'a text named, then the "
                                                 "reader sent to another body: does …'); the analyst reads unknown "
                                                 "('Smart city projects are implemented by the municipalities. Please "
                                                 "refer to the Union of Cyprus …)",
    ("es_nicaragua_informe.txt", "2/e_participation"): "'No aplica.': read unknown (flagged 'not applicable: none, or "
                                                       "declined?'); the analyst reads no ('No aplica.' - read as no "
                                                       "e-participation portal; could be recorded unknown)",
    ("es_nicaragua_informe.txt", "2/open_data"): "'El Instituto Nacional de Información de Desarrollo (INIDE) publica "
                                                 "en su portal las …': read no (flagged 'an affirmation, then a denial "
                                                 "of what was asked'); the analyst reads yes (INIDE statistics and "
                                                 "survey databases 'descargables en formato abierto', link; but 'No se "
                                                 "cuenta …)",
    ("es_nicaragua_informe.txt", "4"): "'https://www.hacienda.gob.ni.example/ https://www.telcor.gob.ni.example/ …': "
                                       "read no (flagged 'an affirmation, then a denial of what was asked; a CIO or "
                                       "…'); the analyst reads yes (contact block filled (Secretaria Técnica de la "
                                       "CNGE, TELCOR), but prose opens 'No existe ... un …)",
    ("es_nicaragua_informe.txt", "5/health"): "'Ministerio de Salud (MINSA); https://www.minsa.gob.ni.example/': read "
                                              "unknown (flagged 'answer language unclear: not read'); the analyst reads"
                                              " yes (MINSA, link)",
    ("es_nicaragua_informe.txt", "5/justice"): "'No aplica, por no existir en Nicaragua un Ministerio de Justicia. Las "
                                               "funciones …': read unknown (flagged 'not applicable: none, or "
                                               "declined?'); the analyst reads yes (opens 'No aplica, por no existir en"
                                               " Nicaragua un Ministerio de Justicia' but names PGR and Poder …)",
    ("es_nicaragua_informe.txt", "11"): "'No se cuenta con una ley de ciberseguridad como tal. En materia penal, se "
                                        "encuentra …': read no (flagged 'denied only 'as such': done elsewhere?'); the "
                                        "analyst reads yes ('No se cuenta con una ley de ciberseguridad como tal' but "
                                        "'se encuentra vigente la Ley No. 1061, …)",
    ("es_nicaragua_informe.txt", "12"): "'La identificación ciudadana corresponde al Consejo Supremo Electoral (CSE), a"
                                        " través de …': read no (flagged 'an affirmation, then a denial of what was "
                                        "asked'); the analyst reads unknown ('La identificación ciudadana corresponde "
                                        "al Consejo Supremo Electoral ... Esta institución no …)",
    ("es_nicaragua_informe.txt", "17"): "'https://www.hacienda.gob.ni.example/presupuesto/ No se cuenta con legislación"
                                        " específica …': read yes (flagged 'an affirmation, then a denial of what was "
                                        "asked'); the analyst reads no ('No se cuenta con legislación específica sobre "
                                        "datos abiertos'; Ley 634 proactive publication and …)",
    ("es_nicaragua_informe.txt", "22"): "'Sí, en tanto el PNLCP-DH 2022-2026 guarda correspondencia con los Objetivos "
                                        "de Desarrollo …': read no (flagged 'a typed Yes, then words giving a status "
                                        "short of in force'); the analyst reads yes ('Sí, en tanto el PNLCP-DH ... "
                                        "guarda correspondencia con los Objetivos de Desarrollo Sostenible', …)",
    ("es_nicaragua_informe.txt", "26"): "'Ver respuesta a la pregunta 12.': read no (flagged 'a reference to an answer "
                                        "that is itself flagged'); the analyst reads unknown ('Ver respuesta a la "
                                        "pregunta 12.' and Q12 is itself a referral to the CSE with no content)",
    ("es_nicaragua_informe.txt", "28"): "'Se avanza en la incorporación, en el Programa Nacional de Gobierno "
                                        "Electrónico 2022-2026 …': read yes (flagged 'mixed: in force in part'); the "
                                        "analyst reads no ('Se avanza en la incorporación, en el Programa Nacional ... "
                                        "actualmente en proceso de formulación, …)",
    ("es_nicaragua_informe.txt", "29/blockchain"): "'No aplica.': read unknown (flagged 'not applicable: none, or "
                                                   "declined?'); the analyst reads no ('No aplica.' - read as not "
                                                   "referenced; could be recorded unknown)",
    ("es_nicaragua_informe.txt", "32"): "'En materia de innovación financiera y de tecnologías aplicadas al sistema "
                                        "financiero, la …': read yes (flagged 'only whose the matter is: is it there, "
                                        "or is this a …'); the analyst reads unknown ('la competencia corresponde al "
                                        "Banco Central de Nicaragua (BCN) y a la ... SIBOIF, por lo que se …)",
    ("es_nicaragua_informe.txt", "34"): "'No se cuenta con una política específica de participación electrónica. La "
                                        "participación …': read yes (flagged 'denied only 'as such': done elsewhere?');"
                                        " the analyst reads no ('No se cuenta con una política específica de "
                                        "participación electrónica'; Ley 487 participation is …)",
    ("fr_mauritanie_arretes.txt", "1"): "'- Portail officiel du Gouvernement (bilingue arabe/français) : …': read no "
                                        "(flagged 'mixed: in force in part'); the analyst reads yes (Portail officiel "
                                        "du Gouvernement and 'Khadamati' 'mis en ligne en version pilote le 28 novembre"
                                        " …)",
    ("fr_mauritanie_arretes.txt", "2/open_data"): "'Sans objet pour l'instant. La mise en place d'une plateforme "
                                                  "nationale de données …': read unknown (flagged 'not applicable: "
                                                  "none, or declined?'); the analyst reads no ('Sans objet pour "
                                                  "l'instant'; platform only 'inscrite à la composante 2' of the PMNI)",
    ("fr_mauritanie_arretes.txt", "4"): "'Il n'existe pas, dans l'organigramme de l'État, de poste de « DSI de l'État »"
                                        " ou de CIO …': read no (flagged 'denied only 'as such': done elsewhere?; a CIO"
                                        " or equivalent …'); the analyst reads yes (contact block filled (DG of ANE); "
                                        "'pas ... de poste de « DSI de l'État » ou de CIO au sens strict' …)",
    ("fr_mauritanie_arretes.txt", "16"): "'Le projet de décret portant Cadre National d'Interopérabilité des systèmes "
                                         "d'information …': read yes (flagged 'mixed: in force in part'); the analyst "
                                         "reads no (décret CNI 'adopté en Conseil des ministres le 17 mars 2022' but "
                                         "'pas encore publié au Journal …)",
    ("fr_mauritanie_arretes.txt", "18"): "'Sans objet.': read unknown (flagged 'not applicable: none, or declined?'); "
                                         "the analyst reads no ('Sans objet.' - read as no such legislation; could be "
                                         "read as unknown)",
    ("gy_guyana_national_assembly.txt", "4"): "'There is no post designated 'Government Chief Information Officer' in "
                                              "the Public Service …': read no (flagged 'a specific denial, then a later"
                                              " sentence affirms; a CIO or …'); the analyst reads yes ('There is no "
                                              "post designated 'Government Chief Information Officer'' but the NDMA "
                                              "General Manager …)",
    ("gy_guyana_national_assembly.txt", "14"): "'The Procurement Act 2003 governs public procurement and requires that "
                                               "invitations for …': read yes (flagged 'mixed: in force in part'); the "
                                               "analyst reads no (Procurement Act 2003 requires advertisement but 'do "
                                               "not provide for electronic submission or …)",
    ("gy_guyana_national_assembly.txt", "40"): "'This is a matter for the Ministry of Parliamentary Affairs and "
                                               "Governance, to which it …': read yes (flagged 'a plain statement beside"
                                               " a denial: which decides?'); the analyst reads unknown ('This is a "
                                               "matter for the Ministry of Parliamentary Affairs and Governance, to "
                                               "which it was …)",
    ("rs_translated_serbian.txt", "15"): "'The Law on Budget System ('Sl. glasnik RS', br. 54/09 ... 118/21) foresees "
                                         "that the Law …': read no (flagged 'a reading, then a later sentence declines:"
                                         " in part, or not …'); the analyst reads yes (Law on Budget System: budget and"
                                         " final account 'published ... on the website of the Ministry of …)",
    ("rs_translated_serbian.txt", "34"): "'A separate strategy on the eParticipation is not adopted. The participation "
                                         "of the public …': read no (flagged 'a specific denial, then a later sentence "
                                         "affirms'); the analyst reads yes ('A separate strategy on the eParticipation "
                                         "is not adopted' but participation regulated by the Law …)",
}


def owed(name: str, key: str) -> tuple[str, str | None]:
    """(answer, words its flag must hold, None when no flag is owed) the reader owes for a key: the analyst's
    answer in a set the tool reads; unknown flagged 'not read' in a NOT_READ set."""
    row = expected(name)["answers"][key]
    if name not in NOT_READ:
        return row["answer"], None
    if (name, key) in NOT_READ_EXCEPTIONS:
        return NOT_READ_EXCEPTIONS[(name, key)]
    if row["kind"] == "blank":
        return "unknown", None
    return "unknown", "not read"


def _answer(value) -> str:
    # YAML 1.1 reads a bare yes/no as a boolean; the expected files keep the readable bare words.
    return {True: "yes", False: "no"}.get(value, value)


@lru_cache(maxsize=None)
def expected(name: str) -> dict:
    raw = yaml.safe_load((FIXTURES / f"{name}.expected.yml").read_text(encoding="utf-8"))
    rows = {}
    for key, value in raw["answers"].items():
        row = dict(value) if isinstance(value, dict) else {"answer": value}
        row["answer"] = _answer(row["answer"])
        row.setdefault("kind", "plain")
        row.setdefault("flag", False)
        row.setdefault("reason", "")
        rows[str(key)] = row
    return {"style": raw["style"], "answers": rows, "never_in_detail": raw.get("never_in_detail", []),
            "urls": raw.get("urls", [])}


@lru_cache(maxsize=None)
def read(document: str) -> dict:
    """key -> AnswerRecord, as the reader reads the document."""
    (doc,) = load_document(FIXTURES / document)
    return {(f"{a.question}/{a.item}" if a.item else str(a.question)): a for a in doc.answers}


def _cases():
    for document, name in DOCUMENTS:
        for key in expected(name)["answers"]:
            reason = KNOWN_MISREADINGS.get((document, key))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(document, name, key, id=f"{document}:{key}", marks=marks)


def catalogue_keys() -> set[str]:
    with CATALOGUE.open(encoding="utf-8") as f:
        return {(f"{r['question']}/{r['item']}" if r["item"] else r["question"])
                for r in csv.DictReader(f) if r["edition"] == "2022"}


def comparison() -> list[dict]:
    """One row per (document, expected answer) with what the reader said."""
    rows = []
    for document, name in DOCUMENTS:
        got = read(document)
        for key, row in expected(name)["answers"].items():
            a = got.get(key)
            answer, must_flag = owed(name, key)
            rows.append({"document": document, "name": name, "style": expected(name)["style"], "key": key,
                         "kind": row["kind"], "expected": answer, "must_flag": must_flag, "doubtful": row["flag"],
                         "reason": row["reason"], "got": a.answer if a else None,
                         "flag": a.flag if a else None})
    return rows


def report() -> str:
    """Per document: right, wrong but flagged, wrong and NOT flagged, share flagged; accuracy per kind; every
    disagreement with its diagnosis."""
    from tests.reading.scoring import HEADER, line, score
    rows = comparison()
    out = [HEADER]
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_doc[r["document"]].append(r)
    for document, rs in by_doc.items():
        label = f"{document} (not read)" if rs[0]["name"] in NOT_READ else document
        out.append(line(label, score([(r["expected"], r["got"], r["flag"]) for r in rs])))
    read_rows = [r for r in rows if r["name"] not in NOT_READ]
    out.append(line("all read sets", score([(r["expected"], r["got"], r["flag"]) for r in read_rows])))
    rows = read_rows
    out += ["", "kind          right/all  accuracy"]
    for kind in KINDS:
        rs = [r for r in rows if r["kind"] == kind]
        if rs:
            ok = sum(r["got"] == r["expected"] for r in rs)
            out.append(f"{kind:<14}{ok:>4}/{len(rs):<5}{ok / len(rs):>9.1%}")
    doubtful = [r for r in rows if r["doubtful"]]
    caught = sum(r["flag"] is not None for r in doubtful)
    out += ["", f"answers the analyst finds doubtful: {len(doubtful)}; flagged by the reader: {caught}"]
    out += ["", "disagreements:"]
    for r in rows:
        if r["got"] != r["expected"]:
            why = KNOWN_MISREADINGS.get((r["document"], r["key"]), "NEW: not in KNOWN_MISREADINGS")
            mark = "" if r["flag"] else "WRONG AND NOT FLAGGED: "
            out.append(f"  {mark}{r['document']} {r['key']}: expected {r['expected']}, read {r['got']} "
                       f"(flag: {r['flag']}) - {why}")
    return "\n".join(out)


@pytest.mark.parametrize("document", sorted({d for d, _ in DOCUMENTS}))
def test_no_heldout_answer_is_wrong_without_a_flag(document):
    """The target of issue 14: a wrong answer always reaches the reviewer."""
    silent = [f"{r['key']}: expected {r['expected']}, read {r['got']} ({r['reason']})" for r in comparison()
              if r["document"] == document and r["got"] != r["expected"] and r["flag"] is None]
    assert silent == [], "wrong and not flagged:\n" + "\n".join(silent)


@pytest.mark.parametrize("name", sorted(NOT_READ))
def test_answers_in_a_language_not_read_are_unknown_and_flagged_not_read(name):
    """A language the tool does not read is never guessed: each written answer unknown, its flag naming the
    language; no answer in it read yes or no, none losing its flag."""
    wrong = [f"{r['key']}: owed {r['expected']} flagged {r['must_flag']!r}, read {r['got']} (flag {r['flag']!r})"
             for r in comparison() if r["name"] == name and (r["got"] != r["expected"] or (
                 r["must_flag"] is not None and r["must_flag"] not in (r["flag"] or "")))]
    assert wrong == [], "\n".join(wrong)
    flags = [r["flag"] for r in comparison() if r["name"] == name and r["must_flag"] == "not read"]
    assert flags and all(f"answer in {NOT_READ[name]}" in f or "roll-up" in f for f in flags), flags


def test_known_misreadings_are_all_flagged():
    rows = {(r["document"], r["key"]): r for r in comparison()}
    assert [k for k in KNOWN_MISREADINGS if rows[k]["flag"] is None] == []


@pytest.mark.parametrize(("document", "name", "key"), list(_cases()))
def test_heldout_answer_is_read_as_an_analyst_reads_it(document, name, key):
    row = expected(name)["answers"][key]
    answer, must_flag = owed(name, key)
    got = read(document).get(key)
    assert got is not None, f"{document}: no reading for {key}"
    assert got.answer == answer, (
        f"{document} {key}: expected {answer}, read {got.answer} (flag {got.flag!r}); {row['reason']}")
    assert must_flag is None or must_flag in (got.flag or ""), f"{document} {key}: flag {got.flag!r}"


@pytest.mark.parametrize("name", sorted({n for _, n in DOCUMENTS}))
def test_expected_readings_cover_the_whole_catalogue_with_known_values(name):
    rows = expected(name)["answers"]
    assert set(rows) == catalogue_keys()
    for key, row in rows.items():
        assert row["answer"] in {"yes", "no", "unknown"}, key
        assert row["kind"] in KINDS, key
        assert not (row["flag"] and not row["reason"]), f"{key}: a doubtful answer needs its reason"
    # a sheet pasted in full leaves no field blank: its empty cells ("| | |") are its blanks, kind noise; a set
    # answered in full has none
    has_blanks = any(r["kind"] in {"blank", "noise"} for r in rows.values())
    assert has_blanks != (name in ANSWERED_IN_FULL), "every style has blank answers, but those answered in full"


@pytest.mark.parametrize(("document", "name"), DOCUMENTS)
def test_heldout_blank_answers_are_never_read_as_no(document, name):
    got = read(document)
    blanks = [k for k, r in expected(name)["answers"].items() if r["kind"] in {"blank", "noise"}
              and r["answer"] == "unknown"]
    assert blanks or name in ANSWERED_IN_FULL
    # A written dash ("—") is read as nil, flagged "a dash only: read as nil": some writers mean a blank by it
    # (in_union_states 29/robotics), and the flag puts it before the reviewer; any other blank read as no fails.
    assert {k: got[k].answer for k in blanks if got[k].answer != "unknown" and got[k].flag != FLAG_DASH} == {}


@pytest.mark.parametrize("name", ["terse_civil_service", "verbose_narrative"])
def test_heldout_word_rendering_reads_as_its_text(name):
    text, word = read(f"{name}.txt"), read(f"{name}.docx")
    assert {k: a.answer for k, a in word.items()} == {k: a.answer for k, a in text.items()}


def test_known_misreadings_name_real_cases():
    cases = {(d, k) for d, n in DOCUMENTS for k in expected(n)["answers"]}
    assert set(KNOWN_MISREADINGS) <= cases


def test_heldout_layout_noise_never_reaches_a_detail():
    exp = expected("pdf_damaged")
    got = read("pdf_damaged.txt")
    leaks = {(k, s) for k, a in got.items() for s in exp["never_in_detail"] if s in a.detail}
    assert leaks == set()


def test_heldout_wrapped_urls_are_whole_or_absent_never_cut():
    got = read("pdf_damaged.txt")
    for case in expected("pdf_damaged")["urls"]:
        links = got[case["key"]].links
        cut = [u for u in links if u != case["url"] and case["url"].startswith(u.rstrip("/"))]
        assert cut == [], f"{case['key']}: truncated {cut}"
        if case["required"]:
            assert case["url"] in links, f"{case['key']}: {links}"


def test_heldout_overall_accuracy_stays_above_the_floor():
    rows = [r for r in comparison() if r["name"] not in NOT_READ]
    accuracy = sum(r["got"] == r["expected"] for r in rows) / len(rows)
    print("\n" + report())
    assert accuracy >= ACCURACY_FLOOR, report()


if __name__ == "__main__":
    print(report())
