"""Figure builders: each turns filtered answer rows into a styled figure, the table it draws, and a summary.

The dashboard pages and `python -m loaders figures` call the same builders, so a chart on screen and the
chapter figure written to disk show the same numbers in the same style.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd
import plotly.graph_objects as go

from analysis import sentences
from analysis.coverage import coverage
from analysis.filters import Filters, places, theme_rows
from analysis.page_config import PAGE_THEMES, PAGE_TITLES
from analysis.vocabulary import KEY, lookup
from loaders import catalogue

from . import style, textwidth
from .style import ANSWER_COLOURS, ANSWER_NAMES, ANSWER_SYMBOLS, ANSWERS, THEME_TITLES, plain  # noqa: F401 - THEME_TITLES re-exported for pages

MATRIX_MAX_COUNTRIES = 60  # beyond this a country × question matrix is unreadable in print


@dataclass
class Chart:
    """One figure with the numbers it draws (for the accessible table) and a one-sentence summary."""

    name: str
    figure: go.Figure
    table: pd.DataFrame
    summary: str
    filters: Filters | None = None  # set when the figure shows a narrower selection than the set it belongs to

    @property
    def synthetic(self) -> bool:
        return bool((self.figure.layout.meta or {}).get("synthetic"))


# ------------------------------------------------------------------ helpers

def _questions(rows: pd.DataFrame) -> pd.DataFrame:
    """(question, item, label, column) in questionnaire order, with a short column label for charts."""
    q = rows[["question", "item", "label"]].drop_duplicates(["question", "item"])
    q = q.sort_values(["question"], kind="stable")  # stable: items keep catalogue order within a question
    q["column"] = [f"Q{n} {lab}" if lab else f"Q{n} {it}" for n, it, lab in
                   zip(q["question"], q["item"], q["label"])]
    return q.reset_index(drop=True)


def section_titles(rows: pd.DataFrame) -> dict[str, str]:
    """Section letter -> title, from the rows when they carry it, else from the edition's catalogue."""
    if "section_title" in rows.columns:
        return dict(zip(rows["section"], rows["section_title"]))
    titles: dict[str, str] = {}
    for edition in _editions(rows):
        try:
            titles.update(catalogue.sections(edition))
        except FileNotFoundError:
            pass
    return titles


def _editions(rows: pd.DataFrame) -> list[int]:
    return sorted({int(e) for e in rows["edition"].unique()}) if len(rows) else []


def _synthetic(rows: pd.DataFrame) -> bool:
    return bool(len(rows)) and bool(rows["is_synthetic"].astype(bool).any())


def _pct(part, whole) -> float:
    return round(100.0 * part / whole, 1) if whole else float("nan")


def _share_axis(as_share: bool, who: str, most: int) -> dict:
    """The x axis of a stacked bar chart: shares of `who` in %, or counts once fewer than 5 countries answer."""
    if as_share:
        return dict(title=f"share of {who} (%) — bar labels are numbers of countries", range=[0, 100])
    return dict(title=f"number of {who} (fewer than {sentences.MIN_SHARE_N}: counts, not shares)",
                range=[0, max(int(most), 1)], **style.integer_axis(max(int(most), 1)))


def _few_note(as_share: bool, n: int) -> str:
    """The source-block note of a chart drawn as counts: how many countries it rests on."""
    if as_share:
        return ""
    return (f"Counts, not shares: {sentences.plural(n, 'country', 'countries')} (n = {int(n)}); a share is shown "
            f"from {sentences.MIN_SHARE_N} countries on.")


