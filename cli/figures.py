"""`python -m loaders figures`: write the standard chapter figures (PNG, SVG or PDF) through Kaleido + Chromium."""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import pandas as pd

from analysis import queries
from analysis.filters import Filters, apply
from figures import charts, style
from figures.browser import find_browser, in_own_thread
from loaders import paths

from .options import db_option

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_NO_BROWSER = 0, 1, 2, 3
TOPOJSON = paths.ROOT / "static" / "topojson" / "world_110m.json"
NO_BROWSER = """\
No Chromium or Chrome browser was found, and Kaleido needs one to draw PNG and SVG files.
Looked at: {looked}.
Install Debian's Chromium with:   apt-get install chromium
or point BROWSER_PATH at an installed Chrome/Chromium executable, then run this command again.
(Kaleido's own `kaleido_get_chrome` downloads a browser and does not work without internet access.)"""
FIGURE_NAMES = charts.MSQ_FIGURES
# Drawn only when the official files are loaded (EGDI; GTMI or UNCTAD): see load_reference().
REFERENCE_FIGURE_NAMES = charts.REFERENCE_FIGURES
PNG_SCALE = 2  # 2× the layout size: print resolution for a 1100 px wide figure
FORMATS = ("png", "svg", "pdf")  # what Kaleido writes here; --format's choices and every help line name these
DEFAULT_FORMATS = ("png", "svg")


def _formats_text(formats) -> str:
    """'PNG, SVG or PDF' for the help lines."""
    names = [f.upper() for f in formats]
    return ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else names[0]


def register(commands) -> None:
    p = commands.add_parser(
        "figures", help=f"write the standard chapter figures as {_formats_text(FORMATS)} files",
        description=f"Write the standard chapter figures ({_formats_text(FORMATS)}; by default "
                    f"{' and '.join(f.upper() for f in DEFAULT_FORMATS)}) in the dashboard's house style: "
                    "title, filter subtitle, dated source line, synthetic-data mark.",
    )
    p.add_argument("--out", required=True, help="folder to write the figures into (created if missing)")
    db_option(p)
    p.add_argument("--edition", type=int, help="survey edition (year); default: the newest loaded")
    p.add_argument("--region", nargs="+", metavar="NAME",
                   help="only these UN regions or sub-regions (e.g. Africa 'Northern Europe'); case does not matter")
    p.add_argument("--country", nargs="+", metavar="ISO3_OR_NAME",
                   help="only these countries, by ISO3 code or name (e.g. DNK 'Viet Nam')")
    p.add_argument("--include-synthetic", action="store_true",
                   help="include synthetic demo responses (left out by default); figures are then marked")
    p.add_argument("--format", nargs="+", choices=FORMATS, default=list(DEFAULT_FORMATS),
                   help=f"image formats to write, any of {' '.join(FORMATS)} (default: {' '.join(DEFAULT_FORMATS)})")
    p.add_argument("--include-non-members", action="store_true",
                   help="include economies that are not UN Member States (left out by default, as in the app)")
    p.add_argument("--check", action="store_true",
                   help="after drawing, measure every SVG's text in Chromium and report clipped or overlapping "
                        "text (exit code 1 if any)")
    p.add_argument("--only", nargs="+", metavar="NAME",
                   help="write only the figures whose name starts with NAME (e.g. legal coverage-map); "
                        "names: " + ", ".join(FIGURE_NAMES) + "; with official files loaded (data/reference/) "
                        "also " + ", ".join(REFERENCE_FIGURE_NAMES))
    p.set_defaults(func=run)


def read_answers(db: Path) -> tuple[pd.DataFrame, pd.Timestamp | None]:
    """Every current answer (the same reader as the dashboard and the export) and the newest ingest time."""
    with queries.reading(db) as con:
        return queries.answers(con), queries.newest_ingest(con)


def resolve_places(answers: pd.DataFrame, regions: list[str] | None, countries: list[str] | None):
    """(regions, sub_regions, ISO3 codes) for --region and --country, or an error message naming the choices."""
    from loaders import countries as country_table

    # Every UN region and sub-region, not only those of the loaded responses: GTMI and UNCTAD cover them all.
    places = [country_table.info(c) for c in country_table.un_members()]
    known_regions = {str(r).casefold(): r for r in [p["region"] for p in places] + list(answers["region"].dropna())
                     if r}
    known_subs = {str(r).casefold(): r for r in [p["sub_region"] for p in places] + list(answers["sub_region"].dropna())
                  if r}
    out_regions, out_subs, codes = [], [], []
    for name in regions or []:
        key = name.strip().casefold()
        if key in known_regions:
            out_regions.append(known_regions[key])
        elif key in known_subs:
            out_subs.append(known_subs[key])
        else:
            return None, (f"--region {name!r} is neither a UN region nor a sub-region; regions: "
                          f"{', '.join(sorted(known_regions.values()))}; sub-regions: "
                          f"{', '.join(sorted(known_subs.values()))}")
    loaded = set(answers["country_iso3"])
    for name in countries or []:
        code = name.strip().upper()
        if code not in loaded:
            try:
                code = country_table.to_iso3(name)
            except Exception as exc:  # UnknownCountry and converter errors alike: say which name failed
                return None, f"--country {name!r}: {exc}"
        codes.append(code)
    return (tuple(out_regions), tuple(out_subs), tuple(dict.fromkeys(codes))), None


