"""The recipient of an act whose participle names its author (issue 13, stop 36): a "contre X" complement the
parser labels a second agent (both nouns obl:agent after "infligées par") is the act's recipient, not its author,
and so is one it hangs on the agent's noun; an agent with no such complement keeps the recipient search as before.
Invented sentences; real states and bodies."""

from __future__ import annotations

import pytest

from test_events import coded
from veille.analysis.events import is_realised

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("niger", "Niger", "GPE", "NER", None, "GOV", ["Niger"]),
    ("mali", "Mali", "GPE", "MLI", None, "GOV", ["Mali"]),
    ("togo", "Togo", "GPE", "TGO", None, "GOV", ["Togo"]),
    ("lome", "Lomé", "GPE", "TGO", None, None, ["Lomé"]),
    ("ghana", "Ghana", "GPE", "GHA", None, "GOV", ["Ghana"]),
    ("guinea", "Guinea", "GPE", "GIN", None, "GOV", ["Guinée"]),
    ("ecowas", "Economic Community of West African States", "ORG", "ECOWAS", None, "IGO", ["Cedeao"]),
    ("au", "African Union", "ORG", "AU", None, "IGO", ["Union africaine"]),
]


def sanctions(text: str) -> list[tuple[set, set]]:
    return [
        ({p["code"] for p in e["actors"]}, {p["code"] for p in e["recipients"]})
        for e in coded(text, "fr", KB)
        if e["type"] == "SANCTION" and is_realised(e)
    ]


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        (
            "Depuis la levée des sanctions infligées par la Cedeao contre le Togo, Lomé a rouvert ses frontières avec"
            " le Ghana.",
            "ECOWAS",
            "TGO",
        ),
        ("Le Ghana dénonce les sanctions infligées par la Cedeao contre le Mali.", "ECOWAS", "MLI"),
    ],
)
def test_events_aimed_agents_contre_is_the_recipient(text, actor, recipient):
    assert ({actor}, {recipient}) in sanctions(text)


@pytest.mark.parametrize(
    "text, wrong",
    [
        (
            "Depuis la levée des sanctions infligées par la Cedeao contre le Togo, Lomé a rouvert ses frontières avec"
            " le Ghana.",
            "GHA",
        ),
        ("Le Ghana dénonce les sanctions infligées par la Cedeao contre le Mali.", "GHA"),
    ],
)
def test_events_aimed_agents_no_bystander_is_a_side(text, wrong):
    assert all(wrong not in actors | recipients for actors, recipients in sanctions(text))


def test_events_aimed_agents_an_agent_alone_names_no_recipient_of_its_own():
    # no "contre" complement: the agent is still the author, never a recipient
    found = sanctions("Le Ghana dénonce les sanctions infligées par la Cedeao.")
    assert all("ECOWAS" not in recipients for _, recipients in found)
