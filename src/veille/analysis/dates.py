"""Date expressions in French and English news text, resolved against the publication date.

Recognised: ISO dates (``2025-04-09``), day-month(-year) (``9 avril 2025``, ``le 9 avril``, ``9 April, 2025``,
``April 9``), month(-year) (``en octobre``, ``in October 2024``), weekdays (``mardi``, ``lundi dernier``, ``on
Tuesday``, ``next Monday``) and relative words (``hier``, ``aujourd'hui``, ``la semaine dernière``, ``yesterday``,
``last week``). Calendar words and the language's date patterns live in ``veille/lang/<code>/calendar.json``; a
language without one raises :class:`~veille.errors.UnsupportedLanguage`.

Resolution rules: a weekday is the latest such day on or before publication, or with ``future=True`` the first
on or after it; a date without a year takes the publication year, moved one year back (forward when ``future``)
when that would put it more than a week on the wrong side of publication. A week resolves to its Monday and a
month to its first day (``precision`` says which).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .. import lang as _lang
from ..errors import InputError

logger = logging.getLogger(__name__)

#: The named-entity labels of time expressions, in both models' schemes (read by the quote and event stages:
#: "on Monday" is a time, not a complement or a place).
TIME_ENTITY = frozenset({"DATE", "TIME"})

# Days of slack before a year-less date is taken to belong to the previous (or next) year; hand-set: news
# sometimes dates an event a few days after publication (announced schedule) without using the future tense.
_YEAR_SLACK_DAYS = 7


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text: character span, resolved ISO date and its precision."""

    start: int
    end: int
    text: str
    date: str
    precision: str  # "day" | "week" | "month"


@functools.cache
def _words(code: str) -> dict[str, Any]:
    """The calendar of a language (``veille/lang/<code>/calendar.json``); UnsupportedLanguage for an unknown one.
    In running text a month is its name or its abbreviation with the dot ("9 janv. 2025", "Sept. 3")."""
    calendar: dict[str, Any] = _lang.get(code).json("calendar.json")
    months = {**calendar["months"], **{f"{a}.": n for a, n in calendar["month_abbreviations"].items()}}
    return {**calendar, "months": months}


def is_month(code: str, word: str) -> bool:
    """Whether ``word`` (any case) names a month in language ``code`` ("March", "mars")."""
    return word.lower() in _words(code)["months"]


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _fill(template: str, slots: dict[str, str]) -> str:
    """A pattern of calendar.json with its ``{name}`` placeholders filled (``\\d{1,2}`` is left alone)."""
    return re.sub(r"\{([a-z_]+)\}", lambda m: slots[m.group(1)], template)


@functools.cache
def _patterns(code: str) -> list[tuple[str, re.Pattern[str]]]:
    """The date patterns of a language, in the order they claim text: ISO, the language's day-month patterns,
    month-year, preposition-month, relative days, weeks, months, then weekdays."""
    w = _words(code)
    months, days = _alt(w["months"]), _alt(w["weekdays"])
    day = r"(?P<day>\d{1,2}|" + _alt(w["first_day"]) + ")" if w["first_day"] else r"(?P<day>\d{1,2})"
    year = r"(?P<year>\d{4})"
    slots = {"day": day, "year": year, "months": months, "weekdays": days}
    slots |= {"past": _alt(w["past_words"]), "next": _alt(w["next_words"])}
    b = r"(?<![\w-])"
    e = r"(?![\w-])"
    pats = [("iso", rf"{b}(?P<year>\d{{4}})-(?P<month>\d{{2}})-(?P<day>\d{{2}}){e}")]
    pats += [("dmy", b + _fill(p, slots) + e) for p in w["day_month_patterns"]]
    pats.append(("my", rf"{b}(?P<month>{months})\s+{year}{e}"))
    pats.append(("my", rf"{b}(?:{_alt(sorted(_month_prepositions()))})\s+(?P<month>{months}){e}"))
    pats.append(("rel", rf"{b}(?P<rel>{_alt(w['relative'])}){e}"))
    pats.append(("week", rf"{b}(?P<rel>{_alt(w['weeks'])}){e}"))
    pats.append(("monthrel", rf"{b}(?P<rel>{_alt(w['month_rel'])}){e}"))
    pats.append(("wd", b + _fill(w["weekday_pattern"], slots) + e))
    return [(kind, re.compile(p, re.IGNORECASE)) for kind, p in pats]


