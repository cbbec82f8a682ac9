"""A status noun inside a body's name ("the e-Government Research, Innovation and Development Centre", "Centre de recherche"): the body's remit, not a status."""
from __future__ import annotations

from collections.abc import Callable

NAME_REACH = 5   # from the noun to the body word: "Research, Innovation and Development Centre"

Finder = Callable[..., "tuple[int, tuple[str, ...]] | None"]


def names_a_body(toks: list[str], i: int, n: int, find: Finder, stops: set[str], links: frozenset[str]) -> bool:
    """Does the status noun at toks[i:i+n] stand in a body's name, as what the body works on? English puts it before
    the body word ("The e-Government Research, Innovation and Development Centre (eGovRIDC) … allows institutions to
    test solutions", "the Policy Research Unit"); French and Spanish after it and "de" ("le Centre de recherche et
    d'innovation", "el Centro de Investigación Aplicada", "the Institute of Research"). Such a body is there and
    works (round eighteen W, tz_swahili_mixed 32), so the noun gives no status to the clause. The words between noun
    and body word must be words of the name: a stop word, an auxiliary or a preposition (`stops`: "A study by the
    Ministry", "research is carried out by the Centre") ends the search; before the noun only a link of a name (kind
    `name_link`: of, de, del) may stand between it and the body word."""
    for j in range(i + n, min(len(toks), i + n + NAME_REACH)):
        if find(toks, "body", j, j + 1) is not None:
            return True
        if toks[j] in stops:
            break
    return i >= 2 and toks[i - 1] in links and find(toks, "body", i - 2, i - 1) is not None
