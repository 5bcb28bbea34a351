"""Sides that a clause gives an event noun or verb through a link the parse makes loose: the second noun of a
coordination under a support verb ("announced the suspension of talks and the expulsion of ten diplomats"); the
inverted pronoun of a French incise ("a-t-il dénoncé"); rulers named by a common noun in an event noun's recipient
complement ("un ultimatum aux militaires au pouvoir en Guinée", "an ultimatum to the junta in Mali"); a protest noun
in an adjunct that names its target is a crowd of the place ("tuées lors de manifestations contre le président X"); a
stance on the relations between two states is aimed at the partner of the actor's latest meeting ("a salué les
relations d'amitié entre les deux pays"); forces that withdraw leave the state where a participle places them ("les
départs de soldats français déployés au Mali").
Invented sentences, French and English; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("norway", "Norway", "GPE", "NOR", None, "GOV", ["Norvège", "Norway"]),
    ("russia", "Russia", "GPE", "RUS", None, "GOV", ["Russie", "Russia", "russes", "Russian"]),
    ("ecowas", "ECOWAS", "ORG", "ECOWAS", None, "IGO", ["CEDEAO", "ECOWAS"]),
    ("niger", "Niger", "GPE", "NER", None, "GOV", ["Niger"]),
    ("mali", "Mali", "GPE", "MLI", None, "GOV", ["Mali"]),
    ("guinea", "Guinea", "GPE", "GIN", None, "GOV", ["Guinée", "Guinea"]),
    ("france", "France", "GPE", "FRA", None, "GOV", ["français", "France"]),
    ("usa", "United States", "GPE", "USA", None, "GOV", ["US"]),
    ("iraq", "Iraq", "GPE", "IRQ", None, "GOV", ["Iraq"]),
    ("dakar", "Dakar", "GPE", "SEN", None, None, ["Dakar"]),
    ("nairobi", "Nairobi", "GPE", "KEN", None, None, ["Nairobi"]),
    ("diallo", "Moussa Diallo", "PERSON", None, "SEN", "GOV", ["Moussa Diallo"]),
    ("mwangi", "Daniel Mwangi", "PERSON", None, "KEN", "GOV", ["Daniel Mwangi"]),
]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La Norvège a annoncé lundi la suspension des contacts et l'expulsion de dix diplomates russes.", "fr"),
        ("La Norvège a annoncé la suspension des contacts ainsi que l'expulsion de dix diplomates russes.", "fr"),
        ("Norway announced the suspension of contacts and the expulsion of ten Russian diplomats on Monday.", "en"),
    ],
)
def test_events_side_links_second_noun_of_a_support_verb(text: str, lang: str) -> None:
    assert ({"NOR"}, {"RUS"}) in sides(coded(text, lang, KB), "COERCE")


HOLM = ("holm", "Lars Holm", "PERSON", None, "NOR", "GOV", ["Lars Holm", "Holm"])


def test_events_side_links_inverted_pronoun_of_an_incise_is_the_speaker() -> None:
    # "a-t-il dénoncé": the euphonic "-t" is no subject; the pronoun joined to the verb is, here the quote's speaker
    text = "Lars Holm a rencontré des journalistes lundi. « La Russie ment sur tout », a-t-il dénoncé."
    words = "La Russie ment sur tout"
    start = text.find(words)
    said = {"text": words, "start": start, "end": start + len(words), "direct": True, "cue": "dénoncer"}
    said["speakers"] = [{"id": "holm", "name": "Lars Holm"}]
    assert ({"NOR"}, {"RUS"}) in sides(coded(text, "fr", [*KB, HOLM], quotes=[said]), "ACCUSE")


@pytest.mark.parametrize(
    ("text", "lang", "state"),
    [
        ("La CEDEAO a adressé jeudi un ultimatum de dix jours aux militaires au pouvoir en Guinée.", "fr", "GIN"),
        ("La CEDEAO a adressé lundi un ultimatum à la junte au pouvoir au Mali.", "fr", "MLI"),
        ("ECOWAS issued an ultimatum to the junta in Mali on Sunday after the coup.", "en", "MLI"),
    ],
)
def test_events_side_links_rulers_named_by_a_noun_are_the_recipient(text: str, lang: str, state: str) -> None:
    assert ({"ECOWAS"}, {state}) in sides(coded(text, lang, KB), "THREATEN")


def test_events_side_links_a_crowd_is_no_ruler() -> None:
    # the police and a crowd are no rulers: an appeal to protesters names no state as its recipient
    events = coded("La CEDEAO a lancé un appel aux manifestants au Mali.", "fr", KB)
    assert all("MLI" not in r for _, r in sides(events, "REQUEST"))


@pytest.mark.parametrize(
    ("text", "lang", "state"),
    [
        (
            "Trois personnes ont été blessées mardi à Dakar lors de manifestations contre le président Moussa Diallo.",
            "fr",
            "SEN",
        ),
        ("Two people were killed in Nairobi on Tuesday during protests against President Daniel Mwangi.", "en", "KEN"),
    ],
)
def test_events_side_links_protest_noun_in_an_adjunct_is_a_crowd_of_the_place(text: str, lang: str, state: str) -> None:
    assert ({state}, {state}) in sides(coded(text, lang, KB), "PROTEST")


def test_events_side_links_a_month_is_no_march() -> None:
    assert sides(coded("The two delegations met in Nairobi in March to discuss the border.", "en", KB), "PROTEST") == []


def test_events_side_links_a_protest_noun_without_target_in_an_adjunct_is_background() -> None:
    # a protest told only as the time of another act names no crowd ("during anti-government protests")
    text = "The government cut mobile internet access in Nairobi during anti-government protests."
    assert sides(coded(text, "en", KB), "PROTEST") == []


PETROV = ("petrov", "Ivan Petrov", "PERSON", None, "RUS", "GOV", ["Ivan Petrov", "Petrov"])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Lars Holm a rencontré lundi Ivan Petrov à Oslo. "
            "Lars Holm a salué les relations d'amitié entre les deux pays.",
            "fr",
        ),
        ("Lars Holm met Ivan Petrov in Oslo on Monday. Lars Holm spoke highly of bilateral ties.", "en"),
    ],
)
def test_events_side_links_praise_of_relations_is_aimed_at_the_partner(text: str, lang: str) -> None:
    assert ({"NOR"}, {"RUS"}) in sides(coded(text, lang, [*KB, HOLM, PETROV]), "SUPPORT")


@pytest.mark.parametrize(
    ("text", "lang", "sides_"),
    [
        (
            "Le ministère des Armées a confirmé jeudi les départs de soldats français déployés au Mali.",
            "fr",
            ("FRA", "MLI"),
        ),
        ("The army said on Monday that the withdrawal of US troops stationed in Iraq had begun.", "en", ("USA", "IRQ")),
    ],
)
def test_events_side_links_withdrawing_forces_leave_where_they_are_stationed(
    text: str, lang: str, sides_: tuple[str, str]
) -> None:
    assert ({sides_[0]}, {sides_[1]}) in sides(coded(text, lang, KB), "RETREAT")
