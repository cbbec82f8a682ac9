"""`python -m loaders demo`: write the synthetic demo corpus (text documents + ground-truth sidecars)."""
from __future__ import annotations

import sys
import time
from pathlib import Path

from loaders.paths import DEMO_DIR


def register(commands) -> None:
    p = commands.add_parser("demo", help="write the synthetic demo corpus (seeded, with ground-truth sidecars)",
                            description="Write the synthetic demo corpus: one questionnaire text per "
                                        "country in the seed's layout, plus a ground-truth sidecar.")
    p.add_argument("--out", type=Path, default=None,
                   help="output folder (default: data/demo/<edition>)")
    p.add_argument("--edition", type=int, default=2022, help="survey edition (default 2022)")
    p.add_argument("--countries", nargs="+", metavar="ISO3", default=None,
                   help="ISO3 codes (default: the 193 UN Member States)")
    p.add_argument("--seed", type=int, default=0, help="random seed (default 0); same seed, same bytes")
    p.add_argument("--no-hard-cases", dest="hard_cases", action="store_false",
                   help="leave out the hard cases (rewritten answers and layout noise): plain documents only")
    p.set_defaults(func=run)


def run(args) -> int:
    """0 with the corpus written; 2 for an unknown country code or an edition without a catalogue."""
    from loaders.countries import UnknownCountry
    from synthetic.corpus import write_corpus

    out = args.out or DEMO_DIR / str(args.edition)
    countries = [c.upper() for c in args.countries] if args.countries else None
    start = time.perf_counter()
    try:
        paths = write_corpus(out, countries, args.edition, args.seed, args.hard_cases)
    except (UnknownCountry, FileNotFoundError) as exc:  # unknown code, or no catalogue for the edition
        print(exc, file=sys.stderr)
        return 2
    print(f"wrote {len(paths)} synthetic documents (+ .truth.json sidecars) to {out} "
          f"in {time.perf_counter() - start:.1f}s (seed {args.seed}{'' if args.hard_cases else ', no hard cases'})")
    return 0
