"""A third party of an act is not its recipient: the court or intergovernmental body an accusation is brought
before ("lodged a complaint with the African Union": the accused is the story's other side, or the party the
clause names against), and the broker of a deal ("accepted a truce brokered by France": the sides accept it, the
broker made no offer). A state there is still the target ("lodged a complaint with Uganda"), and the author of a
plan is still who a rejection answers ("rejected a plan proposed by France"). Invented sentences; real states and
bodies."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("kenya", "Kenya", "GPE", "KEN", None, "GOV", ["Kenya", "Kenyan"]),
    ("uganda", "Uganda", "GPE", "UGA", None, "GOV", ["Uganda", "Ugandan"]),
    ("ghana", "Ghana", "GPE", "GHA", None, "GOV", ["Ghana"]),
    ("togo", "Togo", "GPE", "TGO", None, "GOV", ["Togo"]),
    ("france", "France", "GPE", "FRA", None, "GOV", ["France"]),
    ("norway", "Norway", "GPE", "NOR", None, "GOV", ["Norway"]),
    ("au", "African Union", "ORG", "AU", None, "IGO", ["African Union"]),
    ("icj", "International Court of Justice", "ORG", "ICJ", None, "JUD", ["International Court of Justice"]),
]


def run(text: str) -> list[dict]:
    return coded(text, "en", KB)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Ugandan troops crossed into Kenya on Sunday. Kenya lodged a formal complaint with the African Union on "
            "Monday.",
            ({"KEN"}, {"UGA"}),
        ),
        ("Kenya lodged a formal complaint against Uganda with the African Union on Monday.", ({"KEN"}, {"UGA"})),
        ("Kenya filed a case against Uganda before the International Court of Justice.", ({"KEN"}, {"UGA"})),
        ("Kenya lodged a complaint with Uganda over the border raid.", ({"KEN"}, {"UGA"})),
    ],
)
def test_events_third_parties_accused_not_the_forum(text, expected):
    assert expected in sides(run(text), "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya lodged a formal complaint with the African Union on Monday.",
        "Ugandan troops crossed into Kenya on Sunday. Kenya lodged a formal complaint with the African Union.",
        "Kenya filed a case against Uganda before the International Court of Justice.",
    ],
)
def test_events_third_parties_forum_is_no_recipient(text):
    assert not [s for s in sides(run(text), "ACCUSE") if s[1] & {"AU", "ICJ"}]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # a truce accepted is a concession (stop 51: the ceasefire rows of events.tsv)
        ("Ghana and Togo accepted a truce brokered by France and Norway.", "CONCEDE"),
        ("Ghana and Togo signed an agreement brokered by France.", "AGREE"),
    ],
)
def test_events_third_parties_broker_is_no_side_of_the_deal(text, etype):
    agreed = sides(run(text), etype)
    assert agreed and all(not (a | r) & {"FRA", "NOR"} for a, r in agreed)


def test_events_third_parties_author_of_a_plan_still_answered():
    assert ({"GHA"}, {"FRA"}) in sides(run("Ghana rejected a plan proposed by France."), "REJECT")
