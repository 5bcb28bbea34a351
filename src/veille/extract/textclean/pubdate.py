"""Dates on the page: every full date written in a text, the date lines of the header ("Publié le 12/03/2024
à 10h15"), and the publication date of the article read from them, the dateline, the byline or the captions.

The month names are each language's (``veille/lang/<code>/calendar.json``): names and abbreviations of every
language.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import lexicon
from .lines import WORD, Unit, fold

#: A line that opens with a date (at most one word before it, a weekday) and has no more words than
#: this is a date line, not a caption or a paragraph. The longest seen: "June 25, 2024 2:52 PM GMT+2
#: Updated 3 hours ago" (11 words).
DATELINE_MAX_WORDS = 14

#: "MOSCOU (Reuters) -", "PARIS, 9 avril": the place in capitals that opens a news story
_DATELINE = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ '\-]{2,40}(,|\s*\()")
#: "Bruxelles, le 9 avril 2025, AGENCE –", "March 3, 2024 (KHARTOUM) –": a dateline in any case, up to its dash
_DATELINE_HEAD = re.compile(r"^(.{6,100}?)\s[–—-]\s")
#: a dateline's head (before its dash) runs at most this many words: the place, the date, an agency
DATELINE_HEAD_MAX_WORDS = 12
_HEAD_SPLIT = re.compile(r"[\s,|()]+")
_HEAD_WORD = re.compile(r"[A-ZÀ-Þ][\w’'.\-]*")
#: a clock time on a date line: 10:15, 10h15, 2:52 pm
_TIME = r"\d{1,2}[:h]\d{2}( ?[ap]\.?m\.?)?"


def months() -> dict[str, int]:
    """Month names and abbreviations (without their dot) of every language -> month number."""
    return lexicon.months()


@lexicon.per_languages
def date_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """(shape, pattern) of the full dates the cleaner reads: day month year, month day year, ISO, numeric."""
    month = "|".join(sorted((re.escape(m) for m in months()), key=len, reverse=True))
    return [
        ("dmy", re.compile(rf"\b(\d{{1,2}})(?:er|st|nd|rd|th)?\s+({month})\.?,?\s+(\d{{4}})\b", re.I)),
        ("mdy", re.compile(rf"\b({month})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)),
        ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?=\b|T\d)")),
        ("num", re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")),
    ]


def find_dates(text: str, *, month_first: bool = False) -> list[dt.date]:
    """Every full date (day, month and year) written in ``text``, in order of appearance."""
    found: list[tuple[int, dt.date]] = []
    names = months()
    for shape, pattern in date_patterns():
        for m in pattern.finditer(text):
            try:
                if shape == "dmy":
                    d = dt.date(int(m[3]), names[m[2].lower()], int(m[1]))
                elif shape == "mdy":
                    d = dt.date(int(m[3]), names[m[1].lower()], int(m[2]))
                elif shape == "iso":
                    d = dt.date(int(m[1]), int(m[2]), int(m[3]))
                else:
                    a, b = int(m[1]), int(m[2])
                    day, mon = (b, a) if (month_first and b <= 31 and a <= 12) or a > 31 else (a, b)
                    if mon > 12:
                        day, mon = mon, day
                    d = dt.date(int(m[3]), mon, day)
            except (ValueError, KeyError):
                continue
            found.append((m.start(), d))
    return [d for _, d in sorted(found)]


@lexicon.per_languages
def _date_line_rest() -> re.Pattern[str]:
    """What may surround the date on a line that is only a date: times, time zones, weekdays, 'at', 'le'."""
    return re.compile(rf"\b({_TIME}|{lexicon.alternation('date_line_words', escape=False)})\b|[,|\-–—]")


def _without_dates(text: str) -> str:
    """``text`` with each full date :func:`date_patterns` reads blanked out (what a date line holds besides them)."""
    for _, pattern in date_patterns():
        text = pattern.sub(" ", text)
    return text


def metadata_date(unit: Unit, month_first: bool) -> tuple[str, dt.date] | None:
    """('published'|'updated'|'date', date) for a date line such as 'Publié le 12/03/2024 à 10h15'."""
    if unit.words > 16 or not unit.patterned:
        return None
    low = fold(unit.text)
    dates = find_dates(unit.text, month_first=month_first)
    if not dates:
        return None
    for key in ("updated", "published"):
        for prefix in lexicon.longest_first(f"{key}_prefixes"):
            if low.startswith(prefix):
                return key, dates[0]
    # a short line that opens with a date: '10 févr. 2025 à 15:02 (heure de Paris)',
    # 'June 25, 2024 2:52 PM GMT+2 Updated 3 hours ago', 'Mercredi 24 avril 2024'
    if not unit.sentence and unit.words <= DATELINE_MAX_WORDS:
        first = min((m.start() for _, p in date_patterns() for m in p.finditer(unit.text)), default=None)
        if first is not None and len(WORD.findall(unit.text[:first])) <= 1:
            return "date", dates[0]
    # a line that is only a date (and a time): '9 avril 2025 à 10h15', 'March 3, 2024 10:15 am'
    rest = _date_line_rest().sub(" ", _without_dates(low))
    if not rest.strip(" .:()"):
        return "date", dates[0]
    return None


def dateline_date(text: str, month_first: bool) -> dt.date | None:
    """The date of a dateline that opens ``text`` before a dash: a date, capitalised words (the place, its country,
    an agency) and a date line's small words ('le', a weekday), nothing else: "N'Djamena, le 3 mai 2025 —"."""
    m = _DATELINE_HEAD.match(text)
    if not m or len(WORD.findall(m[1])) > DATELINE_HEAD_MAX_WORDS:
        return None
    dates = find_dates(m[1], month_first=month_first)
    if not dates:
        return None
    for word in _HEAD_SPLIT.split(_without_dates(m[1])):
        if word and not _HEAD_WORD.fullmatch(word) and not _date_line_rest().fullmatch(fold(word)):
            return None
    return dates[0]


def published(units: list[Unit], meta: dict[str, dt.date], captions: list[str], month_first: bool) -> str | None:
    """The publication date: a date line, else a dateline, else the byline, else the latest caption date."""
    for key in ("published", "date", "updated"):
        if key in meta:
            return meta[key].isoformat()
    for u in units:
        if u.kind in ("title", "body"):
            # a headline opening on a dateline is the lede read as the title
            if u.kind == "body" and _DATELINE.match(u.text):
                dates = find_dates(u.text[:80], month_first=month_first)
                if dates:
                    return dates[0].isoformat()
            if (date := dateline_date(u.text, month_first)) is not None:
                return date.isoformat()
            if u.kind == "body":
                break
    for u in units:
        if u.kind == "byline":
            dates = find_dates(u.text, month_first=month_first)
            if dates:
                return dates[0].isoformat()
    dates = [d for c in captions for d in find_dates(c, month_first=month_first)]
    # photos are taken on or before the day of publication: the latest caption date is the closest one
    return max(dates).isoformat() if dates else None
