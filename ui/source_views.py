"""Page parts for the independent evidence: source notes, the every-country view, evidence downloads."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis import export, sentences
from analysis.filters import Filters
from figures import style

from . import components, data
from .cells import SOURCE_CHOICES, links_only_http  # noqa: F401 - also used by pages

NO_REFERENCE = ("Neither the World Bank GovTech dataset (GTMI) nor the UNCTAD Global Cyberlaw Tracker is loaded, so "
                "there is no independent evidence to set beside the answers. Download the official files, put them "
                "in `data/reference/` and run `python -m loaders build` (or `python -m loaders ingest "
                "data/reference`); the README section 'Independent evidence' says where to download each file.")
NOT_LOADED_HINT = ("put the official file in `data/reference/` and run `python -m loaders build` (README, "
                   "'Independent evidence').")


def sources_note(keys) -> None:
    """Each source's citation and licence (data/sources.csv), under the views that use it: the short form
    on screen, the full citation one click away."""
    rows = data.sources()
    picked = [rows[k] | {"key": k} for k in dict.fromkeys(keys) if k in rows]
    if not picked:
        return
    short = [r["short_citation"] + (" — the government's self-report" if "self-report" not in r["short_citation"]
                                    and r["key"] == "msq" else "")
             + f" · licence: {style.licence_short(r['licence'])}" for r in picked]
    st.caption("**Sources and licences.** " + " | ".join(short))
    with st.expander("How to cite these sources"):
        for r in picked:
            st.caption(f"**{r['title']}**. {r['citation']} **Licence:** {r['licence']}")


def download(frame: pd.DataFrame, f: Filters, *, sources, key: str, file_name: str, label: str,
             conditions=()) -> None:
    """A CSV of `frame` through analysis.export's writer: citation of every source (each once) with its own
    date, every filter and condition (`conditions`: the finder's), formula-safe cells."""
    synthetic = bool(frame["is_synthetic"].any()) if "is_synthetic" in frame and len(frame) else False
    citation = export.citation(f, tuple(sources), synthetic=synthetic, conditions=tuple(conditions),
                               dates=data.dates_shown(f.edition))
    st.download_button(f"{label} ({sentences.rows(len(frame))})", data=lambda: export.to_csv_bytes(frame, citation),
                       file_name=file_name, mime="text/csv", on_click="ignore", icon=":material/download:",
                       key=key)
    st.caption("The file opens with the citation of every source in it; text a spreadsheet would run as a "
               "formula starts with a single quote.")


def every_country_toggle(key: str) -> bool:
    """The switch (kept in the link) between the questionnaire answers and every country from all sources."""
    available = data.has_reference()
    on = st.toggle("Every country: add the independent sources (GTMI, UNCTAD) to the questionnaire answers",
                   value=available, key=key, bind="query-params", disabled=not available,
                   help="Lists about 195 countries, whether or not they sent a questionnaire, with the source of "
                        "each cell: the MSQ self-report, the World Bank GovTech dataset (GTMI) or the UNCTAD "
                        "Global Cyberlaw Tracker.")
    if not available:
        st.caption("Independent sources are not loaded: put the official files in `data/reference/` (README, "
                   "'Independent evidence') to list every country.")
    return bool(on) and available


def every_country_view(f: Filters, msq_rows: pd.DataFrame, *, themes, key: str, what: str) -> None:
    """Every country × the page's crosswalk indicators × source, as a chart, a table, details and a download.

    `msq_rows` are the page's questionnaire answers after the sidebar filters; `what` names the subject
    ('laws', 'emerging technologies') in titles.
    """
    from . import views  # views builds on this module's styles

    edition, indicators, years = views.page_indicators(f, themes)
    if indicators.empty:
        components.empty_state(f"The crosswalk (data/evidence_crosswalk.csv) maps none of this page's {edition} questions "
                               "to an independent source.")
        return
    loaded = [s for s in SOURCE_CHOICES if s == "msq" or years.get(s) is not None]
    picked = st.pills("Sources", loaded, selection_mode="multi", default=loaded,
                      format_func=lambda s: style.SOURCE_LABELS[s], key=f"{key}_sources", bind="query-params",
                      help="The MSQ is each government's self-report; GTMI (World Bank) and UNCTAD are "
                           "independent sources.")
    if len(loaded) < len(SOURCE_CHOICES):
        st.caption("Not loaded: " + ", ".join(style.SOURCE_LABELS[s] for s in SOURCE_CHOICES if s not in loaded)
                   + " — " + NOT_LOADED_HINT)
    if not picked:
        components.empty_state("Pick at least one source.")
        return
    view = views.every_country(f, themes, tuple(picked), what, key)
    if view is None:
        components.empty_state("No country in the chosen regions or countries has a row in these sources. Widen the "
                               "region or country selection in the sidebar.")
        return
    used = view["used"]
    st.markdown(view["intro"])
    components.chart(view["chart"], f, key=f"{key}_every_chart")
    st.dataframe(view["table"], hide_index=True, key=f"{key}_every_table", height=view["height"],
                 column_config={"country": st.column_config.TextColumn(pinned=True), **view["columns"]})

    st.markdown("**Details and links for one indicator**")
    columns = list(indicators["column"])
    pick = st.selectbox("Indicator", columns, key=f"{key}_every_ind", bind="query-params")
    details, coloured = views.every_country_details(f, themes, tuple(picked), pick)
    st.dataframe(details, hide_index=True, key=f"{key}_every_details",
                 column_config={"detail": st.column_config.TextColumn(width="large"),
                                "link": st.column_config.LinkColumn("link"), **coloured})
    note = indicators.loc[indicators["column"] == pick, "note"].iloc[0]
    conf = indicators.loc[indicators["column"] == pick, ["gtmi_confidence", "unctad_confidence"]].iloc[0]
    conf_text = " · ".join(f"{name} mapping confidence: {c}" for name, c in
                           (("GTMI", conf["gtmi_confidence"]), ("UNCTAD", conf["unctad_confidence"])) if c)
    st.caption(f"{conf_text}. Crosswalk note: {components.safe_md(note)}" if conf_text else components.safe_md(note))

    download(view["download"], f, sources=used, key=f"{key}_every_download",
             file_name=f"msq_{edition}_{key}_every-country_by-source.csv", label="Download CSV",
             conditions=[f"every country; sources: {sentences.join(style.SOURCE_LABELS[s] for s in picked)}"])
    sources_note(used)
