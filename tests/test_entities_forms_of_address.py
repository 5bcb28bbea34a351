"""French forms of address are no names (issue 12): the plural « MM. » before joined surnames and the parliamentary
« l'Honorable » before a person are honorifics, stripped as « M. » is, and « Messieurs », « Mesdames » opening a
speech name the audience, never an entity. The NER read « MM. X » as a person of that name, « Honorable » as a place
of its own and « Messieurs » as an entity. The NER's labels are set by hand; the sentences and people are invented."""

from __future__ import annotations

import pytest

from test_entities_ner_misses import mention_texts

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text, labelled, absent, person",
    [
        (
            "À Valmira, MM. Dorval et Kessel ont signé un accord sur la pêche.",
            [("MM. Dorval", "PER"), ("Kessel", "PER")],
            "MM. Dorval",
            "Dorval",
        ),
        (
            "La délégation comprenait la députée, l'Honorable Mirela Castagne, et deux conseillers.",
            [("Honorable", "LOC"), ("Mirela Castagne", "PER")],
            "Honorable",
            "Mirela Castagne",
        ),
        (
            "Mesdames et Messieurs, je remercie Paul Verdane de son accueil à Valmira.",
            [("Messieurs", "PER"), ("Paul Verdane", "PER")],
            "Messieurs",
            "Paul Verdane",
        ),
    ],
)
def test_entities_forms_of_address_are_no_names(text, labelled, absent, person):
    names = mention_texts(text, "fr", labelled)
    assert absent not in names
    assert person in names


@pytest.mark.parametrize(
    "text, labelled, person, mention",
    [
        ("M. Dorval a signé un accord sur la pêche à Valmira.", [("Dorval", "PER")], "Dorval", "M. Dorval"),
        (
            "Le ministre Jean Honorable a reçu une délégation à Valmira.",
            [("Jean Honorable", "PER")],
            "Jean Honorable",
            "Jean Honorable",
        ),
    ],
)
def test_entities_forms_of_address_near_miss_names_stay(text, labelled, person, mention):
    assert mention in mention_texts(text, "fr", labelled)[person]
