"""Incises with a complement set between the speech verb and its speaker (issue 12), as a paradigm: "« … », a
déclaré, dans un communiqué, X", "a indiqué mardi, lors d’une conférence de presse, la ministre", "a fait savoir à
l’AFP X", with and without commas, after the quote and inside its marks, every tense; English "X said in a statement
on Monday", "X told reporters". Invented sentences, invented people and institutions."""

from __future__ import annotations

import pytest

from quote_fixtures import speakers_of
from test_quotes import run

QUOTE = "Nous ne céderons rien sur les salaires"
WHO = {
    "Paul Martel": "Paul Martel",
    "le ministère de l’Agriculture du Valdor": "Valdor Ministry of Agriculture",
}
COMPLEMENTS = [
    "mardi",
    "dans un communiqué",
    "à l’AFP",
    "lors d’une conférence de presse",
    "dans un communiqué publié mardi",
    "devant les députés",
    "sur la radio publique",
    "jeudi soir à Brévonne",
]
VERBS = ["a déclaré", "a indiqué", "affirmait", "précise", "a fait savoir", "avait assuré"]


# ------------------------------------------------- French: after the quote, the complement with or without commas
@pytest.mark.e2e
@pytest.mark.parametrize("verb", VERBS)
@pytest.mark.parametrize("complement", COMPLEMENTS)
@pytest.mark.parametrize("who", list(WHO))
def test_quotes_incise_complements_between_commas_before_the_speaker(verb: str, complement: str, who: str) -> None:
    text = f"« {QUOTE} », {verb}, {complement}, {who}."
    assert speakers_of(run(text, "fr"), QUOTE) == {WHO[who]}


@pytest.mark.e2e
@pytest.mark.parametrize("verb", VERBS)
@pytest.mark.parametrize("complement", COMPLEMENTS)
@pytest.mark.parametrize("who", list(WHO))
def test_quotes_incise_complements_without_commas_before_the_speaker(verb: str, complement: str, who: str) -> None:
    text = f"« {QUOTE} », {verb} {complement} {who}."
    assert speakers_of(run(text, "fr"), QUOTE) == {WHO[who]}


@pytest.mark.e2e
@pytest.mark.parametrize("verb", ["a déclaré", "a indiqué", "affirmait", "a fait savoir"])
@pytest.mark.parametrize("who", list(WHO))
def test_quotes_incise_complements_two_complements_a_time_then_one_between_commas(verb: str, who: str) -> None:
    for text in (
        f"« {QUOTE} », {verb} mardi, lors d’une conférence de presse, {who}.",
        f"« {QUOTE} », {verb}, mardi, lors d’une conférence de presse, {who}.",
        f"« {QUOTE} », {verb}, dans un communiqué, mardi, {who}.",
    ):
        assert speakers_of(run(text, "fr"), QUOTE) == {WHO[who]}, text


@pytest.mark.e2e
@pytest.mark.parametrize("incise", ["a-t-il déclaré", "précise-t-il", "avait-il affirmé"])
@pytest.mark.parametrize("complement", ["mardi", "dans un communiqué", "à l’AFP", "lors d’une conférence de presse"])
@pytest.mark.parametrize("comma", [" ", ", "])
def test_quotes_incise_complements_after_an_inverted_pronoun(incise: str, complement: str, comma: str) -> None:
    text = f"Paul Martel a reçu les syndicats mardi. « {QUOTE} », {incise}{comma}{complement}."
    assert speakers_of(run(text, "fr"), QUOTE) == {"Paul Martel"}


# ------------------------------------------------- French: the incise set inside the marks
@pytest.mark.e2e
@pytest.mark.parametrize("verb", ["a déclaré", "précise", "avait affirmé"])
@pytest.mark.parametrize("complement", COMPLEMENTS)
@pytest.mark.parametrize("commas", [False, True])
def test_quotes_incise_complements_inside_the_marks_both_halves_speak(verb: str, complement: str, commas: bool) -> None:
    incise = f"{verb}, {complement}," if commas else f"{verb} {complement}"
    text = f"« {QUOTE}, {incise} Paul Martel. Le gouvernement doit l’entendre. »"
    quotes = run(text, "fr")
    assert speakers_of(quotes, "Le gouvernement doit") == {"Paul Martel"}
    assert speakers_of(quotes, QUOTE) == {"Paul Martel"}
    assert not any(q["text"].startswith(complement) for q in quotes)  # the complement opens no quote of its own


# ------------------------------------------------- English: the complement after the verb, either order
EN_QUOTE = "We will not give up on wages"
EN_COMPLEMENTS = ["on Monday", "in a statement", "in a statement on Monday", "at a news conference in Brevonne"]


@pytest.mark.e2e
@pytest.mark.parametrize("verb", ["said", "added", "says", "wrote"])
@pytest.mark.parametrize("complement", EN_COMPLEMENTS)
def test_quotes_incise_complements_english_said_with_a_complement(verb: str, complement: str) -> None:
    for text in (
        f"“{EN_QUOTE},” Paul Martel {verb} {complement}.",
        f"“{EN_QUOTE},” {verb} Paul Martel {complement}.",
        f"“{EN_QUOTE},” Paul Martel {verb}, {complement}.",
        f"“{EN_QUOTE},” the Valdor Ministry of Agriculture {verb} {complement}, adding that talks would go on.",
    ):
        assert speakers_of(run(text, "en"), EN_QUOTE) in ({"Paul Martel"}, {"Valdor Ministry of Agriculture"}), text


@pytest.mark.e2e
@pytest.mark.parametrize("complement", ["", " on Monday", " at a news conference"])
def test_quotes_incise_complements_english_told_reporters(complement: str) -> None:
    text = f"“{EN_QUOTE},” Paul Martel told reporters{complement}."
    assert speakers_of(run(text, "en"), EN_QUOTE) == {"Paul Martel"}


# ------------------------------------------------- negatives: a complement is never the speaker
@pytest.mark.e2e
@pytest.mark.parametrize("complement", ["dans un communiqué", "à l’AFP", "devant les députés"])
def test_quotes_incise_complements_no_speaker_after_the_complement_drops_the_quote(complement: str) -> None:
    text = f"« {QUOTE} », a-t-on appris {complement}."
    quotes = run(text, "fr")
    assert all(not any(complement in s["name"] for s in q["speakers"]) for q in quotes)
