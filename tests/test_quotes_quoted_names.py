"""A name set in quotation marks is no quote (issue 12, stop 64, helper qen64; `quotes.quoted_names`).

A nickname printed inside a person's name ('Adviser Marta “Tata” Velasco'), a whole name quoted as a verb's subject
('Rebel envoy “Ivo Marten” told reporters…') or as a person's name set off by commas ('the commander of the rebels,
“John Kessler,” …'), a medium's or a party's name in marks (« la télévision publique « Télé Valdo » », « Le parti
« Valdo Libre » a dénoncé… »): a speech verb may govern such words through the parse, which kept them as quotes
(stop 64: 4 false quotes in 3 English tuning texts of 2 prefixes, 4 in 3 French texts of 3 prefixes). Near misses
that stay quotes: quoted speech before a name, a quoted clause, a quoted name inside a reported clause, a quoted
capitalised phrase a speech verb governs. Invented people and sentences."""

from __future__ import annotations

import pytest

from test_quotes_seat_number_ten import _article

pytestmark = pytest.mark.e2e  # every test runs the whole pipeline with the real spaCy models


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The minister posted a photograph of Peace Adviser Marta “Tata” Velasco, the head of the government panel.",
            "Tata",
        ),
        ("Rebel envoy “Ivo Marten” told reporters that the talks would resume in March.", "Ivo Marten"),
        (
            "“We will never sign this deal,” said union leader Tomas “Big Tom” Rennick, the head of the dockers.",
            "Big Tom",
        ),
        (
            "Rebel commander John Kessler said on Sunday that his men had left the town. The envoy ignored an appeal "
            "from the commander of the rebels, “John Kessler,” to end the fighting.",
            "John Kessler",
        ),
        (
            "Mr Kessler, a former teacher, leads the rebels. The talks stalled after a call by the head of the "
            "northern rebels, “John Kessler,” who asked for a truce.",
            "John Kessler",
        ),
        (
            "« Les manifestants seront poursuivis », a assuré le ministre Marc Ferrand sur la télévision publique "
            "« Télé Valdo ».",
            "Télé Valdo",
        ),
        ("Le parti « Valdo Libre » a dénoncé mardi une arrestation arbitraire de son dirigeant.", "Valdo Libre"),
    ],
)
def test_quotes_quoted_names_name_in_marks_is_no_quote(text: str, name: str) -> None:
    assert [q["text"] for q in _article(text)["quotes"] if q["text"].strip(" ,") == name] == []


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        ("Rebel envoy “Ivo Marten” told reporters that the talks would resume in March.", "the talks would", "*"),
        ("“We will not give up the valley,” Ivo Marten told reporters on Monday.", "We will not give up", "Ivo Marten"),
        (
            "“We will never sign this deal,” said union leader Tomas “Big Tom” Rennick, the head of the dockers.",
            "We will never sign",
            "*",
        ),
        (
            "Rebel envoy Ivo Marten said the “Northern Front” would respect the truce.",
            "would respect the truce",
            "Ivo Marten",
        ),
        ("Mira Holt told reporters “Never again” would she sign such a deal.", "Never again", "Mira Holt"),
    ],
)
def test_quotes_quoted_names_near_misses_stay_quotes(text: str, words: str, who: str) -> None:
    quotes = [q for q in _article(text)["quotes"] if words in q["text"]]
    assert len(quotes) == 1
    assert who == "*" or [s["name"] for s in quotes[0]["speakers"]] == [who]
