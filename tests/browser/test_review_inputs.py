"""Settling a whole response on the Review page in a real browser, counting the inputs a person needs.

A reviewer who agrees with most readings of Denmark's response (about 55 flagged or inferred answers) types
their name, corrects two readings one by one, then confirms every other one in one act with one reason.
Every click and every run of typing counts as one input; the test asserts a bound on them and writes the
count and the time taken to test-output/review-inputs.txt (time is reported, never asserted).
"""
from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from analysis import queries
from loaders import corrections, ingest, store

from .conftest import OUTPUT, ROOT, SCREENSHOTS, SEED, SERVER_START_SECONDS, _free_port, _healthy
from .test_journey import VIEW_WAIT_SECONDS, no_exception, screenshot, settle

pytestmark = pytest.mark.browser

MAX_INPUTS = 15      # name (2) + two corrections (4 each) + one confirm-many (3) = 13
CORRECTED = 2


@pytest.fixture(scope="module")
def review_app(chromium_path, tmp_path_factory):
    """`streamlit run app.py` on Denmark's real response, with a private database and corrections file."""
    folder = tmp_path_factory.mktemp("review_inputs")
    db, file = folder / "msq.duckdb", folder / "corrections.csv"
    reports = ingest.ingest_paths([SEED], db, corrections_file=file)
    assert [r.status for r in reports] == ["ok"], [r.line() for r in reports]
    OUTPUT.mkdir(exist_ok=True)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "MSQ_DB": str(db), corrections.ENV: str(file),
           "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    log = (OUTPUT / "streamlit-review.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1", "--server.fileWatcherType", "none",
         "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + SERVER_START_SECONDS
        while not _healthy(url):
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"streamlit did not become healthy; see {log.name}")
            time.sleep(0.3)
        yield url, db, file
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _queue(db):
    con = store.open_reader(db)
    try:
        return queries.review_queue(con, ("DNK",), 2022)
    finally:
        con.close()


class Inputs:
    """A person's inputs: each click and each run of typing is one."""

    def __init__(self, page):
        self.page, self.n = page, 0

    def click(self, locator) -> None:
        locator.click()
        self.n += 1

    def type(self, text: str, *, enter: bool = False) -> None:
        self.page.keyboard.type(text)
        if enter:
            self.page.keyboard.press("Enter")
        self.n += 1


def test_a_response_of_about_55_readings_is_settled_in_a_few_inputs(review_app, offline):
    from playwright.sync_api import expect

    expect.set_options(timeout=VIEW_WAIT_SECONDS * 1000)
    url, db, file = review_app
    queue = _queue(db)
    total = len(queue)
    assert 45 <= total <= 65, f"Denmark's response should have about 55 answers to review, not {total}"
    page = offline(url)
    page.goto(url + "/review")
    settle(page)
    no_exception(page)
    main = page.locator("[data-testid='stMain']")
    expect(main).to_contain_text(f"0 corrected, 0 confirmed, {total} left")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    screenshot(page, "30-review-open")

    started = time.monotonic()
    person = Inputs(page)
    person.click(page.get_by_role("textbox", name="Your name"))
    person.type("Ana Analyst", enter=True)
    settle(page)

    # Two readings the reviewer disagrees with, corrected one by one: answer, reason, Save.
    wrong = queue[queue["flag"].notna()].head(CORRECTED)
    for _, r in wrong.iterrows():
        other = "unknown" if r["original_answer"] != "unknown" else "no"
        card = page.locator(f".st-key-review_{r['document_sha256'][:12]}_{r['question']}_{r['item'] or 'q'}")
        person.click(card.locator("[data-testid='stRadio']").get_by_text(other, exact=True))
        person.click(card.get_by_role("textbox", name="Reason"))
        person.type("the written answer does not say this")
        person.click(card.get_by_role("button", name="Save"))
        expect(main).to_contain_text(f"corrected: {other}.")
        settle(page)

    # Every other reading confirmed in one act with one reason.
    bulk = page.locator(".st-key-review_bulk, [data-testid='stForm']").filter(has_text="Confirm many readings")
    person.click(bulk.get_by_role("textbox", name="Reason (kept with each of them)"))
    person.type("read against the document; the readings are right")
    person.click(bulk.get_by_role("button", name="Confirm"))
    expect(main).to_contain_text(f"{total - CORRECTED} readings confirmed.")
    settle(page)
    seconds = time.monotonic() - started

    expect(main).to_contain_text(f"{CORRECTED} corrected, {total - CORRECTED} confirmed, 0 left")
    no_exception(page)
    screenshot(page, "31-review-settled")
    after = _queue(db)
    assert (after["status"] == "open").sum() == 0
    assert (after["status"] == "corrected").sum() == CORRECTED
    assert (after.loc[after["status"] == "confirmed", "basis"] != "corrected").all()
    saved = corrections.load(file)
    assert len(saved) == total and set(saved["reviewed_by"]) == {"Ana Analyst"}
    (OUTPUT / "review-inputs.txt").write_text(
        f"answers to review: {total}\ninputs to settle them: {person.n}\nbrowser time (s): {seconds:.1f}\n")
    assert person.n <= MAX_INPUTS, f"{person.n} inputs to settle {total} answers"
