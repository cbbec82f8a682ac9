"""The command line as a user meets it: the documented commands, what a failure looks like, what build generates."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cli import coverage, figures
from cli.main import main, parser
from loaders import ingest, paths, store
from synthetic import demo_corpus
from synthetic.corpus import write_corpus

ROOT = Path(__file__).resolve().parents[1]


def _listed() -> list[str]:
    return [line.split()[0] for line in parser().format_help().splitlines()
            if re.match(r"    [a-z]+ {2,}", line)]


def test_every_documented_command_is_a_command_and_every_command_is_documented():
    table = (ROOT / "docs" / "commands.md").read_text(encoding="utf-8")
    documented = re.findall(r"^\| (?:<!-- generated: usage:\w+ -->)?`python -m loaders ([a-z]+)", table, flags=re.M)
    assert _listed() == ["ingest", "coverage", "build", "demo", "export", "figures", "accuracy", "review",
                         "correct", "confirm", "fetch"]
    assert set(documented) == set(_listed())


def test_no_command_lists_the_commands_and_exits_2(capsys):
    assert main([]) == 2
    out = capsys.readouterr().out
    assert "usage: python -m loaders" in out and "confirm" in out


def test_coverage_takes_iso3_codes_like_review_and_export_and_names_a_wrong_one(tmp_path, capsys):
    assert main(["coverage", "--db", str(tmp_path / "none.duckdb"), "--country", "DNK", "Denmark"]) == 2
    assert "--country takes ISO3 codes such as DNK; not Denmark" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["bogus"], ["ingest"], ["review", "--open", "--nonsense"]])
def test_a_bad_command_or_option_exits_2_with_the_usage(argv, capsys):
    assert main(argv) == 2
    assert "usage: python -m loaders" in capsys.readouterr().err


def test_help_exits_0():
    assert main(["--help"]) == 0
    assert main(["export", "--help"]) == 0


def _help(command: str, capsys) -> str:
    capsys.readouterr()
    assert main([command, "--help"]) == 0
    return " ".join(capsys.readouterr().out.split())


def test_figures_help_names_exactly_the_formats_it_writes(capsys):
    listed = parser().format_help()
    text = _help("figures", capsys)
    names = " or ".join([", ".join(f.upper() for f in figures.FORMATS[:-1]), figures.FORMATS[-1].upper()])
    assert f"--format {{{','.join(figures.FORMATS)}}}" in text
    assert f"any of {' '.join(figures.FORMATS)} (default: png svg)" in text
    assert f"figures as {names} files" in " ".join(listed.split()) and f"({names};" in text


@pytest.mark.parametrize("command", ["ingest", "build", "correct", "confirm", "fetch"])
def test_every_command_that_writes_the_database_takes_wait_and_names_the_same_default(command, capsys):
    text = _help(command, capsys)
    assert "--wait SECONDS how long to wait while another writer holds the database (default: $MSQ_LOCK_WAIT, " \
           "else 300)" in text


@pytest.mark.parametrize("command", ["ingest", "build", "correct", "confirm"])
def test_every_command_that_applies_corrections_takes_corrections_file_with_one_help(command, capsys):
    text = _help(command, capsys)
    assert "--corrections-file FILE apply FILE and record it as the database's corrections file" in text


@pytest.mark.parametrize("command", ["correct", "confirm"])
def test_correct_and_confirm_explain_corrections_alike(command, capsys):
    text = _help(command, capsys)
    assert "--corrections FILE the corrections file to write into (default: $MSQ_CORRECTIONS, else " \
           "data/corrections.csv); it must be the one the database records" in text
    assert "use --corrections-file FILE" in text


@pytest.mark.parametrize("command", ["ingest", "coverage", "build", "export", "figures", "review", "correct",
                                     "confirm", "fetch"])
def test_every_db_option_names_the_same_default(command, capsys):
    assert "--db DB database file (default: $MSQ_DB, else data/msq.duckdb)" in _help(command, capsys)


def test_a_fault_of_the_tool_is_one_line_and_the_traceback_goes_to_the_log(tmp_path, monkeypatch, capsys):
    def broken(args):
        raise ZeroDivisionError("a bug")

    log = tmp_path / "logs" / "errors.log"
    monkeypatch.setattr(coverage, "run", broken)
    monkeypatch.setattr(paths, "LOG_FILE", log)
    assert main(["coverage", "--db", str(tmp_path / "x.duckdb")]) == 4
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert err.startswith("coverage failed: ZeroDivisionError: a bug. This is a fault of the tool, not of your files")
    assert str(log) in err
    written = log.read_text(encoding="utf-8")
    assert written.startswith(f"--- python -m loaders coverage --db {tmp_path / 'x.duckdb'}\n")
    assert "Traceback" in written and "ZeroDivisionError: a bug" in written


@pytest.mark.parametrize("raised, code, said", [
    (KeyboardInterrupt(), 130, "interrupted; the database was left as it was before this command"),
    (store.StoreBusy("msq.duckdb is being written by pid 1 (build); waited 300 s"), 3, "being written by pid 1"),
    (BrokenPipeError(), 0, None),
])
def test_an_interrupted_busy_or_unread_command_exits_with_its_code(raised, code, said, monkeypatch, capsys):
    def stopped(args):
        raise raised

    monkeypatch.setattr(coverage, "run", stopped)
    if isinstance(raised, BrokenPipeError):
        monkeypatch.setattr(sys, "stderr", open(os.devnull, "w"))  # `... | head`: main closes it
    assert main(["coverage"]) == code
    if said:
        assert said in capsys.readouterr().err


@pytest.mark.parametrize("command, rest", [
    ("coverage", []), ("review", []), ("export", ["--out", "x.csv"]), ("figures", ["--out", "figs"]),
    ("correct", ["--country", "DNK", "--edition", "2022", "--question", "9", "--answer", "no", "--reason", "r"]),
    ("confirm", ["--country", "DNK", "--edition", "2022", "--reason", "r"]),
])
def test_a_db_that_is_not_a_database_exits_3_in_one_line_whatever_the_command(command, rest, tmp_path, capsys,
                                                                               monkeypatch):
    monkeypatch.chdir(tmp_path)
    not_db = tmp_path / "answers.csv"
    not_db.write_text("a,b\n1,2\n", encoding="utf-8")
    monkeypatch.setattr(figures, "find_browser", lambda: ("/usr/bin/chromium", []))  # no browser needed to refuse
    assert main([command, "--db", str(not_db), *rest]) == 3
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "not a DuckDB database" in err and str(not_db) in err
    assert not_db.read_text(encoding="utf-8") == "a,b\n1,2\n"


def test_python_m_cli_and_python_m_loaders_are_the_same_command_line():
    run = [subprocess.run([sys.executable, "-m", m, "demo", "--help"], cwd=ROOT, capture_output=True, text=True,
                          timeout=120) for m in ("loaders", "cli")]
    assert [r.returncode for r in run] == [0, 0]
    assert run[0].stdout == run[1].stdout and "usage: python -m loaders demo" in run[0].stdout


@pytest.fixture
def default_inputs(tmp_path, seed_path, monkeypatch) -> Path:
    """The default inputs in a scratch folder: the Denmark seed as the one real response, no demo corpus yet."""
    responses = tmp_path / "responses" / "2022"
    responses.mkdir(parents=True)
    shutil.copy(seed_path, responses / seed_path.name)
    for name, where in (("RESPONSES_DIR", "responses"), ("SHIPPED_DIR", "no-shipped"),
                        ("REFERENCE_DIR", "no-reference"), ("DEMO_DIR", "demo")):
        monkeypatch.setattr(ingest, name, tmp_path / where)
    monkeypatch.setattr(demo_corpus, "DEMO_DIR", tmp_path / "demo")
    # two countries stand for the 193 (same generator, a second instead of a minute of reading)
    monkeypatch.setattr(demo_corpus, "write_corpus", lambda out: write_corpus(out, ["KEN", "PER"]))
    monkeypatch.setenv("MSQ_CORRECTIONS", str(tmp_path / "corrections.csv"))
    return tmp_path


def _stored(db: Path) -> list[tuple]:
    con = store.open_reader(db)
    try:
        return con.execute("SELECT DISTINCT country_iso3, is_synthetic FROM documents ORDER BY 1").fetchall()
    finally:
        con.close()


def test_build_generates_the_missing_demo_corpus_then_stores_it_beside_the_real_responses(default_inputs, capsys):
    db = default_inputs / "msq.duckdb"
    assert main(["build", "--db", str(db)]) == 0
    assert sorted(p.name for p in (default_inputs / "demo" / "2022").iterdir()) == [
        "KEN.truth.json", "KEN.txt", "PER.truth.json", "PER.txt"]
    assert _stored(db) == [("DNK", False), ("KEN", True), ("PER", True)]
    assert "3 ingested, 0 with warnings, 0 unchanged, 0 rejected" in capsys.readouterr().out


def test_build_without_the_demo_neither_generates_nor_stores_it(default_inputs):
    db = default_inputs / "msq.duckdb"
    assert main(["build", "--db", str(db), "--no-demo"]) == 0
    assert not (default_inputs / "demo").exists()
    assert _stored(db) == [("DNK", False)]
