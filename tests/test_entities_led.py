"""Groups named for the state that leads them: "the Saudi-led coalition", "la coalition menée par l'Arabie saoudite"
(:mod:`veille.analysis.entities.led`). Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms, quotes


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text,lang,name,code,mentions",
    [
        (
            "The US-led coalition said its aircraft had struck a depot. The coalition said no civilians were hurt.",
            "en",
            "US-led coalition",
            "USA",
            ["US-led coalition", "coalition"],
        ),
        (
            "A Russian-led military alliance will send troops to the border.",
            "en",
            "Russian-led military alliance",
            "RUS",
            ["Russian-led military alliance"],
        ),
        (
            "La coalition menée par l'Arabie saoudite a reconnu une erreur. La coalition a présenté ses excuses.",
            "fr",
            "Saudi-led coalition",
            "SAU",
            ["coalition menée par l'Arabie saoudite", "coalition"],
        ),
        (
            "La coalition internationale dirigée par les États-Unis a frappé un dépôt.",
            "fr",
            "American-led coalition",
            "USA",
            ["coalition internationale dirigée par les États-Unis"],
        ),
    ],
)
def test_led_a_coalition_named_for_its_leading_state(
    text: str, lang: str, name: str, code: str, mentions: list[str]
) -> None:
    found = entities(text, lang)
    assert name in found, {n: forms(e) for n, e in found.items()}
    assert found[name]["code"] == code and forms(found[name]) == mentions
    assert not any(e["type"] == "GPE" for e in found.values())  # the leader is no mention of its state there


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text,lang",
    [
        ("Le ministre a rencontré une délégation menée par la France.", "fr"),  # no group noun
        ("The US-led talks ended on Friday.", "en"),
    ],
)
def test_led_no_group_noun_no_group(text: str, lang: str) -> None:
    assert not any("-led" in n for n in entities(text, lang))


@pytest.mark.e2e
def test_led_a_statement_of_the_coalition_is_its_quote() -> None:
    text = "Four people were killed by mistake, according to the Saudi-led coalition fighting the rebels."
    found = quotes(text, "en")
    assert [s["name"] for q in found for s in q["speakers"]] == ["Saudi-led coalition"], found


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text,lang,name,form,country",
    [
        (
            "Le don provient de la Croix-Rouge chinoise et aidera les sinistrés.",
            "fr",
            "Chinese Red Cross",
            "Croix-Rouge chinoise",
            "CHN",
        ),
        ("The Kenyan Red Cross said ten people were injured.", "en", "Kenyan Red Cross", "Kenyan Red Cross", "KEN"),
        ("The Kenya Red Cross said ten people were injured.", "en", "Kenyan Red Cross", "Kenya Red Cross", "KEN"),
        (
            "Les vivres seront confiés au Croissant-Rouge égyptien avant de franchir la frontière.",
            "fr",
            "Egyptian Red Crescent",
            "Croissant-Rouge égyptien",
            "EGY",
        ),
        (
            "The Turkish Red Crescent sent two field kitchens.",
            "en",
            "Turkish Red Crescent",
            "Turkish Red Crescent",
            "TUR",
        ),
    ],
)
def test_led_a_national_red_cross_society_is_the_state_s_own(
    text: str, lang: str, name: str, form: str, country: str
) -> None:
    found = entities(text, lang)
    assert name in found and forms(found[name]) == [form], {n: forms(e) for n, e in found.items()}
    assert found[name]["country"] == country and found[name]["code"] is None
    assert not any(n.startswith("International") for n in found)
    assert not any(e["type"] == "GPE" for e in found.values())


@pytest.mark.e2e
def test_led_the_red_cross_alone_is_the_international_committee() -> None:
    found = entities("La Croix-Rouge a fait état de dix blessés.", "fr")
    assert list(found) == ["International Committee of the Red Cross"]


@pytest.mark.e2e
def test_led_the_red_crescent_alone_is_the_international_federation() -> None:
    found = entities("Le Croissant-Rouge a compté douze blessés.", "fr")
    assert list(found) == ["International Federation of Red Cross and Red Crescent Societies"]
