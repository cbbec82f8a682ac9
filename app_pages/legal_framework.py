"""Legal framework (Q9–Q18): the finder across sources, every country by source, and the self-report views."""
import streamlit as st

from analysis.page_config import PAGE_THEMES, PAGE_TITLES
from figures import charts
from ui import components, filters, source_views, views
from ui.finder import finder

THEMES = PAGE_THEMES["legal"]
f = filters.current()
rows = views.theme_rows(f, THEMES)
components.page_header("Legal framework", "Which laws each government reports (questions 9–18), beside what the World "
                       "Bank GovTech dataset (GTMI) and the UNCTAD Cyberlaw Tracker record for every member state: "
                       "✓ yes, ✗ no, ? unknown, told apart by symbol and pattern as well as colour.", rows)

st.subheader("Find countries")
finder(f, themes=THEMES, key="legal", default_a=("unctad:Privacy and Data Protection", "gtmi:I-38", "msq:Q10"),
       default_b=("unctad:Cybercrime", "msq:Q11"))

if source_views.every_country_toggle("legal_all"):
    source_views.every_country_view(f, rows, themes=THEMES, key="legal", what="laws")
    st.stop()
if rows.empty:
    components.empty_state(filters.page_rows(f, "legal-framework answers"))
    st.stop()

st.subheader("Answers by country")
components.chart(views.chart(charts.answer_matrix, f, themes=THEMES, title=f"{PAGE_TITLES['legal']}: answers by country",
                              name="legal-matrix"), f, key="matrix")
st.subheader("Share of countries with each law")
components.chart(views.chart(charts.answer_shares, f, themes=THEMES, title=f"{PAGE_TITLES['legal']}: countries answering yes, no, "
                              "unknown", name="legal-shares"), f, key="shares")
components.chart(views.chart(charts.share_by_region, f, themes=THEMES, title="Laws reported, by region: share answering yes",
                                name="legal-by-region"), f, key="regions")

st.subheader("Written answers")
views.details(rows, f, THEMES, key="legal")
