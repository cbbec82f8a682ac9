"""Figure builders: each turns filtered answer rows into a styled figure, the table it draws, and a summary.

The dashboard pages and `python -m loaders figures` call the same builders, so a chart on screen and the
chapter figure written to disk show the same numbers in the same style.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd
import plotly.graph_objects as go

from analysis.coverage import coverage
from analysis.filters import Filters
from loaders import catalogue

from . import style
from .style import ANSWER_COLOURS, ANSWER_NAMES, ANSWER_SYMBOLS, ANSWERS, plain

THEME_TITLES = {
    "legal_framework": "Legal framework",
    "emerging_tech": "Emerging technologies",
    "inclusion": "Digital inclusion",
    "e_participation": "E-participation",
    "institutional": "Institutional framework",
    "covid": "COVID-19 response",
    "strategy": "Strategy and implementation",
    "usage": "Usage and user satisfaction",
}
MATRIX_MAX_COUNTRIES = 60  # beyond this a country × question matrix is unreadable in print
TOP_OFFSET = style.TOP_MARGIN


@dataclass
class Chart:
    """One figure with the numbers it draws (for the accessible table) and a one-sentence summary."""

    name: str
    figure: go.Figure
    table: pd.DataFrame
    summary: str

    @property
    def synthetic(self) -> bool:
        return bool((self.figure.layout.meta or {}).get("synthetic"))


# ------------------------------------------------------------------ helpers

def theme_rows(rows: pd.DataFrame, themes: tuple[str, ...] | list[str]) -> pd.DataFrame:
    """Rows that count toward any of `themes`, without the roll-up row of an items question."""
    wanted = set(themes)
    mask = rows["themes"].map(lambda t: bool(wanted & set(t))).astype(bool)  # bool even when empty
    out = rows[mask]
    if "answer_type" in out.columns:
        out = out[out["answer_type"] != "items"]
    else:  # without the catalogue columns: a question that has items is represented by its items
        has_items = set(out.loc[out["item"] != "", "question"])
        out = out[(out["item"] != "") | ~out["question"].isin(has_items)]
    return out


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


def _answer_counts(rows: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Counts of yes / no / unknown per key, plus total and yes % of total (unknown is never 'no')."""
    counts = (rows.groupby(keys + ["answer"], observed=True).size().unstack("answer", fill_value=0)
              .reindex(columns=list(ANSWERS), fill_value=0).reset_index())
    counts.columns.name = None
    counts["countries"] = counts["yes"] + counts["no"] + counts["unknown"]
    counts["yes_pct"] = [_pct(y, t) for y, t in zip(counts["yes"], counts["countries"])]
    return counts


def _finish(fig, title, rows, filters, as_of, **kw):
    return style.finish(fig, title=title, filters=filters, editions=_editions(rows), as_of=as_of,
                        synthetic=_synthetic(rows), **kw)


def _empty(name: str, title: str, rows: pd.DataFrame, filters: Filters, as_of) -> Chart:
    fig = go.Figure()
    fig.add_annotation(text="No answers match these filters.", x=0.5, y=0.5, xref="paper", yref="paper",
                       showarrow=False, font=dict(size=16))
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    _finish(fig, title, rows, filters, as_of, height=300, legend=False)
    return Chart(name, fig, pd.DataFrame(), "No answers match these filters, so there is nothing to draw.")


# ------------------------------------------------------------------ builders

