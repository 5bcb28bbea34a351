"""A French present participle that qualifies a noun (issue 13, stop 40): its subject is that noun (« le ministre
chinois, soupçonnant Tokyo de… », « le Japon, accusant la Chine… »), or, for a noun of what was said or written,
the author the noun names before it (« les accusations du ministre chinois soupçonnant Tokyo de… », « un
communiqué du ministère accusant… », « la lettre du président accusant… »); the noun is no recipient of its act,
as the noun a past participle qualifies is. Near misses: a past participle keeps the noun it qualifies as the one
the act is done to. Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events_diplomat_expelled import sides

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Le ministre chinois, soupçonnant Tokyo de préparer une attaque, a convoqué l'ambassadeur.", "CHN", "JPN"),
        ("Le Japon, accusant la Chine d'ingérence, a rappelé son ambassadeur à Pékin.", "JPN", "CHN"),
        (
            "Le Japon a rejeté mardi les accusations du ministre chinois soupçonnant Tokyo de préparer une attaque.",
            "CHN",
            "JPN",
        ),
        ("Un communiqué du ministère chinois accusant le Japon d'ingérence a été publié lundi.", "CHN", "JPN"),
        ("La Russie a dénoncé les propos du ministre japonais accusant Moscou d'agression.", "JPN", "RUS"),
        ("La lettre du président ukrainien accusant la Russie de crimes de guerre a été lue à l'ONU.", "UKR", "RUS"),
        ("Les manifestants japonais, dénonçant la politique de la Chine, ont défilé à Tokyo.", "JPN", "CHN"),
    ],
)
def test_events_present_participle_subject(text, actor, recipient):
    found = sides(text, "ACCUSE")
    assert ({actor}, {recipient}) in found, found


@pytest.mark.parametrize(
    ("text", "etype", "actor", "recipient"),
    [
        ("Deux diplomates russes expulsés par le Japon ont quitté Tokyo.", "COERCE", "JPN", "RUS"),
    ],
)
def test_events_past_participle_keeps_its_noun_as_recipient(text, etype, actor, recipient):
    found = sides(text, etype)
    assert ({actor}, {recipient}) in found, found
