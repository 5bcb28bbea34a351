"""Two classes of the events lexicon, each form in French and English: travel by a state's people to a foreign place
is a visit (CONSULT: "est parti à", "s'est déplacé au", "a voyagé en", "headed to", "departed for"), and forces set
up, based, posted or redeployed somewhere are a show of force (MOBILIZE: "a installé des missiles", "a posté des
soldats", "redeployed troops", "deployed police officers"). Negatives: travel to no place, a company based
somewhere, a loss posted. Invented people; real states."""

from __future__ import annotations

import pytest

from test_events import coded
from test_events_trigger_paradigms import KB
from veille.analysis.events import is_realised

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

KB_MORE = KB + [
    ("poland", "Poland", "GPE", "POL", None, "GOV", ["Pologne", "Poland"]),
    ("haiti", "Haiti", "GPE", "HTI", None, "GOV", ["Haïti", "Haiti"]),
]

VISITS = [
    ("fr", "Pierre Dupont est parti jeudi à Tokyo."),
    ("fr", "Pierre Dupont est parti pour le Japon lundi."),
    ("fr", "Pierre Dupont partira au Japon la semaine prochaine."),
    ("fr", "Pierre Dupont s'est déplacé au Japon la semaine dernière."),
    ("fr", "Pierre Dupont a voyagé au Japon en mai."),
    ("en", "John Smith headed to Tokyo on Monday."),
    ("en", "John Smith departed for Japan on Monday."),
    ("en", "John Smith will head to Japan next week."),
]


@pytest.mark.parametrize(("lang", "text"), VISITS)
def test_events_travel_forces_travel_abroad_is_a_visit(lang: str, text: str) -> None:
    found = [
        ({p["code"] for p in e["actors"]}, {p["code"] for p in e["recipients"]})
        for e in coded(text, lang, KB)
        if e["type"] == "CONSULT" and e["mode"] == "visit"
    ]
    assert ({"FRA" if lang == "fr" else "USA"}, {"JPN"}) in found, found


FORCES = [
    ("fr", "La Russie a installé des missiles en Crimée."),
    ("fr", "La Russie a installé deux bataillons à la frontière de l'Ukraine."),
    ("fr", "Le Canada a posté des soldats en Pologne."),
    ("fr", "La Russie a redéployé ses troupes vers l'Ukraine."),
    ("fr", "Le Canada a déployé 400 policiers en Haïti."),
    ("fr", "La Russie a mobilisé des renforts à la frontière de l'Ukraine."),
    ("en", "Canada redeployed troops to Poland."),
    ("en", "Russia has based missiles in Crimea."),
    ("en", "Canada deployed 400 police officers to Haiti."),
    ("en", "Canada posted soldiers in Poland."),
    ("en", "Russia mobilised reinforcements on the border of Ukraine."),
]


@pytest.mark.parametrize(("lang", "text"), FORCES)
def test_events_travel_forces_forces_moved_are_a_show_of_force(lang: str, text: str) -> None:
    events = coded(text, lang, KB_MORE)
    assert any(e["type"] == "MOBILIZE" and is_realised(e) and e["actors"] for e in events), events


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Pierre Dupont est parti."),
        ("fr", "La France est partie du principe que le Japon a raison."),
        ("en", "The company is based in Japan."),
        ("en", "Canada posted a loss in Japan."),
        ("en", "Japan installed new software."),
        ("fr", "Le Japon a installé un nouveau logiciel."),
    ],
)
def test_events_travel_forces_no_visit_or_force_without_one(lang: str, text: str) -> None:
    assert not [e for e in coded(text, lang, KB_MORE) if e["type"] in ("CONSULT", "MOBILIZE")]
