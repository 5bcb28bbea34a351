"""An adjunct that tells on whose request a thing was done ("à la demande du Niger", "sur demande du Mali", "at
Niger's request", issue 13): the asker is no side of that act, and it asks the act of the clause's actors
(REQUEST asker -> actors). Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("niger", "Niger", "GPE", "NER", None, "GOV", ["Niger"]),
    ("mali", "Mali", "GPE", "MLI", None, "GOV", ["Mali"]),
    ("usa", "United States", "GPE", "USA", None, "GOV", ["États-Unis", "United States"]),
    ("france", "France", "GPE", "FRA", None, "GOV", ["France"]),
    ("germany", "Germany", "GPE", "DEU", None, "GOV", ["Allemagne", "Germany"]),
    ("chad", "Chad", "GPE", "TCD", None, "GOV", ["Tchad", "Chad"]),
    ("benin", "Benin", "GPE", "BEN", None, "GOV", ["Bénin", "Benin"]),
    ("canada", "Canada", "GPE", "CAN", None, "GOV", ["Canada"]),
    ("belgium", "Belgium", "GPE", "BEL", None, "GOV", ["Belgique", "belge"]),
    ("gao", "Gao", "GPE", "MLI", None, None, ["Gao"]),
]


def sides(text: str, lang: str, etype: str) -> list[tuple[set, set]]:
    return [
        ({p["code"] for p in e["actors"]}, {p["code"] for p in e["recipients"]})
        for e in coded(text, lang, KB)
        if e["type"] == etype and not e.get("negated") and not e.get("modality")
    ]


@pytest.mark.parametrize(
    "lang,text,asker,asked",
    [
        ("fr", "Le Bénin a envoyé des troupes au Mali à la demande du Niger.", "NER", "BEN"),
        ("fr", "Sur demande du Mali, la France a déployé des soldats à Gao.", "MLI", "FRA"),
        ("fr", "Le Tchad a expulsé deux diplomates à la demande de la France.", "FRA", "TCD"),
        ("fr", "Le Canada a arrêté un banquier à la demande des États-Unis.", "USA", "CAN"),
        ("en", "Chad sent troops to Mali at Niger's request.", "NER", "TCD"),
        ("en", "Canada arrested a banker at the request of the United States.", "USA", "CAN"),
        ("en", "Chad expelled two diplomats at the request of France.", "FRA", "TCD"),
    ],
)
def test_events_request_adjuncts_asker_requests(lang, text, asker, asked):
    """The asker requests the act of the clause's actors."""
    assert ({asker}, {asked}) in sides(text, lang, "REQUEST")


@pytest.mark.parametrize(
    "lang,text,etype,asker",
    [
        ("fr", "Le Tchad a expulsé deux diplomates à la demande de la France.", "COERCE", "FRA"),
        ("fr", "La police belge a arrêté un militant à la demande de l'Allemagne.", "COERCE", "DEU"),
        ("fr", "Le Bénin a envoyé des troupes au Mali à la demande du Niger.", "MOBILIZE", "NER"),
        ("en", "Canada arrested a banker at the request of the United States.", "COERCE", "USA"),
        ("en", "Chad expelled two diplomats at the request of France.", "COERCE", "FRA"),
    ],
)
def test_events_request_adjuncts_asker_no_side(lang, text, etype, asker):
    """The asker is neither actor nor recipient of the act done on its request (nor the place it happens)."""
    assert all(asker not in a | r for a, r in sides(text, lang, etype))


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Le Tchad a répondu à la demande du Mali."),
        ("en", "Chad responded to the request of Mali."),
    ],
)
def test_events_request_adjuncts_answer_is_no_adjunct(lang, text):
    """A verb that answers the request takes it as its object: no request of the clause's actor is read from it."""
    assert ({"MLI"}, {"TCD"}) not in sides(text, lang, "REQUEST")
