"""Measure language detectors on short MSQ-like answers: accuracy, confusions, import time, memory, size.

Usage: `python -m bench.language_detectors [--path NAME=DIR ...] [CANDIDATE ...]`. Each candidate runs in a
fresh subprocess (so import time and memory are its own). A candidate not importable is reported as
missing; `--path lingua=/tmp/det/lingua` puts a directory installed with `pip install --target` first on
its sys.path, so candidates can be compared without installing them into the project's environment.

The labelled set is tests/reading/language_samples.csv (written by hand: one-line and short answers in
en/fr/es/pt/de/it). The measurement behind the choice recorded in docs/languages.md.
"""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "tests" / "reading" / "language_samples.csv"
LANGS = ("en", "fr", "es", "pt", "de", "it")
CANDIDATES = ("lingua", "py3langid", "langdetect")
PACKAGE_DIR = {"lingua": "lingua", "py3langid": "py3langid", "langdetect": "langdetect"}
# The languages a detector may choose from: the six of the labelled set, or those plus other languages an
# MSQ response may plausibly be written in (the UN's six, Dutch), to see whether restricting helps.
LANGUAGE_SETS = {"6": LANGS, "10": LANGS + ("nl", "ru", "ar", "zh"),
                 "latin": LANGS + ("nl", "da", "sv", "no", "pl", "ro", "ca", "id", "tr")}

# The code each subprocess runs: build the detector for the six languages, then label every sample.
# A label of "" means the detector declined (below its confidence threshold).
RUNNER = r"""
import csv, json, resource, sys, time
name, samples, extra, codes = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4].split(",")
if extra:
    sys.path.insert(0, extra)
import numpy  # loaded by every process of the app already (pandas): not the detector's cost
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
if name == "lingua":
    from lingua import Language, LanguageDetectorBuilder
    from lingua import IsoCode639_1
    langs = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in codes]
    det = LanguageDetectorBuilder.from_languages(*langs).with_preloaded_language_models().build()
    def label(text):
        vals = det.compute_language_confidence_values(text)
        top = vals[0]
        return top.language.iso_code_639_1.name.lower(), top.value
elif name == "py3langid":
    from py3langid.langid import _load_identifier
    det = _load_identifier(norm_probs=True, langs=codes)
    def label(text):
        lang, p = det.classify(text)
        return lang, float(p)
elif name == "langdetect":
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException
    DetectorFactory.seed = 0
    keep = set(codes)
    def label(text):
        try:
            hits = [h for h in detect_langs(text) if h.lang in keep]
        except LangDetectException:
            return "", 0.0
        return (hits[0].lang, hits[0].prob) if hits else ("", 0.0)
else:
    raise SystemExit(f"unknown candidate {name}")
label("warm up")
t1 = time.perf_counter()
rows = list(csv.DictReader(open(samples, encoding="utf-8")))
out = [label(r["text"]) for r in rows]
t2 = time.perf_counter()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"labels": out, "load_s": t1 - t0, "per_answer_ms": (t2 - t1) * 1000 / len(rows),
                  "rss_mb": (peak - base) / 1024}))
"""


def _samples() -> list[dict[str, str]]:
    with SAMPLES.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _size_mb(name: str, extra: str) -> float | None:
    """Size of the detector's own package directory (its dependencies, e.g. numpy, not counted)."""
    if not extra:
        return None
    return sum(p.stat().st_size for p in (Path(extra) / PACKAGE_DIR[name]).rglob("*") if p.is_file()) / 2**20


def measure(name: str, extra: str = "", codes: tuple[str, ...] = LANGS) -> dict | None:
    """Run one candidate in a subprocess; None when it cannot be imported."""
    proc = subprocess.run([sys.executable, "-c", RUNNER, name, str(SAMPLES), extra, ",".join(codes)],
                          capture_output=True, text=True, timeout=600)
    if proc.returncode:
        return None
    return json.loads(proc.stdout.strip().splitlines()[-1])


def score(rows: list[dict[str, str]], labels: list, threshold: float = 0.0) -> dict:
    """Accuracy per language, with answers under `threshold` counted as declined (never as wrong)."""
    per: dict[str, list[int]] = {lang: [0, 0, 0] for lang in LANGS}  # right, wrong, declined
    confusions: dict[str, int] = {}
    for r, (got, p) in zip(rows, labels):
        cell = per[r["lang"]]
        if not got or p < threshold:
            cell[2] += 1
        elif got == r["lang"]:
            cell[0] += 1
        else:
            cell[1] += 1
            key = f"{r['lang']}->{got}"
            confusions[key] = confusions.get(key, 0) + 1
    return {"per": per, "confusions": confusions}


def main(argv: list[str]) -> int:
    paths = dict(a.split("=", 1) for a in argv if "=" in a and not a.startswith("-"))
    sets = [a.split("=", 1)[1] for a in argv if a.startswith("--set=")] or ["6"]
    names = [a for a in argv if "=" not in a and not a.startswith("-")] or list(CANDIDATES)
    rows = _samples()
    long_rows = [i for i, r in enumerate(rows) if len(r["text"].split()) >= 4]
    print(f"{len(rows)} samples ({len(long_rows)} of 4 words or more)")
    for name, which in [(n, w) for n in names for w in sets]:
        res = measure(name, paths.get(name, ""), LANGUAGE_SETS[which])
        if res is None:
            print(f"{name}: not importable")
            continue
        size = _size_mb(name, paths.get(name, ""))
        print(f"\n## {name} ({which} languages): load {res['load_s']:.2f} s, {res['per_answer_ms']:.2f} ms/answer, "
              f"+{res['rss_mb']:.0f} MB RSS" + (f", {size:.0f} MB installed" if size else ""))
        for threshold in (0.0, 0.5, 0.8):
            for label, idx in (("all", range(len(rows))), ("4+ words", long_rows)):
                s = score([rows[i] for i in idx], [res["labels"][i] for i in idx], threshold)
                cells = " ".join(f"{lang} {c[0]}/{sum(c)}" + (f" (-{c[2]})" if c[2] else "")
                                 for lang, c in s["per"].items())
                right = sum(c[0] for c in s["per"].values())
                wrong = sum(c[1] for c in s["per"].values())
                print(f"  p>={threshold:.1f} {label:8s}: right {right}/{len(idx)}, wrong {wrong} | {cells}")
                if s["confusions"]:
                    print("      confusions: " + ", ".join(f"{k} {v}" for k, v in sorted(s["confusions"].items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
