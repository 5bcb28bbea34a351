"""A French source naming information someone relayed (issue 12, stop 47): « selon des informations rapportées par
X », « selon ce qui a été relayé par X », « d'après des informations relayées par X ». The source's own noun
(« des informations », « ce ») names no one, so the statement was dropped for want of a speaker, or, where a
relative « qu' » followed, the participle took it for its reported clause (« la seule fois qu'un tel décret… »:
the statement cut inside). The agent of a relaying verb (lexicon kind `relay_verb`: rapporter, relayer; French rows
only) hung on the source's noun speaks (`owners.relay_agents`, read by `resolve`), and such a participle reports no
clause of its own (`owners.relaying`, read by `indirect`). Near misses: an agent that supplied evidence (« des images
fournies par X ») is no source, a report verb with a clause of its own reads as before, relayed information that is
no source of the sentence (« Les informations rapportées par X ont été démenties ») states nothing, and « selon des
informations » with no agent names no one. Every body and statement is invented."""

from __future__ import annotations

import pytest

from test_quotes import run

SPEC = {
    "martel": ("Paul Martel", "PERSON", ["Paul Martel", "Martel"]),
    "gazette": ("La Gazette du Valdor", "ORG", ["La Gazette du Valdor", "Gazette du Valdor"]),
    "terre": ("Terre Claire", "ORG", ["Terre Claire"]),
}


def quotes_of(text: str) -> list[tuple[str, set[str]]]:
    """Each quote of ``text``: its words and its speakers' names."""
    return [(q["text"], {s["name"] for s in q["speakers"]}) for q in run(text, "fr", SPEC)]


#: (text, words of the statement, who relayed it)
RELAYED = [
    (
        "Selon des informations rapportées par La Gazette du Valdor, le maire a quitté la ville mardi soir.",
        "le maire a quitté la ville mardi soir",
        "La Gazette du Valdor",
    ),
    (  # the source closing the sentence
        "Le maire a quitté la ville mardi soir, selon des informations rapportées par La Gazette du Valdor.",
        "Le maire a quitté la ville mardi soir",
        "La Gazette du Valdor",
    ),
    (  # a relative clause on a pronoun
        "Paul Martel a convoqué ses adjoints pour une séance extraordinaire, selon ce qui a été relayé par le journal "
        "Gazette du Valdor.",
        "Paul Martel a convoqué ses adjoints",
        "La Gazette du Valdor",
    ),
    (  # a relative « qu' » after it: no clause of the participle's
        "Selon des informations rapportées par La Gazette du Valdor, la seule fois qu’un tel décret a été signé "
        "remonte à 1987.",
        "la seule fois qu’un tel décret",
        "La Gazette du Valdor",
    ),
    (
        "Selon des informations relayées par Terre Claire, le barrage a cédé dans la nuit.",
        "le barrage a cédé dans la nuit",
        "Terre Claire",
    ),
    (
        "D'après des informations rapportées par Terre Claire, trois villages ont été évacués.",
        "trois villages ont été évacués",
        "Terre Claire",
    ),
]


@pytest.mark.e2e
@pytest.mark.parametrize("text, words, who", RELAYED)
def test_quotes_relayed_information_agent_speaks(text: str, words: str, who: str) -> None:
    assert any(words in said and speakers == {who} for said, speakers in quotes_of(text)), quotes_of(text)


#: (text, the quotes expected)
NEAR_MISSES = [
    ("Selon des images fournies par Terre Claire, le barrage a cédé dans la nuit.", []),  # evidence, no report
    (
        "La Gazette du Valdor a rapporté que le maire avait quitté la ville.",
        [("le maire avait quitté la ville", {"La Gazette du Valdor"})],
    ),
    ("Les informations rapportées par La Gazette du Valdor ont été démenties par la mairie mardi.", []),
    ("Selon des informations, le maire a quitté la ville mardi soir.", []),  # no one named
]


@pytest.mark.e2e
@pytest.mark.parametrize("text, expected", NEAR_MISSES)
def test_quotes_relayed_information_near_misses(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert quotes_of(text) == expected
