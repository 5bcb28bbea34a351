"""A description and the name it describes, printed side by side and read by the parser as two phrases (issue 12).

« Le porte-parole du président valdorien, Paul Durand, a déclaré… »: the French model may hang the name as a
conjunct of the description, or of a word inside it (« La représentante du Valdor à l'ONU, Marie Lefort, … »: the
name under « ONU »), so the description was resolved apart from the name, to a described speaker, and the statement
had two speakers or the description alone. The name speaks (`quotes.described_names`, read by
`resolve.Resolver.heads` and `_head`). Near misses: a description and a name joined by a conjunction speak together,
a name that is a complement of the description (« le conseiller de X ») does not speak for it, a description with no
name stays described. Every person and statement is invented."""

from __future__ import annotations

import pytest

from quote_fixtures import speakers_each
from test_quotes import run

SPEC = {
    "durand": ("Paul Durand", "PERSON", ["Paul Durand", "Durand"]),
    "lefort": ("Marie Lefort", "PERSON", ["Marie Lefort", "Lefort"]),
    "claire": ("Terre Claire", "ORG", ["Terre Claire"]),
    "sorvan": ("Sorvan", "GPE", ["Sorvan"]),
}


def speakers_of(text: str, words: str) -> list[set[str]]:
    """The speakers (names as printed in the records) of each quote of ``text`` holding ``words``."""
    return speakers_each(run(text, "fr", SPEC), words)


#: (text, words of the statement, who speaks)
NAMED = [
    (  # the name hung on « ONU »: the description was resolved apart, beside the name
        "La représentante de la France à l'ONU, Marie Lefort, a indiqué que le vote de la résolution serait reporté "
        "à lundi.",
        "le vote de la résolution serait reporté",
        {"Marie Lefort"},
    ),
    (
        "La représentante de la France à l'ONU, Marie Lefort, a assuré qu'il fallait laisser du temps aux "
        "négociateurs.",
        "il fallait laisser du temps",
        {"Marie Lefort"},
    ),
    (  # no comma: the description and the name parsed as roots of their own
        "L'ONG française Terre Claire a également indiqué avoir ouvert deux dispensaires près de la frontière.",
        "avoir ouvert deux dispensaires",
        {"Terre Claire"},
    ),
    (
        "L'ONG française Terre Claire a aussi précisé avoir acheminé des vivres vers les villages isolés.",
        "avoir acheminé des vivres",
        {"Terre Claire"},
    ),
    (  # read before too (the name parsed in apposition): unchanged
        "Le porte-parole du président valdorien, Paul Durand, a dit à la presse que « ce verdict n'a aucune "
        "valeur » aux yeux du gouvernement.",
        "ce verdict n'a aucune valeur",
        {"Paul Durand"},
    ),
    (
        "La porte-parole de la présidente, Marie Lefort, a précisé que le décret serait signé dans la soirée.",
        "le décret serait signé",
        {"Marie Lefort"},
    ),
]


@pytest.mark.e2e
@pytest.mark.parametrize("text, words, who", NAMED)
def test_quotes_described_names_name_speaks(text: str, words: str, who: set[str]) -> None:
    assert speakers_of(text, words) and all(s == who for s in speakers_of(text, words))


#: near misses: (text, words of the statement, who speaks)
KEPT = [
    (  # joined by a conjunction: the description is kept beside the name
        "Un responsable du ministère et Paul Durand ont affirmé que le port rouvrirait.",
        "le port rouvrirait",
        {"Un responsable du ministère et Paul Durand"},
    ),
    (  # the name is the description's complement: an aide of the person, unnamed
        "Le conseiller de Marie Lefort a déclaré que le décret serait signé.",
        "le décret serait signé",
        {"Le conseiller de Marie Lefort"},
    ),
    (  # a description with no name beside it stays described
        "Un responsable du ministère a affirmé que le port rouvrirait la semaine prochaine.",
        "le port rouvrirait",
        {"Un responsable du ministère"},
    ),
    (  # a place that ends the description is its complement, no speaker
        "Selon le maire de la ville de Sorvan, les routes sont coupées.",
        "les routes sont coupées",
        {"le maire de la ville de Sorvan"},
    ),
    (  # a name after a preposition is whom the description speaks for: as before
        "Les routes ont été coupées, selon le porte-parole de Terre Claire.",
        "Les routes ont été coupées",
        {"Terre Claire"},
    ),
    (  # the description after the name that opens the sentence: the name, as before
        "« Nous ne céderons pas », a déclaré lors d'une cérémonie Marie Lefort, une avocate de 60 ans.",
        "Nous ne céderons pas",
        {"Marie Lefort"},
    ),
    (  # the name before, the role after it: as before
        "Paul Durand, le ministre des Finances, a déclaré que les impôts baisseraient.",
        "les impôts baisseraient",
        {"Paul Durand"},
    ),
]


@pytest.mark.e2e
@pytest.mark.parametrize("text, words, who", KEPT)
def test_quotes_described_names_near_misses(text: str, words: str, who: set[str]) -> None:
    found = speakers_of(text, words)
    assert found and all(s == who for s in found)


def test_described_names_inner_conjunct_punctuation_only() -> None:
    """A hyphen of a place's name that the model tags as a proper-noun conjunct (« le district de Valmoro-Tessa »,
    the hyphen under « Valmoro ») has no word: no name, and no error (it raised ValueError on ``min`` of nothing,
    failing the whole article); a name conjunct after a comma in the same phrase is still read."""
    import spacy
    from spacy.tokens import Doc

    from veille.analysis.context import MentionIndex
    from veille.analysis.quotes.described_names import inner_conjuncts
    from veille.analysis.quotes.speakers import Mentions, Speaker

    words = ["Le", "directeur", "du", "district", "de", "Valmoro", "-", "Tessa", ",", "Paul", "Durand", ",", "a", "dit"]
    heads = [1, 13, 3, 1, 5, 3, 5, 5, 9, 3, 9, 13, 13, 13]
    deps = ["det", "nsubj", "case", "nmod", "case", "nmod", "conj", "flat", "punct", "conj", "flat", "punct", "aux"]
    pos = ["DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "AUX"]
    doc = Doc(spacy.blank("fr").vocab, words=words, heads=heads, deps=[*deps, "ROOT"], pos=[*pos, "VERB"])
    start = doc[9].idx
    durand = {
        "id": "per:durand",
        "name": "Paul Durand",
        "type": "PERSON",
        "mentions": [{"start": start, "end": start + len("Paul Durand")}],
    }
    mentions = Mentions(MentionIndex([durand]), {"per:durand": Speaker("per:durand", "Paul Durand", "PERSON")})
    assert doc[6].is_punct and doc[6].dep_ == "conj"
    assert [s.name for s in inner_conjuncts(doc[1], mentions)] == ["Paul Durand"]
