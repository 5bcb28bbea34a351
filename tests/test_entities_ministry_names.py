"""A foreign ministry named under its whole printed name: a second portfolio coordinated after the first (« le
ministère des Affaires étrangères et de la Coopération internationale du Niger »; ``lang/fr/entities.json``
``portfolio_heads``, :func:`veille.analysis.entities.bodies.affiliate_bodies`), France's « ministère de l'Europe et
des Affaires étrangères » and the "Ministry for Foreign Affairs" (``data/kb/bodies.tsv``): one body, mentioned with
the whole phrase, the coordinated portfolio no organisation of its own. Near miss: an organisation coordinated after
a ministry (« du ministère de la Santé et de l'OMS ») stays apart. Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text,lang,name,mention,absent",
    [
        (
            "Convoqué au ministère des Affaires étrangères et de la Coopération internationale du Niger, "
            "l'ambassadeur a été reçu lundi.",
            "fr",
            "Ministry of Foreign Affairs of Niger",
            "ministère des Affaires étrangères et de la Coopération internationale du Niger",
            "Coopération internationale",
        ),
        (
            "Le Maroc a rappelé son ambassadeur, annonce le ministère des Affaires étrangères et de la Coopération "
            "dans un communiqué.",
            "fr",
            "Ministry of Foreign Affairs of Morocco",
            "ministère des Affaires étrangères et de la Coopération",
            "Coopération",
        ),
        (
            "Selon un communiqué du ministère de l'Europe et des Affaires étrangères, Paris condamne l'attaque.",
            "fr",
            "Ministry of Foreign Affairs of France",
            "ministère de l'Europe et des Affaires étrangères",
            "Europe",
        ),
        (
            "A spokesperson for the Swedish Ministry for Foreign Affairs said on Monday that talks would resume.",
            "en",
            "Ministry of Foreign Affairs of Sweden",
            "Swedish Ministry for Foreign Affairs",
            "Foreign Affairs",
        ),
    ],
)
def test_entities_ministry_names_whole(text, lang, name, mention, absent):
    found = entities(text, lang)
    assert name in found, list(found)
    assert mention in forms(found[name]), forms(found[name])
    assert absent not in found, list(found)


def test_entities_ministry_names_organisation_after_stays_apart():
    found = entities("Des représentants du ministère de la Santé et de l'OMS se sont réunis à Niamey.", "fr")
    assert "World Health Organization" in found, list(found)
    assert "ministère de la Santé" in forms(found["Ministry of Health of Niger"]), list(found)
