"""The United Nations and its main organs as French print often sets them: lowercase before the UN's name ("le
conseil de sécurité de l'ONU", "la 78e assemblée générale de l'ONU") and with a hyphen ("les Nations-Unies",
"l'Assemblée générale des Nations-Unies"): orgs.tsv French names of UN, UNSC, UNGA. Near misses: a state's own
security council and an association's general assembly, lowercase, are none of them. Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "La résolution a été adoptée par le conseil de sécurité de l'ONU par 13 voix pour.",
            "United Nations Security Council",
        ),
        (
            "Il a écrit au président du conseil de sécurité des Nations-Unies le 1er septembre.",
            "United Nations Security Council",
        ),
        ("C'était lors de la 78e assemblée générale de l'ONU tenue à New York.", "United Nations General Assembly"),
        (
            "Le vote aura lieu après l'Assemblée générale des Nations-Unies, qui s'ouvre mardi.",
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
