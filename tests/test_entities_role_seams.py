"""A role and the name of its holder that the NER read as one name: the role stays a role, the holder is a person,
and a place printed before the role (a constituency, a county) is a place of its own (entities.seams.role_seams;
roles.tsv: the Kenyan "CS" and "Woman Representative", "Chairperson"). A span whose words before the role are no
place, and a role followed by a one-word name, are left as the NER read them. The NER's labels are set by hand (its
runs on real news do not reproduce on short sentences); the people and sentences are invented."""

from __future__ import annotations

import pytest

from test_entities_ner_misses import mention_texts

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("text", "labelled", "place", "person", "role"),
    [
        (
            "The march was led by Garissa MP Halima Duale Korir and two senators.",
            [("Garissa MP Halima Duale Korir", "PERSON")],
            "Garissa",
            "Halima Duale Korir",
            "MP",
        ),
        (
            "She came with Eldoret Woman Representative Mercy Chebet Rono on Friday.",
            [("Eldoret Woman Representative Mercy Chebet Rono", "ORG")],
            "Eldoret",
            "Mercy Chebet Rono",
            "Woman Representative",
        ),
        (
            "The curfew was announced by Interior CS Daniel Ouma Kariuki late at night.",
            [("CS Daniel Ouma Kariuki", "PERSON")],
            None,
            "Daniel Ouma Kariuki",
            "CS",
        ),
        (
            "The accord was welcomed by Peace Panel Chairperson Lidia Marquez-Soto in the capital.",
            [("Chairperson Lidia Marquez-Soto", "PERSON")],
            None,
            "Lidia Marquez-Soto",
            "Chairperson",
        ),
    ],
)
def test_role_seams_the_role_and_its_holder(
    text: str, labelled: list[tuple[str, str]], place: str | None, person: str, role: str
) -> None:
    found = mention_texts(text, "en", labelled)
    assert found.get(person, set()) >= {person, role}, found
    assert not any(role in name and name != role for name in found), found
    if place is not None:
        assert found.get(place) == {place}, found


@pytest.mark.parametrize(
    ("text", "labelled", "holder"),
    [
        # the words before the role are no place: left as the NER read them
        (
            "The motion was tabled by Unity Caucus MP Halima Duale Korir on Monday.",
            [("Unity Caucus MP Halima Duale Korir", "PERSON")],
            "Halima Duale Korir",
        ),
        # a one-word name after the role: no holder's name to cut
        (
            "The march was led by Garissa MP Korir and two senators.",
            [("Garissa MP Korir", "PERSON")],
            "Korir",
        ),
    ],
)
def test_role_seams_near_misses_left(text: str, labelled: list[tuple[str, str]], holder: str) -> None:
    found = mention_texts(text, "en", labelled)
    assert holder not in found, found
    assert not any(holder in forms and "MP" in forms for forms in found.values()), found
