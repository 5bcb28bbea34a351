"""Reported speech and speakers the real-news reading (issue 12, stop 33) found lost to one parse or one link: a
closing incise whose verb the parser made the head of the reported clause ("Ce n'est pas assez, a-t-elle ajouté"),
a speech participle the model tags as an adjective after an inverted subject ("…, a-t-elle martelé"), a document
named by a possessive ("His statement said…") and the pronoun that refers back to it ("It added that…"), and a
role phrase opening the main clause after a fronted phrase that ends on a name ("Questionné sur le rôle de X, le
premier ministre a souligné…": the role is not X's). Each both ways. Invented sentences, invented people."""

from __future__ import annotations

import pytest

from test_quotes import PEOPLE, run
from veille.pipeline import analyze_text

FR = "Claire Vasseur a annoncé une aide de cinquante millions pour la région."


def holding(quotes: list[dict], words: str) -> list[dict]:
    """The quotes whose text holds ``words``."""
    return [q for q in quotes if words in q["text"]]


def names(q: dict) -> set[str]:
    return {s["name"] for s in q["speakers"]}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        (f"{FR} Ce n'est pas assez, a-t-elle ajouté.", "Ce n'est pas assez"),
        (f"{FR} Elle est satisfaite, mais ce n'est pas assez, a-t-elle ajouté.", "ce n'est pas assez"),
        (f"{FR} Le versement sera rapide et complet, a-t-elle martelé.", "Le versement sera rapide"),
    ],
)
def test_quotes_closing_incise_over_a_misparsed_clause(text: str, words: str) -> None:
    found = holding(run(text, "fr"), words)
    assert found and names(found[0]) == {"Claire Vasseur"}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        ("Paul Martel a, de son côté, annoncé la création d'un fonds pour les familles.", "Paul Martel a"),
        ("Paul Martel a visité la forge. Le métal y est martelé à la main depuis un siècle.", "Le métal"),
    ],
)
def test_quotes_closing_incise_not_read_without_one(text: str, words: str) -> None:
    assert not holding(run(text, "fr"), words)


@pytest.mark.e2e
def test_quotes_document_of_a_possessive_speaks_for_its_person() -> None:
    text = (
        "Valdor will close its embassy in Brevonne, foreign minister Paul Martel has said. His statement said "
        "the ambassador has been recalled after the vote. It added that the decision followed new sanctions."
    )
    quotes = run(text, "en")
    for words in ("the ambassador has been recalled", "the decision followed new sanctions"):
        found = holding(quotes, words)
        assert found and names(found[0]) == {"Paul Martel"}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        (  # "her", not the man who spoke last
            "Paul Martel said the harvest will be late. Claire Vasseur met farmers on Monday. Her statement said "
            "the roads will reopen next week.",
            "the roads will reopen",
            {"Claire Vasseur"},
        ),
    ],
)
def test_quotes_possessive_document_takes_the_possessor_of_its_gender(text: str, words: str, who: set) -> None:
    found = holding(run(text, "en"), words)
    assert found and names(found[0]) == who


@pytest.mark.e2e
def test_quotes_it_refers_back_to_no_person_but_a_document() -> None:
    """ "It" after a person's own statement is not the person: no quote is attributed through it."""
    text = "Paul Martel said the harvest will be late. It added that the roads will reopen next week."
    assert not any(names(q) == {"Paul Martel"} for q in holding(run(text, "en"), "the roads will reopen"))


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, who",
    [
        (
            "Le premier ministre canadien Paul Martel a rencontré lundi le président américain Jean Brady. Questionné "
            "sur le rôle de Jean Brady, le premier ministre canadien a souligné que la région restait tendue.",
            "Paul Martel",
        ),
        (  # an apposition: the role is the name's
            "Le maire de Brévonne a reçu lundi Jean Brady. Jean Brady, le premier ministre canadien, a souligné que "
            "la région restait tendue.",
            "Jean Brady",
        ),
    ],
)
def test_entities_role_phrase_opening_a_clause_after_a_name_is_not_its_apposition(text: str, who: str) -> None:
    art = analyze_text(text, html=False)
    found = [q for q in art.quotes if "la région restait tendue" in q["text"]]
    assert found and {s["name"] for s in found[0]["speakers"]} == {who}


def test_quotes_report_repairs_fixture_names_people() -> None:
    assert PEOPLE["vasseur"][0] == "Claire Vasseur"
