"""On a question asking for names and links, a body named and then only its link's status: the name answers, yes.

Round fourteen (L): "Ministry of Labour. Link not available at the moment; the website is being redesigned." and
"Ministry of Environment, Forest and Climate Change (MoEFCC). Link and details awaited from the Ministry." were read
no: the status after the name was taken for the status of the ministry, but it is the status of its address only.
"""
from __future__ import annotations

from . import reading_evidence as evidence
from .reading_answer import Answer
from .reading_words import has_cue, tokens


def only_link_status(a: Answer, k: int) -> bool:
    """Is every sentence after the named body (sentence k) about its link ("Link and details awaited", "Lien non
    disponible ; le site est en refonte", "Enlace no disponible por el momento")?"""
    if not evidence.name_request(a.topic) or k + 1 >= len(a.sents):
        return False
    # the address of what was named (polarity kind `link_word`): a status told of it is the link's, not the body's
    return all(has_cue(tokens(s), "link_word") for s in a.sents[k + 1:])


def unless_link_only(a: Answer, k: int, later):
    """The later status, or None when it is only the status of the named body's link."""
    return None if later is not None and only_link_status(a, k) else later
