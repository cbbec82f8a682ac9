"""Numbers the code can produce are generated into the docs (`python -m docgen`), never typed: a limit, a
held-out score, an evidence kind or a benchmark figure changed without regenerating fails here."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bench import results
from docgen import markers
from docgen.__main__ import ROOT, main, stale_blocks


def test_every_generated_block_of_the_readme_and_the_docs_is_current():
    stale = stale_blocks(ROOT)
    assert stale == [], "stale generated blocks (run python -m docgen and commit):\n" + "\n".join(stale)


def test_the_readme_and_the_docs_hold_the_blocks_issue_14_and_18_ask_for():
    names = {b.name.partition(":")[0] for p in [ROOT / "README.md", *(ROOT / "docs").glob("*.md")]
             for _, b in markers.find(p.read_text(encoding="utf-8"), p.name)}
    assert {"limits", "evidence-kinds", "languages", "heldout-scores", "bench"} <= names
    readme = {b.name.partition(":")[0] for _, b in markers.find((ROOT / "README.md").read_text(encoding="utf-8"))}
    assert {"commands", "evidence-kinds", "languages", "heldout-scores"} <= readme


@pytest.fixture
def checkout(tmp_path) -> Path:
    """A copy of the README and the docs pages, to type over."""
    shutil.copy(ROOT / "README.md", tmp_path / "README.md")
    shutil.copytree(ROOT / "docs", tmp_path / "docs", ignore=shutil.ignore_patterns("img", "*.json"))
    return tmp_path


def test_a_number_typed_over_a_block_is_named_by_the_check_and_regenerated(checkout, capsys):
    page = checkout / "docs" / "formats.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("| `pdf_pages` | 300 pages |", "| `pdf_pages` | 400 pages |"), encoding="utf-8")

    assert main(["--check", "--root", str(checkout)]) == 1
    out = capsys.readouterr().out
    assert "docs/formats.md" in out and ": limits" in out
    assert page.read_text(encoding="utf-8") != text, "--check changes nothing"

    assert main(["--root", str(checkout)]) == 0
    assert page.read_text(encoding="utf-8") == text
    assert main(["--check", "--root", str(checkout)]) == 0


def test_the_benchmark_table_says_what_the_committed_json_holds(checkout, tmp_path, monkeypatch, capsys):
    rec = json.loads(results.DOCS_RESULTS.read_text(encoding="utf-8"))
    rec["figures"][0]["value"] = 12345.0
    rec["commit"] = "abc1234"
    changed = tmp_path / "bench.json"
    changed.write_text(json.dumps(rec), encoding="utf-8")
    monkeypatch.setattr(results, "DOCS_RESULTS", changed)

    assert main(["--check", "--root", str(checkout)]) == 1
    assert "docs/benchmark.md" in capsys.readouterr().out
    main(["--root", str(checkout)])
    page = (checkout / "docs" / "benchmark.md").read_text(encoding="utf-8")
    assert "12345.0" in page and "`abc1234`" in page


@pytest.mark.parametrize(("text", "expected"), [
    ("up to <!-- generated: x -->old<!-- /generated --> files", "up to <!-- generated: x -->NEW<!-- /generated --> files"),
    ("<!-- generated: x note -->\nold\n<!-- /generated -->\n", "<!-- generated: x note -->\n\nNEW\n\n<!-- /generated -->\n"),
    ("no markers here", "no markers here"),
    ("```\n<!-- generated: x -->old<!-- /generated -->\n```\n", "```\n<!-- generated: x -->old<!-- /generated -->\n```\n"),
])
def test_blocks_are_filled_inline_or_as_paragraphs_and_examples_in_code_are_left_alone(text, expected):
    new, _ = markers.rewrite(text, lambda name: "NEW")
    assert new == expected
    assert markers.rewrite(new, lambda name: "NEW")[1] == [], "a regenerated block is current"


@pytest.mark.parametrize(("text", "says"), [
    ("a\n<!-- generated: limits -->\nno end\n", "1 opening and 0 closing"),
    ("<!-- generated: limits -->\n<!-- generated: limits -->\n<!-- /generated -->\n", "holds another marker"),
    ("<!-- generated: no-such-block -->x<!-- /generated -->", "no generated block called 'no-such-block'"),
])
def test_a_broken_or_unknown_marker_stops_the_command_naming_it(tmp_path, capsys, text, says):
    (tmp_path / "docs").mkdir()
    (tmp_path / "README.md").write_text(text, encoding="utf-8")
    assert main(["--check", "--root", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert says in err


def test_every_exit_code_a_command_returns_is_in_the_documented_table():
    import importlib

    import cli.main as cli_main
    from docgen.command_blocks import exit_codes

    returned = {value for module in ["cli.main", *(f"cli.{m.__name__.rpartition('.')[2]}" for m in cli_main.COMMANDS)]
                for name, value in vars(importlib.import_module(module)).items()
                if name.startswith("EXIT_") and isinstance(value, int)}
    documented = {code for code, _ in cli_main.EXIT_CODES}
    assert returned and returned <= documented, f"exit codes without a meaning in cli.main.EXIT_CODES: " \
                                                f"{sorted(returned - documented)}"
    assert all(f"| {code} |" in exit_codes() for code in documented)


def test_the_language_samples_blocks_count_every_sample_once():
    from docgen.data_blocks import language_samples

    total = int(language_samples("total"))
    outcomes = ["right", "not-placed", "left-in-form", "wrong-read", "english-moved"]
    assert sum(int(language_samples(o)) for o in outcomes) == total
    assert int(language_samples("short")) + int(language_samples("long")) == total
    assert sum(int(part.split()[0]) for part in language_samples("by-language").split(", ")) == total


def test_a_constant_of_the_app_script_is_read_from_its_source_without_running_the_app():
    import sys

    from docgen.data_blocks import code_constant

    before = "app" in sys.modules
    assert code_constant("app:SLOT_WAIT").isdigit()
    assert ("app" in sys.modules) == before  # app.py was not imported (it would start drawing the dashboard)
    assert code_constant("loaders.store:DEFAULT_WAIT") == f"{__import__('loaders.store').store.DEFAULT_WAIT:g}"


def test_a_benchmark_figure_quoted_in_prose_follows_the_committed_record(checkout, tmp_path, monkeypatch):
    rec = json.loads(results.DOCS_RESULTS.read_text(encoding="utf-8"))
    median = next(f for f in rec["figures"] if f["name"].endswith("median page time"))
    median["value"] = 9.87
    changed = tmp_path / "bench.json"
    changed.write_text(json.dumps(rec), encoding="utf-8")
    monkeypatch.setattr(results, "DOCS_RESULTS", changed)

    assert main(["--root", str(checkout)]) == 0
    assert "page time of\n<!-- generated: bench-figure:5-sessions-median-page-time -->9.87 s" in (
        checkout / "docs" / "dashboard.md").read_text(encoding="utf-8")


def test_a_benchmark_figure_the_record_does_not_hold_fails_and_lists_the_known_ones():
    from docgen.registry import render
    with pytest.raises(KeyError, match="5-sessions-median-page-time"):
        render("bench-figure:20-sessions-median-page-time")
