"""Straight quotation marks after a French elision (issue 12, stop 40): an elided word ("qu'", "d'", "l'", "s'",
"jusqu'", "lorsqu'") is glued to the quote it introduces, so the straight mark that opens the quote follows an
apostrophe ('a estimé qu'"un réfugié…"', 'qualifié d'"inacceptable…"'), with no space before it. Such a mark opens
a quote as a mark after a space does; « and “ were read there already. Near misses: an apostrophe that closes a
single-quoted title or nests inside a straight-quoted quote ('"…the 'no' "'), a possessive apostrophe before a
closing mark. Written before any output of the dev texts was read for it; every person and statement is invented."""

from __future__ import annotations

import pytest

from test_quotes import said_by
from veille.analysis.quotes import find_quoted

#: (text, the words between each pair of marks found, in order)
PAIRS = [
    ("Il a estimé qu'\"un réfugié n'est pas un coupable\" hier.", ["un réfugié n'est pas un coupable"]),
    ('Il a estimé qu’"un réfugié n’est pas un coupable" hier.', ["un réfugié n’est pas un coupable"]),
    ('Elle a parlé d\'"une faute grave du préfet" puis est partie.', ["une faute grave du préfet"]),
    ('Il a dénoncé l\'"abandon des pêcheurs du nord" lundi.', ["abandon des pêcheurs du nord"]),
    ('Il tiendra jusqu\'"au bout de son mandat" dit-il.', ["au bout de son mandat"]),
    (
        'Il a dit qu\'"il partira" et qu\'"il ne reviendra pas", puis a ajouté "rien".',
        ["il partira", "il ne reviendra pas", "rien"],
    ),
    ('Elle a jugé qu\'" il faut agir vite " selon lui.', ["il faut agir vite"]),
]

#: near misses: an apostrophe before a straight mark that closes a quote, or a possessive apostrophe
NEAR_PAIRS = [
    ("He said \"we voted 'no'\" and left.", ["we voted 'no'"]),
    ('They called it "the dockers\'" fault.', ["the dockers'"]),
    ("L’OTAN et l’Ukraine d’abord.", []),
]


@pytest.mark.parametrize("text, expected", PAIRS)
def test_quotes_marks_elision_opens(text: str, expected: list[str]) -> None:
    assert [text[o + 1 : c].strip() for o, c in find_quoted(text)] == expected


@pytest.mark.parametrize("text, expected", NEAR_PAIRS)
def test_quotes_marks_elision_near_miss(text: str, expected: list[str]) -> None:
    assert [text[o + 1 : c].strip() for o, c in find_quoted(text)] == expected


#: (text, first words of the quote, its speaker): the quote is read with its speaker
READ = [
    (
        "Paul Martel a estimé sur son compte qu'\"un réfugié n'est pas un coupable et doit être accueilli dignement\".",
        "un réfugié n'est pas un coupable",
        "Paul Martel",
    ),
    (
        'Claire Vasseur a affirmé qu’"aucune décision n’a été prise sur la fermeture du port".',
        "aucune décision n’a été prise",
        "Claire Vasseur",
    ),
    (
        "Jean Ribot a déclaré qu'\"elle ira jusqu'au bout de la réforme des quais du nord\" avant de partir.",
        "elle ira jusqu'au bout",
        "Jean Ribot",
    ),
]


@pytest.mark.e2e
@pytest.mark.parametrize("text, words, who", READ)
def test_quotes_marks_elision_read(text: str, words: str, who: str) -> None:
    assert said_by(text, words, who)
