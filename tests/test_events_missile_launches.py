"""A missile launched at no one is a show of force or a test, not an attack (events/launches.py): a verb of the
attack rows whose own object is a missile (events.json ``launched_weapons``) and whose clause names no target is read
MOBILIZE with no recipient, as the real-news golds code a launch (no ASSAULT with no recipient). Near misses: a
launch at a state or at a place ("at the port", « sur le port »), missile attacks, a missile a participle qualifies
(shot down: aimed). Invented sentences, real states, no real people."""

from __future__ import annotations

import pytest

from test_events import coded, sides
from test_events_trigger_paradigms import KB

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    "lang, text, actor",
    [
        ("en", "Japan fired a ballistic missile into the sea on Tuesday.", "JPN"),
        ("en", "Early on Friday, China fired two short-range missiles off its eastern coast, officials said.", "CHN"),
        ("en", "Japan launched an intercontinental ballistic missile from a site near the capital.", "JPN"),
        ("en", "Japan fired an older missile toward open waters early on Friday.", "JPN"),  # a direction, no target
        ("fr", "Le Japon a tiré un missile balistique en mer mardi.", "JPN"),
        ("fr", "La Chine a tiré vendredi deux missiles de courte portée au large de sa côte est.", "CHN"),
    ],
)
def test_events_missile_launches_are_mobilisations(lang, text, actor):
    events = coded(text, lang, KB)
    assert not sides(events, "ASSAULT")
    assert ({actor}, set()) in sides(events, "MOBILIZE")


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("en", "Japan fired two missiles at China on Tuesday.", ({"JPN"}, {"CHN"})),
        ("en", "Japan launched missile attacks on China overnight.", ({"JPN"}, {"CHN"})),
        ("fr", "Le Japon a tiré deux missiles sur la Chine mardi.", ({"JPN"}, {"CHN"})),
        # a missile a participle qualifies, shot down: aimed at something, told by another act
        ("en", "Chinese warships shot down two missiles fired by Japan on Tuesday.", ({"JPN"}, set())),
        # aimed at a place, not a party: an attack with no recipient, as before
        ("en", "A Japanese drone fired a missile at the port on Tuesday.", ({"JPN"}, set())),
        ("fr", "Un drone japonais a tiré un missile sur le port mardi.", ({"JPN"}, set())),
        # missile attacks: the attack noun joined to the missile
        ("en", "Japan kept launching missile and drone attacks overnight.", ({"JPN"}, set())),
    ],
)
def test_events_missile_launches_at_a_target_stay_attacks(lang, text, expected):
    assert expected in sides(coded(text, lang, KB), "ASSAULT")
