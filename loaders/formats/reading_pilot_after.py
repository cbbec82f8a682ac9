"""A thing said in place or operating, then a sentence with no subject of its own saying it is piloted: yes, flagged."""
from __future__ import annotations

from .reading_clauses import Clause
from .reading_evidence import find
from .reading_weight import FLAG_STATUS_WEIGHED

# Affirmations a pilot told after can narrow to a trial: a system "developed by" a body, "in use", a plain statement.
NARROWED_KINDS = frozenset({"in place", "operating", "stated"})


def pilot_after(found: tuple[str, tuple[str, ...]], later: tuple[Clause, str] | None) -> str | None:
    """"The e-GP system, https://…, developed by the Department of Public Finance. Piloted in 12 procuring entities
    since March 2022." (round sixteen lk_cabinet_gazette 2/procurement): a later sentence that opens with the pilot
    word has no subject of its own, so it tells of the thing just named; it may say the thing only runs as a trial
    (the analyst's no) or tell of a trial before the roll-out (yes), and the reader cannot tell which. The flag `a
    status beside something in force or operating: which decides?`; None when the pilot has a subject of its own
    ("Online RTI application module piloted in 8 upazilas": another thing) or the affirmation is a text in force."""
    if later is None or not later[1].startswith("status pilot") or found[0] not in NARROWED_KINDS:
        return None
    hit = find(later[0].toks, "piloting") or find(later[0].toks, "pilot")
    return FLAG_STATUS_WEIGHED if hit is not None and hit[0] == 0 else None
