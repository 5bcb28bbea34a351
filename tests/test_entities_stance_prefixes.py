"""A lowercase prefix glued by a hyphen before a name ("pro-", "anti-", "post-") makes the name a modifier: a span
the NER opens with it stands for the one name after it, and a longer span it opens is a common noun phrase (a
supporters' committee, a march), no entity (issue 12: the real-news golds list neither). The list is data
(``lang/en/entities.json`` ``stance_prefixes``); a capitalised "Anti-" opening a body's own name stays. The NER's
labels are set by hand; the sentences, people, bodies and places are invented."""

from __future__ import annotations

import pytest

from test_entities_ner_misses import found, with_ner

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text, labelled, name",
    [
        (
            "Police in Tarsk detained two pro-NLU activists after the Velarian Unity League rally.",
            [("pro-NLU", "ORG")],
            "NLU",
        ),
        (
            "Crowds chanted anti-Velaria slogans outside the harbour office on Sunday.",
            [("anti-Velaria", "GPE")],
            "Velaria",
        ),
    ],
)
def test_entities_stance_prefix_names_the_one_name_after_it(text, labelled, name):
    names = found(with_ner(text, "en", labelled), "en")
    assert labelled[0][0] not in names
    assert name in names


@pytest.mark.parametrize(
    "text, labelled",
    [
        ("A pro-Harlan PAC spent heavily on the race in the northern district.", [("pro-Harlan PAC", "ORG")]),
        ("The minister promised that post-Rexit Rules would be published in May.", [("post-Rexit Rules", "ORG")]),
    ],
)
def test_entities_stance_prefix_phrase_is_no_entity(text, labelled):
    names = found(with_ner(text, "en", labelled), "en")
    assert not any(n.lower().startswith(("pro-", "post-", "anti-")) or "PAC" in n or "Rules" in n for n in names)


@pytest.mark.parametrize(
    "text, labelled, name",
    [
        # a capitalised prefix opening a body's own name stays the name
        (
            "The report was written by Anti-Bribery Watch Velaria and sent to the court.",
            [("Anti-Bribery Watch Velaria", "ORG")],
            "Anti-Bribery Watch Velaria",
        ),
        # "ex-" is left out: a former state's name with it stays as the NER read it
        ("He was born in ex-Marovia and moved to Tarsk in 1990.", [("ex-Marovia", "GPE")], "ex-Marovia"),
    ],
)
def test_entities_stance_prefix_near_misses_stay(text, labelled, name):
    assert name in found(with_ner(text, "en", labelled), "en")
