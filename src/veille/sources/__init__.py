"""Inputs: file paths, directories (recursive), ``-`` for standard input.

Formats: ``.html``/``.htm`` (also gzipped), ``.txt`` (text scraped from a page), ``.jsonl``/``.json``
records carrying ``url`` and ``html`` or ``text``. Bytes of unknown encoding are decoded with detection.

:func:`iter_documents` yields a :class:`~veille.record.Document` for each usable input and an
:class:`~veille.errors.InputError` for each unusable one, so one bad input never stops the others.
"""

from __future__ import annotations

import codecs
import gzip
import json
import logging
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..config import Settings
from ..errors import BinaryInput, EmptyInput, InputError, InputNotFound, InputTooLarge, InvalidRecord, UnsupportedInput
from ..record import Document

logger = logging.getLogger(__name__)

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text"}
RECORD_SUFFIXES = {".jsonl", ".json", ".ndjson"}
WARC_SUFFIXES = {".warc", ".arc"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
SUPPORTED = HTML_SUFFIXES | TEXT_SUFFIXES | RECORD_SUFFIXES | WARC_SUFFIXES | FEED_SUFFIXES

#: Share of control bytes (other than tab, newline, carriage return, form feed) above which decoded text
#: is binary garbage. Text pages have none; 1% tolerates a few stray bytes in a scraped page.
MAX_CONTROL_RATIO = 0.01
#: charset-normalizer candidates whose chaos is within this of the best are ties, settled by coherence.
#: Tuned on short French cp1252 texts, where mac_latin2 scored 0.0 and cp1252 0.029 chaos.
CHAOS_TIE = 0.05


def _kind(path: Path) -> str | None:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    suffix = suffixes[-1] if suffixes else ""
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in RECORD_SUFFIXES:
        return "records"
    if suffix in WARC_SUFFIXES:
        return "warc"
    if suffix in FEED_SUFFIXES:
        return "feed"
    return None


def _read_limited(stream: BinaryIO, limit: int, source: str) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputTooLarge(f"larger than the size limit of {limit} bytes", source=source)
    return data


def read_bytes(path: Path, limit: int) -> bytes:
    """Read a file (gunzipping ``.gz``) without ever holding more than ``limit`` + 1 bytes."""
    source = str(path)
    try:
        if path.suffix.lower() == ".gz":
            with gzip.open(path, "rb") as fh:
                try:
                    return _read_limited(fh, limit, source)
                except (OSError, EOFError, zlib.error) as exc:
                    raise BinaryInput(f"not a valid gzip file ({exc})", source=source) from exc
        if path.stat().st_size > limit:
            raise InputTooLarge(f"{path.stat().st_size} bytes, over the size limit of {limit} bytes", source=source)
        with open(path, "rb") as fh:
            return _read_limited(fh, limit, source)
    except PermissionError as exc:
        raise InputNotFound(f"cannot be read ({exc.strerror})", source=source) from exc


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)


def _declared(data: bytes, declared: str | None) -> str | None:
    """The encoding a page declares (HTTP header, else <meta charset>), when Python knows it."""
    if not declared:
        match = _META_CHARSET.search(data[:4096])
        declared = match.group(1).decode("ascii", "ignore") if match else None
    if declared:
        try:
            return codecs.lookup(declared).name
        except LookupError:
            return None
    return None


def decode(data: bytes, source: str, declared: str | None = None) -> str:
    """Decode bytes of unknown encoding: UTF-8 (with or without BOM) first, then the declared
    encoding (``declared``, or a ``<meta charset>``), then detection."""
    if not data.strip():
        raise EmptyInput("the input is empty", source=source)
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BinaryInput("binary content (NUL bytes), not text or HTML", source=source)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = None
        encoding = _declared(data, declared)
        if encoding and encoding != "utf-8":
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                text = None
    if text is None:
        from charset_normalizer import from_bytes

        matches = list(from_bytes(data))
        if not matches:
            raise BinaryInput("the bytes could not be decoded as text in any known encoding", source=source)
        # On short texts several code pages decode with the same (low) chaos; the most coherent one wins.
        least = min(m.chaos for m in matches)
        best = max((m for m in matches if m.chaos <= least + CHAOS_TIE), key=lambda m: m.coherence)
        text = str(best)
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > MAX_CONTROL_RATIO * max(len(text), 1):
        raise BinaryInput("binary content (control characters), not text or HTML", source=source)
    if not text.strip():
        raise EmptyInput("the input contains only whitespace", source=source)
    return text


def _sniff(text: str) -> str:
    from .feeds import is_feed

    head = text.lstrip()[:1000].lower()
    if head.startswith("{") or head.startswith("["):
        return "records"
    if head.startswith("<?xml") and is_feed(text):
        return "feed"
    if head.startswith("<") and any(
        tag in head for tag in ("<html", "<!doctype", "<body", "<head", "<p", "<div", "<article")
    ):
        return "html"
    return "text"


