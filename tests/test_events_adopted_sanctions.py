"""Sanctions a state takes over from a body (« Oslo reprend à son compte les mesures de Bruxelles », « Oslo se range aux
sanctions de Bruxelles ») aim at whom the sanctions name, else at the story's other side once the adopting state and
the body are left out; neither the body that wrote them (the genitive of the measure noun) nor the state that adopts
them is their target (events/adopted.py). Near misses: a body's or a state's own sanctions, and a state that
denounces a body's sanctions, stay as they were. Invented states, body and sentences."""

from __future__ import annotations

import pytest

from test_events import coded, sides

KB = [
    ("valdoria", "Valdoria", "GPE", "VLD", None, "GOV", ["Valdorie"]),
    ("norland", "Norland", "GPE", "NRL", None, "GOV", ["Norlande"]),
    ("northern-union", "Northern Union", "ORG", "UEN", None, "IGO", ["UEN"]),
]
#: a story that names the adopting state most, so that the story's other side of the body is that state
STORY = "La Valdorie a longtemps hésité, et la Valdorie a tergiversé. La Norlande a envahi un voisin. "


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "La Valdorie reprend les sanctions de l'UEN contre la Norlande.",
        "La Valdorie applique dès lundi les sanctions de l'UEN face à la Norlande.",
        STORY + "Le gouvernement de Valdorie a choisi de reprendre le train de sanctions de l'UEN.",
    ],
)
def test_events_adopted_sanctions_aim_at_the_target(text):
    found = sides(coded(text, "fr", KB), "SANCTION")
    assert ({"VLD"}, {"NRL"}) in found, found
    assert all("UEN" not in r for _, r in found), found


@pytest.mark.e2e
def test_events_adopted_sanctions_body_sanctions_not_on_the_adopter():
    found = sides(
        coded(STORY + "Le Conseil de Valdorie s'aligne désormais sur les sanctions de l'UEN.", "fr", KB), "SANCTION"
    )
    assert ({"UEN"}, {"NRL"}) in found, found
    assert all("VLD" not in r for _, r in found), found


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'UEN renforce ses sanctions contre la Norlande.", ({"UEN"}, {"NRL"})),
        ("La Valdorie impose ses propres sanctions à la Norlande.", ({"VLD"}, {"NRL"})),
        ("La Norlande dénonce les sanctions de l'UEN.", ({"UEN"}, {"NRL"})),
    ],
)
def test_events_adopted_sanctions_own_sanctions_stay(text, expected):
    assert expected in sides(coded(text, "fr", KB), "SANCTION")
