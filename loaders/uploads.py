"""Files added from the browser: limits, safe names, a private staging folder, and kept only once accepted.

An upload is written into its own private folder under data/.staging/ (outside every folder a build
reads), ingested from there, and moved into data/responses/uploads/ by an atomic rename only after the
store accepted it. A rejected file is deleted with its staging folder, so it is never kept, whatever the
timing; a crash in between leaves only a staging folder, which the next upload sweeps away.
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from . import limits
from .paths import DATA, RESPONSES_DIR

UPLOAD_DIR = RESPONSES_DIR / "uploads"
STAGING_DIR = DATA / ".staging"  # same file system as UPLOAD_DIR, so keeping a file is one rename
STALE_SECONDS = 6 * 3600  # a staging folder this old belongs to an upload that crashed mid-way
MAX_FILE_MB = limits.value("upload_file_mb")  # also server.maxUploadSize in .streamlit/config.toml
MAX_FILES = limits.value("upload_files")
# Shown to the user and passed to the uploader; the content is still checked by loaders.formats.detect.
TYPES = ("pdf", "docx", "xlsx", "csv", "txt")
LIMITS = (f"Up to {MAX_FILES} files at a time, {MAX_FILE_MB} MB each; "
          f"types {', '.join('.' + t for t in TYPES)} (the content is checked, not just the name).")


@dataclass
class Staged:
    """One uploaded file: its staged copy to ingest, or why it was refused before reading."""

    name: str                 # as the user's browser named it
    path: Path | None         # the staged copy (None when refused, or after keep/discard)
    refused: str = ""
    sha256: str = ""
    folder: Path = UPLOAD_DIR  # where keep() puts it
    kept: Path | None = None   # where it was kept (after keep)
    new: bool = True           # False when keep() found the same bytes already kept

    @property
    def target(self) -> Path:
        """Where the file will be kept if accepted (the name the store should record for it)."""
        return self.folder / safe_name(self.name)


def safe_name(name: str) -> str:
    """A file name without folders or odd characters (the original name stays readable)."""
    base = Path(name.replace("\\", "/")).name
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    stem = re.sub(r"[^\w.-]+", "_", stem, flags=re.UNICODE).strip("._") or "upload"
    ext = re.sub(r"[^A-Za-z0-9]", "", ext).lower()
    return f"{stem[:80]}.{ext}" if ext else stem[:80]


def check(name: str, size: int) -> str:
    """'' when a file may be read, else why not (size or type); the size limit is upload_file_mb in MB."""
    ext = Path(name).suffix.lower().lstrip(".")
    if ext not in TYPES:
        return f"type .{ext or '?'} is not accepted; {LIMITS}"
    if size > limits.nbytes("upload_file_mb"):
        return (f"{size / limits.MB:.1f} MB is over the {MAX_FILE_MB} MB limit for an uploaded file "
                "(limit upload_file_mb in data/limits.csv)")
    if size == 0:
        return "the file is empty"
    return ""


def sweep(staging: Path = STAGING_DIR, older_than: float = STALE_SECONDS) -> int:
    """Remove staging folders left by uploads that crashed mid-way; returns how many."""
    if not staging.is_dir():
        return 0
    gone = 0
    now = time.time()
    for d in staging.iterdir():
        try:
            if d.is_dir() and now - d.stat().st_mtime > older_than:
                shutil.rmtree(d, ignore_errors=True)
                gone += 1
        except OSError:
            continue  # another session removed it first
    return gone


def stage(files: list[tuple[str, bytes]], folder: Path = UPLOAD_DIR, staging: Path = STAGING_DIR) -> list[Staged]:
    """Write each acceptable file into a fresh private staging folder; nothing is put under `folder` yet."""
    if len(files) > MAX_FILES:
        return [Staged(n, None, f"{len(files)} files at once; the limit is {MAX_FILES} "
                                "(limit upload_files in data/limits.csv)", folder=folder) for n, _ in files]
    sweep(staging)
    out: list[Staged] = []
    private: Path | None = None
    used: set[str] = set()
    for name, data in files:
        why = check(name, len(data))
        if why:
            out.append(Staged(name, None, why, folder=folder))
            continue
        if private is None:
            staging.mkdir(parents=True, exist_ok=True)
            private = Path(tempfile.mkdtemp(prefix="upload-", dir=staging))  # mode 0700: this session's own
        digest = hashlib.sha256(data).hexdigest()
        base = safe_name(name)
        if base in used:  # two files of one name in one upload: both are kept, told apart by content
            p = Path(base)
            base = f"{p.stem}-{digest[:8]}{p.suffix}"
        used.add(base)
        path = private / base
        path.write_bytes(data)
        out.append(Staged(name, path, sha256=digest, folder=folder))
    return out


def _release(path: Path) -> None:
    """Remove a staged file and its private folder once that folder is empty."""
    path.unlink(missing_ok=True)
    try:
        path.parent.rmdir()
    except OSError:
        pass  # other files of the same upload are still staged


def keep(staged: Staged) -> Path:
    """Move an accepted file into its folder by an atomic rename, never overwriting a different file."""
    if staged.path is None:
        raise ValueError(f"{staged.name}: nothing staged to keep ({staged.refused or 'already kept or discarded'})")
    staged.folder.mkdir(parents=True, exist_ok=True)
    stem, suffix = Path(staged.path.name).stem, Path(staged.path.name).suffix
    names = [staged.path.name, f"{stem}-{staged.sha256[:8]}{suffix}", f"{stem}-{staged.sha256}{suffix}"]
    k, target, tries = 0, staged.folder / names[0], 0
    while True:
        tries += 1
        if target.exists():
            if hashlib.sha256(target.read_bytes()).hexdigest() == staged.sha256:
                staged.new = False  # the same bytes were kept before: nothing new on disk
                break
            k += 1
            if k >= len(names):
                raise FileExistsError(f"{staged.name}: every name for it is taken by other files in {staged.folder}")
            target = staged.folder / names[k]
            continue
        try:
            # A hard link fails if the name was taken meanwhile (two sessions at once): never an overwrite.
            os.link(staged.path, target)
        except FileExistsError:
            if tries > 10:
                raise
            continue  # look again: the other session may have kept the very same bytes
        except OSError:
            os.replace(staged.path, target)  # a file system without hard links: still one atomic rename
        break
    _release(staged.path)
    staged.path, staged.kept = None, target
    return target


def discard(staged: Staged) -> None:
    """Delete a staged file that was rejected (and its private folder): nothing of it stays on disk."""
    if staged.path is not None:
        _release(staged.path)
        staged.path = None
