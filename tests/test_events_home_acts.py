"""Domestic acts, one state on both sides (the real-news golds' convention, issue 13, stop 44): a state's people
judging a home act done by others of their state judge its authors ("the president condemned the protests" after a
crowd protested, "a former president denounced the coup" after the army seized power: X -> X, `events.home_acts`),
and a condemned home act is judged, not refused; a person the text gives a role but no state, in a story with no
dateline that names one state only, acts for that state ("Interior Minister X declared martial law in Togo",
`frame.new_frame`). Near misses: an act of another state judged, a foreign crowd, a story that names two states.
Invented sentences, real states, invented people."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("togo", "Togo", "GPE", "TGO", None, "GOV", ["Togo"]),
    ("lome", "Lomé", "GPE", "TGO", None, None, ["Lomé"]),
    ("mensah", "Kofi Mensah", "PERSON", None, "TGO", "GOV", ["Kofi Mensah", "Mensah"]),
    ("okafor", "Ade Okafor", "PERSON", None, None, "GOV", ["Ade Okafor", "Okafor"]),
    ("ghana", "Ghana", "GPE", "GHA", None, "GOV", ["Ghana"]),
    ("accra", "Accra", "GPE", "GHA", None, None, ["Accra"]),
]

PROTESTS_EN = "Thousands of people protested in Lomé on Saturday against the new tax."
PROTESTS_FR = "Des milliers de personnes ont manifesté samedi à Lomé contre la nouvelle taxe."


def run(text: str, lang: str) -> list[dict]:
    return coded(text, lang, KB)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", f"{PROTESTS_EN} President Kofi Mensah condemned the protests."),
        ("fr", f"{PROTESTS_FR} Le président Kofi Mensah a condamné ces rassemblements."),
        ("en", "The army seized power in Togo on Monday. Former president Kofi Mensah denounced the coup."),
    ],
)
def test_events_home_acts_judged_by_their_own_state(lang, text):
    assert ({"TGO"}, {"TGO"}) in sides(run(text, lang), "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        # an act of another state is judged as before: its author's state
        "Ghana's army seized power on Monday. Togo denounced the coup.",
        # a crowd of another state protesting is no home act of the judge's state
        "Thousands of Ghanaians protested in Accra on Saturday. President Kofi Mensah condemned the protests.",
    ],
)
def test_events_home_acts_of_another_state_are_no_home_judgements(text):
    assert ({"TGO"}, {"TGO"}) not in sides(run(text, "en"), "ACCUSE")


def test_events_home_acts_a_condemned_home_act_is_not_refused():
    # condemning measures taken against oneself also rejects them; a home act condemned is only judged
    assert not sides(run(f"{PROTESTS_FR} Le président Kofi Mensah a condamné ces rassemblements.", "fr"), "REJECT")


@pytest.mark.parametrize(
    "text,etype",
    [
        ("Interior Minister Ade Okafor declared martial law in Togo on Monday.", "COERCE"),
        ("The army seized power in Togo on Monday. Former president Ade Okafor denounced the coup.", "ACCUSE"),
    ],
)
def test_events_home_acts_a_stateless_official_of_a_one_state_story_is_its(text, etype):
    assert ({"TGO"}, {"TGO"}) in sides(run(text, "en"), etype)


@pytest.mark.parametrize(
    "text,etype",
    [
        ("Interior Minister Ade Okafor declared martial law in Togo on Monday. Ghana closed its border.", "COERCE"),
        (
            "The army seized power in Togo on Monday. Former president Ade Okafor denounced the coup. "
            "Ghana closed its border.",
            "ACCUSE",
        ),
    ],
)
def test_events_home_acts_a_stateless_official_of_a_two_state_story_stays_uncoded(text, etype):
    assert ({"TGO"}, {"TGO"}) not in sides(run(text, "en"), etype)
