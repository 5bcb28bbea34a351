"""A threat told through its infinitive is an act, not a quote (issue 12, stop 62, helper qen62; `quotes.acts`).

"threatened to impose tariffs on X", "…, threatening to block the roads": the act of a THREATEN event, which no
English real-news gold lists as a quote (stop 62: 12 such threats in the English tuning texts, none a gold quote;
main made 7 false quotes of them in 5 texts of 5 prefixes). The quote stage still reads the threat's speaker, in the
text's order, and hands it to the events stage, which takes the THREATEN event's actor from it (a pronoun resolved
by the quote stage: stop 60 lost two right THREATEN events where the threat was simply no longer read); the record
does not list it. Near misses that stay quotes: a threat told through a clause ("threatened that…"), a vow or a
promise through an infinitive, and what the same speaker says next. Invented people and sentences; real states."""

from __future__ import annotations

import pytest

from test_events import sides
from test_quotes_seat_number_ten import _article

pytestmark = pytest.mark.e2e  # every test runs the whole pipeline with the real spaCy models


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The Norwegian government threatened to impose new tariffs on Indian steel on Monday.", "to impose"),
        ("Norway's trade minister Mira Holt on Tuesday again threatened to impose sanctions on India.", "to impose"),
        (
            "Mira Holt, the mayor of Brevonne, has threatened to close the port if the fishermen are not paid.",
            "to close",
        ),
        (
            "The farmers of Brevonne left the talks with Mira Holt, threatening to block the roads of the valley.",
            "block",
        ),
        (
            "Norway is threatening to slap heavy duties on Indian rice, which would hurt the growers of Kerala.",
            "to slap",
        ),
    ],
)
def test_quotes_threat_acts_infinitive_threat_is_no_quote(text: str, words: str) -> None:
    assert [q["text"] for q in _article(text)["quotes"] if words in q["text"]] == []


def test_quotes_threat_acts_pronoun_threat_keeps_its_event_actor() -> None:
    text = (
        "Norwegian Prime Minister Karel Dunst spoke to reporters in Oslo on Monday. "
        "He later threatened to impose new duties on all cars made in India."
    )
    record = _article(text)
    assert [q for q in record["quotes"] if "to impose" in q["text"]] == []
    assert ({"NOR"}, {"IND"}) in sides(record["events"], "THREATEN")


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        (
            "Norway's trade minister Mira Holt threatened that Norway would impose sanctions on India.",
            "Norway would impose sanctions",
            "Mira Holt",
        ),
        (
            "Norway's trade minister Mira Holt vowed to keep the border with India open.",
            "to keep the border",
            "Mira Holt",
        ),
        (
            "Norway's minister Mira Holt threatened to impose sanctions on India, but she said talks could resume.",
            "talks could resume",
            "Mira Holt",
        ),
    ],
)
def test_quotes_threat_acts_near_misses_stay_quotes(text: str, words: str, who: str) -> None:
    quotes = [q for q in _article(text)["quotes"] if words in q["text"]]
    assert [[s["name"] for s in q["speakers"]] for q in quotes] == [[who]]
