"""« ONG » with no name of its own: a noun of ``group_nouns.tsv`` (sector NGO), so that after one named charity it
stands for that one (« selon Human Rights Watch … L'ONG accuse l'armée »: the named charity accuses), and a home
group of fr events.json ``domestic_groups`` (« plusieurs ONG ont protesté »: people of the scene's state, as the
golds code local charities) only where the text names no coded charity at all; where it names several, the noun
stands for none of them and for no home group (« les deux ONG » after two names). Main read no party in the noun,
so the act was dropped for want of an actor. Invented sentences; real states and charities."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("peru", "Peru", "GPE", "PER", None, "GOV", ["Pérou", "péruvien", "péruvienne", "péruviens"]),
    ("lima", "Lima", "GPE", "PER", None, None, ["Lima"]),
    ("hrw", "Human Rights Watch", "ORG", "HRW", None, "NGO", ["Human Rights Watch"]),
    ("amnesty", "Amnesty International", "ORG", "AMNESTY", None, "NGO", ["Amnesty International"]),
]


def run(text: str) -> list[dict]:
    return coded(text, "fr", KB)


@pytest.mark.parametrize(
    ("text", "etype", "pair"),
    [
        ("Au Pérou, plusieurs ONG ont dénoncé ces arrestations à Lima.", "ACCUSE", ({"PER"}, {"PER"})),
        ("À Lima, plusieurs ONG réclament la libération des détenus.", "REQUEST", ({"PER"}, {"PER"})),
        ("Au Pérou, les ONG ont protesté contre la fermeture du centre.", "PROTEST", ({"PER"}, {"PER"})),
        (
            "Des militants ont été tués à Lima, selon Human Rights Watch. L'ONG accuse l'armée péruvienne.",
            "ACCUSE",
            ({"HRW"}, {"PER"}),
        ),
    ],
)
def test_events_ngo_nouns_read(text: str, etype: str, pair: tuple[set, set]) -> None:
    assert pair in sides(run(text), etype)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "Amnesty International et Human Rights Watch ont publié un rapport sur le Pérou. Les deux ONG exhortent "
            "le gouvernement péruvien à libérer les détenus.",
            "REQUEST",
        ),
        (
            "Human Rights Watch a publié un rapport sur le Pérou. Amnesty International aussi. À Lima, plusieurs ONG "
            "ont dénoncé ces arrestations.",
            "ACCUSE",
        ),
    ],
)
def test_events_ngo_nouns_several_named_no_home_group(text: str, etype: str) -> None:
    assert ({"PER"}, {"PER"}) not in sides(run(text), etype)
