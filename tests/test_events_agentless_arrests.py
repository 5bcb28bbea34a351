"""An agentless arrest of people named by a state's demonym ("un ex-député kényan a été interpellé") or by the
party a named leader heads is the act of the authorities of the scene, like that of a named person; the demonym of
those arrested is no scene of the arrest (it happens where the story does), a place their phrase names still is
("two Kenyans detained in Mogadishu"). Those arrested must be people (a name, a role, a home group, a person noun):
a share of a Kenyan company "détenu" is no arrest of Kenyans. Invented sentences and people, French and English;
real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("kenya", "Kenya", "GPE", "KEN", None, "GOV", ["Kenya", "kényan", "Kenyan", "Kenyans", "Kényans"]),
    ("somalia", "Somalia", "GPE", "SOM", None, "GOV", ["Somalie", "somalienne", "Somalia"]),
    ("mogadishu", "Mogadishu", "GPE", "SOM", None, None, ["Mogadiscio", "Mogadishu"]),
    ("nairobi", "Nairobi", "GPE", "KEN", None, None, ["Nairobi"]),
    ("warsame", "Ahmed Warsame", "PERSON", None, None, None, ["Ahmed Warsame"]),
    (
        "rally",
        "Rally for Renewal",
        "ORG",
        "RPR",
        "SOM",
        "PTY",
        ["Rassemblement pour le renouveau", "Rally for Renewal"],
    ),
]


def run(text: str, lang: str) -> list[dict]:
    return coded(text, lang, KB)


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        ("fr", "Un ex-député kényan a été interpellé mardi à Mogadiscio.", ({"SOM"}, {"KEN"})),
        ("en", "A former Kenyan lawmaker was arrested on Tuesday in Mogadishu.", ({"SOM"}, {"KEN"})),
        (
            "fr",
            "La justice somalienne enquête depuis juillet à Mogadiscio. Deux personnalités, dont un ex-député "
            "kényan, ont été interpellées en matinée.",
            ({"SOM"}, {"KEN"}),
        ),
        (
            "fr",
            "Ahmed Warsame, chef historique du Rassemblement pour le renouveau, "
            "a été interpellé chez lui à Mogadiscio.",
            ({"SOM"}, {"RPR"}),
        ),
        (
            "en",
            "Ahmed Warsame, the historic leader of the Rally for Renewal, was arrested at his home in Mogadishu.",
            ({"SOM"}, {"RPR"}),
        ),
    ],
)
def test_events_agentless_arrests_of_a_demonym_or_a_party_are_the_scenes_authorities(lang, text, pair):
    assert pair in sides(run(text, lang), "COERCE")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Un ex-député kényan a été interpellé mardi à Mogadiscio."),
        ("en", "A former Kenyan lawmaker was arrested on Tuesday in Mogadishu."),
        ("en", "Two Kenyans detained in Mogadishu were formally arrested on Friday."),
    ],
)
def test_events_agentless_arrests_demonym_of_the_arrested_is_no_scene(lang, text):
    assert ({"KEN"}, {"KEN"}) not in sides(run(text, lang), "COERCE")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Deux policiers kényans ont été arrêtés mardi à Nairobi."),
        ("en", "Two Kenyan policemen were arrested on Tuesday in Nairobi."),
        # "détenir", "hold": a thing owned, not people arrested
        ("fr", "Vingt pour cent du capital de la compagnie kényane sont détenus depuis 2010 à Mogadiscio."),
        ("fr", "Les actions de la banque somalienne sont détenues à Nairobi depuis 2010."),
        ("fr", "Un ex-député kényan a été libéré mardi à Mogadiscio."),
        ("en", "A former Kenyan lawmaker was freed on Tuesday in Mogadishu."),
    ],
)
def test_events_agentless_arrests_forces_at_home_things_held_and_releases_keep_no_authorities(lang, text):
    assert not [e for e in run(text, lang) if {p["code"] for p in e["actors"]} & {"SOM", "KEN"}]