#: The characters that ``re.IGNORECASE`` matches to a character of another ``str.lower()`` ("ı" and "İ" to "i",
#: "ſ" to "s", "ς" to "σ", the "ſt" and "st" ligatures...: those of ``re._casefix``, less "i" and "s" whose partners
#: are here, and "Σ", whose ``lower()`` depends on its place): a word of the calendar that holds one is no gate, and
#: :func:`find_dates` runs every pattern over a text that holds one.
UNEVEN_CASE = frozenset(
    "\u00b5\u0130\u0131\u017f\u0345\u0390\u03a3\u03b0\u03b2\u03b5\u03b8\u03b9\u03ba\u03bc\u03c0\u03c1\u03c2"
    "\u03c3\u03c6\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u0432\u0434\u043e\u0441\u0442\u044a\u0463\u1c80"
    "\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88\u1e61\u1e9b\u1fbe\u1fd3\u1fe3\ua64b\ufb05\ufb06"
)
_UNEVEN = re.compile("[" + "".join(sorted(UNEVEN_CASE)) + "]")
_ISO_HINT = re.compile(r"\d-\d")  # what every ISO date holds ("2025-04-09")


#: The group of each kind of pattern that holds a calendar word, and the table of the language's words it is a key of.
_CALENDAR_GROUPS = {
    "dmy": ("month", "months"),
    "my": ("month", "months"),
    "rel": ("rel", "relative"),
    "week": ("rel", "weeks"),
    "monthrel": ("rel", "month_rel"),
    "wd": ("wd", "weekdays"),
}


@functools.cache
def _gates(code: str) -> list[tuple[str, ...] | str | None]:
    """For each of :func:`_patterns`, words one of which every match of it holds (lower case): the months of a
    pattern of a month (a day-month pattern's group ``month`` is required: :func:`_resolve` reads it), the phrases
    of a relative day, week or month, the weekdays of a weekday's; "iso" for an ISO date (every match holds a
    digit, a hyphen and a digit: :data:`_ISO_HINT`); None where a word holds a character of :data:`UNEVEN_CASE`
    (the pattern always runs). A text whose lower case holds none of a pattern's words has no match of it: the
    pattern is not run over it (most segments name no date)."""
    w = _words(code)
    by_kind: dict[str, Iterable[str] | str] = {"iso": "iso"}
    by_kind |= {kind: w[table] for kind, (_, table) in _CALENDAR_GROUPS.items()}
    gates: list[tuple[str, ...] | str | None] = []
    for kind, _ in _patterns(code):
        words = by_kind[kind]
        if isinstance(words, str):
            gates.append(words)
            continue
        folded = tuple(word.lower() for word in words)
        gates.append(None if any(UNEVEN_CASE.intersection(word) for word in folded) else folded)
    return gates


@functools.cache
def _month_prepositions() -> frozenset[str]:
    """Prepositions before a bare month name, in every language (an English "in October" in a French text too)."""
    return _lang.every(lambda language: language.json("calendar.json")["month_prepositions"])


@_lang.on_change
def _clear() -> None:
    _patterns.cache_clear()
    _gates.cache_clear()
    _month_prepositions.cache_clear()


