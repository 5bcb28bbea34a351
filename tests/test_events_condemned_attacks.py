"""An attack condemned without its author in the clause (issue 13, stop 36): "a condamné cette attaque contre la
Pologne" condemns the author of the attack the text told before on that victim, not the victim named with
"contre"; an attack named with its author ("l'attaque menée par la Russie") is condemned on its author as before.
Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded
from veille.analysis.events import is_realised

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("sweden", "Sweden", "GPE", "SWE", None, "GOV", ["Suède", "suédois"]),
    ("russia", "Russia", "GPE", "RUS", None, "GOV", ["Russie"]),
    ("poland", "Poland", "GPE", "POL", None, "GOV", ["Pologne"]),
]


def accusations(text: str) -> list[tuple[set, set]]:
    return [
        ({p["code"] for p in e["actors"]}, {p["code"] for p in e["recipients"]})
        for e in coded(text, "fr", KB)
        if e["type"] == "ACCUSE" and is_realised(e)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "La Russie a attaqué la Pologne dans la nuit. Le gouvernement suédois a condamné cette attaque massive contre"
        " la Pologne.",
        "Le gouvernement suédois dénonce vivement l'attaque menée par la Russie contre la Pologne.",  # as before
    ],
)
def test_events_condemned_attacks_accuse_the_author(text):
    found = accusations(text)
    assert ({"SWE"}, {"RUS"}) in found
    assert all("POL" not in r for _, r in found)
