"""A summons of another state's envoy is a meeting (CONSULT); where its sentence states displeasure (a protest, a
condemnation, a conduct called unacceptable, « mécontentement »: events.json ``displeasure_words``), the summoning
state also accuses the envoy's (ACCUSE), of the same sides (analysis/events/summonses.py; the golds' convention
since stop 55). A summons alone is no accusation; a meeting convened is no summons; a summons denied or still to
come tells no protest made. Invented sentences; real states, no real people."""

from __future__ import annotations

import pytest

import test_events_trigger_paradigms as paradigms
from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

SIDES = ({"JPN"}, {"CHN"})


def events(lang: str, text: str) -> list[dict]:
    return coded(text, lang, paradigms.KB)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Japan summoned the Chinese ambassador on Monday."),
        ("en", "On Tuesday Japan summoned the Chinese envoy over the fishing dispute."),
        ("fr", "Le Japon a convoqué l'ambassadeur chinois lundi."),
        ("fr", "La convocation de l'ambassadeur chinois par le Japon a surpris."),
    ],
)
def test_events_summonses_protest_alone_is_a_meeting(lang, text):
    found = events(lang, text)
    assert SIDES in sides(found, "CONSULT"), found
    assert not sides(found, "ACCUSE"), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Japan summoned the Chinese ambassador on Monday to protest against the seizure of a trawler."),
        ("en", "Japan summoned the Chinese envoy, to whom a firm protest was conveyed."),
        ("en", "Japan summoned the Chinese ambassador, calling the incursion unacceptable."),
        ("en", "Japan summoned the Chinese ambassador and condemned the incursion."),
        ("fr", "Le Japon a convoqué l'ambassadeur chinois pour lui signifier son mécontentement."),
        ("fr", "Le Japon a convoqué l'ambassadeur chinois, à qui une protestation a été remise."),
        ("fr", "Le Japon a convoqué l'ambassadeur chinois, jugeant l'incursion inacceptable."),
        ("fr", "La convocation de l'ambassadeur chinois par le Japon traduit son mécontentement."),
    ],
)
def test_events_summonses_protest_stated_is_also_an_accusation(lang, text):
    found = events(lang, text)
    assert SIDES in sides(found, "CONSULT"), found
    assert SIDES in sides(found, "ACCUSE"), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Japan convened a meeting with China to discuss the unacceptable delays."),
        ("fr", "Le Japon a convoqué une réunion avec la Chine sur des retards jugés inacceptables."),
    ],
)
def test_events_summonses_protest_meeting_convened_is_no_summons(lang, text):
    found = events(lang, text)
    assert not sides(found, "ACCUSE"), found
    assert all(e["mode"] == "multilateral" for e in found if e["type"] == "CONSULT"), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Japan did not summon the Chinese ambassador despite the protest of its fishermen."),
        ("en", "Japan will summon the Chinese ambassador to protest."),
        ("fr", "Le Japon n'a pas convoqué l'ambassadeur chinois malgré le mécontentement des pêcheurs."),
        ("fr", "Le Japon va convoquer l'ambassadeur chinois pour protester."),
    ],
)
def test_events_summonses_protest_denied_or_to_come_tells_none(lang, text):
    found = events(lang, text)
    assert not sides(found, "CONSULT"), found
    assert not sides(found, "ACCUSE"), found
    assert any(e["type"] == "CONSULT" for e in found), found  # the summons itself, denied or to come
