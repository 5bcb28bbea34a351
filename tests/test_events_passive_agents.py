"""The agent of a French passive the parse hangs elsewhere than on the verb (issue 13, stop 40): on the verb's
predicative complement ("déclaré persona non grata par le Japon", labelled agent or a plain oblique), on the day
the act is dated by ("convoqué hier jeudi par la ministre", "expulsés mardi par le Japon"), or left as a plain
oblique ("a été prié par Tokyo de"); a compound passive whose subject the parse labels active ("le ministre X avait
été déclaré…"); and a relative pronoun as the passive subject stands for the noun its clause qualifies in the
object conditions of the lexicon ("les élections, qui ont été boycottées par l'opposition": the elections are
boycotted). Near misses: a date with no agent, an instrument after "par" names no actor, a finite "être" with a
participle is no passive. Invented sentences; invented people; real states."""

from __future__ import annotations

import pytest

from test_events_diplomat_expelled import sides

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("text", "etype", "actor", "recipient"),
    [
        ("L'ambassadeur de Chine a été déclaré persona non grata par le Japon.", "COERCE", "JPN", "CHN"),
        ("L'ambassadeur de Chine a été convoqué mercredi par le Japon.", "CONSULT", "JPN", "CHN"),
        (
            "L'ambassadeur de Chine à Tokyo, Li Wei, a été convoqué hier jeudi par le ministre japonais des "
            "Affaires étrangères.",
            "CONSULT",
            "JPN",
            "CHN",
        ),
        ("Deux diplomates russes ont été expulsés mardi par le Japon.", "COERCE", "JPN", "RUS"),
        # "par X" as a plain oblique of the Latin words; a compound passive whose subject the parse labels active
        (
            "L'ambassadeur de Chine avait été déclaré persona non grata par Tokyo pour « ingérence ».",
            "COERCE",
            "JPN",
            "CHN",
        ),
        (
            "Le ministre Claire Moreau avait été déclaré persona non grata par Moscou pour « attitude discourtoise ».",
            "COERCE",
            "RUS",
            "DEU",
        ),
        ("L'ambassadeur de Chine a été prié par Tokyo de quitter le pays.", "COERCE", "JPN", "CHN"),
        (
            "Les élections, qui ont été boycottées par l'opposition russe, ont eu lieu dimanche.",
            "PROTEST",
            "RUS",
            "RUS",
        ),
    ],
)
def test_events_passive_agents_are_read(text, etype, actor, recipient):
    found = sides(text, etype)
    assert ({actor}, {recipient}) in found, found


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("L'ambassadeur de Chine a été convoqué mercredi.", "CONSULT"),
        ("Le ministre Claire Moreau est venue à Moscou pour « discuter ».", "COERCE"),
        ("Deux diplomates russes ont été expulsés mardi par avion.", "COERCE"),
    ],
)
def test_events_passive_agents_near_misses_name_no_actor(text, etype):
    assert not [s for s in sides(text, etype) if s[0]]
