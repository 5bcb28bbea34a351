"""A byline with its date line printed after the names (issue 12, stop 43): "par Julie Marchand, avec AFP publié le
14/05/2023 à 09:12", "By AFP     3 hours ago in Europe", "By Jane Roe March 3, 2024 10:15" were no bylines (the date
broke the names) and stayed in the body. The names end where a date line's prefix, a full date or a column gap
begins. Near misses: a sentence that opens with "By" and one with a date line's prefix stay in the body. Every
person is invented."""

from __future__ import annotations

import pytest

from test_textclean import clean

TITLE_FR = "Le port de Brévonne rouvre après trois semaines de grève"
BODY_FR = (
    "Le port de Brévonne a rouvert lundi matin après trois semaines de grève des dockers, a annoncé la direction "
    "dans un communiqué publié dans la nuit."
)
TITLE_EN = "Carvella port reopens after three-week strike"
BODY_EN = (
    "The port of Carvella reopened on Monday morning after a three-week strike by dockers, its managers said in a "
    "statement released overnight."
)

#: (language, byline, authors, publication date or None)
BYLINES = [
    ("fr", "par Julie Marchand , Avec AFP publié le 14/05/2023 à 09:12", ["Julie Marchand"], "2023-05-14"),
    ("fr", "Par Julie Marchand et Paul Roy mis à jour le 3 mars 2024 à 10h15", ["Julie Marchand", "Paul Roy"], None),
    ("en", "By AFP     3 hours ago in Europe", [], None),
    ("en", "By Jane Roe March 3, 2024 10:15", ["Jane Roe"], "2024-03-03"),
]

#: (language, line): not a byline, kept in the body
NOT_BYLINES = [
    ("en", "By Monday evening, 2,000 containers had left the docks, the managers said in a statement."),
    ("fr", "Par ailleurs, le trafic publié le 3 mars 2024 par la direction reste inférieur de moitié à la normale."),
]


def _page(language: str, line: str) -> str:
    title, body = (TITLE_FR, BODY_FR) if language == "fr" else (TITLE_EN, BODY_EN)
    return f"{title}\n\n{line}\n\n{body}"


@pytest.mark.parametrize(("language", "line", "authors", "published"), BYLINES)
def test_textclean_byline_stamps_byline(language: str, line: str, authors: list[str], published: str | None) -> None:
    art = clean(_page(language, line))
    assert line not in art.paragraphs
    assert art.authors == authors
    if published:
        assert art.published == published


@pytest.mark.parametrize(("language", "line"), NOT_BYLINES)
def test_textclean_byline_stamps_near_miss(language: str, line: str) -> None:
    art = clean(_page(language, line))
    assert line in art.paragraphs
    assert art.authors == []


def test_textclean_byline_stamps_first_paragraph_above_the_byline_stays_body() -> None:
    """A byline under the first paragraph draws the header past it: the paragraph is no title for want of one."""
    lead = (
        "Le maire de Brévonne avait prévenu les dockers qu'il ne signerait rien tant que le port resterait bloqué "
        "par les piquets de grève."
    )
    line = "par Julie Marchand , Avec AFP publié le 14/05/2023 à 09:12"
    art = clean(f"{lead}\n\n{line}\n\n{BODY_FR}")
    assert art.authors == ["Julie Marchand"]
    assert lead in art.paragraphs and art.title != lead
