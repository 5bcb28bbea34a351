"""A French rank in a movement's leadership, « le numéro deux du parti », is a role phrase: it names back the
person the text told of, as « le président du parti » does (`data/kb/roles.tsv` « numéro un / deux », read with
the number after the noun by `HeadMemo._is_role`). Main read no role there and dropped the quote."""

from __future__ import annotations

import pytest

from test_quotes import run, said_by

ARRIVED = "{who} est arrivé mardi à Lyon. "


@pytest.mark.parametrize(
    "who, sentence, words",
    [
        ("Paul Martel", "Le numéro deux du parti a assuré que la grève continuerait.", "la grève continuerait"),
        (
            "Paul Martel",
            "La grève continuera si le pays cède, a averti jeudi le numéro deux du petit mouvement.",
            "La grève continuera si le pays cède",
        ),
        ("Jean Ribot", "Le numéro un du syndicat a affirmé que la grève continuerait.", "la grève continuerait"),
        ("Jean Ribot", "Selon le numéro 2 du syndicat, la grève continuera.", "la grève continuera"),
    ],
)
def test_quotes_rank_roles_name_back_the_person(who: str, sentence: str, words: str) -> None:
    assert said_by(ARRIVED.format(who=who) + sentence, words, who)


@pytest.mark.parametrize(
    "sentence",
    [
        "Le numéro vert du syndicat a indiqué que la grève continuerait.",  # a phone line, no rank
        "Le numéro de la permanence du syndicat a indiqué que la grève continuerait.",  # no number: no rank
    ],
)
def test_quotes_rank_roles_near_misses_stay(sentence: str) -> None:
    assert run(ARRIVED.format(who="Paul Martel") + sentence, "fr") == []
