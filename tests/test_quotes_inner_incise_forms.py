"""Words inside quotation marks that look like an attribution incise and are none (issue 12): an imperative with
its inverted second-person pronoun ("« Ô voisins, reprenez-vous. … »": it addresses someone, no one speaks) and a
speech verb inside a locution ("…, c'est-à-dire les détenteurs…"). The quote stays whole and takes the incise that
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
        f"« Ô voisins du Valdor, {imperative}. Je le dis encore une fois, nous ouvrirons les portes », a déclaré "
        "Paul Martel lors d’un discours."
    )
    q = whole(text, "Ô voisins")
    assert {s["name"] for s in q["speakers"]} == {"Paul Martel"}
    assert "nous ouvrirons les portes" in q["text"]


@pytest.mark.e2e
def test_quotes_inner_incise_forms_a_locution_is_no_incise() -> None:
    text = (
        "Paul Martel est arrivé lundi. « Nous leur communiquons ces listes et ce sont eux qui doivent rendre compte "
        "de ce qui existe, c’est-à-dire les détenteurs de compte, qu’ils soient résidents ou non », a ajouté M. Martel."
    )
    q = whole(text, "Nous leur communiquons")
    assert q["cue"] == "ajouter"
    assert {s["name"] for s in q["speakers"]} == {"Paul Martel"}


@pytest.mark.e2e
def test_quotes_inner_incise_forms_a_third_person_incise_still_attributes() -> None:
    text = "Paul Martel est arrivé lundi. « Nous partirons demain, prévient-il. Rien ne nous retient ici sur le port. »"
    q = whole(text, "Nous partirons demain")
    assert {s["name"] for s in q["speakers"]} == {"Paul Martel"}
