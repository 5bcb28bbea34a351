"""A joint act named by a noun alone, in a story of two states, is theirs: « Les discussions se poursuivent »
after a sentence on Bolivia and Peru is a meeting of Bolivia and Peru, "the talks continued" after one on Chile and
Peru one of Chile and Peru, when no joint act or meeting has been told before (the discourse's last joint pair,
read first). The pair holds only where the text names exactly two coded states and every other coded party acts for
one of them (events/story_pair.py): a third state, a rebel group or a bloc named leaves the act unread, as does a
story of one state, and the act told as to come. Invented sentences; real states and bodies."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy model

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("bolivia", "Bolivia", "GPE", "BOL", None, "GOV", ["Bolivia", "Bolivie", "la Bolivie"]),
    ("peru", "Peru", "GPE", "PER", None, "GOV", ["Peru", "Pérou", "le Pérou"]),
    ("chile", "Chile", "GPE", "CHL", None, "GOV", ["Chile", "Chili", "le Chili"]),
    ("eln", "ELN", "ORG", "ELN", "COL", "REB", ["ELN"]),
    ("oas", "Organization of American States", "ORG", "OAS", None, "IGO", ["Organization of American States"]),
]


@pytest.mark.parametrize(
    "text, lang, etype, both",
    [
        (
            "La Bolivie a dénoncé mardi les propos du Pérou sur la frontière. Les discussions se poursuivent"
            " derrière des portes closes, selon un diplomate.",
            "fr",
            "CONSULT",
            {"BOL", "PER"},
        ),
        (
            "Chile accused Peru on Monday of moving troops close to the border. The talks continued behind"
            " closed doors, a diplomat said.",
            "en",
            "CONSULT",
            {"CHL", "PER"},
        ),
        (
            "La Bolivie a dénoncé mardi les propos du Pérou sur le gaz. L'accord signé en 2019 fixe le prix"
            " du gaz livré à Lima.",
            "fr",
            "AGREE",
            {"BOL", "PER"},
        ),
    ],
)
def test_events_story_pair_joint_noun_of_a_two_state_story(text, lang, etype, both):
    got = sides(coded(text, lang, KB), etype)
    assert (both, both) in got, got


@pytest.mark.parametrize(
    "text, lang, etype",
    [
        # three states named: no pair
        (
            "La Bolivie a dénoncé mardi les propos du Pérou et du Chili sur la frontière. Les discussions se"
            " poursuivent derrière des portes closes, selon un diplomate.",
            "fr",
            "CONSULT",
        ),
        # one state named: none
        (
            "Chile accused the opposition on Monday of blocking the budget. The talks continued behind closed"
            " doors, a diplomat said.",
            "en",
            "CONSULT",
        ),
        # two states and a rebel group: no pair
        (
            "Chile accused Peru on Monday of arming the ELN near the border. The talks continued behind closed"
            " doors, a diplomat said.",
            "en",
            "CONSULT",
        ),
        # two states and a bloc: no pair
        (
            "Chile accused Peru before the Organization of American States on Monday. The talks continued"
            " behind closed doors, a diplomat said.",
            "en",
            "CONSULT",
        ),
        # the act still to come: none
        (
            "La Bolivie a dénoncé mardi les propos du Pérou sur la frontière. Les discussions reprendront"
            " la semaine prochaine.",
            "fr",
            "CONSULT",
        ),
    ],
)
def test_events_story_pair_no_story_pair(text, lang, etype):
    assert not sides(coded(text, lang, KB), etype)
