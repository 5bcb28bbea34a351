"""A medium named by its kind alone (issue 12, stop 56): English news cites a broadcaster or a paper it does not
name ("state TV announced that…", "a local newspaper reported that…"); the statement is the described medium's,
as "local media said" is (lexicon kind ``press``). A medium whose title is printed beside its kind ("the Orvania
Times newspaper", "TV channel Kanal Sud") still speaks under its name. Invented outlets, people and statements."""

from __future__ import annotations

import pytest

from test_quotes import run

SPEC = {
    "times": ("Orvania Times", "ORG", ["Orvania Times"]),
    "kanal": ("Kanal Sud", "ORG", ["Kanal Sud"]),
    "kaya": ("Mevlut Kaya", "PERSON", ["Mevlut Kaya"]),
}
REPORT = "the harbour guards had seized a grain barge near the delta"


def _speakers(text: str) -> list[tuple[list[str], bool]]:
    return [
        ([s["name"] for s in q["speakers"]], any(s.get("id") for s in q["speakers"]))
        for q in run(text, "en", SPEC)
        if q["text"].startswith("the harbour guards")
    ]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "source, word",
    [
        ("Orvanian state TV announced on Thursday that", "tv"),
        ("State television reported that", "television"),
        ("A local newspaper reported that", "newspaper"),
        ("An Orvanian newspaper said that", "newspaper"),
    ],
)
def test_quotes_press_kind_nouns_a_medium_named_by_its_kind_is_a_described_source(source: str, word: str) -> None:
    found = _speakers(f"{source} {REPORT}.")
    assert len(found) == 1
    names, named = found[0]
    assert not named and any(word in n.lower() for n in names)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, speaker",
    [
        (f"The Orvania Times newspaper said that {REPORT}.", "Orvania Times"),
        (f"TV channel Kanal Sud reported that {REPORT}.", "Kanal Sud"),
        (f"Mevlut Kaya told state television that {REPORT}.", "Mevlut Kaya"),
    ],
)
def test_quotes_press_kind_nouns_a_titled_medium_or_its_guest_keeps_the_name(text: str, speaker: str) -> None:
    assert _speakers(text) == [([speaker], True)]
