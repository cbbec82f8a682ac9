"""Data: the filtered long table and downloads (CSV, XLSX) of exactly those rows, with citation."""
import streamlit as st

from analysis import export, sentences
from figures.style import THEME_TITLES
from ui import components, data, filters, views

f = filters.current()
base = data.filtered(f)
components.page_header("Data and downloads", "The answers behind every view, one row per country and question, and "
                       "downloads of exactly these rows.", base)

titles, themes = views.groups(f)
c1, c2 = st.columns(2)
section = c1.selectbox("Section", ["(all sections)"] + list(titles), key="section", bind="query-params",
                       format_func=lambda s: s if s.startswith("(") else f"{s} · {titles[s]}")
theme = c2.selectbox("Theme", ["(all themes)"] + themes, key="theme", bind="query-params",
                     format_func=lambda t: t if t.startswith("(") else THEME_TITLES.get(t, t))
f = filters.with_page(f, section=None if section.startswith("(") else section,
                      theme=None if theme.startswith("(") else theme)

people = st.checkbox("Include respondents' names, titles, organisations and e-mails (personal data)",
                     value=False, key="data_contacts",
                     help="Left out by default, on screen and in the files. Not kept in the link.")
earlier = st.checkbox("Include earlier versions of each response", value=False, key="data_superseded",
                      help="Every version of a response is kept; the dashboard shows the most recently "
                           "submitted one. Adds the rows of the others, with a column `version`.")
frame, shown = views.export_table(f, people, earlier)
if frame.empty:
    components.empty_state(filters.why_empty(f))
    st.stop()

citation = export.citation_for(frame, f)
n = len(frame)
n_countries = frame["country_iso3"].nunique()
st.markdown(f"**{sentences.rows(n)}** · {sentences.plural(n_countries, 'country', 'countries')} · "
            f"{sentences.rows(int(frame['is_synthetic'].sum()))} from synthetic demo responses")
st.caption("Cite as: " + citation.replace("\n", " — "))
d1, d2, _ = st.columns([1, 1, 2])
d1.download_button(f"Download CSV ({sentences.rows(n)})", data=lambda: export.to_csv_bytes(frame, citation),
                   file_name=export.suggested_filename(f, "csv"), mime="text/csv", on_click="ignore",
                   icon=":material/download:", key="download_csv", type="primary")
d2.download_button(f"Download XLSX ({sentences.rows(n)})",
                   data=lambda: export.to_xlsx_bytes(frame, citation, filters=f),
                   file_name=export.suggested_filename(f, "xlsx"),
                   mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", on_click="ignore",
                   icon=":material/download:", key="download_xlsx")
st.caption("Text that a spreadsheet would run as a formula (starting with = + - @ or a line break) starts "
           "with a single quote, on screen and in both files. The same file from a script:")
st.code(export.export_command(f, export.suggested_filename(f, "csv"), include_contacts=people,
                              include_superseded=earlier), language="bash")

st.dataframe(shown, hide_index=True, key="data_table",
             column_config={
                 "is_synthetic": st.column_config.CheckboxColumn("is_synthetic"),
                 "detail": st.column_config.TextColumn("detail", width="large"),
             })