def _answer_counts(rows: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Counts of yes / no / unknown per key, plus total and yes % of total (unknown is never 'no')."""
    counts = (rows.groupby(keys + ["answer"], observed=True).size().unstack("answer", fill_value=0)
              .reindex(columns=list(ANSWERS), fill_value=0).reset_index())
    counts.columns.name = None
    counts["countries"] = counts["yes"] + counts["no"] + counts["unknown"]
    counts["yes_pct"] = [_pct(y, t) for y, t in zip(counts["yes"], counts["countries"])]
    return counts


def _names(rows: pd.DataFrame) -> dict[str, str]:
    """ISO3 -> the rows' own display name (the UN name the store gives)."""
    if rows.empty or "country_name" not in rows.columns:
        return {}
    first = rows.drop_duplicates("country_iso3")
    return dict(zip(first["country_iso3"], first["country_name"]))


def _finish(fig, title, rows, filters, as_of, **kw):
    kw.setdefault("names", _names(rows))
    return style.finish(fig, title=title, filters=filters, editions=_editions(rows), as_of=as_of,
                        synthetic=_synthetic(rows), **kw)


def _countries(n: int) -> str:
    return style.plural(n, "country", "countries")


BLIND_COLOUR = "#9E9E9E"  # a country whose answers are all unknown: apart from the % scale and from 'no response'
COLORBAR_PCT = dict(title=dict(text="% yes", side="top"), ticksuffix="%", thickness=14,
                    # labels below their tick: '100%' never rises into the colour bar's title
                    ticklabelposition="outside bottom", tickvals=[0, 25, 50, 75, 100],
                    ticktext=["0%", "25%", "50%", "75%", "100%"])


def _empty(name: str, title: str, rows: pd.DataFrame, filters: Filters, as_of) -> Chart:
    fig = go.Figure()
    fig.add_annotation(text="No answers match these filters.", x=0.5, y=0.5, xref="paper", yref="paper",
                       showarrow=False, font=dict(size=16))
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    _finish(fig, title, rows, filters, as_of, height=300, legend=False)
    return Chart(name, fig, pd.DataFrame(), "No answers match these filters, so there is nothing to draw.")


# ------------------------------------------------------------------ builders

def _by_sub_region(rows: pd.DataFrame, filters: Filters) -> bool:
    """Group by sub-region rather than region once a region or sub-region is chosen."""
    return bool(filters.regions or filters.sub_regions) and "sub_region" in rows.columns


def responses_loaded(rows: pd.DataFrame, filters: Filters, *, as_of: date | None = None) -> Chart:
    """Countries with a response loaded, per UN region (per sub-region once a region is chosen), real vs synthetic."""
    by = "sub_region" if _by_sub_region(rows, filters) else "region"
    where = "sub-region" if by == "sub_region" else "region"
    name, title = "responses-loaded", f"Responses loaded, by {where}"
    if rows.empty:
        return _empty(name, title, rows, filters, as_of)
    countries = rows.drop_duplicates("country_iso3")[["country_iso3", by, "is_synthetic"]]
    countries = countries.assign(region=countries[by].fillna("").replace("", f"(no {where})"))
    table = (countries.assign(kind=countries["is_synthetic"].map({True: "synthetic", False: "real"}))
             .groupby(["region", "kind"]).size().unstack("kind", fill_value=0)
             .reindex(columns=["real", "synthetic"], fill_value=0).reset_index())
    table.columns.name = None
    table["total"] = table["real"] + table["synthetic"]
    if by == "sub_region":
        table = table.rename(columns={"region": "sub_region"})
    table = table.assign(_x=table[by])
    fig = go.Figure()
    for kind, colour, pattern in (("real", style.REAL_COLOUR, ""), ("synthetic", style.SYNTHETIC_COLOUR, "x")):
        fig.add_bar(name=f"{kind} responses", x=table["_x"], y=table[kind], marker_color=colour,
                    marker_pattern_shape=pattern,
                    text=[str(v) if v and v != t else "" for v, t in zip(table[kind], table["total"])],
                    textposition="inside", insidetextanchor="middle", textangle=0)
    # the total above each stack: a segment too thin for its own label is still counted in print
    fig.add_scatter(x=table["_x"], y=table["total"], mode="text", text=[f"{t}" for t in table["total"]],
                    textposition="top center", showlegend=False, hoverinfo="skip", cliponaxis=False,
                    textfont=dict(size=13, color="#222222"))
    top = int(table["total"].max())
    fig.update_layout(barmode="stack", xaxis_title=None,
                      yaxis=dict(title="countries", range=[0, top * 1.12 + 1], **style.integer_axis(top)))
    _finish(fig, title, rows, filters, as_of, bottom=40, plot_height=300, left=80)
    table = table.drop(columns="_x")
    real, synth = int(table["real"].sum()), int(table["synthetic"].sum())
    have = "has" if real + synth == 1 else "have"
    summary = (f"{_countries(real + synth)}{style.scope(filters, _names(rows))} {have} a response loaded: "
               f"{real} real and {synth} synthetic, in {style.plural(len(table), where)}.")
    return Chart(name, fig, table, summary)


def coverage_by_section(rows: pd.DataFrame, filters: Filters, *, as_of: date | None = None) -> Chart:
    """Yes / no / unknown shares of all scored answers, per questionnaire section, across countries."""
    name, title = "coverage-by-section", "Answers by questionnaire section"
    cov = coverage(rows, by="section")
    if cov.empty:
        return _empty(name, title, rows, filters, as_of)
    titles = section_titles(rows)
    table = cov.groupby("group")[list(ANSWERS) + ["total"]].sum().reset_index().rename(columns={"group": "section"})
    table.insert(1, "title", [titles.get(s, "") for s in table["section"]])
    table["countries"] = cov.groupby("group")["country_iso3"].nunique().values
    table["yes_pct"] = [_pct(y, t) for y, t in zip(table["yes"], table["total"])]
    labels = [f"{s} · {t}" if t else s for s, t in zip(table["section"], table["title"])]
    fig = go.Figure()
    for a in ANSWERS:
        share = [_pct(v, t) for v, t in zip(table[a], table["total"])]
        fig.add_bar(name=ANSWER_NAMES[a], y=labels, x=share, orientation="h", marker_color=ANSWER_COLOURS[a],
                    marker_pattern=style.pattern(a), text=[f"{v:.0f}%" if v >= 6 else "" for v in share],
                    textposition="inside", insidetextanchor="middle", customdata=table[a],
                    hovertemplate="%{y}<br>" + a + ": %{customdata} answers (%{x:.1f}%)<extra></extra>")
    fig.update_layout(barmode="stack", xaxis=dict(title="share of scored answers (%)", range=[0, 100]),
                      yaxis=dict(autorange="reversed", automargin=True, ticklabelstandoff=style.LABEL_STANDOFF))
    _finish(fig, title, rows, filters, as_of, bottom=55, plot_height=38 * len(table), left=style.left_margin(labels))
    table["yes_pct"] = table["yes_pct"].where(table["yes"] + table["no"] > 0)  # all unknown: empty, never 0
    groups = {sec: (int(y), int(n), int(u)) for sec, y, n, u in
              zip(table["section"], table["yes"], table["no"], table["unknown"])}
    summary = (f"Across {_countries(cov['country_iso3'].nunique())}{style.scope(filters, _names(rows))}, "
               f"{sentences.yes_range(groups, 'section')}; unknown answers are shown separately, never counted as "
               "'no'.")
    return Chart(name, fig, table, summary)


def coverage_map(rows: pd.DataFrame, filters: Filters, *, by: str = "section", group: str | None = None,
                 as_of: date | None = None) -> Chart:
    """World map: per country, the share of 'yes' among scored answers (all, or one section or theme)."""
    what = ("all scored questions" if not group else
            f"section {group}" if by == "section" else THEME_TITLES.get(group, group))
    name = "coverage-map" + (f"-{style.slug(group)}" if group else "")
    title = f"Share of 'yes' answers by country: {what}"
    cov = coverage(rows, by=by)
    if group:
        cov = cov[cov["group"] == group]
    if cov.empty:
        return _empty(name, title, rows, filters, as_of)
    table = (cov.groupby(["country_iso3", "country_name"])[list(ANSWERS) + ["total"]].sum().reset_index())
    regions = rows.drop_duplicates("country_iso3").set_index("country_iso3")["region"]
    table.insert(2, "region", table["country_iso3"].map(regions).fillna(""))
    table["yes_pct"] = [_pct(y, t) for y, t in zip(table["yes"], table["total"])]
    table = table.sort_values(["yes_pct", "country_name"], ascending=[False, True]).reset_index(drop=True)
    known = (table["yes"] + table["no"]) > 0  # all unknown: no known answer, never '0% yes'
    table["yes_pct"] = table["yes_pct"].where(known)  # the table behind the figure leaves it empty too
    hover = [f"<b>{plain(n)}</b><br>yes {y} · no {no} · unknown {u}<br>"
             + (f"{p:.0f}% yes" if k else "no known answer (all unknown)")
             for n, y, no, u, p, k in zip(table["country_name"], table["yes"], table["no"], table["unknown"],
                                          table["yes_pct"], known)]
    fig = go.Figure(go.Choropleth(
        locations=table["country_iso3"][known], z=table["yes_pct"][known], zmin=0, zmax=100,
        colorscale=style.SEQUENTIAL, marker_line_color="white", marker_line_width=0.5,
        text=[h for h, k in zip(hover, known) if k], hovertemplate="%{text}<extra></extra>",
        colorbar=dict(COLORBAR_PCT, len=0.75),
    ))
    if (~known).any():
        fig.add_choropleth(locations=table["country_iso3"][~known], z=[0] * int((~known).sum()),
                           colorscale=[[0, BLIND_COLOUR], [1, BLIND_COLOUR]], showscale=False,
                           marker_line_color="white", marker_line_width=0.5,
                           text=[h for h, k in zip(hover, known) if not k], hovertemplate="%{text}<extra></extra>")
    fig.update_geos(projection_type="natural earth", showcountries=True, countrycolor="#FFFFFF",
                    showland=True, landcolor="#EEEEEE", showframe=False, showcoastlines=False,
                    lataxis_range=[-58, 85])
    if filters.regions or filters.sub_regions or filters.countries:  # a chosen part of the world fills the frame
        fig.update_geos(fitbounds="locations", lataxis_range=None)
    _finish(fig, title, rows, filters, as_of, bottom=10, height=580, legend=False, left=20, right=20,
            extra_source="Light grey: no response loaded for these filters."
            + (" Dark grey: a response whose answers here are all unknown (no known answer, not 0%)."
               if (~known).any() else ""))
    blind = int((~known).sum())
    shaded = table[known]
    said = f"{_countries(len(table))}{style.scope(filters, _names(rows))} {'is' if len(table) == 1 else 'are'} shown"
    if len(shaded):
        top = shaded.iloc[0]
        low, high = shaded["yes_pct"].min(), shaded["yes_pct"].max()
        spread = (f"is {high:.0f}% ({top['country_name']})" if low == high
                  else f"ranges from {low:.0f}% to {high:.0f}% (highest: {top['country_name']})")
        said += f"; the share of 'yes' answers for {what} {spread}"
    if blind:
        said += (f"; {sentences.plural(blind, 'country', 'countries')} {sentences.verb(blind, 'has', 'have')} no "
                 f"known answer for {what} (all unknown)")
    summary = said + "."
    return Chart(name, fig, table, summary)


def answer_shares(rows: pd.DataFrame, filters: Filters, *, title: str, name: str,
                  as_of: date | None = None) -> Chart:
    """Per question or item: how many countries answer yes, no or unknown (100 % stacked bars)."""
    if rows.empty:
        return _empty(name, title, rows, filters, as_of)
    q = _questions(rows)
    counts = _answer_counts(rows, ["question", "item"])
    table = q.merge(counts, on=["question", "item"], how="left").fillna({a: 0 for a in ANSWERS})
    table = table[["question", "item", "label", "column", *ANSWERS, "countries", "yes_pct"]]
    fig = go.Figure()
    as_share = sentences.is_share(table["countries"].min())  # fewer than 5 countries: counts with n, no %
    for a in ANSWERS:
        share = [_pct(v, t) for v, t in zip(table[a], table["countries"])]
        fig.add_bar(name=ANSWER_NAMES[a], y=table["column"].map(plain), x=share if as_share else table[a],
                    orientation="h", marker_color=ANSWER_COLOURS[a], marker_pattern=style.pattern(a),
                    text=[f"{int(v)}" if s >= 5 else "" for v, s in zip(table[a], share)],
                    textposition="inside", insidetextanchor="middle", customdata=table[a],
                    hovertemplate="%{y}<br>" + a + (": %{customdata} countries (%{x:.0f}%)<extra></extra>" if as_share
                                                    else ": %{customdata} countries<extra></extra>"))
    fig.update_layout(barmode="stack", xaxis=_share_axis(as_share, "responding countries", table["countries"].max()),
                      yaxis=dict(autorange="reversed", automargin=True, ticklabelstandoff=style.LABEL_STANDOFF))
    _finish(fig, title, rows, filters, as_of, bottom=55, plot_height=34 * len(table),
            left=style.left_margin(table["column"]), extra_source=_few_note(as_share, table["countries"].min()))
    n = int(rows["country_iso3"].nunique())
    top = table.sort_values(["yes", "question"], ascending=[False, True]).iloc[0]
    low = table.sort_values(["yes", "question"], ascending=[True, True]).iloc[0]
    unknown = int(table["unknown"].sum())
    who = f"Of {n} responding {'country' if n == 1 else 'countries'}{style.scope(filters, _names(rows))}, "
    if int((table["yes"] + table["no"]).sum()) == 0:  # every answer unknown: no count of 'yes' to give
        said = f"none of the {style.plural(len(table), 'item')} shown has a known answer"
    elif int(top["yes"]) == int(low["yes"]):  # a tie from top to bottom: no "most" and "fewest" to name
        said = (f"{int(top['yes'])} report{'s' if int(top['yes']) == 1 else ''} "
                f"{'each of the' if len(table) > 1 else ''} {style.plural(len(table), 'item')} shown").replace("  ", " ")
    else:
        said = (f"{int(top['yes'])} report{'s' if int(top['yes']) == 1 else ''} '{top['label']}' (the most) and "
                f"{int(low['yes'])} report{'s' if int(low['yes']) == 1 else ''} '{low['label']}' (the fewest)")
    summary = who + said + f"; {style.plural(unknown, 'answer')} {'is' if unknown == 1 else 'are'} unknown."
    return Chart(name, fig, table, summary)


COS45 = 0.7071
HEADER_SIZE = 12  # px, rotated column headers of heatmaps


def _rotated_spill(labels: list[str], plot_width: float, *, side: str) -> float:
    """How far column headers rotated by 45° reach beyond the plot's edge (px): to the left for headers
    under the plot (they hang down-left from their column), to the right for headers on top (up-right)."""
    n = len(labels)
    if not n:
        return 0.0
    cw = plot_width / n
    spill = 0.0
    for j, lab in enumerate(labels):
        reach = textwidth.width(plain(lab), HEADER_SIZE) * COS45 + 4
        spill = max(spill, reach - (j + 0.5) * cw if side == "bottom" else (j + 0.5) * cw + reach - plot_width)
    return spill


def _header_height(labels: list[str]) -> float:
    """Vertical room for column headers rotated by 45°."""
    return max([textwidth.width(plain(x), HEADER_SIZE) for x in labels] or [0.0]) * COS45 + 8


def share_by_region(rows: pd.DataFrame, filters: Filters, *, title: str, name: str,
                    as_of: date | None = None, by: str | None = None) -> Chart:
    """Region × question heatmap: the share of responding countries in each region that answer yes.

    `by` is 'region' or 'sub_region'; by default sub-regions once a region or sub-region is chosen (one row
    per region would then say nothing), and the title's "by region" says so.
    """
    by = by or ("sub_region" if _by_sub_region(rows, filters) else "region")
    if by == "sub_region":
        title = title.replace("by region", "by sub-region")
    if rows.empty:
        return _empty(name, title, rows, filters, as_of)
    q = _questions(rows)
    rows = rows.assign(region=rows[by].fillna("").replace("", "(no region)"))
    counts = _answer_counts(rows, ["region", "question", "item"])
    table = counts.merge(q, on=["question", "item"])[["region", "question", "item", "label", "column",
                                                       *ANSWERS, "countries", "yes_pct"]]
    if by == "sub_region":
        table = table.rename(columns={"region": "sub_region"})
    key = "sub_region" if by == "sub_region" else "region"
    regions = sorted(table[key].unique())
    cols = list(q["column"])
    # A share from fewer than 5 countries is a count with its n: such a cell gets no colour and no %.
    big = table["countries"].map(sentences.is_share)
    lab = table.assign(t=[f"{p:.0f}%<br>{y}/{c}" if b else f"{y} of {c}<br>(n < {sentences.MIN_SHARE_N})"
                          for p, y, c, b in zip(table["yes_pct"], table["yes"], table["countries"], big)],
                       share=table["yes_pct"].where(big), few=pd.Series(0.0, index=table.index).where(~big))

    def grid(col):
        return lab.pivot(index=key, columns="column", values=col).reindex(index=regions, columns=cols)

    text = grid("t")
    fig = go.Figure(go.Heatmap(
        z=grid("share").values, x=[plain(c) for c in cols], y=regions, zmin=0, zmax=100,
        colorscale=style.SEQUENTIAL_LIGHT, text=text.where(grid("share").notna(), "").fillna("").values,
        texttemplate="%{text}", textfont=dict(size=11, color="#111111"),
        hovertemplate="%{y} · %{x}<br>%{text} countries answer yes<extra></extra>",
        colorbar=COLORBAR_PCT, xgap=2, ygap=2,
    ))
    if (~big).any():
        fig.add_heatmap(z=grid("few").values, x=[plain(c) for c in cols], y=regions, zmin=0, zmax=1,
                        colorscale=[[0, "#F2F2F2"], [1, "#F2F2F2"]], showscale=False,
                        text=text.where(grid("few").notna(), "").fillna("").values, texttemplate="%{text}",
                        textfont=dict(size=11, color="#111111"), xgap=2, ygap=2,
                        hovertemplate="%{y} · %{x}<br>%{text}: too few countries for a share<extra></extra>")
    right = 100  # the colour bar and its labels
    left = style.left_margin(regions)
    for _ in range(2):  # the headers' reach depends on the column width, which depends on the margins
        left = max(style.left_margin(regions), int(style.PAD + _rotated_spill(cols, style.WIDTH - left - right,
                                                                              side="bottom")))
    bottom = int(_header_height(cols) + 6)
    fig.update_xaxes(tickangle=-45, side="bottom", automargin=False, tickfont=dict(size=HEADER_SIZE))
    fig.update_yaxes(autorange="reversed", automargin=False)
    where = "sub-region" if by == "sub_region" else "region"
    _finish(fig, title, rows, filters, as_of, bottom=bottom, plot_height=max(70 * len(regions), 140),
            legend=False, left=left, right=right,
            extra_source=f"Cell: % of responding countries in the {where} answering yes, and yes/all countries; "
                         f"grey cells rest on fewer than {sentences.MIN_SHARE_N} countries and show the count only.")
    across = (f"Across {style.plural(len(regions), where)}{style.scope(filters, _names(rows))}" if not filters.countries
              else f"Across {style.plural(len(regions), where)} ({style.join_names(regions)}), for "
                   f"{style.scope(filters, _names(rows)).strip(' ()').removeprefix('among ')}")
    if big.any():
        best = table[big].sort_values("yes_pct", ascending=False).iloc[0]
        summary = (f"{across}, the highest share is {best['yes_pct']:.0f}% of countries in {best[key]} reporting "
                   f"'{best['label']}'" + (f"; {int((~big).sum())} cells rest on fewer than "
                                           f"{sentences.MIN_SHARE_N} countries and show counts" if (~big).any()
                                           else "") + ".")
    else:
        most = int(table["countries"].max())
        summary = (f"{across}, the {where} has only {sentences.plural(most, 'responding country', 'responding countries')}"
                   ", so its cells show counts, not shares." if len(regions) == 1 else
                   f"{across}, no {where} has {sentences.MIN_SHARE_N} or more responding countries (at most "
                   f"{most}), so the cells show counts, not shares.")
    return Chart(name, fig, table, summary)


MATRIX_SPLIT_AT = 30  # more countries than this, from more than one region: one block per region


def _matrix_blocks(countries: pd.DataFrame, split: bool | None) -> list[tuple[str | None, pd.DataFrame]]:
    """(block heading or None, countries) in reading order: one block, or one per region."""
    regions = countries["region"].fillna("").replace("", "(no region)")
    if split is None:
        split = len(countries) > MATRIX_SPLIT_AT and regions.nunique() > 1
    if not split:
        return [(None, countries)]
    return [(r, countries[regions == r]) for r in sorted(regions.unique())]


def answer_matrix(rows: pd.DataFrame, filters: Filters, *, title: str, name: str,
                  as_of: date | None = None, split: bool | None = None) -> Chart:
    """Country × question matrix of yes / no / unknown, told apart by symbol as well as colour.

    Rows are country names. With more than MATRIX_SPLIT_AT countries from several regions (or `split=True`)
    the matrix is cut into one block per region, each under its heading and its own copy of the column
    headers, so a reader never has to scroll back to the top to know which column is which.
    """
    if rows.empty:
        return _empty(name, title, rows, filters, as_of)
    q = _questions(rows)
    cols = list(q["column"])
    shown_cols = [plain(c) for c in cols]
    rows = rows.merge(q[["question", "item", "column"]], on=["question", "item"])
    meta_cols = ["country_iso3", "country_name", "is_synthetic"] + (["region"] if "region" in rows.columns else [])
    countries = rows.drop_duplicates("country_iso3")[meta_cols].sort_values("country_name", kind="stable")
    if "region" not in countries.columns:
        countries = countries.assign(region="")
    countries = countries.assign(label=[plain(n + (" †" if s else "")) for n, s in
                                        zip(countries["country_name"], countries["is_synthetic"])])
    blocks = _matrix_blocks(countries, split)
    code = {"no": 0, "unknown": 1, "yes": 2}
    r = rows.set_index(["country_iso3", "column"])
    sym = pd.Series([ANSWER_SYMBOLS[a] + (style.INFERRED_MARK if b == "inferred" else "") for a, b in
                     zip(r["answer"], r["basis"])], index=r.index)
    detail = pd.Series([f"<b>{plain(n)}</b> · {plain(c)}<br>answer: {a} ({b})<br>{style.wrap(d, 60, 300)}"
                        for n, c, a, b, d in zip(r["country_name"], r.index.get_level_values("column"),
                                                 r["answer"], r["basis"], r["detail"])], index=r.index)
    value = r["answer"].map(code)
    scale = [[0, ANSWER_COLOURS["no"]], [1 / 3, ANSWER_COLOURS["no"]], [1 / 3, ANSWER_COLOURS["unknown"]],
             [2 / 3, ANSWER_COLOURS["unknown"]], [2 / 3, ANSWER_COLOURS["yes"]], [1, ANSWER_COLOURS["yes"]]]

    n = len(countries)
    row_px = 22 if n <= 60 else 20
    header = _header_height(cols)
    heading_px = 24 if blocks[0][0] is not None else 0
    gap = 18
    left = max(style.left_margin(countries["label"], size=12, minimum=120),
               int(style.PAD * 2 + max([textwidth.width(f"{b} ({len(c)})", 13, bold=True)
                                        for b, c in blocks if b] or [0])))
    right = 40
    for _ in range(2):  # the headers' reach depends on the column width, which depends on the margins
        right = max(40, int(style.PAD + _rotated_spill(cols, style.WIDTH - left - right, side="top")))
    # Pixel layout of the plot area, top down: block 0's heading and headers sit in the top margin.
    starts, y = [], 0.0
    for i, (_, members) in enumerate(blocks):
        if i:
            y += gap + heading_px + header
        starts.append(y)
        y += len(members) * row_px
    plot_h = y
    fig = go.Figure()
    layout: dict = {}
    annotations = []
    for i, ((heading, members), start) in enumerate(zip(blocks, starts)):
        ax = "" if i == 0 else str(i + 1)
        idx = pd.MultiIndex.from_product([members["country_iso3"], cols])

        def grid(series, fill):
            return (series.reindex(idx).unstack().reindex(index=members["country_iso3"], columns=cols)
                    .fillna(fill).values if len(series) else None)

        fig.add_trace(go.Heatmap(
            z=value.reindex(idx).unstack().reindex(index=members["country_iso3"], columns=cols).values,
            x=shown_cols, y=list(members["label"]), zmin=-0.5, zmax=2.5, colorscale=scale, showscale=False,
            text=grid(sym, ""), texttemplate="%{text}", textfont=dict(size=13),
            customdata=grid(detail, "no row"), hovertemplate="%{customdata}<extra></extra>",
            xgap=2, ygap=2, xaxis=f"x{ax}", yaxis=f"y{ax}",
        ))
        top_frac = 1 - start / plot_h
        bottom_frac = 1 - (start + len(members) * row_px) / plot_h
        layout[f"yaxis{ax}"] = dict(domain=[max(0.0, bottom_frac), min(1.0, top_frac)], autorange="reversed",
                                    automargin=False, showgrid=False, anchor=f"x{ax}", tickfont=dict(size=12),
                                    type="category")
        # Question labels on top of every block: a long matrix is read from its top, next to the title.
        layout[f"xaxis{ax}"] = dict(side="top", tickangle=-45, automargin=False, showgrid=False, anchor=f"y{ax}",
                                    tickfont=dict(size=HEADER_SIZE), type="category",
                                    **({"matches": "x"} if i else {}))
        if heading:
            annotations.append(dict(
                text=f"<b>{plain(heading)}</b> ({len(members)})", xref="paper", yref="paper", x=0,
                xshift=-(left - style.PAD), xanchor="left", y=top_frac, yshift=4, yanchor="bottom", showarrow=False,
                font=dict(size=13, color="#222222"), name="block_heading"))
    for a in ("yes", "no", "unknown"):  # a legend that names symbol, colour and state together
        fig.add_scatter(x=[None], y=[None], mode="markers", name=ANSWER_NAMES[a],
                        marker=dict(symbol="square", size=14, color=ANSWER_COLOURS[a]))
    fig.update_layout(annotations=annotations, **layout)
    _finish(fig, title, rows, filters, as_of, bottom=10, top_extra=header + heading_px, legend_below=True,
            plot_height=int(plot_h), left=left, right=right,
            extra_source=f"{style.INFERRED_MARK} inferred from the written answer (no tick survived); "
                         "† synthetic demo country.")
    table = (rows.pivot_table(index=["country_iso3", "country_name"], columns="column", values="answer",
                              aggfunc="first").reindex(columns=cols).reset_index())
    table.columns.name = None
    counts = rows["answer"].value_counts()
    inferred = int((rows["basis"] == "inferred").sum())
    summary = (f"{_countries(n)}{style.scope(filters, _names(rows))} × {style.plural(len(cols), 'question')}: "
               f"{style.plural(int(counts.get('yes', 0)), 'answer')} {'is' if counts.get('yes', 0) == 1 else 'are'} "
               f"yes, {int(counts.get('no', 0))} no and {int(counts.get('unknown', 0))} unknown"
               + (f"; {inferred} {'is' if inferred == 1 else 'are'} inferred from the written answer."
                  if inferred else "."))
    return Chart(name, fig, table, summary)


# ------------------------------------------------------------------ independent evidence (EGDI, GTMI, UNCTAD)

# EGDI and its components: Okabe–Ito colours, each line with its own dash and marker as well.
INDEX_LINES = {  # column -> (legend name, colour, dash, marker, width); the table uses the abbreviation
    "egdi": ("EGDI", "#000000", "solid", "circle", 3.5),
    "osi": ("OSI · online services", "#0072B2", "dash", "square", 2),
    "hci": ("HCI · human capital", "#009E73", "dot", "diamond", 2),
    "tii": ("TII · telecommunication infrastructure", "#E69F00", "dashdot", "triangle-up", 2),
    "epi": ("EPI · e-participation", "#CC79A7", "longdash", "x", 2),
}
EGDI_TABLE = {"year": "year", "egdi_rank": "EGDI rank", "egdi": "EGDI", "osi": "OSI", "hci": "HCI", "tii": "TII",
              "epi": "EPI"}
EGDI_NOTE = "The MSQ answers do not enter the EGDI or its components: the two are measured separately."


def _years_text(years) -> str:
    years = sorted({int(y) for y in years if pd.notna(y)})
    if not years:
        return ""
    return str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"


def _empty_reference(name: str, title: str, message: str, filters: Filters, *, sources, subtitle=None) -> Chart:
    fig = go.Figure()
    fig.add_annotation(text=plain(message), x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False,
                       font=dict(size=16))
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    style.finish(fig, title=title, filters=filters, editions=[filters.edition] if filters.edition else [],
                 as_of=None, synthetic=False, height=300, legend=False, sources=sources, subtitle=subtitle)
    return Chart(name, fig, pd.DataFrame(), message)


def egdi_history(egdi: pd.DataFrame, filters: Filters, *, country: str, as_of: date | None = None) -> Chart:
    """One country's EGDI, its components (OSI, HCI, TII, EPI) and its rank over the survey editions."""
    from plotly.subplots import make_subplots

    name, title = f"egdi-history-{style.slug(country)}", f"E-Government Development Index: {country}"
    subtitle = f"{country} · UN E-Government Survey editions · index scores, not the questionnaire"
    rows = egdi.sort_values("year")
    if rows.empty:
        return _empty_reference(name, title, f"No EGDI rows are loaded for {country}.", filters,
                                sources=("egdi",), subtitle=subtitle)
    table = rows[["year", "egdi_rank", "egdi", "osi", "hci", "tii", "epi"]].reset_index(drop=True)
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, row_heights=[0.7, 0.3], vertical_spacing=0.1)
    for col, (label, colour, dash, symbol, width) in INDEX_LINES.items():
        fig.add_scatter(x=table["year"], y=table[col], name=label, mode="lines+markers", row=1, col=1,
                        line=dict(color=colour, dash=dash, width=width), marker=dict(symbol=symbol, size=8),
                        hovertemplate=f"{plain(label)}<br>%{{x}}: %{{y:.3f}}<extra></extra>")
    fig.add_scatter(x=table["year"], y=table["egdi_rank"], name="EGDI rank (1 = highest)", mode="lines+markers+text",
                    row=2, col=1, line=dict(color="#555555", width=2), marker=dict(symbol="circle-open", size=9),
                    text=[f"{int(r)}" if pd.notna(r) else "" for r in table["egdi_rank"]], textposition="top center",
                    cliponaxis=False, hovertemplate="rank in %{x}: %{y}<extra></extra>", showlegend=False)
    fig.update_yaxes(title_text="index score (0–1)", range=[0, 1.05], row=1, col=1)
    worst = table["egdi_rank"].max()
    worst = worst if pd.notna(worst) else 10
    fig.update_yaxes(title_text="rank", autorange=False, range=[worst * 1.25 + 1, 0], row=2, col=1,
                     **style.integer_axis(worst * 1.25 + 1, max_ticks=4))  # a short panel: few ticks
    fig.update_xaxes(title_text="survey edition", tickvals=list(table["year"]), row=2, col=1)
    style.finish(fig, title=title, filters=filters, editions=[], as_of=as_of, synthetic=False, bottom=55,
                 plot_height=480, top_extra=10, sources=("egdi",), source_years={"egdi": _years_text(table["year"])},
                 subtitle=subtitle, extra_source=EGDI_NOTE, left=90)
    first, last = table.iloc[0], table.iloc[-1]

    def _at(r) -> str:
        rank = f", rank {int(r['egdi_rank'])}" if pd.notna(r["egdi_rank"]) else ""
        return f"{r['egdi']:.3f} in {int(r['year'])}{rank}" if pd.notna(r["egdi"]) else f"no score in {int(r['year'])}"

    summary = (f"{country}'s EGDI: {_at(first)}" + (f"; {_at(last)}" if len(table) > 1 else "")
               + f" ({len(table)} edition{'s' if len(table) != 1 else ''} loaded).")
    return Chart(name, fig, table.rename(columns=EGDI_TABLE), summary)


