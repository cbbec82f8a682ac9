"""A URL ending in "/" then a line opening with a participle and its agent ("…/ operated by the Office"): the URL ended."""
from __future__ import annotations

from .reading_words import cues, supported_languages, tokens


def participle_with_agent(nxt: str) -> bool:
    """Wrapping breaks a URL after a slash (".../initiatives/" + "business"), so a word after "/" is taken as a
    path piece; but a path piece is one token, and a word followed at once by an agent (polarity kind
    `agent_preposition`: by; par; por) is a participle telling who runs the site: "operated by the Office",
    "gérée par le Ministère", "operado por la Secretaría". Every table is tried: the answer's language is not set
    while lines are joined."""
    words = nxt.split()
    if len(words) < 3 or not words[0][:1].isalpha() or not words[0].isalpha():
        return False
    for lang in sorted(supported_languages()):
        second = tokens(words[1], lang)
        if second and second[0] in cues(lang).words["agent_preposition"]:
            return True
    return False