def load_reference(db: Path) -> charts.Reference | None:
    """EGDI rows, the evidence table and the crosswalk, or None when no official file is loaded."""
    from analysis import reference
    from loaders.source_agreement import crosswalk_frame

    with queries.reading(db) as con:
        egdi, evidence, files = queries.egdi(con), queries.evidence(con), queries.reference_files(con)
        tracker_date = queries.unctad_as_of(con)
    if egdi.empty and not reference.has_independent(evidence):
        return None
    as_of = pd.Timestamp(files["ingested_at"].max()).date() if len(files) else None
    return charts.Reference(egdi=egdi, evidence=evidence, crosswalk=crosswalk_frame(), as_of=as_of,
                            unctad_as_of=tracker_date)


def _topojson_script(tmp: Path) -> Path | None:
    """A script that preloads the world outline into plotly.js, so maps render without a CDN."""
    if not TOPOJSON.exists():
        return None
    js = tmp / "msq_world_topojson.js"
    js.write_text("window.PlotlyGeoAssets = window.PlotlyGeoAssets || {topojson: {}};\n"
                  "window.PlotlyGeoAssets.topojson = window.PlotlyGeoAssets.topojson || {};\n"
                  f"window.PlotlyGeoAssets.topojson['world_110m'] = {TOPOJSON.read_text(encoding='utf-8')};\n",
                  encoding="utf-8")
    return js


TABS = 2  # two pages of one browser draw side by side: about a third faster on two cores, no slower on one


async def _render_all(jobs: list[tuple[dict, Path, dict]], scripts: list[Path]) -> list[float]:
    """Render every (figure, path, opts) with ONE browser for the whole set (TABS pages drawing in turn);
    returns the seconds each file took from the start of the set to its completion."""
    import kaleido

    page = kaleido.PageGenerator(mathjax=False, others=[s.as_uri() for s in scripts])
    t0 = time.perf_counter()
    async with kaleido.Kaleido(n=min(TABS, max(1, len(jobs))), timeout=120, page_generator=page) as k:
        await k.write_fig_from_object(({"fig": fig, "path": str(path), "opts": opts} for fig, path, opts in jobs),
                                      cancel_on_error=True)
    total = time.perf_counter() - t0
    return [total / max(1, len(jobs))] * len(jobs)


def _run_in_own_loop(coroutine):
    """asyncio.run in a worker thread: works even when the caller's thread already runs an event loop
    (a notebook, or Playwright's sync API in the same test session)."""
    return in_own_thread(lambda: asyncio.run(coroutine), "msq-figures-kaleido")


def render(jobs: list[tuple[dict, Path, dict]], browser: str) -> list[float]:
    """Write every (figure dict, path, {format, width, height, scale}) with one browser; seconds per file."""
    os.environ.setdefault("BROWSER_PATH", browser)  # choreographer reads it; Debian's chromium is not "chrome"
    with tempfile.TemporaryDirectory(prefix="msq_figures_") as tmp:
        scripts = [s for s in [_topojson_script(Path(tmp))] if s]
        return _run_in_own_loop(_render_all(jobs, scripts))


def job(fig, path: Path, fmt: str) -> tuple[dict, Path, dict]:
    """One render job for a figure at its layout size (PNG at PNG_SCALE)."""
    return (fig.to_dict(), path, {"format": fmt, "width": fig.layout.width, "height": fig.layout.height,
                                  "scale": PNG_SCALE if fmt == "png" else 1})


def select(db: Path, args: argparse.Namespace) -> tuple[Filters, pd.DataFrame, date | None] | str:
    """(the filters the options ask for, the answers that pass them, the data's date), or what is wrong.

    The rows are the dashboard's and the export's (analysis.queries.answers through analysis.filters.apply).
    """
    with queries.reading(db) as con:
        editions = queries.editions(con)
    if not editions:
        return f"{db} holds no answers; ingest responses first (python -m loaders ingest PATH)"
    edition = args.edition or editions[0]
    if edition not in editions:
        return f"edition {edition} has no answers in {db}; loaded: {', '.join(map(str, editions))}"
    answers, newest = read_answers(db)
    places, error = resolve_places(answers, args.region, args.country)
    if error:
        return error
    regions, sub_regions, codes = places
    filters = Filters(edition=edition, regions=regions, sub_regions=sub_regions, countries=codes,
                      include_synthetic=args.include_synthetic, members_only=not args.include_non_members)
    rows = apply(answers, filters).reset_index(drop=True)
    return filters, rows, (pd.Timestamp(newest).date() if newest is not None else None)


