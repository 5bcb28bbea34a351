"""A reporter's bare name glued to what the page printed after it is a byline (issue 12, stop 62).

Where a scrape lost the line break after the reporter's name, the name runs into the byline printed again behind its
prefix ("Jane HollowayBy Jane Holloway"), into the agency ("Jane HollowayAAP"), into the date ("Jane Holloway6 July
2023") or into the reporter's desk ("Jane HollowayPort affairs correspondent"). The line stayed a paragraph of the
body, or gave a false author glued to the next words, and the page had no author. Near misses (a name with a capital
inside it, a headline glued to a word) stay as they are. Every person and place is invented."""

from __future__ import annotations

import pytest

from test_textclean import AFTER, INTRO, TITLE, clean

STANDFIRST = "Dockers in Carvella voted on Sunday to go back to work after managers offered a new deal on night shifts."
GLUED = [
    "Jane HollowayBy Jane Holloway",
    "Jane HollowayAAP",
    "Jane Holloway6 July 2023",
    "Jane HollowayPort affairs correspondent",
    "Jane Holloway12 March 2024 10:40",
]


@pytest.mark.parametrize("line", GLUED)
def test_textclean_glued_bylines_under_the_standfirst(line):
    art = clean(f"{TITLE}\n\n{STANDFIRST}\n\n{line}\n\n{INTRO}\n\n{AFTER}\n")
    assert art.authors == ["Jane Holloway"]
    assert line not in art.paragraphs
    assert art.title == TITLE


@pytest.mark.parametrize("line", GLUED)
def test_textclean_glued_bylines_further_down_keep_the_title(line):
    caption = "Dockers at the gates of the Carvella port on Monday as the strike began three weeks ago (Harbour Wire)"
    art = clean(f"{TITLE}\n\n{STANDFIRST}\n\n{caption}\n\nHarbour Wire\n\n{line}\n\n{INTRO}\n\n{AFTER}\n")
    assert art.authors == ["Jane Holloway"]
    assert line not in art.paragraphs
    assert art.title == TITLE


def test_textclean_glued_bylines_name_with_an_inner_capital_stays():
    art = clean(f"{TITLE}\n\n{STANDFIRST}\n\nMcKenzie Holloway\n\n{INTRO}\n\n{AFTER}\n")
    assert art.authors == ["McKenzie Holloway"]


def test_textclean_glued_bylines_headline_glued_to_a_word_is_no_byline():
    line = "Carvella dockers vote to end strikeLive updates"
    art = clean(f"{TITLE}\n\n{INTRO}\n\n{line}\n\n{AFTER}\n")
    assert art.authors == []
