"""A protest voiced by a state is a diplomatic protest, a disapproval (ACCUSE), not a crowd in the street: "Japan
protested against China over the seizure of two boats", « le Japon a protesté contre la Chine après la saisie de deux
chalutiers »; a crowd's protest ("protesters protested in Tokyo against China", « des étudiants ont protesté devant
l'ambassade ») stays a PROTEST. Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import codes, run

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

STATE_PROTESTS = [
    ("en", "Japan protested against China on Monday over the seizure of two fishing boats."),
    ("fr", "Le Japon a protesté lundi contre la Chine après la saisie de deux chalutiers."),
]

CROWD_PROTESTS = [
    ("en", "Protesters protested in Tokyo against China on Monday."),
    ("fr", "Des centaines d'étudiants ont protesté lundi devant l'ambassade de Chine à Tokyo."),
    ("fr", "Des milliers de manifestants ont protesté à Tokyo contre la Chine."),
]


@pytest.mark.parametrize(("lang", "text"), STATE_PROTESTS)
def test_events_state_protest_is_a_disapproval(lang: str, text: str) -> None:
    found = [(e["type"], codes(e["actors"]), codes(e["recipients"])) for e in run(text, lang)]
    assert ("ACCUSE", {"JPN"}, {"CHN"}) in found
    assert not [x for x in found if x[0] == "PROTEST"]


@pytest.mark.parametrize(("lang", "text"), CROWD_PROTESTS)
def test_events_state_protest_crowd_stays_a_protest(lang: str, text: str) -> None:
    found = [(e["type"], codes(e["actors"]), codes(e["recipients"])) for e in run(text, lang)]
    assert ("PROTEST", {"JPN"}, {"CHN"}) in found
