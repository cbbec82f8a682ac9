"""Files added from the browser: limits, safe names, and where they are kept (data/responses/uploads/)."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from .paths import RESPONSES_DIR

UPLOAD_DIR = RESPONSES_DIR / "uploads"
MAX_FILE_MB = 25
MAX_FILES = 20
# Shown to the user and passed to the uploader; the content is still checked by loaders.formats.detect.
TYPES = ("pdf", "docx", "xlsx", "csv", "txt")
LIMITS = (f"Up to {MAX_FILES} files at a time, {MAX_FILE_MB} MB each; "
          f"types {', '.join('.' + t for t in TYPES)} (the content is checked, not just the name).")


@dataclass
class Saved:
    """One uploaded file: where it was kept, or why it was refused before reading."""

    name: str
    path: Path | None
    refused: str = ""
    new: bool = True  # False when the same bytes were already in the folder


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
    """'' when a file may be read, else why not (size or type)."""
    ext = Path(name).suffix.lower().lstrip(".")
    if ext not in TYPES:
        return f"type .{ext or '?'} is not accepted; {LIMITS}"
    if size > MAX_FILE_MB * 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB is over the {MAX_FILE_MB} MB limit"
    if size == 0:
        return "the file is empty"
    return ""


def save(files: list[tuple[str, bytes]], folder: Path = UPLOAD_DIR) -> list[Saved]:
    """Keep each accepted file under `folder` (never overwriting a different file of the same name)."""
    out: list[Saved] = []
    if len(files) > MAX_FILES:
        return [Saved(n, None, f"{len(files)} files at once; the limit is {MAX_FILES}") for n, _ in files]
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files:
        why = check(name, len(data))
        if why:
            out.append(Saved(name, None, why))
            continue
        target = folder / safe_name(name)
        if target.exists():
            if target.read_bytes() == data:
                out.append(Saved(name, target, new=False))
                continue
            short = hashlib.sha256(data).hexdigest()[:8]
            target = target.with_name(f"{target.stem}-{short}{target.suffix}")
        target.write_bytes(data)
        out.append(Saved(name, target))
    return out


def discard(saved: Saved) -> None:
    """Remove a kept file again (it was rejected: a rebuild must not meet it every time)."""
    if saved.new and saved.path is not None:
        saved.path.unlink(missing_ok=True)
