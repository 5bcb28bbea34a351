"""A state that demands that a foreign envoy leave its territory expels the envoy (COERCE expel), as the real-news
golds code these demands, whether told by a clause (« exige que le consul quitte le pays ») or by a
departure noun (« a demandé le départ de deux diplomates »): the one told to leave is an envoy (events.tsv's
``leaver`` condition, events/leavers.py). Near misses: a demand that a government leave office, that troops leave,
or that an envoy leave a meeting, stays as it was. Invented states and sentences."""

from __future__ import annotations

import pytest

from test_events import coded, sides

KB = [
    ("valdoria", "Valdoria", "GPE", "VLD", None, "GOV", ["Valdorie"]),
    ("norland", "Norland", "GPE", "NRL", None, "GOV", ["Norlande"]),
]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "La Valdorie a exigé mardi que le chargé d'affaires de Norlande quitte le pays.",
        "Jeudi, la Valdorie a exigé que le consul de Norlande quitte la Valdorie avant lundi.",
        "Le gouvernement de Valdorie exige encore que l'ambassadrice de Norlande quitte son territoire.",
        "En mars, la Valdorie avait demandé le départ de deux diplomates de Norlande.",
    ],
)
def test_events_envoy_departures_demanded_are_expulsions(text):
    found = coded(text, "fr", KB)
    assert ({"VLD"}, {"NRL"}) in sides(found, "COERCE"), found
    assert not sides(found, "REQUEST"), found


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "Les manifestants de Valdorie exigent le départ du gouvernement.",
        "La Valdorie a exigé que les troupes de Norlande quittent le pays.",
        "Le ministre de Valdorie a demandé que l'ambassadeur de Norlande quitte la réunion.",
        "La Valdorie a demandé à la Norlande de retirer ses soldats.",
    ],
)
def test_events_envoy_departures_other_departures_are_no_expulsions(text):
    assert not sides(coded(text, "fr", KB), "COERCE")
