"""PDF loader: form check boxes, tick glyphs of symbol fonts, link annotations, scans and broken files."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import ticks
from loaders.formats import pdf as msq_pdf
from loaders.records import ParseError

from .conftest import GENERATED


def test_acroform_check_boxes_are_written_before_their_labels(fixtures):
    out = msq_pdf.pdf_to_text(fixtures / "acroform_checkboxes.pdf")
    assert "☒ Yes ☐ No" in out.text
    assert out.form_ticks == 2


def test_link_annotations_give_the_complete_url_of_a_wrapped_link(fixtures):
    out = msq_pdf.pdf_to_text(fixtures / "acroform_checkboxes.pdf")
    url = "https://example.org/laws/a-very-long/path/to/the-law.html"
    assert out.links == [url]
    assert f"See {url} for details." in out.text  # the line break inside the URL is mended


def test_libreoffice_pdf_keeps_checkbox_glyphs_in_its_text_layer():
    out = msq_pdf.pdf_to_text(GENERATED / "TUR.pdf")
    assert out.glyph_ticks > 40 and out.form_ticks == 0
    assert out.links, "the generated PDF carries link annotations"


def test_a_page_without_a_text_layer_is_named_not_guessed(fixtures):
    with pytest.raises(ParseError, match=r"page 2 of 2 has no text layer — scanned\? run OCR first"):
        msq_pdf.pdf_to_text(fixtures / "scanned_page.pdf")


@pytest.mark.parametrize("cut", [0, 10, 400, 3000])
def test_a_truncated_or_damaged_pdf_gets_a_message_a_user_understands(tmp_path, cut):
    data = (GENERATED / "VNM.pdf").read_bytes()
    path = tmp_path / "broken.pdf"
    path.write_bytes(data[:cut] if cut else b"%PDF-1.7\n garbage")
    with pytest.raises(ParseError) as err:
        msq_pdf.load(path)
    msg = str(err.value)
    assert msg.startswith("broken.pdf:") and "Traceback" not in msg
    assert any(w in msg for w in ("damaged", "truncated", "no text", "could not"))


@pytest.mark.parametrize("ch,font,expected", [
    ("\uf0fe", None, "☒"), ("\uf0a8", None, "☐"),        # private-use Wingdings code points
    ("\u00fe", "Wingdings", "☒"), ("\u00a8", "Wingdings-Regular", "☐"),  # plain bytes in a symbol font
    ("\u00fe", "DejaVuSans", "\u00fe"),                   # an Icelandic thorn in a text font stays text
    ("☑", None, "☒"), ("□", None, "☐"), ("x", None, "x"),
])
def test_tick_glyphs_of_any_font_map_to_ballot_boxes(ch, font, expected):
    assert ticks.normalise(ch, font) == expected


URL_CHARS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-/._?=&", min_size=15, max_size=80)


@settings(max_examples=60, deadline=None)
@given(path=URL_CHARS, cuts=st.lists(st.integers(min_value=1, max_value=90), max_size=3))
def test_mending_puts_back_every_url_broken_over_lines(path, cuts):
    url = "https://example.org/" + path
    broken = url
    for c in sorted({c % len(url) for c in cuts if 0 < c % len(url)}, reverse=True):
        broken = broken[:c] + " \n" + broken[c:]
    text = f"Read more here; {broken} (in Danish). \nNext line. "
    mended = msq_pdf.mend_links(text, [url])
    assert f"Read more here; {url} (in Danish)." in mended
    assert mended.endswith("Next line. ")


def test_mending_leaves_text_without_known_links_alone():
    text = "A line that ends in https://example.org/a/ \nb/c and goes on. "
    assert msq_pdf.mend_links(text, []) == text


def test_every_row_of_the_tick_glyph_table_is_consistent():
    import csv

    from loaders.paths import DATA

    with (DATA / "tick_glyphs.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        assert row["glyph"] == chr(int(row["codepoint"].removeprefix("U+"), 16)), row
        assert row["state"] in {"marked", "unmarked"}, row
        assert ticks.table()[row["glyph"]] == (ticks.TICKED if row["state"] == "marked" else ticks.UNTICKED)
