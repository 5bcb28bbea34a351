"""A French source naming information its issuer made public (issue 12, stop 62): « selon des informations publiées
par X », « selon les informations transmises mardi par X », « d'après des informations diffusées par X », « selon les
explications données par X ». The source's own noun (« des informations ») names no one, so the statement was
dropped for want of a speaker, as stop 47's relayed information was: the agent of the participle speaks, the verbs of
making information public joining the relaying verbs (lexicon kind `relay_verb`: publier, transmettre, diffuser,
communiquer, donner). Near misses: evidence supplied by someone (« des images fournies par X ») stays no source, and
information published with no agent names no one. Every body, person and statement is invented."""

from __future__ import annotations

import pytest

from test_quotes import run

SPEC = {
    "marchetti": ("Paul Marchetti", "PERSON", ["Paul Marchetti", "Marchetti"]),
    "croix": ("Croix Claire", "ORG", ["Croix Claire"]),
}


def quotes_of(text: str) -> list[tuple[str, set[str]]]:
    """Each quote of ``text``: its words and its speakers' names."""
    return [(q["text"], {s["name"] for s in q["speakers"]}) for q in run(text, "fr", SPEC)]


#: (text, words of the statement, who made the information public)
PUBLISHED = [
    (
        "Selon des informations publiées par Croix Claire, des rebelles ont attaqué un poste de douane.",
        "des rebelles ont attaqué un poste de douane",
        "Croix Claire",
    ),
    (
        "Selon les informations transmises mardi par Paul Marchetti, cinq soldats ont été blessés lors de heurts.",
        "cinq soldats ont été blessés lors de heurts",
        "Paul Marchetti",
    ),
    (  # the source closing the sentence
        "Deux ponts ont été coupés par la crue, selon des informations diffusées par Croix Claire.",
        "Deux ponts ont été coupés par la crue",
        "Croix Claire",
    ),
    (
        "D'après les informations communiquées par Croix Claire, le camp accueille désormais trois mille familles.",
        "le camp accueille désormais trois mille familles",
        "Croix Claire",
    ),
    (
        "Selon les explications données par Paul Marchetti, le convoi a été bloqué à la frontière.",
        "le convoi a été bloqué à la frontière",
        "Paul Marchetti",
    ),
    (
        "Le pont a été rouvert lundi, d'après les indications communiquées par Croix Claire.",
        "Le pont a été rouvert lundi",
        "Croix Claire",
    ),
]


@pytest.mark.e2e
@pytest.mark.parametrize("text, words, who", PUBLISHED)
def test_quotes_published_information_agent_speaks(text: str, words: str, who: str) -> None:
    assert any(words in said and speakers == {who} for said, speakers in quotes_of(text)), quotes_of(text)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "Selon des images fournies par Croix Claire, le barrage a cédé dans la nuit.",  # evidence, no report
        "Selon des informations publiées mardi, le barrage a cédé dans la nuit.",  # no agent: no one
    ],
)
def test_quotes_published_information_near_misses(text: str) -> None:
    assert not any(speakers for _, speakers in quotes_of(text)), quotes_of(text)
