"""Unnamed sources of real news that left reported speech without a speaker (issue 12): the English press as the
subject of a speech verb ("local media said…", "state media reported that…": lexicon kind ``press``, a described
speaker; not through a source preposition, "…, according to local media": no quote, as corpus/dev's gold has it;
no French rows), a French count that speaks for its issuer ("selon un nouveau bilan du ministère…", "le décompte
de X fait état de…": kind ``tally``; with no issuer named, no quote: French has no flag ``described_tally``), and
the verb pair "laisser tomber" of a closing incise ("…, a laissé tomber X"). Invented sentences, invented
people. French « médias » is an unnamed source since stop 42 (tests/test_quotes_media_sources_fr.py)."""

from __future__ import annotations

import pytest

from test_quotes import run, speakers

MINAG = "Valdor Ministry of Agriculture"


@pytest.mark.parametrize(
    "text, lang, words, expected",
    [
        (
            "Trois personnes ont été blessées dans l’incendie, selon un nouveau bilan du ministère de l’Agriculture "
            "du Valdor.",
            "fr",
            "Trois personnes ont été blessées",
            {MINAG},
        ),
        (
            "Le dernier décompte du ministère de l’Agriculture du Valdor fait état d’au moins quarante fermes "
            "détruites dans la vallée.",
            "fr",
            "au moins quarante fermes",
            {MINAG},
        ),
        ("Local media said three bridges had been closed after the storm.", "en", "three bridges", {"Local media"}),
        (
            "Valdor state media reported that the army had closed three bridges.",
            "en",
            "the army had closed",
            {"Valdor state media"},
        ),
        ("Three people were injured, according to official figures.", "en", "Three people", {"official figures"}),
        (
            "Paul Martel est arrivé mardi à la mairie. « Pour moi, le pont doit fermer avant l’hiver », a laissé "
            "tomber Claire Vasseur devant les vignerons.",
            "fr",
            "le pont doit fermer",
            {"Claire Vasseur"},
        ),
        (
            "Le pont sera fermé pendant deux semaines, a laissé tomber Claire Vasseur.",
            "fr",
            "Le pont sera fermé",
            {"Claire Vasseur"},
        ),
    ],
)
def test_quotes_press_tally_source_speaks(text: str, lang: str, words: str, expected: set[str]) -> None:
    hits = [q for q in run(text, lang) if words in q["text"]]
    assert hits, text
    assert speakers(hits[0]) == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Trois personnes ont été blessées, selon un bilan officiel.", "fr"),
        ("La mairie de Brévonne a fermé le pont, selon la presse locale.", "fr"),
        ("Three bridges were closed after the storm, according to local media.", "en"),
        ("Paul Martel a dressé le bilan de la saison devant les vignerons.", "fr"),
        ("Le bilan de la saison est bon pour les vignerons de Brévonne.", "fr"),
        ("Les médias locaux ont consacré leur une à la fête des vendanges.", "fr"),
        ("Paul Martel a laissé tomber son projet de pont devant les vignerons.", "fr"),
        ("The media gathered outside the court as the verdict was read.", "en"),
    ],
)
def test_quotes_press_tally_no_quote(text: str, lang: str) -> None:
    assert run(text, lang) == []
