"""A state that suspends or freezes its participation in a treaty, a deal or a body, or the treaty itself, reduces
its cooperation with the other side (SANCTION): "suspended its participation in the treaty with X", "announced the
suspension of the arms treaty with X", "froze its membership of X", "suspended a deal with X", "froze trade with
X". English lexicon rows (events.tsv ``obj=``/``prep=`` conditions); what is suspended or frozen that is no tie
(a price, a minister, a session) is no sanction. Invented sentences, real states and bodies, no real people."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("russia", "Russia", "GPE", "RUS", None, "GOV", ["Russia", "Moscow"]),
    ("norway", "Norway", "GPE", "NOR", None, "GOV", ["Norway", "Oslo"]),
    ("nato", "NATO", "ORG", "NATO", None, "IGO", ["NATO", "the alliance"]),
]


def run(text: str) -> list[dict]:
    return coded(text, "en", KB)


@pytest.mark.parametrize(
    "text, recipient",
    [
        ("Russia suspended its participation in the fishing treaty with Norway.", "NOR"),
        ("Russia announced the suspension of its arms treaty with Norway.", "NOR"),
        ("Russia suspended a deal with Norway on fishing quotas.", "NOR"),
        ("Russia has frozen its participation in NATO.", "NATO"),
        ("Norway froze its membership of NATO on Monday.", "NATO"),
        ("Russia announced the suspension of its participation in NATO.", "NATO"),
        ("Russia froze trade with Norway after the dispute.", "NOR"),
        ("Russia suspended the accord with Norway on Tuesday.", "NOR"),
    ],
)
def test_events_suspended_ties_are_sanctions(text, recipient):
    actor = "NOR" if text.startswith("Norway") else "RUS"
    assert any(actor in a and recipient in r for a, r in sides(run(text), "SANCTION"))


@pytest.mark.parametrize(
    "text",
    [
        "Russia froze the price of bread before the talks with Norway.",
        "Russia suspended the session of its parliament before the visit of Norway's king.",
        "Russia extended its participation in the fishing treaty with Norway.",
        "Russia renewed its membership of the committee with Norway.",
    ],
)
def test_events_suspended_ties_other_suspensions_are_no_sanctions(text):
    assert not sides(run(text), "SANCTION")
