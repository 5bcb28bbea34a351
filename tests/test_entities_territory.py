"""Bodies named by a common noun whose owner the text gives around them: a bare "la préfecture" is the prefecture of
the department the story is in (:mod:`veille.analysis.entities.territory`); a military junta is the council in
power, not the army ("Niger's military junta"). Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms, quotes


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text,name",
    [
        (
            "Plus de deux cents personnes ont défilé dans la Corrèze. Dans un communiqué, la préfecture a indiqué "
            "que le calme était revenu.",
            "Prefecture of Corrèze",
        ),
        (
            "En Haute-Savoie, une trentaine d'agriculteurs ont bloqué un rond-point, selon la préfecture.",
            "Prefecture of Haute-Savoie",
        ),
    ],
)
def test_territory_a_bare_prefecture_is_the_one_of_the_department_named(text: str, name: str) -> None:
    found = entities(text, "fr")
    assert name in found and forms(found[name]) == ["préfecture"], {n: forms(e) for n, e in found.items()}


@pytest.mark.e2e
def test_territory_the_department_named_last_wins_over_the_prefecture_named_before() -> None:
    text = (
        "La préfecture de la Sarthe a autorisé le défilé. En Haute-Savoie, une trentaine d'agriculteurs ont "
        "manifesté. Selon la préfecture, le calme est revenu."
    )
    found = entities(text, "fr")
    assert forms(found["Prefecture of Haute-Savoie"]) == ["préfecture"]
    assert forms(found["Prefecture of Sarthe"]) == ["préfecture de la Sarthe"]


@pytest.mark.e2e
def test_territory_a_prefecture_named_after_the_department_keeps_its_short_form() -> None:
    text = (
        "En Haute-Savoie, des agriculteurs ont manifesté. La préfecture de la Sarthe a autorisé un autre défilé. "
        "La préfecture a précisé qu'il se tiendrait samedi."
    )
    found = entities(text, "fr")
    assert forms(found["Prefecture of Sarthe"]) == ["préfecture de la Sarthe", "préfecture"]
    assert "Prefecture of Haute-Savoie" not in found


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "À Brest, cinquante personnes ont manifesté selon la préfecture.",  # a city is no territory
        "La France a manifesté son soutien, selon la préfecture.",  # nor is a state
        "Deux cents personnes ont défilé dans la Corrèze. Le lendemain, rien. Puis la pluie est tombée. Le soir, le "
        "vent a soufflé. Selon la préfecture, le calme est revenu.",  # too far back
    ],
)
def test_territory_a_bare_prefecture_with_no_department_nearby_is_no_entity(text: str) -> None:
    assert not any(n.startswith("Prefecture") for n in entities(text, "fr"))


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text,lang,name",
    [
        (
            "Niger's military junta said on Tuesday that the airport would reopen. The junta also freed ten prisoners.",
            "en",
            "National Council for the Safeguard of the Homeland",
        ),
        ("Myanmar's ruling military council said it was freeing 300 prisoners.", "en", "State Administration Council"),
        (
            "La junte nigérienne a annoncé mardi la réouverture de l'aéroport.",
            "fr",
            "National Council for the Safeguard of the Homeland",
        ),
        ("The Sudanese junta said the border would reopen.", "en", "Military government of Sudan"),
    ],
)
def test_territory_a_junta_is_the_council_in_power_not_the_army(text: str, lang: str, name: str) -> None:
    found = entities(text, lang)
    assert name in found and not any(n.startswith("Armed Forces") for n in found), list(found)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text,lang,speaker",
    [
        (
            "Dans le Cantal, deux cents éleveurs ont bloqué la route. « Le calme est revenu », a indiqué la "
            "préfecture.",
            "fr",
            "Prefecture of Cantal",
        ),
        (
            "Myanmar's ruling military council said on Wednesday it was releasing 300 prisoners.",
            "en",
            "State Administration Council",
        ),
    ],
)
def test_territory_a_statement_of_such_a_body_is_its_quote(text: str, lang: str, speaker: str) -> None:
    found = quotes(text, lang)
    assert [s["name"] for q in found for s in q["speakers"]] == [speaker], found
