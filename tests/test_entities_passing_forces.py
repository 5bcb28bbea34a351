"""A state's armed forces named once in an English article by a common noun ("Estonia's air force", "the Latvian
armed forces") are a mention of the state, not an entity of their own (lang/en/entities.json ``passing_bodies``,
entities.fields.record_entities); named twice they stay, and so do a ministry named once and, in French, an army
named once ("l'armée estonienne"). Invented articles."""

from __future__ import annotations

import pytest

from veille.analysis.stages import analyze_article
from veille.config import Settings
from veille.record import Article

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


def listed(lang: str, body: list[str]) -> dict[str, list[str]]:
    art = Article(source="test", title="", language=lang, published="2025-03-04")
    art.paragraphs, art.captions = list(body), []
    return {e["name"]: [m["text"] for m in e["mentions"]] for e in analyze_article(art, Settings()).entities}


@pytest.mark.parametrize(
    ("body", "state", "absent"),
    [
        (["Estonia's air force flew over the island on Monday, officials in Tallinn said."], "Estonia", "Air Force"),
        (["Tanks of the Latvian armed forces crossed the bridge near Riga at dawn."], "Latvia", "Armed Forces"),
    ],
)
def test_passing_forces_named_once_are_their_state(body: list[str], state: str, absent: str) -> None:
    found = listed("en", body)
    assert state in found, found
    assert not any(absent in name for name in found), found


@pytest.mark.parametrize(
    ("lang", "body", "kept"),
    [
        (
            "en",
            ["The Estonian army moved tanks on Monday.", "The Estonian army said the drill would end soon."],
            "Army",
        ),
        ("en", ["Estonia's defence ministry said the drill would last a week."], "Ministry of Defence"),
        ("fr", ["L'armée estonienne a déployé des chars lundi près de Tallinn."], "Armed Forces"),
    ],
)
def test_passing_forces_named_twice_or_not_forces_or_french_stay(lang: str, body: list[str], kept: str) -> None:
    found = listed(lang, body)
    assert any(kept in name for name in found), found
