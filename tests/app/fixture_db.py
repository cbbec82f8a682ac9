"""A tiny hand-written MSQ store for the app tests: five countries, real and synthetic, every answer state."""
from __future__ import annotations

from datetime import date, datetime
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


# ---------------------------------------------------------------- independent evidence
# Tiny rows in the reference tables' layout. Germany and Nigeria sent no questionnaire: they show only in the
# every-country views. Japan has no GTMI row (source missing). Values are chosen so that Denmark agrees
# everywhere, France disagrees on Q12 (no vs GTMI I-42 = 3) and Japan on Q13 (no vs UNCTAD Legislation).
REFERENCE_AS_OF = date(2026, 11, 20)
EGDI = {  # iso3 -> {year: (rank, egdi, epi, osi, hci, tii)}
    "DNK": {2018: (1, 0.9150, 1.0000, 1.0000, 0.9472, 0.7978), 2020: (1, 0.9758, 0.9643, 0.9706, 0.9588, 0.9979),
            2022: (1, 0.9717, 0.8864, 0.9797, 0.9559, 0.9795)},
    "FRA": {2020: (19, 0.8718, 0.8810, 0.8235, 0.8603, 0.9314), 2022: (12, 0.8832, 0.8068, 0.8755, 0.8826, 0.8914)},
    "KEN": {2020: (116, 0.5326, 0.6190, 0.6412, 0.5563, 0.4003), 2022: (113, 0.5589, 0.5227, 0.6407, 0.5642, 0.4718)},
    "BRA": {2020: (54, 0.7677, 0.9643, 0.8706, 0.7947, 0.6377), 2022: (49, 0.7910, 0.8750, 0.8973, 0.7916, 0.6841)},
    "JPN": {2020: (14, 0.8989, 0.9286, 0.9059, 0.8724, 0.9182), 2022: (14, 0.9002, 0.8295, 0.9094, 0.8707, 0.9205)},
    "DEU": {2022: (22, 0.8770, 0.7614, 0.7614, 0.9395, 0.9302)},
    "NGA": {2022: (140, 0.4525, 0.4091, 0.4831, 0.4731, 0.4014)},
}
NAMES = {"DEU": "Germany", "NGA": "Nigeria", "GHA": "Ghana", "TZA": "United Republic of Tanzania",
         "TWN": "Taiwan"}
M49 = {"DNK": "208", "FRA": "250", "KEN": "404", "BRA": "076", "JPN": "392", "DEU": "276", "NGA": "566",
       "GHA": "288", "TZA": "834", "TWN": "158"}
