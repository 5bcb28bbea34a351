"""An office with a complement and its holder's name between commas, the name parsed as a conjunct of the
complement (issue 12, stop 42): « Le représentant de l'Union africaine, Paul Kanté, a estimé… » reads « Paul
Kanté » as a second item beside « l'Union africaine », and the speaker was left as the described office. The
person set off by the comma holds the office and speaks. Not a list joined by « et » (« le porte-parole de Paul
Kanté et d'Awa Ndiaye »: an aide of two people), nor a list of bodies with no person. Invented statements and
people; real bodies and states."""

from __future__ import annotations

import pytest

from veille.pipeline import analyze_text


def speakers(text: str, words: str) -> set[str]:
    """The speakers of the quotes of ``text`` holding ``words`` (a described one marked with "~")."""
    quotes = [q for q in analyze_text(text).to_dict()["quotes"] if words in q["text"]]
    return {s["name"] + ("" if s.get("id") else "~") for q in quotes for s in q["speakers"]}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            "Le représentant de l'Union africaine, Paul Kanté, a estimé que le dialogue devait reprendre.",
            "le dialogue devait reprendre",
            "Paul Kanté",
        ),
        (
            "Le représentant de l’Union africaine, Paul Kanté, a estimé que le dialogue devait reprendre.",
            "le dialogue devait reprendre",
            "Paul Kanté",
        ),
        (
            "Le représentant spécial de l'ONU pour la Libye, Paul Kanté, a jugé que le cessez-le-feu tenait encore.",
            "le cessez-le-feu tenait",
            "Paul Kanté",
        ),
        (
            "Le chef de la mission de l’ONU au Soudan, Awa Ndiaye, a averti que les vivres manqueraient en mars.",
            "les vivres manqueraient",
            "Awa Ndiaye",
        ),
        (
            "Le médiateur de l'Union africaine, Paul Kanté, a affirmé que les deux camps reviendraient à la table.",
            "les deux camps reviendraient",
            "Paul Kanté",
        ),
    ],
)
def test_the_name_after_an_office_and_its_complement_speaks(text: str, words: str, who: str) -> None:
    assert speakers(text, words) == {who}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, nobody",
    [
        # an aide of two people joined by « et »
        (
            "Le porte-parole de Paul Kanté et d'Awa Ndiaye a estimé que le dialogue devait reprendre.",
            "le dialogue devait reprendre",
            "Paul Kanté",
        ),
        # a list of bodies, no person
        (
            "Le porte-parole de l'Union africaine, de la CEDEAO et de l'ONU a estimé que le dialogue devait reprendre.",
            "le dialogue devait reprendre",
            "Paul Kanté",
        ),
    ],
)
def test_no_person_of_a_list_speaks_for_the_office(text: str, words: str, nobody: str) -> None:
    assert nobody not in speakers(text, words)
