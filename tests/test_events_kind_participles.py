"""A participle hung on the kind complement of an event noun qualifies the whole act: in « la guerre d'usure livrée
par X contre Y » the parser hangs the participle on « usure », the bare « de » complement naming the kind of war, and
its agent is the war's author (`events.kind_participles`). A complement with its own article keeps its participle
(« la suspension des pourparlers annoncée par X »), and a killing by an instrument names no author (« tués par
balles », "killed by a bomb"). Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded, typed_sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("armenie", "Arménie", "GPE", "ARM", None, "GOV", ["Arménie"]),
    ("azer", "Azerbaïdjan", "GPE", "AZE", None, "GOV", ["Azerbaïdjan"]),
    ("inde", "Inde", "GPE", "IND", None, "GOV", ["Inde", "India"]),
    ("pak", "Pakistan", "GPE", "PAK", None, "GOV", ["Pakistan", "pakistanais", "Pakistani"]),
]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Bakou dénonce la guerre d'usure livrée par l'Arménie contre l'Azerbaïdjan.", ("ARM", "AZE")),
        ("Le sommet a condamné les frappes de représailles menées par l'Inde contre le Pakistan.", ("IND", "PAK")),
    ],
)
def test_events_kind_participles_agent_is_the_author(text: str, pair: tuple[str, str]) -> None:
    found = typed_sides(coded(text, "fr", KB))
    assert ("ASSAULT", frozenset({pair[0]}), frozenset({pair[1]})) in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les délégués ont dénoncé la suspension des pourparlers annoncée par l'Inde."),
        ("fr", "Les délégués ont salué la reprise des combats annoncée par l'Inde."),
        ("fr", "Deux civils pakistanais ont été tués par balles près de la frontière."),
        ("en", "Two Pakistani soldiers were killed by a roadside bomb on Monday."),
    ],
)
def test_events_kind_participles_near_misses_name_no_author(lang: str, text: str) -> None:
    found = typed_sides(coded(text, lang, KB))
    assert not any(etype == "ASSAULT" and actors for etype, actors, _ in found), found
