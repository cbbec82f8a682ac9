"""A spaced dash between two months ("(septiembre - diciembre de 2022)", "September – December 2022"): a range of dates, not a clause break."""
from __future__ import annotations

from .reading_time_words import time_words

DASHES = {"–", "—", "-"}


def month_range(toks: list[str], i: int) -> bool:
    """Is toks[i] a dash between two months ("en piloto en 3 entidades (septiembre - diciembre de 2022)", "piloted
    from September – December 2022", "de septembre – décembre 2022")? Cut there, the second month's clause ("diciembre
    de 2022") was read as an elaboration after the pilot's status and turned it into a yes (round fifteen
    es_colombia_conpes 42)."""
    if toks[i] not in DASHES or i == 0 or i + 1 >= len(toks):
        return False
    months = {p[0] for p in time_words().phrases.get("month", ()) if len(p) == 1}
    return toks[i - 1] in months and toks[i + 1] in months
