"""WARC (and ARC) web archives: one Document per HTML response record, streamed."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from pathlib import Path

from ..config import Settings
from ..errors import BinaryInput, EmptyInput, InputError
from ..record import Document
from .decoding import decode_text, read_limited


def read_warc(path: Path, settings: Settings) -> Iterator[Document | InputError]:
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
                    data = read_limited(record.content_stream(), settings.max_bytes, name)
                    text, encoding = decode_text(data, name, charset.group(1) if charset else None)
                except InputError as exc:
                    yield exc
                    continue
                yield Document(
                    source=name,
                    content_type="html",
                    text=text,
                    url=record.rec_headers.get_header("WARC-Target-URI"),
                    fetched_at=record.rec_headers.get_header("WARC-Date"),
                    encoding=encoding,
                )
    except ArchiveLoadFailed as exc:
        yield BinaryInput(f"not a valid WARC archive ({exc})", source=str(path))
        return
    except (OSError, EOFError, zlib.error) as exc:
        yield BinaryInput(f"the WARC archive could not be read ({exc})", source=str(path))
        return
    if not found:
        yield EmptyInput("no HTML response record in the WARC archive", source=str(path))
