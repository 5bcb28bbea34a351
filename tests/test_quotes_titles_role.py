"""A role printed as a capitalised title ("The Prime Minister said…", "the Chancellor told…", "the Taoiseach
said:") is a role phrase though the tagger reads a proper noun: it refers back to the person who holds it, or
describes an unnamed speaker; before, its quote was dropped (quotes.titles, issue 12, stop 38). Invented people and
statements; the titles are real offices."""

from __future__ import annotations

import pytest

from test_quotes import run

CAST = {
    "korval": ("Anna Korval", "PERSON", ["Anna Korval", "Korval"]),
    "dessart": ("Milo Dessart", "PERSON", ["Milo Dessart", "Dessart"]),
    "fund": ("Dessart Foundation", "ORG", ["Dessart Foundation"]),
}


def _quotes(text: str) -> list[tuple[str, list[tuple[str | None, str]]]]:
    return [(q["text"], [(s["id"], s["name"]) for s in q["speakers"]]) for q in run(text, "en", CAST)]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, start",
    [
        ("Anna Korval visited Kelm on Monday. The Prime Minister said the bridge would reopen.", "the bridge"),
        (
            "Prime Minister Anna Korval visited Kelm. The Prime Minister told reporters the bridge was safe.",
            "the bridge",
        ),
        ("Anna Korval visited Kelm on Monday. The Chancellor said the bridge would reopen.", "the bridge"),
        ("Anna Korval visited Kelm on Monday. “The bridge is safe,” the Prime Minister said.", "The bridge is safe"),
        ('Anna Korval visited Kelm. Later the Taoiseach said: "The bridge is safe."', "The bridge is safe"),
    ],
)
def test_quotes_titles_role_refers_to_the_person_named(text: str, start: str) -> None:
    assert any(start in t and who == [("korval", "Anna Korval")] for t, who in _quotes(text)), _quotes(text)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, start, phrase",
    [
        ("The Prime Minister said the bridge would reopen.", "the bridge", "Prime Minister"),
        ("The Chancellor told parliament that the bridge was safe.", "the bridge", "Chancellor"),
        ('On Monday the Tánaiste told reporters: "The bridge is safe."', "The bridge is safe", "Tánaiste"),
    ],
)
def test_quotes_titles_role_with_nobody_named_is_described(text: str, start: str, phrase: str) -> None:
    assert any(start in t and len(who) == 1 and who[0][0] is None and phrase in who[0][1] for t, who in _quotes(text))


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, who",
    [
        # a name after the title, or an organisation's name, is no title
        ("Minister Korval said the bridge would reopen.", ("korval", "Anna Korval")),
        ("The Dessart Foundation said the bridge would reopen.", ("fund", "Dessart Foundation")),
    ],
)
def test_quotes_titles_role_names_stay_names(text: str, who: tuple[str, str]) -> None:
    assert [w for _, w in _quotes(text)] == [[who]]
