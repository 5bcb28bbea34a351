"""Present-tense verbs spelled like a noun (headlines and leads: "La Russie frappe l'Ukraine", "Le Japon signe un
accord"): the French lemmatiser leaves the form as the noun's lemma, or the tagger reads an adjective ("critique");
the trigger is read on the rebuilt infinitive. A second object after a comma is an apposition that renames the
first, not an earlier act the verb replies to. Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded
from test_events_trigger_paradigms import KB
from veille.analysis.events import is_realised

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

PRESENT = [
    ("La Russie frappe l'Ukraine.", "ASSAULT", "RUS", "UKR"),
    ("La Russie frappe l'Ukraine", "ASSAULT", "RUS", "UKR"),  # a headline, no full stop
    ("La Russie bombarde l'Ukraine.", "ASSAULT", "RUS", "UKR"),
    ("La France signe un accord avec le Japon.", "AGREE", "FRA", "JPN"),
    ("Pierre Dupont rencontre le Premier ministre japonais à Tokyo.", "CONSULT", "FRA", "JPN"),
    ("Le Japon réclame des excuses à la Chine.", "REQUEST", "JPN", "CHN"),
    ("La France critique la Chine.", "ACCUSE", "FRA", "CHN"),
    ("Les soldats russes frappent l'Ukraine.", "ASSAULT", "RUS", "UKR"),
    ("La Russie dénonce l'attitude du Japon.", "ACCUSE", "RUS", "JPN"),
    ("Le Japon accable la Chine.", "ACCUSE", "JPN", "CHN"),  # tagged an adjective, its lemma cut short
    ("Le Japon intimide la Chine.", "THREATEN", "JPN", "CHN"),
    ("Le Japon complimente la Chine.", "SUPPORT", "JPN", "CHN"),
]


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), PRESENT)
def test_events_present_forms_code_the_present_tense_verb(text: str, etype: str, actor: str, recipient: str) -> None:
    found = [
        ({p["code"] for p in e["actors"]}, {p["code"] for p in e["recipients"]})
        for e in coded(text, "fr", KB)
        if e["type"] == etype and is_realised(e)
    ]
    assert ({actor}, {recipient}) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "La frappe a détruit un pont.",  # the noun: no act without its sides
        "Une rencontre sans lendemain.",
        "Le signe de la croix.",
    ],
)
def test_events_present_forms_leave_the_noun_alone(text: str) -> None:
    assert [e for e in coded(text, "fr", KB) if is_realised(e)] == []


def test_events_present_forms_an_apposed_second_object_is_no_earlier_act() -> None:
    text = (
        "La France a appelé le Japon à publier les résultats. "
        "Pierre Kabila réclame un recompte, une demande que le gouvernement a écartée."
    )
    kb = [*KB, ("kabila", "Pierre Kabila", "PERSON", None, "JPN", None, ["Pierre Kabila"])]
    requests = [e for e in coded(text, "fr", kb) if e["type"] == "REQUEST"]
    assert not [e for e in requests if {p["code"] for p in e["actors"]} == {"JPN"}], requests


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("Le Canada aide l'Ukraine.", True),
        ("Le Canada a aidé l'Ukraine avec des armes.", True),
        ("Le Canada aide l'Ukraine à se défendre.", False),  # help to do something: help in general
        ("Le Canada a aidé l'Ukraine à comprendre la situation.", False),
    ],
)
def test_events_present_forms_help_to_do_is_no_material_aid(text: str, aid: bool) -> None:
    assert any(e["type"] == "AID" for e in coded(text, "fr", KB)) == aid
