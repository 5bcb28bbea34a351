"""A condemnation of a measure taken against the speaker also rejects it ("China condemned the sanctions", « la
Chine a condamné ces sanctions »), but only when the clause names the measure: an event noun, a noun for an act told
before ("the decision", "the move") or a pronoun standing for one ("condemned them", « les a condamnées »). When
the condemnation names only a person ("accusing him of piracy") or what the speaker calls something ("condemned
what it called a provocation", « ce qu'elle a qualifié de provocation »), the act condemned is only the latest one
the discourse gives, and no rejection of it is coded; the condemnation itself stays. Issue 13, stop 44 (class:
a second, REJECT reading of a condemnation aimed by discourse alone); invented sentences, real states, no people."""

from __future__ import annotations

import pytest

from test_events import coded, sides
from test_events_trigger_paradigms import KB

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


def realised(text: str, lang: str, etype: str) -> list[tuple[set[str], set[str]]]:
    return sides(coded(text, lang, KB), etype)


@pytest.mark.parametrize(
    "lang, text, judge, judged",
    [
        (
            "en",
            "Canada rejected China's proposal on Monday. China condemned what it called a provocation.",
            "CHN",
            "CAN",
        ),
        (
            "en",
            "Japan rejected a Chinese offer of talks on Monday. China then doubled the reward for the smuggler, "
            "accusing him of piracy.",
            "CHN",
            "JPN",
        ),
        (
            "fr",
            "Le Canada a rejeté la proposition de la Chine lundi. La Chine a condamné ce qu'elle a qualifié de "
            "provocation.",
            "CHN",
            "CAN",
        ),
        (
            "fr",
            "Le Canada a imposé des sanctions à la Chine lundi. La Chine a dénoncé ce qu'elle a qualifié de chantage.",
            "CHN",
            "CAN",
        ),
    ],
)
def test_events_condemned_measures_unnamed_act_is_no_rejection(lang, text, judge, judged):
    assert ({judge}, {judged}) not in realised(text, lang, "REJECT")
    assert ({judge}, {judged}) in realised(text, lang, "ACCUSE")  # the condemnation stays


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Japan imposed sanctions on China on Monday. China condemned the sanctions on Tuesday."),
        ("en", "Japan imposed sanctions on China on Monday. China strongly condemned the move on Tuesday."),
        ("en", "Japan imposed sanctions on China on Monday. China condemned them on Tuesday."),
        ("fr", "Le Japon a imposé des sanctions à la Chine lundi. La Chine a condamné ces sanctions mardi."),
        ("fr", "Le Japon a imposé des sanctions à la Chine lundi. La Chine a condamné la décision mardi."),
        ("fr", "Le Japon a imposé des sanctions à la Chine lundi. La Chine les a condamnées mardi."),
    ],
)
def test_events_condemned_measures_named_measure_is_rejected(lang, text):
    assert ({"CHN"}, {"JPN"}) in realised(text, lang, "REJECT")
    assert ({"CHN"}, {"JPN"}) in realised(text, lang, "ACCUSE")
