"""A state body named by its bare noun speaks as the body the text names in full (issue 12, stop 42; the real-news
golds give the ministry or the presidency as the speaker): French « le ministère » is the ministry named last, or,
when none is, the ministry of the minister named last with his portfolio and state (« le ministre malien des
Affaires étrangères… », a annoncé le ministère: Mali's foreign ministry), as "the ministry" of an English text is;
and a bare definite body whose state the text gives only at another mention of it (« …, a annoncé la présidence. …
la présidence algérienne… ») is that state's body. Not « le ministère public » (the prosecution), a ministry with a
complement of its own, a bare « ministère » with no ministry nor minister named, nor a body the text names for two
states. Invented statements and people; real states."""

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
            "Les frontières seront fermées « sans aucun délai » aux vols civils, a annoncé la présidence mardi soir."
            " Le conseil s'était réuni la veille, mais la présidence algérienne n'a donné aucun détail.",
            "sans aucun délai",
            "Presidency of Algeria",
        ),
        (
            "The Kenyan foreign minister, Paul Marten, met the envoy on Monday. The ministry said the talks had been"
            " useful and would go on in March.",
            "the talks had been useful",
            "Ministry of Foreign Affairs of Kenya",
        ),
    ],
)
def test_a_bare_body_is_the_body_named_in_full(text: str, words: str, who: str) -> None:
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
        # the presidencies of two states named
        (
            "Les frontières seront fermées « sans aucun délai » aux vols civils, a annoncé la présidence mardi soir."
            " La présidence algérienne et la présidence marocaine n'ont donné aucun détail.",
            "sans aucun délai",
            "Presidency of Algeria",
        ),
    ],
)
def test_a_bare_body_named_for_no_one_body_is_not_it(text: str, words: str, nobody: str) -> None:
    assert not any(nobody in s for s in speakers(text, words))
