"""An unnamed source named again ("…, a ajouté la même source", "selon cette source") is the source quoted last
(issue 12): the ministry whose communiqué was reported just before, not a new source described by the phrase; a
quoted fragment inside that report is no source of its own. An indefinite source ("une source proche du dossier")
is a new, described speaker. Invented sentences, institutions and statements."""

from __future__ import annotations

import pytest

from test_quotes import run
from veille.analysis.quotes import lexicon

FIRST = (
    "Le ministère de l’Agriculture du Valdor a indiqué dans un communiqué que Paul Martel avait répondu "
    "positivement, « pour l’instant », à la proposition de Jean Ribot « de dépêcher une mission »."
)


def speakers_of(quotes: list[dict], words: str) -> set[str]:
    hits = [q for q in quotes if words in q["text"]]
    assert hits, f"no quote holds {words!r}"
    return {s["name"] for s in hits[0]["speakers"]}


def test_quotes_same_source_lexicon_reads_the_adjective() -> None:
    assert "même" in lexicon("fr")["same_source"]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "second",
    [
        "Les experts sont arrivés dimanche à la frontière, a ajouté la même source.",
        "Les experts sont arrivés dimanche à la frontière, a ajouté cette même source.",
        "Les experts sont arrivés dimanche à la frontière, selon la même source.",
        "Les experts sont arrivés dimanche à la frontière, précise cette source.",
    ],
)
def test_quotes_same_source_is_the_source_quoted_last(second: str) -> None:
    quotes = run(f"{FIRST}\n\n{second}", "fr")
    assert speakers_of(quotes, "Les experts sont arrivés") == {"Valdor Ministry of Agriculture"}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "second, described",
    [
        ("Les experts sont arrivés dimanche à la frontière, a ajouté une source proche du dossier.", "une source"),
        ("Les experts sont arrivés dimanche à la frontière, a ajouté un responsable.", "un responsable"),
    ],
)
def test_quotes_same_source_a_new_source_stays_described(second: str, described: str) -> None:
    quotes = run(f"{FIRST}\n\n{second}", "fr")
    (name,) = speakers_of(quotes, "Les experts sont arrivés")
    assert name.lower().startswith(described)
