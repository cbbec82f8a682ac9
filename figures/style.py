"""House style: title, filter subtitle, dated source line, synthetic-data mark and a colour-blind-safe palette."""
from __future__ import annotations

import html
import re
from datetime import date
from functools import lru_cache

import plotly.graph_objects as go
import plotly.io as pio

from analysis.filters import Filters
from analysis.sentences import vintage  # the 'Data as of' words, shared with the downloads' citation

from . import textwidth

# The one list of theme titles (pages, charts and subtitles use it).
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

# yes / no / unknown are three states told apart by symbol and pattern as well as colour.
# Colours are Okabe–Ito (sky blue, orange) plus a light grey: distinct under the common colour-vision
# deficiencies, and dark text stays readable on all three.
ANSWERS = ("yes", "no", "unknown")
ANSWER_COLOURS = {"yes": "#56B4E9", "no": "#E69F00", "unknown": "#DDDDDD"}
ANSWER_SYMBOLS = {"yes": "✓", "no": "✗", "unknown": "?"}
ANSWER_PATTERNS = {"yes": "", "no": "/", "unknown": "."}
ANSWER_NAMES = {a: f"{ANSWER_SYMBOLS[a]} {a}" for a in ANSWERS}
INFERRED_MARK = "*"  # after a symbol: the answer was read from the written detail, not from a tick
REAL_COLOUR, SYNTHETIC_COLOUR = "#0072B2", "#BBBBBB"
SEQUENTIAL = "Cividis"  # perceptually even and colour-blind safe, for shares 0–100 %

SOURCE_MSQ = ("Source: UN DESA, E-Government Survey Member States Questionnaire (MSQ) {editions} — "
              "each government's self-report, not an index score.")
# Independent evidence: four answer states plus "the source has no row for this country". Partial (a draft
# law, a planned system) is reddish purple, apart from yes (sky blue) and no (orange) under the common
# colour-vision deficiencies; every state also has its own symbol and fill pattern.
EVIDENCE_STATES = ("yes", "partial", "no", "unknown", "missing")
EVIDENCE_COLOURS = {**ANSWER_COLOURS, "partial": "#CC79A7", "missing": "#FFFFFF"}
EVIDENCE_SYMBOLS = {**ANSWER_SYMBOLS, "partial": "◐", "missing": "—"}
EVIDENCE_PATTERNS = {**ANSWER_PATTERNS, "partial": "x", "missing": "-"}
EVIDENCE_NAMES = {**ANSWER_NAMES, "partial": "◐ partial (draft, planned)", "missing": "— not covered"}
# Where the self-report and an independent source agree: told apart by sign, colour and pattern. No name
# starts with = + - @, which a spreadsheet would run as a formula.
STATUSES = ("agree", "disagree", "msq_missing", "source_missing")
STATUS_COLOURS = {"agree": "#009E73", "disagree": "#D55E00", "msq_missing": "#BBBBBB", "source_missing": "#E8E8E8"}
STATUS_PATTERNS = {"agree": "", "disagree": "/", "msq_missing": ".", "source_missing": "-"}
STATUS_NAMES = {"agree": "≡ agree", "disagree": "≠ disagree", "msq_missing": "? no self-report answer",
                "source_missing": "? no source value"}
# How each source is named on screen: the MSQ always as the self-report it is.
SOURCE_LABELS = {"msq": "MSQ (self-report)", "gtmi": "GTMI (World Bank)", "unctad": "UNCTAD Cyberlaw Tracker",
                 "egdi": "EGDI (UN DESA)"}
SYNTHETIC_MARK = "SYNTHETIC DEMO DATA"
SYNTHETIC_NOTE = "Includes synthetic demo data: not real government responses."

FONT = dict(family="Arial, Helvetica, sans-serif", size=13, color="#222222")
WIDTH = 1100
# For heatmaps with numbers printed in the cells: light to mid blue (one hue, colour-blind safe), so dark
# text stays readable on every cell.
SEQUENTIAL_LIGHT = [[0.0, "#F7FBFF"], [0.25, "#DEEBF7"], [0.5, "#B5D4E9"], [0.75, "#78B4DA"], [1.0, "#3C8DC8"]]


def plain(text: object) -> str:
    """Text safe inside a plotly label: plotly renders a subset of HTML, MSQ free text must not be markup."""
    return html.escape(str(text), quote=False)


