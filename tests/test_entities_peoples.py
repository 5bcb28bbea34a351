"""A people named alone and printed with a capital ("le Touareg malien X", "the Tuareg rebellion", « deux
communautés (Hema et Lendu) ») is no entity, whatever the NER labels it (issue 12: the real-news golds list none;
nonentities.tsv). A longer name holding one, and a person whose name only starts like one, stay entities. The NER's
labels are set by hand; the sentences, groups and people are invented."""

from __future__ import annotations

import pytest

from test_entities_ner_misses import found, with_ner

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text, lang, labelled, word",
    [
        ("Le groupe est dirigé par le Touareg malien Ali Kerdane.", "fr", [("Touareg", "LOC")], "Touareg"),
        ("The town fell during the 2031 Tuareg rebellion.", "en", [("Tuareg", "ORG")], "Tuareg"),
        ("Les heurts opposent deux communautés (Hema et Lendu).", "fr", [("Hema", "ORG"), ("Lendu", "LOC")], "Hema"),
        ("Les heurts opposent deux communautés (Hema et Lendu).", "fr", [("Hema", "ORG"), ("Lendu", "LOC")], "Lendu"),
        ("Clashes between Hema and Lendu militias went on.", "en", [("Hema", "PERSON"), ("Lendu", "ORG")], "Lendu"),
    ],
)
def test_entities_peoples_named_alone_are_no_entity(text, lang, labelled, word):
    assert word not in found(with_ner(text, lang, labelled), lang)


@pytest.mark.parametrize(
    "text, lang, labelled, name",
    [
        ("Le Front touareg de Kelbas a signé.", "fr", [("Front touareg de Kelbas", "ORG")], "Front touareg de Kelbas"),
        ("Hemalia Dorsen said the talks failed.", "en", [("Hemalia Dorsen", "PERSON")], "Hemalia Dorsen"),
    ],
)
def test_entities_peoples_near_miss_longer_names_stay(text, lang, labelled, name):
    assert name in found(with_ner(text, lang, labelled), lang)
