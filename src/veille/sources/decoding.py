"""Bytes to text: reading within the size limit (gzip included), and decoding bytes of unknown encoding."""

from __future__ import annotations

import codecs
import gzip
import re
import zlib
from pathlib import Path
from typing import Protocol

from ..errors import BinaryInput, EmptyInput, InputNotFound, InputTooLarge

#: Share of control bytes (other than tab, newline, carriage return, form feed) above which decoded text
#: is binary garbage. Text pages have none; 1% tolerates a few stray bytes in a scraped page.
MAX_CONTROL_RATIO = 0.01
#: charset-normalizer candidates whose chaos is within this of the best are ties, settled by coherence.
#: Tuned on short French cp1252 texts, where mac_latin2 scored 0.0 and cp1252 0.029 chaos.
CHAOS_TIE = 0.05


class Readable(Protocol):
    """A binary stream: a file, gzip.GzipFile, standard input, a WARC record."""

    def read(self, size: int = -1, /) -> bytes: ...


def read_limited(stream: Readable, limit: int, source: str) -> bytes:
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
                    return read_limited(fh, limit, source)
                except (OSError, EOFError, zlib.error) as exc:
                    raise BinaryInput(f"not a valid gzip file ({exc})", source=source) from exc
        if path.stat().st_size > limit:
            raise InputTooLarge(f"{path.stat().st_size} bytes, over the size limit of {limit} bytes", source=source)
        with open(path, "rb") as fh:
            return read_limited(fh, limit, source)
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
