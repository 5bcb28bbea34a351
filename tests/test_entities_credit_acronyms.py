"""A credit that names its agency by a bare acronym, after its credit word or before it ("Credit: KLX", "(KLX
Image/Jane Roe)", "(AP Photo/Jane Roe)"), names an organisation of the field it is printed in: the knowledge
base's medium, or an agency the base lacks. Invented captions, agencies and people."""

from __future__ import annotations

import pytest

from veille.analysis.stages import analyze_article
from veille.config import Settings
from veille.record import Article, Entity


def caption_entities(caption: str) -> dict[str, Entity]:
    art = Article(source="test", title=None, language="en", published="2025-03-04")
    art.paragraphs = ["The council of Lakeview voted on Tuesday to close the old bridge, officials said."]
    art.captions = [caption]
    art = analyze_article(art, Settings())
    return {e["name"]: e for e in art.entities}


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("caption", "agency"),
    [
        ("The mayor speaks at the town hall. Credit: KLX", "KLX"),
        ("Foreign minister Jane Roe. (QRT Image/Tom Poe)", "QRT"),  # not "QRT Image"
        ("The bridge in Lakeview on Monday. Photograph: KLX", "KLX"),
        ("Protesters gather outside the town hall on Monday.(AP Photo/Tom Poe)", "Associated Press"),
    ],
)
def test_entities_credit_acronym_is_the_agency(caption: str, agency: str) -> None:
    ents = caption_entities(caption)
    assert ents[agency]["type"] == "ORG"
    assert {m["field"] for m in ents[agency]["mentions"]} == {"caption:0"}


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("caption", "absent"),
    [
        ("Sailors on deck in the harbour. Photo: US Navy", "US"),  # the acronym opens a longer name
        ("The mayor speaks at the town hall. Credit: POOL", "POOL"),  # a credit's marker
        ("The mayor speaks at the town hall. Photo: Tom Poe", "Tom"),
    ],
)
def test_entities_credit_acronym_near_misses(caption: str, absent: str) -> None:
    ents = caption_entities(caption)
    assert absent not in ents
