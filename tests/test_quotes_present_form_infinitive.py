"""A French speech verb's present tense that the model tags as an adverb or an adjective before a bare infinitive ("Le
Valdor dément avoir tiré…": "dément" is also the adjective "insane"), so that the parse reads "avoir tiré" as the
sentence's own predicate: the infinitive is what the subject states, as "nie avoir…", "reconnaît avoir…" are read.
Shapes written before the fix, for a class sorted from dev misses; all people, places and statements are invented."""

from __future__ import annotations

import pytest

from test_quotes import run, said_by

#: (text, first words of the report, its speakers)
SHAPES = [
    ("Le Valdor dément avoir tiré en premier sur les pêcheurs.", "avoir tiré en premier", "Valdor"),
    ("Le Valdor dément catégoriquement avoir bombardé le port.", "avoir bombardé le port", "Valdor"),
    ("Paul Martel dément être impliqué dans l'incendie du dépôt.", "être impliqué dans", "Paul Martel"),
    (
        "Le ministère de l’Agriculture du Valdor dément formellement avoir vendu des volailles malades.",
        "avoir vendu des volailles",
        "Valdor Ministry of Agriculture",
    ),
    ("Jean Ribot dément avoir rencontré Claire Vasseur la veille du vote.", "avoir rencontré Claire", "Jean Ribot"),
    ("Claire Vasseur dément fermement vouloir quitter la mairie.", "vouloir quitter la mairie", "Claire Vasseur"),
]


@pytest.mark.e2e
@pytest.mark.parametrize(("text", "words", "who"), SHAPES)
def test_present_form_before_infinitive_reports_it(text: str, words: str, who: str) -> None:
    assert said_by(text, words, who)


#: near misses: the adjective "dément" (insane) states nothing
NEAR_MISSES = [
    "Un homme dément a attaqué les passants devant la mairie.",
    "Paul Martel a qualifié le projet de barrage de dément.",
    "Le projet dément de Paul Martel a été abandonné par la mairie.",
]


@pytest.mark.e2e
@pytest.mark.parametrize("text", NEAR_MISSES)
def test_adjective_is_no_speech(text: str) -> None:
    assert run(text, "fr") == []