GTMI = {  # iso3 -> {code: value}, year 2022, World Bank coding
    "DNK": {"I-38": "2", "I-38.1": "Act on Processing of Personal Data", "I-38.2": "https://www.datatilsynet.dk/",
            "I-38.3": "2018", "I-37": "2", "I-37.1": "https://www.retsinformation.dk/eli/lta/2020/145",
            "I-37.2": "2013", "I-42": "3", "I-17": "2", "I-17.1": "National Strategy for Artificial Intelligence"},
    "FRA": {"I-38": "2", "I-38.1": "Loi Informatique et Libertés", "I-37": "2", "I-42": "3", "I-17": "1"},
    "KEN": {"I-38": "2", "I-38.1": "Data Protection Act 2019", "I-37": "2", "I-42": "1", "I-17": "0"},
    "BRA": {"I-38": "2", "I-37": "2", "I-42": "3", "I-17": "2"},
    "DEU": {"I-38": "2", "I-38.1": "Bundesdatenschutzgesetz", "I-37": "2", "I-42": "3", "I-17": "2"},
    "NGA": {"I-38": "1", "I-38.1": "Draft Data Protection Bill", "I-37": "2", "I-42": "New", "I-17": "0"},
    "GHA": {"I-38": "2", "I-37": "2", "I-17": "2", "I-17.1": "Ghana National AI Strategy"},
    "TZA": {"I-38": "2", "I-37": "0", "I-17": "1"},
    # Taiwan is covered by the World Bank but is not a UN Member State: listed only when asked for.
    "TWN": {"I-38": "2", "I-37": "2", "I-17": "2"},
}
CYBERLAW = {  # iso3 -> {area: (status, law title, law url)}
    "DNK": {"Privacy and Data Protection": ("Legislation", "Databeskyttelsesloven", "https://www.retsinformation.dk/"),
            "Cybercrime": ("Legislation", "Criminal Code", ""),
            "Electronic Transactions": ("Legislation", "Lov om elektroniske signaturer", "")},
    "FRA": {"Privacy and Data Protection": ("Legislation", "Loi 78-17", ""), "Cybercrime": ("Legislation", "", ""),
            "Electronic Transactions": ("Legislation", "", "")},
    "KEN": {"Privacy and Data Protection": ("Legislation", "Data Protection Act 2019", ""),
            "Cybercrime": ("Draft Legislation", "", ""), "Electronic Transactions": ("Legislation", "", "")},
    "BRA": {"Privacy and Data Protection": ("Legislation", "LGPD", ""), "Cybercrime": ("Legislation", "", ""),
            "Electronic Transactions": ("Legislation", "", "")},
    "JPN": {"Privacy and Data Protection": ("Legislation", "Act on the Protection of Personal Information", ""),
            "Cybercrime": ("Legislation", "", ""), "Electronic Transactions": ("Legislation", "", "")},
    "DEU": {"Privacy and Data Protection": ("Legislation", "Bundesdatenschutzgesetz", ""),
            "Cybercrime": ("Legislation", "", ""), "Electronic Transactions": ("Legislation", "", "")},
    "NGA": {"Privacy and Data Protection": ("Draft Legislation", "", ""), "Cybercrime": ("Legislation", "", ""),
            "Electronic Transactions": ("No Data", "", "")},
    # Africa, for the finder: Ghana has both laws, Tanzania a data protection law and no cybercrime law.
    "GHA": {"Privacy and Data Protection": ("Legislation", "Data Protection Act 2012", ""),
            "Cybercrime": ("Legislation", "Cybersecurity Act 2020", "")},
    "TZA": {"Privacy and Data Protection": ("Legislation", "Personal Data Protection Act 2022",
                                            "https://www.example.org/tza-pdpa"),
            "Cybercrime": ("No Legislation", "", "")},
    "TWN": {"Privacy and Data Protection": ("Legislation", "Personal Data Protection Act", ""),
            "Cybercrime": ("No Legislation", "", "")},
}


def _name(iso3: str) -> str:
    return COUNTRIES[iso3][0] if iso3 in COUNTRIES else NAMES[iso3]


def add_reference(con) -> None:
    """The reference tables with the rows above, then the evidence table derived through the crosswalk."""
    from loaders.reference_schema import DDL as REFERENCE_DDL

    con.execute(REFERENCE_DDL)
    when = datetime.combine(REFERENCE_AS_OF, datetime.min.time())
    for iso3, years in EGDI.items():
        for year, (rank, egdi, epi, osi, hci, tii) in years.items():
            con.execute("INSERT INTO egdi VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [iso3, _name(iso3), year, rank, egdi, epi, osi, hci, tii, f"EGOV_DATA_{year}.csv"])
    for iso3, codes in GTMI.items():
        for code, value in codes.items():
            con.execute("INSERT INTO gtmi VALUES (?, 2022, ?, ?, 'wb', 'gtmi_fixture.csv')", [iso3, code, value])
        con.execute("INSERT INTO gtmi_scores VALUES (?, 2022, ?, 'A', 0.8, 0.8, 0.8, 0.8, 0.8, ?, "
                    "'gtmi_fixture.csv')", [iso3, _name(iso3), "survey" if iso3 == "DNK" else "remote"])
    for iso3, areas in CYBERLAW.items():
        for area, (status, title, url) in areas.items():
            con.execute("INSERT INTO cyberlaw VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'cyberlaw_fixture.csv')",
                        [iso3, M49[iso3], _name(iso3), area, status, [title] if title else [], [url] if url else [],
                         REFERENCE_AS_OF])
    for name, kind, years in (("EGOV_DATA_2022.csv", "egdi", [2022]), ("gtmi_fixture.csv", "gtmi", [2022]),
                              ("cyberlaw_fixture.csv", "cyberlaw", [])):
        con.execute("INSERT INTO reference_files VALUES (?, ?, 'fixture', ?, ?, 1, ?, ?)",
                    [name, kind, name, "0" * 64, years, when])
    rebuild_evidence(con)


def rebuild_evidence(con) -> None:
    """The evidence table as the store derives it (loaders.source_agreement.derive), written here for the fixture."""
    from loaders import source_agreement

    frame, _ = source_agreement.derive(con)
    con.execute("DELETE FROM evidence")
    con.register("fixture_evidence", frame)
    con.execute("INSERT INTO evidence BY NAME SELECT * FROM fixture_evidence")
    con.unregister("fixture_evidence")


# An earlier real version of Denmark's response (superseded by the current one, listed on the profile), a
# doubtful reading (flag) and an analyst's correction of the current one.
EARLIER_DNK = ("data/responses/2022/msq_2022_denmark_draft.txt", datetime(2022, 3, 1, 9, 0, 0))
FLAGGED = {("DNK", 12, ""): "tick and written answer disagree"}
CORRECTED = {("DNK", 18, ""): ("no", "The written answer says no such law exists yet")}


def _document(con, path: str, sha: str, iso3: str, synthetic: bool, *, order: int, run: int = 2,
              submitted: datetime | None = None) -> None:
    con.execute("INSERT INTO documents (path, sha256, format, loader, country_iso3, edition, status, error, "
                "ingested_at, is_synthetic, submitted_at, ingest_run, ingest_order) "
                "VALUES (?, ?, 'text', 'msq_text', ?, ?, 'ok', NULL, ?, ?, ?, ?, ?)",
                [path, sha, iso3, EDITION, INGESTED, synthetic, submitted, run, order])


def _answer(con, iso3: str, name: str, e, answer: str, basis: str, detail: str, links: list, sha: str,
            synthetic: bool, flag: str | None) -> None:
    con.execute("INSERT INTO answers (country_iso3, country_name, edition, section, question, item, themes, "
                "answer, basis, detail, links, document_sha256, is_synthetic, flag) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [iso3, name, EDITION, e.section, e.question, e.item, list(e.themes), answer, basis, detail,
                 links, sha, synthetic, flag])


