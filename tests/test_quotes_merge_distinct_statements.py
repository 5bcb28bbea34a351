"""Two statements of one speaker are not one statement reported twice (issue 12, stop 51). The last pass merges a
statement reported twice into one quote (:mod:`veille.analysis.quotes.merge`); it hid two shapes of two statements:
a fragment quoted first and the full words that hold it later (a « coup d'État » denied, then « Nous ne voyons là
aucun coup d'État »: the full words are now the record, where the fragment's had hidden them), and two short
quotes sharing three content words of five (the Jaccard index must pass 0.6, not reach it). Invented sentences and
people."""

from __future__ import annotations

import pytest

from veille.pipeline import analyze_text


def quote_texts(text: str) -> list[str]:
    """The texts of the quotes of ``text``."""
    return [q["text"] for q in analyze_text(text).to_dict()["quotes"]]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        (
            "Le porte-parole du conseil militaire, Paul Kessa, a démenti jeudi tout « coup d'État » devant les "
            "journalistes. « Nous ne voyons là aucun coup d'État », a affirmé M. Kessa à la radio.",
            "Nous ne voyons là aucun coup d'État",
        ),
        (
            "Le président de l'Union valdavienne, Marc Olinet, a parlé d'une « crise humanitaire ». "
            "L'organisation tiendra une conférence pour prévenir ce que M. Olinet a qualifié de « crise humanitaire "
            "imminente ».",
            "crise humanitaire imminente",
        ),
        (
            "La syndicaliste Claire Morvan a dénoncé mardi des « violations graves des droits humains » dans les "
            "usines du pays. Elle a aussi dénoncé des « violations graves des droits syndicaux » dans les mines.",
            "violations graves des droits syndicaux",
        ),
        (
            'The rebel leader Tom Barrow said it was the "last warning" to army units. Barrow later said it would be '
            '"one more warning to army units, police units, and militia units".',
            "it would be",
        ),
    ],
)
def test_merge_distinct_statements_kept(text: str, words: str) -> None:
    assert any(words in q for q in quote_texts(text))


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, count",
    [
        (  # a fragment quoted twice, word for word: one statement
            "Le ministre Paul Darnel a dénoncé un « refus d'obtempérer » du conducteur. Selon M. Darnel, il s'agit "
            "bien d'un « refus d'obtempérer ».",
            "refus d'obtempérer",
            1,
        ),
        (  # one added word: one statement reported twice
            "« Nous refusons toute négociation avec les rebelles », a déclaré le ministre Paul Darnel. Plus tard, "
            "M. Darnel a répété : « Nous refusons toute négociation avec les rebelles armés ».",
            "Nous refusons toute négociation",
            1,
        ),
    ],
)
def test_merge_one_statement_reported_twice(text: str, words: str, count: int) -> None:
    assert sum(q == words or q.startswith(words) for q in quote_texts(text)) == count