def wrap(text: str, width: int = 60, max_chars: int = 400) -> str:
    """Escaped text broken into `<br>` lines for hover boxes, cut to max_chars with an ellipsis."""
    text = " ".join(str(text).split())
    if len(text) > max_chars:
        text = text[: max_chars - 1].rstrip() + "…"
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    return "<br>".join(plain(x) for x in lines)


def licence_short(licence: str) -> str:
    """The licence's name without its URL and notes: 'Creative Commons Attribution 4.0 … (CC BY 4.0)'."""
    return re.split(r"[:;.](?:\s|$)", licence.strip(), maxsplit=1)[0].strip()


def reference_source(source: str, years: str = "") -> str:
    """One source line for an independent source, from data/sources.csv: short citation, years, licence."""
    from loaders.reference import sources  # the one reader of data/sources.csv

    row = sources().get(source)
    if row is None:
        return f"Source: {source}" + (f" {years}" if years else "") + "."
    text = row["short_citation"] + (f", {years}" if years else "")
    licence = licence_short(row["licence"])
    if licence.lower().startswith("no "):  # "No open licence stated": say so, and what applies instead
        text += f". {licence}" + ("; UN terms of use apply" if "terms of use" in row["licence"].lower() else "")
    elif "CC BY" not in text:  # the GTMI short citation already names its licence
        text += f". Licence: {licence}"
    return text + "."


def source_line(editions: list[int] | tuple[int, ...], as_of: date | None = None, drawn: date | None = None,
                extra: str = "", sources: tuple[str, ...] | list[str] = ("msq",),
                source_years: dict[str, str] | None = None) -> str:
    """The dated source text under every figure (plain text; the caller escapes it for plotly).

    `sources` names what the figure draws ('msq', 'egdi', 'gtmi', 'unctad'): one line each, the MSQ
    first and always as the self-report; `source_years` adds e.g. {'gtmi': '2022'} to a line. "Data as of"
    names each source's own vintage (see vintage()); the drawing date is a separate line. `as_of` (the day
    the data were loaded) is kept for callers but not printed: a load date says nothing about the data.
    """
    years = ", ".join(str(e) for e in sorted(set(editions))) or "(no edition)"
    drawn = drawn or date.today()
    source_years = source_years or {}
    lines = [SOURCE_MSQ.format(editions=years)] if "msq" in sources else []
    lines += [reference_source(s, source_years.get(s, "")) for s in sources if s != "msq"]
    if extra:
        lines[0] += " " + extra
    lines.append(f"Data as of: {vintage(sources, editions, source_years)}.")
    return "\n".join(lines) + f"\nFigure drawn {drawn.isoformat()} with the MSQ dashboard."


