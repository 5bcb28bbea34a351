"""A French relative clause qualifies the noun its verb agrees with in number when the parse hangs it on a nearer
noun of the other number (« les ministres du Japon, pays allié de la France, qui condamnaient la Russie »: the
plural « condamnaient » is the ministers', not France's), up the noun phrase that holds that noun; a clause whose
verb agrees with the noun it hangs on, or with two coordinated nouns, keeps it (issue 13, stop 41). Invented
sentences written before any output was read; real states."""

from __future__ import annotations

import pytest

from test_events_french_groups_kb import sides

pytestmark = pytest.mark.e2e

NOT_YET = pytest.mark.xfail(strict=True, reason="the tagger gives « accusent » a singular number")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Les autorités de Tokyo, ville située au centre du pays voisin de la Chine, qui accusaient Moscou "
            "d'espionnage, ont expulsé deux diplomates.",
            "JPN",
            "RUS",
        ),
        (
            "Les ministres du Japon, pays allié de la France, qui condamnaient la Russie, ont quitté la salle.",
            "JPN",
            "RUS",
        ),
        (
            "Les diplomates de l'Allemagne, pays voisin de la France, qui critiquaient la Russie, ont été convoqués.",
            "DEU",
            "RUS",
        ),
        pytest.param(
            "Les soldats ukrainiens, appuyés par l'armée de la France, qui accusent la Russie de crimes, ont reculé.",
            "UKR",
            "RUS",
            marks=NOT_YET,
        ),
    ],
)
def test_events_relative_agreement_finds_the_antecedent(text, actor, recipient):
    found = sides(text, "ACCUSE")
    assert ({actor}, {recipient}) in found, found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Le ministre du Japon, qui condamnait la Russie, a quitté la salle.", {"JPN"}),
        ("Les ministres du Japon, allié de la France, qui condamnait la Russie, ont quitté la salle.", {"FRA"}),
        ("La France et l'Allemagne, qui condamnaient la Russie, ont quitté la salle.", {"FRA", "DEU"}),
    ],
)
def test_events_relative_agreement_near_misses_keep_the_parse(text, actor):
    found = sides(text, "ACCUSE")
    assert (actor, {"RUS"}) in found, found
