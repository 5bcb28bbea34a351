"""Sides that a clause gives an event noun or verb through a link the parse makes loose: the second noun of a
coordination under a support verb ("announced the suspension of talks and the expulsion of ten diplomats"); the
inverted pronoun of a French incise ("a-t-il dénoncé").
Invented sentences, French and English; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("norway", "Norway", "GPE", "NOR", None, "GOV", ["Norvège", "Norway"]),
    ("russia", "Russia", "GPE", "RUS", None, "GOV", ["Russie", "Russia", "russes", "Russian"]),
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
