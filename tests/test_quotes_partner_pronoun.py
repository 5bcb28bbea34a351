"""A singular pronoun after "X met with Y" refers to the subject X, not to the pair (issue 12, stop 57).

The partner after a ``joint_prep`` preposition ("X met with Y", "X spoke with Y") joins the subject as the pair a
later "they" refers to (stop 37). It joined the antecedent a "he" or "she" reads too, so where the partner's gender
was unknown the two persons fitted and the pronoun, never guessing, named no one: "X met with Y in Z. « … », she
said." lost its quote. Now a singular pronoun reads the subject alone, as it did before the partner joined it; the
pair still answers "they". Near misses: "they" still names the pair; a "he" after a woman's meeting with a man
is still the man, not one named before (the subject does not fit, the partner does); a partner that the pronoun's gender singles
out in a coordinated subject ("X and Y met") still resolves only by gender; a partner that is no person ("met with
farmers") changes nothing. Every person, place and statement is invented."""

from __future__ import annotations

import pytest

from test_quotes import run

SPEC = {
    "korval": ("Anna Korval", "PERSON", ["Anna Korval", "Korval"]),
    "dessart": ("Milo Dessart", "PERSON", ["Milo Dessart", "Dessart"]),
    "ormin": ("Kei Ormin", "PERSON", ["Kei Ormin", "Ormin"]),
    "ostrel": ("Ostrel", "GPE", ["Ostrel"]),
}

OPENING = "Foreign Minister Anna Korval arrived in Ostrel on Monday for two days of talks on trade.\n\n"


def _speakers(text: str, words: str) -> list[list[str]]:
    return [sorted(s["name"] for s in q["speakers"]) for q in run(OPENING + text, "en", SPEC) if words in q["text"]]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            "Korval met with Dessart in Ostrel on Wednesday, alongside a small delegation.\n\n"
            "“We can widen our trade in grain,” she said at the start of the meeting.",
            "widen our trade",
            "Anna Korval",
        ),
        (
            "Korval spoke with Dessart by telephone on Wednesday.\n\n“The ferry will run again in May,” she said.",
            "ferry will run",
            "Anna Korval",
        ),
        (
            "Milo Dessart met with Kei Ormin in Ostrel on Wednesday. “The port is open to every ship,” he told "
            "reporters.",
            "port is open",
            "Milo Dessart",
        ),
    ],
)
def test_quotes_partner_pronoun_singular_is_the_subject(text: str, words: str, who: str) -> None:
    assert _speakers(text, words) == [[who]]


@pytest.mark.e2e
def test_quotes_partner_pronoun_near_miss_gender_singles_out_the_partner() -> None:
    # the subject's gender is not the pronoun's: the partner of that gender speaks, as on main, not a man named before
    text = "Mayor Kei Ormin opened the port on Tuesday.\n\nKorval met with Dessart in Ostrel on Wednesday. “The port is open to every ship,” he told reporters."
    assert _speakers(text, "port is open") == [["Milo Dessart"]]


@pytest.mark.e2e
def test_quotes_partner_pronoun_near_miss_they_is_the_pair() -> None:
    text = "Korval met with Dessart in Ostrel on Wednesday. They said the border would reopen in spring."
    assert _speakers(text, "the border would reopen") == [["Anna Korval", "Milo Dessart"]]


@pytest.mark.e2e
def test_quotes_partner_pronoun_near_miss_coordinated_subject_stays_ambiguous() -> None:
    # two persons as the subject itself: a "she" whose gender singles out neither names no one, as before
    text = "Korval and Dessart met in Ostrel on Wednesday.\n\n“We can widen our trade in grain,” she said."
    assert _speakers(text, "widen our trade") in ([], [[]])


@pytest.mark.e2e
def test_quotes_partner_pronoun_near_miss_partner_no_person() -> None:
    text = "Korval met with farmers in Ostrel on Wednesday.\n\n“We can widen our trade in grain,” she said."
    assert _speakers(text, "widen our trade") == [["Anna Korval"]]
