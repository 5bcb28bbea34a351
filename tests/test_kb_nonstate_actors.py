"""Non-state actors as first-class actors (issue 13, stop 48): the knowledge base lists national trade-union
confederations (sector LAB), armed groups and rebel movements, rival governments and opposition parties
(data/kb/orgs.tsv, actors.tsv), so that an organisation the text names acts under its own code, and a person the
text gives a role in it ("le secrétaire général de l'UGTT") acts for it, not for the state. Generic names that
would name one body of many (« gouvernement d'union nationale », « Conseil national de transition ») are left
out. Invented sentences and people; real organisations and states."""

from __future__ import annotations

import pytest

from veille.analysis import kb as kbmod
from veille.analysis.events.parties import Party, acting
from veille.pipeline import analyze_text


@pytest.fixture(scope="module")
def kb():
    return kbmod.load()


@pytest.mark.parametrize(
    "text,lang,code",
    [
        ("UGTT", "fr", "UGTT"),
        ("Union générale tunisienne du travail", "fr", "UGTT"),
        ("Congress of South African Trade Unions", "en", "COSATU"),
        ("Confédération des syndicats nationaux", "fr", "CSN"),
        ("Front de libération du peuple du Tigré", "fr", "TPLF"),
        ("Tigray People's Liberation Front", "en", "TPLF"),
        ("Abu Sayyaf", "en", "ABUSAYYAF"),
        ("Mujao", "fr", "MUJAO"),
        ("SPLM-IO", "en", "SPLMIO"),
        ("Mouvement pour la renaissance du Cameroun", "fr", "MRC"),
        ("Movement for Democratic Change", "en", "MDC"),
        ("Donetsk People's Republic", "en", "DPR"),
        ("Front Polisario", "fr", "POLISARIO"),
        ("Tehrik-i-Taliban Pakistan", "en", "TTP"),
        ("Parti démocratique sénégalais", "fr", "PDS"),
        ("Force ouvrière", "fr", "FORCEOUVRIERE"),
        ("gouvernement d'union nationale", "fr", None),
        ("Conseil national de transition", "fr", None),
        ("ugtt", "fr", None),
    ],
)
def test_kb_nonstate_actors_names(kb, text, lang, code):
    entries = [e for e in kb.lookup(text, lang) if e.kind == "org"]
    assert (entries[0].code if entries else None) == code


@pytest.mark.parametrize("code,sector", [("UGTT", "LAB"), ("TPLF", "REB"), ("MRC", "OPP"), ("LNA", "MIL")])
def test_kb_nonstate_actors_sectors(kb, code, sector):
    entry = kb.entry_for_code(code)
    assert entry is not None and entry.sector == sector and sector in kb.sectors


@pytest.mark.parametrize("sector", ["LAB", "REB", "OPP"])
def test_kb_nonstate_actors_codes_are_no_state_codes(kb, sector):
    states = {e.code for e in kb.entries.values() if e.kind == "country"}
    assert not {e.code for e in kb.entries.values() if e.kind == "org" and e.sector == sector} & states


@pytest.mark.parametrize("name,code", [("Abou Sayyaf", "ABUSAYYAF"), ("SPLA-IO", "SPLMIO"), ("Pastef", "PASTEF")])
def test_kb_nonstate_actors_act_under_their_code(name, code):
    entity = {"id": name, "name": name, "type": "ORG", "code": None, "country": None, "sector": None, "mentions": []}
    assert Party(acting(entity), None).code == code


def _sides(text: str, etype: str) -> list[tuple[set[str], set[str]]]:
    events = analyze_text(text).to_dict()["events"]
    return [
        ({a["code"] for a in e["actors"]}, {r["code"] for r in e["recipients"]}) for e in events if e["type"] == etype
    ]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text,etype,actor,recipient",
    [
        (
            "Le secrétaire général de l'UGTT, Karim Belhadj, a accusé mardi le gouvernement tunisien de mépriser"
            " les salariés.",
            "ACCUSE",
            "UGTT",
            "TUN",
        ),
        (
            "Abu Sayyaf gunmen attacked a Philippine army outpost on Jolo island on Sunday, the military said.",
            "ASSAULT",
            "ABUSAYYAF",
            "PHL",
        ),
    ],
)
def test_kb_nonstate_actors_act_in_events(text, etype, actor, recipient):
    assert any(actor in a and recipient in r for a, r in _sides(text, etype)), _sides(text, etype)
