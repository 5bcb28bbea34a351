"""English quote constructions by class (issue 12, generalisation): a reporting incise followed by a time clause
("…, an aide has said, two days after the vote"), unnamed everyday people as speakers ("“…,” said one fisherman",
"a nurse told reporters that…"), a single quoted word judging the object of a speech verb ("condemned the
“reckless” strike"), counted results as a described source ("according to the official results"), a source between
commas after a complete clause ("The mayor was re-elected, according to X, ahead of his rival"). Both ways: what
must be found and what must not. Invented sentences and people."""

from __future__ import annotations

import pytest

from test_quotes import run
from test_quotes_incise_complements import speakers_of
from veille.analysis.quotes import find_quoted

SPEC = {
    "port": ("Velmar Harbour Authority", "ORG", ["Velmar Harbour Authority", "the authority"]),
    "marsh": ("Lena Marsh", "PERSON", ["Lena Marsh", "Marsh"]),
    "birk": ("Tom Birk", "PERSON", ["Tom Birk"]),
}


# ------------------------------------------------- a closing incise, then a clause of time or circumstance
@pytest.mark.e2e
@pytest.mark.parametrize(
    "tail",
    ["days after the strike ended", "two weeks before the talks resume", "as the dockers went home", "after talks"],
)
@pytest.mark.parametrize("incise", ["Lena Marsh said", "Marsh has said", "the authority told reporters"])
def test_quotes_english_breadth_incise_before_a_time_clause(incise: str, tail: str) -> None:
    text = f"The new docks would open in April, {incise}, {tail}."
    who = "Lena Marsh" if "Marsh" in incise else "Velmar Harbour Authority"
    assert speakers_of(run(text, "en", SPEC), "The new docks would open") == {who}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "The new docks opened in April, two days after the strike ended.",
        "The new docks opened in April, and the dockers returned after the strike ended.",
        "Lena Marsh, who runs the port, resigned on Friday, days after the strike ended.",
    ],
)
def test_quotes_english_breadth_time_clause_with_no_incise_is_no_quote(text: str) -> None:
    assert run(text, "en", SPEC) == []


# ------------------------------------------------- unnamed everyday people speak, described by their phrase
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, phrase",
    [
        ("“We are tired of waiting for the port,” said one fisherman.", "one fisherman"),
        ("“We are tired of waiting for the port,” a nurse told reporters.", "a nurse"),
        ("Parents said they were tired of waiting for the port.", "Parents"),
        ("Several shopkeepers told the Velmar Herald that they were tired of waiting.", "Several shopkeepers"),
        ("“We are tired of waiting for the port,” said a local farmer.", "a local farmer"),
    ],
)
def test_quotes_english_breadth_unnamed_people_are_described_speakers(text: str, phrase: str) -> None:
    quotes = run(text, "en", SPEC)
    assert len(quotes) == 1
    assert [(s["id"], s["name"]) for s in quotes[0]["speakers"]] == [(None, phrase)]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "Fishermen left the port before the strike began on Monday.",
        "The farmers sold their wheat at the market in Velmar.",
    ],
)
def test_quotes_english_breadth_unnamed_people_without_speech_say_nothing(text: str) -> None:
    assert run(text, "en", SPEC) == []


# ------------------------------------------------- one quoted word judging what a speech verb names
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, word",
    [
        ("Lena Marsh condemned the “reckless” strike that shut the port.", "reckless"),
        ("Lena Marsh denounced the “illegal” blockade of the docks.", "illegal"),
        ("The Velmar Harbour Authority criticised the “hasty” closure of the docks.", "hasty"),
    ],
)
def test_quotes_english_breadth_quoted_word_judging_the_object_of_a_speech_verb(text: str, word: str) -> None:
    quotes = run(text, "en", SPEC)
    assert [q["text"] for q in quotes] == [word]
    assert quotes[0]["direct"]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "Lena Marsh opened the “modern” terminal of the port on Monday.",
        "The “historic” agreement was signed in the “new” hall of the port.",
        "Lena Marsh visited the docks with the “green” team of the authority.",
        "Lena Marsh praised the “modern” design of the new terminal.",
    ],
)
def test_quotes_english_breadth_quoted_word_of_no_speech_verb_is_no_quote(text: str) -> None:
    assert run(text, "en", SPEC) == []


