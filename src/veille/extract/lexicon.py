"""The words and patterns of the article extractor (the text cleaner, the byline markup of HTML pages): each
language's ``extract.json``, ``extract_boilerplate.tsv`` and the month names of its ``calendar.json``
(``veille/lang/<code>/``) merged with the language-neutral ones (``veille/data/textclean/``).

The extractor applies the words of every registered language to every text (an English caption in a French
page, a French byline on an English wire copy), so each list here is the union over the languages. Every
value is cached, and the caches are cleared when a language is registered or removed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from .. import lang
from ..datafiles import DATA, read_json, read_table
from ..errors import DataFileError

#: the language data files of the extractor, in each language's folder
WORDS_FILE = "extract.json"
PATTERNS_FILE = "extract_boilerplate.tsv"

P = ParamSpec("P")
T = TypeVar("T")


def per_languages(fn: Callable[P, T]) -> Callable[P, T]:
    """Cache ``fn`` until the set of registered languages changes."""
    cached = functools.cache(fn)
    lang.on_change(cached.cache_clear)
    return cached  # type: ignore[return-value]  # the cache wrapper takes the arguments of fn


def neutral_json(name: str) -> Any:
    """A language-neutral JSON data file of the extractor (``veille/data/textclean/``)."""
    return read_json(DATA / "textclean" / name)


def neutral_table(name: str) -> tuple[dict[str, str], ...]:
    """A language-neutral TSV data file of the extractor, with a header line."""
    return read_table(DATA / "textclean" / name)


def _language_words(language: lang.Language) -> dict[str, Any]:
    return language.json(WORDS_FILE) if language.path(WORDS_FILE).is_file() else {}


@per_languages
def words(key: str) -> frozenset[str]:
    """The words listed under ``key`` by any language or by the language-neutral markers."""
    neutral = neutral_json("markers.json").get(key, [])
    return frozenset(neutral) | lang.every(lambda language: _language_words(language).get(key, []))


@per_languages
def lower_words(key: str) -> frozenset[str]:
    """:func:`words` lower-cased."""
    return frozenset(w.lower() for w in words(key))


@per_languages
def longest_first(key: str) -> tuple[str, ...]:
    """:func:`words` longest first (then alphabetically): the order in which prefixes are tried."""
    return tuple(sorted(words(key), key=lambda w: (-len(w), w)))


@per_languages
def alternation(key: str, escape: bool = True) -> str:
    """A regex alternation (without brackets) of the words under ``key``, longest first; ``escape=False`` for
    lists of regular expressions."""
    return "|".join(re.escape(w) if escape else w for w in longest_first(key))


#: each language's calendar (month names), shared with the date resolution of the analysis
CALENDAR_FILE = "calendar.json"


@per_languages
def months() -> dict[str, int]:
    """Month names and abbreviations (without their dot) of every language -> month number."""
    found: dict[str, int] = {}
    for code in lang.codes():
        language = lang.get(code)
        if language.path(CALENDAR_FILE).is_file():
            calendar = language.json(CALENDAR_FILE)
            found.update(calendar["months"])
            found.update(calendar.get("month_abbreviations", {}))
    return found


@per_languages
def month_first(code: str | None) -> bool:
    """Whether a numeric date in language ``code`` puts the month first (03/04/2024 is March 4)."""
    return bool(code and lang.is_supported(code) and _language_words(lang.get(code)).get("month_first"))


@per_languages
def boilerplate_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(kind, pattern) of every boilerplate line pattern, by increasing order (see extract_boilerplate.tsv)."""

    def rows(table: tuple[dict[str, str], ...]) -> list[tuple[int, str, str]]:
        return [(int(r["order"]), r["kind"], r["pattern"]) for r in table]

    def language_rows(language: lang.Language) -> list[tuple[int, str, str]]:
        return rows(language.table(PATTERNS_FILE)) if language.path(PATTERNS_FILE).is_file() else []

    found = sorted(set(rows(neutral_table("boilerplate.tsv"))) | lang.every(language_rows))
    kinds: dict[int, str] = {}
    for order, kind, pattern in found:
        if kinds.setdefault(order, kind) != kind:
            raise DataFileError(f"{PATTERNS_FILE}: order {order} has two kinds, {kinds[order]} and {kind} ({pattern})")
    return tuple((kind, re.compile(pattern, re.IGNORECASE)) for _, kind, pattern in found)
