"""A clause's address given after a colon ("… through the Gunaso Sunuwai portal (OPMCM): https://…"): its own."""
from __future__ import annotations

from .reading_answer import Weighed

# "… portal: https://…". Not a dash: "◦ Legal Affairs Division (BHEUU), JPM – https://…" under a top bullet's denial is
# read by reading_bullet_tree, which settles the unflagged no.
ADDRESS_JOINTS = (":",)


def addressed(w: Weighed) -> bool:
    """Does the deciding clause of a weighed sentence give an address: in its own words, or as the clause that comes
    right after it, joined by a colon and holding nothing but the address ("Public grievances are received
    through the Gunaso Sunuwai portal of the Office of the Prime Minister (OPMCM): https://…"; round eighteen V,
    np_bikram_sambat 2/e_participation)? The colon only cut the sentence: the address is the clause's."""
    if "url" in w.decider.toks:
        return True
    ids = [id(m) for m in w.mains]
    if id(w.decider) not in ids:
        return False
    after = w.mains[ids.index(id(w.decider)) + 1:ids.index(id(w.decider)) + 2]
    return bool(after) and after[0].joint in ADDRESS_JOINTS and [t for t in after[0].toks if t.isalnum()] == ["url"]
