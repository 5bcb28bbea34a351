"""People charged, indicted or under investigation in an agentless passive ("two activists were charged with
sedition", "a former minister was indicted", "eighteen officials are being investigated") are so by the authorities
of the place where it happens, else of their own state, as an arrest told the same way is: the verbs of a formal
charge (events.json ``agentless_charges``). An agent ("by Somali prosecutors") keeps its own reading; a thing
investigated, a price charged or a suit brought by a private party has no authorities. Invented sentences and
people, English; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("kenya", "Kenya", "GPE", "KEN", None, "GOV", ["Kenya", "Kenyan", "Kenyans"]),
    ("somalia", "Somalia", "GPE", "SOM", None, "GOV", ["Somalia", "Somali"]),
    ("mogadishu", "Mogadishu", "GPE", "SOM", None, None, ["Mogadishu"]),
    ("nairobi", "Nairobi", "GPE", "KEN", None, None, ["Nairobi"]),
    ("warsame", "Ahmed Warsame", "PERSON", None, None, None, ["Ahmed Warsame"]),
]


def run(text: str) -> list[dict]:
    return coded(text, "en", KB)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Two Kenyan activists were charged with sedition in Nairobi on Monday.", ({"KEN"}, {"KEN"})),
        ("A Somali businessman was indicted in Mogadishu over the missing funds.", ({"SOM"}, {"SOM"})),
        ("Ahmed Warsame was charged over an unlawful rally in Mogadishu last year.", ({"SOM"}, {"SOM"})),
        ("Eighteen Somali nationals are being investigated for their part in the killing.", ({"SOM"}, {"SOM"})),
        ("A Kenyan trader is charged in Mogadishu with smuggling charcoal.", ({"SOM"}, {"KEN"})),
        ("Two Kenyan reporters have been indicted in Mogadishu for spying.", ({"SOM"}, {"KEN"})),
        # told in a that-clause: the act is reported, not subordinate to a time or condition
        (
            "A Somali spokesman told reporters that two Kenyan traders were charged in Mogadishu with smuggling.",
            ({"SOM"}, {"KEN"}),
        ),
        # a place told as where another clause happens is no scene of the charge
        (
            "Somali officials said two Kenyan traders were charged with smuggling, naming a captain working in "
            "Nairobi as their contact.",
            ({"SOM"}, {"KEN"}),
        ),
    ],
)
def test_events_agentless_charges_are_the_authorities_acts(text, pair):
    assert pair in sides(run(text), "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "The claims are being investigated in Nairobi, officials said.",  # a thing investigated
        "Higher fees were charged at the port of Mogadishu this year.",  # a price
        "A Kenyan bakery was sued in Mogadishu over unpaid rent.",  # a suit: a private party's
        "Talks will go on until two Kenyan traders are charged in Mogadishu.",  # not told as done
    ],
)
def test_events_agentless_charges_need_people_charged_by_the_state(text):
    assert not sides(run(text), "ACCUSE")


def test_events_agentless_charges_an_agent_is_read_as_it_is():
    found = sides(run("Two Kenyan activists were charged with sedition by Somali prosecutors."), "ACCUSE")
    assert ({"KEN"}, {"KEN"}) not in found
