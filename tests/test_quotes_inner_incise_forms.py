"""Words inside quotation marks that look like an attribution incise and are none (issue 12): an imperative with
its inverted second-person pronoun ("« Ô voisins, reprenez-vous. … »": it addresses someone, no one speaks) and a
speech verb inside a locution ("…, c'est-à-dire les colis…"). The quote stays whole and takes the incise that
closes it; a real incise set inside the marks ("« …, prévient-il. … »") still attributes it. Invented sentences,
people and statements."""

from __future__ import annotations

import pytest

from test_quotes import run


def whole(text: str, start: str) -> dict:
    hits = [q for q in run(text, "fr") if q["direct"] and q["text"].startswith(start)]
    assert hits, "the quote is read"
    return hits[0]


@pytest.mark.e2e
@pytest.mark.parametrize("imperative", ["reprenez-vous", "écoutez-nous", "réveillez-vous"])
def test_quotes_inner_incise_forms_an_imperative_is_no_incise(imperative: str) -> None:
    text = (
        f"« Ô voisins du Valdor, {imperative}. Nous tiendrons parole et le marché rouvrira », a déclaré "
        "Paul Martel lors d’un discours."
    )
    q = whole(text, "Ô voisins")
    assert {s["name"] for s in q["speakers"]} == {"Paul Martel"}
    assert "le marché rouvrira" in q["text"]


@pytest.mark.e2e
def test_quotes_inner_incise_forms_a_locution_is_no_incise() -> None:
    text = (
        "Paul Martel est arrivé lundi. « Nous leur transmettons les relevés et il leur revient de trier "
        "ce qui reste, c’est-à-dire les colis en souffrance, qu’ils viennent du port ou non », a ajouté M. Martel."
    )
    q = whole(text, "Nous leur transmettons")
    assert q["cue"] == "ajouter"
    assert {s["name"] for s in q["speakers"]} == {"Paul Martel"}


@pytest.mark.e2e
def test_quotes_inner_incise_forms_a_third_person_incise_still_attributes() -> None:
    text = "Paul Martel est arrivé lundi. « Nous partirons demain, prévient-il. Rien ne nous retient ici sur le port. »"
    q = whole(text, "Nous partirons demain")
    assert {s["name"] for s in q["speakers"]} == {"Paul Martel"}
