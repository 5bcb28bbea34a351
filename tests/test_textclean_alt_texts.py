"""A photo's alt text printed over its caption (issue 12, stop 43): a line whose words open the next line, which goes
on as a caption (a credit, the rest of the description). The line is no paragraph, the line under it a caption; the
page's first line, the headline, that a caption repeats under it stays the title. Near misses: a title over a lead
paragraph that opens with the title's words, a line over a longer line sharing only its first words. Every person and
place is invented."""

from __future__ import annotations

import pytest

from test_textclean import clean
from test_textclean_quoted_teasers import AFTER, INTRO, INTRO_FR, TITLE, TITLE_FR  # the same invented article


@pytest.mark.parametrize(
    ("page", "alt", "caption"),
    [
        # the alt text, then the caption with its credit
        (
            [TITLE, INTRO],
            "Dockers gather at the north quay of Carvella",
            "Dockers gather at the north quay of Carvella Source: Harbour Radio/Facebook",
        ),
        # the alt text as a sentence, the caption going on after its words
        (
            [TITLE, INTRO],
            "Dockers gather at the north quay of Carvella.",
            "Dockers gather at the north quay of Carvella before a vote on the end of the strike, March 3, 2024",
        ),
        # French: the caption with its agency credit under its alt text
        (
            [TITLE_FR, INTRO_FR],
            "Des dockers rassemblés le 3 mars 2024 sur le quai nord du port de Brévonne",
            "Des dockers rassemblés le 3 mars 2024 sur le quai nord du port de Brévonne - Handout, PORT/AFP",
        ),
    ],
)
def test_textclean_alt_texts_over_captions(page: list[str], alt: str, caption: str) -> None:
    art = clean("\n\n".join([*page, alt, caption, AFTER]))
    assert alt not in art.paragraphs and caption not in art.paragraphs
    assert caption in art.captions
    assert page[1] in art.paragraphs


def test_textclean_alt_texts_headline_repeated_by_its_caption() -> None:
    caption = f"{TITLE}. (Photo courtesy: Lena Broek/Harbour Pictures)"
    art = clean("\n\n".join([TITLE, caption, INTRO, AFTER]))
    assert art.title == TITLE
    assert caption in art.captions


@pytest.mark.parametrize(
    ("lines", "kept"),
    [
        # a title, then a lead opening with its words
        ([TITLE, f"{TITLE} on Monday, its managers said, as dockers voted to end the walkout."], TITLE),
        # a line over a longer one sharing only its first words
        (
            [TITLE, INTRO, "Dockers gather at the north quay", "Dockers gather at the northern gates of the harbour"],
            "Dockers gather at the north quay",
        ),
    ],
)
def test_textclean_alt_texts_near_miss(lines: list[str], kept: str) -> None:
    art = clean("\n\n".join([*lines, AFTER]))
    assert kept in art.paragraphs or art.title == kept
