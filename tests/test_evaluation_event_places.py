"""Event locations are scored as places: one place under two spellings (accents, its names in the knowledge base's
languages) is the gold place; two places are never one because their names look alike."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from veille.evaluation import evaluate

BODY = "Les deux ministres se sont rencontrés."


def located(tmp_path: Path, gold_place: str, predicted: Any, lang: str = "fr") -> dict[str, int]:
    """The event_locations counts of one gold event placed at ``gold_place`` found by one predicted at ``predicted``,
    in a text of language ``lang``."""
    root = tmp_path / "gold"
    root.mkdir(parents=True, exist_ok=True)
    (root / "a.txt").write_text(BODY, encoding="utf-8")
    event = {"type": "CONSULT", "actors": ["FRA"], "location": gold_place}
    gold = {"id": "a", "source": "a.txt", "language": lang, "events": [event]}
    (root / "a.json").write_text(json.dumps(gold), encoding="utf-8")
    event = {"type": "CONSULT", "actors": [{"code": "FRA", "name": "France"}], "location": predicted}
    fields = evaluate(root, lambda _src: {"body": BODY, "events": [event]}).to_dict()["fields"]
    assert fields["events"]["tp"] == 1
    return {k: fields["event_locations"][k] for k in ("tp", "fp", "fn")}


@pytest.mark.parametrize(
    ("gold", "predicted"),
    [
        ("Mérovie", {"name": "Merovie"}),  # an invented town: accents folded
        ("Merovie", "MÉROVIE"),  # and case
        ("Varsovie", {"id": "kb:city:warsaw", "name": "Warsaw", "code": "POL"}),  # the French and English names
        ("Le Caire", {"name": "Cairo", "code": "EGY"}),  # a bare name, resolved as the linker does
        ("Peking", {"id": "kb:city:beijing", "name": "Beijing", "code": "CHN"}),  # another English name
        ("Washington DC", {"id": "kb:city:washington", "name": "Washington", "code": "USA"}),  # city with its district
        ("la Maison Blanche", {"id": "kb:seat:white-house", "name": "White House", "code": "USA"}),  # a seat of power
        ("Allemagne", {"id": "kb:country:DEU", "name": "Germany", "code": "DEU"}),  # a state
        ("Yaounde", "Yaoundé"),  # a knowledge-base city printed without its accent
        ("Mexico", {"id": "kb:city:mexico-city", "name": "Mexico City", "code": "MEX"}),  # French: the capital
    ],
)
def test_evaluation_event_places_one_place_under_two_spellings(tmp_path, gold, predicted):
    assert located(tmp_path, gold, predicted) == {"tp": 1, "fp": 0, "fn": 0}


@pytest.mark.parametrize(
    ("gold", "predicted"),
    [
        ("Warsaw", {"id": "kb:city:warsaw", "name": "Varsovie", "code": "POL"}),
        ("Washington, D.C.", {"id": "kb:city:washington", "name": "Washington", "code": "USA"}),
    ],
)
def test_evaluation_event_places_english_golds_too(tmp_path, gold, predicted):
    assert located(tmp_path, gold, predicted, "en") == {"tp": 1, "fp": 0, "fn": 0}


def test_evaluation_event_places_a_name_is_read_in_the_texts_language_first(tmp_path):
    # English "Mexico" is the state, not its capital (the capital's French name)
    assert located(tmp_path, "Mexico", {"id": "kb:city:mexico-city", "name": "Mexico City", "code": "MEX"}, "en") == {
        "tp": 0,
        "fp": 1,
        "fn": 1,
    }


@pytest.mark.parametrize(
    ("gold", "predicted"),
    [
        ("Lagos", {"id": "kb:city:abuja", "name": "Abuja", "code": "NGA"}),  # two cities of one state
        ("Merovie", "Merovia"),  # two invented towns a letter apart
        ("Kano", {"name": "Kano State"}),  # a city and its state
        ("Lagos", "Lagos State"),
        ("Washington", "Washington State"),
        ("Los Angeles", {"name": "California"}),
        ("Gaza City", {"id": "kb:region:gaza-strip", "name": "Gaza Strip", "code": "PSE"}),  # a city and its territory
        ("Goa", {"id": "kb:city:mormugao", "name": "Mormugao", "code": "IND"}),  # a gazetteer alias of its region
        ("Moscow", {"id": "kb:seat:kremlin", "name": "Kremlin", "code": "RUS"}),  # a city and its seat of power
        ("Varsovie", None),  # no place given
    ],
)
def test_evaluation_event_places_two_places_stay_two(tmp_path, gold, predicted):
    assert located(tmp_path, gold, predicted)["tp"] == 0


def test_evaluation_event_places_a_state_code_still_matches(tmp_path):
    assert located(tmp_path, "POL", {"code": "POL"}) == {"tp": 1, "fp": 0, "fn": 0}
