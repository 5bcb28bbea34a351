"""What two parties agree about is no side of their joint act, in English too: "Brazil and Argentina agreed on
quotas for the grain imports of Bolivia" is an agreement between Brazil and Argentina, not with Bolivia. The party
is named only under a preposition of topic (lang/en/events.json ``topic_preps``: "on", "over", "about"...) of the
verb or of the verb it governs as an open complement ("agreed to cooperate on X"), or a body the act is done within
("agreed to act together inside the Council"); events/joint_topics.py. The topic's party is no side of the joint
act remembered for the next sentence either ("They also agreed..."). A partner ("with Uruguay"), a single actor
and an act that is not joint keep their recipient. Invented sentences; real states and bodies."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy model

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("brazil", "Brazil", "GPE", "BRA", None, "GOV", ["Brazil"]),
    ("argentina", "Argentina", "GPE", "ARG", None, "GOV", ["Argentina"]),
    ("bolivia", "Bolivia", "GPE", "BOL", None, "GOV", ["Bolivia"]),
    ("uruguay", "Uruguay", "GPE", "URY", None, "GOV", ["Uruguay"]),
    ("chile", "Chile", "GPE", "CHL", None, "GOV", ["Chile"]),
    ("peru", "Peru", "GPE", "PER", None, "GOV", ["Peru"]),
    ("ecuador", "Ecuador", "GPE", "ECU", None, "GOV", ["Ecuador"]),
    ("colombia", "Colombia", "GPE", "COL", None, "GOV", ["Colombia"]),
    ("paraguay", "Paraguay", "GPE", "PRY", None, "GOV", ["Paraguay"]),
    ("oas", "Organization of American States", "ORG", "OAS", None, "IGO", ["Organization of American States"]),
]


def run(text: str) -> list[dict]:
    return coded(text, "en", KB)


@pytest.mark.parametrize(
    "text, both",
    [
        ("Brazil and Argentina agreed on Tuesday on quotas for the grain imports of Bolivia.", {"BRA", "ARG"}),
        (
            "Chile and Peru agreed to cooperate on answers to regional crises such as the dispute between Ecuador"
            " and Colombia.",
            {"CHL", "PER"},
        ),
        ("Brazil and Argentina agreed to work together on flood relief for Paraguay.", {"BRA", "ARG"}),
        # the frame of the joint act ("within" a body) is no side either
        (
            "Chile and Peru agreed on Friday to act in concert within the Organization of American States.",
            {"CHL", "PER"},
        ),
    ],
)
def test_events_joint_topics_english_topic_is_no_side(text, both):
    got = sides(run(text), "AGREE")
    assert (both, both) in got, got
    assert all(r <= both for _, r in got), got


def test_events_joint_topics_english_topic_is_no_side_of_the_remembered_pair():
    text = (
        "The foreign ministers of Chile and Peru held talks in Lima on Monday. "
        "The two ministers agreed to cooperate on relief for Bolivia after the floods. "
        "They also agreed to meet again in the spring."
    )
    got = sides(run(text), "AGREE")
    assert got and all(a == {"CHL", "PER"} and r == {"CHL", "PER"} for a, r in got), got


@pytest.mark.parametrize(
    "text, etype, actors, recipients",
    [
        # a partner stays
        ("Brazil and Argentina signed an agreement with Uruguay on Tuesday.", "AGREE", {"BRA", "ARG"}, {"URY"}),
        # one actor: the act is not read as joint, its partner stays
        ("Brazil agreed with Bolivia on the price of gas.", "AGREE", {"BRA"}, {"BOL"}),
        # two actors of an act that is not joint keep their target
        ("Chile and Peru imposed sanctions on Ecuador over the dispute.", "SANCTION", {"CHL", "PER"}, {"ECU"}),
    ],
)
def test_events_joint_topics_english_partner_or_target_stays(text, etype, actors, recipients):
    got = sides(run(text), etype)
    assert any(a == actors and r == recipients for a, r in got), got
