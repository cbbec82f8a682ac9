"""One parser for every command (`python -m loaders COMMAND`), and what every command's failure looks like.

Each command module registers its sub-command with `register(commands)` and names the function that runs it
(set_defaults(func=...)). Exit codes: EXIT_CODES (docs/commands.md and docs/store.md print them from here).
"""
from __future__ import annotations

import argparse
import sys
import traceback

from . import accuracy, build, correct, coverage, demo, export, fetch, figures, ingest, review

# What every command's exit code means (python -m docgen prints this table into the docs).
EXIT_CODES = (
    (0, "done"),
    (1, "a file was rejected, nothing to do, or no database at `--db` (the message says which, and to run "
        "`python -m loaders build`)"),
    (2, "a bad option or value (the valid values are listed), or a corrections file other than the one the "
        "database records"),
    (3, "the database is busy (writer lock), is not a database, or the disk is full; also `figures` without "
        "Chromium, and `fetch` when a source needs a file you download by hand"),
    (4, "a fault of the tool: one line on the screen, the traceback in the log file (`data/logs/errors.log`, "
        "or `MSQ_LOG`)"),
    (130, "interrupted (Ctrl-C): the database is left as it was before the command"),
)

# In the order `python -m loaders --help` lists them; `correct` registers correct and confirm.
COMMANDS = (ingest, coverage, build, demo, export, figures, accuracy, review, correct, fetch)
PROG = "python -m loaders"


def parser(prog: str = PROG) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=prog, description="Load MSQ responses into the DuckDB store and work with them.",
                                epilog=f"`{prog} COMMAND --help` for a command's options.")
    commands = p.add_subparsers(title="commands", metavar="COMMAND")
    for module in COMMANDS:
        module.register(commands)
    return p


def main(argv: list[str] | None = None, prog: str = PROG) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    p = parser(prog)
    if not argv:
        p.print_help()
        return 2
    try:
        args = p.parse_args(argv)
    except SystemExit as stop:  # argparse exits on --help (0) and on a usage error (2, the usage on stderr)
        return int(stop.code or 0)
    return _run(args, argv, prog)


def _run(args: argparse.Namespace, argv: list[str], prog: str) -> int:
    from loaders.corrections import CorrectionsError
    from loaders.paths import LOG_FILE
    from loaders.store import DiskFull, NotADatabase, StoreBusy

    command = argv[0]
    try:
        return int(args.func(args) or 0)
    except (StoreBusy, NotADatabase, DiskFull) as exc:
        print(str(exc), file=sys.stderr)
        return 3
    except CorrectionsError as exc:  # the analysts' file has a bad line: theirs to fix, named in the message
        print(str(exc), file=sys.stderr)
        return 2
    except BrokenPipeError:  # `python -m loaders review | head`: the reader stopped listening
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("interrupted; the database was left as it was before this command", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - a fault of the tool: one line here, the traceback in the log
        try:
            LOG_FILE.parent.mkdir(parents=True, exist_ok=True)
            with LOG_FILE.open("a", encoding="utf-8") as f:
                f.write(f"--- {prog} {' '.join(argv)}\n{traceback.format_exc()}")
            where = f"the traceback is in {LOG_FILE}"
        except OSError:
            where = "the traceback could not be written to the log"
        print(f"{command} failed: {type(exc).__name__}: {exc}. This is a fault of the tool, not of your files; "
              f"{where}", file=sys.stderr)
        return 4
