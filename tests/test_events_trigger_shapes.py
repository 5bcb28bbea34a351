"""Triggers of the lexicon whose condition failed because the argument came in another shape (issue 13), each on
invented sentences: an approximate count as the object ("plus de 400 pilotes"), a predicate the parse hangs under
its copula as an oblique ("nous sommes aux côtés de"). Invented people; real states (helpers of
tests/test_events_real.py).
"""

from __future__ import annotations

import pytest

from test_events_real import realised, run

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


# ---------------------------------------------------------------- an approximate count as the object ("obj=")


@pytest.mark.parametrize(
    "text, etype, sides",
    [
        ("Le Japon a formé plus de 400 pilotes de l'Ukraine.", "AID", ({"JPN"}, {"UKR"})),
        ("La Russie a déployé plus de 100 000 soldats près de l'Ukraine.", "MOBILIZE", ({"RUS"}, {"UKR"})),
        ("La Russie a déployé près de 100 000 soldats près de l'Ukraine.", "MOBILIZE", ({"RUS"}, {"UKR"})),
    ],
)
def test_events_trigger_shapes_an_approximate_count_is_the_object(text, etype, sides):
    assert sides in realised(run(text, "fr"), etype)


@pytest.mark.parametrize(
    "text, etype",
    [
        ("La Russie a déployé plus d'efforts diplomatiques près de l'Ukraine.", "MOBILIZE"),  # no force counted
        ("Le Japon a formé plus de 400 comités de quartier en Ukraine.", "AID"),
    ],
)
def test_events_trigger_shapes_a_count_of_other_things_is_no_object_of_the_entry(text, etype):
    assert not realised(run(text, "fr"), etype)


# ---------------------------------------------------------------- a predicate hung under its copula ("pred" rows)


@pytest.mark.parametrize(
    "text, sides",
    [
        ("La France est toujours aux côtés du Japon, a déclaré Pierre Dupont.", ({"FRA"}, {"JPN"})),
        ("Le Canada est aux côtés de l'Ukraine.", ({"CAN"}, {"UKR"})),
        ("La France est au côté du Japon.", ({"FRA"}, {"JPN"})),
    ],
)
def test_events_trigger_shapes_a_predicate_under_its_copula_is_the_act(text, sides):
    assert sides in realised(run(text, "fr"), "SUPPORT")


@pytest.mark.parametrize(
    "text",
    [
        "Le Japon est à côté de la Chine.",  # "à côté de": next to, a place
        "La France est au Japon depuis mardi.",  # a place, no stance of the lexicon
        "Le Japon a un bureau aux côtés de l'ambassade de France.",  # no copula
    ],
)
def test_events_trigger_shapes_a_place_after_the_copula_is_no_stance(text):
    assert not realised(run(text, "fr"), "SUPPORT")
