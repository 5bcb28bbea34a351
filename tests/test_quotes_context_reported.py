"""Reported speech that continues over the next sentence, its speaker given by the context: a pronoun subject
("Il a ajouté que…", "Il a également estimé que…", "She also said…", "He added that…"), a source pronoun ("Selon
lui", "D’après elle", "Pour elle", "Selon eux"), a possessive locution ("À ses yeux", "in his view", "in its view",
"in their view"), a back-reference ("ce dernier", "l’intéressé", "the latter"). Invented people and statements."""

from __future__ import annotations

import pytest

from test_quotes import PEOPLE, run, speakers
from test_quotes_realnews import found

MARTEL = "Paul Martel a visité lundi le chantier du pont de Brévonne. "
VASSEUR = "Claire Vasseur a visité lundi l’hôpital de Brévonne. "
EN_MARTEL = "Paul Martel visited the bridge site in Brevonne on Monday. "
EN_VASSEUR = "Claire Vasseur visited the Brevonne hospital on Monday. "
MINISTRY = "The Valdor Ministry of Agriculture issued a statement on Monday. "
PAIR_FR = "Paul Martel et Claire Vasseur se sont rencontrés lundi à Brévonne. "
PAIR_EN = "Paul Martel and Claire Vasseur met in Brevonne on Monday. "


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, who",
    [
        (
            "fr",
            MARTEL + "Il a ajouté que les travaux seraient achevés en mai.",
            "les travaux seraient",
            {"Paul Martel"},
        ),
        ("fr", MARTEL + "Il a également estimé que le budget était suffisant.", "le budget était", {"Paul Martel"}),
        ("fr", VASSEUR + "Selon elle, les urgences manquent de lits.", "les urgences manquent", {"Claire Vasseur"}),
        ("fr", VASSEUR + "D’après elle, les urgences manquent de lits.", "les urgences manquent", {"Claire Vasseur"}),
        (
            "fr",
            VASSEUR + "Pour elle, les urgences manquent de lits et de personnel.",
            "les urgences manquent",
            {"Claire Vasseur"},
        ),
        (
            "fr",
            MARTEL + "Pour lui, la signature de ce contrat marque une étape décisive.",
            "la signature",
            {"Paul Martel"},
        ),
        ("fr", MARTEL + "À ses yeux, le chantier a pris trop de retard.", "le chantier a", {"Paul Martel"}),
        (
            "fr",
            PAIR_FR + "Selon eux, les négociations avec les agriculteurs ont échoué.",
            "les négociations",
            {"Paul Martel", "Claire Vasseur"},
        ),
        (
            "fr",
            "Paul Martel a été mis en cause par la presse locale. L’intéressé a affirmé que les comptes de la "
            "mairie étaient publics.",
            "les comptes de",
            {"Paul Martel"},
        ),
        (
            "fr",
            "Claire Vasseur a été citée dans le rapport. L’intéressée a assuré que les fonds avaient été remboursés.",
            "les fonds avaient",
            {"Claire Vasseur"},
        ),
        (
            "fr",
            "Paul Martel a rencontré Jean Ribot lundi. Ce dernier a affirmé que l’accord serait signé en juin.",
            "l’accord serait",
            {"Jean Ribot"},
        ),
        ("en", EN_MARTEL + "He added that the works would be finished in May.", "the works would", {"Paul Martel"}),
        ("en", EN_MARTEL + "In his view, the budget is sufficient.", "the budget is", {"Paul Martel"}),
        (
            "en",
            EN_VASSEUR + "She also said the emergency wards lacked beds.",
            "the emergency wards",
            {"Claire Vasseur"},
        ),
        (
            "en",
            EN_VASSEUR + "According to her, the emergency wards lack beds.",
            "the emergency wards",
            {"Claire Vasseur"},
        ),
        (
            "en",
            MINISTRY + "In its view, the talks with the farmers have failed.",
            "the talks with",
            {"Valdor Ministry of Agriculture"},
        ),
        (
            "en",
            PAIR_EN + "In their view, the talks with the farmers have failed.",
            "the talks with",
            {"Paul Martel", "Claire Vasseur"},
        ),
        (
            "en",
            "Paul Martel met Jean Ribot on Monday. The latter said the agreement would be signed in June.",
            "the agreement would",
            {"Jean Ribot"},
        ),
    ],
)
def test_quotes_context_reported_speech_takes_the_speaker_of_the_context(
    lang: str, text: str, words: str, who: set
) -> None:
    assert speakers(found(run(text, lang, PEOPLE), words)) == who


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text",
    [
        # a possessive of no one seen: no quote
        ("en", "The harvest was poor this year. In their view, the talks with the farmers have failed."),
        ("fr", "La récolte a été mauvaise cette année. Selon eux, les négociations ont échoué."),
    ],
)
def test_quotes_context_reported_source_pronoun_with_no_antecedent_is_no_quote(lang: str, text: str) -> None:
    assert not run(text, lang, PEOPLE)
