"""The boilerplate patterns joined into one alternation (``boilerplate.match_widget``) answer as the loop over the
patterns in their order: the kind of the first pattern that matches the whole line, the widget kinds skipped for a
long line or a quoted statement. Invented lines."""

from __future__ import annotations

import pytest

from veille.extract import lexicon
from veille.extract.textclean import boilerplate


def _first_pattern(text: str, words: int) -> str | None:
    quoted = boilerplate.QUOTED_STATEMENT.fullmatch(text) is not None
    for kind, pattern in lexicon.boilerplate_patterns():
        if kind in boilerplate.WIDGET_KINDS and (words >= boilerplate.WIDGET_MAX_WORDS or quoted):
            continue
        if pattern.fullmatch(text):
            return kind
    return None


LINES = [
    "Leave a comment",
    "12 comments",
    "Share on Facebook",
    "Partager sur Facebook",
    "Abonnez-vous à notre newsletter",
    "Subscribe to our newsletter for the latest news from Valdoria",
    "Read more: The harbour of Port Elmsley reopens",
    "Lire aussi : Le port de Valdor rouvre ses quais",
    "© Agence Valdorienne de Presse",
    "Accept cookies",
    "« Abonnez-vous et soutenez-nous », a lancé Jeanne Valmont.",
    '"Share it with everyone," said Tom Brackley.',
    "The minister of ports, Anna Kerrigan, said the harbour would reopen on Monday.",
    "Le ministre a annoncé la réouverture du port lundi.",
    "",
]


@pytest.mark.parametrize("text", LINES)
@pytest.mark.parametrize("words", [1, 5, 24, 25, 40])
def test_textclean_joined_patterns_answer_as_the_loop(text: str, words: int) -> None:
    assert boilerplate.match_widget(text, words) == _first_pattern(text, words)


def test_textclean_joined_patterns_find_kinds() -> None:
    assert boilerplate.match_widget("Leave a comment", 3) == "comment"
    assert boilerplate.match_widget("Share on Facebook", 3) == "share"
    assert boilerplate.match_widget("Share on Facebook", 30) is None  # a widget kind never removes a long line
    assert boilerplate.match_widget("Le ministre a annoncé la réouverture du port lundi.", 9) is None
