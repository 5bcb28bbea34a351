"""A headline in title case with "in" or "from" in it is no bare-name byline (issue 12, stop 60).

A byline may name the place its reporter writes from ("Jane Hollo in Geneva"); the byline reader cut that place off
whatever followed "in", so a headline printed in title case ("Dockers Walk Out in Protest Over Night Shifts") was
read as a reporter named by its first words: the page got a false author and lost its title. An unprefixed line
now names a reporter's place only when what follows the preposition is a place the knowledge base knows. Near
misses: a bare byline with a known city, and a prefixed byline, stay bylines. Every person and place but the
cities of the near misses is invented."""

from __future__ import annotations

import pytest

from test_textclean import AFTER, INTRO, clean

HEADLINES = [
    "Dockers Walk Out in Protest Over Night Shifts",
    "Rebels Seize Carvella Port in Dawn Raid",
    "Harbour Workers Rally in Support of Dockers",
]


@pytest.mark.parametrize("headline", HEADLINES)
def test_textclean_headline_with_in_is_no_byline(headline):
    art = clean(f"{headline}\n\n{INTRO}\n\n{AFTER}\n")
    assert art.authors == []
    assert art.title == headline


def test_textclean_label_with_in_under_the_article_is_no_signature():
    art = clean(f"Carvella port reopens after three-week strike\n\n{INTRO}\n\n{AFTER}\n\nThis Week in Harbours\n")
    assert art.authors == []


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Jane Hollo in Geneva", ["Jane Hollo"]),
        ("Marta Vell, à Genève", ["Marta Vell"]),
        ("By Jane Hollo in Carvella", ["Jane Hollo"]),
    ],
)
def test_textclean_reporter_and_place_stay_a_byline(line, authors):
    art = clean(f"Carvella port reopens after three-week strike\n\n{line}\n\n{INTRO}\n\n{AFTER}\n")
    assert art.authors == authors
