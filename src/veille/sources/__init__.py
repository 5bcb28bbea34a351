"""Inputs: file paths, directories (recursive), ``-`` for standard input, and http(s) URLs.

One module per input kind, behind one registry of readers (:data:`READERS`): ``.html``/``.htm`` pages and
``.txt`` text scraped from a page (read as they are), ``.jsonl``/``.json`` records (:mod:`.records`),
``.warc`` archives (:mod:`.warc`), ``.rss``/``.atom`` feeds (:mod:`.feeds`), all optionally gzipped; URLs are
fetched (:mod:`.web`). Bytes of unknown encoding are decoded with detection (:mod:`.decoding`).

:func:`iter_documents` yields a :class:`~veille.record.Document` for each usable input and an
:class:`~veille.errors.InputError` for each unusable one, so one bad input never stops the others.

A new input kind is one module with a reader function and one :class:`Reader` passed to :func:`register`.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..config import Settings
from ..errors import InputError, InputNotFound, LimitExceeded, MalformedInput, UnsupportedInput
from ..record import Document
from .decoding import decode, decode_text, read_bytes, read_limited
from .feeds import is_feed, parse_feed
from .records import read_records
from .warc import read_warc
from .web import Fetcher, fetch, is_url

logger = logging.getLogger(__name__)

#: What a reader yields: documents, and an error for each part of the input that is unusable.
Items = Iterator[Document | InputError]


@dataclass
class Run:
    """One run of :func:`iter_documents`: its settings and its fetcher (one HTTP client, robots.txt and delays per
    host), made on first use."""

    settings: Settings
    fetcher_: Fetcher | None = None

    @property
    def fetcher(self) -> Fetcher:
        if self.fetcher_ is None:
            self.fetcher_ = Fetcher(self.settings)
        return self.fetcher_

    def close(self) -> None:
        if self.fetcher_ is not None:
            self.fetcher_.close()


@dataclass(frozen=True)
class Reader:
    """How one kind of input becomes documents.

    ``from_text`` reads the decoded content; ``from_path`` (for kinds that are streamed rather than decoded
    whole, such as archives) reads the file itself and takes precedence for files.
    """

    kind: str
    suffixes: frozenset[str]
    from_text: Callable[[str, str, Run], Items] | None = None
    from_path: Callable[[Path, Run], Items] | None = None


def _page(kind: str) -> Callable[[str, str, Run], Items]:
    def read(text: str, source: str, run: Run) -> Items:
        yield Document(source=source, content_type=kind, text=text)

    return read


def _text(text: str, source: str, run: Run) -> Items:
    """A ``.txt`` file is scraped text, unless its content is a page's HTML saved under that name."""
    yield Document(source=source, content_type="html" if sniff(text) == "html" else "text", text=text)


def _feed(text: str, source: str, run: Run) -> Items:
    if not is_feed(text):
        yield UnsupportedInput("an XML file that is not an RSS or Atom feed", source=source)
        return

    def fetch_link(url: str, name: str) -> Items:
        return fetch(url, run.settings, source=name, fetcher=run.fetcher)

    yield from parse_feed(text, source, fetch_link=fetch_link if run.settings.fetch_links else None)


#: The readers, by kind, in the order their suffixes are tried.
READERS: dict[str, Reader] = {}


def register(reader: Reader) -> Reader:
    """Add (or replace) the reader of one input kind."""
    READERS[reader.kind] = reader
    return reader


register(Reader("html", frozenset({".html", ".htm", ".xhtml"}), _page("html")))
register(Reader("text", frozenset({".txt", ".text"}), _text))
register(Reader("records", frozenset({".jsonl", ".json", ".ndjson"}), lambda t, s, _: read_records(t, s)))
register(Reader("warc", frozenset({".warc", ".arc"}), from_path=lambda path, run: read_warc(path, run.settings)))
register(Reader("feed", frozenset({".rss", ".atom", ".xml"}), _feed))