def coverage_vs_egdi(rows: pd.DataFrame, egdi: pd.DataFrame, filters: Filters, *, egdi_year: int | None,
                     as_of: date | None = None) -> Chart:
    """Scatter: each responding country's share of 'yes' answers (self-report) against its EGDI."""
    name = "coverage-vs-egdi"
    title = f"'Yes' answers in the questionnaire against the EGDI {egdi_year or ''}".strip()
    cov = coverage(rows, by="section")
    if cov.empty:
        return _empty(name, title, rows, filters, as_of)
    per = cov.groupby(["country_iso3", "country_name"])[["yes", "total"]].sum().reset_index()
    per["yes_pct"] = [_pct(y, t) for y, t in zip(per["yes"], per["total"])]
    meta = rows.drop_duplicates("country_iso3").set_index("country_iso3")
    per["region"] = per["country_iso3"].map(meta["region"]).fillna("")
    per["is_synthetic"] = per["country_iso3"].map(meta["is_synthetic"]).astype(bool)
    index = egdi[egdi["year"] == egdi_year][["country_iso3", "egdi", "egdi_rank"]] if egdi_year else egdi.iloc[0:0]
    table = per.merge(index, on="country_iso3", how="left")[
        ["country_iso3", "country_name", "region", "is_synthetic", "yes", "total", "yes_pct", "egdi", "egdi_rank"]]
    drawn = table.dropna(subset=["egdi"])
    if drawn.empty:
        return _empty_reference(name, title, f"No EGDI {egdi_year or ''} value for the countries shown.",
                                filters, sources=("msq", "egdi"))
    fig = go.Figure()
    label_all = len(drawn) <= 25
    x_range, y_range, plot_w, plot_h = (-0.03, 1.03), (-4.0, 104.0), style.WIDTH - 110 - 40, 400
    wanted = drawn if label_all else drawn[~drawn["is_synthetic"]]
    placed = _place_labels(wanted["country_iso3"], wanted["country_name"], wanted["egdi"], wanted["yes_pct"],
                           x_range, y_range, plot_w, plot_h)
    for synthetic, trace_name, colour, symbol in ((False, "real responses", style.REAL_COLOUR, "circle"),
                                                  (True, "synthetic demo responses †", "#888888", "x-thin-open")):
        part = drawn[drawn["is_synthetic"] == synthetic]
        if part.empty:
            continue
        hover = [f"<b>{plain(n)}</b>{' †' if s else ''}<br>EGDI {egdi_year}: {e:.3f} "
                 f"(rank {int(r) if pd.notna(r) else '–'})<br>'yes': {y} of {t} scored answers ({p:.0f}%)"
                 for n, s, e, r, y, t, p in zip(part["country_name"], part["is_synthetic"], part["egdi"],
                                                part["egdi_rank"], part["yes"], part["total"], part["yes_pct"])]
        fig.add_scatter(x=part["egdi"], y=part["yes_pct"], name=trace_name, mode="markers+text",
                        text=[placed.get(c, ("", ""))[0] for c in part["country_iso3"]],
                        textposition=[placed.get(c, ("", "top center"))[1] or "top center"
                                      for c in part["country_iso3"]],
                        textfont=dict(size=11, color="#333333"),
                        marker=dict(color=colour, symbol=symbol, size=10 if not synthetic else 8,
                                    line=dict(width=1.5, color=colour)),
                        hovertext=hover, hovertemplate="%{hovertext}<extra></extra>")
    fig.update_layout(xaxis=dict(title=f"E-Government Development Index (EGDI) {egdi_year}, UN DESA (0–1)",
                                 range=list(x_range), zeroline=False),
                      # the axes start just below 0, so the '0' and '0%' tick labels never meet in the corner
                      yaxis=dict(title="'yes' answers, % of scored<br>MSQ answers (self-report)", range=list(y_range),
                                 ticksuffix="%", zeroline=False))
    _finish(fig, title, rows, filters, as_of, bottom=55, plot_height=plot_h, left=110, sources=("msq", "egdi"),
            source_years={"egdi": str(egdi_year)}, extra_source=EGDI_NOTE)
    n, missing = len(drawn), len(table) - len(drawn)
    unlabelled = len(wanted) - sum(1 for v in placed.values() if v[0])
    summary = (f"{style.plural(n, 'responding country', 'responding countries')}{style.scope(filters, _names(rows))} "
               f"{'is' if n == 1 else 'are'} drawn")
    if n >= 3:
        rho = drawn["egdi"].rank().corr(drawn["yes_pct"].rank())
        summary += f"; Spearman rank correlation between the EGDI {egdi_year} and the share of 'yes' answers: {rho:.2f}"
    summary += (f"; {missing} ha{'ve' if missing != 1 else 's'} no EGDI {egdi_year} value" if missing else "")
    if unlabelled:
        summary += f"; {style.plural(unlabelled, 'label')} left off where names would collide (see the table)"
    summary += ". " + EGDI_NOTE
    return Chart(name, fig, table, summary)


