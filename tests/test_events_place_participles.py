"""A place does not act: a present participle the parse hangs on the noun of a locative complement ("filed a case
at the top court accusing India of genocide") is done by its clause's subject, not by the place
(``subjects._clause_of_place``); and "at" names the forum a case is brought to when the clause's object is a case
noun (events.json ``case_forum_preps``), so the court hears the case and is not its target ("filed a complaint at
the WTO against India": India). Near misses: a court that is the subject of the participle itself acts ("The
court, accusing India of delays, set a hearing"); "lashed out at the court" aims at it (no case noun). NOT_YET: a
participle hung on a forum after "with" (the parse may also hang the participle under "at" as a clause of its own
when the court's name has a possessive: not read either). Invented sentences, real states and bodies, no real people."""

from __future__ import annotations

import pytest

from test_events import coded, sides
from test_events_two_states_kb import KB as STATES

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

NOT_YET = pytest.mark.xfail(strict=True, reason="NOT_YET: a participle hung on a forum after 'with'")

# (id, name, type, code, country, sector, surface forms): the two states, a court and a trade body
KB = [
    *STATES,
    (
        "icj",
        "International Court of Justice",
        "ORG",
        "ICJ",
        None,
        "IGO",
        ["International Court of Justice", "top court", "court"],
    ),
    ("wto", "World Trade Organization", "ORG", "WTO", None, "IGO", ["World Trade Organization"]),
]


def run(text: str) -> list[dict]:
    return coded(text, "en", KB)


@pytest.mark.parametrize(
    "text",
    [
        "Norway filed a case at the top court accusing India of genocide.",
        "Norway submitted a petition at the top court on Monday accusing India of piracy.",
        "Norway filed a complaint at the World Trade Organization against India.",
        pytest.param("Norway filed a complaint with the top court accusing India of genocide.", marks=NOT_YET),
    ],
)
def test_events_place_participles_accuser_is_the_clause_subject(text):
    found = sides(run(text), "ACCUSE")
    assert any("NOR" in a and "IND" in r for a, r in found)
    assert not any(a & {"ICJ", "WTO"} or r & {"ICJ", "WTO"} for a, r in found)


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Norway filed a case at the top court. The court, accusing India of delays, set a hearing.", "ICJ", "IND"),
        ("Norway lashed out at the top court on Monday.", "NOR", "ICJ"),
        ("Norway lashed out at the World Trade Organization.", "NOR", "WTO"),
    ],
)
def test_events_place_participles_near_misses(text, actor, recipient):
    assert any(actor in a and recipient in r for a, r in sides(run(text), "ACCUSE"))
