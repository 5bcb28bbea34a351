"""A state's force that English news names as a source by its bare noun (issue 12, stop 62: bodies.tsv defaults
``source`` for the military and the army, ``cited`` for "police"; entities.json ``bare_bodies_as_sources`` a list of
keys, ``source_verbs``, ``source_prepositions`` "according to"): "…, police said", "Police said that…", "according
to the military" name the home state's force, which speaks as it, as the English real-news golds list it. The same
noun elsewhere names no force of its own ("police fired tear gas", "the Kenyan police", "police in Mombasa", "riot
police", "police officers"), and French is left as it was (« …, a indiqué la police »). The sentences are invented."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms
from veille.pipeline import analyze_text

pytestmark = pytest.mark.e2e

_ISLANDS = "Malawi's opposition held a rally in Zomba on Friday. "


@pytest.mark.parametrize(
    "text, name",
    [
        (_ISLANDS + "Eleven marchers were detained near the market, police said.", "National Police of Malawi"),
        (_ISLANDS + "Police said eleven marchers were detained near the market.", "National Police of Malawi"),
        (_ISLANDS + "According to police, eleven marchers were detained near the market.", "National Police of Malawi"),
        (_ISLANDS + "The police also reported that a guard was hurt.", "National Police of Malawi"),
        (
            "Gabon sent troops north on Monday. Nine rebels were captured near Makokou, the military said. Two "
            "soldiers were hurt, the military added.",
            "Gabonese Armed Forces",
        ),
        (
            "Chad closed its border on Monday. According to the army, nine rebels were captured near Abéché.",
            "Chadian Army",
        ),
    ],
)
def test_entities_bare_force_cited_is_the_home_state_s(text: str, name: str) -> None:
    found = entities(text, "en")
    assert name in found, {n: forms(e) for n, e in found.items()}


@pytest.mark.parametrize(
    "text, lang",
    [
        (_ISLANDS + "Police fired tear gas at the marchers near the market.", "en"),
        ("Kenyan police fired tear gas at marchers in Nairobi on Friday.", "en"),
        (_ISLANDS + "Riot police blocked the road to the market.", "en"),
        (_ISLANDS + "Two police officers were hurt near the market, the mayor said.", "en"),
        (_ISLANDS + "Police in Blantyre said eleven marchers were detained.", "en"),
        (_ISLANDS + "The marchers accused the police of beating them.", "en"),
        ("Le Malawi a interdit la marche. Onze manifestants ont été arrêtés, a indiqué la police.", "fr"),
    ],
)
def test_entities_bare_force_elsewhere_names_no_force(text: str, lang: str) -> None:
    found = entities(text, lang)
    assert not any("Police" in n for n in found), {n: forms(e) for n, e in found.items()}


@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            _ISLANDS + "Eleven marchers were detained near the market, police said.",
            "Eleven marchers were detained",
            "National Police of Malawi",
        ),
        (
            _ISLANDS + "Police said eleven marchers were detained near the market.",
            "eleven marchers were detained",
            "National Police of Malawi",
        ),
        (
            "Gabon sent troops north on Monday. Nine rebels were captured near Makokou, the military said. Two "
            "soldiers were hurt, the military added.",
            "Nine rebels were captured",
            "Gabonese Armed Forces",
        ),
    ],
)
def test_entities_bare_force_cited_speaks(text: str, words: str, who: str) -> None:
    quotes = analyze_text(text).to_dict()["quotes"]
    found = [{s["name"] for s in q["speakers"]} for q in quotes if words in q["text"]]
    assert found and all(s == {who} for s in found), found
