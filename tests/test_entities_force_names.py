"""A state's armed forces and police named by a common noun and the state ("l'armée soudanaise", "the Turkish
police", "les forces armées canadiennes", "Sweden's police") are one organisation of that state, under the English
name news and reference works give it ("Sudanese Armed Forces", "Turkish National Police", "Canadian Armed
Forces"): knowledge-base data (body_names.tsv), a name template per body ("{adj} Armed Forces") and the official name
of states whose forces or police are known by another ("Australian Defence Force", "Haitian National Police").
Near misses: a police or an army with no state named is no organisation of a state; "police officers" and a police
station are no force. Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e


NOT_YET = pytest.mark.xfail(
    strict=True,
    reason="English 'police' after a nationality is no body yet: read, it let the event coder give the police a "
    "denial the dev gold does not list (corpus/dev en04), measured and left out",
)


def _named(found, name):
    return name in found and found[name]["type"] == "ORG"


@pytest.mark.parametrize(
    "text,lang,name",
    [
        (
            "L'armée soudanaise a repris lundi un pont au nord de la ville. L'armée soudanaise a ensuite avancé.",
            "fr",
            "Sudanese Armed Forces",
        ),
        (
            "Les forces armées canadiennes ont envoyé deux avions mardi. Les forces armées canadiennes ont démenti.",
            "fr",
            "Canadian Armed Forces",
        ),
        (
            "L'armée libanaise s'est déployée dans le village. L'armée libanaise a fermé la route.",
            "fr",
            "Lebanese Armed Forces",
        ),
        (
            "The Egyptian armed forces closed the crossing on Monday. The Egyptian armed forces later reopened it.",
            "en",
            "Egyptian Armed Forces",
        ),
        (
            "L'armée australienne a envoyé des ingénieurs. L'armée australienne a construit un pont.",
            "fr",
            "Australian Defence Force",
        ),
        ("La police haïtienne a arrêté trois suspects mardi à Jacmel.", "fr", "Haitian National Police"),
        pytest.param(
            "The Turkish police detained twelve students on Friday.", "en", "Turkish National Police", marks=NOT_YET
        ),
        pytest.param(
            "The Swedish police said the march could go ahead on Sunday.",
            "en",
            "Swedish Police Authority",
            marks=NOT_YET,
        ),
        ("La police rwandaise a fermé la frontière pendant deux heures.", "fr", "Rwanda National Police"),
        pytest.param(
            "The Ghanaian police arrested two men at the port of Tema.", "en", "Ghana Police Service", marks=NOT_YET
        ),
        pytest.param(
            "Ugandan police fired tear gas at the crowd in Kampala.", "en", "Uganda Police Force", marks=NOT_YET
        ),
        (
            "Two jets of the Australian air force landed in Port Moresby. The Australian air force then left.",
            "en",
            "Royal Australian Air Force",
        ),
        (
            "La marine australienne a envoyé une frégate. La marine australienne a ensuite quitté le port.",
            "fr",
            "Royal Australian Navy",
        ),
        (
            "The Saudi air force struck a depot overnight. The Saudi air force denied it hit a market.",
            "en",
            "Royal Saudi Air Force",
        ),
        (
            "L'armée de l'air grecque a envoyé deux avions. L'armée de l'air grecque a éteint le feu.",
            "fr",
            "Hellenic Air Force",
        ),
        ("The Pakistani army cleared the pass on Monday. The Pakistani army later reopened it.", "en", "Pakistan Army"),
        (
            "The Canadian navy sent a frigate north. The Canadian navy said it would stay a month.",
            "en",
            "Royal Canadian Navy",
        ),
        (
            "La marine japonaise a escorté le cargo. La marine japonaise a ensuite regagné sa base.",
            "fr",
            "Japan Maritime Self-Defense Force",
        ),
    ],
)
def test_force_names_official_english_name(text, lang, name):
    found = entities(text, lang)
    assert _named(found, name), found


@pytest.mark.parametrize(
    "text,lang,word",
    [
        ("Police officers closed the road to the stadium on Sunday.", "en", "Police"),
        ("The police station in the old town was closed on Sunday.", "en", "Police"),
        ("La police a fermé la route du stade dimanche.", "fr", "Police"),
        ("Two police officers were injured near the harbour.", "en", "Police"),
        ("The army of volunteers cleared the beach in two days.", "en", "Army"),
    ],
)
def test_force_names_no_state_no_force(text, lang, word):
    found = entities(text, lang)
    assert not any(word in n and e["type"] == "ORG" for n, e in found.items()), found
