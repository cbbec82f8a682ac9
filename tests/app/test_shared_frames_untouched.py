"""Pages never mutate the frames the cached data layer shares between sessions.

ui/data.py caches frames with st.cache_resource: every session gets the same object, so a page that
added a column or sorted in place would change what every other analyst sees. Each public function of
ui.data is wrapped to fingerprint the frames it hands out; after every page has rendered (twice, with and
without the demo data), each frame handed out more than once (a shared one) must be byte for byte as it
was when first handed out.
"""
from __future__ import annotations

import hashlib
import inspect

import pandas as pd
import pytest

from ui import data

from .conftest import DEMO, PAGES, open_page


def _fingerprint(df: pd.DataFrame) -> str:
    # What a reader of the frame sees: columns, dtypes, index, every value, attrs. (Not a pickle: pandas
    # may consolidate its internal blocks on a read, which changes the bytes but not the frame.)
    seen = [list(map(str, df.columns)), [str(t) for t in df.dtypes], repr(df.attrs),
            df.to_csv(index=True, lineterminator="\n")]
    return hashlib.sha256(repr(seen).encode("utf-8")).hexdigest()


def _frames(value):
    if isinstance(value, pd.DataFrame):
        yield value
    elif isinstance(value, (tuple, list)):
        for v in value:
            if isinstance(v, pd.DataFrame):
                yield v


@pytest.fixture
def handed_out(monkeypatch) -> dict[int, list]:
    """id(frame) -> [frame, fingerprint when first handed out, how many times handed out, by whom]."""
    seen: dict[int, list] = {}

    def wrap(name, fn):
        def recorder(*args, **kwargs):
            result = fn(*args, **kwargs)
            for df in _frames(result):
                entry = seen.setdefault(id(df), [df, _fingerprint(df), 0, name])
                entry[2] += 1
            return result
        return recorder

    for name, fn in inspect.getmembers(data, inspect.isfunction):
        if not name.startswith("_") and fn.__module__ == data.__name__:
            monkeypatch.setattr(data, name, wrap(name, fn))
    return seen


def test_rendering_every_page_leaves_the_shared_frames_as_they_were(handed_out):
    pages = dict(PAGES, review="app_pages/review.py")
    for params in ({}, DEMO):
        for page in pages:
            for _ in range(2):  # the second run is served from the cache: the shared frames come back
                at = _open(page, params, pages)
                assert not at.exception, (page, [e.value for e in at.exception])
    shared = {k: v for k, v in handed_out.items() if v[2] > 1}
    assert shared, "the pages read shared frames from ui.data"
    changed = sorted({name for df, before, _, name in shared.values() if _fingerprint(df) != before})
    assert not changed, f"a page changed frames shared by every session, handed out by: {changed}"


def _open(page, params, pages):
    if page in PAGES:
        return open_page(page, params)
    from streamlit.testing.v1 import AppTest

    from .conftest import APP, TIMEOUT
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.query_params.update(params)
    at.run()
    at.switch_page(pages[page]).run()
    return at
