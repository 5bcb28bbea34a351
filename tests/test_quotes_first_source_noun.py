"""A definite phrase of an unnamed source ("the official", "the high-ranking diplomat", "the federal official")
that no phrase of that noun introduced before refers back to the person the text has named: the person speaks, not
an unnamed source described by the phrase. Near misses: a source of that noun introduced before ("a senior
official said", "officials said") stays the unnamed source, and with no person named the phrase stays described.
Invented people, places and statements."""

from __future__ import annotations

import pytest

from test_quotes import run

SPEC = {
    "martel": ("Paul Martel", "PERSON", ["Paul Martel", "Martel"]),
    "roux": ("Anne Roux", "PERSON", ["Anne Roux", "Roux"]),
}


def said(text: str, words: str, lang: str = "en") -> list[dict]:
    """The speakers of the quotes of ``text`` that hold ``words``."""
    return [q["speakers"] for q in run(text, lang, SPEC) if words in q["text"]]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            "Valdor's transport minister Paul Martel visited the port of Kelm on Monday. The official said that the "
            "new quays would open in the spring.",
            "the new quays would open",
            "Paul Martel",
        ),
        (
            "Deputy foreign minister Anne Roux received the envoy of Ostrel on Friday. “We will keep our course "
            "whatever the pressure,” the high-ranking diplomat said.",
            "We will keep our course",
            "Anne Roux",
        ),
        (
            "Paul Martel arrived in Brevonne on Tuesday for the trade talks. “Both sides heard each other and the "
            "work has begun,” added the federal official.",
            "Both sides heard each other",
            "Paul Martel",
        ),
        (  # the phrase said twice: the second refers back as the first does
            "Paul Martel spoke to reporters in Kelm. The official said the border posts had been reinforced. "
            "“Our patrols saw troops moving on the far bank,” the official added.",
            "Our patrols saw troops",
            "Paul Martel",
        ),
    ],
)
def test_quotes_first_source_noun_names_the_person(text: str, words: str, who: str) -> None:
    found = said(text, words)
    assert found and {s["name"] for s in found[0]} == {who}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        (  # an unnamed official introduced before: "the official" is that source
            "A senior official said on Monday that the talks would resume. Paul Martel was in Kelm that day. "
            "The official added that the border posts had been reinforced.",
            "the border posts had been reinforced",
        ),
        (  # officials introduced before, in the plural
            "Officials in Kelm said the bridge was closed. Anne Roux visited the town. The official said that "
            "repairs would take a month.",
            "repairs would take a month",
        ),
        (  # no person named: an unnamed source
            "The bridge over the river Kelm was closed on Monday. The official said that repairs would take a month.",
            "repairs would take a month",
        ),
        (  # a body's noun, no person's
            "Paul Martel dissolved the assembly of Kelm on Monday. The opposition said that the vote had been "
            "stolen from the voters.",
            "the vote had been stolen",
        ),
    ],
)
def test_quotes_first_source_noun_stays_unnamed(text: str, words: str) -> None:
    found = said(text, words)
    assert found and all(s.get("id") is None for s in found[0])


@pytest.mark.e2e
def test_quotes_first_source_noun_french_body_stays_unnamed() -> None:
    text = (
        "Le président Paul Martel a dissous l’assemblée de Kelm lundi. L’opposition a accusé le président de "
        "vouloir gouverner seul jusqu’aux élections."
    )
    found = said(text, "vouloir gouverner seul", "fr")
    assert found and all(s.get("id") is None for s in found[0])
