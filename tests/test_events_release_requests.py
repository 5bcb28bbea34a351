"""A request for the release of people (events.json ``release_nouns``) is made of whoever holds them: the author of
the latest realised act that holds people (cues.json ``holding_types``), when the clause names no one asked; no
such act told, or one of the requester's own, names no recipient. Invented sentences, French and English; real
states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("canada", "Canada", "GPE", "CAN", None, "GOV", ["Canada", "Canadian", "canadiens"]),
    ("russia", "Russia", "GPE", "RUS", None, "GOV", ["Russie", "Russia", "Russian", "russes"]),
    ("norway", "Norway", "GPE", "NOR", None, "GOV", ["Norvège", "Norway"]),
    ("ukraine", "Ukraine", "GPE", "UKR", None, "GOV", ["Ukraine", "Ukrainian", "ukrainiens"]),
    ("ottawa", "Ottawa", "GPE", "CAN", None, "GOV", ["Ottawa"]),
]


def run(text: str, lang: str) -> list[dict]:
    return coded(text, lang, KB)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Russia detained three Canadian fishermen on Monday. Canada called for their release."),
        ("en", "Russia detained three Canadian fishermen on Monday. Canada demanded the release of the fishermen."),
        ("en", "Russia detained three Canadian fishermen on Monday. Canada renewed its call for their release."),
        ("fr", "La Russie a arrêté trois pêcheurs canadiens lundi. Le Canada a appelé à leur libération."),
        ("fr", "La Russie a arrêté trois pêcheurs canadiens lundi. Le Canada réclame la libération des pêcheurs."),
        # the people to release named by a state, the requester's own or a third one: still the holder asked
        ("en", "Russia detained three Canadian fishermen. Ottawa demanded the release of the Canadian fishermen."),
        ("en", "Russia detained three Ukrainian sailors. Canada called for the freeing of the Ukrainian crew."),
        ("fr", "La Russie a arrêté trois pêcheurs canadiens. Ottawa demande la libération des pêcheurs canadiens."),
        ("fr", "La Russie a arrêté trois marins ukrainiens. Le Canada réclame la libération des marins ukrainiens."),
    ],
)
def test_events_release_requests_ask_the_holder(lang, text):
    assert ({"CAN"}, {"RUS"}) in sides(run(text, lang), "REQUEST")


@pytest.mark.parametrize(
    "lang, text",
    [
        # no act that holds people told
        ("en", "Russia closed its border on Monday. Canada called for the release of the fishermen."),
        ("fr", "La Russie a fermé sa frontière lundi. Le Canada réclame la libération des pêcheurs."),
        # the requester holds them itself
        ("en", "Canada detained three Russian fishermen on Monday. Canada called for their release."),
        ("fr", "Le Canada a arrêté trois pêcheurs russes lundi. Le Canada a appelé à leur libération."),
    ],
)
def test_events_release_requests_without_a_holder_ask_no_one(lang, text):
    assert ({"CAN"}, {"RUS"}) not in sides(run(text, lang), "REQUEST")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Russia detained three Canadian fishermen. Canada called on Norway to seek the release of the crew."),
        ("fr", "La Russie a arrêté trois pêcheurs canadiens. Ottawa a demandé à la Norvège la libération des marins."),
    ],
)
def test_events_release_requests_keep_the_party_the_clause_asks(lang, text):
    assert ({"CAN"}, {"RUS"}) not in sides(run(text, lang), "REQUEST")
