"""Table `evidence`: questionnaire answers beside GTMI and UNCTAD values, through data/evidence_crosswalk.csv."""
from __future__ import annotations

import csv
import re
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import catalogue, reference_schema
from .paths import DATA

CROSSWALK = DATA / "evidence_crosswalk.csv"
ANSWERS = reference_schema.EVIDENCE_ANSWERS
CONFIDENCE = ("high", "medium", "low")
BLANK = "<blank>"  # how the crosswalk writes the empty cell in a value coding
CODE_RE = re.compile(r"^I-\d+(\.\d+)*$")
# GTMI values that mean "nothing here" in sub-fields (name, URL, year), so they stay out of the detail.
EMPTY_VALUES = {"", "-", "NA", "New", "n/a"}
COLLECTION_TEXT = {"survey": "collected from the government's answer to the World Bank survey",
                   "remote": "collected remotely by World Bank staff"}
EVIDENCE_COLUMNS = reference_schema.COLUMNS["evidence"]


class CrosswalkError(ValueError):
    """The crosswalk file disagrees with the catalogue, the sources or itself."""


@dataclass(frozen=True)
class Mapping:
    """One crosswalk row: an indicator, its questionnaire question and its GTMI / UNCTAD counterparts."""

    indicator: str
    label: str
    msq_edition: int
    msq_question: int
    msq_item: str
    gtmi_code: str
    gtmi_label: str
    gtmi_years: tuple[int, ...]
    gtmi_values: dict[str, str]
    gtmi_values_recoded: dict[str, str]
    gtmi_detail_codes: tuple[str, ...]
    gtmi_link_code: str
    gtmi_confidence: str
    unctad_area: str
    unctad_values: dict[str, str]
    unctad_confidence: str
    note: str

    @property
    def gtmi_codes(self) -> tuple[str, ...]:
        """Every GTMI code the indicator reads: the question, its detail fields and its link field."""
        codes = (self.gtmi_code, *self.gtmi_detail_codes, self.gtmi_link_code)
        return tuple(c for c in dict.fromkeys(codes) if c)


def parse_coding(text: str) -> dict[str, str]:
    """'2=yes;1=partial;<blank>=unknown' -> {'2': 'yes', '1': 'partial', '': 'unknown'}."""
    out: dict[str, str] = {}
    for pair in (p for p in text.split(";") if p.strip()):
        raw, sep, answer = pair.partition("=")
        raw, answer = raw.strip(), answer.strip()
        raw = "" if raw == BLANK else raw
        if not sep or answer not in ANSWERS:
            raise CrosswalkError(f"value coding {pair!r}: expected RAW=ANSWER with ANSWER in {list(ANSWERS)}")
        if raw in out:
            raise CrosswalkError(f"value coding {text!r} codes {raw!r} twice")
        out[raw] = answer
    return out


def unctad_areas() -> tuple[str, ...]:
    """The tracker's legal areas, as named in data/reference_layouts.csv."""
    with (DATA / "reference_layouts.csv").open(encoding="utf-8", newline="") as f:
        return tuple(r["headers"] for r in csv.DictReader(f) if r["kind"] == "cyberlaw" and r["column"] == "area")


def _row(r: dict, where: str) -> Mapping:
    try:
        m = Mapping(
            indicator=r["indicator"].strip(), label=r["label"].strip(),
            msq_edition=int(r["msq_edition"]), msq_question=int(r["msq_question"]), msq_item=r["msq_item"].strip(),
            gtmi_code=r["gtmi_code"].strip(), gtmi_label=r["gtmi_label"].strip(),
            gtmi_years=tuple(int(y) for y in r["gtmi_years"].split(";") if y.strip()),
            gtmi_values=parse_coding(r["gtmi_values"]), gtmi_values_recoded=parse_coding(r["gtmi_values_recoded"]),
            gtmi_detail_codes=tuple(c.strip() for c in r["gtmi_detail_codes"].split(";") if c.strip()),
            gtmi_link_code=r["gtmi_link_code"].strip(), gtmi_confidence=r["gtmi_confidence"].strip(),
            unctad_area=r["unctad_area"].strip(), unctad_values=parse_coding(r["unctad_values"]),
            unctad_confidence=r["unctad_confidence"].strip(), note=r["note"].strip(),
        )
    except (KeyError, ValueError) as exc:
        raise CrosswalkError(f"{where}: {exc}") from exc
    _check(m, where)
    return m


