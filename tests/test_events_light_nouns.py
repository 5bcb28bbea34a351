"""Light nouns: "un message de soutien", "un acte d'agression", "a gesture of support" name the act of their "de X" /
"of X" complement, which is no mere modifier; the verb that governs the light noun is its support verb ("a envoyé
un message de soutien à X", "committed an act of aggression against X"), and a light noun in an adjunct makes its
clause do the act ("a hissé des drapeaux en signe de solidarité avec X", "in a show of support for X"). French and
English; negatives where no act is named. Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded
from test_events_trigger_paradigms import KB, realised_sides
from veille.analysis.events import is_realised

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

PARADIGM = [
    ("fr", "La France a envoyé un message de soutien indéfectible à l'Ukraine.", "SUPPORT", "FRA", "UKR"),
    ("fr", "La France a déployé des drapeaux en signe de solidarité avec l'Ukraine.", "SUPPORT", "FRA", "UKR"),
    ("fr", "La Russie a commis un acte d'agression contre l'Ukraine.", "ASSAULT", "RUS", "UKR"),
    ("fr", "La Russie a perpétré des actes de violence contre l'Ukraine.", "ASSAULT", "RUS", "UKR"),
    ("en", "France sent a message of support for Ukraine.", "SUPPORT", "FRA", "UKR"),
    ("en", "France made a gesture of support for Ukraine.", "SUPPORT", "FRA", "UKR"),
    ("en", "France raised flags as a sign of solidarity with Ukraine.", "SUPPORT", "FRA", "UKR"),
    ("en", "France lit the tower in a show of support for Ukraine.", "SUPPORT", "FRA", "UKR"),
    ("en", "Russia committed an act of aggression against Ukraine.", "ASSAULT", "RUS", "UKR"),
]


@pytest.mark.parametrize(("lang", "text", "etype", "actor", "recipient"), PARADIGM)
def test_events_light_nouns_name_the_act_of_their_complement(
    lang: str, text: str, etype: str, actor: str, recipient: str
) -> None:
    found = realised_sides(text, lang, etype)
    assert ({actor}, {recipient}) in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le Japon a accueilli le ministre en signe de respect."),
        ("fr", "C'est un signe de faiblesse de la Chine."),
        ("en", "The war museum shows signs of decay."),
        ("en", "Japan welcomed the minister as a sign of respect."),
    ],
)
def test_events_light_nouns_name_no_act_without_one(lang: str, text: str) -> None:
    assert [e for e in coded(text, lang, KB) if is_realised(e)] == []
