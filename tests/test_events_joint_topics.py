"""What a joint act is about ("se sont entendus sur l'envoi de vivres vers X": lang/fr/events.json ``topic_preps``) is
no side of it when its actors name two sides or more: the act is between them (events/topics.py); one actor with a
partner keeps the partner, and a partner named by "avec" stays. Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy model

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("ken", "Kenya", "GPE", "KEN", None, "GOV", ["Kenya"]),
    ("uga", "Uganda", "GPE", "UGA", None, "GOV", ["Ouganda"]),
    ("som", "Somalia", "GPE", "SOM", None, "GOV", ["Somalie"]),
    ("fra", "France", "GPE", "FRA", None, "GOV", ["France"]),
    ("deu", "Germany", "GPE", "DEU", None, "GOV", ["Allemagne"]),
    ("ukr", "Ukraine", "GPE", "UKR", None, "GOV", ["Ukraine"]),
    ("gha", "Ghana", "GPE", "GHA", None, "GOV", ["Ghana"]),
    ("tgo", "Togo", "GPE", "TGO", None, "GOV", ["Togo"]),
    ("mli", "Mali", "GPE", "MLI", None, "GOV", ["Mali"]),
]


def run(text: str) -> list[dict]:
    return coded(text, "fr", KB)


@pytest.mark.parametrize(
    "text, pair, topic",
    [
        (
            "Le Kenya et l'Ouganda se sont mis d'accord mardi sur l'envoi de vivres vers la Somalie.",
            {"KEN", "UGA"},
            "SOM",
        ),
        ("La France et l'Allemagne se sont entendues sur la livraison de chars à l'Ukraine.", {"FRA", "DEU"}, "UKR"),
        ("Le Ghana et le Togo se sont accordés jeudi sur le retrait de leurs troupes du Mali.", {"GHA", "TGO"}, "MLI"),
    ],
)
def test_events_joint_topics_are_no_side(text, pair, topic):
    found = sides(run(text), "AGREE")
    assert (pair, pair) in found
    assert not any(topic in r for _, r in found)


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        # one actor: its partner stays
        ("Le Kenya s'est entendu mardi avec l'Ouganda sur l'envoi de vivres vers la Somalie.", {"KEN"}, "UGA"),
        # two actors and a partner named by "avec", not a topic
        ("Le Kenya et l'Ouganda ont signé mardi un accord avec la Somalie.", {"KEN", "UGA"}, "SOM"),
    ],
)
def test_events_joint_topics_keep_partners(text, actor, recipient):
    assert any(a == actor and recipient in r for a, r in sides(run(text), "AGREE"))
