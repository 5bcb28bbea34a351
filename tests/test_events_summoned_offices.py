"""A passive summons by an office named without its state (« convoqué lundi par la cheffe de sa diplomatie »),
of an envoy named with their post and their own name: the reading falls back on the envoy as its
actor, so it names no one summoning and the host summons, at the envoy's state (analysis/events/summoned.py).
Near misses: the envoy with no post named stays unread; a summons by a named state stands. Invented sentences,
read by the whole pipeline; real states, invented people."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

LEAD = (
    "Tension entre le Japon et la Russie.\n\n"
    "L'ambassadeur de Russie, Ivan Petrovski, est désormais persona non grata.\n\n"
)


def consults(text: str) -> list[tuple[set[str], set[str]]]:
    """The sides of each CONSULT the whole pipeline reads in ``text``, with an actor."""
    from veille.pipeline import analyze_text

    events = analyze_text(text, source="t.txt").to_dict()["events"]
    return [
        ({a["code"] for a in e["actors"]}, {r["code"] for r in e["recipients"]})
        for e in events
        if e["type"] == "CONSULT" and e["actors"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement déclare que l'ambassadeur de Russie à Tokyo, Ivan Petrovski, a été convoqué mardi par "
        "la cheffe de sa diplomatie, qui lui a remis une note.\n",
    ],
)
def test_events_summoned_offices_host(text):
    assert ({"JPN"}, {"RUS"}) in consults(LEAD + text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le gouvernement déclare que l'ambassadeur de Russie, Ivan Petrovski, a été convoqué mardi par "
            "la cheffe de sa diplomatie.\n",
            [],
        ),
        (
            "L'ambassadeur de Russie au Japon, Ivan Petrovski, a été convoqué mardi par la Chine.\n",
            [({"CHN"}, {"RUS"})],
        ),
    ],
)
def test_events_summoned_offices_near_misses(text, expected):
    assert consults(LEAD + text) == expected
