"""A state's embassy named only as the place where something happens (an adjunct of place: "outside the Turkish
embassy in Stockholm", "at the Greek embassy", « réfugié à l'ambassade du Mexique », « devant l'ambassade de
France », « vers l'ambassade du Canada ») is a place of the story, no organisation acting in it: the real-news
golds leave it out, and list the embassy that acts, speaks, is asked or is closed. Lexicon: ``entities.json``
``place_prepositions``; :mod:`veille.analysis.entities.mission_places`. Near misses: an embassy that speaks, one
given something (« remis une note à l'ambassade »), one mentioned also as an actor, "in front of" (the parse
makes the embassy the object of "of"). Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e


def _missions(found: dict) -> list[str]:
    return [n for n in found if n.startswith(("Embassy", "High Commission"))]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Protesters gathered outside the Turkish embassy in Stockholm on Sunday.", "en"),
        ("He met the opposition leader at the Greek embassy in London.", "en"),
        ("Le militant s'est réfugié à l'ambassade du Mexique à Lima.", "fr"),
        ("Les manifestants se dirigeaient vers l'ambassade du Canada.", "fr"),
        ("Une manifestation a eu lieu devant l'ambassade de France à Dakar.", "fr"),
    ],
)
def test_embassy_as_place_is_no_entity(text: str, lang: str) -> None:
    found = entities(text, lang)
    assert not _missions(found), found


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The Turkish embassy in Stockholm said the protest was an insult.", "en"),
        ("L'ambassade du Mexique a accordé l'asile au militant.", "fr"),
        ("Le ministère a remis une note de protestation à l'ambassade du Mexique.", "fr"),
        (
            "Protesters gathered outside the Turkish embassy in Stockholm. The Turkish embassy later condemned "
            "the burning.",
            "en",
        ),
    ],
)
def test_embassy_that_acts_stays(text: str, lang: str) -> None:
    found = entities(text, lang)
    assert _missions(found), found
