"""Quote extraction on the constructions of real news copy (the real-news issue): each test is one class of text,
with invented sentences (invented people and statements; real capitals and states only as places that speak
through their governments, saying nothing of consequence)."""

from __future__ import annotations

import pytest

from test_quotes import PEOPLE, entities_for
from veille.analysis.nlp import parse
from veille.analysis.quotes import extract_quotes, lexicon


def run(text: str, lang: str, spec: dict = PEOPLE) -> list[dict]:
    return extract_quotes(parse(text, lang), entities_for(text, spec), lang=lang)


def found(quotes: list[dict], words: str) -> dict:
    """The quote whose text holds ``words``."""
    hits = [q for q in quotes if words in q["text"]]
    assert hits, f"no quote holds {words!r}: {[q['text'] for q in quotes]}"
    return hits[0]


def names(q: dict) -> set[str]:
    return {s["name"] for s in q["speakers"]}


# ------------------------------------------------------------------------------- word forms the model misreads
def test_quotes_lexicon_forms_map_misread_word_forms_to_their_lemma() -> None:
    fr = lexicon("fr")
    assert fr.forms["estime"] == "estimer"
    assert fr.forms["indique"] == "indiquer"


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        ("« Nous devons rester unis face à la crise », estime Paul Martel.", "Nous devons rester unis"),
        ("« Le pont sera rouvert lundi matin », indique Paul Martel dans un message.", "Le pont sera rouvert"),
        ("Paul Martel estime que la récolte sera meilleure que prévu.", "la récolte sera meilleure"),
        ("« Rien ne justifie une telle hausse des prix », juge Paul Martel.", "Rien ne justifie"),
    ],
)
def test_quotes_present_tense_cues_the_model_misreads(text: str, words: str) -> None:
    assert names(found(run(text, "fr"), words)) == {"Paul Martel"}


# ------------------------------------------------------------------------ a capital speaks for its state
CAPITALS = {
    **PEOPLE,
    "kb:city:oslo": ("Oslo", "GPE", ["Oslo"]),
}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        ("fr", "Selon Oslo, la réunion des ministres aura lieu mardi prochain.", "la réunion des ministres"),
        ("fr", "Oslo dénonce une « décision unilatérale et précipitée » de ses voisins.", "décision unilatérale"),
        ("en", "Oslo said the meeting of the ministers would take place next Tuesday.", "the meeting of the"),
    ],
)
def test_quotes_capital_city_speaks_for_its_state(lang: str, text: str, words: str) -> None:
    q = found(run(text, lang, CAPITALS), words)
    assert [(s["id"], s["name"]) for s in q["speakers"]] == [("kb:country:NOR", "Norway")]
