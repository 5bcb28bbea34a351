"""Who speaks quoted words in constructions of French and English press copy the parse gets wrong: the subject of a
periphrasis in an incise before the quote ("Et depuis, a fait savoir X, « … »"), a subject cut from its verb by a
long incise, a name in apposition to a role phrase. Invented people and statements."""

from __future__ import annotations

import pytest

from test_quotes import run
from test_quotes_realnews import found


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        (
            "fr",
            "« Ce gouvernement a volé notre avenir », a déclaré Claire Vasseur, l’une des figures de l’opposition.",
            "Ce",
        ),
        (
            "en",
            '"This government stole our future," said Claire Vasseur, one of the leaders of the opposition.',
            "This",
        ),
    ],
)
def test_quotes_direct_speakers_one_of_a_group_in_apposition_to_a_name_is_that_person(
    lang: str, text: str, words: str
) -> None:
    q = found(run(text, lang), words)
    assert [(s["id"], s["name"]) for s in q["speakers"]] == [("vasseur", "Claire Vasseur")]
