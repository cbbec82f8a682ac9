"""`python -m loaders accuracy PATH...`: loaded answers against ground-truth sidecars, per format (loaders.accuracy)."""
from __future__ import annotations

import sys


def register(commands) -> None:
    p = commands.add_parser("accuracy", help="compare loaded answers with ground-truth sidecars, per format",
                            description="Compare loaded answers with <name>.truth.json sidecars, per format.")
    p.add_argument("paths", nargs="+", help="documents or folders (folders: every file that has a sidecar)")
    p.add_argument("--edition", type=int, help="survey edition, when the documents do not say it")
    p.set_defaults(func=run)


def run(args) -> int:
    """0 when every answer, basis and link matches; 1 on any mismatch or rejection; 2 without a sidecar."""
    from loaders import accuracy

    tallies = accuracy.measure(args.paths, edition=args.edition)
    if not tallies:
        print("no documents with a ground-truth sidecar found", file=sys.stderr)
        return 2
    print(accuracy.report(tallies))
    return 0 if accuracy.perfect(tallies) else 1
