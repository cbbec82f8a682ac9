"""Properties of the reading rules: layout noise never changes an answer, a negation in a subordinate clause
of an explicit "Yes" never makes `no`, comment markers in any language never reach a detail."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders.formats import reading_noise, reading_polarity, reading_references, reading_words
from loaders.formats.text import parse_text

from .harness import document

BODIES = {
    9: ["  Yes   No  ", "If yes, please provide link and detail. ", "The Open Files Act 2011 governs access. "],
    10: ["☐ Yes ☒ No", "If yes, please provide link and detail. "],
    11: ["  Yes   No  ", "If yes, please provide link and detail. ", "There is no cybersecurity law yet. "],
    13: ["  Yes   No  ", "If yes, please provide link and detail. ", "See Q9 "],
    21: ["The strategy follows the National Vision 2035; https://vision.example.gov/plan "],
    31: ["N/A "],
    40: ["  Yes   No  ", "If yes, please provide link and detail. "],
}
PAGE_FORMS = ["Page {n} of {m}", "- {n} -", "{n}/{m}", "{n}", "Seite {n} von {m}", "[{n}]", "p. {n}",
              "{n} | Page", "Página {n} de {m}"]


def _answers(case: dict) -> dict:
    doc = parse_text(document(case), source_name="property.txt")
    return {(a.question, a.item): (a.answer, a.basis, a.detail, a.links) for a in doc.answers}


BASE = {spacing: _answers({"name": "base", "bodies": BODIES, "double_spaced": spacing}) for spacing in (False, True)}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(places=st.lists(st.integers(min_value=2, max_value=45), min_size=1, max_size=6, unique=True),
       form=st.sampled_from(PAGE_FORMS), start=st.integers(min_value=1, max_value=60),
       feed=st.booleans(), double=st.booleans())
def test_page_numbers_anywhere_never_change_an_answer(places, form, start, feed, double):
    before = {q: [("\f" if feed else "") + form.format(n=start + k, m=start + 60) + " "]
              for k, q in enumerate(sorted(places))}
    case = {"name": "noisy", "bodies": BODIES, "insert_before": before, "double_spaced": double}
    assert _answers(case) == BASE[double]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(places=st.lists(st.sampled_from([10, 12, 14, 20, 22, 30, 33, 36, 41, 44]), min_size=3, max_size=6,
                       unique=True),
       header=st.sampled_from(["Freedonia – MSQ 2022 reply", "UN E-Government Survey 2022 | Freedonia",
                               "Response of Freedonia (final, 3 May 2021)"]))
def test_a_running_header_never_changes_an_answer(places, header):
    before = {q: [header + " "] for q in places}
    for double in (False, True):
        case = {"name": "header", "bodies": BODIES, "insert_before": before, "double_spaced": double}
        assert _answers(case) == BASE[double]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(place=st.integers(min_value=22, max_value=30), repeat=st.integers(min_value=1, max_value=3))
def test_a_page_end_link_list_never_changes_an_answer(place, repeat):
    """The published layout lists a page's links at its end (a wrapped URL once per line it spans)."""
    before = {place: ["https://vision.example.gov/plan"] * repeat}
    assert _answers({"name": "list", "bodies": BODIES, "insert_before": before}) == BASE[False]


SUBJECTS = st.sampled_from(["it", "the act", "the register", "the portal", "this law", "the scheme"])
VERBS = st.sampled_from(["cover", "reach", "apply to", "include", "serve"])
OBJECTS = st.sampled_from(["municipalities", "private firms", "every region", "small towns", "all agencies"])
MAINS = st.sampled_from(["the Records Act binds every ministry", "the portal serves all citizens",
                         "a yearly survey is published", "the strategy names artificial intelligence"])


@settings(max_examples=80, deadline=None)
@given(subject=SUBJECTS, verb=VERBS, obj=OBJECTS, main=MAINS,
       opener=st.sampled_from(["Yes", "Yes.", "Yes,", "Yes –", "☒ Yes"]),
       shape=st.sampled_from(["although {s} does not {v} {o} yet, {m}", "{m}, though {s} does not {v} {o}",
                              "{m}, except where {s} does not {v} {o}", "{m} for those who do not {v} {o}",
                              "{m}, which does not {v} {o}", "{m}, even if {s} never {v} {o}"]))
