"""A party named in an adjunct of backing ("avec l'accord du Bénin", "avec l'aval de X", "sous l'égide de X", "avec
la médiation de X": lang/fr/events.json ``backing_nouns``) backs the act and is no side of it; a partner named by
"avec" ("un accord avec le Togo") stays the recipient. Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy model

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("ghana", "Ghana", "GPE", "GHA", None, "GOV", ["Ghana"]),
    ("nigeria", "Nigeria", "GPE", "NGA", None, "GOV", ["Nigeria", "nigérians"]),
    ("benin", "Benin", "GPE", "BEN", None, "GOV", ["Bénin"]),
    ("togo", "Togo", "GPE", "TGO", None, "GOV", ["Togo"]),
    ("kenya", "Kenya", "GPE", "KEN", None, "GOV", ["Kenya"]),
    ("uganda", "Uganda", "GPE", "UGA", None, "GOV", ["Ouganda"]),
    ("ethiopia", "Ethiopia", "GPE", "ETH", None, "GOV", ["Éthiopie"]),
    ("niger", "Niger", "GPE", "NER", None, "GOV", ["Niger"]),
    ("chad", "Chad", "GPE", "TCD", None, "GOV", ["Tchad"]),
    ("cameroon", "Cameroon", "GPE", "CMR", None, "GOV", ["camerounais"]),
    ("gabon", "Gabon", "GPE", "GAB", None, "GOV", ["Gabon"]),
    ("au", "African Union", "ORG", "AU", None, "IGO", ["Union africaine"]),
]


def run(text: str) -> list[dict]:
    return coded(text, "fr", KB)


@pytest.mark.parametrize(
    "text, etype, actor, recipient, backer",
    [
        ("Le Ghana a expulsé deux diplomates nigérians avec l'accord du Bénin.", "COERCE", "GHA", "NGA", "BEN"),
        ("Le Kenya a accepté la proposition de l'Ouganda avec le soutien de l'Éthiopie.", "AGREE", "KEN", "UGA", "ETH"),
        (
            "Le Niger a conclu un accord avec le Bénin sous les auspices de l'Union africaine.",
            "AGREE",
            "NER",
            "BEN",
            "AU",
        ),
        ("Le Tchad a libéré deux soldats camerounais avec la médiation du Gabon.", "RETREAT", "TCD", "CMR", "GAB"),
        ("Le Ghana a expulsé l'ambassadeur du Togo avec l'aval du Nigeria.", "COERCE", "GHA", "TGO", "NGA"),
    ],
)
def test_events_backing_adjuncts_hold_no_side(text, etype, actor, recipient, backer):
    found = sides(run(text), etype)
    assert any(actor in a and recipient in r for a, r in found)
    assert not any(backer in r or backer in a for a, r in found)


@pytest.mark.parametrize(
    "text, etype, actor, recipient",
    [
        # a partner named by "avec", not a backer: still the recipient
        ("Le Bénin a signé lundi un accord de coopération avec le Togo.", "AGREE", "BEN", "TGO"),
        ("Le Kenya a conclu lundi un traité de pêche avec l'Ouganda.", "AGREE", "KEN", "UGA"),
        # a backing noun that is the object of the act, not its adjunct
        ("Le Nigeria a obtenu l'aval du Ghana pour son projet.", "AGREE", "GHA", "NGA"),
    ],
)
def test_events_backing_adjuncts_keep_partners(text, etype, actor, recipient):
    found = sides(run(text), etype)
    assert any(actor in a and recipient in r for a, r in found) or not found
