"""A bare definite phrase headed by the generic noun of an organisation names the organisation the text calls so
(issue 12, stop 48): by a plural form of the noun ("l'armée" after "l'état-major des armées"), with a complement
that says what the organisation does ("l'ONG de soutien aux familles de prisonniers"), and in French (flag
`org_named_after`) the one organisation named after the phrase ("selon la police", then "la police
valdorienne"); "l'organisation" never names back an army, a police or a court (sectors.tsv `no_epithet`). Invented
sentences, organisations and places."""

from __future__ import annotations

import pytest

from test_quotes import entities_for
from veille.analysis.nlp import parse
from veille.analysis.quotes import extract_quotes

SPEC = {
    "terre": ("Terre Claire", "ORG", ["Terre Claire"]),
    "police": ("Valdor National Police", "ORG", ["police valdorienne"]),
    "police2": ("Ostrel Police", "ORG", ["police ostrelienne", "Ostrel police"]),
    "staff": ("Valdor General Staff", "ORG", ["état-major général des armées valdoriennes"]),
    "army": ("Valdor Armed Forces", "ORG", ["armée valdorienne"]),
    "martel": ("Paul Martel", "PERSON", ["Paul Martel"]),
}
SECTORS = {"army": "MIL", "police": "COP", "police2": "COP", "staff": "MIL", "terre": "NGO"}


def _speakers(text: str, words: str, lang: str = "fr", found_only: bool = False) -> set[str | None]:
    """The ids of the speakers of the quotes of ``text`` holding ``words`` (one at least unless ``found_only``)."""
    entities = entities_for(text, SPEC)
    for e in entities:
        e["sector"] = SECTORS.get(e["id"])
    found = [q for q in extract_quotes(parse(text, lang), entities, lang=lang) if words in q["text"]]
    assert found or found_only, text
    return {s["id"] for q in found for s in q["speakers"]}


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        (
            "Un incendie a détruit un entrepôt de Brévonne dimanche. Le feu a causé « des dégâts considérables », "
            "selon la police. Le porte-parole de la police valdorienne a confirmé ce bilan lundi.",
            "des dégâts considérables",
            "police",
        ),
        (
            "Un poste frontalier a été pris jeudi, selon un bilan de l'état-major général des armées valdoriennes. "
            "« Le poste a été repris dans la nuit », a précisé l'armée.",
            "Le poste a été repris",
            "staff",
        ),
        (
            "Terre Claire appelle les autorités à libérer les détenus. Selon l'ONG de soutien aux familles de "
            "prisonniers, trente militants ont été interpellés ce mois-ci à Brévonne.",
            "trente militants",
            "terre",
        ),
        (
            "Terre Claire a publié un rapport sur Brévonne, où l'armée valdorienne a été déployée. « Les puits du "
            "village ont été empoisonnés », affirme l'organisation de soutien aux familles de prisonniers.",
            "Les puits du village",
            "terre",
        ),
    ],
)
def test_epithets_reference_names_the_organisation(text: str, words: str, who: str) -> None:
    assert _speakers(text, words) == {who}


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("text", "words", "wrong"),
    [
        (  # two polices named after the phrase: neither is the one it names
            "Un incendie a détruit un entrepôt de Brévonne dimanche. Le feu a causé « des dégâts considérables », "
            "selon la police. La police valdorienne et la police ostrelienne ont ouvert une enquête.",
            "des dégâts considérables",
            {"police", "police2"},
        ),
        (  # the complement names a person: not a reference back
            "Terre Claire appelle les autorités à libérer les détenus. Selon l'ONG de Paul Martel, trente "
            "militants ont été interpellés ce mois-ci à Brévonne.",
            "trente militants",
            {"terre"},
        ),
        (  # an army is no organisation named back
            "L'armée valdorienne a été déployée à Brévonne. « Les puits du village ont été empoisonnés », affirme "
            "l'organisation.",
            "Les puits du village",
            {"army"},
        ),
    ],
)
def test_epithets_reference_near_misses(text: str, words: str, wrong: set[str]) -> None:
    speakers = _speakers(text, words, found_only=True)  # no quote at all is no wrong speaker
    assert not speakers & wrong, speakers


@pytest.mark.e2e
def test_epithets_reference_english_police_named_after_stays_unnamed() -> None:
    """English has no `org_named_after`: "the police said" stays an unnamed source (real2's English gold)."""
    text = (
        "A blast hit Brevonne on Sunday. It killed “at least seven people”, the police said. "
        "Ostrel police opened an inquiry on Monday."
    )
    assert "police2" not in _speakers(text, "at least seven people", "en", found_only=True)
