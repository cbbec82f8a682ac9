"""The question's noun with its topic ("the matter on the SDGs"): still the question itself, pointed at."""
from __future__ import annotations

from .reading_words import cues


def without_topic(words: list[str]) -> list[str]:
    """The words before a cue of belonging, up to a topic phrase after the question's noun: "The matter on the SDGs
    is under the responsibility of …", "La question sur les ODD relève de …", "El asunto sobre los ODS corresponde
    a …" (kind `question_noun`, then kind `about_word`: on, regarding; sur, concernant; sobre) name the question's
    matter, so whose the question is is said as after "The matter". A thing as subject ("The portal on services")
    keeps all its words: its noun is no question noun."""
    w = cues().words
    # "DGA would like to inform that the matter …": the frame of reporting is no subject (kind `reporting`, then
    # kind `complementizer`: that; que)
    framed = [k for k in range(1, len(words)) if words[k] in w["complementizer"] and words[k - 1] in w["reporting"]]
    if framed:
        words = words[framed[-1] + 1:]
    for k in range(len(words) - 1):
        if words[k] in w["question_noun"] and words[k + 1] in w["about_word"]:
            return words[:k + 1]
    return words