def responses_loaded(rows: pd.DataFrame, filters: Filters, *, as_of: date | None = None) -> Chart:
    """Countries with a response loaded, per UN region, real vs synthetic."""
    name, title = "responses-loaded", "Responses loaded, by region"
    if rows.empty:
        return _empty(name, title, rows, filters, as_of)
    countries = rows.drop_duplicates("country_iso3")[["country_iso3", "region", "is_synthetic"]]
    countries = countries.assign(region=countries["region"].fillna("").replace("", "(no region)"))
    table = (countries.assign(kind=countries["is_synthetic"].map({True: "synthetic", False: "real"}))
             .groupby(["region", "kind"]).size().unstack("kind", fill_value=0)
             .reindex(columns=["real", "synthetic"], fill_value=0).reset_index())
    table.columns.name = None
    table["total"] = table["real"] + table["synthetic"]
    fig = go.Figure()
    for kind, colour, pattern in (("real", style.REAL_COLOUR, ""), ("synthetic", style.SYNTHETIC_COLOUR, "x")):
        fig.add_bar(name=f"{kind} responses", x=table["region"], y=table[kind], marker_color=colour,
                    marker_pattern_shape=pattern, text=table[kind], textposition="inside")
    fig.update_layout(barmode="stack", yaxis_title="countries", xaxis_title=None)
    _finish(fig, title, rows, filters, as_of, bottom=40, height=460)
    real, synth = int(table["real"].sum()), int(table["synthetic"].sum())
    summary = (f"{real + synth} countries have a response loaded: {real} real and {synth} synthetic, "
               f"in {len(table)} region{'s' if len(table) != 1 else ''}.")
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
                      yaxis=dict(autorange="reversed", automargin=True))
    _finish(fig, title, rows, filters, as_of, bottom=55, height=170 + 38 * len(table), left=300)
    best = table.sort_values("yes_pct", ascending=False).iloc[0]
    worst = table.sort_values("yes_pct").iloc[0]
    summary = (f"Across {cov['country_iso3'].nunique()} countries, the share of 'yes' answers ranges from "
               f"{worst['yes_pct']:.0f}% in section {worst['section']} to {best['yes_pct']:.0f}% in section "
               f"{best['section']}; unknown answers are shown separately, never counted as 'no'.")
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
    hover = [f"<b>{plain(n)}</b><br>yes {y} · no {no} · unknown {u}<br>{p:.0f}% yes"
             for n, y, no, u, p in zip(table["country_name"], table["yes"], table["no"], table["unknown"],
                                       table["yes_pct"])]
    fig = go.Figure(go.Choropleth(
        locations=table["country_iso3"], z=table["yes_pct"], zmin=0, zmax=100, colorscale=style.SEQUENTIAL,
        marker_line_color="white", marker_line_width=0.5, text=hover, hovertemplate="%{text}<extra></extra>",
        colorbar=dict(title=dict(text="% yes", side="top"), ticksuffix="%", len=0.75, thickness=14),
    ))
    fig.update_geos(projection_type="natural earth", showcountries=True, countrycolor="#FFFFFF",
                    showland=True, landcolor="#EEEEEE", showframe=False, showcoastlines=False,
                    lataxis_range=[-58, 85])
    _finish(fig, title, rows, filters, as_of, bottom=10, height=580, legend=False, left=20, right=20,
            extra_source="Light grey: no response loaded for these filters.")
    top = table.iloc[0]
    summary = (f"{len(table)} countries are shaded; the share of 'yes' answers for {what} ranges from "
               f"{table['yes_pct'].min():.0f}% to {table['yes_pct'].max():.0f}% (highest: {top['country_name']}).")
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
    for a in ANSWERS:
        share = [_pct(v, t) for v, t in zip(table[a], table["countries"])]
        fig.add_bar(name=ANSWER_NAMES[a], y=table["column"].map(plain), x=share, orientation="h",
                    marker_color=ANSWER_COLOURS[a], marker_pattern=style.pattern(a),
                    text=[f"{int(v)}" if s >= 5 else "" for v, s in zip(table[a], share)],
                    textposition="inside", insidetextanchor="middle", customdata=table[a],
                    hovertemplate="%{y}<br>" + a + ": %{customdata} countries (%{x:.0f}%)<extra></extra>")
    fig.update_layout(barmode="stack", xaxis=dict(title="share of responding countries (%) — bar labels are "
                                                        "numbers of countries", range=[0, 100]),
                      yaxis=dict(autorange="reversed", automargin=True))
    _finish(fig, title, rows, filters, as_of, bottom=55, height=170 + 34 * len(table), left=330)
    n = int(rows["country_iso3"].nunique())
    top = table.sort_values(["yes", "question"], ascending=[False, True]).iloc[0]
    low = table.sort_values(["yes", "question"], ascending=[True, True]).iloc[0]
    summary = (f"Of {n} responding countries, {int(top['yes'])} report '{top['label']}' (the most) and "
               f"{int(low['yes'])} report '{low['label']}' (the fewest); "
               f"{int(table['unknown'].sum())} answers are unknown.")
    return Chart(name, fig, table, summary)


