"""Reported speech in news copy (issue 12): each test is one class of construction, with invented sentences
(invented people and statements) in French and English where the class exists in both."""

from __future__ import annotations

import pytest

from test_quotes import run
from test_quotes_realnews import found


def speakers_of(quotes: list[dict], words: str) -> list[str]:
    """The speakers of the quote whose text holds ``words`` (fails when none holds them)."""
    return [s["name"] for s in found(quotes, words)["speakers"]]


# ----------------------------------------------------- an "as" clause closing the sentence names its source
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, who",
    [
        ("fr", "Les pourparlers ont échoué, comme l'a indiqué Paul Martel lundi.", "pourparlers ont", "Paul Martel"),
        (
            "fr",
            "Treize otages ont été libérés, comme l'a confirmé Claire Vasseur à la presse.",
            "Treize otages ont été libérés",
            "Claire Vasseur",
        ),
        (
            "fr",
            "Les prix ont augmenté vendredi, comme l'ont confirmé des sources proches du dossier.",
            "Les prix ont augmenté",
            "des sources proches du dossier",
        ),
        ("en", "The talks failed, as Paul Martel told reporters on Monday.", "The talks failed", "Paul Martel"),
        (
            "en",
            "Thirteen hostages were freed on Friday, as Claire Vasseur confirmed to reporters.",
            "Thirteen hostages were freed",
            "Claire Vasseur",
        ),
    ],
)
def test_quotes_reported_closing_as_clause_names_the_source(lang: str, text: str, words: str, who: str) -> None:
    quotes = run(text, lang)
    assert speakers_of(quotes, words) == [who]
    assert not any(q["text"].startswith(("à la presse", "to reporters")) for q in quotes)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text",
    [("fr", "Les prix ont augmenté, comme prévu, au début du mois."), ("en", "Prices rose, as expected.")],
)
def test_quotes_reported_as_clause_without_speaker_is_no_quote(lang: str, text: str) -> None:
    assert run(text, lang) == []


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "fr",
            "Claire Vasseur a salué les efforts du Valdor, comme l'indique mardi Paul Martel.",
        ),
        ("en", "Claire Vasseur praised Valdor's efforts for the reconstruction, as Paul Martel said on Tuesday."),
    ],
)
def test_quotes_reported_as_clause_after_a_named_speech_act_is_only_its_source(lang: str, text: str) -> None:
    """The sentence is the subject's own statement; the "as" clause names where the reporter read it."""
    quotes = run(text, lang)
    assert all("Paul Martel" not in [s["name"] for s in q["speakers"]] for q in quotes), quotes


# ------------------------------------------------ speech verbs of fears, wishes, reproaches, points and opinions
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        ("fr", "Paul Martel a révélé que le contrat avait été signé en secret.", "le contrat avait été signé"),
        ("fr", "Claire Vasseur recommande la fermeture des écoles pendant une semaine.", "la fermeture des écoles"),
        ("en", "Paul Martel fears the death toll will rise in the coming days.", "the death toll will rise"),
        ("en", "Paul Martel pointed out that the contract had been signed in secret.", "the contract had been signed"),
        ("en", "Claire Vasseur underlined that the vote had been calm.", "the vote had been calm"),
        ("en", "Paul Martel repeated that he would not run again.", "he would not run again"),
        ("en", "Claire Vasseur thinks the plan will fail.", "the plan will fail"),
    ],
)
def test_quotes_reported_speech_verbs_of_news_copy(lang: str, text: str, words: str) -> None:
    assert speakers_of(run(text, lang), words)[0] in {"Paul Martel", "Claire Vasseur"}


# -------------------------------------- a pronominal stance verb states what was said through its complement
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        ("Paul Martel s'est félicité de la signature de l'accord.", "la signature de l'accord"),
        ("Claire Vasseur s'inquiète de la hausse des prix.", "la hausse des prix"),
    ],
)
def test_quotes_reported_pronominal_stance_verb(text: str, words: str) -> None:
    assert speakers_of(run(text, "fr"), words)[0] in {"Paul Martel", "Claire Vasseur"}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "Claire Vasseur s'exprimait devant les députés.",
        "Paul Martel a engagé des poursuites contre le journal.",
        "Claire Vasseur s'est engagée dans la course à la mairie.",
    ],
)
def test_quotes_reported_pronominal_verb_without_stance_is_no_quote(text: str) -> None:
    assert run(text, "fr") == []


# ------------------------------------------- a verb that reports only when negated ("n'exclut pas une intervention")
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        ("Paul Martel n'exclut pas une intervention militaire si la junte refuse.", "militaire si la junte refuse"),
        ("Paul Martel n'a pas exclu de se représenter en 2027.", "se représenter en 2027"),
    ],
)
def test_quotes_reported_negated_exclusion_is_a_statement(text: str, words: str) -> None:
    assert speakers_of(run(text, "fr"), words) == ["Paul Martel"]


@pytest.mark.e2e
def test_quotes_reported_negated_rule_out_is_a_statement() -> None:
    text = "Paul Martel did not rule out a military intervention if the junta refuses."
    assert speakers_of(run(text, "en"), "intervention if the junta refuses") == ["Paul Martel"]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Paul Martel a exclu trois joueurs du parti."),
        ("en", "Paul Martel ruled out any tax increase."),
        ("en", "Paul Martel did not rule on the appeal."),
    ],
)
def test_quotes_reported_exclusion_not_negated_is_no_quote(lang: str, text: str) -> None:
    assert run(text, lang) == []
