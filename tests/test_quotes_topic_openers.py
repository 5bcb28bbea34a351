"""A sentence opened by "Pour …," names its source only when a phrase that can speak follows (issue 12): "Pour X, le
texte est mort-né" is X's view; "Pour rappel, X avait été sommé de partir", "Pour mémoire, …", "Pour ce qui est
des contrôles, X a …" report nothing (a bare noun, a locution), and the name after the comma is the subject of the
narrative, not a source in apposition. Invented sentences and people."""

from __future__ import annotations

import pytest

from test_quotes import run

LEAD = "Le conseil militaire a pris le pouvoir en juillet dans la capitale."
VIEW = "le conseil militaire n’a aucune légitimité"


def speakers_of(quotes: list[dict], words: str) -> set[str] | None:
    """The speakers of the quote holding ``words``; None when no quote holds them."""
    hits = [q for q in quotes if words in q["text"]]
    return {s["name"] for s in hits[0]["speakers"]} if hits else None


@pytest.mark.e2e
@pytest.mark.parametrize("opener", ["Pour rappel", "Pour mémoire", "Pour info", "Pour ce qui est des contrôles"])
def test_quotes_topic_openers_report_nothing(opener: str) -> None:
    text = f"{LEAD} {opener}, Paul Martel avait été sommé de quitter le pays le 25 août par le conseil."
    assert speakers_of(run(text, "fr"), "avait été sommé") is None


@pytest.mark.e2e
@pytest.mark.parametrize("source", ["Paul Martel", "le maire de Brévonne"])
def test_quotes_topic_openers_a_source_still_speaks(source: str) -> None:
    assert speakers_of(run(f"{LEAD} Pour {source}, {VIEW}.", "fr"), VIEW) == {"Paul Martel"}


@pytest.mark.e2e
def test_quotes_topic_openers_a_name_after_a_role_still_speaks() -> None:
    text = f"{LEAD} Le port restera fermé, a écrit la ministre de la Défense, Claire Vasseur."
    assert speakers_of(run(text, "fr"), "Le port restera fermé") == {"Claire Vasseur"}
