"""Page furniture at the top of the page is no headline (issue 12, stop 61).

A site's skip links ("Skip to content", several glued into one line with an accessibility link; « Début du contenu
principal. ») and a bare time of day over the headline ("1:18 pm today", printed again under it) were the longest
header lines, or the time line was read as the headline printed twice, so the page's title was furniture and the
real headline was dropped. The skip links are now navigation and the bare time a date line (page metadata). Near
misses: a sentence of the article that tells of skipping or of a time of day stays body. Every person and place is
invented."""

from __future__ import annotations

import pytest

from test_textclean import AFTER, AFTER_FR, INTRO, INTRO_FR, TITLE, clean

GLUED = [
    "Skip to searchSkip to the footerReader help - Our accessibility pledge",
    "Skip to searchSkip to main content",
]


@pytest.mark.parametrize("line", GLUED)
def test_textclean_glued_skip_links_are_no_title(line):
    art = clean(f"{line}\n\n{TITLE}\n\n{INTRO}\n\n{AFTER}\n")
    assert art.title == TITLE
    assert line in art.boilerplate


@pytest.mark.parametrize(
    ("line", "intro", "after"),
    [
        ("Début du contenu principal.", INTRO_FR, AFTER_FR),
        ("Aller au contenu principal", INTRO_FR, AFTER_FR),
        ("Skip to content", INTRO, AFTER),
        ("Skip to main content", INTRO, AFTER),
    ],
)
def test_textclean_skip_link_over_a_page_with_no_headline_is_no_title(line, intro, after):
    art = clean(f"{line}\n{intro}\n{after}\n")
    assert art.title is None
    assert line in art.boilerplate


@pytest.mark.parametrize("stamp", ["1:18 pm today", "10:05 am yesterday"])
def test_textclean_bare_time_line_is_no_title(stamp):
    art = clean(f"{stamp}\n\n{TITLE}\n\nJane Hollo\n\n{stamp}\n\n{INTRO}\n\n{AFTER}\n")
    assert art.title == TITLE
    assert stamp not in art.paragraphs


@pytest.mark.parametrize(
    "sentence",
    [
        "Ministers chose to skip to the final vote on the port budget, the clerk of the assembly said on Monday.",
        "The talks ended at 1:18 pm today after the union walked out of the room, a spokesman for the port said.",
    ],
)
def test_textclean_sentences_of_skipping_or_times_stay_body(sentence):
    art = clean(f"{TITLE}\n\n{INTRO}\n\n{sentence}\n\n{AFTER}\n")
    assert art.title == TITLE
    assert sentence in art.paragraphs
