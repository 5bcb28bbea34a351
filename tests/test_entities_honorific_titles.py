"""A French honorific of address printed before a person's name (« Son Excellence », « Sa Majesté », « Son
Altesse », and the Cambodian press's « Samdech » titles) is part of no name: the NER took it for a person or an
organisation of its own, which then took the roles of everyone it stood before (issue 12: the real-news golds list
the person only). The title is stripped like « M. »; a span the NER cut inside a longer title is all title. The
NER's labels are set by hand; the sentences, people and places are invented."""

from __future__ import annotations

import pytest

from test_entities_ner_misses import found, with_ner

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text, labelled, title, name",
    [
        (
            "Le chef de l'État, Son Excellence Jean Koumba, a reçu son homologue au palais de Lévala.",
            [("Son Excellence", "PERSON"), ("Jean Koumba", "PERSON")],
            "Son Excellence",
            "Jean Koumba",
        ),
        (
            "L'ambassadeur de Norvège, Son Excellence Ingrid Salvesen, a été convoqué lundi.",
            [("Son Excellence", "ORG"), ("Ingrid Salvesen", "PERSON")],
            "Son Excellence",
            "Ingrid Salvesen",
        ),
        (
            "Le message de Sa Majesté le Roi Olaf IX a été lu devant les députés.",
            [("Majesté le Roi", "PERSON"), ("Olaf IX", "PERSON")],
            "Majesté le Roi",
            "Olaf IX",
        ),
        (
            "La délégation était conduite par Son Altesse le prince Karim Valdor.",
            [("Son Altesse", "PERSON"), ("Karim Valdor", "PERSON")],
            "Son Altesse",
            "Karim Valdor",
        ),
        (
            "Le Premier ministre Samdech Akka Moha Sena Padei Techo Sok Vannak est parti pour Vientiane.",
            [("Samdech Akka Moha Sena Padei", "PERSON"), ("Sok Vannak", "PERSON")],
            "Samdech Akka Moha Sena Padei",
            "Sok Vannak",
        ),
    ],
)
def test_entities_honorific_titles_are_no_name(text, labelled, title, name):
    names = found(with_ner(text, "fr", labelled), "fr")
    assert title not in names
    assert name in names


@pytest.mark.parametrize(
    "text, labelled, name",
    [
        # a name that opens like a title's first word stays whole
        ("Son Min-ho a rencontré le ministre à Séoul.", [("Son Min-ho", "PERSON")], "Son Min-ho"),
        # « Majesté » inside an organisation's own name is no title before a person
        (
            "Le Théâtre de Sa Majesté a rouvert ses portes à Londres.",
            [("Théâtre de Sa Majesté", "ORG")],
            "Théâtre de Sa Majesté",
        ),
    ],
)
def test_entities_honorific_titles_near_miss_names_stay(text, labelled, name):
    assert name in found(with_ner(text, "fr", labelled), "fr")
