"""The medium an act is voiced through ("a démenti sur son compte Twitter", "a condamné sur Facebook", "sur les ondes
de RFI": lang/fr/events.json ``channel_preps``) is no side of it (events/channels.py); a medium the act falls on
("a suspendu la diffusion de RFI") stays its recipient. Invented sentences; real states and media."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy model

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("tcd", "Chad", "GPE", "TCD", None, "GOV", ["tchadien"]),
    ("ner", "Niger", "GPE", "NER", None, "GOV", ["Niger"]),
    ("civ", "Ivory Coast", "GPE", "CIV", None, "GOV", ["ivoirien"]),
    ("bfa", "Burkina Faso", "GPE", "BFA", None, "GOV", ["Burkina Faso"]),
    ("mli", "Mali", "GPE", "MLI", None, "GOV", ["malien", "malienne"]),
    ("twitter", "Twitter", "ORG", "TWITTER", None, "MED", ["Twitter"]),
    ("facebook", "Facebook", "ORG", "FACEBOOK", None, "MED", ["Facebook"]),
    ("rfi", "Radio France Internationale", "ORG", "RFI", "FRA", "MED", ["RFI"]),
    ("f24", "France 24", "ORG", "FRANCE24", "FRA", "MED", ["France 24"]),
]
MEDIA = {"TWITTER", "FACEBOOK", "RFI", "FRANCE24", "FRA"}


def run(text: str) -> list[dict]:
    return coded(text, "fr", KB)


@pytest.mark.parametrize(
    "text, etype, actor, recipient",
    [
        (
            "Le Premier ministre tchadien a condamné sur Facebook l'attaque malienne contre le Niger.",
            "ACCUSE",
            "TCD",
            "MLI",
        ),
        (
            "Le président ivoirien a accusé jeudi sur Twitter le Burkina Faso d'héberger des rebelles.",
            "ACCUSE",
            "CIV",
            "BFA",
        ),
        (
            "Le ministre tchadien a dénoncé sur son compte Twitter l'attaque malienne contre le Niger.",
            "ACCUSE",
            "TCD",
            "MLI",
        ),
    ],
)
def test_events_media_channels_are_no_side(text, etype, actor, recipient):
    found = sides(run(text), etype)
    assert any(actor in a and recipient in r for a, r in found)
    assert not any(MEDIA & r for _, r in found)


@pytest.mark.parametrize(
    "text",
    [
        "Le président malien a démenti mardi sur les ondes de RFI tout accord avec le Niger.",
        "Le ministre tchadien a nié lundi sur son compte Twitter tout soutien aux rebelles.",
        # the account's owner named with it: still the channel, no side
        "Le ministre malien a démenti jeudi sur le compte Facebook du gouvernement toute rupture avec le Niger.",
    ],
)
def test_events_media_channels_hold_no_recipient(text):
    assert not any(MEDIA & r for _, r in sides(run(text), "REJECT"))


def test_events_media_channels_keep_a_medium_acted_on():
    text = "La junte malienne a suspendu mardi la diffusion de RFI et de France 24."
    assert any({"RFI", "FRANCE24"} <= r for _, r in sides(run(text), "COERCE"))