def run(args: argparse.Namespace) -> int:
    """0 with the figures written; 1 without a database or when drawing (or --check) fails; 2 on a bad option;
    3 without a browser."""
    db = paths.db_path(args.db)
    if not db.exists():
        print(f"no database at {db}; build it with `python -m loaders build` or pass --db FILE", file=sys.stderr)
        return EXIT_FAILED  # as export, review and coverage: nothing to draw from
    browser, looked = find_browser()
    if browser is None:
        print(NO_BROWSER.format(looked=", ".join(looked)), file=sys.stderr)
        return EXIT_NO_BROWSER
    os.environ.setdefault("BROWSER_PATH", browser)  # choreographer reads it; Debian's chromium is not "chrome"

    chosen = select(db, args)
    if isinstance(chosen, str):
        print(chosen, file=sys.stderr)
        return EXIT_USAGE
    filters, rows, as_of = chosen

    out = Path(args.out)
    t_build = time.perf_counter()
    figures, skipped = charts.chapter_set(rows, filters, as_of=as_of, reference=load_reference(db))
    if args.only:
        unknown = [o for o in args.only if not any(n.startswith(o) for n in FIGURE_NAMES + REFERENCE_FIGURE_NAMES)]
        if unknown:
            print(f"no figure name starts with {' or '.join(unknown)}; names: {', '.join(FIGURE_NAMES)} "
                  f"(with official files loaded also {', '.join(REFERENCE_FIGURE_NAMES)})", file=sys.stderr)
            return EXIT_USAGE
        figures = [c for c in figures if any(c.name.startswith(o) for o in args.only)]
        skipped = [k for k in skipped if any(k.name.startswith(o) for o in args.only)]
    for k in skipped:
        print(f"skipped {k.name}: {k.reason}")
    if not figures:
        print(f"no figure to draw for {style.describe(filters)}: every figure's sources miss these countries "
              "(see the lines above)", file=sys.stderr)
        return EXIT_USAGE
    out.mkdir(parents=True, exist_ok=True)
    t_build = time.perf_counter() - t_build
    jobs, index = [], []
    for c in figures:
        stem = style.file_stem(c.name, c.filters or filters)
        fig = c.figure.to_dict()
        for fmt in args.format:
            path = out / f"{stem}.{fmt}"
            scale = PNG_SCALE if fmt == "png" else 1
            jobs.append((fig, path, {"format": fmt, "width": c.figure.layout.width,
                                     "height": c.figure.layout.height, "scale": scale}))
        meta = c.figure.layout.meta
        index.append({"name": c.name, "file_stem": stem, "title": meta["title"], "subtitle": meta["subtitle"],
                      "summary": c.summary, "data_as_of": meta.get("data_as_of"), "synthetic": c.synthetic})
        c.table.to_csv(out / f"{stem}.csv", index=False)  # the numbers behind the figure, for the chapter
    t0 = time.perf_counter()
    try:
        render(jobs, browser)
    except Exception as exc:  # Kaleido/Chromium failures arrive as many types; name the browser used
        print(f"drawing the figures with {browser} failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    total = time.perf_counter() - t0
    index += [{"name": k.name, "skipped": k.reason} for k in skipped]
    (out / "figures.json").write_text(json.dumps(index, indent=2, ensure_ascii=False), encoding="utf-8")
    for _, path, _ in jobs:
        print(f"wrote {path}")
    print(f"{style.plural(len(jobs), 'file')} for {style.plural(len(figures), 'figure')}"
          + (f" ({len(skipped)} skipped)" if skipped else "") + f" in {total:.1f} s with one browser ({browser}, "
          f"{style.plural(min(TABS, len(jobs)), 'page')}); "
          f"built in {t_build:.2f} s; {style.describe(filters, charts._names(rows))}")
    if args.check:
        return _check(out, jobs, browser)
    return EXIT_OK


def _check(out: Path, jobs, browser: str) -> int:
    """Measure the written SVGs' text (figures.textcheck); print each problem; 1 if any."""
    from figures import textcheck

    svgs = [path for _, path, opts in jobs if opts["format"] == "svg"]
    if not svgs:
        print("--check measures the SVG files: add svg to --format", file=sys.stderr)
        return EXIT_USAGE
    problems = textcheck.check(svgs, browser)
    for p in problems:
        print(p)
    print(f"text check: {len(svgs)} SVG files, {style.plural(len(problems), 'problem')}")
    return EXIT_FAILED if problems else EXIT_OK

