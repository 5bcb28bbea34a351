"""A political party the English-language press names by a bare word ("Labour", "Labor", "the Conservatives", "the
Tories", "the Liberals") is the party of the state the text names, as the real-news golds list it (issue 12), where
the NER read the word as a group, a person, an organisation no pass kept, or nothing. Never in a text that names none
of the states where the word names a party, inside a longer name, in lower case, or for a word the table leaves out
("Liberal" alone). The NER's labels are set by hand; the sentences and people are invented."""

from __future__ import annotations

import pytest

from test_entities_ner_misses import with_ner
from veille.analysis.entities import recognise
from veille.pipeline import analyze_text

pytestmark = pytest.mark.e2e

PARTIES = {
    "Labour Party",
    "New Zealand Labour Party",
    "Labour Party (Ireland)",
    "Australian Labor Party",
    "Israeli Labor Party",
    "Conservative Party",
    "Conservative Party of Canada",
    "Liberal Party of Canada",
    "Liberal Party of Australia",
}


def entities(text: str, labelled: list[tuple[str, str]]) -> dict[str, dict]:
    return {e["name"]: e for e in recognise(with_ner(text, "en", labelled), lang="en", published="2025-01-01")}


@pytest.mark.parametrize(
    "text, labelled, party, code",
    [
        (
            "Labour MP Hana Moana welcomed the new sanctions, officials in New Zealand said.",
            [("Hana Moana", "PERSON"), ("New Zealand", "GPE")],
            "New Zealand Labour Party",
            None,
        ),
        (
            "Labor's defence spokesman, Jack Barrow, said Australia had acted far too slowly.",
            [("Labor", "ORG"), ("Jack Barrow", "PERSON"), ("Australia", "GPE")],
            "Australian Labor Party",
            "ALP",
        ),
        (
            "The vote in London exposed a split among the Conservatives on trade policy.",
            [("London", "GPE"), ("Conservatives", "NORP")],
            "Conservative Party",
            None,
        ),
        (
            "The Liberals insist they are worried about the famine, an opposition member in Canada said.",
            [("Liberals", "NORP"), ("Canada", "GPE")],
            "Liberal Party of Canada",
            None,
        ),
        (
            "The Tories lost three seats on Thursday, the electoral office in Britain said.",
            [("Tories", "PERSON"), ("Britain", "GPE")],
            "Conservative Party",
            None,
        ),
        # a word that names a party in several states: the party of the state the text names most
        (
            "Labour said the Irish government should raise the border with Britain. Dublin has not replied.",
            [("Irish", "NORP"), ("Britain", "GPE"), ("Dublin", "GPE")],
            "Labour Party (Ireland)",
            None,
        ),
    ],
)
def test_entities_bare_party_word_is_the_party_of_the_state_named(text, labelled, party, code):
    got = entities(text, labelled)
    assert party in got, sorted(got)
    ent = got[party]
    assert ent["type"] == "ORG"
    # no body of its state: its own code where the table gives one, and no state to act for
    assert (ent["code"], ent["country"]) == (code, None)


@pytest.mark.parametrize(
    "text, labelled",
    [
        # no state where the word names a party
        ("Labor unions in Ohio called a strike on Monday.", [("Ohio", "GPE")]),
        # inside a longer name
        ("Shops in New Zealand close on Labour Day.", [("New Zealand", "GPE"), ("Labour Day", "DATE")]),
        (
            "The Department of Labor in Canberra published the figures.",
            [("Department of Labor", "ORG"), ("Canberra", "GPE")],
        ),
        # lower case, and a word the table leaves out
        ("Farms in New Zealand face labour shortages this winter.", [("New Zealand", "GPE")]),
        ("The Liberal government in Ottawa announced new aid.", [("Liberal", "NORP"), ("Ottawa", "GPE")]),
    ],
)
def test_entities_bare_party_word_near_misses_name_no_party(text, labelled):
    got = entities(text, labelled)
    assert not PARTIES & set(got), sorted(got)


def test_entities_bare_party_word_in_a_headline_takes_the_state_the_body_names():
    text = (
        "Labor demands briefing on envoy's expulsion\n\n"
        "The opposition in Canberra said on Sunday that the government of Australia must explain why the envoy "
        "was sent home. Australia's foreign minister did not reply.\n"
    )
    art = analyze_text(text)
    got = {e["name"]: e for e in art.entities}
    assert "Australian Labor Party" in got, sorted(got)
    assert any(m["field"] == "title" for m in got["Australian Labor Party"]["mentions"])
