"""The organisation a body belongs to, printed inside the body's name (« le Conseil de sécurité de l'ONU », « la
Mission des Nations unies pour la paix en Norvie »), is a mention of its own in French, as the French golds list
it; the body keeps its whole name. English golds list the body alone ("the United Nations Security Council"), so
English reads no parent there (entities.json ``parent_in_name_listed``). Near misses: a body whose name holds no
parent's name, and the parent's name printed apart. Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text,body,inner",
    [
        (
            "Lacville a saisi le Conseil de sécurité de l'ONU après l'incident.",
            "United Nations Security Council",
            "ONU",
        ),
        (
            "Le ministre parlera devant l'Assemblée générale des Nations unies jeudi.",
            "United Nations General Assembly",
            "Nations unies",
        ),
        (
            "Lacville a prolongé son soutien à la Mission des Nations unies pour la stabilisation en Haïti.",
            "United Nations Stabilization Mission in Haiti",
            "Nations unies",
        ),
    ],
)
def test_parent_in_name_french(text: str, body: str, inner: str) -> None:
    found = entities(text, "fr")
    assert body in found and "United Nations" in found, found
    assert forms(found["United Nations"]) == [inner]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The United Nations Security Council met on Monday in New York.", "en"),
        ("The Security Council met on Monday in New York.", "en"),
        ("Le Conseil de sécurité s'est réuni lundi à New York.", "fr"),
    ],
)
def test_parent_in_name_not_read(text: str, lang: str) -> None:
    found = entities(text, lang)
    assert "United Nations Security Council" in found and "United Nations" not in found, found
