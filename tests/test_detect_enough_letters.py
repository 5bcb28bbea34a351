"""The letters a text needs before its language is looked for (``detect.enough_letters``), counted only up to
:data:`~veille.lang.detect.MIN_LETTERS`: the same answer as counting every letter (digits, underscores, spaces and
punctuation are no letters; accented letters and other scripts are)."""

import pytest

from veille.lang.detect import _LETTERS, MIN_LETTERS, enough_letters


@pytest.mark.parametrize(
    "text",
    [
        "",
        "a" * (MIN_LETTERS - 1),
        "a" * MIN_LETTERS,
        "Le port de Vellan ferme ses quais dès lundi matin.",
        "12 345 678 __ -- 2026 ... 99",
        "Élise Marrow à Québec",  # 17 letters: too few
        "Élise Marrow à Québec, jeudi soir",
        "x1" * 24 + "x",  # 25 letters among the digits
        "x1" * 24,
        "Москва и Киев ведут переговоры",
        "_" * 40 + "ab",
    ],
)
def test_detect_enough_letters_is_the_whole_count(text):
    assert enough_letters(text) == (len(_LETTERS.findall(text)) >= MIN_LETTERS)
