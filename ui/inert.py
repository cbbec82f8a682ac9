"""MSQ free text made inert for st.markdown (the components and the evidence highlight both build on it)."""
from __future__ import annotations

import re

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~<>$:=])")


def safe_md(text: object) -> str:
    """MSQ free text made inert for st.markdown: every markdown/colour/emoji/LaTeX trigger escaped."""
    out = _MD_SPECIAL.sub(r"\\\1", str(text))
    return out.replace("\r\n", "\n").replace("\n", "  \n")
