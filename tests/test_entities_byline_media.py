"""A news agency or medium of the knowledge base that signs a story in its byline ("By AFP", "By Agence
France-Presse", "Par l'AFP", "By Jane Roe | Daily Ledger | date") is an entity of the article, whether the byline
stayed in the body or the extraction set it aside as boilerplate; the byline's author, and a medium printed
later in the byline line ("Par Jeanne Roux - © 2021 AFP"), are not read so. Invented lines and people."""

from __future__ import annotations

import pytest

from entity_fixtures import entities
from veille.analysis.entities.bylines import byline_parts
from veille.analysis.entities.sourcelines import source_entities


def found(*lines: str) -> dict[str, str]:
    return {e["name"]: e["mentions"][0]["text"] for e in source_entities(list(lines), staff=True)}


@pytest.mark.parametrize(
    "line,name,printed",
    [
        ("By Agence France-Presse", "Agence France-Presse", "Agence France-Presse"),
        ("By AFP", "Agence France-Presse", "AFP"),
        ("BY REUTERS", "Reuters", "REUTERS"),
        ("By Jane Roe | Fox News | March 3, 2021", "Fox News", "Fox News"),
        ("By Jane Roe / Reuters", "Reuters", "Reuters"),
        ("Par Jeanne Roux | Le Figaro | 4 mars 2021", "Le Figaro", "Le Figaro"),
        ("By AFP     2 hours ago in World", "Agence France-Presse", "AFP"),  # a column gap (stop 43)
    ],
)
def test_byline_media_in_a_boilerplate_line(line: str, name: str, printed: str) -> None:
    ents = found(line)
    assert ents.get(name) == printed, ents


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe | March 3, 2021",  # an author and a date: no medium
        "By mid-morning the crowd had gone",  # no byline
        "Par Jeanne Roux - © 2021 AFP",  # the medium is no part of its own: a copyright after the author
    ],
)
def test_byline_media_no_medium_read(line: str) -> None:
    ents = found(line)
    assert "Agence France-Presse" not in ents and not any(n in ents for n in ("Jane Roe", "Jeanne Roux")), ents


def test_byline_media_parts() -> None:
    assert byline_parts("By Jane Roe | Fox News | May 2") == [(3, "Jane Roe"), (14, "Fox News"), (25, "May 2")]
    assert byline_parts("Jane Roe | Fox News") == []
    assert byline_parts("By AFP     2 hours ago") == [(3, "AFP"), (11, "2 hours ago")]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text,lang,name",
    [
        (
            "Sailors shown on state television\n\nBy AFP     2 hours ago in World\n\nThe navy held three crews.",
            "en",
            "Agence France-Presse",
        ),
        ("Talks end in Lakeview\n\nBy Reuters\n\nThe envoys left the city on Monday.", "en", "Reuters"),
        ("Le sommet s'achève\n\nPar AFP\n\nLes délégations ont quitté la ville lundi.", "fr", "Agence France-Presse"),
    ],
)
def test_byline_media_in_the_body(text: str, lang: str, name: str) -> None:
    assert name in entities(text, lang)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text,lang,absent",
    [
        ("Talks end in Lakeview\n\nBy Jane Roe\n\nThe envoys left the city on Monday.", "en", "Jane Roe"),
        ("Talks end\n\nBy South Asia correspondent Jane Roe\n\nThe envoys left on Monday.", "en", "South Asia"),
    ],
)
def test_byline_media_author_and_places_stay_out(text: str, lang: str, absent: str) -> None:
    assert absent not in entities(text, lang)
