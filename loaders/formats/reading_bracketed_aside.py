"""A sentence wholly in brackets after a referral ("Refer to the Ministry of Economy. (Its reports are put on its website.)"): an aside on the body referred to."""
from __future__ import annotations

import re

WHOLE_BRACKET_RE = re.compile(r"^\s*[(\[][^()\[\]]*[)\]]\s*[.;]?\s*$")


def aside(sentence: str) -> bool:
    """Is the sentence nothing but one bracket ("(Budget reports are put on the MoE website every year – https://…)",
    "(Les rapports sont publiés sur le site du MEF.)", "(Los informes se publican en el sitio del MEF.)")? Written
    after a sentence that only refers the reader to a body, it says something of that body, set apart by the writer
    as a side remark: the answer stays the referral. A sentence with words outside its brackets is no aside."""
    return bool(WHOLE_BRACKET_RE.match(sentence))
