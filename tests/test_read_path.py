"""One read path: store queries live in analysis/queries.py, pages use ui.data's public functions, builders are passed.

A maintainer looking for "where does this page's number come from" reads one module of queries; a SELECT
written anywhere else, a module opening DuckDB itself, or a page reaching into ui.data's private helpers
would split that path again.
"""
from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("analysis", "ui", "figures", "cli", "app_pages", "bench", "loaders", "synthetic")
# Where SQL may stand besides analysis/queries.py, and why.
SQL_ALLOWED = {
    "analysis/queries.py": "every read of the store",
    "loaders/store.py": "the single writer: its writes and the reads it makes while writing",
    "loaders/schema.py": "the schema: tables and the views (answers_current, current_documents, ...)",
    "loaders/ingest.py": "the ingest pipeline's own reads before it hands rows to the writer",
    "loaders/source_agreement.py": "builds the evidence table inside the writer's transaction",
    "analysis/search.py": "the SQLite FTS5 index of the written answers (in memory, not the store)",
    "bench/search.py": "a DuckDB-in-memory comparison table of the search benchmark (not the store)",
}
CONNECT_ALLOWED = {"loaders/store.py", "bench/search.py"}  # the store's own connections; an in-memory benchmark
_SQL = re.compile(r"\bSELECT\b.*\bFROM\b", re.S)
_PLACES = re.compile(r"""\[["'](region|sub_region)["']\]\.isin\(""")


def _sources() -> list[Path]:
    files = [ROOT / "app.py"]
    for package in PACKAGES:
        if (ROOT / package).is_dir():
            files += sorted((ROOT / package).rglob("*.py"))
    return files


def _strings(path: Path) -> list[tuple[int, str]]:
    tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
    kinds = {tokenize.STRING} | ({tokenize.FSTRING_MIDDLE} if hasattr(tokenize, "FSTRING_MIDDLE") else set())
    return [(t.start[0], t.string) for t in tokens if t.type in kinds]


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_every_store_query_is_written_in_analysis_queries():
    stray = [f"{_rel(p)}:{line}" for p in _sources() if _rel(p) not in SQL_ALLOWED
             for line, text in _strings(p) if _SQL.search(text)]
    assert not stray, f"SQL outside analysis/queries.py (move the read there): {stray}"


def test_only_the_store_opens_duckdb():
    stray = [f"{_rel(p)}:{n}" for p in _sources() if _rel(p) not in CONNECT_ALLOWED
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if "duckdb.connect(" in line]
    assert not stray, f"open the store with analysis.queries.reading (its read-only reader): {stray}"


def _private_uses(path: Path, module: str) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [(node.lineno, f"{module}.{node.attr}") for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == module
            and node.attr.startswith("_") and not node.attr.startswith("__")]


def test_nothing_outside_the_cached_layer_calls_its_private_functions():
    stray = [f"{_rel(p)}:{line} {name}" for p in _sources() if _rel(p) != "ui/data.py"
             for line, name in _private_uses(p, "data")]
    assert not stray, f"ui.data exposes public functions only: {stray}"


def test_region_and_sub_region_are_matched_in_one_place():
    # analysis.filters.places is the one definition of "in these regions": the sidebar's choices, the
    # finder's region pills and the figures' member counts all go through it.
    stray = [f"{_rel(p)}:{n}" for p in _sources() if _rel(p) != "analysis/filters.py"
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if _PLACES.search(line)]
    assert not stray, f"filter places with analysis.filters.places: {stray}"


@pytest.mark.parametrize("page", sorted(p.name for p in (ROOT / "app_pages").glob("*.py")))
def test_pages_pass_chart_builders_as_functions(page):
    tree = ast.parse((ROOT / "app_pages" / page).read_text(encoding="utf-8"))
    by_name = [node.lineno for node in ast.walk(tree)
               if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "chart"
               and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)]
    assert not by_name, f"{page}: pass the builder (charts.coverage_map), not its name, at lines {by_name}"


def test_the_checks_above_see_a_stray_query(tmp_path):
    stray = tmp_path / "stray.py"
    stray.write_text('rows = con.execute("SELECT x FROM answers").df()\nimport duckdb\nduckdb.connect("x")\n'
                     'y = data._answers(key)\nz = df[df["sub_region"].isin(picked)]\n', encoding="utf-8")
    assert any(_SQL.search(text) for _, text in _strings(stray))
    assert _private_uses(stray, "data") == [(4, "data._answers")]
    assert _PLACES.search(stray.read_text(encoding="utf-8").splitlines()[4])
