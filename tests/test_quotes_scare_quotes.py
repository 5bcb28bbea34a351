"""A one-word term in quotation marks before the comma of a closing incise ("…, with dockers feeling “powerless”,
X said") is a scare quote inside the reported sentence, not a quote the incise closes: the sentence is reported
(issue 12, stop 35). Quoted words of a quote's length before the comma stay the statement the incise closes, as
before ("…, des dockers « très désemparés », a indiqué X": the fragment). Invented sentences and people."""

from __future__ import annotations

import pytest

from test_quotes import run

SPEC = {"birk": ("Tom Birk", "PERSON", ["Tom Birk", "Birk"])}


def _quotes(text: str, lang: str) -> list[tuple[bool, str, set[str]]]:
    return [(q["direct"], q["text"], {s["name"] for s in q["speakers"]}) for q in run(text, lang, SPEC)]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, lang, words",
    [
        (
            "The port will stay closed all week, with dockers feeling “powerless”, Tom Birk said.",
            "en",
            "The port will stay closed all week",
        ),
        (
            "Le port restera fermé toute la semaine, avec des dockers « désemparés », a indiqué Tom Birk.",
            "fr",
            "Le port restera fermé toute la semaine",
        ),
    ],
)
def test_scare_quotes_a_one_word_term_leaves_the_sentence_reported(text: str, lang: str, words: str) -> None:
    found = _quotes(text, lang)
    assert [w for d, w, s in found if not d and s == {"Tom Birk"} and w.startswith(words)], found


@pytest.mark.e2e
def test_scare_quotes_a_quote_of_several_words_stays_the_statement() -> None:
    text = "Le port restera fermé toute la semaine, avec des dockers « très désemparés », a indiqué Tom Birk."
    found = _quotes(text, "fr")
    assert (True, "très désemparés", {"Tom Birk"}) in found, found
    assert not [w for d, w, _ in found if not d], found
