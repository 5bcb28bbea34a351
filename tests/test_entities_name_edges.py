"""A person's name the NER ended one word short or began one word late (issue 12): the capitalised word printed on
the same line right after or before a person of two words, which no NER span holds and which names nothing of the
knowledge base, is part of the name, as the real-news golds list three-word names. The NER spans are set by hand
(the model's cut); the sentences, people and places are invented."""

from __future__ import annotations

import pytest

from test_entities_ner_misses import mention_texts

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text, lang, labelled, name",
    [
        (
            "Le gouvernement de Valmira compte aussi Tenzin Lhaso Dorje (Commerce) et Pema Dawa (Santé).",
            "fr",
            [("Tenzin Lhaso", "PER"), ("Pema Dawa", "PER")],
            "Tenzin Lhaso Dorje",
        ),
        (
            "Le chef du parti Avenir Commun Jean Marcel Ravelo qualifie la décision d'illégale.",
            "fr",
            [("Avenir Commun", "ORG"), ("Jean Marcel", "PER")],
            "Jean Marcel Ravelo",
        ),
        (
            "The mediator of the bishops of Dunmore, Tomás Elio Varanda, called on both sides to talk.",
            "en",
            [("Dunmore", "GPE"), ("Elio Varanda", "PERSON")],
            "Tomás Elio Varanda",
        ),
        (
            "We will fight on, said Kaleeb Abu Rashed, the commander of the Dunmore brigade.",
            "en",
            [("Abu Rashed", "PERSON"), ("Dunmore", "GPE")],
            "Kaleeb Abu Rashed",
        ),
    ],
)
def test_entities_name_edges_word_joined(text, lang, labelled, name):
    assert name in mention_texts(text, lang, labelled)


@pytest.mark.parametrize(
    "text, lang, labelled, name",
    [
        # a title in capitals after the name is no part of it
        ("The motion of Brendan Cully TD was read in Dunmore.", "en", [("Brendan Cully", "PERSON")], "Brendan Cully"),
        # an honorific before the name stays out of it
        (
            "Selon Me Jean Ernest Dalou, l'audience est reportée.",
            "fr",
            [("Jean Ernest Dalou", "PER")],
            "Jean Ernest Dalou",
        ),
        # a word followed by another capitalised word opens a name of its own
        (
            "The envoy met Sara Lindqvist Tomas Varga and others in Dunmore.",
            "en",
            [("Sara Lindqvist", "PERSON"), ("Dunmore", "GPE")],
            "Sara Lindqvist",
        ),
        # a noun of the language's dictionary (a title, a byline's) is no part of the name
        (
            "Texte de Lucien Marot Correspondant permanent à Valmira.",
            "fr",
            [("Lucien Marot", "PER"), ("Valmira", "LOC")],
            "Lucien Marot",
        ),
        (
            "The deal was signed by Tomas Varga Chairman of the Dunmore port board.",
            "en",
            [("Tomas Varga", "PERSON"), ("Dunmore", "GPE")],
            "Tomas Varga",
        ),
        # a function word opening the next clause is no part of the name
        ("Ask Tomas Varga This week he said no.", "en", [("Tomas Varga", "PERSON")], "Tomas Varga"),
        # a place of the knowledge base after the name stays a place
        ("Le député Paul Ravelo Madagascar a voté contre.", "fr", [("Paul Ravelo", "PER")], "Paul Ravelo"),
    ],
)
def test_entities_name_edges_near_misses_stay(text, lang, labelled, name):
    assert name in mention_texts(text, lang, labelled)
