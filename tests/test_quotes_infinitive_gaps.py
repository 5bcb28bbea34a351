"""French reported speech through a bare infinitive set apart from its speech verb (issue 12): by a time phrase ("a
annoncé lundi avoir adopté…", "a déclaré hier soir avoir discuté…") or an addressee with its apposition ("a affirmé
à X, le président du Sénat, être « détenu »…"), wherever the parser hangs the infinitive; not an infinitive that a
preposition introduces ("a demandé lundi à X de partir") nor an object before it ("a annoncé la fin des travaux").
And a state's regime or a state named by its kind ("le régime valdorien", "la principauté de Monaco") speaks for
the state. Invented sentences, people and statements."""

from __future__ import annotations

import pytest

from quote_fixtures import speakers_of
from test_quotes import run


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        ("Paul Martel a annoncé lundi avoir adopté sans délai le nouveau plan de voirie.", "avoir adopté sans délai"),
        ("Paul Martel a déclaré hier soir avoir discuté avec Jean Ribot de nombreux sujets.", "avoir discuté avec"),
        ("Paul Martel a indiqué mardi 15 novembre ne pas vouloir se représenter aux élections.", "ne pas vouloir"),
        (
            "Paul Martel a affirmé à Jean Ribot, le président du Sénat, être « détenu » à son domicile par la police.",
            "être « détenu »",
        ),
        (
            "Paul Martel a assuré jeudi, devant la presse, avoir obtenu des assurances.",
            "avoir obtenu",
        ),
    ],
)
def test_quotes_infinitive_gaps_a_time_phrase_or_addressee_before_the_infinitive(text: str, words: str) -> None:
    quotes = run(text, "fr")
    assert speakers_of(quotes, words) == {"Paul Martel"}
    hit = next(q for q in quotes if words in q["text"])
    assert hit["text"].startswith(words.split()[0]) and not hit["direct"]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        ("Paul Martel a demandé lundi à Jean Ribot de partir avant la fin de la réunion.", "partir avant"),
        ("Paul Martel a annoncé lundi la fin des travaux pour pouvoir rouvrir le pont.", "pouvoir rouvrir"),
        ("Paul Martel a indiqué lundi aux habitants à suivre les consignes de la mairie.", "suivre les consignes"),
    ],
)
def test_quotes_infinitive_gaps_no_bare_infinitive_is_no_such_report(text: str, words: str) -> None:
    assert not any(q["text"].startswith(words.split()[0]) for q in run(text, "fr"))


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        ("Le Valdor a menti. Le régime valdorien a finalement admis avoir détourné les fonds.", "avoir détourné"),
        ("Le Valdor a menti. La junte valdorienne a annoncé que l’ambassadeur devait partir.", "l’ambassadeur devait"),
    ],
)
def test_quotes_infinitive_gaps_a_regime_speaks_for_its_state(text: str, words: str) -> None:
    assert speakers_of(run(text, "fr"), words) == {"Valdor"}


@pytest.mark.e2e
def test_quotes_infinitive_gaps_a_state_named_by_its_kind_speaks() -> None:
    spec = {"mon": ("Monaco", "GPE", ["Monaco"])}
    text = "La principauté de Monaco a annoncé mardi avoir décidé le blocage immédiat des comptes."
    assert speakers_of(run(text, "fr", spec), "avoir décidé") == {"Monaco"}
