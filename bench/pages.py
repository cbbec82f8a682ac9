"""Each page's script time with the full database, cold (empty caches) and warm, through Streamlit's AppTest.

The corpus is synthetic and the database also holds the official (real) files, so the app would open on real
data only and the pages would draw without the corpus: every page is opened with the demo switched on, as
`?synthetic=true` does in a browser (demo_query())."""
from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

from bench.figure import Figure

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app.py"
PAGES = {
    "Overview": None,
    "Legal framework": "app_pages/legal_framework.py",
    "Emerging technologies": "app_pages/emerging_tech.py",
    "Inclusion": "app_pages/inclusion.py",
    "Country profile": "app_pages/country_profile.py",
    "Compare": "app_pages/compare.py",
    "Evidence": "app_pages/evidence.py",
    "Data": "app_pages/data.py",
    "Review": "app_pages/review.py",
}
TARGET_WARM = 0.150  # seconds


def demo_query() -> dict[str, str]:
    """The address-bar setting that switches the synthetic demo on (the sidebar toggle's URL key)."""
    from ui.filters import KEY_SYNTHETIC

    return {KEY_SYNTHETIC: "true"}


def _run(at) -> float:
    t = time.perf_counter()
    at.run()
    took = time.perf_counter() - t
    if at.exception:
        raise RuntimeError(f"the page raised: {[e.value for e in at.exception][:1]}")
    [(key, _)] = demo_query().items()
    if key in at.session_state and not at.session_state[key]:  # measured without the corpus: not this figure
        raise RuntimeError(f"the page ran with the synthetic demo switched off (?{key}=true was not honoured)")
    return took


def measure(db: Path, runs: int = 3) -> list[Figure]:
    """One figure per page: the warm script time (median of `runs` reruns) beside the cold first run."""

    before = os.environ.get("MSQ_DB")
    os.environ["MSQ_DB"] = str(db)  # AppTest runs the app in this process: it reads the setting from here
    try:
        return _measure(db, runs)
    finally:  # never left for the servers started later (a fresh clone must build its own database)
        if before is None:
            os.environ.pop("MSQ_DB", None)
        else:
            os.environ["MSQ_DB"] = before


def _measure(db: Path, runs: int) -> list[Figure]:
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    out: list[Figure] = []
    for name, path in PAGES.items():
        if path is not None and not (ROOT / path).exists():
            continue
        st.cache_data.clear()
        st.cache_resource.clear()
        at = AppTest.from_file(str(APP), default_timeout=120)
        at.query_params.update(demo_query())
        if path is None:
            cold = _run(at)
        else:
            _run(at)  # the router's first run (overview) warms the shared frames; the page's own part is cold
            at.switch_page(path)
            cold = _run(at)
        warm = statistics.median(_run(at) for _ in range(runs))
        out.append(Figure(f"page script, {name}: warm", warm, "s", TARGET_WARM, baseline=cold,
                          baseline_what="cold, empty caches"))
    return out
