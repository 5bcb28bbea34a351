"""A state's dotted abbreviation glued by a hyphen to another name ("the U.S.-Mexico border", "U.S.-China trade
talks", "the U.K.-EU deal"): spaCy's English tokenizer kept "U.S.-Mexico" one token, so neither state was read (or
the NER made an organisation of the pair). The hyphen between a dotted capital abbreviation and a capitalised word
is split (:mod:`veille.analysis.abbreviation_hyphens`, added to each model's infixes at load), and the pair is read
as the pairs of names already were ("the US-Canada border": :mod:`veille.analysis.entities.compounds`). Near
misses: a lowercase word after the hyphen ("the U.S.-led coalition") and a hyphen inside a word ("F-16s") are
tokenized as before. Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities
from veille.analysis.nlp import parse

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text,names",
    [
        ("Illegal crossings at the U.S.-Mexico border rose again in March.", {"United States", "Mexico"}),
        ("U.S.-China trade talks will resume in Geneva next week.", {"United States", "China"}),
        ("Trucks blocked several U.S.-Canada border crossings on Monday.", {"United States", "Canada"}),
        ("The new U.K.-EU agreement covers fishing rights.", {"United Kingdom", "European Union"}),
        ("Officials said the U.S.-Russia relationship could sour further.", {"United States", "Russia"}),
    ],
)
def test_abbreviation_pair_names_both(text: str, names: set[str]) -> None:
    found = entities(text, "en")
    assert names <= set(found), found
    assert not any("-" in n for n in found), found


@pytest.mark.parametrize(
    "text,token",
    [
        ("The U.S.-led coalition struck two depots.", "U.S.-led"),
        ("The pilots flew F-16s over the coast.", "F-16s"),
        ("Talks with the U.S. resumed on Monday.", "U.S."),
    ],
)
def test_abbreviation_hyphen_near_misses(text: str, token: str) -> None:
    assert token in [t.text for t in parse(text, "en")]
