"""A comma inside quotation marks, quoted words after it, does not close the quoted words (issue 12, stop 49;
`quotes/reported.py` `quoted_fragments`): "Selon X, … avec « des obus, des roquettes »." reports the sentence,
the quoted words a fragment of it, where the comma between "obus" and "des" had been read as the one closing
the quote before an incise, the quote taken for the statement and the sentence left unreported. A comma printed
right before the closing mark ('"…," he said') still closes it. Invented places, bodies and statements."""

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
            "Le front s'est embrasé mardi. Selon les autorités maliennes, des blindés ennemis ont pilonné trois"
            " bourgs durant la nuit, avec « des obus, des roquettes et des mines ».",
            "des blindés ennemis ont pilonné trois bourgs durant la nuit, avec « des obus, des roquettes et des"
            " mines »",
            "Mali",
        ),
        (
            "The front flared up on Tuesday. According to the Malian authorities, enemy tanks shelled three"
            " villages overnight with “shells, rockets and mines”.",
            "enemy tanks shelled three villages overnight with “shells, rockets and mines”",
            "Mali",
        ),
        # no comma inside the marks: as before
        (
            "Le front s'est embrasé mardi. Selon les autorités maliennes, des blindés ennemis ont pilonné trois"
            " bourgs durant la nuit, avec « des obus de gros calibre ».",
            "des blindés ennemis ont pilonné trois bourgs durant la nuit, avec « des obus de gros calibre »",
            "Mali",
        ),
    ],
)
def test_reported_inner_comma_keeps_fragment(text: str, words: str, who: str) -> None:
    assert (words, {who}) in quotes_of(text)


@pytest.mark.e2e
def test_reported_closing_comma_inside_marks() -> None:
    # the American comma before the closing mark closes the quote: the quote is the statement, as before
    found = quotes_of('"We will not give up the port, whatever it costs," Paul Martel said on Monday.')
    assert ("We will not give up the port, whatever it costs,", {"Paul Martel"}) in found or (
        "We will not give up the port, whatever it costs",
        {"Paul Martel"},
    ) in found