def _check(m: Mapping, where: str) -> None:
    if not re.fullmatch(r"[a-z][a-z0-9_]*", m.indicator):
        raise CrosswalkError(f"{where}: indicator {m.indicator!r} must be snake_case")
    try:
        entry = catalogue.entry(m.msq_edition, m.msq_question, m.msq_item)
    except (KeyError, FileNotFoundError) as exc:
        raise CrosswalkError(f"{where}: unknown catalogue question: {exc}") from exc
    if entry.answer_type == "items":
        raise CrosswalkError(f"{where}: Q{m.msq_question} is an items question; map one of its items")
    if not (m.gtmi_code or m.unctad_area):
        raise CrosswalkError(f"{where}: {m.indicator} maps to neither a GTMI code nor an UNCTAD area")
    if m.gtmi_code:
        codes = (m.gtmi_code, *m.gtmi_detail_codes, *([m.gtmi_link_code] if m.gtmi_link_code else []))
        if not all(CODE_RE.match(c) for c in codes):
            raise CrosswalkError(f"{where}: GTMI codes must look like I-38 or I-38.1: {codes}")
        if any(not c.startswith(m.gtmi_code + ".") for c in codes[1:]):
            raise CrosswalkError(f"{where}: detail and link codes must be sub-fields of {m.gtmi_code}")
        if not m.gtmi_values or not m.gtmi_years or m.gtmi_confidence not in CONFIDENCE:
            raise CrosswalkError(f"{where}: a GTMI mapping needs gtmi_values, gtmi_years and a confidence")
    elif m.gtmi_values or m.gtmi_years or m.gtmi_confidence or m.gtmi_detail_codes or m.gtmi_link_code:
        raise CrosswalkError(f"{where}: GTMI columns filled but gtmi_code is blank")
    if m.unctad_area:
        if m.unctad_area not in unctad_areas():
            raise CrosswalkError(f"{where}: unknown UNCTAD area {m.unctad_area!r}; known: {unctad_areas()}")
        if set(m.unctad_values) != set(reference_schema.CYBERLAW_STATUSES) or m.unctad_confidence not in CONFIDENCE:
            raise CrosswalkError(f"{where}: unctad_values must code each of {reference_schema.CYBERLAW_STATUSES} "
                                 "and unctad_confidence must be high/medium/low")
    elif m.unctad_values or m.unctad_confidence:
        raise CrosswalkError(f"{where}: UNCTAD columns filled but unctad_area is blank")
    for coding in (m.gtmi_values, m.gtmi_values_recoded, m.unctad_values):
        # Blank and "No Data" must never turn into "no" (unknown is not no).
        for raw in ("", "No Data", "New", "-", "NA"):
            if coding.get(raw) not in (None, "unknown"):
                raise CrosswalkError(f"{where}: {raw or BLANK!r} must map to unknown, not {coding[raw]!r}")


