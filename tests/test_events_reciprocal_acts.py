"""An act told as reciprocal by an adverb (« Oslo et Stockholm s'accusent mutuellement ») has every side of its subject
on either side, as the real-news golds code it, whatever else its clause names (a background party in a
complement). Main dropped it for want of a recipient, or aimed it at that background party. Invented sentences;
real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("nor", "Norway", "GPE", "NOR", None, "GOV", ["Norvège", "Norway"]),
    ("swe", "Sweden", "GPE", "SWE", None, "GOV", ["Suède", "Sweden"]),
    ("fin", "Finland", "GPE", "FIN", None, "GOV", ["Finlande"]),
    ("est", "Estonia", "GPE", "EST", None, "GOV", ["Estonie"]),
    ("isl", "Iceland", "GPE", "ISL", None, "GOV", ["Islande"]),
]


@pytest.mark.parametrize(
    "text",
    [
        "La Norvège et la Suède s'accusent mutuellement d'avoir relancé les tensions dans la région.",
        "La Norvège et la Suède se sont mutuellement accusées de pêche illégale au large de leurs côtes.",
        "La Norvège et la Suède continuent de s'accuser mutuellement de violations de la trêve.",
        # the adverb hung on the reflexive pronoun by the parse
        "Les combats ont cessé entre la Norvège et la Suède, bien que les deux camps continuent lundi à "
        "s'accuser mutuellement de violations de la trêve.",
        "La Norvège et la Suède s'accusent réciproquement d'avoir provoqué les incidents de samedi.",
        # a third party in a complement is no recipient of the accusation
        "La Norvège et la Suède s'accusent mutuellement d'avoir provoqué la crise, en pleine renégociation "
        "d'un accord signé avec l'Islande.",
    ],
)
def test_events_reciprocal_acts_each_side_accuses_the_other(text: str) -> None:
    assert ({"NOR", "SWE"}, {"NOR", "SWE"}) in sides(coded(text, "fr", KB), "ACCUSE")


@pytest.mark.parametrize(
    ("text", "lang", "actors", "recipients"),
    [
        # no reciprocal adverb: the accused named in the clause
        ("La Norvège et la Suède accusent l'Islande d'avoir violé la trêve.", "fr", {"NOR", "SWE"}, {"ISL"}),
        # one side only: nothing reciprocal to share out
        ("La Finlande accuse mutuellement l'Estonie de pêche illégale.", "fr", {"FIN"}, {"EST"}),
    ],
)
def test_events_reciprocal_acts_near_misses_keep_their_sides(
    text: str, lang: str, actors: set[str], recipients: set[str]
) -> None:
    assert (actors, recipients) in sides(coded(text, lang, KB), "ACCUSE")


def test_events_reciprocal_acts_english_left_as_it_was() -> None:
    """English lists no adverb (its golds split on "accusing each other"): nothing is made of a mutual subject."""
    events = coded("Norway and Sweden accused each other of violating the truce.", "en", KB)
    assert ({"NOR", "SWE"}, {"NOR", "SWE"}) not in sides(events, "ACCUSE")
