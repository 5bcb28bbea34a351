"""A generic noun of organisations under modifiers that only describe it names back the organisation mentioned last
(issue 12, stop 48; `quotes/epithets.py`): "…, indique l'organisation de protection de l'enfance", "…, a précisé
l'organisation humanitaire", "…, selon l'organisation des cheminots" speak as the body named
before, where the phrase had been read as specific and the statement dropped for want of a speaker. A state's body
named since (an army) is not the one described; a modifier that names something ("l'organisation de Paul Martel")
leaves the phrase specific. Invented bodies, people and statements."""

from __future__ import annotations

import pytest

from veille.pipeline import analyze_text


def speakers(text: str, words: str) -> list[set[str]]:
    """The speakers of each quote of ``text`` holding ``words``."""
    quotes = [q for q in analyze_text(text).to_dict()["quotes"] if words in q["text"]]
    return [{s["name"] for s in q["speakers"]} for q in quotes]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            "L'ONG Solidarité Enfance Valdor (SEV) a publié un rapport mardi. « Des dizaines de villages ont été"
            " rasés », indique l'organisation de protection de l'enfance.",
            "Des dizaines de villages",
            "SEV",
        ),
        (
            "L'association Terre Solidaire Brévonne (TSB) gère un centre d'accueil. Le centre a été endommagé mardi"
            " par une roquette, a précisé l'organisation humanitaire.",
            "Le centre a été endommagé",
            "TSB",
        ),
        (
            "La grève a été lancée à l'appel de la Fédération des cheminots de Valdor (FCV). Le mouvement a été suivi"
            " à 90 %, selon l'organisation des cheminots.",
            "Le mouvement a été suivi",
            "Fédération des cheminots",
        ),
        # the army named after the organisation is a state's body: not the one described
        (
            "L'ONG Solidarité Enfance Valdor (SEV) accuse l'armée malienne d'exactions. « Des dizaines de villages"
            " ont été rasés », indique l'organisation humanitaire.",
            "Des dizaines de villages",
            "SEV",
        ),
    ],
)
def test_epithets_described_organisation_speaks(text: str, words: str, who: str) -> None:
    assert speakers(text, words) == [{who}]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        # a modifier naming a person: the phrase names another body, not the one named before
        (
            "L'ONG Solidarité Enfance Valdor (SEV) a publié un rapport mardi. « Des dizaines de villages ont été"
            " rasés », indique l'organisation de Paul Martel.",
            "Des dizaines de villages",
        ),
    ],
)
def test_epithets_specific_organisation_not_named_back(text: str, words: str) -> None:
    assert all("SEV" not in who for who in speakers(text, words))
