"""Which themes each theme page (and its chapter figures) shows, and its title: one place for pages and figures."""
from __future__ import annotations

PAGE_THEMES = {
    "legal": ("legal_framework",),
    "emerging": ("emerging_tech",),
    "inclusion": ("inclusion", "e_participation"),
}
PAGE_TITLES = {
    "legal": "Laws reported (Q9–Q18)",
    "emerging": "Emerging technologies in the strategy (Q29) and the emerging-tech law (Q18)",
    "inclusion": "Digital inclusion and e-participation (Q24, Q33–Q40)",
}
