"""The forum a case is brought to is not its target: "filed a complaint at the World Trade Organization against
India", "suspended its WTO appeal against India's tariffs", "withdrew its case at the International Court of
Justice against India": the party the case is against (an "against" complement, or the owner of what it is
against) is the recipient, not the court or body that hears it. A party criticised or sued itself stays the
recipient ("criticised the World Trade Organization", "filed a complaint against the WTO"). Invented sentences,
real states and bodies, no real people."""

from __future__ import annotations

import pytest

from test_events import coded, sides
from test_events_two_states_kb import KB as STATES

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms): the two states and the forums
KB = [
    *STATES,
    ("wto", "World Trade Organization", "ORG", "WTO", None, "IGO", ["World Trade Organization", "WTO"]),
    ("icj", "International Court of Justice", "ORG", "ICJ", None, "IGO", ["International Court of Justice"]),
]


def run(text: str) -> list[dict]:
    return coded(text, "en", KB)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Norway suspended its World Trade Organization appeal against India's steel tariffs.", "CONCEDE"),
        # "at" names a forum for a case noun only (events.json case_forum_preps): "lashed out at X" aims at X
        ("Norway filed a complaint at the World Trade Organization against India.", "ACCUSE"),
        ("Norway filed a case against India at the International Court of Justice.", "ACCUSE"),
        ("Norway lodged a complaint with the WTO against Indian export curbs.", "ACCUSE"),
        ("Norway withdrew its WTO complaint against India.", "CONCEDE"),
    ],
)
def test_events_forum_targets_are_the_party_against(text, etype):
    found = sides(run(text), etype)
    assert any("NOR" in a and "IND" in r for a, r in found)
    assert not any("NOR" in a and r & {"WTO", "ICJ"} for a, r in found)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Norway criticised the World Trade Organization.", "ACCUSE"),
        ("Norway filed a complaint against the WTO.", "ACCUSE"),
    ],
)
def test_events_forum_targets_near_misses(text, etype):
    found = sides(run(text), etype)
    assert any("NOR" in a and "WTO" in r for a, r in found)
