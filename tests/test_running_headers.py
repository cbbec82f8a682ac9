"""Running headers and footers repeated on every page are removed from a text; an answer's sentence that leads into a
URL on its next line stays, however often the answers repeat it (the demo generator's read-back, TGO seed 603, lost
"An evaluation of the results was published in 2017. More information is available at" three times)."""
from __future__ import annotations

from loaders.formats.reading_noise import clean


def _pages(body_lines: list[list[str]]) -> str:
    header = "E-Government Survey 2022 - Member States Questionnaire"
    return "\f".join("\n".join([header, *lines]) for lines in body_lines)


def _kept(text: str) -> list[str]:
    return [s.strip() for s in clean(text, lambda s: False).lines if s.strip()]


def test_a_header_on_every_page_goes():
    answers = ["The portal offers online services.", "A data protection law is in force.",
               "Open data is published on a national portal.", "Tenders are published electronically."]
    kept = _kept(_pages([[a] for a in answers]))
    assert not any(s.startswith("E-Government Survey 2022") for s in kept), kept
    assert [s for s in kept if s in answers] == answers


def test_a_sentence_leading_into_a_url_stays_however_often_it_repeats():
    lead = "An evaluation of the results was published in 2017. More information is available at"
    topics = ["once-only", "accessibility", "digital skills", "open data"]
    text = _pages([[f"The strategy covers {t}.", lead, f"https://portal.gov.xx.example/eval/{t.replace(' ', '-')}"]
                   for t in topics])
    kept = _kept(text)
    assert kept.count(lead) == 4, kept
    assert not any(s.startswith("E-Government Survey 2022") for s in kept), kept
