"""A French sentence closed by an incise of speech ("…, a indiqué dimanche X.") whose own main verb states something
through its object only ("condamne l'attaque", "a accusé X de…", "exige la libération de…", "appelle au calme"): the
whole sentence is the incise speaker's report, as the real-news gold lists it, not the object's statement by the
sentence's subject; the incise's inverted subjects joined by "et" speak together. A content clause ("a affirmé que…")
stays a nested report of its own subject. Shapes written before the fix, for a class sorted from dev misses; all people,
places and statements are invented."""

from __future__ import annotations

import pytest

from test_quotes import run, said_by

#: (text, first words of the report, its speakers joined by " + ")
SHAPES = [
    (
        "Le Valdor condamne fermement l'attaque contre la centrale, a indiqué dimanche Paul Martel.",
        "Le Valdor condamne fermement",
        "Paul Martel",
    ),
    (
        "Le Valdor a accusé Jean Ribot devant le tribunal de détourner des fonds publics, a annoncé vendredi "
        "Claire Vasseur.",
        "Le Valdor a accusé Jean Ribot",
        "Claire Vasseur",
    ),
    (
        "Le Valdor exige la libération immédiate des trois pêcheurs, a déclaré mardi le ministère de l’Agriculture "
        "du Valdor.",
        "Le Valdor exige la libération",
        "Valdor Ministry of Agriculture",
    ),
    (
        "Le Palais d’Ostrel appelle au calme dans la capitale, a affirmé Jean Ribot dans un communiqué.",
        "Le Palais d’Ostrel appelle au calme",
        "Jean Ribot",
    ),
    (
        "Le Valdor a dénoncé l'arrestation de deux pêcheurs, a précisé jeudi Claire Vasseur.",
        "Le Valdor a dénoncé l'arrestation",
        "Claire Vasseur",
    ),
    # the incise's inverted subjects joined by "et"
    (
        "Le Valdor condamne fermement l'attaque contre la centrale, ont indiqué dimanche Paul Martel et Claire "
        "Vasseur.",
        "Le Valdor condamne fermement",
        "Paul Martel + Claire Vasseur",
    ),
    (
        "Le Valdor condamne l'incendie du dépôt, ont indiqué le maire Paul Martel et la ministre de l'Agriculture "
        "Claire Vasseur.",
        "Le Valdor condamne l'incendie",
        "Paul Martel + Claire Vasseur",
    ),
    (
        "Le barrage sera terminé en mai, ont assuré mardi Paul Martel et Jean Ribot.",
        "Le barrage sera terminé",
        "Paul Martel + Jean Ribot",
    ),
]


@pytest.mark.e2e
@pytest.mark.parametrize(("text", "words", "who"), SHAPES)
def test_incise_reports_the_sentence_over_its_object(text: str, words: str, who: str) -> None:
    assert said_by(text, words, who)


#: near misses: (text, words, who) that must still be read so
KEPT = [
    # a content clause of the sentence's own speech verb stays its subject's nested report
    (
        "Paul Martel a affirmé que le barrage serait terminé en mai, a indiqué Claire Vasseur.",
        "le barrage serait terminé",
        "Paul Martel",
    ),
    # no incise: the object is the subject's statement
    ("Le Valdor condamne fermement l'attaque contre la centrale.", "l'attaque contre la centrale", "Valdor"),
]


@pytest.mark.e2e
@pytest.mark.parametrize(("text", "words", "who"), KEPT)
def test_near_misses_keep_their_reading(text: str, words: str, who: str) -> None:
    assert said_by(text, words, who)


#: near misses: coordinated predicates of one subject, no incise: nobody else reports the sentence
NO_REPORT = [
    ("Le Valdor a condamné l'attaque, a ajouté une taxe et a annoncé des mesures.", "Le Valdor a condamné"),
    ("Paul Martel a rencontré Jean Ribot, a visité l'usine et a quitté la ville mardi.", "Paul Martel a rencontré"),
]


@pytest.mark.e2e
@pytest.mark.parametrize(("text", "words"), NO_REPORT)
def test_coordinated_predicates_are_no_incise(text: str, words: str) -> None:
    assert not any(words in q["text"] for q in run(text, "fr"))
