"""A common noun coined for a state's exit from a union and printed with a capital ("since Brexit", "le Brexit") is
no entity, whatever the NER labels it (issue 12: read as a person, it took the quotes of "He said" after it;
nonentities.tsv). A person's name that merely starts like it is still a person. The NER's labels are set by hand;
the sentences and people are invented."""

from __future__ import annotations

import pytest

from test_entities_ner_misses import found, with_ner

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text, lang, labelled",
    [
        ("Relations had fallen since Brexit. He said the deal worked.", "en", [("Brexit", "PERSON")]),
        ("The accord settles a thorny Brexit question.", "en", [("Brexit", "ORG")]),
        ("Depuis le Brexit, les relations se sont dégradées.", "fr", [("Brexit", "ORG")]),
    ],
)
def test_coined_exit_noun_is_no_entity(text, lang, labelled):
    assert "Brexit" not in found(with_ner(text, lang, labelled), lang)


@pytest.mark.parametrize(
    "text, lang, labelled, person",
    [
        ("Relations had improved since Jane Brexton took office.", "en", [("Jane Brexton", "PERSON")], "Jane Brexton"),
    ],
)
def test_coined_exit_noun_near_miss_person_stays(text, lang, labelled, person):
    assert found(with_ner(text, lang, labelled), lang).get(person) == "PERSON"