@lru_cache(maxsize=4)
def load_crosswalk(path: Path = CROSSWALK) -> tuple[Mapping, ...]:
    """Every crosswalk row, checked against the question catalogue and the known sources."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = [_row(r, f"{path.name}:{n}") for n, r in enumerate(csv.DictReader(f), start=2)]
    keys = [(m.indicator, m.msq_edition) for m in rows]
    if len(keys) != len(set(keys)):
        raise CrosswalkError(f"{path.name}: an indicator appears twice for one edition")
    return tuple(rows)


def crosswalk_frame(path: Path = CROSSWALK) -> pd.DataFrame:
    """The crosswalk as a DataFrame (for analysis and pages)."""
    return pd.DataFrame([m.__dict__ for m in load_crosswalk(path)])


def _exists(con, name: str) -> bool:
    return con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?",
                       [name]).fetchone()[0] > 0


def _first_http(values) -> str:
    return next((v for v in values if isinstance(v, str) and re.match(r"^https?://", v)), "")


def _msq_rows(con, cw: tuple[Mapping, ...]) -> pd.DataFrame:
    if not _exists(con, "answers_current"):
        return pd.DataFrame(columns=EVIDENCE_COLUMNS)
    answers = con.execute(
        "SELECT country_iso3, edition, question, item, answer, basis, detail, links, is_synthetic "
        "FROM answers_current").df()
    keys = pd.DataFrame([(m.msq_edition, m.msq_question, m.msq_item, m.indicator) for m in cw],
                        columns=["edition", "question", "item", "indicator"])
    df = answers.merge(keys, on=["edition", "question", "item"], how="inner")
    return pd.DataFrame({
        "country_iso3": df["country_iso3"], "year": df["edition"].astype(int), "source": "msq",
        "indicator": df["indicator"], "answer": df["answer"],
        "raw_value": df["answer"] + " (" + df["basis"] + ")",
        "detail": df["detail"].fillna(""), "link": df["links"].map(lambda v: _first_http(list(v))),
        "is_synthetic": df["is_synthetic"].astype(bool),
    })


def _gtmi_rows(con, cw: tuple[Mapping, ...], report: dict) -> pd.DataFrame:
    mapped = [m for m in cw if m.gtmi_code]
    codes = sorted({c for m in mapped for c in m.gtmi_codes})
    if not codes:
        return pd.DataFrame(columns=EVIDENCE_COLUMNS)
    g = con.execute(f"SELECT country_iso3, year, code, value, coding FROM gtmi WHERE code IN "
                    f"({', '.join('?' * len(codes))})", codes).df()
    collection = dict(((r[0], r[1]), r[2]) for r in con.execute(
        "SELECT country_iso3, year, collection FROM gtmi_scores WHERE collection IS NOT NULL").fetchall())
    values = {(r.country_iso3, int(r.year), r.code): r.value for r in g.itertuples()}
    out = []
    for m in mapped:
        base = g[g["code"] == m.gtmi_code]
        for year, n in base[~base["year"].isin(m.gtmi_years)]["year"].value_counts().sort_index().items():
            report["skipped_years"].append({"indicator": m.indicator, "code": m.gtmi_code, "year": int(year),
                                            "rows": int(n)})
        for r in base[base["year"].isin(m.gtmi_years)].itertuples():
            key = (r.country_iso3, int(r.year))
            coding = m.gtmi_values if r.coding == "wb" else m.gtmi_values_recoded
            answer = coding.get(r.value)
            head = f"{m.gtmi_code} = {r.value or BLANK}"
            if r.coding != "wb":
                head += " (a derived file's 0/1 recode: 1 = World Bank value 2)"
            if answer is None:
                report["unmapped"].append({"indicator": m.indicator, "source": "gtmi", "code": m.gtmi_code,
                                           "year": key[1], "value": r.value, "coding": r.coding})
                answer, head = "unknown", head + f" — value {r.value!r} is not in the crosswalk coding"
            subs = [values.get((*key, c), "") for c in m.gtmi_detail_codes]
            link = values.get((*key, m.gtmi_link_code), "") if m.gtmi_link_code else ""
            parts = [head, *[s for s in subs if s not in EMPTY_VALUES]]
            if link and link not in EMPTY_VALUES and not re.match(r"^https?://", link):
                parts.append(link)  # e.g. "Not public": worth reading, not a link
            if collection.get(key):
                parts.append(COLLECTION_TEXT[collection[key]])
            out.append({"country_iso3": key[0], "year": key[1], "source": "gtmi", "indicator": m.indicator,
                        "answer": answer, "raw_value": r.value, "detail": "; ".join(parts),
                        "link": _first_http([link]), "is_synthetic": False})
    return pd.DataFrame(out, columns=EVIDENCE_COLUMNS)


def _unctad_rows(con, cw: tuple[Mapping, ...], report: dict) -> pd.DataFrame:
    mapped = [m for m in cw if m.unctad_area]
    if not mapped:
        return pd.DataFrame(columns=EVIDENCE_COLUMNS)
    c = con.execute("SELECT country_iso3, area, status, law_titles, law_urls, as_of FROM cyberlaw").df()
    # An undated tracker (as_of NULL: 'date not recorded' on every page) is one current snapshot: the year it is
    # read stands in as its ordering key for pick_year, and is never shown as its date.
    c["as_of"] = [d if pd.notna(d) else pd.Timestamp.now() for d in c["as_of"]]
    out = []
    for m in mapped:
        for r in c[c["area"] == m.unctad_area].itertuples():
            answer = m.unctad_values.get(r.status)
            if answer is None:
                report["unmapped"].append({"indicator": m.indicator, "source": "unctad", "code": m.unctad_area,
                                           "year": r.as_of.year, "value": r.status, "coding": ""})
                answer = "unknown"
            titles = "; ".join(t for t in list(r.law_titles) if t)
            out.append({"country_iso3": r.country_iso3, "year": int(r.as_of.year), "source": "unctad",
                        "indicator": m.indicator, "answer": answer, "raw_value": r.status,
                        "detail": f"{m.unctad_area}: {r.status}" + (f"; {titles}" if titles else ""),
                        "link": _first_http(list(r.law_urls)), "is_synthetic": False})
    return pd.DataFrame(out, columns=EVIDENCE_COLUMNS)


def derive(con) -> tuple[pd.DataFrame, dict]:
    """The whole `evidence` table computed from answers_current, gtmi and cyberlaw, and a report.

    Reads only; the store writes the frame (loaders.store.Writer.rebuild_evidence). GTMI rows of years
    the crosswalk does not list for a code are left out (their coding was not checked) and counted under
    'skipped_years'; raw values missing from a coding become 'unknown' and are listed under 'unmapped'.
    """
    started = time.perf_counter()
    cw = load_crosswalk()
    report: dict = {"unmapped": [], "skipped_years": []}
    parts = [f for f in (_msq_rows(con, cw), _gtmi_rows(con, cw, report), _unctad_rows(con, cw, report)) if len(f)]
    frame = (pd.concat(parts, ignore_index=True).astype({"year": int, "is_synthetic": bool}) if parts
             else _empty())
    unmapped = pd.DataFrame(report["unmapped"], columns=["indicator", "source", "code", "year", "value", "coding"])
    counts = (unmapped.groupby(["indicator", "source", "code", "year", "value", "coding"]).size()
              .reset_index(name="rows").to_dict("records")) if len(unmapped) else []
    return frame, {"rows": {s: int((frame["source"] == s).sum()) for s in reference_schema.EVIDENCE_SOURCES},
                   "countries": int(frame["country_iso3"].nunique()), "unmapped": counts,
                   "skipped_years": report["skipped_years"], "seconds": round(time.perf_counter() - started, 3)}


def _empty() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in zip(
        EVIDENCE_COLUMNS, [str, int, str, str, str, str, str, str, bool])})
