"""Download the independent sources' official files from their publishers, check them, save them atomically.

Where each file comes from is data/sources.csv (fetch_urls, fetch_page, fetch_how, terms). A source
without a stable file address (UN EGDI) is not downloaded: the user is told the page and the folder.
Files are checked before anything is replaced: size limit, content sniffed as the expected kind
(loaders.reference.sniff) and read by its reader, JSON companions parsed. Nothing touches the database here.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from . import reference
from .hashing import sha256_of

# CLI names -> the source keys of data/sources.csv and the file kind the reference readers call them.
SOURCES = {"egdi": ("egdi", "egdi"), "unctad": ("unctad", "cyberlaw"), "gtmi": ("gtmi", "gtmi")}
MIRROR_ENV = "MSQ_FETCH_MIRROR"  # base URL that replaces every publisher address: <mirror>/<source>/<file name>
MAX_BYTES = 60 * 1024 * 1024     # the GovTech workbook is about 5 MB; the tracker's files are well under 1 MB
TIMEOUT = 60                      # seconds without data before a download is given up
CHUNK = 1 << 16
USER_AGENT = "msq-dashboard-fetch/1 (+python urllib)"
PROVENANCE = "SOURCE.txt"         # written beside the files; the ingest pipeline skips it by name


class FetchError(Exception):
    """A download or check that failed; str() is one line a user can act on."""


@dataclass(frozen=True)
class Remote:
    """One file of a source: its publisher address and whether the source is usable without it."""

    url: str
    name: str
    optional: bool = False


@dataclass
class Plan:
    """What `fetch` knows about one source, from data/sources.csv."""

    source: str
    kind: str
    files: tuple[Remote, ...]
    page: str
    how: str
    terms: str


@dataclass
class Result:
    """What happened to one source: status fetched, unchanged, manual, found or error."""

    source: str
    status: str
    message: str
    saved: list[Path] = field(default_factory=list)
    to_ingest: list[Path] = field(default_factory=list)


def plans() -> dict[str, Plan]:
    """Every fetchable source, read from data/sources.csv."""
    rows = reference.sources()
    out = {}
    for name, (key, kind) in SOURCES.items():
        row = rows[key]
        urls = [u.strip() for u in (row.get("fetch_urls") or "").split(";") if u.strip()]
        files = tuple(Remote(u, _file_name(u), optional=u.endswith("document_links.json")) for u in urls)
        out[name] = Plan(name, kind, files, row.get("fetch_page", ""), row.get("fetch_how", ""), row.get("terms", ""))
    return out


def _file_name(url: str) -> str:
    return urllib.parse.unquote(Path(urllib.parse.urlsplit(url).path).name)


def mirrored(url: str, source: str, mirror: str | None) -> str:
    """The address to download from: the publisher's, or <mirror>/<source>/<file name> (tests, offline mirrors)."""
    if not mirror:
        return url
    return f"{mirror.rstrip('/')}/{source}/{urllib.parse.quote(_file_name(url))}"


