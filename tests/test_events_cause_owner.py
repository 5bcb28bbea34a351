"""The owner of an event noun that is the cause of a blame, a punishment or thanks ("condemned Valdoria for its
strikes", « a remercié l'Ostrénie pour son aide »): the third-person possessive stands for the one blamed or
thanked (the verb's object, else a complement named before the cause), not for the clause's subject
(``events/cause_owner.py``, events.json ``cause_preps``). Invented sentences and states, French and English."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("valdoria", "Valdoria", "GPE", "VAL", None, "GOV", ["Valdoria", "Valdorie"]),
    ("ostrenia", "Ostrenia", "GPE", "OST", None, "GOV", ["Ostrenia", "Ostrénie"]),
    ("marvia", "Marvia", "GPE", "MRV", None, "GOV", ["Marvia", "Marvie"]),
]


@pytest.mark.parametrize(
    ("lang", "text", "etype", "expected"),
    [
        ("en", "Valdoria thanked Ostrenia on Monday for its aid to Marvia.", "AID", ({"OST"}, {"MRV"})),
        ("fr", "La Valdorie a remercié lundi l'Ostrénie pour son aide à la Marvie.", "AID", ({"OST"}, {"MRV"})),
        (
            "fr",
            "Le ministre a exprimé sa gratitude à l'Ostrénie pour son aide à la Marvie.",
            "AID",
            ({"OST"}, {"MRV"}),
        ),
        ("en", "Valdoria condemned Ostrenia over its invasion of Marvia.", "ASSAULT", ({"OST"}, {"MRV"})),
    ],
)
def test_events_cause_owner_the_one_blamed_or_thanked(
    lang: str, text: str, etype: str, expected: tuple[set, set]
) -> None:
    assert expected in sides(coded(text, lang, KB), etype)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Valdoria apologised to Ostrenia on Monday for its strikes on Marvia."),
        ("fr", "La Valdorie a présenté ses excuses à l'Ostrénie pour ses frappes sur la Marvie."),
    ],
)
def test_events_cause_owner_an_apology_owns_its_cause(lang: str, text: str) -> None:
    assert ({"OST"}, {"MRV"}) not in sides(coded(text, lang, KB), "ASSAULT")


def test_events_cause_owner_a_noun_with_its_own_author_keeps_it() -> None:
    events = coded("Valdoria thanked Ostrenia for Marvia's aid to Valdoria.", "en", KB)
    assert ({"MRV"}, {"VAL"}) in sides(events, "AID")
