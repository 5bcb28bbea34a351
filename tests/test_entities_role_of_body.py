"""A person named after a role phrase whose body names no state ("Spokesperson of the Ministry of Foreign Affairs,
Le Hai Binh made this statement"): the name printed after the body is the role holder's, whatever the NER called
it (issue 12: the NER read such names as places, and the spokesperson's statements were lost). A place or a
state after the body is no person. The NER's labels are set by hand; the sentences and people are invented."""

from __future__ import annotations

import pytest

from test_entities_ner_misses import found, with_ner

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text, lang, labelled, person",
    [
        (
            "Spokesperson of the Ministry of Foreign Affairs, Le Hoang Nhat told a briefing on Monday.",
            "en",
            [("Hoang Nhat", "LOC")],
            "Le Hoang Nhat",
        ),
        (
            "Orvania said so. Spokesperson of the Ministry of Foreign Affairs, Dao Minh Quy answered reporters.",
            "en",
            [("Minh Quy", "GPE")],
            "Dao Minh Quy",
        ),
        (
            "La porte-parole du ministère des Affaires étrangères, Pham Thu Lien, a déclaré lundi que l'accord tenait.",
            "fr",
            [("Thu Lien", "LOC")],
            "Pham Thu Lien",
        ),
    ],
)
def test_role_of_body_name_after_the_body_is_the_holder(text, lang, labelled, person):
    ents = found(with_ner(text, lang, labelled), lang)
    assert ents.get(person) == "PERSON", ents


@pytest.mark.parametrize(
    "text, lang, labelled, place",
    [
        (
            "The spokesman of the Ministry of Foreign Affairs, Hanoi, said the talks were over.",
            "en",
            [("Hanoi", "GPE")],
            "Hanoi",
        ),
        (
            "Le porte-parole du ministère des Affaires étrangères, à Paris, a déclaré que l'accord tenait.",
            "fr",
            [("Paris", "LOC")],
            "Paris",
        ),
    ],
)
def test_role_of_body_place_after_the_body_is_no_person(text, lang, labelled, place):
    ents = found(with_ner(text, lang, labelled), lang)
    assert ents.get(place) in ("GPE", "LOC"), ents
    assert not any(t == "PERSON" for t in ents.values()), ents
