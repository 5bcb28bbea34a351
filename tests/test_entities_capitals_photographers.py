"""A photographer's name printed in capitals in the brackets that close a caption or a paragraph, alone or after the
agency and a dash ("... on Monday. (JANE ROE)", "[AGENCY - JANE ROE]"), or alone in brackets on a line the
extraction set aside, is a person: the real-news golds list such a credit's photographer (issue 12). The NER's
labels are set by hand (it read no person there); the sentences, people and places are invented."""

from __future__ import annotations

import pytest

from test_entities_ner_misses import found, with_ner
from veille.analysis.entities.sourcelines import source_entities

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("Le maire de Lacville a salué la délégation lundi. (JEAN ROUX)", "fr", "Jean Roux"),
        ("Le maire de Lacville a salué la délégation lundi. [AFP - ANNA VARGA]", "fr", "Anna Varga"),
        ("The mayor of Lakeview greeted the delegation on Monday. (TOM POE)", "en", "Tom Poe"),
    ],
)
def test_entities_capitals_photographer_in_closing_brackets(text, lang, person):
    assert found(with_ner(text, lang, []), lang).get(person) == "PERSON"


@pytest.mark.parametrize("line", ["(JEAN ROUX)", "[ANNA VARGA]"])
def test_entities_capitals_photographer_on_a_boilerplate_line(line):
    ents = {e["name"]: e["type"] for e in source_entities([line], lang="fr")}
    assert ents.get(line.strip("()[]").title()) == "PERSON", ents


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The mayor of Lakeview greeted the delegation on Monday. (ABC TV)", "Abc Tv"),  # a medium's noun
        ("The mayor of Lakeview greeted the delegation on Monday. (AFP PHOTO)", "Afp Photo"),  # a credit word
        ("The mayor of Lakeview greeted the delegation on Monday. (Tom Poe)", "Tom Poe"),  # not in capitals
    ],
)
def test_entities_capitals_photographer_near_misses(text, absent):
    assert found(with_ner(text, "en", []), "en").get(absent) != "PERSON"


@pytest.mark.parametrize("line", ["(ABC TV)", "(AFP PHOTO)", "(Jean Roux)", "(NAN)"])
def test_entities_capitals_photographer_boilerplate_near_misses(line):
    assert all(e["type"] != "PERSON" for e in source_entities([line], lang="en"))
