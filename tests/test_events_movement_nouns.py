"""A definite group noun a nationality qualifies (« le mouvement armé libanais », « le mouvement chiite
libanais », « le groupe palestinien », « le mouvement islamiste palestinien ») stands for the armed group of that state
the text named before it (actors.tsv: Hezbollah operates in Lebanon, Hamas in Palestine), not for the state's
government. Near misses: the government's own nouns, the state's name, a group noun when the text named no group
of that state (issue 13, stop 41). Invented sentences written before any output was read; real states and
groups."""

from __future__ import annotations

import pytest

from test_events_french_groups_kb import sides

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("text", "etype", "actor", "recipient"),
    [
        (
            "Les tirs du Hezbollah ont repris, et le mouvement armé libanais soutenu par l'Iran a promis de riposter.",
            "SUPPORT",
            "IRN",
            "HEZBOLLAH",
        ),
        (
            "Le Hezbollah a subi des explosions, un sabotage imputé à Israël par le mouvement chiite libanais.",
            "ACCUSE",
            "HEZBOLLAH",
            "ISR",
        ),
        ("Le Hezbollah a été frappé. Le mouvement chiite libanais a accusé Israël.", "ACCUSE", "HEZBOLLAH", "ISR"),
        ("Le Hamas a tiré des roquettes. Le groupe palestinien a accusé Israël de crimes.", "ACCUSE", "HAMAS", "ISR"),
        (
            "Le Hamas a revendiqué l'attaque. Le mouvement islamiste palestinien a menacé Israël.",
            "THREATEN",
            "HAMAS",
            "ISR",
        ),
    ],
)
def test_events_movement_nouns_name_the_group(text, etype, actor, recipient):
    found = sides(text, etype)
    assert ({actor}, {recipient}) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Le Hezbollah a tiré des roquettes. Le gouvernement libanais a condamné Israël.",
        "Le Hezbollah a tiré des roquettes. Le Liban a condamné Israël.",
        "Le mouvement libanais a condamné Israël.",
    ],
)
def test_events_movement_nouns_near_misses_keep_the_state(text):
    assert ({"LBN"}, {"ISR"}) in sides(text, "ACCUSE")
