"""The place of a wire dateline is an entity of the story, whatever the NER made of its capitals: a gazetteer city
of several words ("CAPE TOWN", not "PORTO" and "VELHO" apart), a town the gazetteer lacks ("BUCHA, Ukraine (AP)
—"), one the NER took for a person; a knowledge-base name in a dateline stays that entity, and a place named in
the text's body is no dateline. Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms

pytestmark = pytest.mark.e2e

BODY = " Officials said on Monday that the storm had damaged hundreds of homes near the harbour."


@pytest.mark.parametrize(
    "dateline,lang,name,printed",
    [
        ("CAPE TOWN, South Africa (AP) —", "en", "Cape Town", "CAPE TOWN"),
        ("PORTO VELHO, Brazil (AP) —", "en", "Porto Velho", "PORTO VELHO"),
        ("RIO DE JANEIRO (AP) —", "en", "Rio de Janeiro", "RIO DE JANEIRO"),
        ("MONTEVIDEO, 2 juin (AFP) -", "fr", "Montevideo", "MONTEVIDEO"),
    ],
)
def test_datelines_gazetteer_city_of_several_words_is_one_place(dateline, lang, name, printed):
    found = entities(dateline + BODY, lang)
    assert name in found and forms(found[name]) == [printed], found
    assert not any(n in found for n in ("Porto", "Cape", "Rio")), found


@pytest.mark.parametrize(
    "dateline,lang,printed",
    [
        ("BUCHA, Ukraine (AP) —", "en", "BUCHA"),
        ("DEIR AL-BALAH, Gaza Strip (AP) —", "en", "DEIR AL-BALAH"),
        ("VALDORA, Ruritania (Reuters) -", "en", "VALDORA"),
        ("ARLON, 3 mai (Belga) -", "fr", "ARLON"),
    ],
)
def test_datelines_town_in_capitals_the_gazetteer_lacks_is_a_place(dateline, lang, printed):
    found = {forms(e)[0]: e for e in entities(dateline + BODY, lang).values()}
    assert printed in found and found[printed]["type"] in ("LOC", "GPE"), found


@pytest.mark.parametrize(
    "text,lang,absent",
    [
        ("UNITED NATIONS (AP) —" + BODY, "en", "UNITED NATIONS"),  # the KB organisation, no place
        ("Storm hits coast\n\nOFFICIALS SAID the storm had damaged homes near Valdora.", "en", "OFFICIALS SAID"),
        ("Brave residents — Officials said the storm had damaged homes.", "en", "Brave"),
    ],
)
def test_datelines_no_place_from_capitals_that_are_no_dateline_place(text, lang, absent):
    found = entities(text, lang)
    assert not any(e["type"] == "LOC" and absent in forms(e) for e in found.values()), found
    if absent == "UNITED NATIONS":
        assert found["United Nations"]["type"] == "ORG", found
