"""The abbreviation of a document's name defined in parentheses after it ("the Mutual Defense Treaty (MDT)",
"l'Accord de pêche côtière (APC)", "le Traité d'amitié norvien (TAN)") names an agreement, no organisation, there
and wherever it is printed again. Near misses: a body's abbreviation ("the Coastal Fisheries Authority (CFA)"), a
body named inside a document's phrase ("l'accord signé avec l'Agence norvienne de l'eau (ANE)"), a phrase a
lowercase « accord » opens, which may name the state abbreviated (« l'accord conclu avec l'ancienne République de
Norvie (ARN) »), a body whose name holds a document word ("Norvian Investment Treaty Organization (NITO)").
Invented sentences, states and bodies."""

from __future__ import annotations

import pytest

from entity_fixtures import entities
from veille.analysis.entities.document_acronyms import document_abbreviations


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text,lang,abbr",
    [
        (
            "The two ministers discussed the Mutual Defense Treaty (MDT) on Monday. Both vowed to uphold the MDT.",
            "en",
            "MDT",
        ),
        (
            "The envoys signed the Coastal Fisheries Agreement (CFA) on Monday, and the CFA takes effect in May.",
            "en",
            "CFA",
        ),
        ("Lakeview joined the Northern Grain Accord (NGA) in 2019; the NGA now binds six states.", "en", "NGA"),
        ("Ils ont signé l'Accord de pêche côtière (APC) lundi. L'APC entrera en vigueur en mai.", "fr", "APC"),
        ("Le Traité d'amitié norvien (TAN) a été dénoncé mardi ; le TAN datait de 1990.", "fr", "TAN"),
    ],
)
def test_document_acronym_is_no_organisation(text: str, lang: str, abbr: str) -> None:
    found = entities(text, lang)
    assert abbr not in found, found


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text,lang,abbr",
    [
        ("The Coastal Fisheries Authority (CFA) said on Monday that boats must stay in port.", "en", "CFA"),
        (
            "Le ministre a évoqué l'accord signé avec l'Agence norvienne de l'eau (ANE) en mars. "
            "L'ANE a salué la décision.",
            "fr",
            "ANE",
        ),
        (
            "The deal was backed by the Norvian Investment Treaty Organization (NITO), and NITO said it would help.",
            "en",
            "NITO",
        ),
    ],
)
def test_document_acronym_near_misses_stay_organisations(text: str, lang: str, abbr: str) -> None:
    found = entities(text, lang)
    assert abbr in found and found[abbr]["type"] == "ORG", found


@pytest.mark.parametrize(
    "text,expected",
    [
        ("the Mutual Defense Treaty (MDT) was cited", {"MDT", "MDTs"}),
        ("the Coastal Fisheries Authority (CFA) said", set()),
        ("l'accord signé avec l'Agence norvienne de l'eau (ANE)", set()),
        ("l'accord conclu avec l'ancienne République de Norvie (ARN)", set()),
    ],
)
def test_document_abbreviations(text: str, expected: set[str]) -> None:
    assert document_abbreviations(text) == expected
