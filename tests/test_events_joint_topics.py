"""What two parties agree or talk about is no side of their joint act: "la Turquie et la Grèce se sont mises d'accord
sur l'envoi d'aide vers la Syrie" is an agreement between Turkey and Greece, not with Syria; the party is named only
under the verb's complement of topic or direction (lang/fr/events.json ``topic_preps``; events/joint_topics.py). A
partner ("avec le Japon"), an object, a single actor and an act that is not joint keep their recipient. Invented
sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy model

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("turkey", "Turkey", "GPE", "TUR", None, "GOV", ["Turquie"]),
    ("greece", "Greece", "GPE", "GRC", None, "GOV", ["Grèce"]),
    ("syria", "Syria", "GPE", "SYR", None, "GOV", ["Syrie"]),
    ("egypt", "Egypt", "GPE", "EGY", None, "GOV", ["Égypte"]),
    ("jordan", "Jordan", "GPE", "JOR", None, "GOV", ["Jordanie"]),
    ("libya", "Libya", "GPE", "LBY", None, "GOV", ["Libye"]),
    ("france", "France", "GPE", "FRA", None, "GOV", ["France"]),
    ("germany", "Germany", "GPE", "DEU", None, "GOV", ["Allemagne"]),
    ("japan", "Japan", "GPE", "JPN", None, "GOV", ["Japon"]),
    ("russia", "Russia", "GPE", "RUS", None, "GOV", ["Russie"]),
    ("ukraine", "Ukraine", "GPE", "UKR", None, "GOV", ["Ukraine"]),
    ("chad", "Chad", "GPE", "TCD", None, "GOV", ["Tchad"]),
]


def run(text: str) -> list[dict]:
    return coded(text, "fr", KB)


@pytest.mark.parametrize(
    "text, etype, both",
    [
        (
            "La Turquie et la Grèce se sont mises d'accord sur l'envoi d'aide humanitaire vers la Syrie.",
            "AGREE",
            {"TUR", "GRC"},
        ),
        (
            "L'Égypte et la Jordanie se sont entendues mardi sur le transport de vivres vers la Libye.",
            "AGREE",
            {"EGY", "JOR"},
        ),
        (
            "La France et l'Allemagne se sont entendues mardi sur l'envoi de médecins vers le Tchad.",
            "AGREE",
            {"FRA", "DEU"},
        ),
        ("La Russie et la Turquie ont convenu jeudi d'un couloir vers la Syrie via la Grèce.", None, {"RUS", "TUR"}),
    ],
)
def test_topic_is_no_side(text, etype, both):
    events = run(text)
    got = [
        ({p["code"] for p in e["actors"]}, {p["code"] for p in e["recipients"]})
        for e in events
        if etype is None or e["type"] == etype
    ]
    assert (both, both) in got, got


@pytest.mark.parametrize(
    "text, etype, actors, recipients",
    [
        # a partner stays
        ("La France et l'Allemagne ont signé un accord avec le Japon.", "AGREE", {"FRA", "DEU"}, {"JPN"}),
        # one actor: the act is not read as joint
        ("La Russie a lancé des frappes sur l'Ukraine.", "ASSAULT", {"RUS"}, {"UKR"}),
        # two actors of an act that is not joint keep their target
        ("La Russie et la Syrie ont mené des frappes sur l'Ukraine.", "ASSAULT", {"RUS", "SYR"}, {"UKR"}),
    ],
)
def test_partner_or_target_stays(text, etype, actors, recipients):
    got = sides(run(text), etype)
    assert any(a == actors and r == recipients for a, r in got), got
