"""The date patterns' gates (dates._gates): a pattern that find_dates skips over a text, because the text holds
none of the words every match of it holds, has no match there; the dates found are those of every pattern
(invented sentences, with near misses: capitals, accents, an ISO-like number, characters that fold unevenly)."""

from __future__ import annotations

import re

import pytest

from veille.analysis import dates

TEXTS = [
    ("fr", "Le ministre valdorien a signé l'accord à Brévonne, selon son cabinet."),
    ("fr", "MARDI 3 DÉCEMBRE 2024, la délégation est arrivée ; elle repartira la semaine prochaine."),
    ("fr", "Le 1er janvier, puis lundi dernier et hier soir, le mois dernier encore."),
    ("fr", "Le bilan du 12-14 avril reste provisoire (chiffres 2024-2025)."),
    ("en", "The mayor of Vesk said the bridge would reopen, officials added."),
    ("en", "On Monday, March 3rd, 2025 and last week, the talks (2024-05-01) resumed; next Tuesday too."),
    ("en", "The ſeptember accord and the DECEMBER 9 vote, in OCTOBER, this evening."),
    ("en", "The ST. Sept. session and the ﬆaff of MONDAYS."),
    ("en", "The İnn of the Month, 12-3 in the final, yesterday."),
]


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_dates_gates_skip_only_patterns_without_a_match(lang, text):
    low = text.lower()
    uneven = any(c in dates.UNEVEN_CASE for c in text)
    for (kind, pat), gate in zip(dates._patterns(lang), dates._gates(lang), strict=True):
        if uneven or gate is None:
            continue  # every pattern runs
        held = re.search(r"\d-\d", text) is not None if gate == "iso" else any(word in low for word in gate)
        assert held or pat.search(text) is None, (kind, text)


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("fr", "MARDI 3 DÉCEMBRE 2024, la délégation est arrivée.", ["2024-12-03"]),
        ("fr", "Elle repartira la semaine prochaine, a dit le ministre.", ["2025-03-10"]),
        ("fr", "Le ministre a signé l'accord à Brévonne.", []),
        ("en", "The talks (2024-05-01) resumed.", ["2024-05-01"]),
        ("en", "The score was 12-3 in the final.", []),
        ("fr", "Le 9 mars, la ſession est close.", ["2025-03-09"]),  # "ſ" in the text: every pattern runs
    ],
)
def test_dates_gates_find_the_same_dates(lang, text, found):
    assert [d.date for d in dates.find_dates(text, lang, "2025-03-04")] == found


def test_dates_gates_uneven_case_covers_re_case_fixes():
    casefix = pytest.importorskip("re._casefix")
    chars = {chr(k) for k in casefix._EXTRA_CASES} | {chr(v) for vs in casefix._EXTRA_CASES.values() for v in vs}
    assert chars - {"i", "s"} <= dates.UNEVEN_CASE
    assert all(len(chr(i).lower()) == 1 for i in range(0x110000) if chr(i) not in dates.UNEVEN_CASE)


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("fr", "La délégation valdorienne est arrivée MARDİ dernier.", []),
        ("fr", "Le traité fut signé le 3 JUİN 2024 à Brévonne.", []),
        ("fr", "La délégation valdorienne est arrivée MARDI dernier.", ["2024-06-04"]),  # near miss: plain capitals
    ],
)
def test_dates_a_word_matched_but_no_calendar_word_is_skipped(lang, text, found):
    """A month or weekday the patterns match case-insensitively whose lowercase is no calendar word ("İ" lowercases
    to "i" and a combining dot) gives no date, and the other dates of the text are still found: no KeyError."""
    assert [d.date for d in dates.find_dates(text, lang, "2024-06-10")] == found
