"""A reported sentence holding several quoted fragments, the incise closing the last of them (issue 12).

"Le retard de ce « chantier » … a provoqué des « querelles inutiles », a dit X": the sentence is X's statement
reported, its fragments quoted inside it, as `quotes.continued.continued_clause` already read a sentence whose first
fragment the incise closes; the fragment the incise closes may now be a later one, the finite verb of the clause
outside the marks before it or between the fragments, every fragment opening in lower case, no speech verb outside
the marks before the last. The real-news golds list the sentence as a reported quote and its fragments beside it
(corpus/real5 tb-08, tl-07; corpus/real8 wb-01). Near misses, as before: a speech verb before the fragments (the
speaker's own report), no finite verb outside the marks (a subject alone before them), a sentence closed by a source
and not an incise, a quote that opens its sentence. Every person and statement is invented."""

from __future__ import annotations

import pytest

from test_quotes import run

SPEC = {
    "durand": ("Paul Durand", "PERSON", ["Paul Durand", "Durand"]),
    "martin": ("Jean Martin", "PERSON", ["Jean Martin", "Martin"]),
}

#: (text, the reported sentence's first words, the fragment the incise closes): one speaker for all
READ = [
    (
        "Le retard de ce « chantier » ainsi que la hausse des prix ont provoqué des « querelles inutiles » et des "
        "« soupçons qui n'ont aucun fondement », a dit le colonel Paul Durand.",
        "Le retard de ce « chantier »",
        "soupçons qui n'ont aucun fondement",
    ),
    (
        "Ce voyage du ministre vise à « soutenir » son collègue de Valmont, nommé il y a un mois, et le nouveau maire "
        "« à rebâtir le port et à rouvrir les écoles », a déclaré Paul Durand.",
        "Ce voyage du ministre vise à « soutenir »",
        "à rebâtir le port et à rouvrir les écoles",
    ),
    (
        "Ce sont des pêcheurs qui ont vu les bateaux « au mois de mars », « avec l'accord des gardes-côtes », "
        "explique Jean Martin.",
        "Ce sont des pêcheurs qui ont vu les bateaux",
        "avec l'accord des gardes-côtes",
    ),
]

#: (text, the quotes found, as (direct, text)): unchanged
NEAR = [
    (  # a speech verb before the fragments: the speaker's own infinitive report, as before
        "Paul Durand a déclaré avoir vu des « maisons détruites » et des « champs brûlés dans la vallée », a-t-il "
        "ajouté.",
        [
            (False, "avoir vu des « maisons détruites » et des « champs brûlés dans la vallée »"),
            (True, "maisons détruites"),
            (True, "champs brûlés dans la vallée"),
        ],
    ),
    (  # the only finite verbs are quoted: a subject alone before the marks
        "Le Valdor « apporte » son aide aux pêcheurs et « soutient les familles de la côte », a déclaré Paul Durand.",
        [(True, "soutient les familles de la côte")],
    ),
    (  # closed by a source, not an incise
        "Le convoi est resté « un long moment » près de la ville et a visé « les bâtiments du port », selon Paul "
        "Durand.",
        [(True, "un long moment"), (True, "les bâtiments du port")],
    ),
    (  # a quote that opens its sentence, after a sentence with a fragment
        "Le maire a pris des « mesures » pour la ville. « Nous rouvrirons le port », a déclaré Paul Durand.",
        [(True, "Nous rouvrirons le port")],
    ),
]


def _quotes(text: str) -> list[tuple[bool, str, frozenset[str]]]:
    return [(q["direct"], q["text"], frozenset(s["name"] for s in q["speakers"])) for q in run(text, "fr", SPEC)]


@pytest.mark.e2e
@pytest.mark.parametrize("text, start, fragment", READ)
def test_quotes_continued_last_fragment_reported(text: str, start: str, fragment: str) -> None:
    quotes = _quotes(text)
    assert any(not d and t.startswith(start) and t.endswith(fragment + " »") for d, t, _ in quotes), quotes
    assert any(d and t == fragment for d, t, _ in quotes), quotes
    assert len({s for _, _, s in quotes}) == 1, quotes


@pytest.mark.e2e
@pytest.mark.parametrize("text, expected", NEAR)
def test_quotes_continued_last_fragment_near_miss(text: str, expected: list[tuple[bool, str]]) -> None:
    assert [(d, t) for d, t, _ in _quotes(text)] == expected
