"""A demonym that qualifies a name ("les radios françaises RFI et France 24", "le mouvement chiite libanais
Hezbollah") gives way to the organisation the name gives when it acts under a code of its own (events/named.py);
a person's name, a name with no code of its own, or no name at all leave the demonym's state. Invented sentences;
real states and organisations."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy model

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("civ", "Ivory Coast", "GPE", "CIV", None, "GOV", ["ivoiriennes"]),
    ("mali", "Mali", "GPE", "MLI", None, "GOV", ["malien", "malienne"]),
    ("niger", "Niger", "GPE", "NER", None, "GOV", ["Niger"]),
    ("france", "France", "GPE", "FRA", None, "GOV", ["français", "française", "françaises"]),
    ("israel", "Israel", "GPE", "ISR", None, "GOV", ["Israël"]),
    ("lebanon", "Lebanon", "GPE", "LBN", None, "GOV", ["libanais"]),
    ("russia", "Russia", "GPE", "RUS", None, "GOV", ["russe", "russes"]),
    ("ukraine", "Ukraine", "GPE", "UKR", None, "GOV", ["Ukraine"]),
    ("china", "China", "GPE", "CHN", None, "GOV", ["Chine"]),
    ("usa", "United States", "GPE", "USA", None, "GOV", ["américain"]),
    ("rfi", "Radio France Internationale", "ORG", "RFI", "FRA", "MED", ["RFI", "Radio France Internationale"]),
    ("f24", "France 24", "ORG", "FRANCE24", "FRA", "MED", ["France 24"]),
    ("hez", "Hezbollah", "ORG", "HEZBOLLAH", "LBN", "REB", ["Hezbollah"]),
    ("wagner", "Wagner", "ORG", "WAGNER", "RUS", "MIL", ["Wagner"]),
    ("vexora", "Vexora", "ORG", None, "USA", "BUS", ["Vexora"]),
    ("dubreuil", "Paul Dubreuil", "PERSON", None, "FRA", "GOV", ["Paul Dubreuil"]),
]


def run(text: str) -> list[dict]:
    return coded(text, "fr", KB)


@pytest.mark.parametrize(
    "text, etype, actor, recipient",
    [
        (
            "Les autorités ivoiriennes ont prononcé mardi la suspension des radios françaises RFI et France 24.",
            "COERCE",
            "CIV",
            "RFI",
        ),
        (
            "Le gouvernement malien a interdit lundi les médias français Radio France Internationale et France 24.",
            "COERCE",
            "MLI",
            "FRANCE24",
        ),
        (
            "Israël a bombardé mardi les positions du mouvement chiite libanais Hezbollah dans le sud.",
            "ASSAULT",
            "ISR",
            "HEZBOLLAH",
        ),
        ("Le Niger a expulsé mardi les journalistes de la chaîne française France 24.", "COERCE", "NER", "FRANCE24"),
        ("Le groupe paramilitaire russe Wagner a attaqué lundi un village malien.", "ASSAULT", "WAGNER", "MLI"),
    ],
)
def test_events_named_demonyms_give_the_organisation(text, etype, actor, recipient):
    found = sides(run(text), etype)
    assert any(actor in a and recipient in r for a, r in found)
    assert not any({"FRA", "LBN", "RUS"} & (a | r) - {actor, recipient} for a, r in found)


@pytest.mark.parametrize(
    "text, etype, actor, recipient",
    [
        # a person's name: the person acts for the state
        (
            "Le président français Paul Dubreuil a condamné mardi les frappes russes sur l'Ukraine.",
            "ACCUSE",
            "FRA",
            "RUS",
        ),
        # a name with no code of its own, or no name: the demonym's state
        ("La Chine a sanctionné mardi le géant américain Vexora pour ses ventes d'armes.", "SANCTION", "CHN", "USA"),
        ("Israël a bombardé mardi les positions du mouvement chiite libanais dans le sud.", "ASSAULT", "ISR", "LBN"),
    ],
)
def test_events_named_demonyms_keep_the_state(text, etype, actor, recipient):
    found = sides(run(text), etype)
    assert any(actor in a and recipient in r for a, r in found)
