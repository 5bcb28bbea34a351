"""The venue of a joint act that two or more coded sides do together is no side of it: « X et Y ont conclu un traité
dans la ville de Z », « X et Y ont eu une rencontre lors d'un forum du Sahel, à Z » happen at a city that
is none of the parties (events/joint_topics.venue_only), so the act is coded between the sides, not aimed at the
city's state. A visit or a reception is to its place, an act of one side with another keeps its partner, and a city
after « avec » is a partner. Invented sentences and people; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy model

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("france", "France", "GPE", "FRA", None, "GOV", ["France"]),
    ("germany", "Germany", "GPE", "DEU", None, "GOV", ["Allemagne"]),
    ("ssd", "South Sudan", "GPE", "SSD", None, "GOV", ["Soudan du Sud"]),
    ("addis", "Addis Ababa", "GPE", None, "ETH", None, ["Addis Abeba"]),
    ("kyiv", "Kyiv", "GPE", None, "UKR", None, ["Kiev"]),
    ("sahel", "Sahel", "LOC", None, "NER", None, ["Sahel"]),
    ("garang", "Paul Garang", "PERSON", None, "SSD", "GOV", ["Paul Garang"]),
    ("dupuis", "Jean Dupuis", "PERSON", None, "FRA", "GOV", ["Jean Dupuis"]),
]


@pytest.mark.parametrize(
    "text, etype, expected",
    [
        (
            "Paul Garang et Jean Dupuis avaient eu une rencontre le 3 mai lors d'un forum du Sahel, à Addis Abeba.",
            "CONSULT",
            [({"SSD", "FRA"}, {"SSD", "FRA"})],
        ),
        (
            "Paul Garang et Jean Dupuis ont conclu un traité de paix lundi dans la ville d'Addis Abeba.",
            "AGREE",
            [({"SSD", "FRA"}, {"SSD", "FRA"})],
        ),
        (
            "Paul Garang et Jean Dupuis ont conclu un traité lors d'un forum du Sahel.",
            "AGREE",
            [({"SSD", "FRA"}, {"SSD", "FRA"})],
        ),
    ],
)
def test_joint_act_venue_is_no_side(text, etype, expected):
    got = sides(coded(text, "fr", KB), etype)
    assert all(pair in got for pair in expected)
    assert not any({"ETH", "NER"} & recipients for _, recipients in got)


@pytest.mark.parametrize(
    "text, etype, expected",
    [
        # a visit is to its place
        ("La France et l'Allemagne ont effectué une visite à Kiev.", "CONSULT", ({"FRA", "DEU"}, {"UKR"})),
        ("Les présidents de la France et de l'Allemagne se sont rendus à Kiev.", "CONSULT", ({"FRA", "DEU"}, {"UKR"})),
        # one side with a partner keeps the partner
        ("La France a signé un accord avec l'Allemagne à Addis Abeba.", "AGREE", ({"FRA"}, {"DEU"})),
        # a partner named by its city
        ("La France et l'Allemagne ont signé un accord avec Addis Abeba.", "AGREE", ({"FRA", "DEU"}, {"ETH"})),
    ],
)
def test_joint_act_venue_near_misses(text, etype, expected):
    assert expected in sides(coded(text, "fr", KB), etype)
