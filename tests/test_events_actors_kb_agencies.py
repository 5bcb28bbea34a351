"""A state's intelligence, police or aid agency that the press names by its own name (the CIA, the FBI, USAID, the
Mossad, MI6) acts for its state (data/kb/actors.tsv), as the real-news golds code it, not under its acronym (the
coder's rule for the parties and armed groups the tables do not know). Near misses: an acronym the tables do not
know still acts under it, a person the recogniser placed keeps its country. Invented sentences; real states and
agencies, no real people."""

from __future__ import annotations

import pytest

from test_events import coded, sides
from veille.analysis.events.parties import Party, acronyms, acting


def entity(name: str, *forms: str, etype: str = "ORG", country: str | None = None) -> dict:
    """An entity as the recogniser gives it, with no code or sector of its own and its surface forms as mentions."""
    mentions = [{"text": f, "start": 0, "end": len(f)} for f in (name, *forms)]
    return {"id": name, "name": name, "type": etype, "code": None, "country": country, "sector": None,
            "mentions": mentions}  # fmt: skip


@pytest.mark.parametrize(
    ("name", "forms", "state"),
    [
        ("CIA", (), "USA"),
        ("CIA", ("Central Intelligence Agency",), "USA"),
        ("USAID", ("US Agency for International Development",), "USA"),
        ("USAID", ("Agence des États-Unis pour le développement international",), "USA"),
        ("FBI", (), "USA"),
        ("Mossad", (), "ISR"),
        ("MI6", (), "GBR"),
        ("Shin Bet", (), "ISR"),
    ],
)
def test_events_actors_kb_agencies_act_for_their_state(name, forms, state):
    ent = entity(name, *forms)
    party = Party(acting(ent, acronyms([ent])), None)
    assert party.code == state, party


@pytest.mark.parametrize(
    ("name", "etype", "country", "code"),
    [
        ("NDRA", "ORG", None, "NDRA"),  # an acronym the tables do not know: the organisation acts under it
        ("Jane Doe", "PERSON", "CAN", "CAN"),  # a placed person keeps the country the recogniser gave
    ],
)
def test_events_actors_kb_agencies_near_misses(name, etype, country, code):
    ent = entity(name, etype=etype, country=country)
    party = Party(acting(ent, acronyms([ent])), None)
    assert party.code == code, party


KB = [
    ("cia", "CIA", "ORG", None, None, None, ["CIA"]),
    ("mossad", "Mossad", "ORG", None, None, None, ["Mossad"]),
    ("qatar", "Qatar", "GPE", "QAT", None, "GOV", ["Qatar"]),
    ("kenya", "Kenya", "GPE", "KEN", None, "GOV", ["Kenya"]),
]


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        ("The CIA held talks with Qatar on Thursday.", "CONSULT", ({"USA"}, {"QAT"})),
        ("The Mossad accused Kenya of fraud on Monday.", "ACCUSE", ({"ISR"}, {"KEN"})),
    ],
)
def test_events_actors_kb_agencies_in_events(text, etype, expected):
    found = coded(text, "en", KB)
    assert expected in sides(found, etype), found
