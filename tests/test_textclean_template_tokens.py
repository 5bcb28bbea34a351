"""A reading-time label in a French house form and a page template's token alone on its line are page furniture
(issue 12, stop 61).

French pages print their reading-time widget as « Temps de lecture estimée : 4 min », with the minutes marked by
an apostrophe (« Temps de lecture: 1' ») or as the bare label with its figure on another line; the patterns read only
« Temps de lecture : 2 min ». Page templates leave their own tokens in the scraped text: a placeholder in braces
("{adslot}") or a long hexadecimal hash. Each stayed a body line (or the page's title, or its standfirst). Near misses:
sentences on reading time, a figure in braces inside a sentence, a short code. Every name is invented."""

from __future__ import annotations

import pytest

from test_textclean import AFTER, AFTER_FR, INTRO, INTRO_FR, TITLE, TITLE_FR, clean


@pytest.mark.parametrize(
    "line", ["Temps de lecture estimée : 4 min", "Temps de lecture: 1'", "Temps de lecture   :", "Temps de lecture"]
)
def test_textclean_reading_time_label_dropped_fr(line: str) -> None:
    art = clean("\n\n".join([TITLE_FR, INTRO_FR, line, AFTER_FR]))
    assert art.paragraphs == [INTRO_FR, AFTER_FR]


@pytest.mark.parametrize(
    "line", ["{adslot}", "{mosaicads}", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"]
)
def test_textclean_template_tokens_dropped(line: str) -> None:
    art = clean("\n\n".join([TITLE, INTRO, line, AFTER]))
    assert art.paragraphs == [INTRO, AFTER]


@pytest.mark.parametrize(
    ("page", "line"),
    [
        (
            [TITLE_FR, INTRO_FR],
            "Le temps de lecture des dossiers a doublé depuis le début de la grève, selon la direction.",
        ),
        ([TITLE, INTRO], "The union's demands {as listed in its letter} were read out to the managers on Monday."),
        ([TITLE, INTRO], "Dock B7"),
    ],
)
def test_textclean_template_token_near_misses_stay(page: list[str], line: str) -> None:
    art = clean("\n\n".join([*page, line, AFTER_FR if page[0] == TITLE_FR else AFTER]))
    assert line in art.paragraphs
