"""News agencies as the wire cites them: full names with a lowercase "news agency", acronyms after "the state news
agency", French "l'agence de presse X", national agencies named by their state's adjective ("Agence de presse
sénégalaise"). The agencies are knowledge-base data (orgs.tsv, sector MED). Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text,lang,name,mention",
    [
        ("Two guards were killed near the border, the Fars news agency reported.", "en", "Fars News Agency", None),
        ("The semi-official Tasnim news agency said the envoy had left.", "en", "Tasnim News Agency", None),
        ("The Mehr news agency quoted the governor as saying the roads were shut.", "en", "Mehr News Agency", None),
        ("The official Iraqi News Agency said two drones were downed.", "en", "Iraqi News Agency", None),
        ("State news agency SANA said air defences hit the rockets.", "en", "Syrian Arab News Agency", "SANA"),
        ("The Saudi Press Agency said the king received the envoy.", "en", "Saudi Press Agency", None),
        ("Emirati state news agency WAM said the talks were fruitful.", "en", "Emirates News Agency", "WAM"),
        ("Egypt's state news agency MENA said the talks would resume.", "en", "Middle East News Agency", "MENA"),
        ("The Vietnam News Agency said the storm reached the coast.", "en", "Vietnam News Agency", None),
        ("Kyiv denied the claim, the Interfax-Ukraine agency reported.", "en", "Interfax-Ukraine", None),
        ("L'agence de presse Tasnim a démenti l'information mardi.", "fr", "Tasnim News Agency", "Tasnim"),
        ("Selon l'agence officielle irakienne INA, deux drones ont été abattus.", "fr", "Iraqi News Agency", "INA"),
        ("L'agence saoudienne SPA a annoncé que le roi avait reçu l'émissaire.", "fr", "Saudi Press Agency", "SPA"),
        ("L’Agence de presse sénégalaise a dit que le convoi était là.", "fr", "Senegalese Press Agency", None),
        ("Selon l'Agence ivoirienne de presse, le pont a été rouvert.", "fr", "Ivorian Press Agency", None),
        ("L'Agence togolaise de presse (ATOP) a publié le communiqué.", "fr", "Togolese Press Agency", "ATOP"),
    ],
)
def test_agencies_news_agency_is_one_organisation(text, lang, name, mention):
    found = entities(text, lang)
    assert name in found, found
    assert found[name]["type"] == "ORG"
    if mention is not None:
        assert mention in forms(found[name])


def test_agencies_agency_name_is_no_person():
    found = entities("The Iraqi News Agency said the bridge had reopened.", "en")
    assert not [n for n, e in found.items() if e["type"] == "PERSON"], found


@pytest.mark.parametrize(
    "text,lang,name",
    [
        ("State-run ABTV television reported that the general had pardoned the prisoners.", "en", "ABTV"),
        ("Iran's state broadcaster IRTX said the count was over.", "en", "IRTX"),
        ("Selon le quotidien LBX, le ministre a démissionné dimanche.", "fr", "LBX"),
        ("La télévision d’État RTBX a montré les images du cortège.", "fr", "RTBX"),
        ("La radio publique KRN a annoncé la nouvelle dans la soirée.", "fr", "KRN"),
    ],
)
def test_agencies_acronym_next_to_medium_is_an_organisation(text, lang, name):
    found = entities(text, lang)
    assert name in found, found
    assert found[name]["type"] == "ORG"


def test_agencies_medium_noun_alone_is_no_organisation():
    found = entities("The US TV channel said the talks had failed.", "en")
    assert "TV" not in found and not [n for n, e in found.items() if e["type"] == "ORG"], found
