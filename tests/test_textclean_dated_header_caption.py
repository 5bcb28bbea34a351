"""A photo's caption under the headline is no title (issue 12, stop 43): of the header lines, the cleaner takes the
longest for the headline, and a caption printed under it ("X à la tribune du sommet, le 3 mai 2024 à
Brévonne") is often longer. A caption tells the day its photo was taken; a headline seldom prints a full date: a header
line that holds one is not the headline when another candidate holds none; it is a caption, or a date line when it
holds a clock time ("Politics 3 May 2024 10:40"). Near miss: a headline with a date, alone in its header, stays the
title. Every person and place is invented."""

from __future__ import annotations

import pytest

from test_textclean import clean

BODY_FR = (
    "Le nouveau maire de Brévonne, Paul Martel, a prêté serment lundi devant le conseil municipal réuni en séance "
    "extraordinaire, deux semaines après son élection."
)
BODY_EN = (
    "The new mayor of Carvella, Anna Brill, was sworn in on Monday before the town council, two weeks after her "
    "election, and promised to reopen the port before the summer."
)

#: (language, headline, the line under it, the label the line gets)
PAGES = [
    (
        "fr",
        "Brévonne : le nouveau maire prête serment",
        "Paul Martel salue ses partisans devant la mairie de Brévonne, le 12 janvier 2024, au soir du second tour",
        "caption",
    ),
    (
        "en",
        "Carvella swears in its first woman mayor",
        "Anna Brill and her predecessor Tom Hale at the town hall on March 4, 2024 during the ceremony",
        "caption",
    ),
    ("en", "Carvella swears in its first woman mayor", "Politics 3 May 2024 10:40 (UTC +02:00)", "metadata"),
]


@pytest.mark.parametrize(("language", "headline", "line", "label"), PAGES)
def test_textclean_dated_header_caption_not_title(language: str, headline: str, line: str, label: str) -> None:
    body = BODY_FR if language == "fr" else BODY_EN
    art = clean(f"{headline}\n\n{line}\n\n{body}")
    assert art.title == headline
    assert line not in art.paragraphs
    if label == "caption":
        assert line in art.captions
    else:
        assert line in art.boilerplate


@pytest.mark.parametrize(
    "headline",
    [
        "Élections municipales du 15 mars 2026 : ce qui change à Brévonne",
        "Carvella mayor sworn in on March 4, 2024 as port strike ends",
    ],
)
def test_textclean_dated_header_caption_near_miss(headline: str) -> None:
    body = BODY_FR if headline.startswith("É") else BODY_EN
    art = clean(f"{headline}\n\n{body}")
    assert art.title == headline