# ------------------------------------------------- single marks: a plural possessive inside the quote
@pytest.mark.parametrize(
    "text, expected",
    [
        ("‘It is the dockers’ fault,’ Lena Marsh said.", ["It is the dockers’ fault,"]),
        ("‘We are tired of the workers’ strike,’ she said.", ["We are tired of the workers’ strike,"]),
        ("She said ‘hello to all’ today, in the leaders’ room.", ["hello to all"]),
        ("The ‘experts’ said the workers’ pay rose.", ["experts"]),
        ("The ‘experts’ said it was the ‘best’ plan.", ["experts", "best"]),
    ],
)
def test_quotes_english_breadth_plural_possessive_inside_single_marks(text: str, expected: list[str]) -> None:
    assert [text[o + 1 : c] for o, c in find_quoted(text)] == expected


@pytest.mark.e2e
def test_quotes_english_breadth_pronoun_after_an_unnamed_speaker_is_theirs() -> None:
    text = (
        "“We signed the deal,” said Lena Marsh. A local farmer said the deal was bad for the valley. "
        "“Nothing is settled for the rivers,” he added."
    )
    assert speakers_of(run(text, "en", SPEC), "Nothing is settled") == {"A local farmer"}


# ------------------------------------------------- counted results as sources; a source after a complete clause
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        ("The mayor kept her seat with 61 percent of the ballots, according to the final results.", "The mayor", None),
        ("According to official figures, 3,000 dockers joined the strike on Monday.", "3,000 dockers", None),
        ("According to figures from the Velmar Harbour Authority, 3,000 dockers joined the strike.", "3,000", "port"),
        ("The mayor was re-elected, according to Lena Marsh, ahead of his rival Tom Birk.", "The mayor", "marsh"),
    ],
)
def test_quotes_english_breadth_results_and_sources_between_commas(text: str, words: str, who: str | None) -> None:
    quotes = [q for q in run(text, "en", SPEC) if words in q["text"]]
    assert len(quotes) == 1
    assert [s["id"] for s in quotes[0]["speakers"]] == [who]


@pytest.mark.e2e
def test_quotes_english_breadth_source_after_a_complete_clause_leaves_the_relative_after_it() -> None:
    text = (
        "The mayor kept her seat with 61 percent of the ballots, according to the final results, ahead of Tom Birk, "
        "who described the vote as a farce."
    )
    quotes = run(text, "en", SPEC)
    assert [q["text"] for q in quotes] == [
        "The mayor kept her seat with 61 percent of the ballots",
        "the vote as a farce",
    ]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    ["The figures were published by the port on Monday.", "The census counted 3,000 dockers in Velmar last year."],
)
def test_quotes_english_breadth_results_without_a_source_say_nothing(text: str) -> None:
    assert run(text, "en", SPEC) == []


# ------------------------------------------------- documents that speak for their issuer
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "The new plan, drawn up by the Velmar Harbour Authority, said the union should end the strike within a week.",
        "The Velmar Harbour Authority published a plan on Monday. The plan said the strike should end within a week.",
        "The Velmar Harbour Authority issued a decree on Monday. The decree states that the strike must end.",
    ],
)
def test_quotes_english_breadth_document_speaks_for_its_issuer(text: str) -> None:
    quotes = run(text, "en", SPEC)
    assert len(quotes) == 1
    assert [s["id"] for s in quotes[0]["speakers"]] == ["port"]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "The plan was approved by the Velmar Harbour Authority on Monday.",
        "Lena Marsh signed the agreement with the union in Velmar on Monday.",
    ],
)
def test_quotes_english_breadth_document_named_without_speech_says_nothing(text: str) -> None:
    assert run(text, "en", SPEC) == []


# ------------------------------------------------- a speech noun under a root that is no verb
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "“We are tired of waiting for the port,” a statement from the union read.",
        "“We are tired of waiting for the port,” read a statement from the Velmar Harbour Authority.",
    ],
)
def test_quotes_english_breadth_speech_noun_under_a_noun_root_ends(text: str) -> None:
    # the walk up from the speech noun stopped only at a verb: a root tagged as a noun looped for ever (a root's
    # head is a spaCy token of its own, never the same object)
    assert isinstance(run(text, "en", SPEC), list)
