"""A state body printed as a proper name after its state's possessive ("Britain's Ministry of Defense"): the body's
mention is its proper name, the state keeps its own, as the real-news golds list them (issue 12: the speaker's
mention did not match). A common noun after the possessive ("Russia's foreign ministry") stays one phrase. The
sentences are invented."""

from __future__ import annotations

import pytest

from veille.analysis.entities import recognise
from veille.analysis.nlp import parse

pytestmark = pytest.mark.e2e


def mentions(text: str) -> dict[str, list[str]]:
    ents = recognise(parse(text, "en"), lang="en", published="2025-01-01")
    return {e["name"]: [m["text"] for m in e["mentions"]] for e in ents}


@pytest.mark.parametrize(
    "text, body, mention, state",
    [
        (
            "Britain’s Ministry of Defense confirmed through a spokesman that the vessel had been stopped.",
            "Ministry of Defence of the United Kingdom",
            "Ministry of Defense",
            "United Kingdom",
        ),
        (
            "Orvania said so. Russia's Foreign Ministry said on Friday that the ship was held.",
            "Ministry of Foreign Affairs of Russia",
            "Foreign Ministry",
            "Russia",
        ),
    ],
)
def test_possessive_state_before_a_proper_body_name_keeps_its_own_mention(text, body, mention, state):
    found = mentions(text)
    assert found.get(body) == [mention], found
    assert state in found, found


@pytest.mark.parametrize(
    "text, body, mention",
    [
        (
            "Russia's foreign ministry said on Friday that the ship was held.",
            "Ministry of Foreign Affairs of Russia",
            "Russia's foreign ministry",
        ),
    ],
)
def test_possessive_state_before_a_common_noun_body_is_one_phrase(text, body, mention):
    found = mentions(text)
    assert found.get(body) == [mention], found
