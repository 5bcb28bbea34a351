"""English reported speech on unseen news (issue 12, stop 35): a statement a participle states after the speech
noun its speaker issued ("X issued a statement saying that…": X's, not a statement of nobody; "X welcomed a
statement saying…" is someone else's), a closing incise whose speaker's phrase holds a hyphenated modifier or whose
simple past the tagger reads as a participle ("…, Ostravia-owned Velmar Today reported on Monday"), and a bare
reported clause the parser cuts from its verb after a parenthesis of time ("said on Tuesday (May 12) he was…").
Both ways: what must be a quote of whom, and what must not be one. Invented sentences, invented people and places."""

from __future__ import annotations

import pytest

from test_quotes import run

SPEC = {
    "birk": ("Tom Birk", "PERSON", ["Tom Birk", "Birk"]),
    "port": ("Velmar Harbour Authority", "ORG", ["Velmar Harbour Authority", "Harbour Authority"]),
    "ostravia": ("Ostravia", "GPE", ["Ostravia", "Ostravian"]),
    "velmar": ("Velmar", "GPE", ["Velmar"]),
    "tv": ("Velmar Today", "ORG", ["Velmar Today"]),
}


def _quotes(text: str) -> list[tuple[str, set[str]]]:
    return [(q["text"], {s["name"] for s in q["speakers"]}) for q in run(text, "en", SPEC)]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            "The Harbour Authority issued a statement saying that the port would close on Monday.",
            "the port would close on Monday",
            "Velmar Harbour Authority",
        ),
        (
            "Tom Birk sent a letter to the mayor saying that the ferries would sail again next week.",
            "the ferries would sail again next week",
            "Tom Birk",
        ),
        (
            "Ostravia released a statement on Monday saying the port would stay closed for a week.",
            "the port would stay closed for a week",
            "Ostravia",
        ),
    ],
)
def test_quotes_english_issuers_the_issuer_of_the_statement_speaks(text: str, words: str, who: str) -> None:
    found = _quotes(text)
    assert [w for w, s in found if s == {who} and w.startswith(words)], found


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Authority welcomed a statement saying that the port would close on Monday.",
        "Tom Birk read about a statement saying that the ferries would sail again next week.",
    ],
)
def test_quotes_english_issuers_someone_elses_statement_is_not_the_subjects(text: str) -> None:
    found = _quotes(text)
    assert not [w for w, s in found if s & {"Velmar Harbour Authority", "Tom Birk"}], found


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            "The kingdom will suspend ferry services with Velmar and move its students to other countries, "
            "Ostravia-owned Velmar Today reported on Monday.",
            "The kingdom will suspend ferry services with Velmar and move its students",
            "Velmar Today",
        ),
        (
            "The kingdom will suspend ferry services with Velmar, Ostravia-owned Velmar Today reported on Monday.",
            "The kingdom will suspend ferry services with Velmar",
            "Velmar Today",
        ),
        (
            "The kingdom will suspend ferry services with Velmar, Velmar Today reported on Monday.",
            "The kingdom will suspend ferry services with Velmar",
            "Velmar Today",
        ),
    ],
)
def test_quotes_english_issuers_a_hyphenated_modifier_in_the_incise(text: str, words: str, who: str) -> None:
    found = _quotes(text)
    assert [w for w, s in found if s == {who} and w.startswith(words)], found


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "The kingdom will suspend ferry services with Velmar, a report published by Velmar Today on Monday.",
        "The kingdom will suspend ferry services with Velmar, the Ostravia-owned channel showing its ships.",
    ],
)
def test_quotes_english_issuers_no_incise_without_a_speech_verb_and_subject(text: str) -> None:
    assert not _quotes(text)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        (
            "Ostravian Prime Minister Tom Birk said on Tuesday (May 12) he was withdrawing the country's envoy "
            "from Velmar after three fishermen were sentenced.",
            "he was withdrawing the country's envoy from Velmar",
        ),
        (
            "Tom Birk said on Tuesday (May 12) that he was withdrawing the country's envoy from Velmar.",
            "he was withdrawing the country's envoy from Velmar",
        ),
    ],
)
def test_quotes_english_issuers_a_clause_cut_by_a_date_in_brackets(text: str, words: str) -> None:
    found = _quotes(text)
    assert [w for w, s in found if s == {"Tom Birk"} and w.startswith(words)], found


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "Tom Birk spoke on Tuesday (May 12) he was withdrawing the country's envoy to Velmar.",
        "Tom Birk said nothing on Tuesday (May 12). He was withdrawing the country's envoy from Velmar.",
    ],
)
def test_quotes_english_issuers_no_cut_clause_without_a_speech_verb_before(text: str) -> None:
    assert not [w for w, _ in _quotes(text) if "withdrawing" in w]
