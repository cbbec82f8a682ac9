"""Inclusion and e-participation (Q24, Q33–Q40): matrix, counts, and the written answers at hand."""
import streamlit as st

from figures import charts
from ui import components as ui
from ui import data
from ui import filters as uf

f = uf.current()
rows = charts.theme_rows(data.filtered(f), charts.PAGE_THEMES["inclusion"])
ui.page_header("Inclusion and e-participation", "Policies and measures for digital inclusion and "
               "e-participation (questions 24 and 33–40), with each government's written answer.", rows)
if rows.empty:
    ui.empty_state(uf.page_rows(f, "inclusion or e-participation answers"))
    st.stop()

as_of = data.as_of()
st.subheader("Search the written answers")
term = st.text_input("Words to look for (e.g. women, older, disabilit)", key="q", bind="query-params",
                     help="Case-insensitive; matches any part of a word. Leave empty to skip.")
if term.strip():
    words = term.lower().split()
    hits = rows[rows["detail"].str.lower().map(lambda d: all(w in d for w in words))]
    st.markdown(f"**{hits['country_iso3'].nunique()} countries**, {len(hits)} answers mention "
                f"{ui.safe_md(' and '.join(words))}.")
    if not hits.empty:
        ui.details_frame(hits, key="search")

st.subheader("Answers by country")
ui.chart(charts.answer_matrix(rows, f, title=f"{charts.PAGE_TITLES['inclusion']}: answers by country",
                              name="inclusion-matrix", as_of=as_of), f, key="matrix")
st.subheader("Counts")
ui.chart(charts.answer_shares(rows, f, title="Inclusion and e-participation: countries answering yes, no, "
                              "unknown", name="inclusion-shares", as_of=as_of), f, key="shares")

st.subheader("Written answers")
ui.details(rows, key="incl")
