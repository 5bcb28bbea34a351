"""How the event coder names actors the tables leave without a code: a leader known by a surname alone, an
organisation (party, movement, junta) by its acronym, a state body never by its own; on invented sentences in
French and English where a sentence is needed (invented organisations, real states)."""

from __future__ import annotations

import pytest

from test_events import entities_for, sides
from veille.analysis.events import code_events
from veille.analysis.events.parties import Party, acronyms, acting
from veille.analysis.nlp import parse


def _entity(name: str, etype: str, *forms: str) -> dict:
    mentions = [{"text": f} for f in (name, *forms)]
    return {
        "id": name,
        "name": name,
        "type": etype,
        "code": None,
        "country": None,
        "sector": None,
        "mentions": mentions,
    }


def test_events_actor_names_surname_alone_names_the_leader():
    assert Party(acting(_entity("Poutine", "PERSON")), None).code == "RUS"
    assert Party(acting(_entity("Trudeau", "PERSON")), None).code == "CAN"


def test_events_actor_names_surname_in_a_full_name_is_not_the_leader():
    assert Party(acting(_entity("Ivanka Trump", "PERSON")), None).code is None


def test_events_actor_names_common_surname_is_not_listed():
    assert Party(acting(_entity("Diop", "PERSON")), None).code is None


def test_events_actor_names_acronym_of_an_organisation_is_its_code():
    ents = [_entity("Front unifié pour la Renaissance nationale", "ORG"), _entity("FURN", "ORG")]
    known = acronyms(ents)
    assert [acting(e, known).get("code") for e in ents] == ["FURN", "FURN"]


def test_events_actor_names_initials_need_the_acronym_in_the_text():
    # "Prefecture of Loire" is no "POL" (Poland's code) because the text never writes POL
    ents = [_entity("Popular Renewal Movement", "ORG")]
    assert acting(ents[0], acronyms(ents)).get("code") is None


def test_events_actor_names_state_body_has_no_acronym_code():
    ents = [_entity("Department of Rural Affairs and Fisheries", "ORG"), _entity("DRAF", "ORG")]
    known = acronyms(ents)
    assert [acting(e, known).get("code") for e in ents] == [None, None]


def test_events_actor_names_placed_organisation_keeps_its_state():
    org = {**_entity("UNPD", "ORG"), "country": "UGA"}
    assert acting(org, frozenset({"UNPD"})).get("code") is None


KB = [
    (
        "furn",
        "Front unifié pour la Renaissance nationale",
        "ORG",
        None,
        None,
        None,
        ["Front unifié pour la Renaissance nationale"],
    ),
    ("furn-a", "FURN", "ORG", None, None, None, ["FURN"]),
    ("prm", "Popular Renewal Movement", "ORG", None, None, None, ["Popular Renewal Movement"]),
    ("prm-a", "PRM", "ORG", None, None, None, ["PRM"]),
    (
        "draf",
        "Department of Rural Affairs and Fisheries",
        "ORG",
        None,
        None,
        None,
        ["Department of Rural Affairs and Fisheries"],
    ),
    ("draf-a", "DRAF", "ORG", None, None, None, ["DRAF"]),
    ("france", "France", "GPE", "FRA", None, "GOV", ["France"]),
    ("uganda", "Uganda", "GPE", "UGA", None, "GOV", ["Uganda", "Ouganda"]),
    ("china", "China", "GPE", "CHN", None, "GOV", ["China", "Chine"]),
]


def _sides(text: str, lang: str, etype: str) -> list[tuple[set, set]]:
    events = code_events(parse(text, lang), entities_for(text, KB), [], lang=lang, published="2025-04-09")
    return sides(events, etype)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Le Front unifié pour la Renaissance nationale a accusé la France d'ingérence. Le FURN tient meeting."),
        ("en", "The Popular Renewal Movement accused Uganda of rigging the vote, PRM leaders said."),
    ],
)
def test_events_actor_names_movement_acts_under_its_acronym(lang, text):
    acronym = "FURN" if lang == "fr" else "PRM"
    target = "FRA" if lang == "fr" else "UGA"
    assert ({acronym}, {target}) in _sides(text, lang, "ACCUSE")


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Le Department of Rural Affairs and Fisheries (DRAF) a accusé la Chine de tricher."),
        ("en", "The Department of Rural Affairs and Fisheries (DRAF) accused China of cheating."),
    ],
)
def test_events_actor_names_state_body_does_not_act_under_its_acronym(lang, text):
    assert all("DRAF" not in actors for actors, _ in _sides(text, lang, "ACCUSE"))
