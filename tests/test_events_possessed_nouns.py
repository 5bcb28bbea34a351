"""An event noun whose "of X" / "de X" names its author (``gen=agent`` rows of events.tsv: "the criticism of
Japan", "la condamnation de la France") names its target there once the author is named otherwise: a possessor
("Japan's condemnation of Russia", "sa condamnation de la Russie"), a state's adjective ("the Russian shelling of
Ukraine") or an agent complement ("by Japan", "par le Japon"). With no other author the genitive stays the author.
French and English; invented sentences, real states."""

from __future__ import annotations

import pytest

from test_events_trigger_paradigms import realised_sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("lang", "text", "etype", "actor", "recipient"),
    [
        ("en", "Japan's condemnation of Russia was swift.", "ACCUSE", "JPN", "RUS"),
        ("en", "Canada's criticism of China grew louder on Monday.", "ACCUSE", "CAN", "CHN"),
        ("en", "Russia's bombardment of Ukraine continued overnight.", "ASSAULT", "RUS", "UKR"),
        ("en", "The Russian shelling of Ukraine went on for a week.", "ASSAULT", "RUS", "UKR"),
        ("en", "Japan announced its rejection of China's offer.", "REJECT", "JPN", "CHN"),
        ("en", "France renewed its support of Ukraine.", "SUPPORT", "FRA", "UKR"),
        ("en", "Canada voiced its condemnation of China.", "ACCUSE", "CAN", "CHN"),
        ("en", "The condemnation of Russia by Japan was unanimous.", "ACCUSE", "JPN", "RUS"),
        ("fr", "La France a réitéré sa condamnation de la Russie.", "ACCUSE", "FRA", "RUS"),
        ("fr", "La condamnation de la Russie par le Japon a été immédiate.", "ACCUSE", "JPN", "RUS"),
        ("fr", "Le Canada a renouvelé sa critique de la Chine.", "ACCUSE", "CAN", "CHN"),
        ("fr", "Le bombardement de l'Ukraine par l'armée russe a repris mardi soir.", "ASSAULT", "RUS", "UKR"),
    ],
)
def test_events_possessed_nouns_aim_their_genitive(lang, text, etype, actor, recipient):
    found = realised_sides(text, lang, etype)
    assert ({actor}, {recipient}) in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # no other author: the genitive is the author, and no one is aimed at
        ("en", "The condemnation of Japan came on Monday."),
        ("en", "The swift condemnation of Japan came on Monday."),
        ("fr", "La condamnation du Japon est tombée lundi."),
        ("fr", "La vive critique du Japon est tombée lundi."),
    ],
)
def test_events_possessed_nouns_without_an_author_keep_the_genitive(lang, text):
    assert not any("JPN" in recipients for _, recipients in realised_sides(text, lang, "ACCUSE"))
