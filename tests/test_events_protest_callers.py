"""A strike told by a noun with no author of its own is the act of the organisation its call names (« une grève à
l'appel de X », « la grève à laquelle a appelé X »), aimed at the authorities of the place where it happens, else
of the state the caller's name holds, as the real-news golds code it (issue 13, stop 52 helper evsides52;
events/callers.py, events.json ``called_types``, ``call_nouns``, ``call_cases``, ``call_verbs``). A protest told
by a verb keeps its crowd, and a call the clause sets aside, or one made by a body the caller only heads, names no
one. Invented sentences and union; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("tunisia", "Tunisia", "GPE", "TUN", None, "GOV", ["Tunisie", "Tunis"]),
    ("fgtm", "Fédération générale tunisienne des métiers", "ORG", "FGTM", None, "LAB",
     ["Fédération générale tunisienne des métiers", "FGTM"]),
]  # fmt: skip


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        # the call hung on the clause the strike is the subject of
        "Une grève générale a bloqué mardi les écoles de Tunisie, à l'appel de la FGTM.",
        # the call hung on the strike itself
        "Une grève à l'appel de la FGTM a fermé mardi les ports de Tunisie.",
        # a relative clause of the call, its subject inverted
        "La grève de trois jours à laquelle a appelé la FGTM a vidé mardi les bureaux de Tunisie.",
        # no place named: the state the caller's name holds
        "La grève générale, à l'appel de la Fédération générale tunisienne des métiers (FGTM), a vidé mardi "
        "les administrations.",
    ],
)
def test_protest_callers_strike_is_the_callers(text):
    assert sides(coded(text, "fr", KB), "PROTEST") == [({"FGTM"}, {"TUN"})]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        # a protest told by a verb keeps its crowd (the real-news gold codes the crowd's state)
        "À l'appel de la FGTM, plusieurs milliers de personnes ont manifesté mardi devant un ministère à Tunis.",
        # a call the clause sets aside
        "Une grève générale a bloqué mardi les écoles de Tunisie, malgré l'appel de la FGTM à reprendre le travail.",
        # a body the union heads, with no code of its own, made the call
        "Une grève générale a bloqué mardi les écoles de Tunisie, à l'appel d'un comité local de la FGTM.",
    ],
)
def test_protest_callers_near_misses_keep_the_crowd(text):
    assert {"FGTM"} not in [a for a, _ in sides(coded(text, "fr", KB), "PROTEST")]
