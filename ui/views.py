"""Page parts worked out once per store version and filter state, and shared by every session.

Every result here is cached with st.cache_resource keyed by the store version (data.db_key) and the
filter state, so a rerun with the same choices costs a dictionary lookup: no copy per call (as
st.cache_data would make), one copy per server. Callers must not mutate what they get. The largest
results (the Data page's table, the Evidence page's pairs) keep fewer entries: a state that fell out
costs one rebuild. Every frame comes from ui.data's public functions (the `key` argument of the cached
functions below is the store version they were built on: their cache key); figure builders are passed in
as functions (views.chart(charts.coverage_map, f)).
"""
from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from analysis import filters
from analysis.filters import Filters
from figures import charts
from figures.charts import Chart

from . import data
from .data import DbKey

# ------------------------------------------------------------------ rows

@st.cache_resource(max_entries=32, show_spinner=False)
def _theme_rows(key: DbKey, fkey: tuple, themes: tuple[str, ...]) -> pd.DataFrame:
    return filters.theme_rows(data.filtered(filters.from_key(fkey)), themes)


def theme_rows(f: Filters, themes) -> pd.DataFrame:
    """analysis.filters.theme_rows of the filtered answers (the rows a theme page shows)."""
    return _theme_rows(data.db_key(), filters.key(f), tuple(themes))


@st.cache_resource(max_entries=data.FILTER_STATES, show_spinner=False)
def _groups(key: DbKey, fkey: tuple) -> tuple[dict[str, str], list[str]]:
    rows = data.filtered(filters.from_key(fkey))
    if rows.empty:
        return {}, []
    sections = rows.drop_duplicates("section").sort_values("section")
    themes = sorted(set(rows["themes"].explode().dropna()))
    return dict(zip(sections["section"], sections["section_title"])), themes


def groups(f: Filters) -> tuple[dict[str, str], list[str]]:
    """The sections (letter -> title, in order) and the sorted themes of the filtered answers."""
    return _groups(data.db_key(), filters.key(f))


# ------------------------------------------------------------------ figures

@st.cache_resource(max_entries=64, show_spinner=False)
def _chart(key: DbKey, fkey: tuple, builder_name: str, _builder: Callable[..., Chart],
           themes: tuple[str, ...] | None, kw: tuple) -> Chart:
    f = filters.from_key(fkey)
    rows = data.filtered(filters.from_key(fkey)) if themes is None else _theme_rows(key, fkey, themes)
    return _builder(rows, f, as_of=data.as_of(), **dict(kw))


def chart(builder: Callable[..., Chart], f: Filters, *, themes=None, **kw) -> Chart:
    """builder(rows, f, as_of=..., **kw) (a figure builder such as charts.coverage_map) on the filtered
    answers (of `themes` when given), built once per store version, filters, builder and arguments (the
    arguments must be hashable)."""
    # The builder is keyed by its qualified name: the function object itself is not hashed by the cache.
    return _chart(data.db_key(), filters.key(f), f"{builder.__module__}.{builder.__qualname__}", builder,
                  None if themes is None else tuple(themes), tuple(sorted(kw.items())))


@st.cache_resource(max_entries=data.FILTER_STATES, show_spinner=False)
def _egdi_scatter(key: DbKey, fkey: tuple) -> Chart:
    f = filters.from_key(fkey)
    return charts.coverage_vs_egdi(data.filtered(filters.from_key(fkey)), data.egdi(), f,
                                   egdi_year=data.source_year("egdi", f.edition), as_of=data.as_of())


def egdi_scatter(f: Filters) -> Chart:
    """The Overview's coverage against the EGDI."""
    return _egdi_scatter(data.db_key(), filters.key(f))


@st.cache_resource(max_entries=32, show_spinner=False)
def _egdi_history(key: DbKey, fkey: tuple, iso3: str, country: str) -> Chart:
    eg = data.egdi()
    return charts.egdi_history(eg[eg["country_iso3"] == iso3], filters.from_key(fkey), country=country,
                               as_of=data.reference_as_of())


def egdi_history(f: Filters, iso3: str, country: str) -> Chart:
    """One country's index scores over the editions."""
    return _egdi_history(data.db_key(), filters.key(f), iso3, country)


# ------------------------------------------------------------------ tables

@st.cache_resource(max_entries=data.FILTER_STATES, show_spinner=False)
def _ranking(key: DbKey, fkey: tuple) -> pd.DataFrame:
    from . import components, tables

    f = filters.from_key(fkey)
    cov = data.coverage(f, "section")
    return components.display_frame(tables.ranking(cov, data.countries(f.edition)))


def ranking(f: Filters) -> pd.DataFrame:
    """The Overview's ranking table, ready for st.dataframe."""
    return _ranking(data.db_key(), filters.key(f))


