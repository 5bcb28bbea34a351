"""A news organisation named as the source of what a sentence reports ("contacté par RFI", "a averti auprès de
l'agence Reuters", "contacted by Reuters", "Yonhap news agency reported") is no side of the act reported
(events/press.py, events.json ``press_source_words``); a medium named otherwise ("detained two Reuters
journalists") stays a side. Invented sentences; real states and media."""

from __future__ import annotations

import pytest

from test_events import coded

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy model

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("tcd", "Chad", "GPE", "TCD", None, "GOV", ["tchadien", "Tchad"]),
    ("ner", "Niger", "GPE", "NER", None, "GOV", ["Niger", "nigérien"]),
    ("mli", "Mali", "GPE", "MLI", None, "GOV", ["malien", "malienne", "Mali"]),
    ("prk", "North Korea", "GPE", "PRK", None, "GOV", ["North Korea", "Pyongyang"]),
    ("jpn", "Japan", "GPE", "JPN", None, "GOV", ["Japan"]),
    ("usa", "United States", "GPE", "USA", None, "GOV", ["Washington", "américain"]),
    ("rfi", "Radio France Internationale", "ORG", "RFI", "FRA", "MED", ["RFI"]),
    ("f24", "France 24", "ORG", "FRANCE24", "FRA", "MED", ["France 24"]),
    ("reuters", "Reuters", "ORG", "REUTERS", None, "MED", ["Reuters"]),
    ("yonhap", "Yonhap", "ORG", "YONHAP", None, "MED", ["Yonhap"]),
]
MEDIA = {"RFI", "FRANCE24", "REUTERS", "YONHAP"}


def _sides(text: str, lang: str) -> list[tuple[str, set[str], set[str]]]:
    return [
        (e["type"], {p["code"] for p in e["actors"]}, {p["code"] for p in e["recipients"]})
        for e in coded(text, lang, KB)
    ]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Le porte-parole de l'armée malienne, contacté par RFI, a accusé le Niger d'armer les rebelles."),
        ("fr", "Le président américain a averti jeudi auprès de l'agence Reuters que Pyongyang paierait cher."),
        ("en", "A spokesman for Japan, contacted by Reuters, accused North Korea of firing missiles."),
        (
            "en",
            "North Korea test-fired a ballistic missile on Saturday from a region north of its capital, Pyongyang, "
            "Yonhap news agency reported citing Japan's military.",
        ),
    ],
)
def test_press_source_is_no_side(lang, text):
    assert not any(MEDIA & (a | r) for _, a, r in _sides(text, lang))


@pytest.mark.parametrize(
    "lang, text, etype, actor, recipient",
    [
        (
            "fr",
            "Le porte-parole de l'armée malienne, contacté par RFI, a accusé le Niger d'armer les rebelles.",
            "ACCUSE",
            "MLI",
            "NER",
        ),
        (
            "en",
            "A spokesman for Japan, contacted by Reuters, accused North Korea of firing missiles.",
            "ACCUSE",
            "JPN",
            "PRK",
        ),
        ("en", "Washington accused North Korea of hacking, according to Reuters.", "ACCUSE", "USA", "PRK"),
    ],
)
def test_press_source_leaves_the_act_reported(lang, text, etype, actor, recipient):
    assert any(t == etype and actor in a and recipient in r for t, a, r in _sides(text, lang))


def test_press_source_keeps_a_medium_acted_on():
    found = _sides("North Korea detained two Reuters journalists on Monday.", "en")
    assert any(t == "COERCE" and "PRK" in a and "REUTERS" in r for t, a, r in found)
