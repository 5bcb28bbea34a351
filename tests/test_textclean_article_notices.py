"""A notice about the article itself is page furniture (issue 12, stop 60).

Pages print a line on the article rather than on the news: where it comes from (produced by a partner, translated from
another outlet, auto-generated from a feed and not edited), that it belongs to a closed site's archive, that the story
is still developing, that a summary was machine-made. The notice patterns read only a correction or an amendment.
Near misses: sentences of the article about another text (a law's article, a report) stay. Every person, place and
outlet is invented."""

from __future__ import annotations

import pytest

from test_textclean import AFTER, AFTER_FR, INTRO, INTRO_FR, TITLE, TITLE_FR, clean


@pytest.mark.parametrize(
    "line",
    [
        "This article was produced by the Harbour Wire under a content partnership.",
        "(This story has been auto-generated from an agency feed, with no edit by our staff.)",
        "This story was first published by the Carvella Ledger.",
        "This is a developing story. Refresh the page for more.",
        "This is an AI-generated summary and may contain mistakes.",
    ],
)
def test_textclean_article_notices_dropped(line: str) -> None:
    art = clean("\n\n".join([TITLE, INTRO, line, AFTER]))
    assert line not in art.paragraphs
    assert art.paragraphs == [INTRO, AFTER]


@pytest.mark.parametrize(
    "line",
    [
        "Cet article fait partie de nos archives : le Courrier de Brévonne a cessé de paraître en 2019.",
        "Ce texte est une traduction, faite par notre rédaction, d'un reportage du Brévonne Daily.",
        "Cette dépêche a été publiée par l'agence Brévonne Presse.",
    ],
)
def test_textclean_article_notices_dropped_fr(line: str) -> None:
    art = clean("\n\n".join([TITLE_FR, INTRO_FR, line, AFTER_FR]))
    assert line not in art.paragraphs
    assert art.paragraphs == [INTRO_FR, AFTER_FR]


def test_textclean_article_notices_near_miss() -> None:
    line = "This report was published by the port authority on Friday and blames the cranes for most of the delays."
    art = clean("\n\n".join([TITLE, INTRO, line, AFTER]))
    assert line in art.paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Cet article de la loi portuaire permet à la direction de fermer les quais sans préavis en cas de grève.",
        "Ce texte a été voté par le conseil du port en 2019, a rappelé un syndicaliste lundi devant les grilles.",
    ],
)
def test_textclean_article_notices_near_miss_fr(line: str) -> None:
    art = clean("\n\n".join([TITLE_FR, INTRO_FR, line, AFTER_FR]))
    assert line in art.paragraphs
