"""The United Nations and its main organs as French print often sets them: the organ's name in lowercase before
« de l'ONU » or « des Nations unies », and the UN's name hyphenated (« Nations-Unies »): orgs.tsv French names of
UN, UNSC, UNGA. Near misses: a state's own security council and an association's general assembly, lowercase, are
none of them. Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "Lacville a saisi le conseil de sécurité de l'ONU après l'incident frontalier.",
            "United Nations Security Council",
        ),
        (
            "Une lettre norvienne au conseil de sécurité des Nations-Unies demande une enquête.",
            "United Nations Security Council",
        ),
        (
            "Le ministre norvien parlera devant la 80e assemblée générale de l'ONU jeudi.",
            "United Nations General Assembly",
        ),
        (
            "Lacville présentera son plan à l'Assemblée générale des Nations-Unies cet automne.",
            "United Nations General Assembly",
        ),
        ("Les Nations-Unies ont salué l'accord conclu à Lacville.", "United Nations"),
    ],
)
def test_un_organs_french_print(text: str, name: str) -> None:
    found = entities(text, "fr")
    assert name in found, found
    assert not any("Nations-Unies" in n for n in found), found


@pytest.mark.parametrize(
    "text",
    ["Le conseil de sécurité nationale s'est réuni lundi à Lacville.", "L'assemblée générale de l'association a voté."],
)
def test_un_organs_french_near_misses(text: str) -> None:
    found = entities(text, "fr")
    assert not any(n.startswith("United Nations") for n in found), found
