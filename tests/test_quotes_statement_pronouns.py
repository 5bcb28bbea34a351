"""A pronoun speaker that refers back to the source of the statement just reported (issue 12: English quotes). (1)
"it" refers to a person who spoke through a document ("X said in a statement. …, it said": the statement, so X);
(2) the subject of the clause an "it" incise closes is its referent only when its own head names a speaker (a name,
an institution, an organisation or spokesperson noun, a role), not a thing whose modifier holds a name ("A special
Ostrel Palace convoy carried the sacks, it said": the convoy never speaks); (3) the pronoun subject of a verb that
goes on with a statement ("it added", « a-t-il ajouté ») refers to a speaker or source seen, never to a clause's
subject in between that never spoke. Invented people, institutions and statements."""

from __future__ import annotations

import pytest

import quote_fixtures
from test_quotes import run

STATEMENT = "“The port will stay closed,” Paul Martel, spokesman for the harbour council, said in a statement."
RELEASE = "The first shipment of grain reached Kelm on Sunday, the Valdor Ministry of Agriculture said in a release."
SAID = "The Valdor Ministry of Agriculture said the harbour would reopen on Monday."


def speakers_of(text: str, words: str, lang: str = "en") -> set[str] | None:
    """The speakers of the quote of ``text`` holding ``words``; None when no quote holds them."""
    return quote_fixtures.speakers_of(run(text, lang), words)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        # (1) a person who spoke in a statement: "it" is the statement
        (f"{STATEMENT} The old cranes had failed twice this year, it said.", "The old cranes", "Paul Martel"),
        (f"{STATEMENT} “The cranes are old,” it said.", "The cranes are old", "Paul Martel"),
        # (2) a thing subject whose modifier holds a name is no antecedent
        (
            f"{RELEASE} A special Ostrel Palace convoy carried the sacks to the market, it said.",
            "A special Ostrel Palace convoy",
            "Valdor Ministry of Agriculture",
        ),
        # (3) "it added": the source quoted before, not the subject of the sentence in between
        (
            f"{SAID} The Ostrel Palace was opened in 1990 to host the talks. The repairs have cost two million "
            "euros, it added.",
            "The repairs",
            "Valdor Ministry of Agriculture",
        ),
    ],
)
def test_quotes_statement_pronouns_refer_to_the_source(text: str, words: str, who: str) -> None:
    assert speakers_of(text, words) == {who}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "verb, who",
    [("ajouté", "Paul Martel"), ("dit", "Jean Ribot")],  # going on: the speaker; a plain cue: the subject seen last
)
def test_quotes_statement_pronouns_french_going_on(verb: str, who: str) -> None:
    text = (
        "Paul Martel a annoncé que le port rouvrirait lundi. Le préfet Jean Ribot est arrivé mardi à Brévonne. "
        f"« Les réparations ont coûté deux millions d’euros », a-t-il {verb}."
    )
    assert speakers_of(text, "Les réparations", "fr") == {who}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        # a subject that names a speaker by its head is still the referent of "it said"
        (
            "The Valdor Ministry of Agriculture closed the port on Monday. It said the storm had damaged the cranes.",
            "the storm",
            "Valdor Ministry of Agriculture",
        ),
        (
            "The Valdor Ministry of Agriculture has closed the port until further notice, it said.",
            "The Valdor Ministry",
            "Valdor Ministry of Agriculture",
        ),
        # "it said" (no going on) after a subject that never spoke: the subject, as before
        (
            f"{SAID} The Ostrel Palace hosted the talks in 1990. It said the repairs had cost two million euros.",
            "the repairs",
            "Palais d’Ostrel",
        ),
    ],
)
def test_quotes_statement_pronouns_keep_named_subjects(text: str, words: str, who: str) -> None:
    assert speakers_of(text, words) == {who}


@pytest.mark.e2e
def test_quotes_statement_pronouns_a_person_without_a_document_is_no_it() -> None:
    text = "“The port will stay closed,” Paul Martel said. The old cranes had failed twice this year, it said."
    assert speakers_of(text, "The old cranes") != {"Paul Martel"}
