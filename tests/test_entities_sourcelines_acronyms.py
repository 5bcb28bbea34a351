"""A source or credit line cut by slashes that names an agency the knowledge base knows names, beside it, agencies
the base lacks by their bare acronym ("Xinhua/VNA/KLX"): each acronym is an organisation of the article, as the
bracketed "(KLX)" alone is. Invented lines and agencies."""

from __future__ import annotations

import pytest

from veille.analysis.entities.sourcelines import source_entities
from veille.record import Entity


def found(*lines: str) -> dict[str, Entity]:
    return {e["name"]: e for e in source_entities(list(lines), staff=True)}


@pytest.mark.parametrize(
    ("line", "known", "acronyms"),
    [
        ("Xinhua/VNA/KLX", ["Xinhua", "Vietnam News Agency"], ["KLX"]),
        ("Photo : IRNA/VNA/KLX", ["Islamic Republic News Agency", "Vietnam News Agency"], ["KLX"]),
        ("Photo: AFP/KLX/QRT", ["Agence France-Presse"], ["KLX", "QRT"]),
        ("(Reuters/KLX)", ["Reuters"], ["KLX"]),
    ],
)
def test_sourcelines_acronym_beside_a_known_agency(line: str, known: list[str], acronyms: list[str]) -> None:
    ents = found(line)
    assert sorted(ents) == sorted(known + acronyms)
    for name in acronyms:
        (m,) = ents[name]["mentions"]
        assert ents[name]["type"] == "ORG" and line[m["start"] : m["end"]] == name


@pytest.mark.parametrize(
    "line",
    [
        "KLX/QRT",  # no agency the base knows: two capitals are no credit
        "AFP/POOL",  # a credit's marker names no agency
        "Reuters/FILE",
        "Reuters/Kl",  # not capitals alone
        "Xinhua/ABCDEFGH",  # too long for an acronym
        "Reuters reported KLX/QRT figures on Tuesday",  # a sentence, no source line
    ],
)
def test_sourcelines_acronym_near_misses(line: str) -> None:
    ents = found(line)
    assert not any(e["name"] in {"KLX", "QRT", "POOL", "FILE", "Kl", "ABCDEFGH"} for e in ents.values())
