"""A ministry named by its bare noun speaks as the ministry the text names (issue 12, stop 42; the real-news golds
give the ministry as the speaker): French « le ministère » is the ministry named last, or, when none is, the
ministry of the minister named last with his portfolio and state (« le ministre tchadien de l'Intérieur… », a indiqué
le ministère: Chad's interior ministry), and so is "the ministry" of an English text. Not « le ministère
public » (the prosecution), a ministry with a complement of its own, nor a bare « ministère » with no ministry nor
minister named. Invented statements and people; real states."""

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
            "Le ministre malien des Affaires étrangères, Paul Martel, a reçu l'ambassadeur de Suède mardi. Cette"
            " rencontre « n'a rien changé à notre position », a indiqué le ministère dans un communiqué.",
            "n'a rien changé",
            "Ministry of Foreign Affairs of Mali",
        ),
        (
            "Le ministre sénégalais de l'Intérieur, Paul Martel, a interdit la marche prévue samedi. Le ministère a"
            " affirmé que la sécurité des participants ne pouvait pas être garantie.",
            "la sécurité des participants",
            "Ministry of the Interior of Senegal",
        ),
        (
            "Le ministère tchadien de la Santé a publié un nouveau bilan lundi. Le ministère a précisé que douze"
            " patients avaient succombé depuis dimanche.",
            "douze patients avaient succombé",
            "Ministry of Health of Chad",
        ),
        (
            "The Kenyan foreign minister, Paul Marten, met the envoy on Monday. The ministry said the talks had been"
            " useful and would go on in March.",
            "the talks had been useful",
            "Ministry of Foreign Affairs of Kenya",
        ),
    ],
)
def test_a_bare_ministry_is_the_ministry_named(text: str, words: str, who: str) -> None:
    assert speakers(text, words) == {who}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, nobody",
    [
        # the prosecution, no ministry of the minister named before
        (
            "Le ministre malien des Affaires étrangères, Paul Martel, a quitté Bamako lundi. Le ministère public a"
            " affirmé que l'enquête sur le convoi se poursuivait.",
            "l'enquête sur le convoi",
            "Ministry of Foreign Affairs of Mali",
        ),
        # a ministry with a complement of its own
        (
            "Le ministre tchadien de la Santé, Paul Martel, a visité l'hôpital. Le ministère de l'Éducation a"
            " affirmé que les écoles rouvriraient en janvier.",
            "les écoles rouvriraient",
            "Ministry of Health of Chad",
        ),
        # no ministry nor minister named
        (
            "De fortes pluies ont touché le sud du pays. Le ministère a affirmé que les écoles resteraient fermées"
            " jusqu'à jeudi.",
            "les écoles resteraient fermées",
            "Ministry",
        ),
    ],
)
def test_a_ministry_not_bare_or_of_no_minister_is_not_it(text: str, words: str, nobody: str) -> None:
    assert not any(nobody in s for s in speakers(text, words))
