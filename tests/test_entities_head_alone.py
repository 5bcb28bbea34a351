"""A French organisation named head first whose head alone the NER read ("Conseil" of "une porte-parole du Conseil
canadien du canola"): the head, the demonym after it and one common noun after a preposition of the name are the
organisation (issue 12: its spokesperson's statement went to no one). A head with no demonym right after it is
left as it was. The NER's labels are set by hand; the sentences and people are invented."""

from __future__ import annotations

import pytest

from test_entities_ner_misses import found, with_ner

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text, labelled, org",
    [
        (
            "Une porte-parole du Conseil canadien du canola a publié un bilan mardi.",
            [("Conseil", "ORG")],
            "Conseil canadien du canola",
        ),
        (
            "La directrice de l'Agence norvégienne de développement, Heidi Roe, dit que les nouvelles nuisent.",
            [("Agence", "ORG"), ("Heidi Roe", "PER")],
            "Agence norvégienne de développement",
        ),
    ],
)
def test_head_alone_grows_over_its_demonym_and_noun(text, labelled, org):
    assert found(with_ner(text, "fr", labelled), "fr").get(org) == "ORG"


@pytest.mark.parametrize(
    "text, labelled, absent",
    [
        ("Le Conseil a voté la loi canadienne du canola.", [("Conseil", "ORG")], "Conseil a voté"),
        ("Le Conseil de sécurité canadien a voté.", [("Conseil", "ORG")], "Conseil de sécurité canadien"),
    ],
)
def test_head_alone_without_demonym_after_it_is_left(text, labelled, absent):
    assert absent not in found(with_ner(text, "fr", labelled), "fr")
