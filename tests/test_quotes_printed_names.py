"""A person the entity recogniser missed, presented by a role or a title, speaks under the name printed (issue 12:
"“…,” Karel Dunst, a spokesperson for X, said" is Karel Dunst, not X; "Ostravia's Ambassador Karel Dunst told
reporters that…" is kept, not dropped for want of a speaker). A bare unknown name, a title written in capitals and
a person the entities know keep their former reading. Invented sentences and people."""

from __future__ import annotations

import pytest

from test_quotes import run

SPEC = {
    "port": ("Velmar Harbour Authority", "ORG", ["Velmar Harbour Authority"]),
    "marsh": ("Lena Marsh", "PERSON", ["Lena Marsh", "Marsh"]),
    "birk": ("Tom Birk", "PERSON", ["Tom Birk"]),
}


def _speakers(text: str) -> list[list[tuple[str | None, str]]]:
    return [[(s["id"], s["name"]) for s in q["speakers"]] for q in run(text, "en", SPEC)]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, name",
    [
        (
            "“The harbour must close,” Karel Dunst, a spokesperson for the Velmar Harbour Authority, said.",
            "Karel Dunst",
        ),
        ("The harbour would close, Prime Minister Karel Dunst said on Monday.", "Karel Dunst"),
        ("Ostravia's Ambassador Karel Dunst told reporters that the harbour would close.", "Karel Dunst"),
        ("The harbour would close, Ostravian President Karel Al-Dunst said.", "Karel Al-Dunst"),
        ("Mr Karel Dunst said the harbour would close within a week.", "Karel Dunst"),
        ("“The harbour must close,” spokeswoman Karel Dunst said at a press conference.", "Karel Dunst"),
    ],
)
def test_quotes_printed_names_a_presented_person_the_entities_missed_speaks(text: str, name: str) -> None:
    assert _speakers(text) == [[(None, name)]]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare unknown name: nothing says it is a person
        ("Karel Dunst said the harbour would close within a week.", []),
        ("“The harbour must close,” local baker Karel Dunst said at a press conference.", []),
        # the entities know the person: their reading, with the entity
        (
            "“The harbour must close,” Lena Marsh, a spokesperson for the Velmar Harbour Authority, said.",
            [[("marsh", "Lena Marsh")]],
        ),
        ("Interim Home Adviser Lt Gen (retd) Tom Birk said the treaty allows it.", [[("birk", "Tom Birk")]]),
        # a spokesperson with no name speaks for the institution
        (
            "“The harbour must close,” a spokesperson for the Velmar Harbour Authority said.",
            [[("port", "Velmar Harbour Authority")]],
        ),
    ],
)
def test_quotes_printed_names_other_speakers_keep_their_reading(text: str, expected: list) -> None:
    assert _speakers(text) == expected
