"""A seizure of power told by a verb is a coup (COERCE of the state on itself, as the real-news golds code coups).
A coup verb with no coded author (events.json ``coup_verbs``, French only: « renverser »; « des militaires qui ont
renversé lundi le chef de l'État X ») is the act of the military of the state it deposes, as a coup noun
told without its authors already was (``coup_nouns``); a seizure by an armed force that names no one coded that it
deposes (« les rebelles ont pris le pouvoir au Tchad ») falls on the rulers of that state. French « prendre le
pouvoir » is read as a seizure when its subject is an armed force (new events.tsv condition ``armed``: a MIL or REB
party, a military role, a noun of ``armed_nouns``; a relative pronoun stands for the noun its clause qualifies).
Near misses: an elected leader who takes power, a coup verb whose sentence names the coup by its noun (one act,
told once), a party « au pouvoir ». Invented sentences and people, real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("gabon", "Gabon", "GPE", "GAB", None, "GOV", ["Gabon", "gabonais", "gabonaise"]),
    ("chad", "Chad", "GPE", "TCD", None, "GOV", ["Tchad", "tchadien", "Chad"]),
    ("zambia", "Zambia", "GPE", "ZMB", None, "GOV", ["Zambie", "Zambia"]),
    ("per:marolo", "Jean Marolo", "PERSON", None, "GAB", "GOV", ["Jean Marolo"]),
    ("org:flk", "FLK", "ORG", "FLK", None, "REB", ["FLK"]),
]


@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"),
    [
        ("fr", "Les militaires qui ont renversé lundi le président Jean Marolo ont fermé l'aéroport.", "GAB", "GAB"),
        ("fr", "Les colonels ont dissous l'Assemblée en renversant le président Jean Marolo.", "GAB", "GAB"),
        ("fr", "Les rebelles du FLK ont pris le pouvoir au Tchad en mars.", "FLK", "TCD"),
        ("fr", "Le FLK, qui a pris le pouvoir au Tchad en mars, a fermé les frontières.", "FLK", "TCD"),
        ("en", "The FLK rebels seized power in Chad in March.", "FLK", "TCD"),  # as before: "seize" reads it
    ],
)
def test_events_coup_seizures_coerce(lang: str, text: str, actor: str, recipient: str) -> None:
    assert any(actor in a and recipient in r for a, r in sides(coded(text, lang, KB), "COERCE"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le président élu a pris le pouvoir en Zambie en août."),
        ("fr", "Jean Marolo a pris le pouvoir au Gabon après sa victoire électorale."),
        ("fr", "Le parti au pouvoir au Gabon a salué la décision de Jean Marolo."),
        ("en", "The newly elected president took power in Zambia in August."),
    ],
)
def test_events_coup_seizures_near_misses_no_coup(lang: str, text: str) -> None:
    assert sides(coded(text, lang, KB), "COERCE") == []


def test_events_coup_seizures_coup_noun_told_once() -> None:
    text = "Après le coup d'État de mars au Gabon, les militaires qui ont renversé le président Jean Marolo ont fui."
    assert len(sides(coded(text, "fr", KB), "COERCE")) == 1