def build(db_path: Path, countries: dict = COUNTRIES, *, reference: bool = True) -> Path:
    """Write the fixture store to db_path (replacing it) and return the path.

    `reference=False` leaves out the reference tables: a database from before they existed, or built
    without any official file.
    """
    db_path = Path(db_path)
    db_path.unlink(missing_ok=True)
    con = duckdb.connect(str(db_path))
    con.execute(DDL)
    entries = catalogue.load(EDITION)
    docs = [(iso3, name, syn, path) for iso3, (name, syn, path) in countries.items()]
    if "DNK" in countries:
        docs.append(("DNK", "Denmark", True, SHADOWED[1]))
        docs.append(("DNK", "Denmark", False, EARLIER_DNK[0]))
    for order, (iso3, name, syn, path) in enumerate(docs):
        sha = sha_for(iso3, path)
        earlier = path == EARLIER_DNK[0]
        # The earlier Denmark version came in an earlier ingest run, with its own submission date.
        _document(con, path, sha, iso3, syn, order=order, run=1 if earlier else 2,
                  submitted=EARLIER_DNK[1] if earlier else None)
        for e in entries:
            answer, basis = _answer_for(iso3, e)
            if path in (SHADOWED[1], EARLIER_DNK[0]):  # the shadowed and the earlier Denmark say 'no' everywhere
                answer, basis = "no", "marked"
            key = (iso3, e.question, e.item)
            detail = DETAILS.get(key, f"{name}: answer to Q{e.question}{' ' + e.item if e.item else ''}"
                                 if answer != "unknown" else "")
            current = path == countries.get(iso3, (None, None, None))[2]
            _answer(con, iso3, name, e, answer, basis, detail, LINKS.get(key, []), sha, syn,
                    FLAGGED.get(key) if current else None)
        for role, person, title, org, email in CONTACTS.get(iso3, []) if path == countries[iso3][2] else []:
            con.execute("INSERT INTO contacts VALUES (?, ?, ?, ?, ?, ?)", [sha, role, person, title, org, email])
    for (iso3, question, item), (answer, reason) in CORRECTED.items() if "DNK" in countries else ():
        con.execute("INSERT INTO corrections VALUES (?, ?, ?, ?, ?, ?, 'analyst@example.org', '2026-11-21', ?)",
                    [EDITION, iso3, question, item, answer, reason, sha_for(iso3, countries[iso3][2])])
    # A rejected file: listed in documents, contributes no answers.
    con.execute("INSERT INTO documents (path, sha256, format, status, error, ingested_at, is_synthetic) "
                "VALUES ('data/responses/2022/broken.pdf', ?, 'pdf', 'rejected', "
                "'Unexpected EOF: the PDF is truncated', ?, FALSE)", ["0" * 64, INGESTED])
    if reference:
        add_reference(con)
    con.close()
    return db_path
