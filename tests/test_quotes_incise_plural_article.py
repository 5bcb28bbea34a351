"""A closing incise whose inverted subject opens with the indefinite plural article « des » (issue 12).

« …, ont indiqué à la presse des sources sécuritaires », « …, ont indiqué jeudi des sources médicales à la presse »:
the French model tags « des » there as a preposition (« de » + « les »), so the words after the incise verb read as
a complement and no subject, and the report was dropped. After a plural incise verb, a word of the lexicon kind
``plural_article`` before a plural noun opens the verb's subject (`quotes.incises.plural_subject`, read by
`incises.skip_complements`, `subjects._words_after` and `closing._closing`). The real-news golds list those sentences
as reported quotes of described sources (corpus/real5 ti-03, tl-03; corpus/real10 yc-01). Near misses: a plural
speech verb with a complement in « des » before its subject, a singular verb with such a complement, a clause with
no incise. Every person, place and statement is invented."""

from __future__ import annotations

import pytest

from test_quotes import run, said_by_described

SPEC = {
    "durand": ("Paul Durand", "PERSON", ["Paul Durand", "Durand"]),
    "valdor": ("Valdor", "GPE", ["Valdor"]),
    "brevonne": ("Brévonne", "GPE", ["Brévonne"]),
}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, word",
    [
        (  # the article after a complement, the model hanging the noun on it
            "Deux soldats ont péri samedi près du col de Brévonne, ont indiqué à la presse des sources sécuritaires.",
            "Deux soldats ont péri samedi",
            "sources",
        ),
        (  # after a day, a complement after the subject
            "Deux soldats ont péri samedi près du col de Brévonne, ont indiqué jeudi des sources médicales à la "
            "presse.",
            "Deux soldats ont péri samedi",
            "sources",
        ),
        (  # a relative clause on the subject
            "Le port de Brévonne a été fermé lundi, ont affirmé mardi à la presse des témoins qui ont vu les navires "
            "partir.",
            "Le port de Brévonne a été fermé lundi",
            "témoins",
        ),
        (  # a clause of manner after the subject
            "Le port de Brévonne sera rouvert en mai, ont annoncé lundi des responsables du port, sans donner de date "
            "précise.",
            "Le port de Brévonne sera rouvert en mai",
            "responsables",
        ),
    ],
)
def test_quotes_incise_plural_article_subject(text: str, words: str, word: str) -> None:
    assert said_by_described(text, words, word), run(text, "fr", SPEC)


def _quotes(text: str) -> list[tuple[str, frozenset[str]]]:
    return [(q["text"], frozenset(s["name"] for s in q["speakers"])) for q in run(text, "fr", SPEC)]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, want",
    [
        (  # a plural verb's complement in « des », its subject after it
            "Les prix ont baissé de moitié à Brévonne, se sont félicités des résultats les ministres du Valdor.",
            [("Les prix ont baissé de moitié à Brévonne", frozenset({"les ministres du Valdor"}))],
        ),
        (  # a singular verb's complement in « des »
            "Le port de Brévonne a été fermé lundi, a parlé des dégâts le maire Paul Durand.",
            [("Le port de Brévonne a été fermé lundi", frozenset({"Paul Durand"}))],
        ),
        ("Les habitants de Brévonne ont parlé des combats à la presse.", []),  # no incise
    ],
)
def test_quotes_incise_plural_article_near_misses(text: str, want: list[tuple[str, frozenset[str]]]) -> None:
    assert _quotes(text) == want