def _records(text: str, source: str) -> Iterator[Document | InputError]:
    """Documents from JSON Lines (one object a line) or a JSON object / list of objects."""
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            items = json.loads(text)
        except json.JSONDecodeError as exc:
            yield InvalidRecord(f"invalid JSON: {exc}", source=source)
            return
        entries = [(f"{source}#{i + 1}", item) for i, item in enumerate(items)]
    else:
        entries = []
        lines = text.splitlines()
        try:  # a single pretty-printed object
            if len(lines) > 1 and stripped.startswith("{"):
                entries = [(source, json.loads(text))]
        except json.JSONDecodeError:
            entries = []
        if not entries:
            for n, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    entries.append((f"{source}:{n}", json.loads(line)))
                except json.JSONDecodeError as exc:
                    entries.append(
                        (
                            f"{source}:{n}",
                            InvalidRecord(
                                f"invalid JSON line: {exc.msg} at column {exc.colno}", source=f"{source}:{n}"
                            ),
                        )
                    )
    if not entries:
        yield EmptyInput("no JSON record in the input", source=source)
    for name, item in entries:
        if isinstance(item, InputError):
            yield item
            continue
        if not isinstance(item, dict):
            yield InvalidRecord(f"a record must be a JSON object, got {type(item).__name__}", source=name)
            continue
        url = item.get("url")
        html, body = item.get("html"), item.get("text")
        if not isinstance(html, str) and not isinstance(body, str):
            yield InvalidRecord("a record needs an 'html' or a 'text' string field", source=name)
            continue
        if url is not None and not isinstance(url, str):
            yield InvalidRecord("'url' must be a string", source=name)
            continue
        content, kind = (html, "html") if isinstance(html, str) and html.strip() else (body, "text")
        if not content or not content.strip():
            yield EmptyInput("the record's content is empty", source=name)
            continue
        yield Document(source=name, content_type=kind, text=content, url=url, fetched_at=item.get("fetched_at"))


def _warc(path: Path, settings: Settings) -> Iterator[Document | InputError]:
    """HTML pages of a WARC (or ARC) archive, gzipped or not: one Document per HTML response record.

    The archive is streamed, never read whole; the size limit applies to each page.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found = 0
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
            fh.seek(0)
            if not head.startswith((b"WARC/", b"\x1f\x8b", b"filedesc://")):
                yield BinaryInput("not a WARC archive (no WARC header at the start)", source=str(path))
                return
            for record in ArchiveIterator(fh, arc2warc=True):
                if record.rec_type not in ("response", "resource"):
                    continue
                headers = record.http_headers
                ctype = (
                    (headers.get_header("Content-Type") if headers else None)
                    or record.rec_headers.get_header("Content-Type")
                    or ""
                )
                if "html" not in ctype.lower():
                    continue
                rid = record.rec_headers.get_header("WARC-Record-ID") or f"record {found + 1}"
                name = f"{path}#{rid.strip('<>')}"
                found += 1
                charset = re.search(r"charset=([\w.:-]+)", ctype, re.I)
                try:
                    data = _read_limited(record.content_stream(), settings.max_bytes, name)
                    text = decode(data, name, charset.group(1) if charset else None)
                except InputError as exc:
                    yield exc
                    continue
                yield Document(
                    source=name,
                    content_type="html",
                    text=text,
                    url=record.rec_headers.get_header("WARC-Target-URI"),
                    fetched_at=record.rec_headers.get_header("WARC-Date"),
                )
    except ArchiveLoadFailed as exc:
        yield BinaryInput(f"not a valid WARC archive ({exc})", source=str(path))
        return
    except (OSError, EOFError, zlib.error) as exc:
        yield BinaryInput(f"the WARC archive could not be read ({exc})", source=str(path))
        return
    if not found:
        yield EmptyInput("no HTML response record in the WARC archive", source=str(path))


def _from_text(text: str, kind: str, source: str, settings: Settings) -> Iterator[Document | InputError]:
    if kind == "records":
        yield from _records(text, source)
    elif kind == "feed":
        from .feeds import is_feed, parse_feed

        if not is_feed(text):
            yield UnsupportedInput("an XML file that is not an RSS or Atom feed", source=source)
        else:
            yield from parse_feed(text, source, settings, fetch_links=settings.fetch_links)
    else:
        yield Document(source=source, content_type=kind, text=text)


def _expand(inputs: Iterable[str]) -> Iterator[tuple[str, Path | None] | InputError]:
    from .feeds import is_url

    for item in inputs:
        if item == "-" or is_url(item):
            yield (item, None)
            continue
        path = Path(item)
        if not path.exists():
            yield InputNotFound("no such file or directory", source=item)
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _kind(p) and not p.name.startswith("."))
            if not files:
                yield UnsupportedInput(
                    f"directory contains no supported file ({', '.join(sorted(SUPPORTED))}, optionally gzipped)",
                    source=item,
                )
            for p in files:
                yield (str(p), p)
        elif _kind(path) is None:
            yield UnsupportedInput(
                f"unsupported file type {''.join(path.suffixes) or '(no extension)'}; "
                f"supported: {', '.join(sorted(SUPPORTED))}, optionally gzipped",
                source=item,
            )
        else:
            yield (item, path)


def iter_documents(
    inputs: Iterable[str], settings: Settings | None = None, *, stdin: BinaryIO | None = None
) -> Iterator[Document | InputError]:
    """Yield a Document per usable input (per record for JSON Lines) and an InputError per unusable one."""
    settings = settings or Settings()
    for entry in _expand(inputs):
        if isinstance(entry, InputError):
            yield entry
            continue
        name, path = entry
        if path is None and name != "-":
            from .feeds import fetch

            yield from fetch(name, settings)
            continue
        if path is not None and _kind(path) == "warc":
            yield from _warc(path, settings)
            continue
        try:
            if path is None:
                stream = stdin or sys.stdin.buffer
                text = decode(_read_limited(stream, settings.max_bytes, "-"), "-")
                kind = _sniff(text)
            else:
                text = decode(read_bytes(path, settings.max_bytes), name)
                kind = _kind(path)
        except InputError as exc:
            yield exc
            continue
        except OSError as exc:
            yield InputNotFound(f"cannot be read ({exc.strerror or exc})", source=name)
            continue
        yield from _from_text(text, kind, name, settings)


__all__ = ["iter_documents", "decode", "read_bytes", "SUPPORTED"]
