"""An English role title of two words printed with capitals before its holder's name ("Supreme Leader X", "Army
Commander X", "Assembly President X", "External Affairs Minister X") is one role (roles.tsv): its first word is no
organisation or place of its own, which the NER read it as (issue 12: the real-news golds list the holder only). A
proper name before a one-word role stays an entity. The NER's labels are set by hand; the sentences and people are
invented."""

from __future__ import annotations

import pytest

from test_entities_ner_misses import found, with_ner

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text, labelled, word, name",
    [
        (
            "Sanctions were imposed on Supreme Leader Darius Kavani on Monday.",
            [("Supreme", "ORG"), ("Darius Kavani", "PERSON")],
            "Supreme",
            "Darius Kavani",
        ),
        (
            "The war between Army Commander Omar Taleb and the militia went on.",
            [("Army", "ORG"), ("Omar Taleb", "PERSON")],
            "Army",
            "Omar Taleb",
        ),
        (
            "Police arrested an ally of Assembly President Luis Marrero on Monday.",
            [("Assembly", "ORG"), ("Luis Marrero", "PERSON")],
            "Assembly",
            "Luis Marrero",
        ),
        (
            "The talks were called off after External Affairs Minister Rani Devraj spoke.",
            [("External Affairs", "ORG"), ("Rani Devraj", "PERSON")],
            "External Affairs",
            "Rani Devraj",
        ),
    ],
)
def test_entities_role_title_words_are_no_entity(text, labelled, word, name):
    names = found(with_ner(text, "en", labelled), "en")
    assert word not in names
    assert name in names


@pytest.mark.parametrize(
    "text, labelled, name",
    [
        # an organisation's own name before a one-word role stays
        ("NATO Commander Jane Roe arrived.", [("NATO", "ORG"), ("Jane Roe", "PERSON")], "NATO"),
        # a title's first word inside a longer name stays that name
        (
            "The Supreme Court of Veloria ruled on Monday.",
            [("Supreme Court of Veloria", "ORG")],
            "Supreme Court of Veloria",
        ),
    ],
)
def test_entities_role_title_words_near_miss_names_stay(text, labelled, name):
    assert name in found(with_ner(text, "en", labelled), "en")
