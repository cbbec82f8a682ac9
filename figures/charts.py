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
    fig.update_yaxes(title_text="rank", autorange=False, range=[(worst if pd.notna(worst) else 10) * 1.25 + 1, 0],
                     row=2, col=1)
    fig.update_xaxes(title_text="survey edition", tickvals=list(table["year"]), row=2, col=1)
    style.finish(fig, title=title, filters=filters, editions=[], as_of=as_of, synthetic=False, bottom=55,
                 height=650, top_extra=30, sources=("egdi",), source_years={"egdi": _years_text(table["year"])},
                 subtitle=subtitle, extra_source=EGDI_NOTE)
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
    for synthetic, trace_name, colour, symbol in ((False, "real responses", style.REAL_COLOUR, "circle"),
                                                  (True, "synthetic demo responses †", "#888888", "x-thin-open")):
        part = drawn[drawn["is_synthetic"] == synthetic]
        if part.empty:
            continue
        hover = [f"<b>{plain(n)}</b>{' †' if s else ''}<br>EGDI {egdi_year}: {e:.3f} "
                 f"(rank {int(r) if pd.notna(r) else '–'})<br>'yes': {y} of {t} scored answers ({p:.0f}%)"
                 for n, s, e, r, y, t, p in zip(part["country_name"], part["is_synthetic"], part["egdi"],
                                                part["egdi_rank"], part["yes"], part["total"], part["yes_pct"])]
        fig.add_scatter(x=part["egdi"], y=part["yes_pct"], name=trace_name,
                        mode="markers+text" if (label_all or not synthetic) else "markers",
                        text=[c for c in part["country_iso3"]], textposition="top center",
                        textfont=dict(size=11, color="#333333"),
                        marker=dict(color=colour, symbol=symbol, size=10 if not synthetic else 8,
                                    line=dict(width=1.5, color=colour)),
                        hovertext=hover, hovertemplate="%{hovertext}<extra></extra>")
    fig.update_layout(xaxis=dict(title=f"E-Government Development Index (EGDI) {egdi_year}, UN DESA (0–1)",
                                 range=[0, 1.02]),
                      yaxis=dict(title="'yes' answers, % of scored<br>MSQ answers (self-report)", range=[0, 102],
                                 ticksuffix="%"))
    _finish(fig, title, rows, filters, as_of, bottom=55, height=580, left=110, sources=("msq", "egdi"),
            source_years={"egdi": str(egdi_year)}, extra_source=EGDI_NOTE)
    n, missing = len(drawn), len(table) - len(drawn)
    summary = f"{n} responding countries are drawn"
    if n >= 3:
        rho = drawn["egdi"].rank().corr(drawn["yes_pct"].rank())
        summary += f"; Spearman rank correlation between the EGDI {egdi_year} and the share of 'yes' answers: {rho:.2f}"
    summary += (f"; {missing} ha{'ve' if missing != 1 else 's'} no EGDI {egdi_year} value" if missing else "")
    summary += ". " + EGDI_NOTE
    return Chart(name, fig, table, summary)


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
    long = long.assign(bar=long["column"] + " · " + long["source_label"])
    bars = list(dict.fromkeys(long.sort_values("msq_question", kind="stable")["bar"]))
    table = (long.groupby("bar")["answer"].value_counts().unstack(fill_value=0)
             .reindex(index=bars, columns=list(EVIDENCE_STATES), fill_value=0).reset_index())
    table.columns.name = None
    table["countries"] = table[list(EVIDENCE_STATES)].sum(axis=1)
    table = table.rename(columns={"bar": "indicator · source"})
    fig = go.Figure()
    for a in EVIDENCE_STATES:
        share = [_pct(v, t) for v, t in zip(table[a], table["countries"])]
        fig.add_bar(name=EVIDENCE_NAMES[a], y=[plain(b) for b in table["indicator · source"]], x=share,
                    orientation="h", marker_color=EVIDENCE_COLOURS[a],
                    marker_pattern=dict(shape=EVIDENCE_PATTERNS[a], fgcolor="rgba(0,0,0,0.30)", size=9, solidity=0.25),
                    marker_line=dict(color="#999999", width=0.5),
                    text=[f"{int(v)}" if sh >= 5 else "" for v, sh in zip(table[a], share)], textposition="inside",
                    insidetextanchor="middle", textangle=0, customdata=table[a],
                    hovertemplate="%{y}<br>" + a + ": %{customdata} countries (%{x:.0f}%)<extra></extra>")
    fig.update_layout(barmode="stack", xaxis=dict(title="share of the countries listed (%) — bar labels are numbers "
                                                        "of countries", range=[0, 100]),
                      yaxis=dict(autorange="reversed", automargin=True))
    sources = _sources_of(long)
    n = long["country_iso3"].nunique()
    synthetic = bool(long["is_synthetic"].any())
    editions = [filters.edition] if filters.edition else []
    style.finish(fig, title=title, filters=filters, editions=editions, as_of=as_of, synthetic=synthetic, bottom=55,
                 height=max(420, 230 + 32 * len(table)), left=430, sources=sources, source_years=source_years,
                 extra_source="MSQ bars: the government's self-report; GTMI and UNCTAD: independent sources. "
                              "'Not covered': the source has no row for the country.")
    covered = {s: long[(long["source"] == s) & (long["answer"] != "missing")]["country_iso3"].nunique()
               for s in sources}
    named = {"msq": "have a questionnaire answer shown", "gtmi": "are covered by GTMI",
             "unctad": "by the UNCTAD tracker"}
    summary = f"{n} countries are listed: " + ", ".join(f"{covered[s]} {named[s]}" for s in sources) + "."
    return Chart(name, fig, table, summary)


