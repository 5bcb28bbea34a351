"""An envoy recalled by the state that sends them, from the state that hosts them (``events/recalls.py``;
events.json ``recall_triggers``, ``recall_types``, ``envoy_nouns``, French): a passive with no agent (« l'ambassadrice
togolaise à Accra a été rappelée »), the noun « rappel » whose envoy the parse hangs on a later word (« le rappel pour
consultations de l'ambassadrice ») or prints past an agent set between commas (« le rappel, par Lomé, de
l'ambassadrice »). A reminder (« le rappel des faits ») or a recall of an envoy posted nowhere named is no act aimed at
anyone. Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("togo", "Togo", "GPE", "TGO", None, "GOV", ["Togo", "togolais", "togolaise"]),
    ("ghana", "Ghana", "GPE", "GHA", None, "GOV", ["Ghana", "ghanéen"]),
    ("lome", "Lomé", "GPE", "TGO", None, None, ["Lomé"]),
    ("accra", "Accra", "GPE", "GHA", None, None, ["Accra"]),
]


@pytest.mark.parametrize(
    "text",
    [
        "L'ambassadrice togolaise à Accra a été rappelée mardi soir après la brouille.",
        "Le Togo a ordonné jeudi le rappel pour consultations de l'ambassadrice togolaise à Accra.",
        "La brouille a suivi le rappel, par Lomé, de l'ambassadrice togolaise au Ghana.",
        "Le Togo a rappelé jeudi son ambassadeur au Ghana.",
    ],
)
def test_events_envoy_recalls_by_the_sender_from_the_host(text):
    assert ({"TGO"}, {"GHA"}) in sides(coded(text, "fr", KB), "SANCTION")


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre togolais a commencé son discours par le rappel des faits survenus au Ghana.",
        "Le Togo a annoncé mardi le rappel de son ambassadeur pour consultations.",
    ],
)
def test_events_envoy_recalls_none_without_an_envoy_posted_at_a_place(text):
    assert not sides(coded(text, "fr", KB), "SANCTION")
