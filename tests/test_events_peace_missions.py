"""A peacekeeping or multinational mission deployed in a state is aid to that state from whoever sends it (the state
that leads it, else the body whose mission it is), as the real-news golds code such deployments, not a show of
force (events/missions.py). Near misses: a state's own troops deployed at home or on its border, and troops sent
against another state, stay as they were. Invented sentences; real states and bodies, no real people."""

from __future__ import annotations

import pytest

from test_events import coded, sides

KB = [
    ("kenya", "Kenya", "GPE", "KEN", None, "GOV", ["Kenya"]),
    ("uganda", "Uganda", "GPE", "UGA", None, "GOV", ["Uganda", "Ouganda"]),
    ("haiti", "Haiti", "GPE", "HTI", None, "GOV", ["Haiti", "Haïti"]),
    ("congo", "Congo", "GPE", "COD", None, "GOV", ["Congo"]),
    ("mali", "Mali", "GPE", "MLI", None, "GOV", ["Mali"]),
    ("somalia", "Somalia", "GPE", "SOM", None, "GOV", ["Somalia", "Somalie"]),
    ("russia", "Russia", "GPE", "RUS", None, "GOV", ["Russia", "Russie"]),
    ("ukraine", "Ukraine", "GPE", "UKR", None, "GOV", ["Ukraine"]),
    ("un", "United Nations", "ORG", "UN", None, "IGO", ["UN", "ONU"]),
]


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Gangs still hold parts of Haiti. The deployment of a multinational force led by Kenya began in May.",
            ({"KEN"}, {"HTI"}),
        ),
        (
            "en",
            "Fighting went on in eastern Congo, where a regional force led by Kenya was being deployed.",
            ({"KEN"}, {"COD"}),
        ),
        (
            "en",
            "Calm returned to Mali after the deployment of peacekeepers under a UN mandate.",
            ({"UN"}, {"MLI"}),
        ),
        (
            "fr",
            "La police d'Haïti compte sur une force multinationale menée par le Kenya, une force dont le déploiement "
            "a débuté en mai.",
            ({"KEN"}, {"HTI"}),
        ),
        (
            "fr",
            "Les combats se poursuivent au Congo, où une force régionale, dirigée par l'Ouganda, est en cours de "
            "déploiement.",
            ({"UGA"}, {"COD"}),
        ),
    ],
)
def test_events_peace_missions_deployed_are_aid(lang, text, expected):
    found = coded(text, lang, KB)
    assert expected in sides(found, "AID"), found


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Kenya deployed troops to its border with Somalia on Monday."),  # its own troops at home
        ("en", "Russia deployed troops to Ukraine on Monday."),  # troops sent against another state
        ("fr", "La Russie a déployé des troupes en Ukraine lundi."),
        ("fr", "Le Kenya a déployé des soldats à sa frontière avec la Somalie."),
    ],
)
def test_events_peace_missions_near_misses(lang, text):
    found = coded(text, lang, KB)
    assert not sides(found, "AID"), found
