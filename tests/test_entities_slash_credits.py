"""A name the NER read across a slash ("Anna Varga/Valley Herald", "Valley Bulletin / Morning Desk", "(AP/Valley
Herald)") is the names on either side of it: a credit's photographer and agency, or two media, which the real-news
golds list one by one (issue 12), where the NER made one organisation of them. A name the knowledge base knows whole
with its slash ("RFE/RL") stays one. The NER's labels are set by hand; the sentences, people and media are invented."""

from __future__ import annotations

import pytest

from test_entities_ner_misses import found, with_ner

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text, labelled, names, joined",
    [
        (
            "The minister spoke to reporters in Keldora on Monday. (Anna Varga/Valley Herald)",
            [("Anna Varga/Valley Herald", "ORG")],
            ["Anna Varga", "Valley Herald"],
            "Anna Varga/Valley Herald",
        ),
        (
            "Posted on 2019-03-02 Valley Bulletin / Morning Desk",
            [("Valley Bulletin / Morning Desk", "ORG")],
            ["Valley Bulletin", "Morning Desk"],
            "Valley Bulletin / Morning Desk",
        ),
        (
            "KELDORA (AP/Valley Herald) - The minister said on Monday that the talks would resume.",
            [("AP/Valley Herald", "ORG")],
            ["Associated Press", "Valley Herald"],
            "AP/Valley Herald",
        ),
        (
            "Delegates gathered in the capital on Friday. (Omar Haddad/Coastal Press Agency)",
            [("Omar Haddad/Coastal Press Agency", "ORG")],
            ["Omar Haddad", "Coastal Press Agency"],
            "Omar Haddad/Coastal Press Agency",
        ),
    ],
)
def test_entities_slash_credits_are_two_names(text, labelled, names, joined):
    got = found(with_ner(text, "en", labelled), "en")
    assert all(n in got for n in names), got
    assert joined not in got


@pytest.mark.parametrize(
    "text, labelled, name",
    [
        # a name the knowledge base knows with its slash stays whole
        ("The minister spoke to RFE/RL on Monday.", [("RFE/RL", "ORG")], "Radio Free Europe/Radio Liberty"),
        # a photographer before an agency's slash: the person alone, as before
        (
            "The minister spoke in Keldora on Monday. (Anna Varga/Reuters)",
            [("Anna Varga/Reuters", "PERSON")],
            "Anna Varga",
        ),
    ],
)
def test_entities_slash_credits_near_miss_names_stay(text, labelled, name):
    assert name in found(with_ner(text, "en", labelled), "en")
