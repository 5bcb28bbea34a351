"""A national news agency the knowledge base lacked (issue 12): the British PA Media, printed in credits and bylines
under its service names ("PA Wire", "PA News"); the real-news golds list every agency a text names. The bare acronym
"PA" stays unread (the Palestinian Authority's). No NER label is set: the knowledge base finds it. The sentences,
people and places are invented."""

from __future__ import annotations

import pytest

from test_entities_ner_misses import with_ner
from veille.analysis.entities import recognise

pytestmark = pytest.mark.e2e


def _codes(text: str, lang: str) -> dict[str, str | None]:
    ents = recognise(with_ner(text, lang, []), lang=lang, published="2025-01-01")
    return {m["text"]: e.get("code") for e in ents for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, lang, mention, code",
    [
        ("Protesters gathered outside the council in Dunmore. (Jane Roe/PA Wire)", "en", "PA Wire", "PAMEDIA"),
        ("The ferry to Dunmore was cancelled, PA News was told by the operator.", "en", "PA News", "PAMEDIA"),
        ("The harbour of Dunmore reopened on Monday. Photo: Jane Roe/PA Media", "en", "PA Media", "PAMEDIA"),
    ],
)
def test_entities_press_agencies_are_organisations(text, lang, mention, code):
    assert _codes(text, lang).get(mention) == code


@pytest.mark.parametrize(
    "text, lang, absent",
    [
        ("Officials in Valmira said the PA would answer the request.", "en", "PA"),
        ("The pa wire of the old Dunmore hall was cut.", "en", "pa wire"),
    ],
)
def test_entities_press_agencies_near_misses_stay(text, lang, absent):
    assert _codes(text, lang).get(absent) != "PAMEDIA"
