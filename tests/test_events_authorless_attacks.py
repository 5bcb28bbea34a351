"""An attack told by an agentless passive of an attack verb (« un poste a été attaqué », « le convoi a été
ciblé ») is kept with no actor, aimed at the party it names, as the real-news golds code an attack whose author
the text does not name (events.json ``authorless_attack_verbs``, French only). An author the sentence names (an
agent, a subject), a killing, an active verb, a negated or planned attack keep their reading. Invented sentences,
places and people; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("mali", "Mali", "GPE", "MLI", None, "GOV", ["Mali", "malienne", "maliennes", "maliens", "malien"]),
    ("niger", "Niger", "GPE", "NER", None, "GOV", ["Niger", "nigérienne", "nigériennes", "nigériens", "nigérien"]),
    ("valdor", "Valdor", "GPE", "MLI", None, None, ["Valdor"]),
    ("keral", "Keral", "GPE", "NER", None, None, ["Keral"]),
]


def run(text: str) -> list[dict]:
    return coded(text, "fr", KB)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Une patrouille des forces maliennes a été attaquée mardi près de Valdor.", "MLI"),
        ("Deux postes des forces nigériennes ont été attaqués dans la nuit, à l'est de Keral.", "NER"),
        ("Le convoi de ravitaillement malien a été ciblé jeudi sur la route de Valdor.", "MLI"),
        ("Selon le ministère, un camp des forces nigériennes a été bombardé lundi soir près de Keral.", "NER"),
    ],
)
def test_events_authorless_attacks_kept_with_no_actor(text, target):
    assert (set(), {target}) in sides(run(text), "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        # an author named: an agent keeps the reading (coded or dropped), never an actorless one
        "Une patrouille des forces maliennes a été attaquée mardi par des hommes armés près de Valdor.",
        # a killing or a wound: a disaster or a clash may tell it, not listed
        "Trois soldats maliens ont été tués mardi près de Valdor.",
        # an active verb with a subject: no agentless passive
        "Des inconnus ont attaqué mardi une patrouille des forces maliennes près de Valdor.",
        # negated or planned: no realised attack
        "La patrouille des forces maliennes n'a pas été attaquée mardi près de Valdor.",
    ],
)
def test_events_authorless_attacks_near_misses(text):
    assert (set(), {"MLI"}) not in sides(run(text), "ASSAULT")
