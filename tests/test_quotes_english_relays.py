"""English reported speech on unseen news (issue 12): a statement relayed by a second closing incise ("…, Ostravia
admitted on Saturday, state media reported": the inner incise's speaker made it, the outer one only relays it), and
a speech verb whose prepositional object carries a subject relative ("was responding to the fire that killed…":
what it responds to, not what it says), and a known city in capitals closed by a colon ("OSLO: …"), a dateline
that never speaks. Both ways: what must be a quote of whom, and what must not be one.
Invented sentences, invented people and places."""

from __future__ import annotations

import pytest

from test_quotes import run

SPEC = {
    "birk": ("Tom Birk", "PERSON", ["Tom Birk"]),
    "port": ("Velmar Harbour Authority", "ORG", ["Velmar Harbour Authority", "Harbour Authority"]),
    "ostravia": ("Ostravia", "GPE", ["Ostravia"]),
    "velmar": ("Velmar", "GPE", ["Velmar"]),
    "house": ("Amber House", "ORG", ["Amber House"]),
}


def _quotes(text: str) -> list[tuple[str, set[str]]]:
    return [(q["text"], {s["name"] for s in q["speakers"]}) for q in run(text, "en", SPEC)]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            "The crew was freed at dawn inside the harbour, the Harbour Authority said on Sunday, "
            "local media reported.",
            "The crew was freed at dawn inside the harbour",
            "Velmar Harbour Authority",
        ),
        (
            'The reporter was killed "after a brief clash" inside the consulate in Velmar, Ostravia admitted on '
            "Saturday, state media reported.",
            "The reporter was killed",
            "Ostravia",
        ),
        (
            "The ferries will sail again next week, Tom Birk told reporters, the local radio reported.",
            "The ferries will sail again next week",
            "Tom Birk",
        ),
    ],
)
def test_quotes_english_relays_the_inner_incise_speaks(text: str, words: str, who: str) -> None:
    found = _quotes(text)
    assert [w for w, s in found if s == {who} and w.startswith(words)], found
    assert not [w for w, _ in found if w.lstrip(", ").startswith(("local media", "state media", "the local radio"))]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, who",
    [
        ("The crew was freed at dawn inside the harbour, state media reported.", "state media"),
        ("The crew was freed at dawn inside the harbour, the Harbour Authority said.", "Velmar Harbour Authority"),
    ],
)
def test_quotes_english_relays_a_single_incise_still_speaks(text: str, who: str) -> None:
    found = _quotes(text)
    assert [w for w, s in found if s == {who} and w.startswith("The crew was freed")], found


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        (
            "Velmar is sending two rescue teams to help the dockers in responding to the fire that killed more than "
            "forty people in the port, according to Amber House.",
            "Velmar is sending two rescue teams",
        ),
        (
            "The Harbour Authority has sent ten boats after responding to the storm that flooded the quays, according "
            "to Amber House.",
            "The Harbour Authority has sent ten boats",
        ),
    ],
)
def test_quotes_english_relays_a_subject_relative_is_no_report(text: str, words: str) -> None:
    found = _quotes(text)
    assert [w for w, s in found if s == {"Amber House"} and w.startswith(words)], found
    assert not [w for w, _ in found if w.startswith(("killed", "flooded"))], found


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        ("Tom Birk replied to the critics that he had done enough for the dockers.", "he had done enough"),
        ("Tom Birk responded to the letter that the port would stay open all winter.", "the port would stay open"),
    ],
)
def test_quotes_english_relays_a_reply_with_its_own_clause_reports(text: str, words: str) -> None:
    found = _quotes(text)
    assert [w for w, s in found if s == {"Tom Birk"} and w.startswith(words)], found


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        (
            "OSLO: The ferry talks ended because the harbour fees were too high, Foreign Minister Tom Birk said on "
            "Wednesday.",
            "The ferry talks ended",
        ),
        (
            "OSLO, May 3 (Reuters): The ferry talks ended because the harbour fees were too high, Foreign Minister "
            "Tom Birk said.",
            "The ferry talks ended",
        ),
    ],
)
def test_quotes_english_relays_a_colon_dateline_city_does_not_speak(text: str, words: str) -> None:
    spec = {**SPEC, "oslo": ("Oslo", "GPE", ["OSLO"])}
    found = [(q["text"], {s["name"] for s in q["speakers"]}) for q in run(text, "en", spec)]
    assert [w for w, s in found if s == {"Tom Birk"} and w.startswith(words)], found