def _place_labels(codes, names, xs, ys, x_range, y_range, plot_w, plot_h,
                  size: int = 11) -> dict[str, tuple[str, str]]:
    """ISO3 -> (label, textposition) for point labels that neither overlap each other nor leave the plot.

    Greedy, in the order given: each name tries above, below, right and left of its marker; a name that fits
    nowhere is left off (the hover text and the table still name the country).
    """
    def px(x, y):
        return ((x - x_range[0]) / (x_range[1] - x_range[0]) * plot_w,
                (y_range[1] - y) / (y_range[1] - y_range[0]) * plot_h)

    kept: list[tuple[float, float, float, float]] = []
    out = {}
    for code, name, x, y in zip(codes, names, xs, ys):
        if pd.isna(x) or pd.isna(y):
            continue
        label = plain(name)
        w, h = textwidth.width(label, size) + 2, size * 1.3
        cx, cy = px(x, y)
        options = {"top center": (cx - w / 2, cy - 8 - h), "bottom center": (cx - w / 2, cy + 8),
                   "middle right": (cx + 8, cy - h / 2), "middle left": (cx - 8 - w, cy - h / 2)}
        for position, (x0, y0) in options.items():
            box = (x0, y0, x0 + w, y0 + h)
            inside = box[0] >= 0 and box[1] >= 0 and box[2] <= plot_w and box[3] <= plot_h
            if inside and not any(box[0] < k[2] and k[0] < box[2] and box[1] < k[3] and k[1] < box[3] for k in kept):
                kept.append(box)
                out[code] = (label, position)
                break
        else:
            out[code] = ("", "")
    return out


