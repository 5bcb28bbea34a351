"""A French reported sentence closed by a reporter's incise that cites its source ("…, a rapporté la radio publique en
citant X.", "…, a ajouté l'agence, citant toujours X."): X made the statement, as in the direct quotes' incises (lexicon
kind ``citing``); a cited thing that names nobody ("citant des chiffres officiels") leaves the incise's subject the
speaker. Shapes written before the fix, for a class sorted from dev misses; all people, places and statements are
invented."""

from __future__ import annotations

import pytest

from test_quotes import said_by

#: (text, first words of the report, its speakers joined by " + ")
SHAPES = [
    (
        "Le barrage sera terminé en mai, a rapporté la radio publique en citant Paul Martel.",
        "Le barrage sera terminé",
        "Paul Martel",
    ),
    (
        "Le barrage sera terminé en mai, a ajouté la radio publique citant toujours Paul Martel.",
        "Le barrage sera terminé",
        "Paul Martel",
    ),
    (
        "La récolte a baissé de moitié, a rapporté mardi la radio publique, citant le ministère de l’Agriculture du "
        "Valdor.",
        "La récolte a baissé",
        "Valdor Ministry of Agriculture",
    ),
    (
        "La récolte a baissé de moitié, a indiqué l'agence locale en se référant à Claire Vasseur.",
        "La récolte a baissé",
        "Claire Vasseur",
    ),
    (
        "Le marché couvert rouvrira au début du mois de juin, a écrit le journal régional citant Jean Ribot.",
        "Le marché couvert rouvrira",
        "Jean Ribot",
    ),
    # near miss: a cited thing that names nobody leaves the incise's subject the speaker
    (
        "La récolte a baissé de moitié, a indiqué Paul Martel, citant des chiffres officiels.",
        "La récolte a baissé",
        "Paul Martel",
    ),
]


@pytest.mark.e2e
@pytest.mark.parametrize(("text", "words", "who"), SHAPES)
def test_reporter_incise_citing_its_source(text: str, words: str, who: str) -> None:
    assert said_by(text, words, who)
