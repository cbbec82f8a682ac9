"""The benchmark corpus: N countries x 4 formats (text, Word, PDF, online-form export), cached between runs."""
from __future__ import annotations

import hashlib
import shutil
import subprocess
import tempfile
from pathlib import Path

from synthetic import docx_layout, forms_layout, pdf_layout, text_layout
from synthetic import response as R

CACHE = Path(__file__).resolve().parent / ".cache"
FORMATS = ("text", "docx", "pdf", "form_export")
SEED = 11  # not the demo corpus's seed: the benchmark must not find its documents already stored


def _soffice_batch(docx_files: list[Path], out_dir: Path) -> None:
    """Convert many .docx files to PDF in one LibreOffice process (a start per file costs ~2 s)."""
    exe = pdf_layout.soffice()
    if exe is None:
        raise RuntimeError("the PDF part of the corpus needs LibreOffice: apt-get install libreoffice-writer")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([exe, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(out_dir), *map(str, docx_files)],
                       check=True, capture_output=True, timeout=1800)


def build(countries: list[str], *, pdf: bool = True) -> dict[str, Path]:
    """Folders of documents per format (written once per country list; reused while the cache exists)."""
    key = f"{len(countries)}-{SEED}-{hashlib.sha256(' '.join(countries).encode()).hexdigest()[:8]}"
    root = CACHE / f"corpus-{key}"
    done = root / ".complete"
    folders = {f: root / f for f in FORMATS}
    if done.exists() and (folders["pdf"].exists() or not pdf):
        return folders if pdf else {f: p for f, p in folders.items() if f != "pdf"}
    shutil.rmtree(root, ignore_errors=True)
    for f in folders.values():
        f.mkdir(parents=True)
    responses = [R.make_response(iso3, 2022, SEED) for iso3 in countries]
    staging = root / "_docx_for_pdf"
    staging.mkdir()
    for r in responses:
        stem = r.country_iso3
        (folders["text"] / f"{stem}.txt").write_text(text_layout.render_text(r), encoding="utf-8")
        docx_layout.render(r, folders["docx"] / f"{stem}.docx")
        # One export file per country (each a one-row form export), so documents per second compare.
        forms_layout.write_xlsx([r], folders["form_export"] / f"{stem}.xlsx")
        if pdf:
            shutil.copyfile(folders["docx"] / f"{stem}.docx", staging / f"{stem}.docx")
    if pdf:
        plain = root / "_plain_pdf"
        plain.mkdir()
        _soffice_batch(sorted(staging.glob("*.docx")), plain)
        for r in responses:  # link annotations, as a PDF saved from Word has them
            pdf_layout.add_links(plain / f"{r.country_iso3}.pdf", pdf_layout.visible_urls(r),
                                 folders["pdf"] / f"{r.country_iso3}.pdf")
        shutil.rmtree(plain)
    else:
        shutil.rmtree(folders.pop("pdf"))
    shutil.rmtree(staging)
    done.write_text("ok")
    return folders