def _verb(counts, key) -> int:
    return int(counts.get(key, 0))


def _s(counts, key) -> str:
    """The verb ending for a count as subject: '1 agrees', '2 agree'."""
    return "s" if _verb(counts, key) == 1 else ""


def _sources_of(rows: pd.DataFrame) -> tuple[str, ...]:
    present = set(rows["source"])
    return tuple(s for s in ("msq", "gtmi", "unctad") if s in present)


def evidence_by_source(long: pd.DataFrame, filters: Filters, *, title: str, name: str,
                       source_years: dict[str, str] | None = None, as_of: date | None = None) -> Chart:
    """Per indicator and source: how many of the listed countries have yes / partial / no / unknown / no row."""
    from .style import EVIDENCE_COLOURS, EVIDENCE_NAMES, EVIDENCE_PATTERNS, EVIDENCE_STATES

    if long.empty:
        return _empty_reference(name, title, "No country matches these filters.", filters,
                                sources=("msq", "gtmi", "unctad"))
    if "bar" not in long:  # rows not from source_grid.every_country: label them through the vocabulary
        from analysis.source_grid import proxy_labels
        from analysis.vocabulary import all_terms

        long = proxy_labels(long, all_terms().drop_duplicates("indicator"))
    bars = list(dict.fromkeys(long.sort_values("msq_question", kind="stable")["bar"]))
    table = (long.groupby("bar")["answer"].value_counts().unstack(fill_value=0)
             .reindex(index=bars, columns=list(EVIDENCE_STATES), fill_value=0).reset_index())
    table.columns.name = None
    table["countries"] = table[list(EVIDENCE_STATES)].sum(axis=1)
    table = table.rename(columns={"bar": "indicator · source"})
    shown, lines, deepest = style.wrap_labels(table["indicator · source"])
    as_share = sentences.is_share(table["countries"].min())  # fewer than 5 countries: counts with n, no %
    fig = go.Figure()
    for a in EVIDENCE_STATES:
        share = [_pct(v, t) for v, t in zip(table[a], table["countries"])]
        fig.add_bar(name=EVIDENCE_NAMES[a], y=shown, x=share if as_share else table[a],
                    orientation="h", marker_color=EVIDENCE_COLOURS[a],
                    marker_pattern=dict(shape=EVIDENCE_PATTERNS[a], fgcolor="rgba(0,0,0,0.30)", size=9, solidity=0.25),
                    marker_line=dict(color="#999999", width=0.5),
                    text=[f"{int(v)}" if sh >= 5 else "" for v, sh in zip(table[a], share)], textposition="inside",
                    insidetextanchor="middle", textangle=0, customdata=table[a],
                    hovertemplate="%{y}<br>" + a + ": %{customdata} countries" + (" (%{x:.0f}%)" if as_share else "")
                    + "<extra></extra>")
    fig.update_layout(barmode="stack", xaxis=_share_axis(as_share, "the countries listed", table["countries"].max()),
                      yaxis=dict(autorange="reversed", automargin=True, ticklabelstandoff=style.LABEL_STANDOFF))
    sources = _sources_of(long)
    n = long["country_iso3"].nunique()
    synthetic = bool(long["is_synthetic"].any())
    editions = [filters.edition] if filters.edition else []
    style.finish(fig, title=title, filters=filters, editions=editions, as_of=as_of, synthetic=synthetic, bottom=55,
                 plot_height=max(200, (16 + 16 * deepest) * len(table)), left=style.left_margin(lines),
                 sources=sources, source_years=source_years, names=_names(long),
                 extra_source=("MSQ bars: the government's self-report; " if "msq" in sources else "")
                 + f"GTMI and UNCTAD: independent sources, each under its own indicator ({KEY}). 'Not covered': the "
                   "source has no row for the "
                              "country." + (" " + _few_note(as_share, table["countries"].min()) if not as_share else ""))
    covered = {s: long[(long["source"] == s) & (long["answer"] != "missing")]["country_iso3"].nunique()
               for s in sources}
    named = {"msq": ("has a questionnaire answer shown", "have a questionnaire answer shown"),
             "gtmi": ("is covered by GTMI", "are covered by GTMI"),
             "unctad": ("is covered by the UNCTAD tracker", "are covered by the UNCTAD tracker")}
    summary = (f"{_countries(n)}{style.scope(filters, _names(long))} {'is' if n == 1 else 'are'} listed: "
               + ", ".join(f"{covered[s]} {named[s][covered[s] != 1]}" for s in sources) + ".")
    return Chart(name, fig, table, summary)


