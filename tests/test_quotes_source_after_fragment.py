"""A French source preposition with no comma right after a quoted fragment that closes the reported words ("La récolte
a été « la pire depuis vingt ans » selon X."): the sentence is X's reported statement, as "… ont été tuées selon X."
is read when a word, not a closing quotation mark, comes before the preposition. Written before any dev output was
read for the class; all people, places and statements are invented."""

from __future__ import annotations

import pytest

from test_quotes import run, said_by

#: (text, first words of the report, its speakers)
SHAPES = [
    (
        "Le Valdor peut désormais « participer à toutes les réunions » selon Paul Martel.",
        "Le Valdor peut désormais",
        "Paul Martel",
    ),
    ("La récolte a été « la pire depuis vingt ans » selon Paul Martel.", "La récolte a été", "Paul Martel"),
    ("Les pêcheurs ont été « retenus sans motif » d'après Jean Ribot.", "Les pêcheurs ont été", "Jean Ribot"),
    (
        "Le chantier a pris du retard « à cause de la pluie » selon Claire Vasseur.",
        "Le chantier a pris du retard",
        "Claire Vasseur",
    ),
    (
        "Le port restera fermé « jusqu'à nouvel ordre » selon le ministère de l’Agriculture du Valdor.",
        "Le port restera fermé",
        "Valdor Ministry of Agriculture",
    ),
]


@pytest.mark.e2e
@pytest.mark.parametrize(("text", "words", "who"), SHAPES)
def test_source_after_closing_fragment(text: str, words: str, who: str) -> None:
    assert said_by(text, words, who)


#: near misses: a preposition inside the marks, or naming no one, reports nothing
NEAR_MISSES = [
    ("Le barrage a été construit « selon les règles de l'art » par l'entreprise de Paul Martel.", "Le barrage a été"),
    ("Les tarifs ont été fixés « au plus juste » selon les normes européennes.", "Les tarifs ont été"),
]


@pytest.mark.e2e
@pytest.mark.parametrize(("text", "words"), NEAR_MISSES)
def test_no_source_no_report(text: str, words: str) -> None:
    assert not any(q["text"].startswith(words) and not q["direct"] for q in run(text, "fr"))
