"""A second speech verb of the speaker coordinated inside the first one's clause (:mod:`veille.analysis.quotes.
conjuncts`): "X noted that … and stressed that …" is two quotes of X, not one; a speech verb of the reported
content ("X said the minister resigned and accused …") stays inside the clause. Invented people and statements."""

from __future__ import annotations

import pytest

from test_quotes import run, speakers, texts


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, first, second",
    [
        (
            "en",
            "Paul Martel noted that the town alone could not decide on the bridge and stressed that the region "
            "supported the repairs.",
            "the town alone could not decide on the bridge",
            "the region supported the repairs",
        ),
        (
            "en",
            "Claire Vasseur said the port would respond quickly to any strike and threatened that the ferries "
            "could be halted.",
            "the port would respond quickly to any strike",
            "the ferries could be halted",
        ),
        (
            "fr",
            "Claire Vasseur a reconnu que la grève avait porté un coup dur à son parti, mais elle affirme que le "
            "gouvernement n’a pas atteint son but.",
            "la grève avait porté un coup dur à son parti",
            "le gouvernement n’a pas atteint son but",
        ),
        (
            "fr",
            "Paul Martel a déclaré que le projet du port était le seul possible et a accusé les bailleurs de ne pas "
            "comprendre la situation de la ville.",
            "le projet du port était le seul possible",
            "les bailleurs de ne pas comprendre la situation de la ville",
        ),
    ],
)
def test_quotes_conjunct_report_of_the_speaker_is_a_second_quote(lang: str, text: str, first: str, second: str) -> None:
    quotes = run(text, lang)
    one = [q for q in quotes if q["text"] == first]
    two = [q for q in quotes if q["text"] == second]
    assert one and two, texts(quotes)
    assert speakers(one[0]) == speakers(two[0]) == {"Paul Martel" if "Martel" in text else "Claire Vasseur"}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, inside",
    [
        # a verb of the content, in the content's tense: the minister accuses, not the speaker
        ("en", "Paul Martel said the minister resigned and accused the premier of lying about the port.", "accused"),
        # a verb of the content in another tense than the cue's: the government warns
        (
            "en",
            "Paul Martel said the government considers the drills provocations and warns its neighbours that they "
            "face a strong army.",
            "warns its neighbours",
        ),
        # a clause coordinated under the same cue: one statement
        ("en", "Claire Vasseur said that taxes would rise and that the schools of the town would close.", "schools"),
        (
            "fr",
            "Paul Martel a affirmé que les rebelles ont attaqué la ville et ont affirmé que l’armée avait fui.",
            "ont affirmé",
        ),
        ("fr", "Claire Vasseur a affirmé que les impôts allaient augmenter et que les écoles fermeraient.", "écoles"),
    ],
)
def test_quotes_conjunct_report_of_the_content_stays_in_the_clause(lang: str, text: str, inside: str) -> None:
    quotes = run(text, lang)
    assert len(quotes) == 1 and inside in quotes[0]["text"], texts(quotes)
