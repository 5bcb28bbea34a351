"""A release of prisoners that a state orders or announces, told by the noun « libération » with no recipient named,
falls on its own people (the real-news golds' convention for domestic acts, as a pardon does): « a ordonné la
libération des prisonniers » (events.json ``home_concessions``, ``home_noun_concession_types``, French), as the verb
« a libéré quarante détenus » did already. A release of another state's nationals, or one asked for, is no such act.
Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("togo", "Togo", "GPE", "TGO", None, "GOV", ["Togo", "togolais"]),
    ("ghana", "Ghana", "GPE", "GHA", None, "GOV", ["Ghana", "ghanéens"]),
]


@pytest.mark.parametrize(
    "text",
    [
        "Le Togo a ordonné mardi la libération de trois cents prisonniers politiques.",
        "Le gouvernement togolais a annoncé jeudi la libération de quarante détenus.",
        "Le Togo a libéré vendredi quarante détenus politiques.",
    ],
)
def test_events_home_releases_fall_on_the_state_own_people(text):
    assert ({"TGO"}, {"TGO"}) in sides(coded(text, "fr", KB), "RETREAT")


@pytest.mark.parametrize(
    "text",
    [
        "Le Togo a libéré vendredi deux ressortissants ghanéens.",
        "Le Ghana a demandé au Togo la libération de trois opposants.",
    ],
)
def test_events_home_releases_not_of_other_people_or_asked(text):
    assert ({"TGO"}, {"TGO"}) not in sides(coded(text, "fr", KB), "RETREAT")
    assert ({"GHA"}, {"GHA"}) not in sides(coded(text, "fr", KB), "RETREAT")