def agreement_summary(agreement: pd.DataFrame, filters: Filters, *, source_years: dict[str, str] | None = None,
                      as_of: date | None = None) -> Chart:
    """Per indicator and independent source: how many responding countries agree, disagree or lack a value."""
    from .style import STATUS_COLOURS, STATUS_NAMES, STATUS_PATTERNS, STATUSES

    name, title = "evidence-agreement", "Self-report against independent sources: agreement by indicator"
    if agreement.empty:
        return _empty_reference(name, title, "No self-reported answer can be set beside a source here.", filters,
                                sources=("msq", "gtmi", "unctad"))
    pairs = lookup("pair")
    bar = [pairs.get((i, s), f"{i} · {s}") for i, s in zip(agreement["indicator"], agreement["source"])]
    rows = agreement.assign(bar=bar)
    order = list(dict.fromkeys(rows.sort_values(["msq_question", "indicator", "source"], kind="stable")["bar"]))
    table = (rows.groupby("bar")["status"].value_counts().unstack(fill_value=0)
             .reindex(index=order, columns=list(STATUSES), fill_value=0).reset_index())
    table.columns.name = None
    table = table.rename(columns={"bar": "indicator · source (mapping confidence)"})
    shown, lines, deepest = style.wrap_labels(table.iloc[:, 0])
    fig = go.Figure()
    for st in STATUSES:
        fig.add_bar(name=STATUS_NAMES[st], y=shown, x=table[st], orientation="h",
                    marker_color=STATUS_COLOURS[st], marker_line=dict(color="#999999", width=0.5),
                    marker_pattern=dict(shape=STATUS_PATTERNS[st], fgcolor="rgba(0,0,0,0.30)", size=9, solidity=0.25),
                    text=[str(v) if v else "" for v in table[st]], textposition="inside", insidetextanchor="middle",
                    textangle=0,
                    hovertemplate="%{y}<br>" + STATUS_NAMES[st] + ": %{x} countries<extra></extra>")
    most = int(table[list(STATUSES)].sum(axis=1).max())
    fig.update_layout(barmode="stack", xaxis=dict(title="responding countries", **style.integer_axis(most)),
                      yaxis=dict(autorange="reversed", automargin=True, ticklabelstandoff=style.LABEL_STANDOFF))
    synthetic = bool(agreement["is_synthetic"].any())
    editions = sorted({int(y) for y in agreement["msq_year"]})
    style.finish(fig, title=title, filters=filters, editions=editions, as_of=as_of, synthetic=synthetic, bottom=55,
                 plot_height=max(200, (16 + 16 * deepest) * len(table)), left=style.left_margin(lines),
                 sources=("msq", *_sources_of(agreement)), source_years=source_years, names=_names(agreement),
                 extra_source=f"Each source under its own indicator ({KEY}). A draft or planned law ('partial') "
                              "agrees with a questionnaire 'no'; an unknown answer is never read as 'no'.")
    counts = agreement["status"].value_counts()
    n = agreement["country_iso3"].nunique()
    summary = (f"{style.plural(n, 'responding country', 'responding countries')}"
               f"{style.scope(filters, _names(agreement))}, {style.plural(len(agreement), 'answer pair')}: "
               f"{_verb(counts, 'agree')} agree{_s(counts, 'agree')}, "
               f"{_verb(counts, 'disagree')} disagree{_s(counts, 'disagree')}, "
               f"{_verb(counts, 'msq_missing')} lack{_s(counts, 'msq_missing')} a self-reported answer and "
               f"{_verb(counts, 'source_missing')} lack{_s(counts, 'source_missing')} a source value.")
    return Chart(name, fig, table, summary)


