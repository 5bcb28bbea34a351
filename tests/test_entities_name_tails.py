"""A French body's long name that the NER ended before its lowercase tail is read whole when something closes the
tail as a name: a state or a known organisation in a complement of « de », a state's adjective, or an acronym in
brackets that spells it (issue 12: the real-news golds list the printed long name; the NER's short piece was a false
entity of its own). A date word after « de la » is the name's complement, not a date the NER ran into. The NER's
labels are set by hand; the sentences and the bodies are invented."""

from __future__ import annotations

import pytest

from test_entities_ner_misses import found, with_ner
from veille.analysis.entities import recognise

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text, labelled, cut, whole",
    [
        # an acronym in brackets that spells the name closes it
        (
            "Les soldats du Conseil suprême pour la restauration de l'ordre (CSRO) tiennent toujours l'aéroport.",
            [("Conseil suprême", "ORG")],
            "Conseil suprême",
            "Conseil suprême pour la restauration de l'ordre",
        ),
        # a state in the last complement closes it
        (
            "Un accord de pêche lie désormais Dakar au Comité des affaires frontalières du Gabon depuis mardi.",
            [("Comité des affaires frontalières", "ORG")],
            "Comité des affaires frontalières",
            "Comité des affaires frontalières du Gabon",
        ),
        # a coordinated complement, then a known organisation
        (
            "La Commission des transports et de la logistique de la Cedeao a publié un rapport sévère.",
            [("Commission des transports", "ORG")],
            "Commission des transports",
            "Commission des transports et de la logistique de la Cedeao",
        ),
        # a state's adjective right after the name
        (
            "Les élus du Conseil économique gabonais ont rendu un avis défavorable jeudi.",
            [("Conseil économique", "ORG")],
            "Conseil économique",
            "Conseil économique gabonais",
        ),
        # a portfolio coordinated after a ministry's first, then its state
        (
            "Un décret du ministère des Savoirs et des Traditions orales du Togo a fermé trois écoles.",
            [("ministère des Savoirs", "LOC")],
            "ministère des Savoirs",
            "ministère des Savoirs et des Traditions orales du Togo",
        ),
    ],
)
def test_entities_name_tails_read_whole(text, labelled, cut, whole):
    doc = with_ner(text, "fr", labelled)
    ents = recognise(doc, lang="fr", published="2025-01-01")
    mentions = {m["text"] for e in ents for m in e["mentions"]}
    assert whole in mentions
    assert cut not in mentions


def test_entities_name_tails_closing_state_is_the_body_s():
    text = "Un accord de pêche lie désormais Dakar au Comité des affaires frontalières du Gabon depuis mardi."
    ents = recognise(with_ner(text, "fr", [("Comité des affaires frontalières", "ORG")]), lang="fr")
    body = next(e for e in ents if e["name"] == "Comité des affaires frontalières du Gabon")
    assert body["country"] == "GAB"
    assert "Gabon" not in {e["name"] for e in ents}  # printed only inside the body's name


def test_entities_name_tails_known_organisation_still_mentioned():
    text = "La Commission des transports et de la logistique de la Cedeao a publié un rapport sévère."
    ents = recognise(with_ner(text, "fr", [("Commission des transports", "ORG")]), lang="fr")
    assert "Economic Community of West African States" in {e["name"] for e in ents}


def test_entities_name_tails_date_word_after_article_is_the_name_s():
    text = "Le Conseil supérieur de la défense réuni lundi a pris trois décisions."
    names = found(with_ner(text, "fr", [("Conseil supérieur de la défense", "ORG")]), "fr")
    assert "Conseil supérieur de la défense" in names
    assert "Conseil supérieur de la" not in names


@pytest.mark.parametrize(
    "text, labelled, name",
    [
        # an open tail (a verb after « de »): the NER's name stays
        (
            "Un collectif de juristes prie le Conseil fédéral de renoncer au projet.",
            [("Conseil fédéral", "ORG")],
            "Conseil fédéral",
        ),
        # a seat, no state, in the last complement
        (
            "Le Comité de coordination de la Maison Blanche a publié une note.",
            [("Comité de coordination", "ORG")],
            "Comité de coordination",
        ),
        # a state in a coordinated complement is no part of the name
        (
            "Les délégués du Conseil national et de la France se sont quittés sans accord.",
            [("Conseil national", "ORG")],
            "Conseil national",
        ),
    ],
)
def test_entities_name_tails_near_miss_names_stay(text, labelled, name):
    doc = with_ner(text, "fr", labelled)
    ents = recognise(doc, lang="fr", published="2025-01-01")
    mentions = {m["text"] for e in ents for m in e["mentions"]}
    assert name in mentions


def test_entities_name_tails_date_after_name_still_cut():
    """A date word the NER ran into right after a name's own word is still set aside."""
    text = "Le quotidien Horizon Matin mardi a consacré sa une au scrutin."
    names = found(with_ner(text, "fr", [("Horizon Matin mardi", "ORG")]), "fr")
    assert "Horizon Matin" in names
    assert "Horizon Matin mardi" not in names
