"""Markup left in written answers is layout (round eight, r8en): HTML of an online-form export is decoded and
tracked-change markers are resolved before anything is read (loaders/formats/reading_noise.undo_markup, called
by parse_text for every format). Text without "&…;", an HTML tag or a "[Word: …]" marker is never touched."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.formats import reading_polarity
from loaders.formats.reading_noise import undo_markup
from loaders.formats.text import parse_text

from .harness import document


@pytest.mark.parametrize("raw, decoded", [
    ("See Q12&nbsp;&ndash; Singpass is named.", "See Q12 – Singpass is named."),
    ("Prime Minister&#39;s Office", "Prime Minister's Office"),
    ("Ministry of Trade &amp; Industry", "Ministry of Trade & Industry"),
    ("&quot;digital to the core&quot;", '"digital to the core"'),
    ("Loi n&deg; 2004-5 relative &agrave; la protection des donn&eacute;es", "Loi n° 2004-5 relative à la protection des données"),
    ("Ley N&#176; 21.521, publicada en enero de 2023", "Ley N° 21.521, publicada en enero de 2023"),
    ("N/A&nbsp;", "N/A "),
])
def test_html_entities_are_decoded(raw, decoded):
    assert undo_markup(raw) == decoded


@pytest.mark.parametrize("raw, lines", [
    ("Yes<br/>The GCDTO leads the Blueprint.", ["Yes", "The GCDTO leads the Blueprint."]),
    ("Oui<br>La loi est en vigueur.", ["Oui", "La loi est en vigueur."]),
    ("<p>Not as a separate Act.</p><p>Singpass is provided under policy.</p>",
     ["Not as a separate Act.", "Singpass is provided under policy."]),
    ("<ul><li>SNDGO, https://a.example</li><li>GovTech, https://b.example</li></ul>",
     ["SNDGO, https://a.example", "GovTech, https://b.example"]),
    ("<p>No existe una ley <b>específica</b>.</p>", ["No existe una ley específica."]),
])
def test_block_tags_become_lines_and_other_tags_go(raw, lines):
    assert undo_markup(raw).split("\n") == lines


@pytest.mark.parametrize("raw, decoded", [
    ("Principal IT Officer [Deleted: Senior] [Formatted: Font: Bold]", "Principal IT Officer"),
    ("[Deleted: e-GP rollout planned.] [Inserted: e-GP system, live since July 2021.]",
     "e-GP system, live since July 2021."),
    ("Portal [Comment JK2: confirm with NITA-U]", "Portal"),
    ("Politique adoptée en 2021 [Supprimé: projet] [Inséré: en vigueur]", "Politique adoptée en 2021 en vigueur"),
    ("[Eliminado: En preparación.] [Insertado: Vigente desde 2020.]", "Vigente desde 2020."),
    ("Texte [Mis en forme: Police : Gras]", "Texte"),
])
def test_tracked_changes_are_resolved(raw, decoded):
    assert undo_markup(raw) == decoded


def test_a_line_left_empty_by_its_markers_goes():
    assert undo_markup("44. Any other information?\n[Comment JK11: nothing to add? – leave]\n\nH.") == \
        "44. Any other information?\n\nH."


@pytest.mark.parametrize("text, answer", [
    ("[Deleted: Being developed by NITA-U.] [Inserted: Yes, the e-Citizen portal, live since 2021.]", "yes"),
    ("[Deleted: In force since 2019.] [Inserted: Not yet – still being drafted.]", "no"),
    ("[Supprimé : En vigueur.] [Inséré : Non, en cours d'élaboration.]", "no"),
    ("[Eliminado: Vigente.] [Insertado: No, en preparación.]", "no"),
])
def test_deleted_text_is_never_read(text, answer):
    lang = "fr" if "Supprimé" in text else "es" if "Eliminado" in text else "en"
    assert reading_polarity.read_answer(undo_markup(text), lang).answer == answer


@pytest.mark.parametrize("text", [
    "R&D budget; Q&A sessions; AT&T", "a < b and c > d", "[1] Act No. 5 of 2019", "See [Annex 2]",
    "Tom & Jerry;", "<Ministry of ICT>", "x &nosuch",
])
def test_text_without_markup_is_left_alone(text):
    assert undo_markup(text) == text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120))
def test_decoding_text_without_an_entity_or_tag_changes_nothing(text):
    has_entity = re.search(r"&#?\w+;", text)
    has_tag = re.search(r"<[/a-zA-Z]", text)
    has_marker = re.search(r"\[[^\]]*:", text)
    if not (has_entity or has_tag or has_marker):
        assert undo_markup(text) == text


def _answers(bodies: dict[int, list[str]], lang: str = "en") -> dict[str, object]:
    doc = parse_text(document({"bodies": bodies}), source_name="case.txt", edition=2022)
    return {(f"{a.question}/{a.item}" if a.item else str(a.question)): a for a in doc.answers}


PROMPT = "If yes, please provide link and detail. "


@pytest.mark.parametrize("q12, q26", [
    ("Not as a separate Act.", "See Q12&nbsp;&ndash; Singpass is named as a key enabler in the strategy."),
    ("No law on digital identity.", "See Q12 – the strategy names the national digital ID as a key enabler."),
    ("Il n'existe pas de loi.", "Voir Q12 – la carte d'identité numérique est citée comme un levier clé de la stratégie."),
    ("No existe una ley.", "Véase la pregunta 12 – la identidad digital se menciona como habilitador clave de la estrategia."),
])
def test_a_pointer_then_a_statement_of_its_own_answers_by_the_statement_flagged(q12, q26):
    got = _answers({12: ["  Yes   No  ", PROMPT, q12], 26: [PROMPT, q26]})
    assert got["12"].answer == "no"
    assert got["26"].answer == "yes" and got["26"].flag


@pytest.mark.parametrize("body", ["[Comment JK11: nothing to add? – leave]", "[Commentaire AB2 : rien à ajouter ?]",
                                  "[Comentario CD3: ¿nada que añadir?]"])
def test_a_reviewers_comment_as_the_whole_answer_is_no_denial(body):
    got = _answers({44: [body]})
    assert got["44"].answer != "no"
    assert "nothing" not in got["44"].detail and "rien" not in got["44"].detail and "nada" not in got["44"].detail
