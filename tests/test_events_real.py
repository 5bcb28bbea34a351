"""Classes of real news the event coder reads, each on invented French and English sentences: non-state actors,
home groups, agentless acts of the authorities, nominal events, reported speech, modality.

Invented people; real states and organisations. Entities are given as the entity stage gives them (an
organisation the recogniser finds without a code has ``code`` None), so these tests do not depend on it.
"""

from __future__ import annotations

import re

import pytest

from veille.analysis.events import code_events, is_realised
from veille.analysis.nlp import parse

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

PUBLISHED = "2025-04-09"

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("kabore", "Jean Kaboré", "PERSON", None, None, None, ["Jean Kaboré", "Kaboré"]),
    ("dupont", "Pierre Dupont", "PERSON", None, "FRA", "GOV", ["Pierre Dupont", "Dupont"]),
    ("smith", "John Smith", "PERSON", None, "USA", "GOV", ["John Smith", "Smith"]),
    ("hamas", "Hamas", "ORG", None, None, None, ["Hamas"]),
    ("taliban", "Taliban", "ORG", None, None, None, ["Taliban", "talibans"]),
    ("pla", "People's Liberation Army", "ORG", None, None, None, ["People's Liberation Army"]),
    ("israel", "Israel", "GPE", "ISR", None, "GOV", ["Israël", "Israel", "israéliens", "Israeli"]),
    ("france", "France", "GPE", "FRA", None, "GOV", ["France"]),
    ("bfa", "Burkina Faso", "GPE", "BFA", None, "GOV", ["Burkina Faso"]),
    ("uganda", "Uganda", "GPE", "UGA", None, "GOV", ["Uganda", "Ouganda"]),
    ("kampala", "Kampala", "GPE", "UGA", None, None, ["Kampala"]),
    ("rennes", "Rennes", "GPE", "FRA", None, None, ["Rennes"]),
    ("taiwan", "Taiwan", "GPE", "TWN", None, "GOV", ["Taiwan", "Taïwan"]),
    ("afghanistan", "Afghanistan", "GPE", "AFG", None, "GOV", ["Afghanistan"]),
]


def entities_for(text: str) -> list[dict]:
    out = []
    for eid, name, etype, code, country, sector, forms in KB:
        mentions = [
            {"text": m.group(0), "start": m.start(), "end": m.end()}
            for f in forms
            for m in re.finditer(rf"(?<![\w-]){re.escape(f)}(?![\w-])", text)
        ]
        if mentions:
            out.append(
                {
                    "id": eid,
                    "name": name,
                    "type": etype,
                    "code": code,
                    "country": country,
                    "sector": sector,
                    "roles": [],
                    "mentions": mentions,
                }
            )
    return out


def run(text: str, lang: str) -> list[dict]:
    return code_events(parse(text, lang), entities_for(text), [], lang=lang, published=PUBLISHED)


def sides(ev: dict) -> tuple[set, set]:
    return {p["code"] for p in ev["actors"]}, {p["code"] for p in ev["recipients"]}


def realised(events: list[dict], etype: str) -> list[tuple[set, set]]:
    return [sides(e) for e in events if e["type"] == etype and is_realised(e)]


# ---------------------------------------------------------------- non-state actors (data/kb/actors.tsv)


@pytest.mark.parametrize(
    "lang, text, etype, actors, recipients",
    [
        ("fr", "Le Hamas a libéré trois otages israéliens.", "RETREAT", {"HAMAS"}, {"ISR"}),
        ("en", "Hamas released three Israeli hostages.", "RETREAT", {"HAMAS"}, {"ISR"}),
        ("fr", "Les talibans ont attaqué l'Afghanistan.", "ASSAULT", {"TALIBAN"}, {"AFG"}),
        ("en", "The People's Liberation Army attacked Taiwan.", "ASSAULT", {"CHN"}, {"TWN"}),
    ],
)
def test_events_non_state_actor_codes_from_the_actor_table(lang, text, etype, actors, recipients):
    assert (actors, recipients) in realised(run(text, lang), etype)


def test_events_actor_table_gives_the_sector():
    ev = next(e for e in run("Hamas released three Israeli hostages.", "en") if e["type"] == "RETREAT")
    assert ev["actors"][0]["sector"] == "REB"


# ---------------------------------------------------------------- home groups, agentless acts of the authorities


@pytest.mark.parametrize(
    "lang, text, etype, actors, recipients",
    [
        # a crowd of the place protests to its authorities: one country on both sides (gold convention)
        (
            "fr",
            "Des opposants au projet ont manifesté jeudi devant la préfecture de Rennes.",
            "PROTEST",
            {"FRA"},
            {"FRA"},
        ),
        ("en", "Supporters of the party rallied on Monday in Kampala.", "PROTEST", {"UGA"}, {"UGA"}),
        # an agentless arrest of home people: the authorities of the place
        ("fr", "À Rennes, douze personnes ont été interpellées.", "COERCE", {"FRA"}, {"FRA"}),
        ("en", "Dozens of people were detained in Kampala on Sunday.", "COERCE", {"UGA"}, {"UGA"}),
        ("fr", "Jean Kaboré a été arrêté jeudi au Burkina Faso.", "COERCE", {"BFA"}, {"BFA"}),
        ("en", "Jean Kaboré was arrested on Thursday in Uganda.", "COERCE", {"UGA"}, {"UGA"}),
    ],
)
def test_events_home_groups_and_agentless_acts_of_the_authorities(lang, text, etype, actors, recipients):
    assert (actors, recipients) in realised(run(text, lang), etype)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "À Rennes, trois policiers ont été arrêtés."),  # policemen arrested: by the other side, unknown
        ("en", "Three soldiers were detained in Kampala."),
    ],
)
def test_events_agentless_arrest_of_policemen_or_soldiers_has_no_actor(lang, text):
    assert not realised(run(text, lang), "COERCE")
