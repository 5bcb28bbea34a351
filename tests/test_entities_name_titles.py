"""A monarch named by a title word and one name ("King Tarek", "le roi Albéric"): the title and the name are one
more mention of the person, as the text names them; a title apart from the name, or before a full name, adds none
(entities.people.bind, lexicon key name_titles). Invented sentences and people."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("text", "lang", "name", "mention"),
    [
        (
            "The coalition struck the port after King Tarek ordered the raids on Thursday, officials said.",
            "en",
            "Tarek",
            "King Tarek",
        ),
        (
            "Queen Ilse and the prime minister met in the capital on Monday, the palace said.",
            "en",
            "Ilse",
            "Queen Ilse",
        ),
        ("Le roi Albéric a offert un terrain aux Pays-Bas, a annoncé le palais lundi.", "fr", "Albéric", "roi Albéric"),
    ],
)
def test_name_titles_title_and_name_are_one_mention(text: str, lang: str, name: str, mention: str) -> None:
    found = entities(text, lang)
    assert name in found, found
    assert mention in [m["text"] for m in found[name]["mentions"]], found[name]


@pytest.mark.parametrize(
    ("text", "lang", "name", "title"),
    [
        # the title apart from the name (apposition): no joined mention
        (
            "The king of Norvia, Tarek Olsen, met the prime minister on Monday in the capital.",
            "en",
            "Tarek Olsen",
            "king",
        ),
        # a title that is no monarch's: the role stays apart
        ("President Hale met the envoy on Monday in the capital, officials said.", "en", "Hale", "President"),
        # a full name after the title: the name names the person
        ("Le roi Albéric Devaux a reçu lundi le président du Conseil au palais.", "fr", "Albéric Devaux", "roi"),
    ],
)
def test_name_titles_no_joined_mention_otherwise(text: str, lang: str, name: str, title: str) -> None:
    found = entities(text, lang)
    assert name in found, found
    texts = [m["text"] for m in found[name]["mentions"]]
    assert not any(title in t and name in t for t in texts), texts