def download(url: str, target: Path, *, max_bytes: int = MAX_BYTES, timeout: float = TIMEOUT) -> None:
    """Stream `url` into `target`; FetchError (one line) on network, HTTP or size problems."""
    host = urllib.parse.urlsplit(url).netloc or url
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response, target.open("wb") as out:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(f"{_file_name(url)} is {int(declared) / 1e6:.1f} MB, over the "
                                 f"{max_bytes / 1e6:.0f} MB limit for a downloaded file")
            size = 0
            while chunk := response.read(CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"{_file_name(url)} is over the {max_bytes / 1e6:.0f} MB limit "
                                     "for a downloaded file")
                out.write(chunk)
    except urllib.error.HTTPError as exc:
        raise FetchError(f"{url}: the server answered HTTP {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        raise FetchError(f"cannot reach {host}: {_reason(exc.reason)} (no network, or the address moved)") from exc
    except (socket.timeout, TimeoutError) as exc:
        raise FetchError(f"{host} did not answer within {timeout:.0f} s") from exc
    except OSError as exc:  # connection reset mid-download, disk full while writing
        raise FetchError(f"{_file_name(url)}: download failed ({_reason(exc)})") from exc
    if size == 0:
        raise FetchError(f"{url}: the server sent an empty file")


def _reason(reason) -> str:
    text = str(getattr(reason, "strerror", None) or reason)
    return text.splitlines()[0][:200] if text else type(reason).__name__


def check(path: Path, kind: str) -> str:
    """Check a downloaded file's content; returns a short description, raises FetchError."""
    if path.name.endswith("document_links.json"):
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise FetchError(f"{path.name}: not the tracker's JSON file ({_reason(exc)})") from exc
        if not isinstance(data, dict) or not data:
            raise FetchError(f"{path.name}: expected an object keyed by M49 code")
        return f"{len(data)} economies with law links"
    found = reference.sniff(path)
    if found != kind:
        with path.open("rb") as f:
            start = f.read(200).decode("utf-8", errors="replace").strip().splitlines()
        first = start[0][:80] if start else ""
        raise FetchError(f"{path.name}: not the expected {kind} file (it starts {first!r}); "
                         "the publisher may have moved or changed it")
    try:
        parsed = reference.read(path)
    except reference.ReferenceFileError as exc:
        raise FetchError(str(exc).splitlines()[0]) from exc
    rows = sum(len(f) for f in parsed.frames.values())
    years = f", years {', '.join(map(str, parsed.years))}" if parsed.years else ""
    return f"{rows} rows{years}"


def fetch_source(plan: Plan, dest: Path, *, mirror: str | None = None, max_bytes: int = MAX_BYTES,
                 timeout: float = TIMEOUT) -> Result:
    """Download, check and save one source's files under dest/<source>/; all or nothing."""
    folder = dest / plan.source
    if not plan.files:
        return _manual(plan, folder)
    created = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    # A hidden folder beside the target: same file system (atomic rename) and skipped by the ingest pipeline.
    staging = Path(tempfile.mkdtemp(prefix=f".fetch-{plan.source}-", dir=folder))
    try:
        got: list[tuple[Remote, Path]] = []
        notes = []
        for remote in plan.files:
            target = staging / remote.name
            try:
                download(mirrored(remote.url, plan.source, mirror), target, max_bytes=max_bytes, timeout=timeout)
            except FetchError as exc:
                if remote.optional:
                    notes.append(f"{remote.name} skipped ({exc})")
                    target.unlink(missing_ok=True)
                    continue
                raise
            got.append((remote, target))
        described = []
        for remote, target in got:  # checked with their companions beside them, as they will be read
            described.append(f"{remote.name}: {check(target, plan.kind)}, sha256 {sha256_of(target)[:12]}")
        saved, changed = [], False
        for remote, target in got:
            final = folder / remote.name
            if not (final.is_file() and sha256_of(final) == sha256_of(target)):
                changed = True
                os.replace(target, final)
            saved.append(final)
        _provenance(plan, folder, got, mirror)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        if created and not any(folder.iterdir()):
            folder.rmdir()  # leave no trace of a fetch that saved nothing
        raise
    shutil.rmtree(staging, ignore_errors=True)
    data_files = [p for p in saved if not p.name.endswith(".json")]
    message = "; ".join(described + notes)
    return Result(plan.source, "fetched" if changed else "unchanged", message, saved, data_files)


def _provenance(plan: Plan, folder: Path, got: list[tuple[Remote, Path]], mirror: str | None) -> None:
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [f"Downloaded by `python -m loaders fetch {plan.source}` on {when}.", ""]
    for remote, _ in got:
        final = folder / remote.name
        lines.append(f"{remote.name}: {mirrored(remote.url, plan.source, mirror)} sha256 {sha256_of(final)}")
    lines += ["", f"Publisher page: {plan.page}", f"Terms: {plan.terms}", ""]
    tmp = folder / f".{PROVENANCE}.tmp"
    tmp.write_text("\n".join(lines), encoding="utf-8")
    os.replace(tmp, folder / PROVENANCE)


def _manual(plan: Plan, folder: Path) -> Result:
    """A source without a stable file address: use files the user placed, else say where to get them."""
    placed = sorted(p for p in folder.glob("*") if p.is_file() and reference.sniff(p) == plan.kind) \
        if folder.is_dir() else []
    if placed:
        return Result(plan.source, "found", f"{len(placed)} file(s) placed by hand in {folder}", placed, placed)
    return Result(plan.source, "manual",
                  f"no stable file address to download from. Open {plan.page}, download the data as CSV "
                  f"(one file per survey year, any file name), put the files in {folder}/ and run "
                  f"`python -m loaders fetch {plan.source}` again (or `python -m loaders ingest {folder}`)")
