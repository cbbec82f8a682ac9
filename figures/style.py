"""House style: title, filter subtitle, dated source line, synthetic-data mark and a colour-blind-safe palette."""
from __future__ import annotations

import html
import re
from datetime import date
from functools import lru_cache

import plotly.graph_objects as go
import plotly.io as pio

from analysis.filters import Filters

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
TOP_MARGIN = 104     # title + subtitle + legend row
# For heatmaps with numbers printed in the cells: light to mid blue (one hue, colour-blind safe), so dark
# text stays readable on every cell.
SEQUENTIAL_LIGHT = [[0.0, "#F7FBFF"], [0.25, "#DEEBF7"], [0.5, "#B5D4E9"], [0.75, "#78B4DA"], [1.0, "#3C8DC8"]]
SOURCE_SPACE = 58    # the two-line source block under the plot


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


def source_line(editions: list[int] | tuple[int, ...], as_of: date | None, drawn: date | None = None,
                extra: str = "", sources: tuple[str, ...] | list[str] = ("msq",),
                source_years: dict[str, str] | None = None) -> str:
    """The dated source text under every figure (plain text; the caller escapes it for plotly).

    `sources` names what the figure draws ('msq', 'egdi', 'gtmi', 'unctad'): one line each, the MSQ
    first and always as the self-report; `source_years` adds e.g. {'gtmi': '2022'} to a line.
    """
    years = ", ".join(str(e) for e in sorted(set(editions))) or "(no edition)"
    drawn = drawn or date.today()
    when = f"Data as of {as_of.isoformat()}; " if as_of else ""
    source_years = source_years or {}
    lines = [SOURCE_MSQ.format(editions=years)] if "msq" in sources else []
    lines += [reference_source(s, source_years.get(s, "")) for s in sources if s != "msq"]
    if extra:
        lines[0] += " " + extra
    return "\n".join(lines) + f"\n{when}figure drawn {drawn.isoformat()} with the MSQ dashboard."


@lru_cache(maxsize=1)
def _template() -> go.layout.Template:
    """plotly_white, validated once (resolving a template by name on every figure is slow)."""
    return pio.templates["plotly_white"]


def pattern(answer: str) -> dict:
    """Bar fill pattern for an answer state: soft enough that the count printed on the bar stays legible."""
    return dict(shape=ANSWER_PATTERNS[answer], fgcolor="rgba(0,0,0,0.30)", size=9, solidity=0.25)


def finish(fig: go.Figure, *, title: str, filters: Filters, editions, as_of: date | None,
           synthetic: bool, bottom: int = 40, height: int = 520, width: int = WIDTH,
           left: int = 80, right: int = 40, extra_source: str = "", legend: bool = True,
           top_extra: int = 0, legend_below: bool = False, sources: tuple[str, ...] = ("msq",),
           source_years: dict[str, str] | None = None, subtitle: str | None = None) -> go.Figure:
    """Apply the house style in place and return the figure.

    `bottom` is the room the builder needs under the plot for its own axis labels; the source block goes
    below that, so the two never overlap. `top_extra` adds room above the plot (axis labels on top), and
    `legend_below` then moves the legend under the plot. `synthetic` must be True when any drawn row is.
    `sources` names every source the figure draws (see source_line); each gets its citation line.
    `subtitle` replaces the filter line when the figure does not follow the filters (one country's index).
    """
    subtitle = subtitle or filters.describe()
    source = source_line(editions, as_of, sources=sources, source_years=source_years)
    if extra_source:
        source += "\n" + extra_source
    if synthetic:
        source += "\n" + SYNTHETIC_NOTE
    # The synthetic mark leads the subtitle: it flows with the text, so it never hides a long title.
    shown_subtitle = (f'<span style="color:#B00020"><b>{SYNTHETIC_MARK}</b></span> · ' if synthetic else "") \
        + plain(subtitle)
    n_source_lines = source.count("\n") + 1
    margin_b = bottom + 14 + 17 * n_source_lines
    annotations = list(fig.layout.annotations) + [dict(
        text="<br>".join(plain(x) for x in source.split("\n")),
        # pixel shifts from the plot area's corner: exact at any display width
        xref="paper", yref="paper", x=0, y=0, xanchor="left", yanchor="top", yshift=-bottom, xshift=-(left - 12),
        showarrow=False, align="left", font=dict(size=11, color="#555555"), name="source",
    )]
    if synthetic:
        annotations += [
            dict(  # a watermark across the plot too, so a cropped figure still says it
                text=SYNTHETIC_MARK, xref="paper", yref="paper", x=0.5, y=0.5, showarrow=False, textangle=-20,
                font=dict(size=54, color="rgba(176,0,32,0.10)"), name="synthetic_watermark",
            ),
        ]
    layout = dict(
        template=_template(),
        font=FONT,
        width=width,
        height=height,
        title=dict(text=f"<b>{plain(title)}</b>", x=0.01, xanchor="left", xref="container",
                   y=1.0, yanchor="top", yref="container", pad=dict(t=14),
                   font=dict(size=19),
                   subtitle=dict(text=shown_subtitle, font=dict(size=13, color="#555555"))),
        margin=dict(t=TOP_MARGIN + top_extra, b=margin_b, l=left, r=right, autoexpand=True),
        paper_bgcolor="white",
        plot_bgcolor="white",
        annotations=annotations,
        meta=dict(title=title, subtitle=subtitle, source=source, synthetic=bool(synthetic), sources=list(sources),
                  as_of=as_of.isoformat() if as_of else None),
    )
    if legend and legend_below:  # just under the plot, above the source block (pixel-exact via container)
        layout["legend"] = dict(orientation="h", x=0, xanchor="left", y=(margin_b - 6) / height, yanchor="top",
                                yref="container", font=dict(size=13), traceorder="normal")
    elif legend:
        layout["legend"] = dict(orientation="h", x=0, xanchor="left", y=1.0, yanchor="bottom", yref="paper",
                                font=dict(size=13), traceorder="normal")
    fig.update_layout(layout)  # one update: every plotly update validates and copies the layout
    return fig


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
