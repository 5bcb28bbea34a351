"""A quoted fragment inside a reported clause that is a statement of its own: the object of a speech verb beside
the clause's verb (a participle adjunct, "…, saluant « … »", "…, hailing “…”", or a coordinated verb, "… et
insisté sur « … »") is a quote besides the clause, with the clause's speaker; quoted words of the clause's own
content stay the clause's. Invented people and statements."""

from __future__ import annotations

import pytest

from test_quotes import run, speakers, texts


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, clause, fragment",
    [
        (
            "fr",
            "Claire Vasseur a affirmé que l’accord marquait la fin du conflit, saluant « un nouveau départ pour la "
            "région ».",
            "l’accord marquait",
            "un nouveau départ pour la région",
        ),
        (
            "fr",
            "Selon Paul Martel, plusieurs suspects ont été arrêtés, évoquant « une situation de crise généralisée ».",
            "plusieurs suspects",
            "une situation de crise généralisée",
        ),
        (
            "fr",
            "Paul Martel a exprimé son plaisir de retrouver la ville et insisté sur « l’attachement des habitants à "
            "leur port ».",
            "son plaisir de retrouver",
            "l’attachement des habitants à leur port",
        ),
        (
            "en",
            "Paul Martel said the deal marked the end of the dispute, hailing “a new start for the whole region”.",
            "the deal marked",
            "a new start for the whole region",
        ),
    ],
)
def test_quotes_fragment_of_its_own_verb_is_a_quote_beside_the_clause(
    lang: str, text: str, clause: str, fragment: str
) -> None:
    quotes = run(text, lang)
    whole = [q for q in quotes if clause in q["text"]]
    alone = [q for q in quotes if q["text"] == fragment]
    assert whole and alone, texts(quotes)
    assert speakers(alone[0]) == speakers(whole[0]) and speakers(alone[0])


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, fragment",
    [
        (
            "fr",
            "Paul Martel a précisé qu’il dévoilerait « sous peu » son plan pour le port de la ville.",
            "sous peu",
        ),
        ("fr", "Claire Vasseur a affirmé que le pont était « en très mauvais état » depuis des années.", "en très"),
        ("en", "Paul Martel said the new bridge was a “turning point” for the city and its port.", "turning point"),
        (
            "en",
            "Paul Martel said he had hoped for a larger quota and called the outcome “a missed chance”.",
            "a missed chance",
        ),
        (
            "en",
            "Jean Ribot said the charges were “absurd” and that the town would respond “in kind,” as it did before.",
            "in kind",
        ),
    ],
)
def test_quotes_fragment_of_the_clause_content_stays_in_the_clause(lang: str, text: str, fragment: str) -> None:
    quotes = [q for q in run(text, lang) if not q["direct"]]  # the fragment is also a quote beside it
    assert len(quotes) == 1 and fragment in quotes[0]["text"], texts(quotes)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        ("en", "Paul Martel said that “this plan” would fail within a year.", ["this plan", "would fail within"]),
        (
            "en",
            'Paul Martel noted that "it is quite obvious" where the funds will go if "the new rules have no effect".',
            ["it is quite obvious", "the new rules have no effect"],
        ),
        (
            "fr",
            "Paul Martel a déclaré que « ce processus » se poursuivra jusqu’en octobre.",
            ["ce processus", "se poursuivra"],
        ),
    ],
)
def test_quotes_fragment_opening_the_clause_stays_in_the_clause(lang: str, text: str, words: list[str]) -> None:
    quotes = [q for q in run(text, lang) if not q["direct"]]  # the fragment is also a quote beside it
    assert len(quotes) == 1 and all(w in quotes[0]["text"] for w in words), texts(quotes)
    assert speakers(quotes[0]) == {"Paul Martel"}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # the whole clause quoted, or one word after it: a direct quote
        ("en", 'Paul Martel said that "the plan is dead" today.', ["the plan is dead"]),
        (
            "fr",
            "Paul Martel a déclaré que « le plan est mort et enterré pour de bon ».",
            ["le plan est mort et enterré pour de bon"],
        ),
        # a quoted title, a scare-quoted word, no speaker: no quote
        ("en", "The film “Blue Harbour” opened in the town on Friday.", []),
        ("fr", "Les « réformes » de la ville ont été votées lundi.", []),
    ],
)
def test_quotes_fragment_opening_no_clause_is_no_report(lang: str, text: str, expected: list[str]) -> None:
    assert texts(run(text, lang)) == expected
