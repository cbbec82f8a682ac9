"""The shared sidebar: filter widgets bound to the URL, turned into one analysis.filters.Filters."""
from __future__ import annotations

import dataclasses

import streamlit as st

from analysis.filters import Filters, apply

from . import data

# URL parameter names (= widget keys). A bound widget writes its value into the URL and reads it back
# from there, so a copied link reopens the same view; a value equal to the default is left out.
KEY_EDITION = "edition"
KEY_REGION = "region"
KEY_SUB_REGION = "sub_region"
KEY_COUNTRY = "country"
KEY_BASIS = "basis"
KEY_SYNTHETIC = "synthetic"
SIDEBAR_KEYS = (KEY_EDITION, KEY_REGION, KEY_SUB_REGION, KEY_COUNTRY, KEY_BASIS, KEY_SYNTHETIC)

BASES = ("marked", "inferred", "none")
BASIS_HELP = ("marked: a tick survived in the document · inferred: the answer was read from the written "
              "detail because the tick was lost · none: nothing shows the answer (it is unknown). "
              "Leave empty for all.")
SYNTHETIC_THRESHOLD = 3  # synthetic demo data is on by default only while fewer real countries are loaded
_STATE = "_msq_filters"


def country_label(iso3: str, names: dict[str, str]) -> str:
    """How a country appears in pickers and in the URL: 'Denmark (DNK)'."""
    return f"{names.get(iso3, iso3)} ({iso3})"


def sidebar() -> Filters:
    """Draw the shared filters in the sidebar and return them; pages read them back with current()."""
    sb = st.sidebar
    sb.markdown("**Filters**")
    eds = data.editions()
    if not eds:
        f = Filters()
        st.session_state[_STATE] = f
        return f
    edition = sb.selectbox("Survey edition", eds, key=KEY_EDITION, bind="query-params",
                           help="The MSQ edition (survey year) whose answers are shown.")
    table = data.countries(edition)
    names = dict(zip(table["country_iso3"], table["country_name"]))

    real = data.real_country_count(edition)
    include_synthetic = sb.toggle(
        "Include synthetic demo data", value=real < SYNTHETIC_THRESHOLD, key=KEY_SYNTHETIC, bind="query-params",
        help=f"{real} real response{'s are' if real != 1 else ' is'} loaded for {edition}. Synthetic demo "
             f"countries fill the views until real responses arrive; this is on by default only while fewer "
             f"than {SYNTHETIC_THRESHOLD} real countries are loaded. Synthetic rows are marked everywhere.",
    )
    regions = sb.multiselect("Region (UN M49)", sorted(r for r in table["region"].unique() if r),
                             key=KEY_REGION, bind="query-params", placeholder="All regions")
    in_region = table[table["region"].isin(regions)] if regions else table
    sub_regions = sb.multiselect("Sub-region (UN M49)", sorted(s for s in in_region["sub_region"].unique() if s),
                                 key=KEY_SUB_REGION, bind="query-params", placeholder="All sub-regions")
    in_sub = in_region[in_region["sub_region"].isin(sub_regions)] if sub_regions else in_region
    if not include_synthetic:  # offer only countries that can be shown
        in_sub = in_sub[~in_sub["is_synthetic"].astype(bool)]
    countries = sb.multiselect("Countries", list(in_sub["country_iso3"]),
                               format_func=lambda c: country_label(c, names), key=KEY_COUNTRY,
                               bind="query-params", placeholder="All countries in the regions above")
    bases = sb.multiselect("Answer basis", list(BASES), key=KEY_BASIS, bind="query-params",
                           placeholder="All (marked, inferred, none)", help=BASIS_HELP)
    f = Filters(edition=int(edition), regions=tuple(regions), sub_regions=tuple(sub_regions),
                countries=tuple(countries), bases=tuple(bases), include_synthetic=bool(include_synthetic))
    sb.button("Reset filters", on_click=_reset, args=(real < SYNTHETIC_THRESHOLD, eds[0]),
              help="Back to all regions, all countries, all bases.")
    sb.caption("Every choice is kept in the address bar: copy the link to share this exact view.")
    st.session_state[_STATE] = f
    return f


def _reset(default_synthetic: bool, newest_edition: int) -> None:
    # Bound widgets are changed through session_state (st.query_params refuses bound keys).
    st.session_state[KEY_EDITION] = newest_edition
    for key in (KEY_REGION, KEY_SUB_REGION, KEY_COUNTRY, KEY_BASIS):
        st.session_state[key] = []
    st.session_state[KEY_SYNTHETIC] = default_synthetic


def current() -> Filters:
    """The filters the sidebar set in this run (app.py draws the sidebar before running the page)."""
    return st.session_state.get(_STATE, Filters())


def with_page(f: Filters, **changes) -> Filters:
    """The shared filters plus a page's own choice (section, theme)."""
    return dataclasses.replace(f, **changes)


def why_empty(f: Filters) -> str:
    """Why no answer passes `f`, and what to change: the filters that, loosened alone, would show rows."""
    everything = data.answers()
    if everything.empty:
        return ("The database holds no answers yet. Add responses on the 'Add responses' page or run "
                "`python -m loaders build`.")
    if f.edition is not None and not (everything["edition"] == f.edition).any():
        return f"No answers are loaded for edition {f.edition}. Pick another survey edition."
    loosen = {
        "include_synthetic": ("only real responses are shown", "turn on 'Include synthetic demo data'",
                              {"include_synthetic": True}),
        "regions": ("the region filter", "clear or change 'Region'", {"regions": (), "sub_regions": ()}),
        "sub_regions": ("the sub-region filter", "clear or change 'Sub-region'", {"sub_regions": ()}),
        "countries": ("the country selection", "add countries or clear 'Countries'", {"countries": ()}),
        "bases": ("the answer-basis filter", "clear or widen 'Answer basis'", {"bases": ()}),
        "section": ("the section choice", "pick another section", {"section": None}),
        "theme": ("the theme choice", "pick another theme", {"theme": None}),
    }
    hints = []
    for name, (what, todo, change) in loosen.items():
        value = getattr(f, name)
        if name == "include_synthetic" and value:
            continue
        if name != "include_synthetic" and not value:
            continue
        if not apply(everything, dataclasses.replace(f, **change)).empty:
            hints.append(f"{what} excludes everything here — {todo}")
    if hints:
        return "Nothing matches because " + "; or ".join(hints) + "."
    return "No answers match this combination of filters. Use 'Reset filters' in the sidebar to start over."


def page_rows(f: Filters, what: str) -> str:
    """An empty-state sentence for a page whose own selection (e.g. a theme) left no rows."""
    if data.filtered(f).empty:
        return why_empty(f)
    return (f"The filtered answers contain no {what}. Widen the country or region selection, or check that "
            "the loaded responses include these questions.")


def default_unless_kept(key: str, options: list, fallback: list, minimum: int = 1) -> list | None:
    """The `default=` to pass to a bound multiselect whose options follow other filters.

    A kept selection that lost its options (e.g. the sidebar now shows other countries) falls back to
    `fallback` instead of going empty. Returns None when the widget already has a value in Session State,
    because Streamlit warns when a default and a Session State value are both given.
    """
    if key not in st.session_state:
        return fallback
    kept = [v for v in st.session_state[key] if v in options]
    if kept != list(st.session_state[key]):
        st.session_state[key] = kept if len(kept) >= minimum else fallback
    return None
