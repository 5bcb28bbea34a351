"""A person's name printed alone in the header is no byline when the article tells of that person (issue 12,
stop 60).

Pages print the name of the person a photo shows, or a person tag, on a line of its own under the headline
("Marta Vell" over her picture, "Marta Vell (c) The Daily" with the photo's credit). Such a line has a reporter's
bare-name byline shape, so the person the story is about was given as its author. A bare name whose surname the
body's paragraphs print is now a header line that names no author. Near misses: a reporter's bare name the body
does not print, and a prefixed byline whose name the body prints, stay bylines. Every person and place is
invented."""

from __future__ import annotations

import pytest

from test_textclean import AFTER, TITLE, clean

BODY = (
    "The port of Carvella reopened on Monday morning after a three-week strike, harbour master Marta Vell said. "
    "Vell told reporters the night shifts would resume on Thursday."
)


@pytest.mark.parametrize(
    "line",
    [
        "Marta Vell",
        "Marta Vell (c) The Daily Ledger",
        "Harbour Master Marta Vell",
    ],
)
def test_textclean_name_of_the_story_is_no_author(line):
    art = clean(f"{TITLE}\n\n{line}\n\n{BODY}\n\n{AFTER}\n")
    assert art.authors == []
    assert line not in art.paragraphs
    assert art.title == TITLE


def test_textclean_reporter_bare_name_stays_author():
    art = clean(f"{TITLE}\n\nJane Hollo\n\n{BODY}\n\n{AFTER}\n")
    assert art.authors == ["Jane Hollo"]


def test_textclean_prefixed_byline_named_in_body_stays_author():
    art = clean(f"{TITLE}\n\nBy Marta Vell\n\n{BODY}\n\n{AFTER}\n")
    assert art.authors == ["Marta Vell"]
