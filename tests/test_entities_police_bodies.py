"""A state's police named by the English common noun and the state ("the Ugandan police", "Orvania's police",
"the Hong Kong Police said"): a state body, as the French "la police de Hong Kong" already was (bodies.tsv row
``police``); its statements are the body's, no longer the state's (issue 12). A police force's proper name that
goes on after the noun ("the Ghana Police Service") is the NER's organisation, not the body; "police" with no
state printed is no entity. The sentences are invented."""

from __future__ import annotations

import pytest

from test_entities_ner_misses import found, with_ner

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text, labelled, body",
    [
        ("The Ugandan police said the six men had been arrested.", [("Ugandan", "NORP")], "National Police of Uganda"),
        ("Kenya's police said the six men had been arrested.", [("Kenya", "GPE")], "National Police of Kenya"),
        (
            "The Hong Kong Police said in a statement that six men were held.",
            [("Hong Kong", "GPE")],
            "National Police of Hong Kong",
        ),
    ],
)
def test_police_of_a_state_is_a_body(text, labelled, body):
    ents = found(with_ner(text, "en", labelled), "en")
    assert ents.get(body) == "ORG", ents


@pytest.mark.parametrize(
    "text, labelled, absent, org",
    [
        (
            "Officers of the Ghana Police Service refused entry to the crowd.",
            [("Ghana Police Service", "ORG")],
            "National Police of Ghana",
            "Ghana Police Service",
        ),
        (
            "Police said the six men had been arrested in Nairobi.",
            [("Nairobi", "GPE")],
            "National Police of Kenya",
            None,
        ),
    ],
)
def test_police_in_a_proper_name_or_without_state_is_no_body(text, labelled, absent, org):
    ents = found(with_ner(text, "en", labelled), "en")
    assert absent not in ents, ents
    assert org is None or ents.get(org) == "ORG", ents