def test_a_negation_in_a_subordinate_clause_of_an_explicit_yes_never_makes_no(subject, verb, obj, main,
                                                                              opener, shape):
    text = f"{opener} " + shape.format(s=subject, v=verb, o=obj, m=main) + "."
    assert reading_polarity.read(text).answer == "yes"


@settings(max_examples=60, deadline=None)
@given(main=MAINS, subject=SUBJECTS, verb=VERBS, obj=OBJECTS,
       link=st.sampled_from(["although", "though", "even though", "while", "whereas", "unless", "if"]))
def test_a_negation_in_a_leading_subordinate_clause_never_makes_no(main, subject, verb, obj, link):
    text = f"{link.capitalize()} {subject} does not {verb} {obj}, {main}."
    assert reading_polarity.read(text).answer == "yes"


WORD = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll")), min_size=3, max_size=14)


@settings(max_examples=40, deadline=None)
@given(word=WORD, initials=st.text(alphabet="ABCDEFGHJKLMNPRSTUVWXYZ", min_size=1, max_size=4),
       number=st.integers(min_value=1, max_value=99))
def test_a_comment_marker_in_any_language_is_recognised(word, initials, number):
    assert reading_noise.comment_re().match(f"{word} [{initials}{number}]: please check the link")


def test_data_files_hold_every_kind_the_rules_use():
    cues = reading_words.cues()
    for kind in reading_words.KINDS:
        assert cues.words[kind] or cues.phrases[kind], f"polarity_cues.csv has no {kind!r} cue"
    words = reading_noise.words()
    for kind in reading_noise.KINDS:
        assert words[kind], f"layout_words.csv has no {kind!r} word"
    assert {"see", "same", "question", "above"} <= reading_references.filler()


def test_answer_phrases_file_and_clause_rules_agree():
    """Every row of data/answer_phrases.csv reads as the file says, whole or opening a sentence."""
    import csv

    from loaders.paths import DATA

    with (DATA / "answer_phrases.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        phrase, want = row["phrase"], row["answer"]
        opening = f"{phrase[0].upper()}{phrase[1:]} such a measure at national level."
        text = phrase if row["match"] == "exact" else opening
        assert reading_polarity.read(text).answer == want, (row["phrase"], text)


TICKED, EMPTY = ["☒", "☑", "[x]", "[X]", "(x)", "X"], ["☐", "[ ]", "( )"]


@settings(max_examples=60, deadline=None)
@given(yes_first=st.booleans(), glyph_before=st.booleans(), colons=st.booleans(), tick_yes=st.booleans(),
       mark=st.sampled_from(TICKED), empty=st.sampled_from(EMPTY), spaces=st.sampled_from([" ", "  ", "   "]))
def test_a_box_line_reads_the_ticked_label_in_either_order(yes_first, glyph_before, colons, tick_yes, mark, empty,
                                                           spaces):
    """Whichever label comes first, glyphs before or after their labels, with or without colons: the ticked
    label is the answer, marked."""
    if glyph_before and colons:
        return  # "☒ Yes: ☐ No:" is not a way people write boxes
    boxes = {"Yes": mark if tick_yes else empty, "No": empty if tick_yes else mark}
    labels = ["Yes", "No"] if yes_first else ["No", "Yes"]
    parts = []
    for label in labels:
        word = label + (":" if colons else "")
        parts.append(f"{boxes[label]} {word}" if glyph_before else f"{word} {boxes[label]}")
    line = spaces.join(parts) + " "
    doc = parse_text(document({"name": "box", "bodies": {12: [line, "If yes, please provide link and detail. "]}}),
                     source_name="box.txt")
    a = next(a for a in doc.answers if a.question == 12)
    assert (a.answer, a.basis, a.detail) == ("yes" if tick_yes else "no", "marked", ""), line


@settings(max_examples=20, deadline=None)
@given(mark=st.sampled_from(["X", "x", "☒", "✔"]), yes_first=st.booleans())
def test_a_lone_tick_between_two_bare_labels_is_never_taken_as_marked(mark, yes_first):
    line = f"Yes {mark} No " if yes_first else f"No {mark} Yes "
    doc = parse_text(document({"name": "lone", "bodies": {12: [line, "If yes, please provide link and detail. "]}}),
                     source_name="lone.txt")
    a = next(a for a in doc.answers if a.question == 12)
    assert a.basis != "marked" and a.flag and "which box" in a.flag
