"""Quoted words that go on with a clause opened before the marks, the sentence closed by an incise (issue 12).

"Le consul a « fait ses valises hier soir… », a ajouté X": the sentence is X's statement reported, its first words
outside the marks, and the quoted words a fragment of it; the real-news golds of corpus/real4 and corpus/real2 list
the sentence as a reported quote and the fragment beside it (French flag `fragments_beside_clause`), those of
corpus/real3 the fragment alone (the scorer takes the two as halves of one statement). Read by
`quotes.continued.continued_clause` from `quotes.reported.quoted_fragments`; a reporter's cited source speaks the
sentence as it speaks a quote ("…, a rapporté l'agence en citant X"). Near misses: an adjunct or a bare subject
before the marks, a quote that opens its sentence after a colon, words closed by a source and not an incise; a
reporter who cites no one speaks as before. Every person and statement is invented."""

from __future__ import annotations

import pytest

from test_quotes import run

SPEC = {
    "durand": ("Paul Durand", "PERSON", ["Paul Durand", "Durand"]),
    "martin": ("Jean Martin", "PERSON", ["Jean Martin", "Martin"]),
}

#: (text, words the reported sentence holds, the fragment): two quotes, one speaker
READ = [
    (
        "Le port de Valmont sera rouvert « dans les tout prochains jours », a assuré Paul Durand.",
        "Le port de Valmont sera rouvert",
        "dans les tout prochains jours",
    ),
    (
        "Le consul du Valdor à Sorvan a « fait ses valises hier soir et nous fermerons le consulat avant la fin du "
        "mois », a ajouté Paul Durand.",
        "Le consul du Valdor à Sorvan a",
        "fait ses valises hier soir et nous fermerons le consulat avant la fin du mois",
    ),
    (
        "Dimanche, l'entourage du maire a répondu : ce projet de loi est « franchement absurde », a affirmé son "
        "adjoint aux finances, Paul Durand.",
        "ce projet de loi est",
        "franchement absurde",
    ),
    (
        "De nouvelles livraisons de vivres seraient possibles dès mars « si la route du col reste ouverte », précise "
        "Jean Martin.",
        "De nouvelles livraisons de vivres seraient possibles",
        "si la route du col reste ouverte",
    ),
    (  # the fragment is most of the sentence: quoted with an incise of its own, it is kept beside it
        "La solution serait « que chaque village garde son puits », a ajouté Paul Durand lors de la réunion.",
        "La solution serait",
        "que chaque village garde son puits",
    ),
]


#: (text, the reported sentence's first words, its speaker): a reporter's cited source speaks the sentence
READ_CLAUSE = [
    (
        "Les pêcheurs valdoriens vont reprendre la mer « avant la fin de l'hiver », a rapporté l'agence Valpresse en "
        "citant Jean Martin.",
        "Les pêcheurs valdoriens vont reprendre",
        "Jean Martin",
    ),
    (
        "La flotte valdorienne va quitter le port de Valmont dans la semaine, a rapporté Paul Durand en se référant à "
        "Jean Martin.",
        "La flotte valdorienne va quitter",
        "Jean Martin",
    ),
    (
        "La flotte valdorienne va quitter le port de Valmont dans la semaine, a rapporté Paul Durand.",
        "La flotte valdorienne va quitter",
        "Paul Durand",
    ),
]

#: (text, the one quote's text): a direct quote alone, as before
NEAR = [
    (
        "Dès lundi, « le port accueillera les navires comme avant la tempête », a déclaré Paul Durand.",
        "le port accueillera les navires comme avant la tempête",
    ),
    (
        "Le Valdor « apporte tout son appui aux pêcheurs de la côte », a déclaré Paul Durand.",
        "apporte tout son appui aux pêcheurs de la côte",
    ),
    ("Paul Durand a répondu : « Ce projet est absurde », a-t-il déclaré.", "Ce projet est absurde"),
    (
        "Le médiateur, Paul Durand, est « très inquiet de la pénurie d'eau à Valmont », d'après son communiqué.",
        "très inquiet de la pénurie d'eau à Valmont",
    ),
]


def _quotes(text: str) -> list[tuple[bool, str, set[str]]]:
    return [(q["direct"], q["text"], {s["name"] for s in q["speakers"]}) for q in run(text, "fr", SPEC)]


@pytest.mark.e2e
@pytest.mark.parametrize("text, clause, fragment", READ)
def test_quotes_continued_clause_and_fragment(text: str, clause: str, fragment: str) -> None:
    quotes = _quotes(text)
    assert any(not d and clause in t and fragment in t for d, t, _ in quotes), quotes
    assert any(d and t == fragment for d, t, _ in quotes), quotes
    assert len({frozenset(s) for _, _, s in quotes}) == 1, quotes


@pytest.mark.e2e
@pytest.mark.parametrize("text, start, speaker", READ_CLAUSE)
def test_quotes_continued_clause_sentence(text: str, start: str, speaker: str) -> None:
    quotes = _quotes(text)
    assert any(not d and t.startswith(start) and s == {speaker} for d, t, s in quotes), quotes


@pytest.mark.e2e
@pytest.mark.parametrize("text, quote", NEAR)
def test_quotes_continued_clause_near_miss(text: str, quote: str) -> None:
    quotes = _quotes(text)
    assert [(d, t) for d, t, _ in quotes] == [(True, quote)], quotes
