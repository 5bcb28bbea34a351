"""A participle of speech or judgement after a comma ("…, accusing X of …", "…, calling the move coercion",
"…, urging X to …") hung by the parser on the content clause of a reporting verb is the reporter's act when that
clause names no party ("Canada said the new rules would not stop its fishermen, calling the Russian
measures coercion": Canada calls, not the rules); a subject that names a party keeps it ("Canada said Russia had
expelled its diplomats, accusing them of spying": Russia accuses), and a participle of a physical act stays with
the clause it ends ("said the troops fired on the crowd, killing ten"). Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("canada", "Canada", "GPE", "CAN", None, "GOV", ["Canada", "Ottawa"]),
    ("russia", "Russia", "GPE", "RUS", None, "GOV", ["Russia", "Moscow", "Russian"]),
    ("ukraine", "Ukraine", "GPE", "UKR", None, "GOV", ["Ukraine"]),
]


def run(text: str) -> list[dict]:
    return coded(text, "en", KB)


@pytest.mark.parametrize(
    "text, etype, recipient",
    [
        (
            "Canada said the new rules would not stop its fishermen, calling the Russian measures coercion.",
            "ACCUSE",
            "RUS",
        ),
        ("Canada demanded the world take action, accusing Russia of aggression.", "ACCUSE", "RUS"),
        ("Canada said the talks had failed, blaming Russia for the deadlock.", "ACCUSE", "RUS"),
        ("Canada insisted the border would stay open, urging Russia to withdraw its troops.", "REQUEST", "RUS"),
        ("Canada warned that the dispute would go on, criticising Russia for its threats.", "ACCUSE", "RUS"),
        ("Canada said the vote had been fair, praising Ukraine for its restraint.", "SUPPORT", "UKR"),
    ],
)
def test_events_speaker_participles_are_the_reporters_acts(text, etype, recipient):
    assert any("CAN" in a and recipient in r for a, r in sides(run(text), etype))


@pytest.mark.parametrize(
    "text, etype",
    [
        # the content clause's subject names a party: the participle is its act
        ("Canada said Russia had expelled its diplomats, accusing them of spying.", "ACCUSE"),
        ("Canada said Russia had closed the port, urging Ukraine to stay away.", "REQUEST"),
        # a party named elsewhere in the content clause may be the one who speaks
        ("Canada said the closure followed the support of Ukraine for the case, accusing Russia of lying.", "ACCUSE"),
        # a participle of a physical act stays with the clause it ends
        ("Canada said the shells had hit the port of Ukraine, killing ten people.", "ASSAULT"),
    ],
)
def test_events_speaker_participles_of_a_named_party_or_a_physical_act_stay(text, etype):
    assert not [a for a, r in sides(run(text), etype) if "CAN" in a]
