"""French names a state's armed forces by the bare plural « forces » and the nationality right after it (« les
forces tchadiennes », « les Forces canadiennes », « des forces françaises »), as it names its army (« l'armée
tchadienne »): one organisation of that state (bodies.tsv `military`, French surface « forces », default 0: no
nationality, no body). Near misses: forces with no nationality or with another word between (« les forces
gouvernementales », « les forces de l'ordre », « les forces politiques maliennes »). Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text,name",
    [
        ("Les forces tchadiennes ont repris la localité après deux jours de combats.", "Chadian Armed Forces"),
        ("Trois cents membres des Forces canadiennes sont arrivés à Riga lundi.", "Canadian Armed Forces"),
        ("Le suspect a été arrêté par des forces françaises près de la frontière.", "French Armed Forces"),
        ("Un convoi des forces nigériennes a été attaqué au nord de Tillabéri.", "Niger Armed Forces"),
    ],
)
def test_french_forces_with_nationality(text: str, name: str) -> None:
    found = entities(text, "fr")
    assert name in found and found[name]["type"] == "ORG", found


@pytest.mark.parametrize(
    "text",
    [
        "Les forces gouvernementales ont repris la localité mardi.",
        "Les forces de l'ordre ont dispersé la foule devant le palais.",
        "Les forces politiques maliennes ont rejeté le calendrier de la transition.",
    ],
)
def test_french_forces_near_misses(text: str) -> None:
    found = entities(text, "fr")
    assert not any(n.endswith("Armed Forces") for n in found), found
