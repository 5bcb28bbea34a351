"""An official the text names with a government role but no state ("Fisheries Minister X accused China of ...")
acts, on a state, for the story's other state (events.json ``stateless_official_roles``, English only); a person
with no role, a role outside the list (a mayor), a text that names no other state, and French text are left as
they were (no actor, no event). Invented sentences and people; real states."""

from __future__ import annotations

import pytest

from test_events import entities_for, sides
from veille.analysis.events import code_events
from veille.analysis.nlp import parse

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

PUBLISHED = "2025-04-09"
# (id, name, type, code, country, sector, surface forms)
KB = [
    ("indonesia", "Indonesia", "GPE", "IDN", None, "GOV", ["Indonesia", "Indonésie"]),
    ("china", "China", "GPE", "CHN", None, "GOV", ["China", "Chine"]),
    ("kartika", "Dewi Kartika", "PERSON", None, None, "GOV", ["Dewi Kartika", "Kartika"]),
]
STORY = (
    "Indonesia and China have argued over the fishing grounds for years. Indonesia seized a trawler last week "
    "and Indonesia says the boat fished illegally. "
)


def run(text: str, role: str | None, lang: str = "en") -> list[dict]:
    """The events of ``text``, Dewi Kartika holding ``role`` (none when None), with no state of her own."""
    entities = entities_for(text, KB)
    for e in entities:
        if e["id"] == "kartika":
            e["roles"] = [{"role": role, "text": role, "date": None}] if role else []
            e["sector"] = "GOV" if role else None
    return code_events(parse(text, lang), entities, [], lang=lang, published=PUBLISHED)


@pytest.mark.parametrize(
    "text,role,etype",
    [
        (
            STORY + "On Monday, Fisheries Minister Dewi Kartika accused China of blocking the patrol boats.",
            "minister",
            "ACCUSE",
        ),
        (STORY + "On Tuesday Kartika rejected a note from China about the seized boat.", "minister", "REJECT"),
        (STORY + "A spokesperson, Dewi Kartika, condemned China on Monday.", "spokesperson", "ACCUSE"),
    ],
)
def test_events_stateless_officials_act_for_the_other_state(text, role, etype):
    assert ({"IDN"}, {"CHN"}) in sides(run(text, role), etype)


@pytest.mark.parametrize(
    "text,role,lang",
    [
        # no role: a person the text does not place in any government
        (STORY + "On Monday, Dewi Kartika accused China of blocking the patrol boats.", None, "en"),
        # a role outside the list: a mayor acts at home, not for a state abroad
        (STORY + "On Monday, Mayor Dewi Kartika accused China of blocking the patrol boats.", "mayor", "en"),
        # French: ministers of third states comment on disputes (measured), no reading
        (
            "L'Indonésie et la Chine se disputent les zones de pêche depuis des années. Lundi, la ministre Dewi "
            "Kartika a accusé la Chine de bloquer les patrouilleurs.",
            "minister",
            "fr",
        ),
    ],
)
def test_events_stateless_officials_no_state_given(text, role, lang):
    assert not [s for s in sides(run(text, role, lang), "ACCUSE") if s[1] == {"CHN"}]


def test_events_stateless_officials_need_another_state():
    text = "China has built new ports this year. On Monday, Minister Dewi Kartika accused China of fishing too much."
    assert not [s for s in sides(run(text, "minister"), "ACCUSE") if s[1] == {"CHN"}]
