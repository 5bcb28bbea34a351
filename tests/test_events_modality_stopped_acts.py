"""An act that a French verb of cessation would stop is going on, done (issue 13, stop 57 helper evmod57, event
modality): the event-noun object of « cesser » or « arrêter » (« faire cesser la guerre », « a arrêté
l'offensive », « ne fera pas cesser les bombardements ») is an act told as happening, as the real-news golds code it,
whatever the mood or negation of the verb that would stop it (``hedges.governing_mark``; lang/fr/modality.json
``cessation_heads``). Near misses kept as they were: a cancelled or prevented act (« a annulé la visite »,
« a empêché l'attaque ») stays negated, a feared one (« craint une attaque ») hypothetical, an infinitive under the
verb of cessation (« a cessé de bombarder ») stays negated, and English "stop" is not moved (not measured).
Invented sentences; real states (helpers of tests/test_events_real.py)."""

from __future__ import annotations

import pytest

from test_events_real import flags

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    "text, etype",
    [
        (
            "La Pologne a sollicité l'appui de l'Inde pour faire cesser la guerre entre la Chine et le Japon.",
            "ASSAULT",
        ),
        (
            "Le ministre estime que ces sanctions ne feront pas cesser les bombardements de la Chine sur le Japon.",
            "ASSAULT",
        ),
        ("L'Inde veut faire cesser l'offensive de la Chine contre le Japon.", "ASSAULT"),
        ("La Russie a arrêté l'offensive contre l'Ukraine.", "ASSAULT"),
    ],
)
def test_events_modality_stopped_acts_the_act_to_stop_is_done(text, etype):
    assert (False, None) in flags(text, "fr", etype)
    assert not any(negated for negated, _ in flags(text, "fr", etype))


@pytest.mark.parametrize(
    "lang, text, etype, expected",
    [
        # a cancelled or prevented act did not happen
        ("fr", "Le Japon a annulé sa visite en Chine.", "CONSULT", (True, None)),
        ("fr", "L'armée japonaise a empêché l'attaque de la Chine contre le Japon.", "ASSAULT", (True, None)),
        # a feared act is not done
        ("fr", "L'Inde craint une attaque de la Chine contre le Japon.", "ASSAULT", (False, "hypothetical")),
        # an infinitive under the verb of cessation: the chain reads it, as before
        ("fr", "La Chine a cessé de bombarder le Japon.", "ASSAULT", (True, None)),
        # English "stop" is not moved (not measured)
        ("en", "India wants to stop China's invasion of Japan.", "ASSAULT", (True, None)),
    ],
)
def test_events_modality_stopped_acts_near_misses_stay(lang, text, etype, expected):
    assert expected in flags(text, lang, etype)
