"""A joint phrase as the object of a trigger ("le Tchad a salué les deux pays", "urged both sides", "congratulated
the two countries") names the sides the discourse met last (the parties of the last joint act, else the two states
named most), the actor apart. Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("niger", "Niger", "GPE", "NER", None, "GOV", ["Niger"]),
    ("benin", "Benin", "GPE", "BEN", None, "GOV", ["Bénin", "Benin"]),
    ("chad", "Chad", "GPE", "TCD", None, "GOV", ["Tchad", "Chad"]),
    ("cotonou", "Cotonou", "GPE", "BEN", None, None, ["Cotonou"]),
]
SIGNED = {
    "fr": "Le Niger et le Bénin ont signé un accord de paix lundi à Cotonou. ",
    "en": "Niger and Benin signed a peace agreement on Monday in Cotonou. ",
}


def run(text: str, lang: str) -> list[dict]:
    return coded(SIGNED[lang] + text, lang, KB)


@pytest.mark.parametrize(
    "lang,text,etype",
    [
        ("fr", "Le Tchad a salué les deux pays.", "SUPPORT"),
        ("fr", "Le Tchad a félicité les deux pays pour cet accord.", "SUPPORT"),
        ("fr", "Mardi, le Tchad a chaleureusement félicité les deux pays.", "SUPPORT"),
        ("fr", "Le Tchad a exhorté les deux pays à respecter l'accord.", "REQUEST"),
        ("en", "Chad welcomed the two countries.", "SUPPORT"),
        ("en", "On Tuesday, Chad congratulated both countries on the deal.", "SUPPORT"),
        ("en", "Chad urged both sides to respect the agreement.", "REQUEST"),
    ],
)
def test_events_joint_recipients_are_the_last_sides(lang, text, etype):
    assert ({"TCD"}, {"NER", "BEN"}) in sides(run(text, lang), etype)


@pytest.mark.parametrize(
    "lang,text",
    [("fr", "Le Niger a remercié les deux pays."), ("en", "Niger thanked the two countries.")],
)
def test_events_joint_recipients_leave_out_the_actor(lang, text):
    assert ({"NER"}, {"BEN"}) in sides(run(text, lang), "SUPPORT")


@pytest.mark.parametrize(
    "lang,text",
    [("fr", "Le Tchad a salué les deux pays."), ("en", "Chad welcomed the two countries.")],
)
def test_events_joint_recipients_need_two_sides_named(lang, text):
    assert not [s for s in sides(coded(text, lang, KB), "SUPPORT") if s[1]]
