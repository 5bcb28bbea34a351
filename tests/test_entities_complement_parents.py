"""French names an organ by its own noun and the body it belongs to as the noun's complement (« le Conseil de
sécurité de l'ONU », « la mission des Nations unies au Soudan du Sud », « la Commission de l'Union africaine »):
the body of the complement is mentioned too, as the French real-news golds list it (lexicon flag
``parent_in_complement`` of ``lang/fr/entities.json``, :mod:`veille.analysis.entities.complement_parents`). English
compounds ("the UN Security Council") name the organ alone. Near misses: a ministry's complement, a country in the
complement, the body's own full name, English. Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text,organ,parent,form",
    [
        (
            "Après l'incident frontalier, Lacville en appelle au Conseil de sécurité de l'ONU.",
            "United Nations Security Council",
            "United Nations",
            "ONU",
        ),
        (
            "Jeudi, l'assemblée générale des Nations unies entendra le ministre norvien.",
            "United Nations General Assembly",
            "United Nations",
            "Nations unies",
        ),
        (
            "Dans sa lettre, Norvia prie le conseil de sécurité des Nations-Unies d'enquêter.",
            "United Nations Security Council",
            "United Nations",
            "Nations-Unies",
        ),
        (
            "La Commission de l'Union africaine a convoqué un sommet extraordinaire à Lacville.",
            None,
            "African Union",
            "Union africaine",
        ),
        (
            "Les casques bleus de la Mission des Nations unies au Soudan du Sud ont quitté Lacville.",
            None,
            "United Nations",
            "Nations unies",
        ),
    ],
)
def test_parent_in_french_complement(text: str, organ: str | None, parent: str, form: str) -> None:
    found = entities(text, "fr")
    if organ:
        assert organ in found, found
    assert parent in found, found
    assert form in forms(found[parent]), forms(found[parent])


@pytest.mark.parametrize(
    "text,lang,absent",
    [
        ("Le ministère des Affaires étrangères norvien a convoqué l'ambassadeur.", "fr", "United Nations"),
        (
            "L'Organisation des Nations unies a salué l'accord conclu à Lacville.",
            "fr",
            "United Nations Security Council",
        ),
        ("Lacville asked the UN Security Council to meet on Monday.", "en", "United Nations"),
        ("The United Nations General Assembly voted on the text.", "en", "United Nations"),
    ],
)
def test_parent_in_complement_near_misses(text: str, lang: str, absent: str) -> None:
    found = entities(text, lang)
    assert absent not in found, found


def test_body_own_name_is_one_entity() -> None:
    found = entities("L'Organisation des Nations unies a salué l'accord conclu à Lacville.", "fr")
    assert "United Nations" in found, found
    assert forms(found["United Nations"]) == ["Organisation des Nations unies"], forms(found["United Nations"])
