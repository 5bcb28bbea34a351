"""Acts dated by a time still to come from the day of writing (issue 13, stop 52 helper mod52, event modality and
precision): a verb told in the present with "tomorrow", "next week", « demain », « la semaine prochaine » (or, for a
present, a later hour of the day: "this afternoon", « cet après-midi »), and an event noun whose phrase holds such a
time (« la rencontre … de la semaine prochaine », "the meeting … next week"), are planned, not done
(``events.coming``; lang/{en,fr}/modality.json ``coming_times``, ``coming_hours``). Near misses: the same times
with a past verb, a present with "today" or « aujourd'hui », a time in another clause, a past time on the noun.
Invented sentences; real states (helpers of tests/test_events_real.py)."""

from __future__ import annotations

import pytest

from test_events_real import flags

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("en", "Japan meets China in Beijing tomorrow.", "CONSULT"),
        ("en", "Japan meets China in Beijing next week to discuss the dispute.", "CONSULT"),
        ("en", "Japan and China hold talks in Tokyo this afternoon.", "CONSULT"),
        ("en", "Japan and China meet in Geneva tonight.", "CONSULT"),
        ("en", "China spoke about the meeting between Japan and China next week.", "CONSULT"),
        ("fr", "Le Japon rencontre la Chine demain à Pékin.", "CONSULT"),
        ("fr", "Le Japon et la Chine se réunissent cet après-midi à Tokyo.", "CONSULT"),
        ("fr", "Le Japon et la Chine tiennent des pourparlers la semaine prochaine à Genève.", "CONSULT"),
        ("fr", "La Chine a évoqué la rencontre entre le Japon et la Chine de la semaine prochaine.", "CONSULT"),
        ("fr", "La Chine a présenté sa position sur le sommet des deux pays le mois prochain à Tokyo entre "
               "le Japon et la Chine.", "CONSULT"),
    ],
)  # fmt: skip
def test_events_modality_coming_times_an_act_dated_ahead_is_planned(lang, text, etype):
    assert flags(text, lang, etype) == [(False, "future")]


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        # a past verb with a later hour: done
        ("en", "Japan met China in Tokyo this afternoon.", "CONSULT"),
        # a present with "today": done
        ("en", "Today Japan imposes new sanctions on Russia.", "SANCTION"),
        ("fr", "Aujourd'hui, le Japon impose de nouvelles sanctions à la Russie.", "SANCTION"),
        ("en", "Japan imposes sanctions on Russia this week.", "SANCTION"),
        # the coming time in another clause
        ("en", "Japan met China in Tokyo on Monday and said the talks would resume next week.", "CONSULT"),
        ("fr", "Le Japon a rencontré la Chine lundi et dit que les discussions reprendront la semaine prochaine.",
         "CONSULT"),
        # a past time on the noun
        ("en", "China spoke about the meeting between Japan and China last week.", "CONSULT"),
        ("fr", "La Chine a évoqué la rencontre entre le Japon et la Chine de la semaine dernière.", "CONSULT"),
    ],
)  # fmt: skip
def test_events_modality_coming_times_near_misses_stay_done(lang, text, etype):
    assert (False, None) in flags(text, lang, etype)
