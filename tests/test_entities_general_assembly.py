"""The UN General Assembly named again by its short name once the article has named it ("the General Assembly",
« l'Assemblée générale »: orgs.tsv context aliases of UNGA) is one more mention of it; before, English "the General
Assembly" was read as a general (a military rank) whose name was "Assembly". Near misses: the general assembly of
another body keeps its own full name. Invented sentences and states."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms

pytestmark = pytest.mark.e2e

UNGA = "United Nations General Assembly"


@pytest.mark.parametrize(
    "text,lang,short",
    [
        (
            "The United Nations General Assembly voted on Thursday. "
            "The envoy reminded the General Assembly of the aid Norvia gives.",
            "en",
            "General Assembly",
        ),
        (
            "The UN General Assembly met in New York. "
            "Norvia took the vote to the General Assembly, where its envoy spoke.",
            "en",
            "General Assembly",
        ),
        (
            "L'Assemblée générale de l'ONU a voté jeudi. "
            "Devant l'Assemblée générale, l'ambassadeur norvien a rappelé l'aide de Lacville.",
            "fr",
            "Assemblée générale",
        ),
    ],
)
def test_general_assembly_short_name(text: str, lang: str, short: str) -> None:
    found = entities(text, lang)
    assert short in forms(found[UNGA]), found
    assert "Assembly" not in found and "Assemblée générale" not in found, found


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Norvia took the vote to the General Assembly of the Lakeview Rowing Club, where its envoy spoke.", "en"),
        ("L'Assemblée générale du club de voile de Lacville a voté jeudi.", "fr"),
    ],
)
def test_general_assembly_of_another_body(text: str, lang: str) -> None:
    found = entities(text, lang)
    assert UNGA not in found and "Assembly" not in found, found
