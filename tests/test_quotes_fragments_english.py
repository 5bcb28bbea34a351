"""Quoted fragments inside English statements (issue 12, stop 39): words in quotation marks that are an argument or
an adjunct of a speech or attitude verb whose subject speaks ("called the move “a dangerous escalation”",
"condemned “in the strongest terms”", "warned of “…”", "described X as “…”", "expressed “…”"). The real-news golds
list each as a direct quote of the verb's subject (GOLD.md: `direct`, `partial`); a quote is read when one predicted
quote holds the fragment's first words and has that speaker. Near misses: a titled work or a name in quotation marks,
a scare-quoted word with no speaker, a slogan or an operation's name, a fragment another speaker said. Written before
any dev output was read; every person, place and statement is invented."""

from __future__ import annotations

import pytest

from test_quotes import run

#: (text, first words of the fragment, its speakers joined by " + ")
READ = [
    # "call X “…”": the fragment is the object's predicate
    (
        "The Valdor Ministry of Agriculture called the move “a dangerous escalation” on Monday.",
        "a dangerous escalation",
        "Valdor Ministry of Agriculture",
    ),
    (
        "Calling the vote “a betrayal of the voters”, Claire Vasseur left the chamber.",
        "a betrayal of the voters",
        "Claire Vasseur",
    ),
    (
        "Paul Martel left the meeting early, calling the plan “a gift to speculators”.",
        "a gift to speculators",
        "Paul Martel",
    ),
    # an adverbial fragment of a speech verb
    (
        "Paul Martel denounced “with the utmost firmness” the raid on the grain depot.",
        "with the utmost firmness",
        "Paul Martel",
    ),
    # "describe X as", "dismiss X as", "hail X as"
    ("Jean Ribot described the plan as “a recipe for disaster”.", "a recipe for disaster", "Jean Ribot"),
    ("Jean Ribot dismissed the report as “pure fiction”.", "pure fiction", "Jean Ribot"),
    (
        "Claire Vasseur hailed the agreement as “a new chapter for the valley”.",
        "a new chapter for the",
        "Claire Vasseur",
    ),
    # the fragment is the verb's object
    (
        "The Palais d’Ostrel welcomed “a major step toward peace” in a statement.",
        "a major step toward peace",
        "Palais d’Ostrel",
    ),
    ("Jean Ribot urged “maximum restraint” on both sides.", "maximum restraint", "Jean Ribot"),
    ("Paul Martel expressed “deep regret” over the closure of the mill.", "deep regret", "Paul Martel"),
    ("Jean Ribot pledged “full support” to the farmers of the valley.", "full support", "Jean Ribot"),
    # a preposition under the cue
    ("Paul Martel warned of “serious consequences” if the talks failed.", "serious consequences", "Paul Martel"),
    ("Claire Vasseur spoke of “a turning point for the city”.", "a turning point for", "Claire Vasseur"),
    ("Jean Ribot called for “an immediate halt to the evictions”.", "an immediate halt to", "Jean Ribot"),
    (
        "Paul Martel accused the council of “playing with fire” over the budget.",
        "playing with fire",
        "Paul Martel",
    ),
    # an infinitive inside the marks
    (
        "Claire Vasseur vowed to “do everything possible to find those responsible”.",
        "do everything possible to",
        "Claire Vasseur",
    ),
    # "what he called", an article outside the marks
    (
        "Claire Vasseur denounced what she called “a campaign of lies” against the mayor.",
        "a campaign of lies",
        "Claire Vasseur",
    ),
    ("Paul Martel condemned the “cowardly attack” on the depot.", "cowardly attack", "Paul Martel"),
    # a pronoun subject
    (
        "Jean Ribot met the unions on Tuesday. He denounced “a smear campaign” against the council.",
        "a smear campaign",
        "Jean Ribot",
    ),
    # a participle adjunct of a narrative sentence
    (
        "Claire Vasseur left Brevonne on Thursday, denouncing “an unworthy welcome” from the local police.",
        "an unworthy welcome",
        "Claire Vasseur",
    ),
]  # fmt: skip

#: quoted words no speaker of the sentence says: no quote holds them
NOT_READ = [
    ("Paul Martel gave an interview to “The Brevonne Herald” on Monday.", "The Brevonne Herald"),
    ("Claire Vasseur reread “The Northern Roads” over the summer.", "The Northern Roads"),
    ("Jean Ribot launched Operation “Winter Shield” in the valley.", "Winter Shield"),
    ("The council launched the “Clean Brevonne” campaign in the spring.", "Clean Brevonne"),
    ("Paul Martel, nicknamed “the Lion of Brevonne”, left office in May.", "the Lion of Brevonne"),
    ("So-called “green vests” marched through central Brevonne on Saturday.", "green vests"),
    ("A banner reading “No to the closure” hung from the town hall.", "No to the closure"),
]  # fmt: skip

#: a fragment another speaker said, inside a sentence whose subject speaks: not the subject's words
OTHER_SPEAKER = [
    pytest.param(
        "Paul Martel answered Claire Vasseur, who had called the budget “a reckless gamble”.",
        "a reckless gamble",
        "Paul Martel",
        marks=pytest.mark.xfail(
            strict=True, reason="not yet: the model hangs the quoted noun on the object as an apposition"
        ),
    ),
]  # fmt: skip


def _read(text: str, words: str, who: str) -> bool:
    want = set(who.split(" + "))
    return any(words in q["text"] and {s["name"] for s in q["speakers"]} == want for q in run(text, "en"))


@pytest.mark.e2e
@pytest.mark.parametrize("text, words, who", READ)
def test_quotes_fragments_english_read(text: str, words: str, who: str) -> None:
    assert _read(text, words, who)


@pytest.mark.e2e
@pytest.mark.parametrize("text, words", NOT_READ)
def test_quotes_fragments_english_near_miss(text: str, words: str) -> None:
    assert not any(words in q["text"] for q in run(text, "en"))


@pytest.mark.e2e
@pytest.mark.parametrize("text, words, who", OTHER_SPEAKER)
def test_quotes_fragments_english_other_speaker(text: str, words: str, who: str) -> None:
    assert not _read(text, words, who)
