"""A French lede names an official by a role and a nationality before the text names them ("Le chancelier allemand
a assuré…", then "le gouvernement allemand, emmené par le chancelier Paul Martel"): with no person of that state
named before, the role phrase is the person the next paragraphs name with that role and nationality (issue 12).
Not a person named with another role, nor one whose sentence gives no such nationality: the phrase then stays a
described speaker. Invented people and statements; real states only as nationalities."""

from __future__ import annotations

import pytest

from test_quotes import run

SPEC = {
    "martel": ("Paul Martel", "PERSON", ["Paul Martel"]),
    "ribot": ("Jean Ribot", "PERSON", ["Jean Ribot"]),
}
LEDE = "Le chancelier allemand a assuré mardi que les contrôles aux frontières seraient allégés dès juin."
WORDS = "les contrôles aux frontières"


def speakers_of(text: str) -> set[str]:
    hits = [q for q in run(text, "fr", SPEC) if WORDS in q["text"]]
    assert hits, "the reported clause is read"
    return {s["name"] for s in hits[0]["speakers"]}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "later",
    [
        "Le gouvernement allemand, emmené par le chancelier Paul Martel, a promis des mesures.",
        "La visite a été brève. Le nouvel exécutif allemand du chancelier Paul Martel a promis des mesures.",
    ],
)
def test_quotes_role_nationality_later_names_the_official(later: str) -> None:
    assert speakers_of(f"{LEDE} {later}") == {"Paul Martel"}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "later",
    [
        "Le gouvernement allemand, emmené par le ministre Paul Martel, a promis des mesures.",  # another role
        "Le gouvernement, emmené par le chancelier Paul Martel, a promis des mesures.",  # no nationality given
        "Le gouvernement autrichien, emmené par le chancelier Paul Martel, a promis des mesures.",  # another state
    ],
)
def test_quotes_role_nationality_later_a_near_miss_stays_described(later: str) -> None:
    assert speakers_of(f"{LEDE} {later}") == {"Le chancelier allemand"}


@pytest.mark.e2e
def test_quotes_role_nationality_later_a_person_of_that_state_before_wins() -> None:
    text = f"Jean Ribot, le chancelier allemand, est arrivé lundi. {LEDE} Le chancelier Paul Martel du parti voisin…"
    assert speakers_of(text) == {"Jean Ribot"}
