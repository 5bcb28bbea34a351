"""An embedded post's own lines in the page's language go when they hold a post's marks (issue 12, stop 61).

A scraped page prints an embedded post around its signature ("— Name (@handle) date"), its text above the signature
or split around it, the signature sometimes glued to the post's first part ("….— Name (@handle) date"). A post in
another language went already (stop 43); one in the page's language stayed as a paragraph of the body, though the
golds read it as page furniture. Now a line next to a signature that holds a post's marks, a shortened link
("pic.twitter.com/…", "https://t.co/…"), a handle or a hashtag, is the post's text, whatever its language. Near misses:
the article's own line about the post (no mark), a line with a mark away from any signature, a post line with no
mark. Every person, handle and place is invented."""

from __future__ import annotations

import pytest

from test_textclean import clean
from test_textclean_quoted_teasers import AFTER, AFTER_FR, INTRO, INTRO_FR, TITLE, TITLE_FR  # the same invented article


@pytest.mark.parametrize(
    ("page", "post", "after"),
    [
        # the post's text with a shortened picture link above its signature
        (
            [TITLE, INTRO],
            [
                "Back to the cranes tomorrow, thanks to every docker of Carvella. pic.twitter.com/AbCdEf1234",
                "— Tom Hale (@tomhale) March 3, 2024",
            ],
            AFTER,
        ),
        # a handle and a hashtag in the post above its signature
        (
            [TITLE, INTRO],
            [
                "Good talks with @CarvellaPort on night shifts this evening. More to come next week #Carvella",
                "— Tom Hale (@tomhale) March 3, 2024",
            ],
            AFTER,
        ),
        # the signature glued to the post's first part after its final stop, the rest of the post under it
        (
            [TITLE, INTRO],
            [
                "Met the union leaders at the docks today.— Tom Hale (@tomhale) March 3, 2024",
                "We discussed the strike at #Carvella and the safety of the cranes.",
                "Thanks to the port managers for their time. pic.twitter.com/AbCdEf1234",
            ],
            AFTER,
        ),
        # a shortened link under the signature, in French
        (
            [TITLE_FR, INTRO_FR],
            [
                "— Paul Martel (@pmartel) 3 mars 2024",
                "Les dockers de Brévonne reprennent le travail demain matin.https://t.co/AbCdEf1234",
            ],
            AFTER_FR,
        ),
    ],
)
def test_textclean_post_marks_lines_go(page: list[str], post: list[str], after: str) -> None:
    art = clean("\n\n".join([*page, *post, after]))
    assert not set(post) & set(art.paragraphs)
    assert page[1] in art.paragraphs and after in art.paragraphs


@pytest.mark.parametrize(
    ("lines", "kept"),
    [
        # the article's own line about the post, next to the signature: no mark
        (
            [
                "The union leader thanked the dockers on social media, saying the cranes would move again soon.",
                "— Tom Hale (@tomhale) March 3, 2024",
            ],
            "The union leader thanked the dockers on social media, saying the cranes would move again soon.",
        ),
        # a hashtag in a paragraph away from any signature
        (
            ["Dockers shared pictures of the vote under the hashtag #CarvellaStrike on Monday evening."],
            "Dockers shared pictures of the vote under the hashtag #CarvellaStrike on Monday evening.",
        ),
        # a line with no mark between the post's marked line and the article
        (
            [
                "Union leaders welcomed the end of the strike at a meeting on Monday evening.",
                "Back to the cranes tomorrow! #Carvella",
                "— Tom Hale (@tomhale) March 3, 2024",
            ],
            "Union leaders welcomed the end of the strike at a meeting on Monday evening.",
        ),
    ],
)
def test_textclean_post_marks_near_misses_stay(lines: list[str], kept: str) -> None:
    art = clean("\n\n".join([TITLE, INTRO, *lines, AFTER]))
    assert kept in art.paragraphs