def as_date(value: str | dt.date | None) -> dt.date | None:
    """Parse an ISO date (a longer ISO timestamp is cut to its day); None stays None."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise InputError(f"publication date {value!r} is not an ISO date: {exc}") from exc


def _shift_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    return dt.date(d.year + m // 12, m % 12 + 1, 1)


def _guess_year(month: int, day: int, pub: dt.date | None, future: bool) -> dt.date | None:
    if pub is None:
        return None
    try:
        d = dt.date(pub.year, month, day)
    except ValueError:
        return None
    slack = dt.timedelta(days=_YEAR_SLACK_DAYS)
    if not future and d > pub + slack:
        d = d.replace(year=pub.year - 1)
    elif future and d < pub - slack:
        d = d.replace(year=pub.year + 1)
    return d


def _resolve(
    kind: str, m: re.Match[str], w: dict[str, Any], pub: dt.date | None, future: bool
) -> tuple[dt.date, str] | None:
    g = {k: (v.lower() if isinstance(v, str) else v) for k, v in m.groupdict().items()}
    calendar = _CALENDAR_GROUPS.get(kind)
    if calendar is not None and g[calendar[0]] not in w[calendar[1]]:
        return None  # "MARDİ": matched case-insensitively, but its lower case ("mardi" and a dot) is no calendar word
    if kind in ("iso", "dmy"):
        month = int(g["month"]) if kind == "iso" else w["months"][g["month"]]
        day = 1 if g["day"] in w["first_day"] else int(g["day"])
        if g.get("year"):
            try:
                return dt.date(int(g["year"]), month, day), "day"
            except ValueError:
                return None
        d = _guess_year(month, day, pub, future)
        return (d, "day") if d else None
    if kind == "my":
        month = w["months"][g["month"]]
        if g.get("year"):
            return dt.date(int(g["year"]), month, 1), "month"
        if pub is None:
            return None
        d = dt.date(pub.year, month, 1)
        if not future and d > pub:
            d = d.replace(year=pub.year - 1)
        elif future and _shift_months(d, 1) <= pub:
            d = d.replace(year=pub.year + 1)
        return d, "month"
    if pub is None:
        return None
    if kind == "rel":
        return pub + dt.timedelta(days=w["relative"][g["rel"]]), "day"
    if kind == "week":
        monday = pub - dt.timedelta(days=pub.weekday())
        return monday + dt.timedelta(weeks=w["weeks"][g["rel"]]), "week"
    if kind == "monthrel":
        return _shift_months(pub.replace(day=1), w["month_rel"][g["rel"]]), "month"
    wd = w["weekdays"][g["wd"]]
    if g.get("next") or (future and not g.get("past")):
        delta = (wd - pub.weekday()) % 7
        if g.get("next") and delta == 0:
            delta = 7
        return pub + dt.timedelta(days=delta), "day"
    delta = (pub.weekday() - wd) % 7
    if g.get("past") and delta == 0:
        delta = 7
    return pub - dt.timedelta(days=delta), "day"


def find_dates(
    text: str, lang: str, published: str | dt.date | None = None, *, future: bool = False
) -> list[DateMention]:
    """Return the date expressions of ``text`` resolved against ``published``, in text order.

    Expressions that need a reference date (weekdays, relative words, year-less dates) are skipped when
    ``published`` is None. ``future`` resolves weekdays and year-less dates forward (the verb is future).
    """
    w, pub = _words(lang), as_date(published)
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    low = text.lower() if _UNEVEN.search(text) is None else None  # None: every pattern runs
    iso = _ISO_HINT.search(text) is not None
    for (kind, pat), gate in zip(_patterns(lang), _gates(lang), strict=True):
        if low is not None and gate is not None and not (iso if gate == "iso" else any(x in low for x in gate)):
            continue  # the text holds no word (or digits) that every match of the pattern holds: no match
        for m in pat.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            res = _resolve(kind, m, w, pub, future)
            if res is None:
                continue
            taken.append((s, e))
            found.append(DateMention(s, e, m.group(0), res[0].isoformat(), res[1]))
    return sorted(found, key=lambda d: d.start)
