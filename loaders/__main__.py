"""Command line: `python -m loaders ingest | coverage | demo | export | figures | accuracy`."""
from __future__ import annotations

import importlib
import sys

# command -> (module, one-line help). Each module exposes main(argv: list[str]) -> int.
COMMANDS = {
    "ingest": ("loaders.cli_ingest", "ingest files or folders into the DuckDB store"),
    "coverage": ("loaders.cli_ingest", "print yes/no/unknown coverage per country and section"),
    "build": ("loaders.cli_ingest", "(re)build the default database: responses, demo corpus, reference files"),
    "demo": ("loaders.synthetic.cli", "write the synthetic demo corpus (seeded, with ground-truth sidecars)"),
    "export": ("analysis.export_cli", "write the filtered answers as CSV or XLSX, as the Data page does"),
    "figures": ("figures.cli", "write the standard chapter figures as PNG and SVG"),
    "accuracy": ("loaders.accuracy", "compare loaded answers with ground-truth sidecars, per format"),
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
    module = importlib.import_module(COMMANDS[command][0])
    handler = getattr(module, f"main_{command}", None) or module.main
    return int(handler(rest) or 0)


if __name__ == "__main__":
    sys.exit(main())
