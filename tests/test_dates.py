"""Tests of date expressions and their resolution against the publication date (veille.dates)."""

from __future__ import annotations

import pytest

from veille.analysis.dates import as_date, find_dates
from veille.errors import InputError, UnsupportedLanguage

PUB = "2025-04-09"  # a Wednesday


@pytest.mark.parametrize(
    "lang,text,expected,precision",
    [
        ("fr", "le 9 avril 2025", "2025-04-09", "day"),
        ("fr", "le 9 avril", "2025-04-09", "day"),
        ("fr", "le 1er mars", "2025-03-01", "day"),
        ("fr", "mardi 8 avril", "2025-04-08", "day"),
        ("fr", "2025-04-09", "2025-04-09", "day"),
        ("en", "April 9", "2025-04-09", "day"),
        ("en", "9 April, 2025", "2025-04-09", "day"),
        ("en", "April 9th, 2024", "2024-04-09", "day"),
        ("en", "in October 2024", "2024-10-01", "month"),
    ],
)
def test_dates_explicit(lang, text, expected, precision):
    (d,) = find_dates(f"Il est venu {text}." if lang == "fr" else f"He came {text}.", lang, PUB)
    assert (d.date, d.precision) == (expected, precision)


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("fr", "mardi", "2025-04-08"),
        ("fr", "mercredi", "2025-04-09"),  # the publication day itself
        ("fr", "jeudi", "2025-04-03"),
        ("fr", "lundi dernier", "2025-04-07"),
        ("fr", "mercredi dernier", "2025-04-02"),
        ("fr", "hier", "2025-04-08"),
        ("fr", "aujourd’hui", "2025-04-09"),
        ("fr", "avant-hier", "2025-04-07"),
        ("fr", "la semaine dernière", "2025-03-31"),
        ("fr", "le mois dernier", "2025-03-01"),
        ("en", "on Tuesday", "2025-04-08"),
        ("en", "last Monday", "2025-04-07"),
        ("en", "yesterday", "2025-04-08"),
        ("en", "today", "2025-04-09"),
        ("en", "last week", "2025-03-31"),
    ],
)
def test_dates_relative_resolved_against_publication(lang, text, expected):
    (d,) = find_dates(f"X {text} Y", lang, PUB)
    assert d.date == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("fr", "mardi", "2025-04-15"),
        ("fr", "mardi prochain", "2025-04-15"),
        ("en", "next Monday", "2025-04-14"),
        ("en", "on Friday", "2025-04-11"),
        ("fr", "demain", "2025-04-10"),
    ],
)
def test_dates_future_verbs_look_forward(lang, text, expected):
    (d,) = find_dates(f"X {text} Y", lang, PUB, future=True)
    assert d.date == expected


def test_dates_yearless_date_after_publication_is_last_year():
    (d,) = find_dates("le 20 décembre", "fr", PUB)
    assert d.date == "2024-12-20"


def test_dates_offsets_point_into_text():
    text = "Réunion tenue à Tokyo, le 9 avril 2025, puis hier."
    found = find_dates(text, "fr", PUB)
    assert [text[d.start : d.end] for d in found] == ["le 9 avril 2025", "hier"]


def test_dates_modal_may_is_not_a_month():
    assert find_dates("Russia may attack.", "en", PUB) == []


def test_dates_relative_words_need_a_publication_date():
    assert [d.date for d in find_dates("hier, le 9 avril 2025", "fr", None)] == ["2025-04-09"]


def test_dates_bad_publication_date_is_an_input_error():
    with pytest.raises(InputError, match="not an ISO date"):
        as_date("9/4/2025")
    with pytest.raises(UnsupportedLanguage):
        find_dates("hier", "xx", PUB)
