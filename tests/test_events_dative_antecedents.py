"""A French dative pronoun (« lui », « leur ») a trigger governs stands for the one an earlier clause of the sentence
addressed after « à » (« a écrit au président de X et lui a demandé »), as it stands for an earlier object; a dative
clitic the parser labels a subject or leaves unlabelled still counts as the verb's addressee
(events/antecedents.py). Near misses: an object named after the « à » complement is still the nearer antecedent, a
possessive « leur » is no pronoun, and a clause without a pronoun borrows no earlier addressee. Invented states and
sentences."""

from __future__ import annotations

import pytest

from test_events import coded, sides

KB = [
    ("valdoria", "Valdoria", "GPE", "VLD", None, "GOV", ["Valdorie"]),
    ("norland", "Norland", "GPE", "NRL", None, "GOV", ["Norlande"]),
    ("ostan", "Ostan", "GPE", "OST", None, "GOV", ["Ostanie"]),
]


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        ("Le ministre de Valdorie a écrit au président de Norlande et lui a demandé une enquête.", "REQUEST", "VLD"),
        (
            "La Valdorie a envoyé une lettre aux dirigeants de Norlande et leur a demandé de libérer les otages.",
            "REQUEST",
            "VLD",
        ),
        ("Le ministre de Valdorie a parlé au ministre de Norlande, puis lui a demandé de partir.", "REQUEST", "VLD"),
        (
            "Le ministre de Valdorie a parlé au ministre de Norlande, puis l'Ostanie lui a demandé de partir.",
            "REQUEST",
            "OST",
        ),
        (
            "La Valdorie a convoqué l'ambassadeur de Norlande et lui a reproché les propos de son ministre.",
            "ACCUSE",
            "VLD",
        ),
    ],
)
def test_events_dative_antecedents_pronoun_stands_for_the_addressee(text, etype, expected):
    found = coded(text, "fr", KB)
    assert ({expected}, {"NRL"}) in sides(found, etype), found


@pytest.mark.e2e
def test_events_dative_antecedents_nearer_object_stays_the_antecedent():
    text = (
        "La Valdorie a écrit au président de Norlande, puis a convoqué l'ambassadeur d'Ostanie "
        "et lui a reproché ses propos."
    )
    assert sides(coded(text, "fr", KB), "ACCUSE") == [({"VLD"}, {"OST"})]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "La Valdorie a écrit aux dirigeants de Norlande et a critiqué leur décision.",
        "Le ministre de Valdorie a parlé au ministre de Norlande ; l'Ostanie, elle, a demandé une enquête.",
    ],
)
def test_events_dative_antecedents_no_pronoun_no_addressee(text):
    found = coded(text, "fr", KB)
    assert not [s for t in ("ACCUSE", "REQUEST") for s in sides(found, t)], found
