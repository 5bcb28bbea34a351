"""A joint act whose noun names its sides with "among" ("talks among Ghana, Togo and Benin") is among them, as with
"between"; among the members of one body ("talks among EU member states", "consultations among NATO allies") it
is that body's own meeting (body -> itself, as a summit of the body is). "Among" that names no party ("among the
rebels"), or that is no complement of the act ("among the talks held this week", "among the states that sent
envoys"), gives none. Invented sentences, English; real states and bodies."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("ghana", "Ghana", "GPE", "GHA", None, "GOV", ["Ghana"]),
    ("togo", "Togo", "GPE", "TGO", None, "GOV", ["Togo"]),
    ("benin", "Benin", "GPE", "BEN", None, "GOV", ["Benin"]),
    ("kenya", "Kenya", "GPE", "KEN", None, "GOV", ["Kenya"]),
    ("uganda", "Uganda", "GPE", "UGA", None, "GOV", ["Uganda"]),
    ("eu", "European Union", "ORG", "EU", None, "IGO", ["EU", "European Union"]),
    ("nato", "NATO", "ORG", "NATO", None, "IGO", ["NATO"]),
    ("lome", "Lomé", "GPE", "TGO", None, None, ["Lomé"]),
]


def run(text: str) -> list[dict]:
    return coded(text, "en", KB)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Talks among Ghana, Togo and Benin resumed in Lomé on Monday.", {"GHA", "TGO", "BEN"}),
        ("Negotiations amongst Kenya and Uganda went on for a week.", {"KEN", "UGA"}),
        ("The deal came after long talks among EU member states.", {"EU"}),
        ("Tense discussions among the 27 EU members lasted until dawn.", {"EU"}),
        ("Consultations among NATO allies went on for two days.", {"NATO"}),
    ],
)
def test_events_among_members_names_both_sides(text, codes):
    assert (codes, codes) in sides(run(text), "CONSULT")


@pytest.mark.parametrize(
    "text",
    [
        "The talks among the rebels broke down.",
        "Among the talks held this week, those in Lomé stood out.",
        "Kenya was among the states that sent envoys to the talks.",
    ],
)
def test_events_among_members_needs_parties_of_the_act(text):
    assert not sides(run(text), "CONSULT")