def plural(n: int, one: str, many: str | None = None) -> str:
    """'1 country', '2 countries', '0 countries'."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


def join_names(names: list[str]) -> str:
    """'Denmark', 'Denmark and France', 'Denmark, France and Kenya'."""
    names = [str(n) for n in names]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


def country_names(codes, names: dict[str, str] | None = None) -> list[str]:
    """Display names for ISO3 codes: from `names` (the rows' own names) else the country table."""
    from loaders import countries

    names = names or {}
    return [names.get(c) or countries.info(c)["country_name"] for c in codes]


def scope(filters: Filters, names: dict[str, str] | None = None) -> str:
    """The active place filter as a phrase for a summary: ' in Northern Europe', ' in Africa', ' among Denmark
    and France', ' (Denmark)' for one country, or '' — the narrowest filter chosen, named exactly (a sub-region is
    never called a region)."""
    if filters.countries:
        shown = country_names(filters.countries, names)
        if len(shown) == 1:  # '1 country (Brazil)', never '1 country among Brazil'
            return f" ({shown[0]})"
        return (f" among {join_names(shown)}" if len(shown) <= 3
                else f" among the {len(shown)} countries chosen")
    if filters.sub_regions:
        return " in " + join_names(list(filters.sub_regions))
    if filters.regions:
        return " in " + join_names(list(filters.regions))
    return ""


def describe(filters: Filters, names: dict[str, str] | None = None) -> str:
    """The subtitle line naming the active filters: Filters.describe() with country names rather than codes
    and the theme's title rather than its slug."""
    from dataclasses import replace


    parts = replace(filters, countries=(), theme=None).describe().split(" · ")
    at = bool(filters.edition) + bool(filters.regions) + bool(filters.sub_regions)
    if filters.countries:
        shown = country_names(filters.countries[:6], names)
        more = len(filters.countries) - len(shown)
        parts.insert(at, ", ".join(shown) + (f" and {more} more" if more else ""))
        at += 1
    if filters.theme:
        parts.insert(at + bool(filters.section), THEME_TITLES.get(filters.theme, filters.theme))
    return " · ".join(parts)


def integer_axis(max_value: float, *, min_value: float = 0, max_ticks: int = 8) -> dict:
    """Axis settings with whole-number ticks only (counts, ranks): a step of 1, 2, 5, 10, 20, 50 … ."""
    span = max(float(max_value) - float(min_value), 1.0)
    step = 1
    while span / step > max_ticks:
        for factor in (2, 2.5, 2):  # 1 -> 2 -> 5 -> 10 -> 20 -> 50 …
            step = int(step * factor)
            if span / step <= max_ticks:
                break
    return dict(tickformat="d", tick0=0, dtick=step)


@lru_cache(maxsize=1)
def _template() -> go.layout.Template:
    """plotly_white, validated once (resolving a template by name on every figure is slow)."""
    return pio.templates["plotly_white"]


def pattern(answer: str) -> dict:
    """Bar fill pattern for an answer state: soft enough that the count printed on the bar stays legible."""
    return dict(shape=ANSWER_PATTERNS[answer], fgcolor="rgba(0,0,0,0.30)", size=9, solidity=0.25)


TITLE_SIZE, SUBTITLE_SIZE, LEGEND_SIZE, SOURCE_SIZE = 19, 13, 13, 11
PAD = 12            # px between the canvas edge and any text
TEXT_SHARE = 0.85   # title, subtitle and source lines wrap at this share of the figure's width
TITLE_TOP = 9       # px from the top of the canvas to the title's first line (plotly: pad.t=14 minus ascent)
SUBTITLE_GAP = 18   # px between the title's last line and the subtitle (plotly places the subtitle itself)
LEGEND_ROW = 22     # px per row of a horizontal legend at 13 px
LABEL_STANDOFF = 6  # px between a bar chart's category labels and its bars
LEGEND_ITEM = 46    # px a legend entry takes beyond its text: symbol, gaps


def legend_entries(fig: go.Figure) -> list[str]:
    """The names plotly lists in the legend: traces with a name that are not hidden from it."""
    shown = [t for t in fig.data if t.showlegend is not False and t.name and t.type not in ("heatmap", "choropleth")]
    if len(shown) == 1 and shown[0].showlegend is not True:  # plotly hides a one-trace legend by default
        return []
    return [t.name for t in shown]


def legend_rows(names: list[str], available: float) -> int:
    """How many rows a horizontal legend of these entries needs within `available` px."""
    rows, used = 1, 0.0
    for n in names:
        item = LEGEND_ITEM + textwidth.width(n, LEGEND_SIZE)
        if used and used + item > available:
            rows, used = rows + 1, 0.0
        used += item
    return rows if names else 0


LABEL_PX = 430  # a bar chart's category label wraps beyond this width: the plot keeps most of the figure


def wrap_labels(labels, max_px: float = LABEL_PX, size: float = 13) -> tuple[list[str], list[str], int]:
    """(labels as plotly text with <br> breaks, every line unescaped, most lines of one label) for category
    labels that may be long (a source's own indicator with its proxy mark and confidence)."""
    shown, flat, most = [], [], 1
    for text in labels:
        parts = textwidth.wrap(str(text), max_px, size)
        shown.append("<br>".join(plain(p) for p in parts))
        flat += parts
        most = max(most, len(parts))
    return shown, flat, most


def left_margin(labels, *, size: float = 13, axis_title: str | None = None, minimum: int = 60) -> int:
    """Room left of the plot for y tick labels (and a vertical axis title): the widest label plus gaps."""
    widest = max([textwidth.width(plain(x), size) for x in labels] or [0.0])
    title = textwidth.height(axis_title, 13) + 12 if axis_title else 0
    return int(max(minimum, PAD + widest + 12 + LABEL_STANDOFF + title))


def finish(fig: go.Figure, *, title: str, filters: Filters, editions, as_of: date | None,
           synthetic: bool, bottom: int = 40, height: int = 520, width: int = WIDTH,
           left: int = 80, right: int = 40, extra_source: str = "", legend: bool = True,
           top_extra: int = 0, legend_below: bool = False, sources: tuple[str, ...] = ("msq",),
           source_years: dict[str, str] | None = None, subtitle: str | None = None,
           names: dict[str, str] | None = None, plot_height: int | None = None) -> go.Figure:
    """Apply the house style in place and return the figure.

    The title, subtitle and source are wrapped to the figure's width, and the margins are sized from their
    line counts and the legend's rows, so none of them overlaps another or leaves the canvas.
    `bottom` is the room the builder needs under the plot for its own axis labels; the source block goes
    below that. `top_extra` adds room above the plot (axis labels on top), and `legend_below` then moves the
    legend under the plot. `synthetic` must be True when any drawn row is. `sources` names every source the
    figure draws (see source_line); each gets its citation line. `subtitle` replaces the filter line when the
    figure does not follow the filters (one country's index). `names` gives country names for the subtitle.
    `plot_height`, when given, fixes the plot area's height and the figure grows to fit the text around it;
    otherwise `height` is the whole figure's and the plot takes what the text leaves.
    """
    subtitle = subtitle or describe(filters, names)
    source = source_line(editions, as_of, sources=sources, source_years=source_years)
    if extra_source:
        source += "\n" + extra_source
    if synthetic:
        source += "\n" + SYNTHETIC_NOTE
    # Lines a little narrower than the figure: readable line lengths, and room to spare when a page shows
    # the figure in a container somewhat narrower than its layout width.
    text_width = min(width - 2 * PAD, TEXT_SHARE * width)
    title_lines = textwidth.wrap(title, text_width, TITLE_SIZE, bold=True, balance=True)
    # The synthetic mark leads the subtitle: it flows with the text, so it never hides a long title.
    mark = f"{SYNTHETIC_MARK} · " if synthetic else ""
    sub_lines = textwidth.wrap(mark + subtitle, text_width, SUBTITLE_SIZE, bold=bool(mark))
    shown_sub = "<br>".join(plain(x) for x in sub_lines)
    if synthetic:  # the mark is on the first line, in red
        shown_sub = f'<span style="color:#B00020"><b>{SYNTHETIC_MARK}</b></span> · ' + shown_sub[len(mark):]
    source_lines = [part for line in source.split("\n") for part in textwidth.wrap(line, text_width, SOURCE_SIZE)]
    entries = legend_entries(fig) if legend else []
    title_bottom = TITLE_TOP + len(title_lines) * TITLE_SIZE * textwidth.LINE_HEIGHT
    sub_bottom = title_bottom + SUBTITLE_GAP + len(sub_lines) * SUBTITLE_SIZE * textwidth.LINE_HEIGHT
    top = sub_bottom + 14
    rows = legend_rows(entries, width - right - 2 * PAD)  # plotly wraps it at the plot's right edge
    legend_top = top
    if entries and not legend_below:
        top += rows * LEGEND_ROW + 14
    margin_t = int(round(top + top_extra))
    margin_b = int(bottom + 10 + len(source_lines) * SOURCE_SIZE * textwidth.LINE_HEIGHT + PAD)
    if entries and legend_below:
        margin_b += rows * LEGEND_ROW + 4
    if plot_height is not None:
        height = margin_t + plot_height + margin_b
    else:
        height = max(height, margin_t + margin_b + 120)  # never squeeze the plot to nothing
    annotations = list(fig.layout.annotations) + [dict(
        text="<br>".join(plain(x) for x in source_lines),
        # pixel shifts from the plot area's corner: exact at any display width
        xref="paper", yref="paper", x=0, y=0, xanchor="left", yanchor="top",
        yshift=-(bottom + (rows * LEGEND_ROW + 4 if entries and legend_below else 0)), xshift=-(left - PAD),
        showarrow=False, align="left", font=dict(size=SOURCE_SIZE, color="#555555"), name="source",
    )]
    if synthetic:
        annotations += [
            dict(  # a watermark across the plot too, so a cropped figure still says it
                text=SYNTHETIC_MARK, xref="paper", yref="paper", x=0.5, y=0.5, showarrow=False, textangle=-20,
                font=dict(size=_watermark_size(width - left - right), color="rgba(176,0,32,0.10)"),
                name="synthetic_watermark",
            ),
        ]
    layout = dict(
        template=_template(),
        font=FONT,
        width=width,
        height=height,
        title=dict(text="<br>".join(f"<b>{plain(x)}</b>" for x in title_lines), x=PAD / width, xanchor="left",
                   xref="container", y=1.0, yanchor="top", yref="container",
                   # plotly centres a multi-line title on its one-line position: push it down by the extra half
                   pad=dict(t=14 + (len(title_lines) - 1) * TITLE_SIZE * textwidth.LINE_HEIGHT / 2),
                   font=dict(size=TITLE_SIZE),
                   subtitle=dict(text=shown_sub, font=dict(size=SUBTITLE_SIZE, color="#555555"))),
        margin=dict(t=margin_t, b=margin_b, l=left, r=right, autoexpand=True),
        paper_bgcolor="white",
        plot_bgcolor="white",
        # a bar label that would have to shrink below 10 px is left off (the table beside has the number)
        uniformtext=dict(minsize=10, mode="hide"),
        annotations=annotations,
        meta=dict(title=title, subtitle=subtitle, source=source, synthetic=bool(synthetic), sources=list(sources),
                  as_of=as_of.isoformat() if as_of else None,
                  data_as_of=vintage(sources, editions, source_years)),
    )
    # Paper coordinates left of and above (below) the plot tell plotly the legend lies outside the plot area,
    # so it wraps at the figure's width rather than the plot's; pixel-exact since the plot's size is known.
    plot_h, plot_w = height - margin_t - margin_b, width - left - right
    if entries:
        y = -6 / plot_h if legend_below else 1 + (margin_t - legend_top) / plot_h
        layout["legend"] = dict(orientation="h", x=-(left - PAD) / plot_w, xanchor="left", xref="paper",
                                y=y, yanchor="top", yref="paper", font=dict(size=LEGEND_SIZE), traceorder="normal")
    else:
        layout["showlegend"] = False
    fig.update_layout(layout)  # one update: every plotly update validates and copies the layout
    return fig


def _watermark_size(plot_width: float) -> int:
    """Font size at which the tilted watermark spans at most ~85 % of the plot's width."""
    em = textwidth.width(SYNTHETIC_MARK, 1)
    return int(max(18, min(54, 0.85 * plot_width / (em * 0.94))))  # cos 20° ≈ 0.94


def slug(text: str) -> str:
    """File-name-safe lower-case words joined by '-'."""
    return re.sub(r"[^a-z0-9]+", "-", str(text).lower()).strip("-")


def file_stem(name: str, filters: Filters) -> str:
    """A file name (no extension) that says what the figure shows, e.g. msq2022_legal-share_europe_synthetic."""
    parts = [f"msq{filters.edition}" if filters.edition else "msq", name]
    if filters.regions:
        parts.append("-".join(slug(r) for r in filters.regions))
    if filters.sub_regions:
        parts.append("-".join(slug(r) for r in filters.sub_regions))
    if filters.countries:
        parts.append("-".join(filters.countries[:6]) + ("-etc" if len(filters.countries) > 6 else ""))
    if filters.section:
        parts.append(f"section-{filters.section}")
    if filters.theme:
        parts.append(slug(filters.theme))
    if filters.bases:
        parts.append("basis-" + "-".join(filters.bases))
    parts.append("incl-synthetic" if filters.include_synthetic else "real-only")
    return "_".join(p for p in parts if p)


def plotly_config(fig: go.Figure, stem: str) -> dict:
    """Chart-toolbar settings: the camera button saves an SVG at print scale under a telling name."""
    return {
        "displaylogo": False,
        "toImageButtonOptions": {
            "format": "svg",
            "filename": stem,
            "width": fig.layout.width or WIDTH,
            "height": fig.layout.height or 520,
            "scale": 3,
        },
        # plotly fetches the world outline from a CDN by default; the app serves its own copy
        # (static/topojson/, Streamlit static serving), so the map draws offline as well.
        "topojsonURL": "app/static/topojson/",
    }
