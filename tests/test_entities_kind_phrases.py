"""A French place printed after a definite lowercase noun of its kind and « de » (« le district de X », « la province
de X », « la vallée de X », « l'aéroport international de X ») is mentioned by the whole phrase too, beside its bare
name (issue 12: the real-news golds list such a place by either; the NER reads the name alone). The NER's labels
are set by hand; the sentences and the places are invented (Bamako, a city of the knowledge base, aside)."""

from __future__ import annotations

import pytest

from test_entities_ner_misses import mention_texts

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text, name, phrase",
    [
        ("Six soldats ont été tués dans le district de Valmora, selon l'armée.", "Valmora", "district de Valmora"),
        ("Les combats se poursuivent dans la province d'Adravie depuis lundi.", "Adravie", "province d'Adravie"),
        ("Les deux armées se font face dans la vallée de Kolbenta depuis juin.", "Kolbenta", "vallée de Kolbenta"),
        ("Le cargo est resté bloqué au port de Lorsimbé pendant dix jours.", "Lorsimbé", "port de Lorsimbé"),
        ("Les rebelles ont repris le camp de Rumbélo mardi soir.", "Rumbélo", "camp de Rumbélo"),
        (
            "L'avion du ministre s'est posé dans la nuit sur l'aéroport international de Bamako.",
            "Bamako",
            "aéroport international de Bamako",
        ),
    ],
)
def test_entities_kind_phrases_mention_the_place(text, name, phrase):
    place = text[text.index(name) :].split(" ")[0].rstrip(",.")
    mentions = mention_texts(text, "fr", [(place, "LOC")])
    assert phrase in mentions[name]
    assert place in mentions[name]  # the bare name stays a mention


@pytest.mark.parametrize(
    "text, labelled, name",
    [
        # an indefinite noun: one of the city's districts, not the city
        ("Un district de Bamako est privé d'eau depuis lundi.", [("Bamako", "LOC")], "Bamako"),
        # a state: « le camp de la Russie » is a side
        ("Le camp de la Russie refuse toute concession.", [("Russie", "LOC")], "Russia"),
        # no kind noun before « de »
        ("Le maire de Valmora a démissionné mardi.", [("Valmora", "LOC")], "Valmora"),
    ],
)
def test_entities_kind_phrases_near_miss_bare_name_only(text, labelled, name):
    mentions = mention_texts(text, "fr", labelled)
    assert len(mentions[name]) == 1


def test_entities_kind_phrases_person_after_camp_untouched():
    text = "Le camp de Jean Karembé dénonce une fraude massive."
    mentions = mention_texts(text, "fr", [("Jean Karembé", "PER")])
    assert mentions["Jean Karembé"] == {"Jean Karembé"}
