"""Source and staff lines among an article's boilerplate: the agencies, media and staff they credit are entities of
the article, in field "boilerplate:N". Invented lines and people."""

from __future__ import annotations

import pytest

from veille.analysis.entities.sourcelines import STAFF_ARE_ENTITIES, source_entities
from veille.analysis.stages import analyze_article
from veille.config import Settings
from veille.record import Article, Entity


def found(*lines: str) -> dict[str, Entity]:
    return {e["name"]: e for e in source_entities(list(lines), staff=True)}


@pytest.mark.parametrize(
    "line",
    ["Reuters", "(Reuters)", "Avec Reuters", "With Reuters", "Source: Reuters", "Source : Reuters", "[Reuters]."],
)
def test_sourcelines_medium_alone_on_its_line(line: str) -> None:
    ents = found(line)
    assert list(ents) == ["Reuters"]
    (m,) = ents["Reuters"]["mentions"]
    assert line[m["start"] : m["end"]] == "Reuters" and m["field"] == "boilerplate:0"


def test_sourcelines_bracketed_acronym_is_an_agency() -> None:
    ents = found("Lire aussi", "(AFP)", "(KLX)")
    assert ents["Agence France-Presse"]["mentions"][0]["field"] == "boilerplate:1"
    assert ents["KLX"]["type"] == "ORG" and ents["KLX"]["id"] == "org:klx"


def test_sourcelines_first_segment_of_a_barred_line() -> None:
    ents = found("PTI | Lakeview | Updated: 12-01-2024 10:15 IST")
    assert list(ents) == ["Press Trust of India"]


def test_sourcelines_reporter_and_agency_cut_by_a_slash() -> None:
    ents = found("Jane Roe / AFP")
    assert ents["Jane Roe"]["type"] == "PERSON" and ents["Agence France-Presse"]["type"] == "ORG"


@pytest.mark.parametrize(
    "line",
    [
        "(Adds details)",
        "Follow us on Reuters and Twitter today",
        "Reuters reported on Tuesday",
        "Pacific Ledger/File",
        "Lire aussi",
        "NATO",
        "Updated 12 March | Reuters",
    ],
)
def test_sourcelines_other_lines_name_nobody(line: str) -> None:
    assert found(line) == {}


@pytest.mark.parametrize(
    "line,names",
    [
        ("Photo: Anadolu via Getty Images", {"Anadolu Agency", "Getty Images"}),
        ("AP Photo/Jane Roe", {"Associated Press", "Jane Roe"}),
        ("Photo : Jane Roe", {"Jane Roe"}),
        ("Crédit photo : AFP", {"Agence France-Presse"}),
    ],
)
def test_sourcelines_photo_credit_lines(line: str, names: set[str]) -> None:
    assert set(found(line)) == names


@pytest.mark.parametrize("line", ["Photo: des manifestants devant le Parlement", "Photos du sommet de Lomé"])
def test_sourcelines_a_caption_label_names_nobody(line: str) -> None:
    assert found(line) == {}


def test_sourcelines_staff_credits_name_persons() -> None:
    ents = found("(Reporting by Ann Loe, Karl Moe and Ida\n", "Reporting by Tom Poe; Editing by Alma de Rouen)")
    assert {"Ann Loe", "Karl Moe", "Tom Poe", "Alma de Rouen"} == set(ents)
    assert all(e["type"] == "PERSON" for e in ents.values())


@pytest.mark.parametrize(
    "line, names",
    [
        ("Reporting by Ann Loe in Brussels and Karl Moe; Editing by Ida Poe", {"Ann Loe", "Karl Moe", "Ida Poe"}),
        (
            "Reporting by Ann Loe in Jakarta and Tom Poe in Brussels; Writing by Ida Poe",
            {"Ann Loe", "Tom Poe", "Ida Poe"},
        ),
        ("Rédaction : Jeanne Roux à Dakar", {"Jeanne Roux"}),
        ("Reporting by Ann Loe at the United Nations", {"Ann Loe"}),
    ],
)
def test_sourcelines_staff_credit_place_is_not_part_of_the_name(line: str, names: set[str]) -> None:
    assert set(found(line)) == names