# ------------------------------------------------------------------ the chapter set

@dataclass
class Reference:
    """The independent evidence a chapter set may add: EGDI rows, the evidence table and the crosswalk."""

    egdi: pd.DataFrame
    evidence: pd.DataFrame
    crosswalk: pd.DataFrame
    as_of: date | None = None
    unctad_as_of: date | None = None  # the tracker's own "state as of" date (its vintage)


@dataclass
class Skipped:
    """A chapter figure left out, and why (printed by the figures command)."""

    name: str
    reason: str


def standard_set(rows: pd.DataFrame, filters: Filters, *, as_of: date | None = None,
                 reference: Reference | None = None) -> list[Chart]:
    """The chapter figures `python -m loaders figures` writes, from rows already filtered by `filters`.

    With `reference` (official files loaded), the evidence figures follow: coverage against the EGDI,
    self-report against GTMI/UNCTAD, and the legal framework in every country by source.
    """
    return chapter_set(rows, filters, as_of=as_of, reference=reference)[0]


def _members_in(filters: Filters) -> int:
    """How many UN Member States the filter's places hold (the set a count is 'of')."""
    from loaders import countries

    info = pd.DataFrame([countries.info(c) for c in countries.un_members()],
                        columns=["country_iso3", "country_name", "region", "sub_region"])
    return len(places(info, filters))


def chapter_set(rows: pd.DataFrame, filters: Filters, *, as_of: date | None = None,
                reference: Reference | None = None) -> tuple[list[Chart], list[Skipped]]:
    """(the figures whose sources cover the filter, the figures skipped with the reason).

    A questionnaire figure needs a response among the filtered countries; an evidence figure needs its
    official file (and, for the agreement and the EGDI scatter, a response to set beside it). The every-country
    figure draws from GTMI and UNCTAD alone when no response matches.
    """
    out: list[Chart] = []
    skipped: list[Skipped] = []
    msq_names = [n for n in MSQ_FIGURES]
    if rows.empty:
        n = _members_in(filters)
        why = (f"no questionnaire response{style.scope(filters) or ' matches these filters'} (the self-report "
               f"covers 0 of {sentences.plural(n, 'UN Member State')}")
        why += "; synthetic demo responses are left out unless asked for)" if not filters.include_synthetic else ")"
        skipped += [Skipped(name, why) for name in msq_names]
    else:
        out += [responses_loaded(rows, filters, as_of=as_of), coverage_by_section(rows, filters, as_of=as_of),
                coverage_map(rows, filters, as_of=as_of)]
        for key, themes in PAGE_THEMES.items():
            sub = theme_rows(rows, themes)
            if sub.empty:
                skipped += [Skipped(f"{key}-{part}", "the responses shown answer none of these questions")
                            for part in (("shares", "by-region", "matrix") if key == "legal" else ("shares", "matrix"))]
                continue
            out += _theme_figures(key, sub, filters, as_of)
    if reference is None:
        skipped += [Skipped(name, "no official file is loaded (EGDI, GTMI, UNCTAD): `python -m loaders fetch` "
                                  "downloads GTMI and UNCTAD") for name in REFERENCE_FIGURES]
        return out, skipped
    more, left = _reference_set(rows, filters, reference, as_of=as_of)
    return out + more, skipped + left


