""" "Ce dernier", "cette dernière", "celui-ci", "the latter" stand for the last party the text named as a noun, not
the last one that acted: "X a accusé Y. Ce dernier a démenti" is Y's denial. A nationality adjective in between
("une chaîne allemande") is no party named. Invented sentences and people; real states."""

from __future__ import annotations

import pytest

from test_events import coded

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("niger", "Niger", "GPE", "NER", None, "GOV", ["Niger"]),
    ("benin", "Benin", "GPE", "BEN", None, "GOV", ["Bénin", "Benin"]),
    ("france", "France", "GPE", "FRA", None, "GOV", ["France"]),
    ("russia", "Russia", "GPE", "RUS", None, "GOV", ["Russie", "Russia"]),
    ("germany", "Germany", "GPE", "DEU", None, "GOV", ["allemande", "German"]),
    ("martin", "Jean Martin", "PERSON", None, "BEL", "GOV", ["Jean Martin"]),
]


def actors_of(text: str, lang: str, etype: str) -> list[set]:
    return [{p["code"] for p in e["actors"]} for e in coded(text, lang, KB) if e["type"] == etype]


@pytest.mark.parametrize(
    "lang,text,etype,actor",
    [
        ("fr", "Le Niger a accusé le Bénin de complot. Ce dernier a rejeté ces accusations.", "REJECT", "BEN"),
        ("fr", "Le Niger accuse le Bénin de complot. Celui-ci rejette ces accusations.", "REJECT", "BEN"),
        ("fr", "La Russie a critiqué la France. Celle-ci a rejeté ces accusations.", "REJECT", "FRA"),
        ("fr", "La Russie a critiqué la France. Cette dernière a démenti ces accusations.", "REJECT", "FRA"),
        ("fr", "Le Niger a accusé le Bénin de complot, mais ce dernier a rejeté ces accusations.", "REJECT", "BEN"),
        (
            "fr",
            "Jean Martin s'est exprimé sur une chaîne allemande, où ce dernier a condamné la Russie.",
            "ACCUSE",
            "BEL",
        ),
        ("en", "Niger accused Benin of plotting. The latter rejected the accusations.", "REJECT", "BEN"),
        ("en", "Russia criticised France on Monday. The latter denied the accusations.", "REJECT", "FRA"),
        (
            "en",
            "Jean Martin spoke on a German channel, where the latter condemned Russia.",
            "ACCUSE",
            "BEL",
        ),
    ],
)
def test_events_latter_is_the_last_party_named(lang, text, etype, actor):
    assert {actor} in actors_of(text, lang, etype)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Le Niger a accusé le Bénin de complot. Il a ensuite rappelé son ambassadeur à Cotonou."),
        ("en", "Niger accused Benin of plotting. It then recalled its ambassador from Cotonou."),
    ],
)
def test_events_latter_plain_pronoun_stays_the_last_actor(lang, text):
    found = coded(text, lang, KB)
    assert not any({p["code"] for p in e["actors"]} == {"BEN"} for e in found)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Jean Martin est arrivé mardi au Bénin. Mercredi, ce dernier a condamné la Russie."),
        ("en", "Jean Martin arrived in Benin on Tuesday. On Wednesday the latter condemned Russia."),
    ],
)
def test_events_latter_is_no_place(lang, text):
    assert {"BEL"} in actors_of(text, lang, "ACCUSE")
