"""A person's name printed again with a slip (a letter added, dropped, changed or swapped in the family name) is
the same person, in the full name or the family name alone; names that differ in a given name or in a short
family name stay apart. Invented sentences, and the rule itself (:mod:`veille.analysis.entities.variants`)."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms
from veille.analysis.entities.variants import is_variant, one_edit


@pytest.mark.parametrize(
    "a,b,same",
    [
        ("hrytsenko", "hrytsenkoo", True),  # a letter added
        ("marchenko", "marchenk", True),  # dropped
        ("ndayizeye", "ndayiseye", True),  # changed
        ("okonkwo", "okonkow", True),  # two neighbours swapped
        ("okonkwo", "okonkwo", False),
        ("okonkwo", "okokwno", False),
        ("dambudzo", "dambuso", False),
    ],
)
def test_variants_one_edit(a, b, same):
    assert one_edit(a, b) is same


@pytest.mark.parametrize(
    "name,of,same",
    [
        ("Viktor Hrytsenkoo", "Viktor Hrytsenko", True),
        ("Okonkow", "Patricia Okonkwo", True),
        ("Ndayiseye", "Jean-Marie Ndayizeye", True),
        ("Louise Martinez", "Louis Martinez", False),  # a given name differs: two persons
        ("Anna Rossi", "Anna Rosti", False),  # a short family name
        ("Kim Jong-il", "Kim Jong-un", False),
        ("Patricia Okonkwo", "Okonkow", False),  # the longer name is no slip of the shorter
    ],
)
def test_variants_is_variant(name, of, same):
    assert is_variant(name, of) is same


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text,lang,name,slip",
    [
        (
            "General Viktor Hrytsenko visited the front. Viktor Hrytsenkoo said morale was high.",
            "en",
            "Viktor Hrytsenko",
            "Viktor Hrytsenkoo",
        ),
        (
            "Finance minister Oleksandr Marchenko said the deal was done. Oleksandr Marchenk said it would be signed.",
            "en",
            "Oleksandr Marchenko",
            "Oleksandr Marchenk",
        ),
        (
            "Le président Jean-Marie Ndayizeye a parlé mardi. M. Ndayiseye a ensuite rejoint Bujumbura.",
            "fr",
            "Jean-Marie Ndayizeye",
            "M. Ndayiseye",
        ),
        (
            "La ministre Awa Sangaré a ouvert la séance. Awa Sangaére a ensuite répondu aux députés.",
            "fr",
            "Awa Sangaré",
            "Awa Sangaére",
        ),
    ],
)
def test_variants_slip_is_one_person(text, lang, name, slip):
    found = entities(text, lang)
    persons = [n for n, e in found.items() if e["type"] == "PERSON"]
    assert persons == [name], found
    assert slip in forms(found[name])


@pytest.mark.e2e
def test_variants_two_persons_a_given_name_apart_stay_two():
    found = entities("Louis Martinez a porté plainte. Sa sœur Louise Martinez a témoigné lundi.", "fr")
    assert {"Louis Martinez", "Louise Martinez"} <= set(found), found
