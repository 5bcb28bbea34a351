"""A source that quotes another ("State media quoted X as saying…", "the agency cited him as saying that…"): the
object of the quoting verb speaks, not its subject (quotes.quoting, issue 12, stop 38); the passive ("X was quoted
as saying") keeps its subject. Invented people, media and statements."""

from __future__ import annotations

import pytest

from test_quotes import run

CAST = {
    "korval": ("Anna Korval", "PERSON", ["Anna Korval", "Korval"]),
    "herald": ("Valdor Herald", "ORG", ["Valdor Herald"]),
    "wire": ("Ostrel Wire Service", "ORG", ["Ostrel Wire Service"]),
}


def _speakers(text: str) -> list[tuple[str, list[str]]]:
    return [(q["text"], [s["name"] for s in q["speakers"]]) for q in run(text, "en", CAST)]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "The Valdor Herald quoted Anna Korval as saying the bridge was safe.",
        "The Valdor Herald quoted Anna Korval as saying that the bridge was safe.",
        "The Ostrel Wire Service on Monday quoted Anna Korval as saying the bridge was safe.",
        "The Valdor Herald cited Anna Korval as saying the bridge was safe.",
        "Anna Korval visited Kelm. The Valdor Herald quoted her as saying the bridge was safe.",
        "Anna Korval was quoted by the Valdor Herald as saying the bridge was safe.",
        "Anna Korval was quoted as saying the bridge was safe.",
    ],
)
def test_quotes_quoting_object_is_the_speaker(text: str) -> None:
    found = [who for t, who in _speakers(text) if "the bridge was safe" in t]
    assert found == [["Anna Korval"]], _speakers(text)


@pytest.mark.e2e
def test_quotes_quoting_object_subject_still_speaks_its_own_words() -> None:
    found = _speakers("The Valdor Herald said Anna Korval had left Kelm.")
    assert found == [("Anna Korval had left Kelm", ["Valdor Herald"])], found