def supported_suffixes() -> set[str]:
    return {s for r in READERS.values() for s in r.suffixes}


def kind_of(path: Path) -> str | None:
    """The input kind of a file, from its suffix (``.gz`` looked through), or None when unsupported."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    suffix = suffixes[-1] if suffixes else ""
    return next((r.kind for r in READERS.values() if suffix in r.suffixes), None)


def sniff(text: str) -> str:
    """The input kind of content that came without a name (standard input, a string): records, feed, html or
    text."""
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


def _expand(inputs: Iterable[str]) -> Iterator[tuple[str, Path | None] | InputError]:
    supported = ", ".join(sorted(supported_suffixes()))
    for item in inputs:
        if item == "-" or is_url(item):
            yield (item, None)
            continue
        path = Path(item)
        if not path.exists():
            yield InputNotFound("no such file or directory", source=item)
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and kind_of(p) and not p.name.startswith("."))
            if not files:
                yield UnsupportedInput(
                    f"directory contains no supported file ({supported}, optionally gzipped)", source=item
                )
            for p in files:
                yield (str(p), p)
        elif kind_of(path) is None:
            yield UnsupportedInput(
                f"unsupported file type {''.join(path.suffixes) or '(no extension)'}; "
                f"supported: {supported}, optionally gzipped",
                source=item,
            )
        else:
            yield (item, path)


def guarded(items: Items, source: str) -> Items:
    """The items of one input's reader, any exception it raises turned into one error for that input (a reader's
    bug or a library's failure on a broken file never stops the other inputs)."""
    try:
        yield from items
    except InputError as exc:
        yield exc
    except (RecursionError, MemoryError) as exc:
        yield LimitExceeded(f"too deeply nested or too large to read ({type(exc).__name__})", source=source)
    except Exception as exc:  # noqa: BLE001 - the boundary of one input
        logger.debug("reading %s failed", source, exc_info=exc)  # the traceback with -vv
        yield MalformedInput(f"unreadable ({type(exc).__name__}: {str(exc)[:200]})", source=source)


def iter_documents(
    inputs: Iterable[str], settings: Settings | None = None, *, stdin: BinaryIO | None = None
) -> Iterator[Document | InputError]:
    """Yield a Document per usable input (per record for JSON Lines) and an InputError per unusable one."""
    run = Run(settings or Settings())
    try:
        yield from _documents(inputs, run, stdin)
    finally:
        run.close()


def _documents(inputs: Iterable[str], run: Run, stdin: BinaryIO | None) -> Iterator[Document | InputError]:
    settings = run.settings
    for entry in _expand(inputs):
        if isinstance(entry, InputError):
            yield entry
            continue
        name, path = entry
        if path is None and name != "-":
            yield from guarded(fetch(name, settings, fetcher=run.fetcher), name)
            continue
        reader = READERS[kind_of(path) or "text"] if path is not None else None
        if path is not None and reader is not None and reader.from_path is not None:
            yield from guarded(reader.from_path(path, run), name)
            continue
        try:
            if path is None:
                stream = stdin or sys.stdin.buffer
                text, encoding = decode_text(read_limited(stream, settings.max_bytes, "-"), "-")
                reader = READERS[sniff(text)]
            else:
                text, encoding = decode_text(read_bytes(path, settings.max_bytes), name)
        except InputError as exc:
            yield exc
            continue
        except OSError as exc:
            yield InputNotFound(f"cannot be read ({exc.strerror or exc})", source=name)
            continue
        assert reader is not None and reader.from_text is not None
        for item in guarded(reader.from_text(text, name, run), name):
            if isinstance(item, Document) and item.encoding is None:
                item.encoding = encoding
            yield item


#: Suffixes of the built-in readers (for messages and help texts).
SUPPORTED = supported_suffixes()

__all__ = [
    "Run",
    "iter_documents",
    "decode",
    "read_bytes",
    "sniff",
    "kind_of",
    "Reader",
    "READERS",
    "register",
    "SUPPORTED",
]
