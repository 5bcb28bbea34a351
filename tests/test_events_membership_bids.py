"""A state that applies or bids to join a body asks that body (REQUEST, the body its recipient): "applied for EU
membership", "applied to join the European Union", "handed in its bid to join NATO", "submitted its application for
membership of NATO". The body is the object of the "join" infinitive or the party the membership noun names;
"apply" in its other senses (rules, sanctions applied) and bids for other things ask no body. Invented sentences;
real states and bodies, no real people."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("norway", "Norway", "GPE", "NOR", None, "GOV", ["Norway", "Oslo"]),
    ("georgia", "Georgia", "GPE", "GEO", None, "GOV", ["Georgia", "Tbilisi"]),
    ("russia", "Russia", "GPE", "RUS", None, "GOV", ["Russia", "Russian"]),
    ("nato", "NATO", "ORG", "NATO", None, "IGO", ["NATO"]),
    ("eu", "European Union", "ORG", "EU", None, "IGO", ["European Union", "EU"]),
]


def run(text: str) -> list[dict]:
    return coded(text, "en", KB)


@pytest.mark.parametrize(
    "text, actor, body",
    [
        ("Georgia applied for EU membership on Monday.", "GEO", "EU"),
        ("Georgia applied to join the European Union last year.", "GEO", "EU"),
        ("Norway handed in its bid to join NATO in May.", "NOR", "NATO"),
        ("Norway submitted its application to join the European Union.", "NOR", "EU"),
        ("Georgia filed its application for membership of NATO.", "GEO", "NATO"),
        ("Georgia and Norway filed their requests on Monday to join the Western alliance NATO.", "GEO", "NATO"),
        ("Georgia applied for membership in the European Union after the war.", "GEO", "EU"),
    ],
)
def test_events_membership_bids_ask_the_body(text, actor, body):
    assert any(actor in a and body in r for a, r in sides(run(text), "REQUEST"))


@pytest.mark.parametrize(
    "text",
    [
        "Georgia applied the new rules to imports from the European Union.",
        "Norway applied sanctions to Russian banks.",
        "Norway submitted its bid to host the games.",
        "Norway handed in its documents to join the talks with Russia.",
        "NATO welcomed the membership of Norway.",
    ],
)
def test_events_membership_bids_other_applications_ask_no_body(text):
    assert not sides(run(text), "REQUEST")