EVERY_TITLES = {"legal": "Laws", "emerging": "Emerging-technology strategies and laws",
                "inclusion": "Inclusion and e-participation"}
SOURCE_WORDS = {"msq": "questionnaire", "gtmi": "GTMI", "unctad": "UNCTAD"}


def vocabulary_sources(long: pd.DataFrame) -> list[str]:
    """The sources a long frame draws, named for a title: 'questionnaire', 'GTMI', 'UNCTAD'."""
    return [SOURCE_WORDS[s] for s in ("msq", "gtmi", "unctad") if s in set(long["source"])]


MSQ_FIGURES = ("responses-loaded", "coverage-by-section", "coverage-map", "legal-shares", "legal-by-region",
               "legal-matrix", "emerging-shares", "emerging-matrix", "inclusion-shares", "inclusion-matrix")
REFERENCE_FIGURES = ("coverage-vs-egdi", "evidence-agreement", "legal-every-country", "emerging-every-country",
                     "inclusion-every-country")


def _theme_figures(key: str, sub: pd.DataFrame, filters: Filters, as_of) -> list[Chart]:
    out = [answer_shares(sub, filters, title=f"{PAGE_TITLES[key]}: countries answering yes, no, unknown",
                         name=f"{key}-shares", as_of=as_of)]
    if key == "legal":
        out.append(share_by_region(sub, filters, title="Laws reported, by region: share answering yes",
                                   name="legal-by-region", as_of=as_of))
    n = sub["country_iso3"].nunique()
    title = f"{PAGE_TITLES[key]}: answers by country"
    if n <= MATRIX_MAX_COUNTRIES:
        out.append(answer_matrix(sub, filters, title=title, name=f"{key}-matrix", as_of=as_of))
    else:  # one page per region: a 193-row matrix does not fit a page
        out += region_matrices(sub, filters, title=title, name=f"{key}-matrix", as_of=as_of)
    return out


def region_matrices(rows: pd.DataFrame, filters: Filters, *, title: str, name: str,
                    as_of: date | None = None) -> list[Chart]:
    """One answer matrix per UN region, each under the filters narrowed to that region (its subtitle and file
    name say which); a region with more than MATRIX_MAX_COUNTRIES countries is split by sub-region."""
    from dataclasses import replace

    out = []
    regions = rows["region"].fillna("").replace("", "(no region)")
    for region in sorted(regions.unique()):
        part = rows[regions == region]
        if part["country_iso3"].nunique() > MATRIX_MAX_COUNTRIES and "sub_region" in part.columns:
            for sub in sorted(part["sub_region"].fillna("").unique()):
                f = replace(filters, regions=(region,), sub_regions=(sub,) if sub else ())
                c = answer_matrix(part[part["sub_region"].fillna("") == sub], f, title=title, name=name,
                                  as_of=as_of, split=False)
                out.append(Chart(c.name, c.figure, c.table, c.summary, filters=f))
            continue
        f = replace(filters, regions=(region,)) if region != "(no region)" else filters
        c = answer_matrix(part, f, title=title, name=name, as_of=as_of, split=False)
        out.append(Chart(c.name, c.figure, c.table, c.summary, filters=f))
    return out


def reference_set(rows: pd.DataFrame, filters: Filters, reference: Reference, *,
                  as_of: date | None = None) -> list[Chart]:
    """The evidence figures of the chapter set; only those whose source data are loaded."""
    return _reference_set(rows, filters, reference, as_of=as_of)[0]


def _reference_set(rows: pd.DataFrame, filters: Filters, reference: Reference, *,
                   as_of: date | None = None) -> tuple[list[Chart], list[Skipped]]:
    from analysis.agreement import pick_year
    from analysis.reference import has_independent

    edition = filters.edition or (int(rows["edition"].max()) if len(rows) else None)
    out, skipped = [], []
    if edition is None:
        return out, [Skipped(n, "no survey edition is chosen or loaded") for n in REFERENCE_FIGURES]
    if reference.egdi.empty:
        skipped.append(Skipped("coverage-vs-egdi", "the EGDI file is not loaded (see docs/sources.md)"))
    elif rows.empty:
        skipped.append(Skipped("coverage-vs-egdi", "it sets questionnaire answers beside the EGDI, and no response "
                                                   "matches these filters"))
    else:
        year = pick_year(reference.egdi["year"], edition)
        out.append(coverage_vs_egdi(rows, reference.egdi, filters, egdi_year=year, as_of=as_of))
    if not has_independent(reference.evidence):
        skipped += [Skipped(n, "neither GTMI nor UNCTAD is loaded: `python -m loaders fetch`")
                    for n in REFERENCE_FIGURES[1:]]
        return out, skipped
    more, left = _evidence_figures(rows, filters, reference, edition, as_of)
    return out + more, skipped + left


def _evidence_figures(rows, filters, reference: Reference, edition: int, as_of) -> tuple[list[Chart], list[Skipped]]:
    from analysis import source_grid
    from analysis.agreement import agreement
    from analysis.reference import dates_shown
    from loaders import countries

    out, skipped = [], []
    years = source_grid.source_years(reference.evidence, edition)
    shown_years = dates_shown(years, reference.unctad_as_of)
    if rows.empty:
        skipped.append(Skipped("evidence-agreement", "it sets each response beside GTMI and UNCTAD, and no response "
                                                     "matches these filters"))
    else:
        agr = source_grid.agreement_rows(agreement(reference.evidence, reference.crosswalk, edition), rows, reference.crosswalk)
        out.append(agreement_summary(agr, filters, source_years=shown_years, as_of=reference.as_of or as_of))
    ids = sorted(set(reference.evidence["country_iso3"]) | set(rows["country_iso3"]))
    info = pd.DataFrame([countries.info(c) for c in ids])
    info["un_member"] = info["country_iso3"].isin(set(countries.un_members()))
    world = source_grid.universe(reference.evidence, rows, info, filters, years)
    if getattr(filters, "members_only", False):  # the 193 Member States, unless other economies are asked for
        world = world[world["country_iso3"].isin(set(countries.un_members()))]
    sources = ("msq", "gtmi", "unctad") if len(rows) else ("gtmi", "unctad")  # no response: the sources alone
    cat = catalogue.frame(edition)
    for key, themes in PAGE_THEMES.items():
        name = f"{key}-every-country"
        indicators = source_grid.page_indicators(reference.crosswalk, cat, themes, edition)
        long = source_grid.every_country(theme_rows(rows, themes) if len(rows) else rows, reference.evidence, indicators,
                                         world, edition, years, sources)
        if indicators.empty or long.empty or not long["source"].ne("msq").any():
            skipped.append(Skipped(name, "no country of these filters has a GTMI or UNCTAD row for these questions"))
            continue
        used = ", ".join(vocabulary_sources(long))
        out.append(evidence_by_source(long, filters, title=f"{EVERY_TITLES[key]} in every country, by source: {used}",
                                      name=name, source_years=shown_years, as_of=reference.as_of or as_of))
    return out, skipped
