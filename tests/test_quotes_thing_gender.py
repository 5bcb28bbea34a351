"""French "il"/"elle" may stand for a state or an organisation, in the grammatical gender the text's article gives
its name ("la France", "de la Russie": "elle"; "le Japon", "du Groenland": "il"); a pronoun of the other gender is
not it but the person named before (issue 12, stop 40). And a person's name whose last word the model tags as a
pronoun ("Kim Jong Un": "un") is that person. Invented people and statements; real states only as what is spoken
of."""

from __future__ import annotations

import pytest

from veille.pipeline import analyze_text


def said(text: str, words: str) -> set[str]:
    """The speakers of the quote of ``text`` holding ``words``."""
    quotes = [q for q in analyze_text(text).to_dict()["quotes"] if words in q["text"]]
    assert quotes, "the quote is read"
    return {s["name"] for s in quotes[0]["speakers"]}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        # a state of the other gender as the subject of the sentence holding the quote
        (
            "Paul Martel a rencontré lundi les dirigeants de la France. La France « est un allié solide », a-t-il"
            " affirmé.",
            "un allié solide",
            "Paul Martel",
        ),
        (
            "Claire Vasseur a reçu le ministre mardi. Le Japon « doit revoir sa position », a-t-elle estimé.",
            "revoir sa position",
            "Claire Vasseur",
        ),
        (
            "Le maire Paul Martel a visité l'usine. La Turquie « a beaucoup investi ici », a-t-il souligné.",
            "beaucoup investi",
            "Paul Martel",
        ),
        # a state of the other gender as a later subject, the pronoun opening the next sentence
        (
            "Jean Ribot a salué l'accord. Selon lui, la Russie livrera du blé au Sénégal dès mars. Il a ajouté que"
            " les prix baisseraient.",
            "les prix baisseraient",
            "Jean Ribot",
        ),
        (
            "Claire Vasseur a reçu les élus. Le Canada a promis des fonds. Elle a affirmé que les écoles rouvriraient.",
            "les écoles rouvriraient",
            "Claire Vasseur",
        ),
        # a name's last word tagged as the pronoun "un"
        (
            "Interrogé par la télévision, le dirigeant Pak Song Un a expliqué que le traité restait prudent.",
            "le traité restait prudent",
            "Pak Song Un",
        ),
    ],
)
def test_quotes_pronoun_of_the_other_gender_is_not_the_state(text: str, words: str, who: str) -> None:
    assert said(text, words) == {who}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        # the state's own gender: the pronoun is the state
        (
            "La Russie a publié un communiqué lundi. Elle a affirmé que les livraisons continueraient.",
            "livraisons",
            "Russia",
        ),
        ("Le Japon a protesté lundi auprès de Pékin. Il a estimé que la zone était illégale.", "la zone", "Japan"),
        # no article to tell ("l'Iran"): the state spoke last
        ("Paul Martel est arrivé lundi. L'Iran a protesté. Il a estimé que la zone était illégale.", "la zone", "Iran"),
        # a pronoun opening a sentence is no name's word
        ("Claire Vasseur est arrivée lundi. Elle a précisé que l'accord était défensif.", "défensif", "Claire Vasseur"),
    ],
)
def test_quotes_pronoun_of_the_same_gender_keeps_the_state(text: str, words: str, who: str) -> None:
    assert said(text, words) == {who}
