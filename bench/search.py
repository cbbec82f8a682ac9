"""`python -m bench.search --db FILE`: the written-answer search, three ways, on one store (times in ms).

The Search page's index was picked with these figures: a pandas regex scan of the folded answers, DuckDB's
ILIKE/regexp on strip_accents(lower(detail)), and an SQLite FTS5 index (Python's own sqlite3; DuckDB cannot
download its FTS extension here). Each query's time is the median of --runs runs; the counts must agree.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

QUERIES = ["disabilit", "women", "data protection", '"persons with disabilities"', "privacy law",
           "artificial intelligence strategy", "participación", "cyber", "zzzz"]


def _ms(fn, runs: int):
    times, out = [], None
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), out


def _duckdb_sql(query) -> tuple[str, list[str]]:
    """One regexp per term on the folded detail (DuckDB's regex is RE2: no look-behind, so \\b-like start)."""
    import re
    conds, params = [], []
    for term in query.terms:
        conds.append("regexp_matches(f, ?)")
        params.append(r"(^|[^\pL\pN])" + r"[^\pL\pN]+".join(re.escape(w) for w in term))
    return " AND ".join(conds), params


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.search", description=__doc__.splitlines()[0])
    p.add_argument("--db", required=True)
    p.add_argument("--runs", type=int, default=5)
    args = p.parse_args(argv)

    import duckdb

    from analysis import queries, search

    with queries.reading(args.db) as con:
        answers = queries.answers(con)
    details = answers["detail"].fillna("")
    print(f"{len(answers):,} answers, {int((details != '').sum()):,} with a written answer, "
          f"{int(details.str.len().sum()):,} characters")
    t_fold, folded = _ms(lambda: details.map(search.fold), 1)
    t_build, index = _ms(lambda: search.Index(folded), 1)
    # DuckDB: the folded text as a table of its own, then one regexp per term (ILIKE has no word start).
    con2 = duckdb.connect()
    con2.register("d", answers[["detail"]].assign(i=answers.index))
    t_duck_build, _ = _ms(lambda: con2.execute(
        "CREATE OR REPLACE TABLE s AS SELECT i, lower(strip_accents(detail)) AS f FROM d"), 1)
    print(f"prepare: fold for the scan {t_fold:.0f} ms; FTS5 index build {t_build:.0f} ms; "
          f"DuckDB folded table {t_duck_build:.0f} ms")
    print(f"{'query':38} {'hits':>5} {'scan ms':>8} {'duckdb ms':>9} {'duck ILIKE':>10} {'fts5 ms':>8}")
    for text in QUERIES:
        q = search.parse(text)
        t_scan, m = _ms(lambda: search.scan(folded, q), args.runs)
        t_fts, h = _ms(lambda: search.hits(answers, folded, q, index), args.runs)
        where, params = _duckdb_sql(q)
        t_duck, d = _ms(lambda: con2.execute(f"SELECT i FROM s WHERE {where}", params).fetchall(), args.runs)
        like = " AND ".join("f ILIKE ?" for _ in q.terms)
        t_like, _ = _ms(lambda: con2.execute(f"SELECT i FROM s WHERE {like}",
                                             ["%" + " ".join(t) + "%" for t in q.terms]).fetchall(), args.runs)
        agree = "" if int(m.sum()) == len(h) == len(d) else f"  (scan {int(m.sum())}, duckdb {len(d)})"
        print(f"{text:38} {len(h):5d} {t_scan:8.1f} {t_duck:9.1f} {t_like:10.1f} {t_fts:8.1f}{agree}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
