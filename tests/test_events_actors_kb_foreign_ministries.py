"""The actor table (data/kb/actors.tsv) names the foreign ministries the French-language press calls by their own
name (Switzerland's « Département fédéral des affaires étrangères », « DFAE »; Belgium's « SPF Affaires
étrangères »): the recogniser leaves such a body an organisation with no country, and it acts for its state, as
the real-news golds code it (CHE, BEL), not under its acronym. Belgium's heads of government and foreign ministers
of the 2010s and 2020s join the Belgian row, as en50's did for other states (a person the recogniser leaves without
a country acts for the state they served); ministers better known since for a post in an international
organisation are not listed. The sentences of the coder test are invented; the persons are public office
holders."""

from __future__ import annotations

import pytest

from test_events_actors_kb import entity
from veille.analysis.events.parties import Party, acting


@pytest.mark.parametrize(
    "name,etype,code",
    [
        ("DFAE", "ORG", "CHE"),
        ("Département fédéral des affaires étrangères", "ORG", "CHE"),
        ("SPF Affaires étrangères", "ORG", "BEL"),
        ("Maxime Prévot", "PERSON", "BEL"),
        ("Sophie Wilmès", "PERSON", "BEL"),
        ("Elio Di Rupo", "PERSON", "BEL"),
    ],
)
def test_events_actors_kb_foreign_ministries_act_for_their_state(name, etype, code):
    assert Party(acting(entity(name, etype)), "GOV").code == code


@pytest.mark.parametrize(
    "name,etype",
    [
        ("Didier Reynders", "PERSON"),  # a European commissioner since: left out
        ("Hadja Lahbib", "PERSON"),
        ("Prévot", "PERSON"),  # a surname alone
        ("Affaires étrangères", "ORG"),  # any state's ministry: no state
    ],
)
def test_events_actors_kb_foreign_ministries_not_listed(name, etype):
    assert Party(acting(entity(name, etype)), None).code is None


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text,actor,recipient",
    [
        ("Le DFAE a déclaré lundi l'ambassadeur du Valmorien persona non grata.", "CHE", "VLM"),
        ("Le ministre Maxime Prévot a rencontré mardi le président du Valmorien à Namur.", "BEL", "VLM"),
    ],
)
def test_events_actors_kb_foreign_ministries_coded(text, actor, recipient):
    from test_events import coded

    kb = [
        ("dfae", "DFAE", "ORG", None, None, None, ["DFAE"]),
        ("prevot", "Maxime Prévot", "PERSON", None, None, None, ["Maxime Prévot"]),
        ("valmorien", "Valmorien", "GPE", "VLM", None, "GOV", ["Valmorien"]),
    ]
    events = coded(text, "fr", kb)
    assert any(
        actor in {p["code"] for p in e["actors"]} and recipient in {p["code"] for p in e["recipients"]} for e in events
    ), events
