"""A state's embassy named by a common noun in a gazetteer city ("l’ambassade du Maroc à Montréal", "the Canadian
embassy in Port-au-Prince"): the embassy is one organisation of its state named with the city it is in (English) or
its host state (French), and the city stays a place of its own. Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text,lang,name,mention,city",
    [
        (
            "Une cinquantaine d’étudiants attendaient lundi devant l’ambassade du Maroc à Montréal.",
            "fr",
            "Embassy of Morocco in Canada",
            "ambassade du Maroc à Montréal",
            "Montréal",
        ),
        (
            "The Canadian embassy in Port-au-Prince was closed on Monday.",
            "en",
            "Embassy of Canada in Port-au-Prince",
            "Canadian embassy in Port-au-Prince",
            "Port-au-Prince",
        ),
    ],
)
def test_missions_embassy_in_a_city_and_the_city(text, lang, name, mention, city):
    found = entities(text, lang)
    assert name in found, found
    assert mention in forms(found[name])
    assert city in found, found
    assert found[city]["type"] == "GPE"
