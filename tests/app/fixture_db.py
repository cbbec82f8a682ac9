"""A tiny hand-written MSQ store for the app tests: five countries, real and synthetic, every answer state."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb

from loaders import catalogue
from loaders.schema import DDL

EDITION = 2022
INGESTED = datetime(2026, 11, 20, 12, 0, 0)

# country -> (name, is_synthetic, document path)
COUNTRIES = {
    "DNK": ("Denmark", False, "data/responses/2022/msq_2022_denmark.txt"),
    "FRA": ("France", False, "data/responses/2022/msq_2022_france.docx"),
    "KEN": ("Kenya", True, "data/demo/2022/msq_2022_kenya_synthetic.txt"),
    "BRA": ("Brazil", True, "data/demo/2022/msq_2022_brazil_synthetic.txt"),
    "JPN": ("Japan", True, "data/demo/2022/msq_2022_japan_synthetic.txt"),
}
# A synthetic Denmark document too: the answers_current view must hide it behind the real one.
SHADOWED = ("DNK", "data/demo/2022/msq_2022_denmark_synthetic.txt")

# Answers to the questions the pages centre on, one letter per question or item, in order:
# y = yes, n = no, u = unknown; upper case = marked (a tick survived), lower case = inferred.
LEGAL = {  # Q9 .. Q18
    "DNK": "YYYYYYYYYu",
    "FRA": "YYYNYYyYYn",
    "KEN": "YYNuYNnYuN",
    "BRA": "YYYYYYYYYY",
    "JPN": "NuuuNNnuuu",
}
TECH = {  # Q29 ai, robotics, blockchain, 5g, iot, other
    "DNK": "yyynyu",
    "FRA": "YNYYYN",
    "KEN": "YNNYNu",
    "BRA": "NNNNNN",
    "JPN": "YYYYYY",
}
INCLUSION = {  # Q24, Q33 .. Q40
    "DNK": "yyyyyyyyy",
    "FRA": "YYNYYuYYN",
    "KEN": "yNNuNNYNu",
    "BRA": "uuuuuuuuu",
    "JPN": "YYYYYYYYY",
}
# Free text that tests safety: a formula, markup, a markdown link with a javascript: target.
DETAILS = {
    ("DNK", 10, ""): "=HYPERLINK(\"http://example.invalid\",\"click\") Data Protection Act (Act No. 502)",
    ("DNK", 9, ""): "Public Administration Act; see https://www.retsinformation.dk/eli/lta/2020/145",
    ("KEN", 9, ""): "+254 Access to Information Act 2016 <script>alert(1)</script>",
    ("KEN", 10, ""): "@SUM(A1:A2) Data Protection Act 2019 [click](javascript:alert(1))",
    ("FRA", 33, ""): "Programme for women and older people: digital skills hubs in every département",
    ("DNK", 35, ""): "Digital inclusion for older people and persons with disabilities",
}
LINKS = {
    ("DNK", 9, ""): ["https://www.retsinformation.dk/eli/lta/2020/145"],
    ("DNK", 10, ""): ["https://www.datatilsynet.dk/"],
    ("KEN", 10, ""): ["javascript:alert(1)", "https://www.odpc.go.ke/"],
}
CONTACTS = {
    "DNK": [("respondent", "Test Respondent", "Head of Section", "Agency for Digitisation",
             "test.respondent@example.org")],
}


def _letter(code: str) -> tuple[str, str]:
    answer = {"y": "yes", "n": "no", "u": "unknown"}[code.lower()]
    if answer == "unknown":
        return answer, "none"
    return answer, "marked" if code.isupper() else "inferred"


def _answer_for(iso3: str, e: catalogue.Entry) -> tuple[str, str]:
    if 9 <= e.question <= 18 and not e.item:
        return _letter(LEGAL[iso3][e.question - 9])
    if e.question == 29 and e.item:
        slugs = ["ai", "robotics", "blockchain", "5g", "iot", "other"]
        return _letter(TECH[iso3][slugs.index(e.item)])
    if e.question == 24:
        return _letter(INCLUSION[iso3][0])
    if 33 <= e.question <= 40:
        return _letter(INCLUSION[iso3][e.question - 32])
    if e.answer_type == "items" and not e.item:
        return "yes", "inferred"
    # Everything else: a fixed pattern that differs by country, so comparisons show differences.
    pattern = {"DNK": "yyu", "FRA": "yny", "KEN": "uyn", "BRA": "nyy", "JPN": "yuy"}[iso3]
    return _letter(pattern[e.question % 3])


def sha_for(iso3: str, path: str) -> str:
    import hashlib

    return hashlib.sha256(f"{iso3}:{path}".encode()).hexdigest()


def build(db_path: Path, countries: dict = COUNTRIES) -> Path:
    """Write the fixture store to db_path (replacing it) and return the path."""
    db_path = Path(db_path)
    db_path.unlink(missing_ok=True)
    con = duckdb.connect(str(db_path))
    con.execute(DDL)
    entries = catalogue.load(EDITION)
    docs = [(iso3, name, syn, path) for iso3, (name, syn, path) in countries.items()]
    if "DNK" in countries:
        docs.append(("DNK", "Denmark", True, SHADOWED[1]))
    for iso3, name, syn, path in docs:
        sha = sha_for(iso3, path)
        con.execute("INSERT INTO documents VALUES (?, ?, 'text', 'msq_text', ?, ?, 'ok', NULL, ?, ?)",
                    [path, sha, iso3, EDITION, INGESTED, syn])
        for e in entries:
            answer, basis = _answer_for(iso3, e)
            if path == SHADOWED[1]:  # the shadowed synthetic Denmark says 'no' everywhere
                answer, basis = "no", "marked"
            key = (iso3, e.question, e.item)
            detail = DETAILS.get(key, f"{name}: answer to Q{e.question}{' ' + e.item if e.item else ''}"
                                 if answer != "unknown" else "")
            con.execute("INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [iso3, name, EDITION, e.section, e.question, e.item, list(e.themes), answer, basis,
                         detail, LINKS.get(key, []), sha, syn])
        for role, person, title, org, email in CONTACTS.get(iso3, []) if path != SHADOWED[1] else []:
            con.execute("INSERT INTO contacts VALUES (?, ?, ?, ?, ?, ?)", [sha, role, person, title, org, email])
    # A rejected file: listed in documents, contributes no answers.
    con.execute("INSERT INTO documents VALUES ('data/responses/2022/broken.pdf', ?, 'pdf', NULL, NULL, NULL, "
                "'rejected', 'Unexpected EOF: the PDF is truncated', ?, FALSE)", ["0" * 64, INGESTED])
    con.close()
    return db_path
