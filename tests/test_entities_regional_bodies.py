"""Regional communities and United Nations missions whose French acronym is not their English code (« la CEEAC »
is ECCAS, « l'Onuci » UNOCI, « la Minuk » UNMIK): knowledge-base rows (orgs.tsv, sector IGO, the missions under the
UN; a mission by its acronym only, as MONUSCO: its full name keeps naming the United Nations), so that a French
text codes the body as an English one does, not under the French letters. Near misses: an acronym that names
several bodies (« le CNT », a transitional council of many states) stays out; a lower-case word is no acronym.
Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("text", "lang", "name", "code"),
    [
        (
            "Une délégation envoyée par la Communauté économique des États de l'Afrique centrale arrive jeudi.",
            "fr",
            "Economic Community of Central African States",
            "ECCAS",
        ),
        (
            "La CEEAC a suspendu le pays de ses instances mardi.",
            "fr",
            "Economic Community of Central African States",
            "ECCAS",
        ),
        ("ECCAS leaders met in Malabo on Monday.", "en", "Economic Community of Central African States", "ECCAS"),
        (
            "Les banques de la Cemac ont relevé leurs taux.",
            "fr",
            "Economic and Monetary Community of Central Africa",
            "CEMAC",
        ),
        (
            "Des patrouilles de l'Onuci ont circulé dans le quartier.",
            "fr",
            "United Nations Operation in Côte d'Ivoire",
            "UNOCI",
        ),
        (
            "L'ONUCI a renforcé sa présence autour de l'hôtel.",
            "fr",
            "United Nations Operation in Côte d'Ivoire",
            "UNOCI",
        ),
        (
            "La Minustah a quitté le pays après treize ans.",
            "fr",
            "United Nations Stabilization Mission in Haiti",
            "MINUSTAH",
        ),
        (
            "La Minujusth a pris le relais en octobre.",
            "fr",
            "United Nations Mission for Justice Support in Haiti",
            "MINUJUSTH",
        ),
        (
            "Le Binuh a publié un rapport sur les enlèvements.",
            "fr",
            "United Nations Integrated Office in Haiti",
            "BINUH",
        ),
        (
            "La Minuk administre encore certains bureaux.",
            "fr",
            "United Nations Interim Administration Mission in Kosovo",
            "UNMIK",
        ),
        (
            "UNMIK officials visited the court on Friday.",
            "en",
            "United Nations Interim Administration Mission in Kosovo",
            "UNMIK",
        ),
        ("Des casques bleus de la Minuss protègent le camp.", "fr", "United Nations Mission in South Sudan", "UNMISS"),
        (
            "La Minuad a fermé sa dernière base au Darfour.",
            "fr",
            "African Union-United Nations Hybrid Operation in Darfur",
            "UNAMID",
        ),
        ("La Manul a invité les deux camps à Genève.", "fr", "United Nations Support Mission in Libya", "UNSMIL"),
        (
            "La Minurso surveille le cessez-le-feu depuis 1991.",
            "fr",
            "United Nations Mission for the Referendum in Western Sahara",
            "MINURSO",
        ),
    ],
)
def test_regional_bodies_are_known_under_their_code(text, lang, name, code):
    found = entities(text, lang)
    assert name in found, found
    assert found[name]["type"] == "ORG"
    assert found[name].get("code") == code, found[name]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Le CNT a voté la loi électorale jeudi.", "fr", "National Transitional Council"),
        ("La cemac du village a fermé ses portes.", "fr", "Economic and Monetary Community of Central Africa"),
    ],
)
def test_regional_bodies_near_misses_are_not_them(text, lang, name):
    assert name not in entities(text, lang)
