"""Blocks from the command line itself: each command's usage as its parser prints it, and its one-line help."""
from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import os
import re
from collections.abc import Callable

from .tables import table


class _Collector:
    """Stands in for argparse's sub-parser group when a command module registers itself: keeps each command's
    own parser and help line, without reaching into argparse's private actions."""

    def __init__(self, prog: str) -> None:
        self.prog, self.found = prog, {}

    def add_parser(self, name: str, help: str = "", aliases=(), **kwargs) -> argparse.ArgumentParser:
        parser = argparse.ArgumentParser(prog=f"{self.prog} {name}", **kwargs)
        self.found[name] = (parser, help)
        return parser


def _loaders_commands() -> dict[str, tuple[Callable, str]]:
    """`python -m loaders` command -> (a function printing its help, its one-line help), in --help's order."""
    try:
        from cli import main as cli_main
    except ImportError:
        cli_main = None
    if cli_main is not None and hasattr(cli_main, "COMMANDS"):
        collector = _Collector(cli_main.PROG)
        for module in cli_main.COMMANDS:
            module.register(collector)
        return {name: (parser.parse_args, help_) for name, (parser, help_) in collector.found.items()}
    from loaders.__main__ import COMMANDS  # before the commands moved to cli/: name -> (module, help)
    out = {}
    for name, (module, help_) in COMMANDS.items():
        mod = importlib.import_module(module)
        out[name] = (getattr(mod, f"main_{name}", None) or mod.main, help_)
    return out


def _usage(main: Callable[[list[str]], int]) -> str:
    """The usage line argparse prints for `--help`, on one line, without the ever-present [-h]."""
    out, old = io.StringIO(), os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "100000"  # argparse wraps usage at the terminal's width: never wrap here
    try:
        with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
            main(["--help"])
    finally:
        if old is None:
            os.environ.pop("COLUMNS", None)
        else:
            os.environ["COLUMNS"] = old
    first = out.getvalue().split("\n\n")[0]
    return " ".join(first.removeprefix("usage: ").split()).replace(" [-h]", "")


def _code(text: str) -> str:
    return f"`{text}`".replace("|", "\\|")


def _all_commands() -> dict[str, tuple[Callable, str]]:
    """Every command a user runs: `python -m loaders NAME`, then the benchmark and this generator."""
    from bench.__main__ import main as bench_main

    from .options import parser
    docgen_main = parser().parse_args
    return {**_loaders_commands(),
            "bench": (bench_main, "the benchmark: speed and memory figures beside baselines and targets"),
            "docgen": (docgen_main, "rewrite the numbers generated into the README and docs/ (`--check`: name "
                                    "stale ones)")}


def usage(arg: str | None) -> str:
    """'usage:NAME': the usage of command NAME (`ingest`, …, `bench`, `docgen`) as its parser prints it."""
    return _code(_usage(_all_commands()[arg][0]))


def command_table(_arg: str | None = None) -> str:
    """Every command with its usage as its parser prints it and its one-line help."""
    return table(["command", "what it does"], [[_code(_usage(main)), help_] for main, help_ in
                                               _all_commands().values()])


_ASIDE_RE = re.compile(r"\s*\([^)]*\)")


def exit_codes(arg: str | None = None) -> str:
    """What every command's exit code means (cli.main.EXIT_CODES): a table, or with 'short' one line for a
    sentence (each meaning up to its first ';', asides in parentheses left out)."""
    from cli.main import EXIT_CODES

    if arg == "short":
        heads = (_ASIDE_RE.sub("", meaning).split(";")[0].strip() for _, meaning in EXIT_CODES)
        return "; ".join(f"{code} {head}" for (code, _), head in zip(EXIT_CODES, heads))
    return table(["exit code", "meaning"], [[str(code), meaning] for code, meaning in EXIT_CODES])
