"""Command line: `python -m loaders COMMAND` (ingest, coverage, build, demo, export, figures, accuracy, …)."""
from __future__ import annotations

import importlib
import sys
import traceback

# command -> (module, one-line help). Each module exposes main_<command>(argv) or main(argv) -> int.
COMMANDS = {
    "ingest": ("loaders.cli", "ingest files or folders into the DuckDB store"),
    "coverage": ("loaders.cli", "print yes/no/unknown coverage per country and section"),
    "build": ("loaders.cli", "(re)build the default database: responses, reference files, demo corpus"),
    "demo": ("loaders.synthetic.cli", "write the synthetic demo corpus (seeded, with ground-truth sidecars)"),
    "export": ("analysis.export_cli", "write the filtered answers as CSV or XLSX, as the Data page does"),
    "figures": ("cli.figures", "write the standard chapter figures as PNG and SVG"),
    "accuracy": ("loaders.accuracy", "compare loaded answers with ground-truth sidecars, per format"),
    "review": ("loaders.cli_review", "print the flagged and inferred answers to review, and stale corrections"),
    "correct": ("loaders.cli_review", "record an analyst's correction of one answer and apply it"),
    "confirm": ("loaders.cli_review", "confirm readings (one, a section, every inferred one) in one act"),
    "fetch": ("loaders.cli_fetch", "download the UNCTAD and World Bank files from the publishers and load them"),
}


def _usage() -> str:
    lines = ["usage: python -m loaders COMMAND [options]", "", "commands:"]
    lines += [f"  {name:<9} {help_}" for name, (_, help_) in COMMANDS.items()]
    lines.append("\n`python -m loaders COMMAND --help` for a command's options.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in {"-h", "--help"}:
        print(_usage())
        return 0 if argv else 2
    command, rest = argv[0], argv[1:]
    if command not in COMMANDS:
        print(f"unknown command {command!r}\n\n{_usage()}", file=sys.stderr)
        return 2
    from .corrections import CorrectionsError
    from .paths import LOG_FILE
    from .store import DiskFull, NotADatabase, StoreBusy

    try:
        module = importlib.import_module(COMMANDS[command][0])
        handler = getattr(module, f"main_{command}", None) or module.main
        return int(handler(rest) or 0)
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
                f.write(f"--- python -m loaders {' '.join(argv)}\n{traceback.format_exc()}")
            where = f"the traceback is in {LOG_FILE}"
        except OSError:
            where = "the traceback could not be written to the log"
        print(f"{command} failed: {type(exc).__name__}: {exc}. This is a fault of the tool, not of your files; "
              f"{where}", file=sys.stderr)
        return 4


if __name__ == "__main__":
    sys.exit(main())
