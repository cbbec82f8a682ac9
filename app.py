"""Router of the MSQ dashboard: page config, navigation over app_pages/, and the shared sidebar filters."""
from __future__ import annotations

import threading
from pathlib import Path

import streamlit as st

from ui import data, layout
from ui.filters import sidebar

HERE = Path(__file__).resolve().parent
PAGE_SLOTS = 2  # sessions building a page at the same time; the others wait their turn (see page_slots)
SLOT_WAIT = 20  # seconds a page waits for a slot before it runs anyway

# A local icon: a material-symbol page icon would be fetched from a font CDN by every browser.
st.set_page_config(page_title="MSQ dashboard — UN E-Government Survey",
                   page_icon=str(HERE / "static" / "favicon.png"), layout="wide",
                   initial_sidebar_state="auto")  # open on a wide screen, collapsed on a phone (<= 768 px)

# Page files and their URL paths: the path is part of a shared link, so keep these stable. The folder is
# app_pages/, not pages/: while a pages/ folder exists, Streamlit's legacy multipage mode answers the first
# request after a server start by running a page file on its own, without this router and its filters.
PAGES = [
    ("app_pages/overview.py", "Overview", ":material/dashboard:", "overview"),
    ("app_pages/legal_framework.py", "Legal framework", ":material/gavel:", "legal-framework"),
    ("app_pages/emerging_tech.py", "Emerging technologies", ":material/memory:", "emerging-tech"),
    ("app_pages/inclusion.py", "Inclusion and e-participation", ":material/diversity_3:", "inclusion"),
    ("app_pages/country_profile.py", "Country profile", ":material/flag:", "country"),
    ("app_pages/compare.py", "Compare countries", ":material/compare_arrows:", "compare"),
    ("app_pages/evidence.py", "Evidence", ":material/fact_check:", "evidence"),
    ("app_pages/search.py", "Search answers", ":material/search:", "search"),
    ("app_pages/data.py", "Data and downloads", ":material/table_view:", "data"),
    ("app_pages/review.py", "Review", ":material/rate_review:", "review"),
    ("app_pages/add_responses.py", "Add responses", ":material/upload_file:", "add-responses"),
]


@st.fragment(run_every=3)
def background_note(purpose: str) -> None:
    """Says what another process is writing; once it has published, reruns the app so the new data shows."""
    from loaders.ingest import DEMO_PURPOSE  # the pipeline's modules load only while a writer is at work

    if data.background_writer() is None:
        st.rerun()
    if purpose == DEMO_PURPOSE:
        st.info("Adding the synthetic demo corpus in the background… The real data is shown now; the demo "
                "responses can be switched on once it is done.", icon=":material/hourglass_top:")
    else:
        st.info(f"The database is being updated in the background ({purpose}); the new data shows when it is "
                "done.", icon=":material/hourglass_top:")


@st.cache_resource(show_spinner=False)
def page_slots() -> threading.BoundedSemaphore:
    """How many sessions build a page at once (shared by all sessions of this server).

    Pages are CPU-bound Python under one GIL, so twenty scripts at once finish no sooner than two at a
    time, but each holds its own copies of the cached frames while it runs. Measured with 20 sessions
    (python -m bench --only sessions): all at once 580 MB, three at a time 455-470 MB, two at a time
    435-455 MB, and more pages served in the same two minutes.
    """
    return threading.BoundedSemaphore(PAGE_SLOTS)


# First start: a missing database gets the real data at once; the demo corpus follows in the background.
problem = data.ensure_database()
pages = [st.Page(path, title=title, icon=icon, url_path=url, default=(i == 0))
         for i, (path, title, icon, url) in enumerate(PAGES)]
current = st.navigation(pages, position="sidebar")
layout.apply()

if problem:
    st.error(problem, icon=":material/error:")
    st.stop()
writer = data.background_writer()
if writer:
    with st.sidebar:
        background_note(writer["purpose"])
slots = page_slots()
# A slot is a memory saving, not a lock anything depends on: a page that waited this long runs anyway, so no
# session can wait for ever on another one's slot.
got_slot = slots.acquire(timeout=SLOT_WAIT)
try:
    sidebar()
    current.run()
except data.DatabaseUnavailable as exc:  # e.g. the file was removed while the app runs: one line, no traceback
    st.error(str(exc), icon=":material/error:")
    st.stop()
finally:
    if got_slot:
        slots.release()
