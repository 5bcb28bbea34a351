"""Keys and checked parameters of the store: the lookup key of a name, the safe full-text expression of a
user's query, and the checks of the limits and dates that listings accept."""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from typing import Any

from ..charmap import CharMap
from ..errors import StoreError

MAX_QUERY_CHARS = 1000  # longest full-text query accepted
MAX_QUERY_TERMS = 32  # most terms/phrases in one full-text query
MAX_LIMIT = 10_000  # largest page size any listing accepts
# Deepest offset a listing accepts: SQLite walks the rows it skips, so paging deeper than this costs more than
# a filter would; 1,000,000 covers every page of a store of a million events at the smallest page size.
MAX_OFFSET = 1_000_000

_APOSTROPHES = CharMap({c: "'" for c in "’‘ʼ`´′"})
_DATE_RE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_QUERY_PART_RE = re.compile(r'"([^"]*)"|(\S+)')
_WORD_RE = re.compile(r"\w")
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")


#: Most names :func:`normalise_name` remembers: storing a record normalises every name of each of its entities (a
#: state's dozen names with each article that names it), most of them stored before.
NAME_KEYS_KEPT = 1 << 15


@functools.lru_cache(maxsize=NAME_KEYS_KEPT)
def normalise_name(name: str) -> str:
    """The lookup key of an entity name: NFC, casefolded, apostrophes folded, spaces collapsed.

    Accents are kept ("Pérou" and "Perou" stay different names).
    """
    text = _APOSTROPHES(unicodedata.normalize("NFC", name)).casefold()
    return " ".join(text.split())


def fts_query(text: str) -> str | None:
    """Turn user text into a safe FTS5 expression: every term is quoted, terms are ANDed.

    ``"a phrase"`` stays a phrase; a term ending in ``*`` is a prefix search. Terms without any
    word character are dropped. Returns None when nothing searchable is left.
    """
    if len(text) > MAX_QUERY_CHARS:
        raise StoreError(f"search query has {len(text)} characters; at most {MAX_QUERY_CHARS} are accepted")
    text = _CONTROL_RE.sub(" ", text)  # a NUL would end the FTS5 string early
    parts: list[str] = []
    for match in _QUERY_PART_RE.finditer(text):
        phrase, term = match.group(1), match.group(2)
        prefix = False
        if phrase is None:
            prefix = term.endswith("*")
            phrase = term.rstrip("*")
        if not _WORD_RE.search(phrase):
            continue
        parts.append('"' + phrase.replace('"', '""') + '"' + ("*" if prefix else ""))
    if len(parts) > MAX_QUERY_TERMS:
        raise StoreError(f"search query has {len(parts)} terms; at most {MAX_QUERY_TERMS} are accepted")
    return " ".join(parts) or None


def check_limit(limit: int) -> int:
    """``limit`` when it is a page size a listing accepts (1 to :data:`MAX_LIMIT`); StoreError otherwise."""
    if not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise StoreError(f"limit must be an integer between 1 and {MAX_LIMIT}, got {limit!r}")
    return limit


def check_offset(offset: int) -> int:
    """``offset`` when a listing accepts it (0 to :data:`MAX_OFFSET`); StoreError otherwise."""
    if not isinstance(offset, int) or not 0 <= offset <= MAX_OFFSET:
        raise StoreError(f"offset must be an integer between 0 and {MAX_OFFSET}, got {offset!r}")
    return offset


def check_date(value: str, name: str) -> str:
    """``value`` stripped when it is an ISO date (YYYY, YYYY-MM or YYYY-MM-DD); StoreError naming ``name``."""
    value = value.strip()
    if not _DATE_RE.fullmatch(value):
        raise StoreError(f"{name} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got {value!r}")
    return value


#: the encoder of :func:`dumps`, made once (``json.dumps`` with these settings makes one at every call)
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def dumps(value: Any) -> str:
    """Compact JSON, as stored in the text columns."""
    return _ENCODER.encode(value)