@st.cache_resource(max_entries=32, show_spinner=False)
def _question_columns(key: DbKey, fkey: tuple, themes: tuple[str, ...]) -> pd.DataFrame:
    from . import tables

    return tables.question_columns(_theme_rows(key, fkey, themes))


def question_columns(f: Filters, themes) -> pd.DataFrame:
    """tables.question_columns of a theme page's rows."""
    return _question_columns(data.db_key(), filters.key(f), tuple(themes))


@st.cache_resource(max_entries=64, show_spinner=False)
def _details_table(key: DbKey, fkey: tuple, themes: tuple[str, ...], question: int,
                   item: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    from . import components

    rows = _theme_rows(key, fkey, themes)
    return components.details_table(rows[(rows["question"] == question) & (rows["item"] == item)])


def details_table(f: Filters, themes, question: int, item: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """components.details_table of one question of a theme page."""
    return _details_table(data.db_key(), filters.key(f), tuple(themes), int(question), str(item))


# ------------------------------------------------------------------ every country, by source

@st.cache_resource(max_entries=32, show_spinner=False)
def _page_indicators(key: DbKey, edition: int | None, themes: tuple[str, ...]):
    from analysis import source_grid

    cw = data.crosswalk()
    edition = edition or int(cw["msq_edition"].max())
    indicators = source_grid.page_indicators(cw, data.catalogue_frame(edition), themes, edition)
    return edition, indicators, source_grid.source_years(data.evidence(), edition)


def page_indicators(f: Filters, themes) -> tuple[int, pd.DataFrame, dict]:
    """(edition, the page's crosswalk indicators, each source's year) for the every-country view."""
    return _page_indicators(data.db_key(), f.edition, tuple(themes))


@st.cache_resource(max_entries=data.FILTER_STATES, show_spinner=False)
def _every_long(key: DbKey, fkey: tuple, themes: tuple[str, ...], picked: tuple[str, ...]) -> pd.DataFrame:
    from analysis import source_grid

    f = filters.from_key(fkey)
    edition, indicators, years = _page_indicators(key, f.edition, themes)
    evidence = data.evidence()
    msq_rows = _theme_rows(key, fkey, themes)
    ids = sorted(set(evidence.loc[evidence["source"] != "msq", "country_iso3"]) | set(msq_rows["country_iso3"]))
    world = source_grid.universe(evidence, msq_rows, data.country_info(tuple(ids)), f, years)
    return source_grid.every_country(msq_rows, evidence, indicators, world, edition, years, picked)


@st.cache_resource(max_entries=data.FILTER_STATES, show_spinner=False)
def _every_country(key: DbKey, fkey: tuple, themes: tuple[str, ...], picked: tuple[str, ...], what: str,
                   page: str) -> dict | None:
    from analysis import sentences, source_grid, vocabulary

    from . import cells, components, source_tables

    f = filters.from_key(fkey)
    edition, indicators, years = _page_indicators(key, f.edition, themes)
    long = _every_long(key, fkey, themes, picked)
    if long.empty:
        return None
    used = [s for s in cells.SOURCE_CHOICES if s in set(long["source"])]
    shown_years = data.dates_shown(edition)
    counts = {s: long[(long["source"] == s) & (long["answer"] != "missing")]["country_iso3"].nunique() for s in used}
    parts = {"msq": f"{counts.get('msq', 0)} with a questionnaire answer shown (self-report)",
             "gtmi": f"{counts.get('gtmi', 0)} covered by GTMI {years.get('gtmi') or ''} (World Bank)",
             "unctad": f"{counts.get('unctad', 0)} by the UNCTAD Cyberlaw Tracker"}
    intro = (f"**{sentences.plural(long['country_iso3'].nunique(), 'country', 'countries')}** listed: "
             + "; ".join(parts[s] for s in used)
             + ". Each column names its source; ✓ yes · ◐ partial (draft or planned) · ✗ no · ? unknown · "
               "— not covered (no row in that source) · * inferred from the written answer · † synthetic "
               "demo response.")
    chart = charts.evidence_by_source(long, f,
                                      title=f"{what.capitalize()} in every country, by source",
                                      name=f"{page}-every-country", source_years=shown_years,
                                      as_of=data.reference_as_of())
    table = source_tables.wide(long, source_grid.headers(indicators, edition, years))
    headers = list(table.columns[4:])
    shown = components.display_frame(table)
    out = long[["country_iso3", "country_name", "region", "question", "column", "source", "source_label", "bar",
                "year", "answer", "basis", "detail", "link", "is_synthetic"]].rename(
        columns={"column": "indicator", "source_label": "source_name", "bar": "source_indicator"})
    confidence = vocabulary.lookup("confidence")
    out.insert(8, "mapping_confidence", [confidence.get((i, s), "") for i, s in zip(long["indicator"], long["source"])])
    return {"used": used, "intro": intro, "chart": chart,
            "table": shown, "columns": cells.coloured_labels(shown, headers, cells.cell_colour),
            "height": min(38 + 35 * len(table), 700), "download": out}


def every_country(f: Filters, themes, picked: tuple[str, ...], what: str, page: str) -> dict | None:
    """The every-country view's parts (intro line, chart, table and its column_config, download frame, sources
    used), or None
    when no country has a row in the picked sources."""
    return _every_country(data.db_key(), filters.key(f), tuple(themes), tuple(picked), what, page)


@st.cache_resource(max_entries=64, show_spinner=False)
def _every_country_details(key: DbKey, fkey: tuple, themes: tuple[str, ...], picked: tuple[str, ...],
                           column: str) -> tuple[pd.DataFrame, dict]:
    from analysis import source_grid

    from . import cells, components, source_tables

    f = filters.from_key(fkey)
    edition, indicators, years = _page_indicators(key, f.edition, themes)
    long = _every_long(key, fkey, themes, picked)
    one = long[long["column"] == column]
    named = source_grid.headers(indicators[indicators["column"] == column], edition, years)
    details = cells.links_only_http(components.display_frame(source_tables.long_table(one, named)), ["link"])
    return details, cells.coloured_labels(details, ["answer"], cells.cell_colour)


def every_country_details(f: Filters, themes, picked: tuple[str, ...], column: str) -> tuple[pd.DataFrame, dict]:
    """The every-country view's table of one indicator (details and links) and its column_config (the answer
    on its colour)."""
    return _every_country_details(data.db_key(), filters.key(f), tuple(themes), tuple(picked), column)


# ------------------------------------------------------------------ the Evidence page

_CONFIDENCE = {"any": ("high", "medium", "low"), "medium or high": ("high", "medium"), "high": ("high",)}


@st.cache_resource(max_entries=data.FILTER_STATES, show_spinner=False)
def _agreement_rows(key: DbKey, fkey: tuple) -> pd.DataFrame:
    from analysis import source_grid

    f = filters.from_key(fkey)
    return source_grid.agreement_rows(data.agreement(int(f.edition)), data.filtered(filters.from_key(fkey)), data.crosswalk())


def has_evidence_pairs(f: Filters) -> bool:
    """True when an answer shown is mapped to an independent source (the Evidence page has pairs to show)."""
    return not _agreement_rows(data.db_key(), filters.key(f)).empty


@st.cache_resource(max_entries=8, show_spinner=False)
def _evidence_pairs(key: DbKey, fkey: tuple, sources: tuple, statuses: tuple, confidence: str) -> dict:
    from . import cells, components, source_tables

    f = filters.from_key(fkey)
    agreement = _agreement_rows(key, fkey)
    shown = agreement[agreement["source"].isin(sources) & agreement["status"].isin(statuses)]
    shown = shown[shown["confidence"].isin(_CONFIDENCE[confidence])]
    if shown.empty:
        return {"shown": shown}
    shown_years = data.dates_shown(f.edition)
    chart = charts.agreement_summary(shown, f, source_years=shown_years, as_of=data.reference_as_of())
    rows = data.filtered(filters.from_key(fkey))
    names = dict(zip(rows["country_iso3"], rows["country_name"]))
    shown = (shown.assign(_name=shown["country_iso3"].map(names))
             .sort_values(["_name", "msq_question", "indicator", "source"], kind="stable").drop(columns="_name"))
    table = source_tables.agreement_table(shown, names, data.crosswalk())
    screen = cells.links_only_http(components.display_frame(table), ["self-report link", "source link"])
    by_name = sorted(shown["country_iso3"].unique(), key=lambda c: names.get(c, c))
    synthetic = shown.drop_duplicates("country_iso3").set_index("country_iso3")["is_synthetic"].astype(bool)
    real_first = sorted(by_name, key=lambda c: bool(synthetic[c]))
    return {"shown": shown, "counts": shown["status"].value_counts(), "chart": chart, "names": names,
            "table": table, "screen": screen,
            "columns": cells.coloured_labels(screen, ["status"], cells.status_colour), "by_name": by_name, "real_first": real_first,
            "sources": ["msq", *[s for s in ("gtmi", "unctad") if s in set(shown["source"])]]}


def evidence_pairs(f: Filters, sources: tuple, statuses: tuple, confidence: str) -> dict:
    """The Evidence page's answer pairs for the chosen sources, statuses and mapping confidence: shown (sorted
    by country), counts, chart, names, table (for the download), screen and columns (the table on screen and its
    column_config: statuses on their colours), by_name, real_first, sources. Only `shown` when nothing matches."""
    return _evidence_pairs(data.db_key(), filters.key(f), tuple(sources), tuple(statuses), confidence)


@st.cache_resource(max_entries=64, show_spinner=False)
def _evidence_cards(key: DbKey, fkey: tuple, sources: tuple, statuses: tuple, confidence: str,
                    iso3: str) -> tuple[pd.Series, list]:
    from figures import style

    from . import components, source_tables

    shown = _evidence_pairs(key, fkey, sources, statuses, confidence)["shown"]
    one = shown[shown["country_iso3"] == iso3]
    cards = []
    for _, block in one.groupby("indicator", sort=False):
        first = block.iloc[0]
        labels = list(source_tables.named_source(block, data.crosswalk()))
        verdicts = " · ".join(f"{style.STATUS_NAMES[r['status']]} ({lab}, {r['confidence']} confidence)"
                              for lab, (_, r) in zip(labels, block.iterrows()))
        heading = f"**Q{int(first['msq_question'])} · {components.safe_md(first['label'])}** — {components.safe_md(verdicts)}"
        basis = source_tables.basis_of(first["msq_raw_value"])
        answer = first["msq_answer"] if isinstance(first["msq_answer"], str) else "missing"
        own = [f"*Self-report (MSQ {int(first['msq_year'])})*: {source_tables.cell(answer, basis)}"]
        if first["msq_detail"]:
            own.append(components.safe_md(source_tables.shorten(first["msq_detail"])))
        if first["msq_link"]:
            own.append(components.link_md(first["msq_link"]))
        columns = [own]
        for lab, (_, r) in zip(labels, block.iterrows()):
            answer = r["source_answer"] if isinstance(r["source_answer"], str) else "missing"
            raw = f" (value: {components.safe_md(r['source_raw_value'])})" if r["source_raw_value"] else ""
            lines = [f"*{lab}*: {source_tables.cell(answer)}{raw}"]
            if r["source_detail"]:
                lines.append(components.safe_md(r["source_detail"]))
            if r["source_link"]:
                lines.append(components.link_md(r["source_link"]))
            columns.append(lines)
        cards.append((heading, columns))
    return one["status"].value_counts(), cards


def evidence_cards(f: Filters, sources: tuple, statuses: tuple, confidence: str, iso3: str) -> tuple[pd.Series, list]:
    """One country's answer pairs on the Evidence page: the tally of statuses and, per indicator, a card (its
    heading in markdown and the markdown lines of each column: the self-report, then each source)."""
    return _evidence_cards(data.db_key(), filters.key(f), tuple(sources), tuple(statuses), confidence, iso3)


# ------------------------------------------------------------------ the Data page

@st.cache_resource(max_entries=4, show_spinner=False)
def _export_table(key: DbKey, fkey: tuple, people: bool, earlier: bool) -> tuple[pd.DataFrame, pd.DataFrame]:
    from analysis import export

    from . import components

    answers = data.answers_all_versions() if earlier else data.answers()
    frame = export.export_frame(answers, filters.from_key(fkey), contacts=data.all_contacts() if people else None,
                                include_contacts=people, include_superseded=earlier)
    return frame, components.display_frame(frame)


def export_table(f: Filters, people: bool, earlier: bool) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(the rows the Data page's downloads write, the same rows for st.dataframe) for its choices."""
    return _export_table(data.db_key(), filters.key(f), bool(people), bool(earlier))


# ------------------------------------------------------------------ the Review page

@st.cache_resource(max_entries=data.FILTER_STATES, show_spinner=False)
def _review(key: DbKey, fkey: tuple) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    from .filters import country_label

    queue = data.review_queue(filters.from_key(fkey))
    docs = data.review_documents(queue)
    names = dict(zip(docs["country_iso3"], docs["country_name"]))
    labels = [f"{country_label(r.country_iso3, names)} {r.edition}" for r in docs.itertuples()]
    return queue, docs, labels


def review(f: Filters) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    """(data.review_queue(f), data.review_documents of it, each document's label in the picker)."""
    return _review(data.db_key(), filters.key(f))


def details(rows: pd.DataFrame, f: Filters, themes, *, key: str, label: str = "Written answers for") -> None:
    """Every country's answer, basis, written detail and links for one chosen question, from this module's
    cache: `rows` are theme_rows(f, themes)."""
    from . import components

    q = question_columns(f, themes)
    pick = st.selectbox(label, list(q["column"]), key=f"{key}_q", bind="query-params")
    sel = q[q["column"] == pick].iloc[0]
    components.details_frame(rows, key=key, table=details_table(f, themes, int(sel["question"]), sel["item"]))
