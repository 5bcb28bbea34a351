"""A role phrase with a nationality ("a dit le président turc", "le président américain avait annoncé…") names the
leader of that state the text named before, bare ("Recep Tayyip Erdogan a déclaré…"): the knowledge base's
``actors.tsv`` gives the state such a leader acts for, as an apposition ("le président turc X") gives it for a person
the knowledge base does not know (issue 12, stop 40). Not a leader of another state, nor a place the quote names that
the entity stage took for a person. Invented statements, invented people beside real leaders' names (facts: who led
which state); real states only as nationalities."""

from __future__ import annotations

import pytest

from test_quotes_informants import said
from veille.analysis.quotes.leader_states import leader_state


@pytest.mark.parametrize(
    "name, state",
    [
        ("Recep Tayyip Erdogan", "TUR"),
        ("Joe Biden", "USA"),
        ("Emmanuel Macron", "FRA"),
        ("Jean Dupré", None),  # nobody the knowledge base knows
        ("FSB", None),  # an agency listed among a state's actors: no person
    ],
)
def test_leader_state_from_the_knowledge_base(name: str, state: str | None) -> None:
    assert leader_state(name) == state


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        # the leader named bare in the lede, a town of the quote read as a person's name after him
        (
            "Recep Tayyip Erdogan a promis jeudi devant les élus que ses troupes repousseraient les milices loin de Tal"
            " Zorek et de Merbak. « Nous avancerons vers Tal Zorek et Merbak, pas à pas », a dit le président turc.",
            "Nous avancerons",
            "Recep Tayyip Erdogan",
        ),
        # a person of another state named between
        (
            "Joe Biden a reçu des élus à Washington. Le Premier ministre haïtien Jean Dorval se dit très inquiet."
            " La veille, le président américain avait assuré qu'il comptait réduire les délais des renvois.",
            "réduire les délais",
            "Joe Biden",
        ),
        # a role phrase of the main clause, the leader named two sentences before
        (
            "Emmanuel Macron est arrivé mardi à Canton. La visite doit durer trois jours. Lors d'un discours, le"
            " président français a estimé que le dialogue restait possible.",
            "le dialogue restait possible",
            "Emmanuel Macron",
        ),
        # an inverted role phrase after a quote that names another person
        (
            "Joe Biden a parlé lundi au téléphone avec Paul Martel. « Paul Martel est un partenaire solide », a"
            " affirmé le président américain.",
            "un partenaire solide",
            "Joe Biden",
        ),
        # the person the text itself gives the nationality of (main read it already)
        (
            "Le président turc Ahmet Kaya a parlé mercredi. « Nous avancerons vers Merbak, pas à pas », a dit le"
            " président turc.",
            "Nous avancerons",
            "Ahmet Kaya",
        ),
    ],
)
def test_quotes_role_with_nationality_names_the_known_leader(text: str, words: str, who: str) -> None:
    assert said(text, words) == {who}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        # the leader of another state: the role phrase stays described
        ("Joe Biden a reçu ses alliés lundi. « Nous avancerons ensemble », a dit le président turc.", "avancerons"),
        ("Emmanuel Macron a reçu ses alliés lundi. Le président américain a estimé que la paix était loin.", "la paix"),
        # a person the text gives another nationality
        (
            "Le Premier ministre grec Nikos Doukas est arrivé lundi. « Nous avancerons », a dit le président turc.",
            "avancerons",
        ),
    ],
)
def test_quotes_role_with_nationality_of_another_state_stays_described(text: str, words: str) -> None:
    (who,) = said(text, words)
    assert who.endswith("~")
