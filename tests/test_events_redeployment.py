"""Forces redeploying themselves (issue 13, stop 40): « l'armée s'est redéployée », « les troupes se redéploient »,
the pronominal reading of « redéployer » as « se déployer » has (MOBILIZE, its subject a force). Near miss: a firm
turning to another market redeploys no force. Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded
from test_events_diplomat_expelled import KB
from veille.analysis.events import is_realised

pytestmark = pytest.mark.e2e


def mobilized(text: str) -> list[set[str]]:
    return [
        {p["code"] for p in e["actors"]} for e in coded(text, "fr", KB) if e["type"] == "MOBILIZE" and is_realised(e)
    ]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("L'armée ukrainienne s'est redéployée dans les régions frontalières.", "UKR"),
        ("Les troupes russes se sont redéployées près de la frontière ukrainienne.", "RUS"),
        ("Les soldats japonais se redéploient autour de la base.", "JPN"),
    ],
)
def test_events_redeployment_is_mobilize(text, actor):
    assert {actor} in mobilized(text)


def test_events_redeployment_near_miss_firm():
    assert not mobilized("La start-up japonaise s'est redéployée vers le marché chinois.")
