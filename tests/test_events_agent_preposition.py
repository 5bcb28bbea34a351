"""A participle that qualifies a noun takes as its agent only a noun introduced by the agent preposition « par »:
the French parser labels agent a name with no preposition after an adjectival participle (« le président déchu
X ») or a place's « de » complement (« les régions occupées de X »), which names no one who did the act
(`subjects._introduced`, read where a verb's agents are gathered). Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("guinee", "Guinée", "GPE", "GIN", None, "GOV", ["Guinée", "Conakry"]),
    ("togo", "Togo", "GPE", "TGO", None, "GOV", ["Togo"]),
    ("ua", "Union africaine", "ORG", "AU", None, "IGO", ["Union africaine"]),
    ("conde", "Alpha Condé", "PER", None, "GIN", "GOV", ["Alpha Condé"]),
]


@pytest.mark.parametrize(
    "text",
    [
        "Le Togo a reçu mardi la famille du président déchu Alpha Condé.",
        "L'Union africaine a reçu jeudi le chef déchu Alpha Condé.",
    ],
)
def test_events_agent_preposition_adjectival_participle_names_no_author(text):
    assert sides(coded(text, "fr", KB), "COERCE") == []


@pytest.mark.parametrize(
    ("text", "etype", "pair"),
    [
        ("La Guinée a été sanctionnée par l'Union africaine.", "SANCTION", ({"AU"}, {"GIN"})),
        (
            "Les sanctions infligées par l'Union africaine contre la Guinée restent en vigueur.",
            "SANCTION",
            ({"AU"}, {"GIN"}),
        ),
        ("Le Togo a reçu mardi la famille du président déchu Alpha Condé.", "CONSULT", ({"TGO"}, {"GIN"})),
    ],
)
def test_events_agent_preposition_par_agent_still_acts(text, etype, pair):
    assert pair in sides(coded(text, "fr", KB), etype)
