"""Add responses: upload questionnaire files, see what happened to each, then find the new answers."""
import pandas as pd
import streamlit as st

from loaders import store, uploads
from ui import components as ui
from ui import data

st.title("Add responses")
st.caption("Upload filled questionnaires and add their answers to the dashboard. Each file is read by its "
           "content: the questionnaire as PDF, Word (.docx) or extracted text; an online-form export "
           "(.xlsx/.csv, one row per country); or a long table (country, edition, question, item, answer, "
           "detail, links).")
ui.self_report_banner()
st.markdown(f"**Limits:** {uploads.LIMITS} A scanned PDF without a text layer is refused: run OCR first. "
            "Files are kept under `data/responses/uploads/` as received, and a real response replaces the "
            "synthetic demo response of the same country and edition.")

with st.form("add_responses", clear_on_submit=True, border=True):
    files = st.file_uploader("Questionnaire files", type=list(uploads.TYPES), accept_multiple_files=True,
                             help=uploads.LIMITS, max_upload_size=uploads.MAX_FILE_MB)
    eds = data.editions() or [2022]
    edition = st.selectbox("Survey edition", ["Read it from each document"] + [str(e) for e in eds],
                           help="Only needed for files that do not name their edition "
                                "(form exports and long tables without an edition column).")
    submitted = st.form_submit_button("Add to the dashboard", type="primary", icon=":material/upload:")

if submitted:
    if not files:
        st.warning("Choose at least one file first.", icon=":material/upload_file:")
        st.stop()
    saved = uploads.save([(f.name, f.getvalue()) for f in files])
    readable = [s for s in saved if s.path is not None]
    reports = {}
    if readable:
        with st.spinner(f"Reading {len(readable)} file(s)…"):
            # DuckDB refuses a read-write connection while this process holds the file read-only.
            data.release_connection()
            found = store.ingest_paths([s.path for s in readable], data.db_file(),
                                       edition=None if edition.startswith("Read") else int(edition))
            st.cache_data.clear()  # every cached frame is keyed by the file's mtime, but be explicit
        reports = dict(zip([str(s.path) for s in readable], found))
    rows = []
    for s in saved:
        r = reports.get(str(s.path)) if s.path is not None else None
        if r is None:
            rows.append({"file": s.name, "result": "refused", "format": "", "countries": "", "rows": 0,
                         "message": s.refused})
            continue
        if r.status == "rejected":
            uploads.discard(s)  # keep only what was read: a rebuild must not meet the bad file again
        rows.append({"file": s.name, "result": r.status, "format": r.format, "countries": ", ".join(r.countries),
                     "rows": r.rows, "message": r.message or ("added" if r.status == "ok" else "")})
    st.session_state["add_responses_report"] = rows

rows = st.session_state.get("add_responses_report")
if rows:
    frame = pd.DataFrame(rows)
    ok = frame[frame["result"] == "ok"]
    bad = frame[frame["result"].isin(["rejected", "refused"])]
    st.subheader("What happened to each file")
    if len(ok):
        st.success(f"{len(ok)} file(s) added: {int(ok['rows'].sum()):,} answers.", icon=":material/check_circle:")
    if len(bad):
        st.error(f"{len(bad)} file(s) not added; the message says why and what to do.", icon=":material/error:")
    st.dataframe(ui.display_frame(frame), hide_index=True, key="add_responses_table")
    added = sorted({c for cs in ok["countries"] for c in cs.split(", ") if c})
    if added:
        st.markdown("**Find the new answers:**")
        cols = st.columns(min(len(added), 4))
        for i, iso3 in enumerate(added):
            cols[i % len(cols)].page_link("app_pages/country_profile.py", label=f"Country profile: {iso3}",
                                          icon=":material/flag:", query_params={"profile": iso3})
        st.page_link("app_pages/data.py", label="All answers in Data and downloads", icon=":material/table_view:")
