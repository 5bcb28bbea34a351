"""Organisations named by their place in a larger one or by the powers they group ("la Commission de l’UA", "the
ECOWAS Commission", "le groupe 5+1"), armed coalitions ("la Séléka"), the French periphrasis for a foreign minister
("le patron de la diplomatie allemande"), and adjectives joining two parts of the world ("Euro-Atlantic"), which
are no entity. Knowledge-base data (orgs.tsv, roles.tsv, nonentities.tsv). Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text,lang,name,mention",
    [
        (
            "Lundi, la Commission de l’UA a reçu les ministres à Addis-Abeba.",
            "fr",
            "African Union Commission",
            "Commission de l’UA",
        ),
        ("La Commission de l’Union africaine a salué la trêve conclue lundi.", "fr", "African Union Commission", None),
        (
            "The African Union Commission chairperson flew to Khartoum on Monday.",
            "en",
            "African Union Commission",
            None,
        ),
        ("La Commission de la Cédéao a convoqué un sommet extraordinaire à Abuja.", "fr", "ECOWAS Commission", None),
        ("The ECOWAS Commission said the observers would stay until the vote.", "en", "ECOWAS Commission", None),
        ("Les pourparlers entre le groupe 5+1 et Téhéran reprendront à Genève.", "fr", "P5+1", "groupe 5+1"),
        ("Iran and the P5+1 agreed to meet again in Vienna next month.", "en", "P5+1", "P5+1"),
        ("Des combattants de l’ex-Séléka ont pris le contrôle de la localité.", "fr", "Séléka", "ex-Séléka"),
        ("Former Seleka fighters blocked the road north of the capital.", "en", "Séléka", "Seleka"),
    ],
)
def test_groupings_named_organisation_is_found(text, lang, name, mention):
    found = entities(text, lang)
    assert name in found, found
    assert found[name]["type"] == "ORG"
    if mention is not None:
        assert mention in forms(found[name])


def test_groupings_commission_is_not_its_parent():
    # the commission is an entity of its own; French names its parent in the complement, a mention of the parent
    # only (entities.complement_parents, as the French golds list it), never the commission's name
    found = entities("La Commission de l’UA a publié un communiqué mardi.", "fr")
    assert "African Union Commission" in found
    assert forms(found["African Union Commission"]) == ["Commission de l’UA"], found
    assert "African Union" not in found or forms(found["African Union"]) == ["UA"], found


@pytest.mark.parametrize(
    "text",
    [
        "Le patron de la diplomatie allemande, Karl Brenner, a rencontré son homologue jeudi.",
        "La patronne de la diplomatie suédoise Ingrid Holm est arrivée à Vienne.",
    ],
)
def test_groupings_diplomacy_chief_is_a_foreign_minister(text):
    found = entities(text, "fr")
    people = [e for e in found.values() if e["type"] == "PERSON"]
    assert len(people) == 1, found
    assert [r["role"] for r in people[0]["roles"]] == ["foreign minister"]
    assert not [n for n in found if n.startswith("Ministry of Foreign Affairs")], found


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The minister said the country would keep pursuing its Euro-Atlantic integration.", "en"),
        ("The summit discussed Euro-Mediterranean trade in fruit and fish.", "en"),
    ],
)
def test_groupings_region_adjective_is_no_entity(text, lang):
    assert not entities(text, lang)


@pytest.mark.parametrize(
    "text,lang,mention",
    [
        ("L’Alliance a déployé deux bataillons dans les États baltes cet hiver.", "fr", "États baltes"),
        ("Dans la région balte, les exercices durent trois semaines.", "fr", "région balte"),
        ("The alliance moved two battalions to the Baltic states last winter.", "en", "Baltic states"),
        ("Officials in the Baltics asked for more air defence.", "en", "Baltics"),
    ],
)
def test_groupings_baltic_states_is_one_region(text, lang, mention):
    found = entities(text, lang)
    assert "Baltic states" in found, found
    assert mention in forms(found["Baltic states"])
    assert "Baltic Sea" not in found, found


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Les Baltes redoutent une nouvelle guerre, a dit l’historienne.", "fr"),
        ("The Balts fear another war, the historian said.", "en"),
    ],
)
def test_groupings_collective_people_of_a_region_is_no_entity(text, lang):
    assert not entities(text, lang)
