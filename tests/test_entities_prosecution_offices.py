"""A national prosecution office that French news names by a lowercase name of its own (issue 12, stop 62): « le
parquet fédéral » is Belgium's federal prosecutor's office, « le parquet national antiterroriste » and « le parquet
national financier » France's; each is one state's body (bodies.tsv rows with their state), an entity, and speaks
as that body where it closes or opens a statement (« …, indique le parquet fédéral », « selon le parquet
fédéral »), where main left a described speaker that no gold naming the office matches. A nationality printed
around the name still wins (« le parquet fédéral allemand »), and a plain « parquet » with no such name stays a
common noun. The sentences and names are invented."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms, quotes

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Trois hommes ont été interpellés jeudi à Gembloux, annonce le parquet fédéral mardi.",
            "Belgian Federal Prosecutor's Office",
        ),
        (
            "Le parquet national antiterroriste s'est saisi de l'attaque d'un entrepôt à Vierzon.",
            "National Anti-Terrorism Prosecutor's Office",
        ),
        (
            "Le parquet national financier a ouvert une enquête sur les comptes d'une société de travaux publics.",
            "National Financial Prosecutor's Office",
        ),
    ],
)
def test_entities_prosecution_offices_named(text: str, name: str) -> None:
    found = entities(text, "fr")
    assert name in found, {n: forms(e) for n, e in found.items()}


@pytest.mark.parametrize(
    "text, absent",
    [
        (
            "Le parquet fédéral allemand a inculpé deux hommes à Karlsruhe pour espionnage.",
            "Belgian Federal Prosecutor's Office",
        ),
        (
            "Le parquet a requis dix ans de prison contre l'ancien maire de Vierzon.",
            "National Anti-Terrorism Prosecutor's Office",
        ),
    ],
)
def test_entities_prosecution_offices_not_named(text: str, absent: str) -> None:
    assert absent not in entities(text, "fr")


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "Quatre personnes ont été arrêtées à Gembloux, rapporte le parquet fédéral dans sa note.",
            "Quatre personnes ont été arrêtées",
        ),
        (
            "Les fouilles se sont déroulées sans incident, selon le parquet fédéral.",
            "Les fouilles se sont déroulées sans incident",
        ),
        (
            "« Aucune arme n'a été saisie », a indiqué le parquet fédéral samedi.",
            "Aucune arme n'a été saisie",
        ),
    ],
)
def test_entities_prosecution_offices_speak(text: str, words: str) -> None:
    said = [(q["text"], {s["name"] for s in q["speakers"]}) for q in quotes(text, "fr")]
    assert any(words in t and who == {"Belgian Federal Prosecutor's Office"} for t, who in said), said
