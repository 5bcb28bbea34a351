"""What a consultation is about is no side of it (events/topics.py). The object of "discuss" (events.json
``topic_verbs``) when the discussion is the purpose of a meeting ("met the leaders of India to discuss their plans for
Chile's blockade of Peru"), and the complement of a consultation verb or noun under a preposition of
``topic_preps`` ("spoke by phone about the Chilean blockade", "met over the blockade", "held talks on the
blockade") name the topic: a party they name is not the one consulted; the partner is the meeting's, a "with"
complement (even one the parser hangs inside the topic: "a phone call about the blockade with his counterpart"), or
the other sides of a joint subject. Near misses: a "with" partner, a meeting's own partner, a verb of another type
(its "on" is its target), a lone "discuss" with no partner (the topic's party stays its last resort; NOT_YET: a
joint subject of a lone "discuss", measured and not kept). Invented sentences, real states, no real people."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

NOT_YET = pytest.mark.xfail(reason="the object of a lone 'discuss' still names its recipient", strict=True)

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("india", "India", "GPE", "IND", None, "GOV", ["India", "New Delhi", "Indian"]),
    ("norway", "Norway", "GPE", "NOR", None, "GOV", ["Norway", "Oslo", "Norwegian"]),
    ("peru", "Peru", "GPE", "PER", None, "GOV", ["Peru", "Lima", "Peruvian"]),
    ("chile", "Chile", "GPE", "CHL", None, "GOV", ["Chile", "Santiago", "Chilean"]),
]


def run(text: str) -> list[dict]:
    return coded(text, "en", KB)


@pytest.mark.parametrize(
    "text",
    [
        "The Norwegian president met the leaders of India on Monday to discuss their plans for Chile's blockade "
        "of Peru.",
        "The Norwegian and Indian leaders spoke by phone about the Chilean blockade of Peru.",
        "Norway and India met on Monday over the Chilean blockade of Peru.",
        "Norway and India held talks on the Chilean blockade of Peru on Monday.",
        "Norway held talks about Chile's debt on Monday.",
        pytest.param("Norway and India discussed the Chilean attack on Peru at length.", marks=NOT_YET),
    ],
)
def test_events_consult_topics_not_recipients(text):
    assert not any(r & {"CHL", "PER"} for _, r in sides(run(text), "CONSULT"))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Norwegian and Indian leaders spoke by phone about the Chilean blockade of Peru.", ({"NOR", "IND"},) * 2),
        ("Norway and India met on Monday over the Chilean blockade of Peru.", ({"NOR", "IND"},) * 2),
        ("Norway and India held talks on the Chilean blockade of Peru on Monday.", ({"NOR", "IND"},) * 2),
    ],
)
def test_events_consult_topics_joint_sides(text, expected):
    assert expected in sides(run(text), "CONSULT")


@pytest.mark.parametrize(
    "text, etype, expected",
    [
        ("Norway discussed the crisis with India on Monday.", "CONSULT", ({"NOR"}, {"IND"})),
        ("Norway met India on Monday to discuss Chile's debt.", "CONSULT", ({"NOR"}, {"IND"})),
        (
            "The Norwegian president spoke with the Indian prime minister about the Chilean attack on Peru.",
            "CONSULT",
            ({"NOR"}, {"IND"}),
        ),
        ("Norway held talks with India on Chile's debt on Monday.", "CONSULT", ({"NOR"}, {"IND"})),
        (
            "The Norwegian president had a phone call about the blockade with his Indian counterpart.",
            "CONSULT",
            ({"NOR"}, {"IND"}),
        ),
        ("Norway condemned Chile's blockade of the Peruvian port.", "ACCUSE", ({"NOR"}, {"CHL"})),
        ("Norway imposed new sanctions on Chile over the blockade.", "SANCTION", ({"NOR"}, {"CHL"})),
        ("Norway discussed Chile's debt on Monday.", "CONSULT", ({"NOR"}, {"CHL"})),
    ],
)
def test_events_consult_topics_near_misses(text, etype, expected):
    assert expected in sides(run(text), etype)