def agreement_summary(agreement: pd.DataFrame, filters: Filters, *, source_years: dict[str, str] | None = None,
                      as_of: date | None = None) -> Chart:
    """Per indicator and independent source: how many responding countries agree, disagree or lack a value."""
    from .style import STATUS_COLOURS, STATUS_NAMES, STATUS_PATTERNS, STATUSES

    name, title = "evidence-agreement", "Self-report against independent sources: agreement by indicator"
    if agreement.empty:
        return _empty_reference(name, title, "No self-reported answer can be set beside a source here.", filters,
                                sources=("msq", "gtmi", "unctad"))
    labels = {"gtmi": "GTMI", "unctad": "UNCTAD"}
    bar = [f"Q{q} {lab} · {labels.get(s, s)} ({c} confidence)" for q, lab, s, c in
           zip(agreement["msq_question"], agreement["label"], agreement["source"], agreement["confidence"])]
    rows = agreement.assign(bar=bar)
    order = list(dict.fromkeys(rows.sort_values(["msq_question", "indicator", "source"], kind="stable")["bar"]))
    table = (rows.groupby("bar")["status"].value_counts().unstack(fill_value=0)
             .reindex(index=order, columns=list(STATUSES), fill_value=0).reset_index())
    table.columns.name = None
    table = table.rename(columns={"bar": "indicator · source (mapping confidence)"})
    fig = go.Figure()
    for st in STATUSES:
        fig.add_bar(name=STATUS_NAMES[st], y=[plain(b) for b in table.iloc[:, 0]], x=table[st], orientation="h",
                    marker_color=STATUS_COLOURS[st], marker_line=dict(color="#999999", width=0.5),
                    marker_pattern=dict(shape=STATUS_PATTERNS[st], fgcolor="rgba(0,0,0,0.30)", size=9, solidity=0.25),
                    text=[str(v) if v else "" for v in table[st]], textposition="inside", insidetextanchor="middle",
                    textangle=0,
                    hovertemplate="%{y}<br>" + STATUS_NAMES[st] + ": %{x} countries<extra></extra>")
    fig.update_layout(barmode="stack", xaxis=dict(title="responding countries"),
                      yaxis=dict(autorange="reversed", automargin=True))
    synthetic = bool(agreement["is_synthetic"].any())
    editions = sorted({int(y) for y in agreement["msq_year"]})
    style.finish(fig, title=title, filters=filters, editions=editions, as_of=as_of, synthetic=synthetic, bottom=55,
                 height=max(420, 230 + 32 * len(table)), left=470, sources=("msq", *_sources_of(agreement)),
                 source_years=source_years,
                 extra_source="A draft or planned law ('partial') agrees with a questionnaire 'no'; an unknown "
                              "answer is never read as 'no'.")
    counts = agreement["status"].value_counts()
    summary = (f"{agreement['country_iso3'].nunique()} responding countries, {len(agreement)} answer pairs: "
               f"{int(counts.get('agree', 0))} agree, {int(counts.get('disagree', 0))} disagree, "
               f"{int(counts.get('msq_missing', 0))} lack a self-reported answer and "
               f"{int(counts.get('source_missing', 0))} lack a source value.")
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


@dataclass
class Reference:
    """The independent evidence a chapter set may add: EGDI rows, the evidence table and the crosswalk."""

    egdi: pd.DataFrame
    evidence: pd.DataFrame
    crosswalk: pd.DataFrame
    as_of: date | None = None


def standard_set(rows: pd.DataFrame, filters: Filters, *, as_of: date | None = None,
                 reference: Reference | None = None) -> list[Chart]:
    """The chapter figures `python -m loaders figures` writes, from rows already filtered by `filters`.

    With `reference` (official files loaded), the evidence figures follow: coverage against the EGDI,
    self-report against GTMI/UNCTAD, and the legal framework in every country by source.
    """
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
    if reference is not None:
        charts += reference_set(rows, filters, reference, as_of=as_of)
    return charts


def reference_set(rows: pd.DataFrame, filters: Filters, reference: Reference, *,
                  as_of: date | None = None) -> list[Chart]:
    """The evidence figures of the chapter set; only those whose source data are loaded."""
    from analysis import evidence_grid as ev
    from analysis.evidence import agreement, pick_year
    from analysis.reference import has_independent
    from loaders import countries

    edition = filters.edition or (int(rows["edition"].max()) if len(rows) else None)
    out = []
    if edition is None:
        return out
    if not reference.egdi.empty:
        year = pick_year(reference.egdi["year"], edition)
        out.append(coverage_vs_egdi(rows, reference.egdi, filters, egdi_year=year, as_of=as_of))
    if has_independent(reference.evidence):
        years = ev.source_years(reference.evidence, edition)
        shown_years = {s: str(y) for s, y in years.items() if y is not None and s == "gtmi"}
        agr = ev.agreement_rows(agreement(reference.evidence, reference.crosswalk, edition), rows, reference.crosswalk)
        out.append(agreement_summary(agr, filters, source_years=shown_years, as_of=reference.as_of or as_of))
        cat = catalogue.frame(edition)
        indicators = ev.page_indicators(reference.crosswalk, cat, PAGE_THEMES["legal"], edition)
        ids = sorted(set(reference.evidence["country_iso3"]) | set(rows["country_iso3"]))
        info = pd.DataFrame([countries.info(c) for c in ids])
        world = ev.universe(reference.evidence, rows, info, filters, years)
        long = ev.every_country(theme_rows(rows, PAGE_THEMES["legal"]), reference.evidence, indicators, world,
                                edition, years)
        out.append(evidence_by_source(long, filters, title="Laws in every country, by source: questionnaire, "
                                                           "GTMI, UNCTAD", name="legal-every-country",
                                      source_years=shown_years, as_of=reference.as_of or as_of))
    return out
