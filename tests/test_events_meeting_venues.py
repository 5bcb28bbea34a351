"""The place a meeting or agreement noun is held at (issue 13, stop 36): "à la Jamaïque", "à la Barbade" after a
reciprocal noun that is no visit ("une réunion à la Jamaïque") names where it is held, not a side of it, though "à"
plus a determiner marks a recipient elsewhere ("une aide à la Jamaïque"); the partner named with "avec" stays a
side. Invented sentences; invented people; real states."""

from __future__ import annotations

import pytest

from test_events import coded

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("ghana", "Ghana", "GPE", "GHA", None, "GOV", ["Ghana", "ghanéen"]),
    ("jamaica", "Jamaica", "GPE", "JAM", None, "GOV", ["Jamaïque"]),
    ("barbados", "Barbados", "GPE", "BRB", None, "GOV", ["Barbade"]),
    ("togo", "Togo", "GPE", "TGO", None, "GOV", ["Togo"]),
    ("mensah", "Kofi Mensah", "PERSON", None, "GHA", "GOV", ["Kofi Mensah"]),
]


def sides(text: str, etype: str) -> list[tuple[set, set]]:
    return [
        ({p["code"] for p in e["actors"]}, {p["code"] for p in e["recipients"]})
        for e in coded(text, "fr", KB)
        if e["type"] == etype
    ]


@pytest.mark.parametrize(
    "text, etype, place",
    [
        (
            "« Nous prenons note », a dit Kofi Mensah, chef de l'État du Ghana, devant la presse après une réunion à la"
            " Jamaïque sur la situation au Togo.",
            "CONSULT",
            "JAM",
        ),
        ("Kofi Mensah a salué la rencontre à la Barbade consacrée à la pêche.", "CONSULT", "BRB"),
    ],
)
def test_events_meeting_venues_are_no_side(text, etype, place):
    assert all(place not in a | r for a, r in sides(text, etype))


@pytest.mark.parametrize(
    "text, etype, recipient",
    [
        ("Le Ghana a envoyé une aide à la Jamaïque après la tempête, selon le gouvernement.", "AID", "JAM"),
        ("Le ministre ghanéen a eu une réunion avec la Jamaïque mardi pour évoquer la crise.", "CONSULT", "JAM"),
    ],
)
def test_events_meeting_venues_leave_recipients_and_partners(text, etype, recipient):
    assert any(recipient in r for _, r in sides(text, etype))
