"""A statement relayed in the passive: "“…,” X was reported as saying." (issue 12). English wire copy closes a quote
with "was reported as saying", as it does with "was quoted as saying" or "was cited as saying": the passive subject
said the words, the medium that reported them is not named or comes after "by". Before, "reported" (a speech verb
in the passive with no agent) was taken as the quote's cue, so its speaker was sought elsewhere (the source of the
sentence before: "State media reported that X had ordered…"). Lexicon: `quoted_as report`; direct quotes: a passive
relay is no cue, its "as saying" is (`quoted_as.passive_relay`). Near misses: "reported as" a success, "reported
missing". Written before any dev output was read for the class; every person and statement is invented."""

from __future__ import annotations

import pytest

from test_quotes import run

SPEC = {
    "keller": ("Maria Keller", "PERSON", ["Maria Keller", "Keller"]),
    "port": ("Velmar Port Authority", "ORG", ["Velmar Port Authority"]),
}

LEDE = "State media reported on Sunday that Maria Keller, the head of the Velmar Port Authority, had met the union. "

#: (text, first words of the quote)
READ = [
    (LEDE + "“The strike has to end this week,” Keller was reported as saying.", "The strike has to end"),
    (LEDE + "“The strike has to end this week,” she was reported as saying.", "The strike has to end"),
    ("“The strike has to end this week,” Maria Keller was reported as saying by local radio.", "The strike has to end"),
    (LEDE + "The strike had to end this week, she was reported as saying.", "The strike had to end"),
    (LEDE + "The strike had to end this week, Keller was cited as saying.", "The strike had to end"),
    (LEDE + "“The strike has to end this week,” Keller was quoted as saying.", "The strike has to end"),
]


def _speakers(text: str, words: str) -> list[set[str]]:
    return [{s["name"] for s in q["speakers"]} for q in run(text, "en", SPEC) if words in q["text"]]


@pytest.mark.e2e
@pytest.mark.parametrize("text, words", READ)
def test_quotes_reported_as_saying_the_subject_speaks(text: str, words: str) -> None:
    assert _speakers(text, words) == [{"Maria Keller"}]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "The meeting with the union was reported as a success by local radio.",
        "Maria Keller was reported missing on Monday after the storm.",
    ],
)
def test_quotes_reported_as_saying_near_miss(text: str) -> None:
    assert run(text, "en", SPEC) == []
