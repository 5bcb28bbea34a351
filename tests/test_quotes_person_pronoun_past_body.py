"""An English "he" or "she" refers to the person the text named before, not to a body, a medium or a document named
since without an entity ("The army drove the attackers back, he said"; "X said the council's report was … He
added…"): English gendered pronouns name persons only, as they never refer to a state or an organisation named.
Near misses: "it" still refers to the body subject of the clause it closes, French « il », « elle » may still name a
body (« L'armée a repris la ville, a-t-elle affirmé »), and with no person named before no one is guessed.
Invented people, places and statements."""

from __future__ import annotations

import pytest

from test_quotes import run

SPEC = {
    "martel": ("Paul Martel", "PERSON", ["Paul Martel", "Martel"]),
    "roux": ("Anne Roux", "PERSON", ["Anne Roux", "Roux"]),
    "valdor": ("Valdor", "GPE", ["Valdor"]),
    "port": ("Kelm Port Authority", "ORG", ["Kelm Port Authority"]),
}


def speakers(text: str, words: str, lang: str = "en") -> list[list[dict]]:
    """The speakers of each quote of ``text`` that holds ``words``."""
    return [q["speakers"] for q in run(text, lang, SPEC) if words in q["text"]]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            "Colonel Paul Martel wrote in a note that his troops had held the bridge at Kelm. The army "
            "“drove the attackers back across the river and took twelve of them,” he said.",
            "drove the attackers back",
            "Paul Martel",
        ),
        (
            "Anne Roux, a spokeswoman for the relief effort, spoke to reporters in Brevonne on Tuesday. The army "
            "had sent forty trucks of grain to the camps in the north, she said.",
            "forty trucks of grain",
            "Anne Roux",
        ),
        (
            "Paul Martel told reporters the border posts were calm on Sunday. The military “kept its positions "
            "all night and lost no one,” he added.",
            "kept its positions",
            "Paul Martel",
        ),
        (  # a claim inside the report, then a "he" two clauses on
            'Mr Martel said Valdor\'s claim to the reef ought to stay beyond "idle or heated debate" and insisted '
            'it was "a plain matter of law". And he stressed the cabinet meant to hold the reef.',
            "the cabinet meant to hold",
            "Paul Martel",
        ),
        (  # a report read as the subject of a second verb, then "He added"
            'Mr Martel said the report of the council should not be read as "a final word" and insisted it was '
            '"only a draft". He added the talks would go on.',
            "the talks would go on",
            "Paul Martel",
        ),
    ],
)
def test_quotes_person_pronoun_past_body_names_the_person(text: str, words: str, who: str) -> None:
    found = speakers(text, words)
    assert found and {s["name"] for s in found[0]} == {who}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, lang, word",
    [
        (  # French « elle » may name the army subject of the clause it closes
            "Le colonel Paul Martel a visité le port de Kelm lundi. L'armée a repris le contrôle du pont de Kelm, "
            "a-t-elle affirmé.",
            "repris le contrôle du pont",
            "fr",
            "armée",
        ),
    ],
)
def test_quotes_person_pronoun_past_body_near_misses(text: str, words: str, lang: str, word: str) -> None:
    found = speakers(text, words, lang)
    assert found and all(s.get("id") is None for s in found[0])
    assert any(word in s["name"].lower() for s in found[0])


@pytest.mark.e2e
def test_quotes_person_pronoun_past_body_no_person_names_no_one() -> None:
    # no person named before: no one is guessed (the body's phrase, as on main, or no speaker)
    text = "The report of the council was read in Kelm on Monday. He added that the talks would go on."
    assert all(s.get("id") is None for found in speakers(text, "the talks would go on") for s in found)


@pytest.mark.e2e
def test_quotes_person_pronoun_past_body_it_names_the_body() -> None:
    # "it" refers to the body subject of the clause it closes, as on main
    text = (
        "Paul Martel visited the harbour on Monday. The Kelm Port Authority will rebuild the quays before winter, "
        "it said."
    )
    found = speakers(text, "rebuild the quays")
    assert found and {s["name"] for s in found[0]} == {"Kelm Port Authority"}
