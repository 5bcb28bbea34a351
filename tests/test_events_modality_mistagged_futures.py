"""A French simple future the tagger reads as another tense is a future (issue 13, stop 58 helper evmod58, event
modality): fr_core_news_md tags some simple futures as presents, a simple past or a participle (« tiendront »,
« évoqueront », « signeront » Tense=Pres, « signera » Tense=Past), so the act they tell was read done. As for the
conditionals it reads as imperfects (``conditional_form``), the form is checked too: the verb's stem (its infinitive,
the infinitive less its last letter, or one of ``conditional_stems``: « tiendr- ») followed by a future ending
(lang/fr/events.json ``future_form``). Near misses kept as they were: a simple past in « -a » (« déclara »,
« signa »: the stem is not the infinitive), a simple past plural and a compound past stay done.
Invented sentences; real states (helpers of tests/test_events_real.py)."""

from __future__ import annotations

import pytest

from test_events_real import flags

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    "text, etype",
    [
        ("La Chine et le Japon signeront un accord de coopération à Pékin.", "AGREE"),
        ("Le Japon signera un accord avec la Chine à la fin du mois.", "AGREE"),
        ("La Chine et le Japon évoqueront leurs différends lors d'une rencontre à Pékin.", "CONSULT"),
    ],
)
def test_events_modality_mistagged_futures_are_future(text, etype):
    assert flags(text, "fr", etype) == [(False, "future")]


@pytest.mark.parametrize(
    "text, etype",
    [
        ("Le Japon déclara la guerre à la Chine en 1937.", "ASSAULT"),
        ("La Chine signa un accord avec le Japon en 1978.", "AGREE"),
        ("La Chine et le Japon signèrent un accord en 1978.", "AGREE"),
        ("Le Japon a signé hier avec la Chine un accord à Pékin.", "AGREE"),
    ],
)
def test_events_modality_mistagged_futures_near_misses_stay_done(text, etype):
    assert flags(text, "fr", etype) == [(False, None)]