def test_sourcelines_web_editor_credit() -> None:
    ents = found("2024-01-12 09:49 Web Editor: Lin Hao")
    assert list(ents) == ["Lin Hao"]


@pytest.mark.parametrize(
    "line, names",
    [
        (
            "(Reportage Jeanne Roux, avec la contribution de Paul Orsi ; version française Luc Morel et Ida Vial)",
            ["Jeanne Roux", "Paul Orsi", "Luc Morel", "Ida Vial"],
        ),
        ("Reportage Jeanne Roux ; version française Luc Morel", ["Jeanne Roux", "Luc Morel"]),
        ("(Rédaction de Reuters, version française Luc Morel, édité par Ida Vial)", ["Luc Morel", "Ida Vial"]),
        # near misses: the word opens no credit
        ("Reportage photo : les rues de Dakar", []),
        ("Voir notre reportage à Bamako", []),
        ("Lire la version française du communiqué", []),
    ],
)
def test_sourcelines_french_wire_credit_names_its_staff(line: str, names: list[str]) -> None:
    assert list(found(line)) == names


@pytest.mark.parametrize(
    "line",
    [
        "Avec notre correspondant à Dakar, Jeanne Roux",
        "Avec notre envoyée spéciale Jeanne Roux",
        "Rédaction : Jeanne Roux",
    ],
)
def test_sourcelines_french_correspondent_credit(line: str) -> None:
    assert list(found(line)) == ["Jeanne Roux"]


@pytest.mark.e2e
def test_sourcelines_entities_join_the_article_list() -> None:
    art = Article(source="test", title=None, language="en", published="2025-03-04")
    art.paragraphs = ["The council of Lakeview voted on Tuesday to close the old bridge."]
    art.boilerplate = ["Reuters", "(Reporting by Jane Roe; Editing by Tom Poe)"]
    art = analyze_article(art, Settings())
    names = {e["name"]: e for e in art.entities}
    assert STAFF_ARE_ENTITIES and "Reuters" in names and "Jane Roe" in names and "Tom Poe" in names
    assert names["Jane Roe"]["type"] == "PERSON"
    assert {m["field"] for m in names["Reuters"]["mentions"]} == {"boilerplate:0"}


def test_sourcelines_staff_left_out_unless_asked() -> None:
    lines = ["(Reporting by Jane Roe; Editing by Tom Poe)", "Avec notre correspondant à Dakar, Jeanne Roux", "(AFP)"]
    assert [e["name"] for e in source_entities(lines, staff=False)] == ["Agence France-Presse"]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "line,lang,names",
    [
        ("• À lire aussi : Entre Moscou et Kiev, la Moldavie cherche sa voie", "fr", {"Moscow", "Kyiv"}),
        ("Read more: Japan and the EU sign a trade pact in Brussels", "en", {"Japan", "European Union", "Brussels"}),
    ],
)
def test_sourcelines_related_article_lines_name_known_places_and_bodies(line: str, lang: str, names: set[str]) -> None:
    ents = {e["name"]: e for e in source_entities([line], lang=lang, related=True)}
    assert names <= set(ents)
    assert all(line[m["start"] : m["end"]] == m["text"] for e in ents.values() for m in e["mentions"])


@pytest.mark.e2e
@pytest.mark.parametrize("line", ["Japan", "Europe", "Monde", "Japan and the EU sign a trade pact in Brussels"])
def test_sourcelines_other_boilerplate_lines_name_no_place(line: str) -> None:
    assert source_entities([line], lang="en", related=True) == []


@pytest.mark.e2e
def test_sourcelines_related_lines_left_out_unless_asked() -> None:
    assert source_entities(["Read more: Japan and the EU sign a trade pact"], lang="en") == []


@pytest.mark.parametrize(
    ("credit", "person"),
    [
        (
            "(Reportage Marc Olivan, Clara Dessaint pour le service français du soir, édité par Noé Barthe)",
            "Clara Dessaint",
        ),
        ("(Rédigé par Julie Fermat avec la contribution de Marc Olivan, édité par Noé Barthe)", "Julie Fermat"),
    ],
)
def test_sourcelines_staff_credit_name_before_its_part(credit: str, person: str) -> None:
    # a wire credit cut off the body (stop 64): a name with its part after it in lowercase words is still a person
    assert person in found(credit)