def share_by_region(rows: pd.DataFrame, filters: Filters, *, title: str, name: str,
                    as_of: date | None = None) -> Chart:
    """Region × question heatmap: the share of responding countries in each region that answer yes."""
    if rows.empty:
        return _empty(name, title, rows, filters, as_of)
    q = _questions(rows)
    rows = rows.assign(region=rows["region"].fillna("").replace("", "(no region)"))
    counts = _answer_counts(rows, ["region", "question", "item"])
    table = counts.merge(q, on=["question", "item"])[["region", "question", "item", "label", "column",
                                                       *ANSWERS, "countries", "yes_pct"]]
    regions = sorted(table["region"].unique())
    cols = list(q["column"])
    z = table.pivot(index="region", columns="column", values="yes_pct").reindex(index=regions, columns=cols)
    lab = table.assign(t=[f"{p:.0f}%<br>{y}/{c}" for p, y, c in zip(table["yes_pct"], table["yes"],
                                                                     table["countries"])])
    text = lab.pivot(index="region", columns="column", values="t").reindex(index=regions, columns=cols)
    fig = go.Figure(go.Heatmap(
        z=z.values, x=[plain(c) for c in cols], y=regions, zmin=0, zmax=100, colorscale=style.SEQUENTIAL_LIGHT,
        text=text.fillna("").values, texttemplate="%{text}", textfont=dict(size=11, color="#111111"),
        hovertemplate="%{y} · %{x}<br>%{text} countries answer yes<extra></extra>",
        colorbar=dict(title=dict(text="% yes", side="top"), ticksuffix="%", thickness=14), xgap=2, ygap=2,
    ))
    fig.update_xaxes(tickangle=-35, side="bottom", automargin=False)
    fig.update_yaxes(autorange="reversed")
    _finish(fig, title, rows, filters, as_of, bottom=178, height=TOP_OFFSET + 178 + 70 * len(regions) + 80,
            legend=False, left=110,
            extra_source="Cell: % of responding countries in the region answering yes, and yes/all countries.")
    best = table.sort_values("yes_pct", ascending=False).iloc[0]
    summary = (f"Across {len(regions)} region{'s' if len(regions) != 1 else ''}, the highest share is "
               f"{best['yes_pct']:.0f}% of countries in {best['region']} reporting '{best['label']}'.")
    return Chart(name, fig, table, summary)



