"""A country's name the statistical NER runs into the name of the person a role names after it ("President of
Kazakhstan Kassym-Zhomart Tokayev" read as one organisation): the state and the person, as the role phrase prints
them (issue 12: the person's quotes were lost with the name). Not an organisation named after a country ("Norway
Airlines", "a subsidiary of Norway Seafood Group"). The NER's labels are set by hand; the sentences are invented."""

from __future__ import annotations

import pytest

from test_entities_ner_misses import found, with_ner

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text, labelled, person, state",
    [
        (
            "On Monday, President of Norway Tomas Hallberg said the talks were over.",
            [("Norway Tomas Hallberg", "ORG")],
            "Tomas Hallberg",
            "Norway",
        ),
        (
            "Prime Minister of Norway Anna-Lise Bergvik informed the council that the talks were over.",
            [("Norway Anna-Lise Bergvik", "ORG")],
            "Anna-Lise Bergvik",
            "Norway",
        ),
    ],
)
def test_state_then_name_splits_into_the_state_and_the_person(text, labelled, person, state):
    ents = found(with_ner(text, "en", labelled), "en")
    assert ents.get(person) == "PERSON", ents
    assert ents.get(state) == "GPE", ents


@pytest.mark.parametrize(
    "text, labelled, org",
    [
        (
            "The President of Norway Airlines said the flights would resume.",
            [("Norway Airlines", "ORG")],
            "Norway Airlines",
        ),
        (
            "A subsidiary of Norway Seafood Group said the plant would close.",
            [("Norway Seafood Group", "ORG")],
            "Norway Seafood Group",
        ),
    ],
)
def test_state_then_name_leaves_an_organisation_named_after_a_country(text, labelled, org):
    ents = found(with_ner(text, "en", labelled), "en")
    assert ents.get(org) == "ORG", ents
