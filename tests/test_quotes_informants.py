"""Unnamed sources inside a body speak as unnamed sources, not as the body (issue 12, stop 40; GOLD.md: an anonymous
speaker is described): "Des sources au ministère ont assuré que…", "des sources au sein du ministère", "des
sources à la présidence" are described sources, as "des sources proches de…" were, while "les dirigeants de la
CEDEAO" still speak as the organisation (lexicon kind ``informant``). And a hearsay sentence that a speech-verb incise
closes around a quoted fragment is the incise subject's report ("…, ont rapporté des sources concordantes"), not the
statement before it going on (`quotes/hearsay_sources.py`). Invented statements; real states and bodies."""

from __future__ import annotations

import pytest

from veille.pipeline import analyze_text


def said(text: str, words: str) -> set[str]:
    """The speakers of the quote of ``text`` holding ``words`` (a described one marked with "~")."""
    quotes = [q for q in analyze_text(text).to_dict()["quotes"] if words in q["text"]]
    assert quotes, "the quote is read"
    return {s["name"] + ("" if s.get("id") else "~") for s in quotes[0]["speakers"]}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        (
            "Le ministère soudanais de la Santé a diffusé une note jeudi. Selon la radio, des sources au ministère ont"
            " assuré que les cliniques pourraient rouvrir.",
            "les cliniques pourraient rouvrir",
        ),
        (
            "Des sources au sein du ministère marocain de l'Intérieur ont indiqué mardi que les frontières resteraient"
            " fermées.",
            "les frontières resteraient",
        ),
        ("Des sources à la présidence tunisienne ont affirmé lundi que le président allait bien.", "allait bien"),
        ("Selon des sources au ministère malien de la Défense, les frappes ont visé un dépôt d'armes.", "un dépôt"),
        ("Sources at the Sudanese foreign ministry told reporters on Thursday that the mission could go on.", "go on"),
        # a hearsay sentence closed by the incise around a fragment
        (
            "Paul Martel a confirmé la venue du cortège mercredi. « Tout est prêt », a-t-il assuré.\nUne centaine de"
            " gendarmes auraient été dépêchés à Brévonne pour une opération de « contrôle du site », ont indiqué des"
            " sources concordantes.",
            "Une centaine de gendarmes",
        ),
    ],
)
def test_quotes_informants_stay_described(text: str, words: str) -> None:
    (who,) = said(text, words)
    assert who.endswith("~")


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        # members of a body speak as the body
        ("Les dirigeants de la CEDEAO ont affirmé lundi que la transition devait être courte.", "courte", "~"),
        # the body itself
        (
            "Le ministère soudanais de la Santé a affirmé jeudi que les cliniques pourraient rouvrir.",
            "rouvrir",
            "Ministry of Health of Sudan",
        ),
        # a hearsay sentence with no incise goes on with the statement before it
        (
            "Paul Martel a démenti toute bavure mardi. « Nous avons respecté les règles », a-t-il affirmé.\nLes"
            " soldats auraient tiré en l'air pour disperser la foule.",
            "tiré en l'air",
            "Paul Martel",
        ),
    ],
)
def test_quotes_informants_near_misses(text: str, words: str, who: str) -> None:
    found = said(text, words)
    if who == "~":
        assert len(found) == 1 and not next(iter(found)).endswith("~")
    else:
        assert found == {who}
