"""The day of an undated story (issue 13, stop 55): a text with no publication date whose opening sentences print a
full date (day, month and year) tells its acts on that day, the default date of an act that prints none of its
own, as the real-news golds date them. A text with a publication date keeps it; a date with no year, or one printed
only far down the text, anchors nothing; an act with a date of its own keeps it. Invented sentences; real places
(the hand-made knowledge base of tests/test_events_real.py).
"""

from __future__ import annotations

import pytest

from test_events import coded
from test_events_real import KB

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


def days(text: str, lang: str, etype: str, published: str | None = None) -> list[str | None]:
    return [e["date"] for e in coded(text, lang, KB, published=published) if e["type"] == etype]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "lang, text, etype, day",
    [
        (
            "fr",
            "Le 5 juin 2017, le Japon a expulsé dix diplomates chinois. Le Japon a aussi condamné la Chine.",
            "ACCUSE",
            "2017-06-05",
        ),
        (
            "fr",
            "Les ministres se sont réunis à Tokyo, mercredi 3 avril 2024. Le Japon a condamné la Chine.",
            "ACCUSE",
            "2024-04-03",
        ),
        (
            "en",
            "Japan and China held talks in Tokyo on April 3, 2024. Japan condemned China's drills.",
            "ACCUSE",
            "2024-04-03",
        ),
    ],
)
def test_events_story_day_dates_undated_stories(lang, text, etype, day):
    assert days(text, lang, etype) == [day]


def test_events_story_day_keys_no_act_apart():
    # two condemnations, one dated in its clause: the story day keys no act apart (two acts, as on main)
    text = "Le Japon a condamné la Chine le 5 juin 2017 à Tokyo. Le Japon a ensuite dénoncé la Chine."
    assert days(text, "fr", "ACCUSE") == ["2017-06-05", "2017-06-05"]


@pytest.mark.parametrize(
    "lang, text, etype, published, day",
    [
        # a publication date stands
        (
            "en",
            "Japan and China held talks in Tokyo on April 3, 2024. Japan condemned China's drills.",
            "ACCUSE",
            "2024-04-05",
            "2024-04-05",
        ),
        # no year: nothing to anchor
        (
            "fr",
            "Le 5 juin, le Japon a expulsé dix diplomates chinois. Le Japon a aussi condamné la Chine.",
            "ACCUSE",
            None,
            None,
        ),
        # an act's own date stands
        (
            "en",
            "Japan and China held talks in Tokyo on April 3, 2024. Japan condemned China on May 2, 2024.",
            "ACCUSE",
            None,
            "2024-05-02",
        ),
    ],
)
def test_events_story_day_leaves_other_dates(lang, text, etype, published, day):
    assert days(text, lang, etype, published) == [day]
