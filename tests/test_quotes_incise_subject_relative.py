"""A closing incise whose inverted subject carries a relative clause of its own still closes the sentence before it
(issue 12, stop 48; `quotes/closing.py`, lexicon flag ``incise_subject_relative``, French): "…, a annoncé le
gouverneur X qui visite les blessés", "…, ont annoncé les autorités de Y qui avaient lancé…" report the sentence,
where the verbs of the relative clause had been read as a clause after the incise and the sentence left unreported.
The relative clause is not reported with it. Invented people, places and statements."""

from __future__ import annotations

import pytest

from veille.pipeline import analyze_text


def quotes_of(text: str) -> list[tuple[str, set[str]]]:
    return [(q["text"], {s["name"] for s in q["speakers"]}) for q in analyze_text(text).to_dict()["quotes"]]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            "Le port de Brévonne a été bombardé dimanche, a annoncé le gouverneur Paul Martel qui visite"
            " les blessés à l'hôpital.",
            "Le port de Brévonne a été bombardé dimanche",
            "Paul Martel",
        ),
        (
            "Le port de Brévonne a été bombardé dimanche, ont annoncé les autorités de Valdor qui avaient lancé la"
            " veille une offensive.",
            "Le port de Brévonne a été bombardé dimanche",
            "les autorités de Valdor",
        ),
        # no relative clause: as before
        (
            "Le port de Brévonne a été bombardé dimanche, a annoncé le gouverneur Paul Martel.",
            "Le port de Brévonne a été bombardé dimanche",
            "Paul Martel",
        ),
    ],
)
def test_closing_incise_subject_relative(text: str, words: str, who: str) -> None:
    found = quotes_of(text)
    assert (words, {who}) in found
    assert not any("hôpital" in q or "offensive" in q for q, _ in found)  # the relative clause is not reported
