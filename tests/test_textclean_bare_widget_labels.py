"""A page widget's bare label alone on its line is page furniture (issue 12, stop 60).

Page templates print the labels of their widgets as lines of their own: a date line's label with its date on another
line ("Published", « Publié »), an advert's slot and its notice ("Advertisement 2", "Story continues below"), a player
loading, the text-size, print, download and short-link tools, a summary box's heading ("In short", « Aperçu : »), a
related-topics heading. The
patterns knew some of these words only with more on the line. Near misses: sentences and headings of the article that
open with the same words. Every person and place is invented."""

from __future__ import annotations

import pytest

from test_textclean import AFTER, AFTER_FR, INTRO, INTRO_FR, TITLE, TITLE_FR, clean


@pytest.mark.parametrize(
    "line",
    [
        "Published",
        "Updated:",
        "Advertisement 2",
        "Story continues below",
        "Loading audio...",
        "Current Size: 100%",
        "Printer-friendly version",
        "Download the PDF",
        "Short link:",
        "In Short",
        "Other stories on this topic:",
    ],
)
def test_textclean_bare_widget_labels_dropped(line: str) -> None:
    art = clean("\n\n".join([TITLE, INTRO, line, AFTER]))
    assert line not in art.paragraphs
    assert art.paragraphs == [INTRO, AFTER]


@pytest.mark.parametrize("line", ["Publié", "Version imprimable", "Lien court :", "Aperçu:", "Télécharger le .pdf"])
def test_textclean_bare_widget_labels_dropped_fr(line: str) -> None:
    art = clean("\n\n".join([TITLE_FR, INTRO_FR, line, AFTER_FR]))
    assert line not in art.paragraphs
    assert art.paragraphs == [INTRO_FR, AFTER_FR]


@pytest.mark.parametrize(
    "line",
    [
        "Published on Friday, the port's accounts show the strike cost more than a month of trade.",
        "In short, the dockers won on the night bonus and lost on the cranes, the managers said.",
    ],
)
def test_textclean_bare_widget_labels_near_miss(line: str) -> None:
    art = clean("\n\n".join([TITLE, INTRO, line, AFTER]))
    assert line in art.paragraphs
