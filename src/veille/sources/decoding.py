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
#: A text that is UTF-8 but for a few invalid bytes is read as UTF-8, each bad byte a U+FFFD: when it holds valid
#: multi-byte characters (a code page such as cp1252 holds none) and at most MAX_STRAY_BYTES invalid sequences, or
#: one per ten valid multi-byte characters.
MAX_INVALID_UTF8 = 0.1
MAX_STRAY_BYTES = 3
#: Among the code pages detection finds equally likely, the ones the web uses (cp1252 above all) come first: on a
#: short French text, mac_latin2 and cp1252 decode with the same chaos.
PREFERRED = ("cp1252", "iso8859_15", "latin_1", "utf_8")
#: UTF-16/32 without BOM: the share of code units whose high bytes are zero (ASCII and Latin-1 text) that tells them.
WIDE_ZERO_SHARE = 0.6
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


#: control characters other than tab, newline, carriage return and form feed (counted by the regex engine, not
#: by a Python loop over every character)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
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
    """The text of bytes of unknown encoding (see :func:`decode_text`)."""
    return decode_text(data, source, declared)[0]


def decode_text(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    """Decode bytes of unknown encoding; return the text and the encoding used.

    In order: UTF-8 (with or without BOM); UTF-16 or UTF-32 without BOM (told by the pattern of their zero
    bytes); the declared encoding (``declared``, or a ``<meta charset>``); UTF-8 with a few invalid bytes (each
    costs one U+FFFD, not the text: :data:`MAX_INVALID_UTF8`); then detection.
    """
    if not data.strip():
        raise EmptyInput("the input is empty", source=source)
    wide = _wide(data[:4096])
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")) and wide is None:
        raise BinaryInput("binary content (NUL bytes), not text or HTML", source=source)
    text, encoding = _first_decoding(data, declared, wide)
    if text is None:
        from charset_normalizer import from_bytes

        matches = list(from_bytes(data))
        if not matches:
            raise BinaryInput("the bytes could not be decoded as text in any known encoding", source=source)
        # On short texts several code pages decode with the same (low) chaos; the most coherent one wins.
        least = min(m.chaos for m in matches)
        ties = [m for m in matches if m.chaos <= least + CHAOS_TIE]
        known = sorted((m for m in ties if m.encoding in PREFERRED), key=lambda m: PREFERRED.index(m.encoding))
        best = known[0] if known else max(ties, key=lambda m: m.coherence)
        text, encoding = str(best), best.encoding
    controls = len(_CONTROLS.findall(text))
    if controls > MAX_CONTROL_RATIO * max(len(text), 1):
        raise BinaryInput("binary content (control characters), not text or HTML", source=source)
    if not text.strip():
        raise EmptyInput("the input contains only whitespace", source=source)
    return text, encoding


def _first_decoding(data: bytes, declared: str | None, wide: str | None) -> tuple[str | None, str]:
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    for encoding in (wide, _declared(data, declared)):
        if encoding and encoding != "utf-8":
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                continue
    replaced = data.decode("utf-8", errors="replace")
    invalid = replaced.count("\ufffd")
    multibyte = len(replaced) - len(replaced.encode("ascii", "ignore")) - invalid  # non-ASCII characters, in C
    if multibyte and invalid <= max(MAX_STRAY_BYTES, MAX_INVALID_UTF8 * multibyte):  # UTF-8, a few stray bytes
        return replaced, "utf-8"
    return None, ""


def _wide(head: bytes) -> str | None:
    """UTF-16 or UTF-32 without BOM, from where the zero bytes of their ASCII characters fall, or None."""
    if len(head) < 8 or b"\x00" not in head:
        return None
    for encoding, width, zero_at in (
        ("utf-32-le", 4, (1, 2, 3)),
        ("utf-32-be", 4, (0, 1, 2)),
        ("utf-16-le", 2, (1,)),
        ("utf-16-be", 2, (0,)),
    ):
        n = len(head) // width * width
        units = [head[i : i + width] for i in range(0, n, width)]
        zeros = sum(all(u[k] == 0 for k in zero_at) for u in units)
        if zeros >= WIDE_ZERO_SHARE * len(units):
            return encoding
    return None
