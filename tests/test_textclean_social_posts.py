"""Social-media posts embedded in a scraped page (issue 12, stop 43): the post's text over the embed's signature
("— Name (@handle) date") or with the signature glued after the post's last line, when the post is in another
language than the page's: its lines above and under the signature go. Near misses: a post in the page's language
(some pages print their posts as the story, and the ScrapingHub benchmark's articles keep them), a paragraph of the
page's language over a foreign post, a handle with no dash and date, a signature glued to a line of the page's
language. Every person, handle and place is invented."""

from __future__ import annotations

import pytest

from test_textclean import clean
from test_textclean_quoted_teasers import AFTER, AFTER_FR, INTRO, INTRO_FR, TITLE, TITLE_FR  # the same invented article


def _gone(art, lines: list[str]) -> bool:
    return not set(lines) & set(art.paragraphs) and not set(lines) & set(art.captions)


@pytest.mark.parametrize(
    ("page", "post", "after"),
    [
        # an English post in a French page, over its signature
        (
            [TITLE_FR, INTRO_FR],
            [
                "The dockers of Brevonne have shown great courage during this long strike.",
                "— Tom Hale (@tomhale) March 3, 2024",
            ],
            AFTER_FR,
        ),
        # a French post in an English page, a French date in the signature
        (
            [TITLE, INTRO],
            [
                "Fin de la grève au port de Carvella : les dockers reprennent le travail demain matin.",
                "— Paul Martel (@pmartel) 3 mars 2024",
            ],
            AFTER,
        ),
        # the post's lines above and under its signature
        (
            [TITLE_FR, INTRO_FR],
            [
                "The dockers of Brevonne have shown great courage during this long strike.",
                "— Tom Hale (@tomhale) March 3, 2024",
                "Their families deserve our full support in the weeks ahead.",
                "We will keep working with the union and the port managers.",
            ],
            AFTER_FR,
        ),
        # the signature glued after the post's last line
        (
            [TITLE_FR, INTRO_FR],
            [
                "Los trabajadores del puerto merecen un trato digno y un salario justo.",
                "No aceptaremos que se castigue a quienes defienden sus derechos en la huelga.",
                "Pedimos a la dirección que vuelva a negociar. — Lucía Ferrán (@luciaferran) March 3, 2024",
            ],
            AFTER_FR,
        ),
    ],
)
def test_textclean_social_posts_foreign_dropped(page: list[str], post: list[str], after: str) -> None:
    art = clean("\n\n".join([*page, *post, after]))
    assert _gone(art, post)
    assert page[1] in art.paragraphs and after in art.paragraphs


@pytest.mark.parametrize(
    ("page", "lines", "kept"),
    [
        # a post in the page's language with no post mark stays (pages that print their posts as the story; a line
        # with a hashtag, a handle or a shortened link goes: tests/test_textclean_post_marks.py)
        (
            [TITLE, INTRO],
            [
                "The strike is over, back to the cranes tomorrow!",
                "— Tom Hale (@tomhale) March 3, 2024",
                AFTER,
            ],
            "The strike is over, back to the cranes tomorrow!",
        ),
        # a paragraph of the page's language over the foreign post
        (
            [TITLE_FR, INTRO_FR],
            [
                "Le dirigeant syndical Tom Hale a salué sur les réseaux sociaux le courage des dockers.",
                "The dockers of Brevonne have shown great courage during this long strike.",
                "— Tom Hale (@tomhale) March 3, 2024",
                AFTER_FR,
            ],
            "Le dirigeant syndical Tom Hale a salué sur les réseaux sociaux le courage des dockers.",
        ),
        # a handle without a dash and a date
        (
            [TITLE_FR, INTRO_FR],
            ["The dockers of Brevonne have shown great courage, wrote Tom Hale (@tomhale).", AFTER_FR],
            AFTER_FR,
        ),
        # a signature glued after a line of the page's language
        (
            [TITLE, INTRO],
            ["The strike is over and the cranes move again tomorrow. — Tom Hale (@tomhale) March 3, 2024", AFTER],
            AFTER,
        ),
    ],
)
def test_textclean_social_posts_near_miss(page: list[str], lines: list[str], kept: str) -> None:
    art = clean("\n\n".join([*page, *lines]))
    assert kept in art.paragraphs
