"""Counts know their coverage, in a real browser: a condition no source covers for the region says 'No answer
yet' and offers the source that answers it; one click switches to it and the count names each source's cover.

Same server, database and Chromium as the main journey (tests/browser/conftest.py): Denmark's real response,
the shipped GTMI extract and a tracker export in the UNCTAD layout; no African questionnaire response.
"""
from __future__ import annotations

import re

import pytest

from .conftest import AFRICA_DP_NO_CYBERCRIME
from .test_journey import VIEW_WAIT_SECONDS, count_line, go_to, no_exception, screenshot, settle

pytestmark = pytest.mark.browser


def test_self_report_for_africa_is_no_answer_yet_and_one_click_gives_the_tracker(app_url, offline):
    from playwright.sync_api import expect

    expect.set_options(timeout=VIEW_WAIT_SECONDS * 1000)
    page = offline(app_url)
    page.goto(app_url)
    settle(page)
    go_to(page, "Legal framework")
    page.get_by_role("button", name="Africa", exact=True).click()
    page.wait_for_url(re.compile(r"[?&]legal_regions=Africa\b"))
    settle(page)
    # The second condition: the questionnaire's own Q11, which no African government has sent here.
    page.get_by_role("combobox", name="and where", exact=True).click()
    page.keyboard.type("Q11 Cybersecurity law")
    page.keyboard.press("Enter")
    warning = page.locator("[data-testid='stAlert']").filter(has_text="No answer yet")
    expect(warning).to_contain_text("covers 0 of the 54 countries (Africa)")
    settle(page)
    assert count_line(page).count() == 0, "no '0 of 54 countries' when the source covers none of them"
    no_exception(page)
    screenshot(page, "40-finder-no-answer-yet")
    page.get_by_role("button", name=re.compile(r"^Use UNCTAD Cybercrime legislation .* instead")).click()
    expect(count_line(page)).to_contain_text(f"{len(AFRICA_DP_NO_CYBERCRIME)} of 54 countries (Africa)")
    expect(count_line(page)).to_contain_text("Of the 54, UNCTAD covers")
    settle(page)
    no_exception(page)
    screenshot(page, "41-finder-switched-to-the-tracker")
