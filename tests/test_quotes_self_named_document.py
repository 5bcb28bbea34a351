"""A communiqué that names its issuer in its own words (issue 12, stop 53). Where the incise gives the quoted words
to a document that names no issuer ("…, a précisé le communiqué", "…, a annoncé un communiqué lu à la radio") or to
a pronoun with a document adjunct that refers to no one ("…, a-t-il écrit dans son communiqué"), the body the quoted
words open on as their subject (« Le gouvernement du Togo informe … ») issued them
(:mod:`veille.analysis.quotes.self_named`). Invented sentences and people."""

from __future__ import annotations

import pytest

from quote_fixtures import analysed_speakers


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, state",
    [
        (
            "L'ambassadeur de Valdavie a quitté Lomé dans la nuit. « Le gouvernement du Togo informe l'opinion "
            "nationale que l'ambassadeur a été convoqué ce jour par le ministre », a annoncé un communiqué lu à la "
            "radio nationale.",
            "informe l'opinion",
            "Togo",
        ),
        (
            "« Le gouvernement norvégien dénonce sans réserve cette attaque odieuse », a-t-il indiqué "
            "lundi dans un communiqué. Plusieurs capitales ont réagi dans la soirée.",
            "dénonce sans réserve",
            "Norway",
        ),
        (
            "Un communiqué a été lu mardi soir à la télévision. « Le gouvernement de la République du Togo rappelle "
            "son attachement au dialogue avec tous ses voisins », a précisé le communiqué.",
            "rappelle son attachement",
            "Togo",
        ),
    ],
)
def test_quotes_self_named_document_speaks_as_the_body_it_names(text: str, words: str, state: str) -> None:
    found = analysed_speakers(text, words)
    assert found and all(any(state in s for s in names) for names in found), found


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, absent",
    [
        # near misses: a speaker the incise names keeps the words; a bare « Le gouvernement » names no one; a
        # pronoun with no document is no communiqué
        (
            "« Le gouvernement togolais a failli à sa mission envers les citoyens », a déclaré Koffi Amégan, chef "
            "d'un parti d'opposition.",
            "failli à sa mission",
            "Togo",
        ),
        (
            "Un communiqué a été lu mardi soir à la télévision togolaise. « Le gouvernement rappelle son attachement "
            "au dialogue avec tous ses voisins », a précisé le communiqué.",
            "rappelle son attachement",
            "Togo",
        ),
        (
            "« Le gouvernement norvégien dénonce sans réserve cette attaque odieuse », a-t-il dit. "
            "Plusieurs capitales ont réagi dans la soirée.",
            "dénonce sans réserve",
            "Norway",
        ),
    ],
)
def test_quotes_self_named_document_near_misses(text: str, words: str, absent: str) -> None:
    assert all(not any(absent in n for n in s) for s in analysed_speakers(text, words))
