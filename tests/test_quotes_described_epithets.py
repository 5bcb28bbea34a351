"""An organisation named back by a definite generic noun with words of its kind before it ("the rights group", "the
guerrilla group", "the aid group") speaks as the organisation the text named
(:func:`veille.analysis.quotes.epithets.described_organisation`); invented texts, invented bodies and places."""

from __future__ import annotations

import pytest

from quote_fixtures import analysed_speakers

RIGHTS = (
    "The Kelm Human Rights League published a report on the jails of Ostravia on Tuesday.\n\n"
    "The Red Banner Movement rejected it. The rights group said that it had checked only 35 of the names."
)
GUERRILLA = (
    "Officials of Ostravia and the Brevonne Popular Front (BPF) rebel group met in Kelm on Monday for new talks.\n\n"
    "The government dropped its plan for a truce once the guerrilla group insisted that no deal was ever signed."
)
RELIEF = (
    "The Kelm Relief Fund (KRF), an aid group, sent two convoys of food to the northern towns this week.\n\n"
    "Only one of them arrived, the aid group said on Friday, and the other was held at a checkpoint."
)


@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        (RIGHTS, "checked only 35", "Kelm Human Rights League"),
        (GUERRILLA, "no deal was ever signed", "BPF"),
        (RELIEF, "Only one of them arrived", "KRF"),
    ],
    ids=["kind-word-in-name-other-group-between", "kind-word-common", "kind-word-common-closing-incise"],
)
def test_quotes_described_epithets_name_back(text: str, words: str, body: str) -> None:
    assert analysed_speakers(text, words) == [{body}]


def test_quotes_described_epithets_capitalised_kind_not_named() -> None:
    """A capitalised kind that no organisation named before holds ("the Ostravian company") names no one back: the
    last organisation named is not taken."""
    text = (
        "Kelmoil signed the pipeline deal with the Brevonne Popular Front on Monday.\n\n"
        "The Ostravian company said that it would take the dispute to court."
    )
    found = analysed_speakers(text, "take the dispute to court")
    assert all("Kelmoil" not in f and "Brevonne Popular Front" not in f for f in found)


def test_quotes_described_epithets_bare_group_unchanged() -> None:
    """A bare "the group" still names the last organisation named."""
    text = (
        "The Kelm Human Rights League published a report on the jails on Tuesday.\n\n"
        "The group said that it had checked the names of 35 detainees."
    )
    assert analysed_speakers(text, "checked the names") == [{"Kelm Human Rights League"}]


def test_quotes_described_epithets_kind_fits_no_one() -> None:
    """A kind that no organisation named before holds or was called by ("the rebel group" after a league and a
    ministry) names neither of them back."""
    text = (
        "The Kelm Human Rights League and the Ostravian Interior Ministry met on Monday.\n\n"
        "The rebel group said that the talks had failed."
    )
    found = analysed_speakers(text, "the talks had failed")
    assert all(not f & {"Kelm Human Rights League", "Ostravian Interior Ministry"} for f in found)
