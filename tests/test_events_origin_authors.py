"""The author of an English event noun named by "from" (events.json ``author_preps``, ``author_types``;
events/authors.py): a request, a criticism, a warning or a crackdown "from X" is X's, and it is addressed to the party
a recipient complement names, to the subject of a verb that answers it ("rejected calls from X": ``answer_verbs``) or
to the subject of a verb of receipt ("faced criticism from X", "drew condemnation from X": ``receipt_verbs``). An
attack, a move or a visit keeps its "from" as the place it starts from; a genitive author reads as before. Invented
sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy model

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("china", "China", "GPE", "CHN", None, "GOV", ["China", "Beijing"]),
    ("usa", "United States", "GPE", "USA", None, "GOV", ["United States"]),
    ("france", "France", "GPE", "FRA", None, "GOV", ["France"]),
    ("australia", "Australia", "GPE", "AUS", None, "GOV", ["Australia"]),
    ("israel", "Israel", "GPE", "ISR", None, "GOV", ["Israel"]),
    ("lebanon", "Lebanon", "GPE", "LBN", None, "GOV", ["Lebanon"]),
]


@pytest.mark.parametrize(
    "text, etype, expected",
    [
        ("Beijing rejected calls from the United States to open its laboratories.", "REQUEST", ({"USA"}, {"CHN"})),
        ("Australia rejected a request from France to the United States.", "REQUEST", ({"FRA"}, {"USA"})),
        ("China faced criticism from France over its new fishing quotas.", "ACCUSE", ({"FRA"}, {"CHN"})),
        ("Israel drew condemnation from France.", "ACCUSE", ({"FRA"}, {"ISR"})),
    ],
)
def test_origin_authors_from_names_the_author(text, etype, expected):
    assert expected in sides(coded(text, "en", KB), etype)


@pytest.mark.parametrize(
    "text, code",
    [
        ("Rockets fired from Lebanon hit Israel.", "LBN"),  # an attack's origin is a place
        ("Israel completed its withdrawal from Lebanon.", "LBN"),  # a move leaves a place
        ("A delegation from France arrived in Israel.", "FRA"),  # no act of author_types
    ],
)
def test_origin_authors_near_misses_from_is_no_author(text, code):
    assert all(code not in {p["code"] for p in e["actors"]} for e in coded(text, "en", KB))


def test_origin_authors_near_miss_genitive_author_unchanged():
    events = coded("China rejected France's demands.", "en", KB)
    assert [(e["type"], {p["code"] for p in e["actors"]}) for e in events] == [("REJECT", {"CHN"})]
