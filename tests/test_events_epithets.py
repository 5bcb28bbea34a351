"""Epithets of a state as a subject or agent (``data/kb/epithets.tsv``): a fixed one names its state ("l'Etat
hébreu", "the Jewish state", "le pays du Cèdre", "the Islamic Republic"); a common noun with a definite or
demonstrative determiner and nothing else ("le royaume", "the kingdom", "ce pays") stands for the last state the
discourse named as an actor; an indefinite or qualified one ("un pays", "le pays voisin") names no one. Invented
sentences, French and English; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("israel", "Israel", "GPE", "ISR", None, "GOV", ["Israël", "Israel"]),
    ("lebanon", "Lebanon", "GPE", "LBN", None, "GOV", ["Liban", "Lebanon"]),
    ("iran", "Iran", "GPE", "IRN", None, "GOV", ["Iran", "iraniens", "Iranian"]),
    ("saudi", "Saudi Arabia", "GPE", "SAU", None, "GOV", ["Arabie saoudite", "Saudi Arabia"]),
    ("qatar", "Qatar", "GPE", "QAT", None, "GOV", ["Qatar"]),
]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le Liban a porté plainte à l'ONU. L'Etat hébreu a bombardé le Liban mardi."),
        ("fr", "Le Liban a porté plainte à l'ONU. Le Liban a été bombardé mardi par l'Etat hébreu."),
        ("en", "Lebanon filed a complaint at the UN. The Jewish state bombed Lebanon on Tuesday."),
        ("en", "Lebanon filed a complaint at the UN. Lebanon was bombed on Tuesday by the Jewish state."),
    ],
)
def test_events_epithets_a_fixed_epithet_names_its_state(lang: str, text: str) -> None:
    assert ({"ISR"}, {"LBN"}) in sides(coded(text, lang, KB), "ASSAULT")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Israël a frappé des cibles au sud. Le pays du Cèdre a condamné Israël lundi."),
        ("en", "Israel struck targets in the south. The Islamic Republic condemned Israel on Monday."),
    ],
)
def test_events_epithets_a_fixed_epithet_of_another_state(lang: str, text: str) -> None:
    expected = "LBN" if lang == "fr" else "IRN"
    assert ({expected}, {"ISR"}) in sides(coded(text, lang, KB), "ACCUSE")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "L'Arabie saoudite a convoqué l'ambassadeur du Qatar. Le royaume a aussi expulsé trois diplomates "
            "iraniens.",
        ),
        (
            "fr",
            "L'Arabie saoudite a convoqué l'ambassadeur du Qatar. Ce pays a aussi expulsé trois diplomates iraniens.",
        ),
        ("en", "Saudi Arabia summoned the envoy of Qatar. The kingdom also expelled three Iranian diplomats."),
        ("en", "Saudi Arabia summoned the envoy of Qatar. The country also expelled three Iranian diplomats."),
    ],
)
def test_events_epithets_a_common_noun_is_the_last_state_acting(lang: str, text: str) -> None:
    found = sides(coded(text, lang, KB), "SANCTION") + sides(coded(text, lang, KB), "COERCE")
    assert ({"SAU"}, {"IRN"}) in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "L'Arabie saoudite a convoqué l'ambassadeur du Qatar. Un pays a aussi expulsé trois diplomates iraniens.",
        ),
        (
            "fr",
            "L'Arabie saoudite a convoqué l'ambassadeur du Qatar. Le pays voisin a expulsé trois diplomates iraniens.",
        ),
        ("en", "Saudi Arabia summoned the envoy of Qatar. A country also expelled three Iranian diplomats."),
        ("en", "Saudi Arabia summoned the envoy of Qatar. The neighbouring country expelled three Iranian diplomats."),
    ],
)
def test_events_epithets_an_indefinite_or_qualified_noun_names_no_one(lang: str, text: str) -> None:
    found = sides(coded(text, lang, KB), "SANCTION") + sides(coded(text, lang, KB), "COERCE")
    assert all("IRN" not in r for _, r in found)


RUSSIA = [("russia", "Russia", "GPE", "RUS", None, "GOV", ["Russie", "Russia", "russe", "Russian"])]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Western sanctions have hit the economy of Russia hard since the invasion."),
        ("fr", "Les sanctions occidentales frappent durement l'économie de la Russie depuis l'invasion."),
        ("en", "The West imposed sanctions on Russia after the invasion."),
        ("fr", "Les Occidentaux ont imposé des sanctions à la Russie après l'invasion."),
        ("fr", "L'Occident a imposé des sanctions à la Russie après l'invasion."),
    ],
)
def test_events_epithets_the_west_is_a_bloc(lang: str, text: str) -> None:
    assert ({"WST"}, {"RUS"}) in sides(coded(text, lang, RUSSIA), "SANCTION")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A Western diplomat said sanctions on Russia would be debated on Monday."),
        ("fr", "Un diplomate occidental a indiqué que des sanctions contre la Russie seraient débattues lundi."),
    ],
)
def test_events_epithets_a_western_person_is_no_bloc_act(lang: str, text: str) -> None:
    assert all("WST" not in a for a, _ in sides(coded(text, lang, RUSSIA), "SANCTION"))
