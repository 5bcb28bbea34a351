"""An organisation's name printed again where the entity stage recorded no mention of it (issue 12).

The entity stage may record an organisation's name at one place and miss it at another, where the name is printed
with a qualifier after it (« Les Gardiens de la Vallée valdoriens ont annoncé… », « La Cour suprême du Valdor a
annoncé… »): the subject covered no mention and the statement was dropped for want of a speaker. A phrase that opens
on the whole name of an organisation of the text, printed as that name is (`quotes.unmentioned.named_by_phrase`,
read by `resolve.Resolver._head`), names it. Near misses: a common noun in lower case that a name holds (« le palais
présidentiel » beside the « Palais présidentiel » of the entities), a name followed by another state's nationality,
a person's name. The entities are given with one mention each, where the stage recorded them. Every organisation,
person and statement is invented."""

from __future__ import annotations

import pytest

from quote_fixtures import speakers_each
from test_quotes import parse
from veille.analysis.quotes import extract_quotes


def entity(key: str, name: str, typ: str, text: str, form: str, nth: int, country: str | None = None) -> dict:
    """An entity record with one mention: the ``nth`` occurrence (from 0) of ``form`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(form, start + 1)
    mention = {"text": form, "start": start, "end": start + len(form)}
    return {
        "id": key,
        "name": name,
        "type": typ,
        "code": None,
        "country": country,
        "sector": None,
        "roles": [],
        "mentions": [mention],
    }


def speakers_of(text: str, entities: list[dict], words: str) -> list[set[str]]:
    """The speakers of each quote of ``text`` holding ``words``."""
    quotes = extract_quotes(parse(text, "fr"), entities, lang="fr")
    return speakers_each(quotes, words)


GARDIENS = (
    "Les Gardiens de la Vallée valdoriens ont annoncé samedi avoir saisi un cargo dans le port de Sorvan. "
    "Les Gardiens de la Vallée, une milice créée en 1990, contrôlent la côte."
)
COUR = (
    "La Cour suprême du Valdor a estimé mardi que le scrutin municipal de Sorvan était entaché de fraudes. "
    "La Cour suprême avait été saisie par trois partis."
)

#: (text, entities, words of the statement, who speaks)
NAMED = [
    (
        GARDIENS,
        [entity("g", "Gardiens de la Vallée", "ORG", GARDIENS, "Gardiens de la Vallée", 1)],
        "avoir saisi",
        {"Gardiens de la Vallée"},
    ),
    (
        COUR,
        [entity("c", "Cour suprême", "LOC", COUR, "Cour suprême", 1)],
        "était entaché de fraudes",
        {"Cour suprême"},
    ),
]


@pytest.mark.e2e
@pytest.mark.parametrize("text, entities, words, who", NAMED)
def test_quotes_unmentioned_names_name_speaks(text: str, entities: list[dict], words: str, who: set[str]) -> None:
    found = speakers_of(text, entities, words)
    assert found and all(s == who for s in found)


PALAIS = (
    "Le palais présidentiel de Sorvan a annoncé samedi que le couvre-feu était levé. "
    "Le Palais présidentiel est gardé par l'armée."
)
MINISTERE = (
    "Le ministère de la Défense russe a affirmé que la frégate était rentrée au port. "
    "Le ministère de la Défense avait démenti toute perte."
)
PERSONNE = "Paul Durand junior a affirmé que la frégate était rentrée au port. Paul Durand avait démenti."

#: near misses: (text, entities, words of a statement that has none of these speakers, the names not to find)
KEPT = [
    (
        PALAIS,
        [entity("p", "Palais présidentiel", "LOC", PALAIS, "Palais présidentiel", 0)],
        "le couvre-feu était levé",
        "Palais présidentiel",
    ),
    (
        MINISTERE,
        [entity("m", "Ministry of Defence of Ukraine", "ORG", MINISTERE, "ministère de la Défense", 1, "UKR")],
        "la frégate était rentrée",
        "Ministry of Defence of Ukraine",
    ),
    (
        PERSONNE,
        [entity("d", "Paul Durand", "PERSON", PERSONNE, "Paul Durand", 1)],
        "la frégate était rentrée",
        "Paul Durand",
    ),
]


@pytest.mark.e2e
@pytest.mark.parametrize("text, entities, words, name", KEPT)
def test_quotes_unmentioned_names_near_misses(text: str, entities: list[dict], words: str, name: str) -> None:
    assert all(name not in s for s in speakers_of(text, entities, words))
