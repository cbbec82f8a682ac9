"""The shared sidebar: filter widgets bound to the URL, turned into one analysis.filters.Filters."""
from __future__ import annotations

import dataclasses

import streamlit as st
from streamlit.errors import StreamlitAPIException

from analysis.filters import BASES_SHOWN, Filters, apply

from . import data

# URL parameter names (= widget keys). A bound widget writes its value into the URL and reads it back
# from there, so a copied link reopens the same view; a value equal to the default is left out.
KEY_EDITION = "edition"
KEY_REGION = "region"
KEY_SUB_REGION = "sub_region"
KEY_COUNTRY = "country"
KEY_BASIS = "basis"
KEY_SYNTHETIC = "synthetic"
KEY_OTHERS = "others"
SIDEBAR_KEYS = (KEY_EDITION, KEY_REGION, KEY_SUB_REGION, KEY_COUNTRY, KEY_BASIS, KEY_SYNTHETIC, KEY_OTHERS)

BASES = BASES_SHOWN
BASIS_HELP = ("marked: a tick survived in the document · inferred: the answer was read from the written "
              "detail because the tick was lost · none: nothing shows the answer (it is unknown) · "
              "corrected: an analyst changed the reading (Review page; a confirmed reading keeps its basis). "
              "Leave empty for all.")
_STATE = "_msq_filters"


def country_label(iso3: str, names: dict[str, str]) -> str:
    """How a country appears in pickers and in the URL: 'Denmark (DNK)'."""
    return f"{names.get(iso3, iso3)} ({iso3})"


def accept_codes(key: str, options, *, multi: bool, names: dict[str, str] | None = None) -> None:
    """Let a shared link name countries by ISO3 code (?country=DNK, ?compare=dnk&compare=KEN).

    A bound picker reads back only what it writes ('Denmark (DNK)'). Handing it the codes through Session
    State showed the right view but left the address bar without the countries (Streamlit drops a URL value
    it cannot read, and writes a value set in code to the URL only from the second run on). So the codes are
    rewritten as the picker's labels in the URL, and the script reruns once, before the picker is drawn: the
    picker then reads the labels as if the link had been written with them, and keeps them in the address
    bar. Only on a session's first sight of the picker; labels, unknown codes and other values are left to
    the picker (which drops what it does not offer).
    """
    if key in st.session_state:
        return
    given = st.query_params.get_all(key)
    if not given:
        return
    names = names if names is not None else _all_names()
    known = set(options)
    labels = [country_label(v.strip().upper(), names) if v.strip().upper() in known else v for v in given]
    if labels == given:
        return
    try:
        st.query_params[key] = labels if multi else labels[-1]
    except StreamlitAPIException:  # already bound to a drawn picker: that picker owns the URL value
        return
    st.rerun()


def _all_names() -> dict[str, str]:
    table = data.world(Filters(members_only=False))
    return dict(zip(table["country_iso3"], table["country_name"]))


def sidebar() -> Filters:
    """Draw the shared filters in the sidebar and return them; pages read them back with current()."""
    sb = st.sidebar
    sb.markdown("**Filters**")
    eds = data.editions()
    if not eds:  # no questionnaire answers yet: the independent sources still list every member state
        f = Filters(include_synthetic=False, members_only=True)
        st.session_state[_STATE] = f
        return f
    edition = sb.selectbox("Survey edition", eds, key=KEY_EDITION, bind="query-params",
                           help="The MSQ edition (survey year) whose answers are shown.")
    real = data.real_country_count(edition)
    demo_default = not data.has_real_evidence()
    include_synthetic = sb.toggle(
        "Include synthetic demo data", value=demo_default, key=KEY_SYNTHETIC, bind="query-params",
        help=f"{real} real response{'s are' if real != 1 else ' is'} loaded for {edition}. Views open on real "
             "data only (real responses and the independent sources) once any is loaded; switch this on to add "
             "the generated demo responses, marked † everywhere.",
    )
    members_only = not sb.toggle(
        "Include economies that are not UN Member States", value=False, key=KEY_OTHERS, bind="query-params",
        help="The 193 UN Member States are listed by default. Switch on to add the other economies a source "
             "covers (e.g. Taiwan, Hong Kong, Kosovo), labelled 'not a UN Member State'.")
    # Every country a view can list (the member states, whether or not they responded), not only respondents.
    table = data.world(Filters(members_only=members_only))
    names = dict(zip(table["country_iso3"], table["country_name"]))
    regions = sb.multiselect("Region (UN M49)", sorted(r for r in table["region"].unique() if r),
                             key=KEY_REGION, bind="query-params", placeholder="All regions")
    in_region = data.world(Filters(members_only=members_only, regions=tuple(regions)))
    sub_regions = sb.multiselect("Sub-region (UN M49)", sorted(s for s in in_region["sub_region"].unique() if s),
                                 key=KEY_SUB_REGION, bind="query-params", placeholder="All sub-regions")
    in_sub = data.world(Filters(members_only=members_only, regions=tuple(regions), sub_regions=tuple(sub_regions)))
    options = list(in_sub.sort_values("country_name")["country_iso3"])
    accept_codes(KEY_COUNTRY, options, multi=True, names=names)
    countries = sb.multiselect("Countries", options, format_func=lambda c: country_label(c, names),
                               key=KEY_COUNTRY, bind="query-params", placeholder="All countries in the regions above")
    bases = sb.multiselect("Answer basis", list(BASES), key=KEY_BASIS, bind="query-params",
                           placeholder=f"All ({', '.join(BASES)})", help=BASIS_HELP)
    f = Filters(edition=int(edition), regions=tuple(regions), sub_regions=tuple(sub_regions),
                countries=tuple(countries), bases=tuple(bases), include_synthetic=bool(include_synthetic),
                members_only=members_only)
    sb.button("Reset filters", on_click=_reset, args=(demo_default, eds[0]),
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
    st.session_state[KEY_OTHERS] = False


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
