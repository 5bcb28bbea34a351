"""A person held somewhere, told by a bare past participle of arrest that qualifies the noun (« un touriste
américain détenu à Cuba depuis trois ans », « trois Cubains écroués aux États-Unis », « le journaliste français
emprisonné en Iran »): COERCE by the authorities of that place on the person's state, as the passive « a été
emprisonné en Iran » reads. Near misses: a thing held, a participle of another verb (issue 13, stop 41). Invented
sentences written before any output was read; invented people; real states."""

from __future__ import annotations

import pytest

from test_events_french_groups_kb import sides

pytestmark = pytest.mark.e2e

NOT_YET = pytest.mark.xfail(strict=True, reason="a capitalised demonym noun alone is not read as people held")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Un touriste américain détenu à Cuba depuis trois ans a retrouvé sa famille.", "CUB", "USA"),
        ("Trois Cubains écroués aux États-Unis ont été échangés.", "USA", "CUB"),
        ("Le journaliste français emprisonné en Iran depuis deux ans a entamé une grève de la faim.", "IRN", "FRA"),
        ("Un touriste allemand incarcéré en Russie a été condamné.", "RUS", "DEU"),
        pytest.param("La Française détenue en Iran a écrit à sa famille.", "IRN", "FRA", marks=NOT_YET),
    ],
)
def test_events_held_persons_are_coerced_by_the_place(text, actor, recipient):
    found = sides(text, "COERCE")
    assert ({actor}, {recipient}) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Le document détenu par le ministère a été publié.",
        "Un espion américain arrivé à Cuba a été reçu.",
    ],
)
def test_events_held_persons_near_misses(text):
    assert not sides(text, "COERCE")
