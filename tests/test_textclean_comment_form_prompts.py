"""The prompts of a comment form are page furniture (issue 12, stop 56).

Some sites end the article with the fields of their comment form, each printed as a line that asks the reader to
fill it ("Please enter your comment!", then a line asking for the reader's name). The first stayed as the body's
last paragraph. Near misses: sentences of the article that ask a reader to comment or to give a name stay text.
Every person and place is invented."""

from __future__ import annotations

import pytest

from test_textclean import AFTER, INTRO, TITLE, clean


@pytest.mark.parametrize(
    "form",
    [
        ["Please enter your comment!", "Email *"],
        ["Please enter your email address here.", "Website"],
        ["Please enter your comment here.", "Name *"],
    ],
)
def test_textclean_comment_form_prompts_dropped(form: list[str]) -> None:
    art = clean("\n\n".join([TITLE, INTRO, AFTER, *form]))
    assert not set(form) & set(art.paragraphs)
    assert art.paragraphs == [INTRO, AFTER]


@pytest.mark.parametrize(
    "line",
    [
        "The harbour master asked dockers to please enter your comments in the register, a union leader said.",
        "Please enter your comment on the new night shifts before Friday, the managers wrote to every docker.",
    ],
)
def test_textclean_comment_form_prompts_near_miss(line: str) -> None:
    art = clean("\n\n".join([TITLE, INTRO, line, AFTER]))
    assert line in art.paragraphs
