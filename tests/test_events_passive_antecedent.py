"""An object pronoun stands for the one a passive told of before it: « l'ambassadeur X a été convoqué … le ministère
l'invite à quitter le pays » expels the envoy X, whose state is the act's recipient, where the pronoun looked back for
an object only and the expulsion was dropped for want of a recipient (`events.recipients._antecedent`: the subject of
a passive undergoes as an object does), or was given the state of the story's scene. An object named between the two
is still the nearer antecedent. Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("mali", "Mali", "GPE", "MLI", None, "GOV", ["Mali"]),
    ("norway", "Norvège", "GPE", "NOR", None, "GOV", ["Norvège", "Norway"]),
    ("denmark", "Danemark", "GPE", "DNK", None, "GOV", ["Danemark", "Denmark"]),
    ("gov", "Government of Mali", "ORG", "MLI", "MLI", "GOV", ["gouvernement malien", "Malian government"]),
    ("lund", "Erik Lund", "PERSON", None, "NOR", "GOV", ["Erik Lund"]),
    ("berg", "Anna Berg", "PERSON", None, "DNK", "GOV", ["Anna Berg"]),
]


def acts(events: list[dict]) -> set[tuple[frozenset[str], frozenset[str]]]:
    """The (actor codes, recipient codes) of every event, of any type."""
    return {(frozenset(p["code"] for p in e["actors"]), frozenset(p["code"] for p in e["recipients"])) for e in events}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Erik Lund, ambassadeur de Norvège, a été convoqué jeudi, et le gouvernement malien l'invite à quitter "
            "le territoire sous trois jours.",
            "fr",
        ),
        ("The Norwegian envoy Erik Lund was summoned on Thursday, and the Malian government expelled him.", "en"),
        (
            "Erik Lund was summoned on Thursday, and the Malian government ordered him to leave within three days.",
            "en",
        ),
    ],
)
def test_events_passive_antecedent_expelled(text, lang):
    found = acts(coded(text, lang, KB))
    assert (frozenset({"MLI"}), frozenset({"NOR"})) in found
    assert (frozenset({"MLI"}), frozenset({"MLI"})) not in found


def test_events_passive_antecedent_object_first():
    # an object named after the passive is the nearer antecedent
    text = "Erik Lund was thanked on Monday, while the Malian government summoned Anna Berg and ordered her to leave."
    found = acts(coded(text, "en", KB))
    assert (frozenset({"MLI"}), frozenset({"DNK"})) in found
    assert (frozenset({"MLI"}), frozenset({"NOR"})) not in found
