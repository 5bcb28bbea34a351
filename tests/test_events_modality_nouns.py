"""The modality of an event noun (issue 13): the act a noun names is as its own words and the word it depends on
tell it, not done by default: a prospective or possible modifier ("the upcoming summit", "une possible
invasion"), a verb of occurrence it is the subject of ("the talks could resume"), the verb that brings it about
("afin de trouver un accord", "will involve talks"). Invented sentences; real states (helpers of
tests/test_events_real.py).
"""

from __future__ import annotations

import pytest

from test_events_real import realised, run
from veille.analysis.events import is_realised

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


def flagged(events: list[dict], etype: str) -> list[str | None]:
    """The modality of the events of ``etype`` told as not done."""
    return [e["modality"] for e in events if e["type"] == etype and not is_realised(e)]


@pytest.mark.parametrize(
    "lang, text, etype, mood",
    [
        ("fr", "La Chine et le Japon ont annoncé une prochaine rencontre à Pékin.", "CONSULT", "future"),
        ("en", "China and Japan announced an upcoming meeting in Beijing.", "CONSULT", "future"),
        ("fr", "Le Canada dénonce une possible invasion de l'Ukraine par la Russie.", "ASSAULT", "hypothetical"),
        ("en", "Canada denounced a possible invasion of Ukraine by Russia.", "ASSAULT", "hypothetical"),
    ],
)
def test_events_modality_nouns_a_prospective_or_possible_modifier_flags_the_act(lang, text, etype, mood):
    events = run(text, lang)
    assert not realised(events, etype)
    assert mood in flagged(events, etype)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The talks between Russia and Ukraine could resume on Sunday."),
        ("en", "The agreement will involve talks between Israel and Hamas."),
    ],
)
def test_events_modality_nouns_the_verb_that_tells_the_act_flags_it(lang, text):
    events = run(text, lang)
    assert not realised(events, "CONSULT")
    assert flagged(events, "CONSULT")


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("fr", "Le Japon et la Chine négocient afin de trouver un accord sur les îles.", "AGREE"),
        ("en", "Japan and China are talking in order to find an agreement on the islands.", "AGREE"),
    ],
)
def test_events_modality_nouns_an_act_sought_is_not_done(lang, text, etype):
    assert not realised(run(text, lang), etype)


@pytest.mark.parametrize(
    "lang, text, etype, sides",
    [
        ("fr", "La Chine et le Japon ont tenu une rencontre à Pékin.", "CONSULT", ({"CHN", "JPN"}, {"CHN", "JPN"})),
        ("en", "China and Japan held a meeting in Beijing.", "CONSULT", ({"CHN", "JPN"}, {"CHN", "JPN"})),
        ("fr", "Le Canada dénonce l'invasion de l'Ukraine par la Russie.", "ASSAULT", ({"RUS"}, {"UKR"})),
        ("en", "Canada denounced the invasion of Ukraine by Russia.", "ASSAULT", ({"RUS"}, {"UKR"})),
        ("en", "Canada sent weapons to Ukraine to counter Russia's illegal war.", "AID", ({"CAN"}, {"UKR"})),
    ],
)
def test_events_modality_nouns_an_act_told_plainly_stays_done(lang, text, etype, sides):
    assert sides in realised(run(text, lang), etype)
