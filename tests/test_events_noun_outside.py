"""Event nouns whose sides the parse hangs outside the noun phrase: an event noun object that the parse took for
an adjunct of the date before it ("ont lancé mercredi leur offensive": the support verb's subject acts), and a
target hung on the author's genitive ("l'attaque de X contre Y"). Invented sentences, French and English; real
states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("tur", "Turkey", "GPE", "TUR", None, "GOV", ["Turquie", "turques", "Turkish"]),
    ("irq", "Iraq", "GPE", "IRQ", None, "GOV", ["Irak", "Iraq"]),
    ("arg", "Argentina", "GPE", "ARG", None, "GOV", ["Argentine", "Argentina"]),
    ("chl", "Chile", "GPE", "CHL", None, "GOV", ["Chili", "Chile"]),
    ("bra", "Brazil", "GPE", "BRA", None, "GOV", ["Brésil", "Brazil"]),
    ("tcd", "Chad", "GPE", "TCD", None, "GOV", ["Tchad", "Chad"]),
    ("sdn", "Sudan", "GPE", "SDN", None, "GOV", ["Soudan", "Sudan", "soudanaise"]),
]


def run(text: str, lang: str) -> list[dict]:
    return coded(text, lang, KB)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Les forces armées turques ont lancé mercredi leur offensive militaire dans le nord de l'Irak.", {"TUR"}),
        ("Les forces armées turques ont lancé le 9 octobre une offensive dans le nord de l'Irak.", {"TUR"}),
    ],
)
def test_events_noun_outside_object_after_date_takes_the_support_verb_subject(text, expected):
    assert any(actors == expected for actors, _ in sides(run(text, "fr"), "ASSAULT"))


@pytest.mark.parametrize(
    "text",
    [
        "Le Tchad a condamné mercredi l'offensive de l'armée soudanaise.",  # judged, not done
        "Le Tchad a dénoncé mercredi une offensive contre le Soudan.",
    ],
)
def test_events_noun_outside_object_after_date_of_a_judging_verb_is_not_its_act(text):
    assert not any(actors == {"TCD"} for actors, _ in sides(run(text, "fr"), "ASSAULT"))


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Des milliers de Chiliens sont bloqués depuis l'attaque de l'Argentine contre le Chili, le 3 mai."),
        ("en", "Thousands of Chileans have been stranded since the attack of Argentina against Chile on 3 May."),
    ],
)
def test_events_noun_outside_target_hung_on_the_author(lang, text):
    assert ({"ARG"}, {"CHL"}) in sides(run(text, lang), "ASSAULT")


def test_events_noun_outside_partner_of_the_author_is_no_target():
    found = sides(run("Le Chili est inquiet depuis l'attaque de l'Argentine avec le Brésil.", "fr"), "ASSAULT")
    assert not any("BRA" in recipients for _, recipients in found)
