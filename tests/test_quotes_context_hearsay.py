"""Reported speech that runs on over the next sentence: a sentence in the past conditional of report ("Les soldats
auraient tiré…", "Le ministre aurait promis…") right after a statement is still that statement's source's; with
no statement right before it, or as a modal's counterfactual or a condition's consequence, it is no quote.
Invented people, bodies and statements."""

from __future__ import annotations

import pytest

from test_quotes import PEOPLE, run, speakers
from test_quotes_realnews import found
from veille.analysis.nlp import parse
from veille.analysis.quotes.hearsay import reporting_conditional

LIGUE = {**PEOPLE, "ligue": ("Ligue valdorienne des droits", "ORG", ["Ligue valdorienne des droits"])}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        # after a "selon" statement, a reported clause, a direct quote; in the paragraph or opening the next one
        (
            "Selon la Ligue valdorienne des droits, l’armée a ouvert le feu sur la foule. Les soldats auraient tiré "
            "sans sommation sur des passants.",
            "Les soldats auraient tiré",
            "Ligue valdorienne des droits",
        ),
        (
            "Paul Martel a affirmé lundi que le convoi avait été bloqué. Les camions auraient été fouillés pendant "
            "des heures à la frontière.",
            "Les camions auraient",
            "Paul Martel",
        ),
        (
            "« Le convoi a été bloqué », a déclaré Claire Vasseur lundi.\n\nLes camions auraient été fouillés "
            "pendant des heures, et les chauffeurs seraient restés sans eau.",
            "Les camions auraient",
            "Claire Vasseur",
        ),
        (
            "Le ministre Paul Martel a dénoncé lundi « le blocage » des négociations. Le ministre aurait également "
            "promis une hausse des salaires aux infirmières.",
            "Le ministre aurait",
            "Paul Martel",
        ),
        # a chain: each conditional sentence runs on the one before
        (
            "Claire Vasseur a assuré que les stocks étaient vides. Les silos auraient été pillés en mars. Les "
            "gardiens auraient quitté leur poste sans prévenir.",
            "Les gardiens auraient",
            "Claire Vasseur",
        ),
    ],
)
def test_quotes_context_hearsay_runs_on_the_statement_before(text: str, words: str, who: str) -> None:
    assert speakers(found(run(text, "fr", LIGUE), words)) == {who}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        # no statement before: the journalist's own hedge, no source to give it
        ("Le convoi aurait été arrêté à la frontière mardi. Les camions transportaient du blé.", "Le convoi"),
        # a narrative sentence between the statement and the conditional
        (
            "Paul Martel a affirmé que le convoi avait été bloqué. Le gouvernement n’a pas réagi. Les camions "
            "auraient été fouillés pendant des heures.",
            "Les camions",
        ),
        # a counterfactual: a modal, a condition's consequence
        (
            "Paul Martel a affirmé que le convoi avait été bloqué. Le maire aurait pu intervenir plus tôt.",
            "Le maire aurait",
        ),
        (
            "Paul Martel a affirmé que le convoi avait été bloqué. Si le préfet avait su, il aurait envoyé la police.",
            "il aurait",
        ),
    ],
)
def test_quotes_context_hearsay_without_a_statement_right_before_is_no_quote(text: str, words: str) -> None:
    assert not [q for q in run(text, "fr", PEOPLE) if words in q["text"]]


@pytest.mark.e2e
def test_quotes_context_hearsay_reads_the_conditional_mood_not_english_would() -> None:
    en = parse("The soldiers would have fired on the crowd.", "en")
    fr = parse("Les soldats auraient tiré sur la foule.", "fr")
    assert reporting_conditional(list(fr.sents)[0].root)
    assert not reporting_conditional(list(en.sents)[0].root)
