"""Add responses: upload questionnaire files, see what happened to each, then find the new answers."""
import pandas as pd
import streamlit as st

from loaders import ingest, store, uploads
from ui import components, data

st.title("Add responses")
st.caption("Upload filled questionnaires and add their answers to the dashboard. Each file is read by its "
           "content: the questionnaire as PDF, Word (.docx) or extracted text; an online-form export "
           "(.xlsx/.csv, one row per country); a long table (country, edition, question, item, answer, "
           "detail, links); or an official EGDI, GTMI or UNCTAD file.")
components.self_report_banner()
st.markdown(f"**Limits:** {uploads.LIMITS} A scanned PDF without a text layer is refused: run OCR first. "
            "Accepted files are kept under `data/responses/uploads/` as received; a refused file is not kept. "
            "A real response replaces the synthetic demo response of the same country and edition; a new "
            "version of a country's response becomes the current one and the earlier one stays listed on "
            "its profile.")

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
    staged = uploads.stage([(f.name, f.getvalue()) for f in files])
    readable = [s for s in staged if s.path is not None]
    reports = {}
    if readable:
        bar = st.progress(0.0, text=f"Reading {len(readable)} file(s)…")

        def progress(done: int, total: int, path: str) -> None:
            bar.progress(done / max(total, 1), text=f"Read {done} of {total} file(s)")

        try:
            found = ingest.ingest_uploads(staged, data.db_file(),
                                          edition=None if edition.startswith("Read") else int(edition),
                                          wait=60, progress=progress)
        except store.StoreBusy as exc:
            bar.empty()
            st.error(f"{exc}. Your files were not kept; add them again in a moment.", icon=":material/hourglass:")
            st.stop()
        bar.empty()
        reports = {id(s): r for s, r in zip(readable, found)}
    rows = []
    for s in staged:
        r = reports.get(id(s))
        if r is None:
            rows.append({"file": s.name, "result": "refused", "format": "", "countries": "", "rows": 0,
                         "message": s.refused})
            continue
        message = r.message or {"ok": "added", "unchanged": "already in the dashboard (the same file was "
                                                            "added before)"}.get(r.status, "")
        rows.append({"file": s.name, "result": r.status, "format": r.format, "countries": ", ".join(r.countries),
                     "rows": r.rows, "message": message})
    st.session_state["add_responses_report"] = rows

rows = st.session_state.get("add_responses_report")
if rows:
    frame = pd.DataFrame(rows)
    ok = frame[frame["result"].isin(["ok", "warn"])]
    bad = frame[frame["result"].isin(["rejected", "refused"])]
    st.subheader("What happened to each file")
    if len(ok):
        st.success(f"{len(ok)} file(s) added: {int(ok['rows'].sum()):,} answers.", icon=":material/check_circle:")
    if (frame["result"] == "warn").any():
        st.warning("Some files were added with warnings: part of their content was not read (see the message).",
                   icon=":material/warning:")
    if len(bad):
        st.error(f"{len(bad)} file(s) not added and not kept; the message says why and what to do.",
                 icon=":material/error:")
    st.dataframe(components.display_frame(frame), hide_index=True, key="add_responses_table")
    added = sorted({c for cs in ok["countries"] for c in cs.split(", ") if c})
    if added:
        st.markdown("**Find the new answers:**")
        cols = st.columns(min(len(added), 4))
        for i, iso3 in enumerate(added):
            cols[i % len(cols)].page_link("app_pages/country_profile.py", label=f"Country profile: {iso3}",
                                          icon=":material/flag:", query_params={"profile": iso3})
        st.page_link("app_pages/data.py", label="All answers in Data and downloads", icon=":material/table_view:")
