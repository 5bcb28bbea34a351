"""A disapproval voiced as a feeling whose complement names the act ("expressed its disappointment in the decision",
"repeated its firm protest over the detention", « a réitéré sa condamnation de ce bombardement »): the sentence
names no author, and the disapproval is aimed at whoever did the act, an event noun's author or the author of the
decision, the move or the step told before. Near misses: a feeling about a state of things ("concern over the
situation in Norway"), an indefinite decision, a statement that carries the feeling ("in a statement"), a call
repeated, support renewed. Issue 13, stop 43; invented sentences, real states, no real people."""

from __future__ import annotations

import pytest

from test_events import coded, sides
from test_events_french_groups_kb import KB as FR_KB
from test_events_two_states_kb import run

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    "text",
    [
        "Norway detained two Indian fishermen on Monday. India's foreign ministry repeated its firm protest over "
        "the fishermen's detention.",
        "Norway detained two Indian fishermen on Monday. India reiterated its protest over the detention.",
        "Norway decided to close its consulate in Mumbai. India expressed its disappointment in the decision.",
        "Norway closed its consulate in Mumbai. India expressed disappointment at the decision.",
        "Norway closed its consulate in Mumbai. Pakistan criticised the closure. India expressed disappointment at "
        "the decision.",
    ],
)
def test_events_voiced_feeling_aims_at_the_author_of_the_act_en(text):
    assert ({"IND"}, {"NOR"}) in sides(run(text), "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "India expressed concern over the situation in Norway.",
        "Norway closed its consulate in Mumbai. India expressed concern in a statement.",
        "India expressed disappointment at a decision to close the border.",
    ],
)
def test_events_voiced_feeling_names_no_act_en(text):
    assert not [r for a, r in sides(run(text), "ACCUSE") if "IND" in a and r]


def test_events_voiced_feeling_repeated_call_stays_a_request_en():
    events = run("India repeated its call for talks with Norway.")
    assert ({"IND"}, {"NOR"}) in sides(events, "REQUEST")
    assert not sides(events, "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "Israël a bombardé un village lundi. L'Iran a réitéré sa condamnation de ce bombardement.",
        "Israël a bombardé un village lundi. L'Iran a renouvelé sa condamnation de ce bombardement.",
    ],
)
def test_events_voiced_feeling_aims_at_the_author_of_the_act_fr(text):
    assert ({"IRN"}, {"ISR"}) in sides(coded(text, "fr", FR_KB), "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "L'Iran a exprimé sa préoccupation face à la situation en Israël.",
        "L'Iran a réitéré son soutien au Liban.",
    ],
)
def test_events_voiced_feeling_names_no_act_fr(text):
    assert not [r for a, r in sides(coded(text, "fr", FR_KB), "ACCUSE") if "IRN" in a and r]