def answer_matrix(rows: pd.DataFrame, filters: Filters, *, title: str, name: str,
                  as_of: date | None = None) -> Chart:
    """Country × question matrix of yes / no / unknown, told apart by symbol as well as colour."""
    if rows.empty:
        return _empty(name, title, rows, filters, as_of)
    q = _questions(rows)
    cols = list(q["column"])
    rows = rows.merge(q[["question", "item", "column"]], on=["question", "item"])
    countries = (rows.drop_duplicates("country_iso3")[["country_iso3", "country_name", "is_synthetic"]]
                 .sort_values("country_name"))
    ylabels = [plain(f"{n} ({c})" + (" †" if s else "")) for c, n, s in
               zip(countries["country_iso3"], countries["country_name"], countries["is_synthetic"])]
    code = {"no": 0, "unknown": 1, "yes": 2}
    idx = pd.MultiIndex.from_product([countries["country_iso3"], cols])
    r = rows.set_index(["country_iso3", "column"])
    z = r["answer"].map(code).reindex(idx).unstack().reindex(index=countries["country_iso3"], columns=cols)
    sym = [ANSWER_SYMBOLS[a] + (style.INFERRED_MARK if b == "inferred" else "") for a, b in
           zip(r["answer"], r["basis"])]
    text = pd.Series(sym, index=r.index).reindex(idx).unstack().reindex(index=countries["country_iso3"],
                                                                         columns=cols)
    detail = [f"<b>{plain(n)}</b> · {plain(c)}<br>answer: {a} ({b})<br>{style.wrap(d, 60, 300)}"
              for n, c, a, b, d in zip(r["country_name"], r.index.get_level_values("column"), r["answer"],
                                       r["basis"], r["detail"])]
    hover = pd.Series(detail, index=r.index).reindex(idx).unstack().reindex(index=countries["country_iso3"],
                                                                           columns=cols)
    scale = [[0, ANSWER_COLOURS["no"]], [1 / 3, ANSWER_COLOURS["no"]], [1 / 3, ANSWER_COLOURS["unknown"]],
             [2 / 3, ANSWER_COLOURS["unknown"]], [2 / 3, ANSWER_COLOURS["yes"]], [1, ANSWER_COLOURS["yes"]]]
    fig = go.Figure(go.Heatmap(
        z=z.values, x=[plain(c) for c in cols], y=ylabels, zmin=-0.5, zmax=2.5, colorscale=scale,
        showscale=False, text=text.fillna("").values, texttemplate="%{text}", textfont=dict(size=14),
        customdata=hover.fillna("no row").values, hovertemplate="%{customdata}<extra></extra>",
        xgap=2, ygap=2,
    ))
    for a in ("yes", "no", "unknown"):  # a legend that names symbol, colour and state together
        fig.add_scatter(x=[None], y=[None], mode="markers", name=ANSWER_NAMES[a],
                        marker=dict(symbol="square", size=14, color=ANSWER_COLOURS[a]))
    # Question labels on top: a long matrix is read from its top, next to the title.
    fig.update_xaxes(tickangle=-45, side="top", automargin=False, showgrid=False)
    fig.update_yaxes(autorange="reversed", automargin=True, showgrid=False)
    n = len(countries)
    _finish(fig, title, rows, filters, as_of, bottom=44, top_extra=190, legend_below=True,
            height=TOP_OFFSET + 190 + 26 * n + 44 + 90, left=230, right=200,
            extra_source=f"{style.INFERRED_MARK} inferred from the written answer (no tick survived); "
                         "† synthetic demo country.")
    table = (rows.pivot_table(index=["country_iso3", "country_name"], columns="column", values="answer",
                              aggfunc="first").reindex(columns=cols).reset_index())
    table.columns.name = None
    counts = rows["answer"].value_counts()
    inferred = int((rows["basis"] == "inferred").sum())
    summary = (f"{n} countries × {len(cols)} questions: {int(counts.get('yes', 0))} answers are yes, "
               f"{int(counts.get('no', 0))} no and {int(counts.get('unknown', 0))} unknown"
               + (f"; {inferred} are inferred from the written answer." if inferred else "."))
    return Chart(name, fig, table, summary)


# ------------------------------------------------------------------ the chapter set

PAGE_THEMES = {
    "legal": ("legal_framework",),
    "emerging": ("emerging_tech",),
    "inclusion": ("inclusion", "e_participation"),
}
PAGE_TITLES = {
    "legal": "Laws reported (Q9–Q18)",
    "emerging": "Emerging technologies in the strategy (Q29) and the emerging-tech law (Q18)",
    "inclusion": "Digital inclusion and e-participation (Q24, Q33–Q40)",
}


def standard_set(rows: pd.DataFrame, filters: Filters, *, as_of: date | None = None) -> list[Chart]:
    """The chapter figures `python -m loaders figures` writes, from rows already filtered by `filters`."""
    charts = [
        responses_loaded(rows, filters, as_of=as_of),
        coverage_by_section(rows, filters, as_of=as_of),
        coverage_map(rows, filters, as_of=as_of),
    ]
    for key, themes in PAGE_THEMES.items():
        sub = theme_rows(rows, themes)
        charts.append(answer_shares(sub, filters, title=f"{PAGE_TITLES[key]}: countries answering yes, no, unknown",
                                    name=f"{key}-shares", as_of=as_of))
        if key == "legal":
            charts.append(share_by_region(sub, filters, title="Laws reported, by region: share answering yes",
                                          name="legal-by-region", as_of=as_of))
        if 0 < sub["country_iso3"].nunique() <= MATRIX_MAX_COUNTRIES:
            charts.append(answer_matrix(sub, filters, title=f"{PAGE_TITLES[key]}: answers by country",
                                        name=f"{key}-matrix", as_of=as_of))
    return charts
