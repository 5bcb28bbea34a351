"""A ceasefire signed is a concession of both sides (issue 13, stop 49): the real-news golds code a ceasefire CONCEDE
(real5's and the shared set's conventions), whether the text signs "a ceasefire", "a truce" or "a cease-fire
agreement" (the hyphenated spelling too: the tokenizer splits it, ``events.tsv`` reads its parts; a compound before
the signed agreement, the ``about`` condition), and two sides signing it with no recipient named concede to each
other (``types.tsv``: the ``ceasefire`` mode is reciprocal). A ceasefire signed by two persons of one state that the
text names apart (a president and his rival) is a home act, one state on both sides (cues.json ``rival_types``).
Near misses: a trade agreement signed stays AGREE; two persons of one state meeting stay no event; a ceasefire
signed by one side alone names no one it concedes to. Invented sentences and people; real states."""

from __future__ import annotations

import pytest

from test_events import coded
from test_events_trigger_paradigms import KB as BASE_KB

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

KB = [
    *BASE_KB,
    ("opio", "Sam Opio", "PERSON", None, "UGA", None, ["Sam Opio", "Opio"]),
    ("akena", "Ruth Akena", "PERSON", None, "UGA", "GOV", ["Ruth Akena", "Akena"]),
]
BOTH = (frozenset({"RUS", "UKR"}), frozenset({"RUS", "UKR"}))
HOME = (frozenset({"UGA"}), frozenset({"UGA"}))


def sides(text: str, lang: str = "en") -> set[tuple[str, frozenset[str], frozenset[str]]]:
    return {
        (e["type"], frozenset(p["code"] for p in e["actors"]), frozenset(p["code"] for p in e["recipients"]))
        for e in coded(text, lang, KB)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia and Ukraine signed a ceasefire in Geneva on Tuesday, officials said.", BOTH),
        ("Russia and Ukraine signed a cease-fire on Tuesday after weeks of talks.", BOTH),
        ("Russia and Ukraine signed a cease-fire agreement in Geneva on Tuesday.", BOTH),
        ("Russia and Ukraine signed a truce agreement on Tuesday, officials said.", BOTH),
        ("President Ruth Akena signed a ceasefire agreement on Friday with her rival, Sam Opio, in Nairobi.", HOME),
        ("Russia and Ukraine reached an agreement on a truce on Tuesday, officials said.", BOTH),
    ],
)
def test_events_ceasefire_signed_concedes(text: str, expected: tuple[frozenset[str], frozenset[str]]) -> None:
    found = sides(text)
    assert ("CONCEDE", *expected) in found, (text, found)


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        # a trade agreement is no ceasefire: signed, it stays an agreement
        ("Russia and Ukraine signed a trade agreement in Geneva on Tuesday.", "CONCEDE", BOTH),
        # two persons of one state meeting are no event (only their dispute or its settlement is)
        ("President Ruth Akena met Sam Opio in Kampala on Friday.", "CONSULT", HOME),
        # one side alone names no one it concedes to
        ("Ukraine signed the ceasefire on Tuesday.", "CONCEDE", (frozenset({"UKR"}), frozenset({"UKR"}))),
    ],
)
def test_events_ceasefire_signed_near_misses(
    text: str, etype: str, expected: tuple[frozenset[str], frozenset[str]]
) -> None:
    assert (etype, *expected) not in sides(text), text


def test_events_ceasefire_trade_agreement_stays_agree() -> None:
    assert ("AGREE", *BOTH) in sides("Russia and Ukraine signed a trade agreement in Geneva on Tuesday.")


@pytest.mark.parametrize(
    "text",
    [
        # the French rows: a ceasefire or truce signed, concluded or accepted (a headline's present too)
        "La Russie et l'Ukraine ont signé mardi un cessez-le-feu à Genève.",
        "La Russie et l'Ukraine ont conclu mardi une trêve à Genève.",
        "La Russie et l'Ukraine acceptent une trêve durable",
    ],
)
def test_events_ceasefire_signed_concedes_fr(text: str) -> None:
    found = sides(text, "fr")
    assert ("CONCEDE", *BOTH) in found, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        # an accord on another matter, or a verb of agreement with no ceasefire, stays an agreement
        "La Russie et l'Ukraine ont signé mardi un accord commercial à Genève.",
        "La Russie et l'Ukraine ont convenu mardi de reprendre les discussions.",
    ],
)
def test_events_ceasefire_signed_near_misses_fr(text: str) -> None:
    found = sides(text, "fr")
    assert ("CONCEDE", *BOTH) not in found, (text, found)
    assert ("AGREE", *BOTH) in found, (text, found)


def test_events_ceasefire_signed_sides_are_next_joint_actors() -> None:
    # stop 51: a ceasefire a verb tells names the joint actors a later plural noun refers to, as the agreement it
    # was read as before did ("the neighbours" are Russia and Ukraine)
    text = (
        "Russia said on Tuesday that it reached a deal for a truce with Ukraine at a meeting in Kazakhstan."
        " The neighbours also agreed to exchange prisoners."
    )
    found = sides(text)
    assert ("CONCEDE", *BOTH) in found, found
    assert ("AGREE", *BOTH) in found, found
