"""Documents that speak for who issued them (issue 12, stop 48): a wire dispatch (« indique une dépêche de
X ») and an ordinance are document nouns of the French lexicon, and a document phrase after a
demonstrative (« selon cette déclaration », « précise ce texte ») refers back to the document seen before it, as a
definite one does: its issuer speaks. A demonstrative document with nothing before it names no one.
Invented sentences, invented people and institutions."""

from __future__ import annotations

import pytest

import quote_fixtures
from test_quotes import PEOPLE, run

ORGS = {**PEOPLE, "ligue": ("Ligue des ports", "ORG", ["Ligue des ports"])}
SAID = "Les quais seront fermés jusqu’à lundi"


def speakers_of(text: str, words: str) -> set[str] | None:
    """The speakers' names of the quote of ``text`` holding ``words``; None when no quote holds them."""
    return quote_fixtures.speakers_of(run(text, "fr", ORGS), words)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            "À Brévonne, le port restera fermé mardi, indique une dépêche de la Ligue des ports.",
            "le port restera fermé",
            "Ligue des ports",
        ),
        (
            "La Ligue des ports a publié un communiqué mardi. Si rien ne change, la Ligue « prendra toutes les "
            "mesures nécessaires », précise ce communiqué.",
            "prendra toutes les mesures",
            "Ligue des ports",
        ),
        (
            f"La Ligue des ports a publié une ordonnance mardi. « {SAID} », indique l’ordonnance.",
            SAID,
            "Ligue des ports",
        ),
        (
            f"La Ligue des ports a publié une déclaration mardi. {SAID}, selon cette déclaration.",
            SAID,
            "Ligue des ports",
        ),
        (f"Paul Martel a publié un communiqué mardi. {SAID}, précise ce texte.", SAID, "Paul Martel"),
        (f"{SAID}, selon une dépêche de la Ligue des ports.", SAID, "Ligue des ports"),
    ],
)
def test_quotes_document_nouns_issuer_speaks(text: str, words: str, who: str) -> None:
    assert speakers_of(text, words) == {who}


@pytest.mark.e2e
def test_quotes_document_nouns_demonstrative_alone_names_no_one() -> None:
    assert speakers_of(f"{SAID}, selon cette déclaration.", SAID) in (None, set())
