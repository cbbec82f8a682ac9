"""Emerging technologies: the finder across sources, every country by source, Q29 items and the Q18 law."""
import streamlit as st

from analysis.page_config import PAGE_THEMES, PAGE_TITLES
from figures import charts
from ui import components, filters, source_views, views
from ui.finder import finder

THEMES = PAGE_THEMES["emerging"]
f = filters.current()
rows = views.theme_rows(f, THEMES)
components.page_header("Emerging technologies", "Which emerging technologies the national strategy addresses "
                       "(question 29: AI, robotics, blockchain, 5G, IoT, other) and whether a law covers them "
                       "(question 18), beside the World Bank GTMI's strategy indicator for every member state.", rows)

st.subheader("Find countries")
finder(f, themes=THEMES, key="tech", default_a=("gtmi:I-17", "msq:Q29.ai"))

if source_views.every_country_toggle("tech_all"):
    source_views.every_country_view(f, rows, themes=THEMES, key="tech", what="emerging-technology strategies and laws")
    st.stop()
if rows.empty:
    components.empty_state(filters.page_rows(f, "emerging-technology answers"))
    st.stop()

st.subheader("Answers by country")
components.chart(views.chart(charts.answer_matrix, f, themes=THEMES, title=f"{PAGE_TITLES['emerging']}: answers by country",
                              name="emerging-matrix"), f, key="matrix")
st.subheader("Counts")
components.chart(views.chart(charts.answer_shares, f, themes=THEMES, title="Emerging technologies: countries answering yes, no, unknown",
                              name="emerging-shares"), f, key="shares")

st.subheader("Written answers")
views.details(rows, f, THEMES, key="tech")
