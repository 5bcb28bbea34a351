"""A feeling or thanks shown through a speech verb's object is no statement (issue 12, stop 60).

« X a exprimé sa gratitude à Y pour… », « a exprimé ses remerciements à… », « a exprimé à son hôte ses regrets… »,
« a exprimé sa profonde indignation face à… »: the verb of the ``verb_object`` kind has a noun of a feeling or of
thanks as its object, and what it names is what the subject showed, not what it said. Main read the object as a
reported statement (`object_report.object_report`), a false quote where the real-news golds list none (corpus/real7
vb-04, corpus/real10 ya-01, corpus/real13 qa-14, corpus/real15 ma-05, mc-07); now such an object (lexicon kind
``feeling_object``, `complements.felt`) states nothing. Near misses, as before: a stance object (« l'appui de sa
ville »), a que-clause after the feeling noun, a negated « cacher » (« n'a pas caché sa déception face à… », kind
``verb_negated``). Every person, place and statement is invented."""

from __future__ import annotations

import pytest

from test_quotes import run, speakers

SPEC = {
    "durand": ("Paul Durand", "PERSON", ["Paul Durand", "Durand"]),
    "vasseur": ("Claire Vasseur", "PERSON", ["Claire Vasseur", "Vasseur"]),
    "valmont": ("Valmont", "GPE", ["Valmont"]),
    "ligue": ("Ligue des pêcheurs", "ORG", ["Ligue des pêcheurs"]),
}

#: texts whose speech verb's object is a feeling or thanks: no quote
FELT = [
    "Le Premier ministre borellien Paul Durand a exprimé sa gratitude au gouvernement du Valmont pour son aide aux "
    "sinistrés du port.",
    "La ministre Claire Vasseur a exprimé ses remerciements à la Ligue des pêcheurs pour son appui pendant la crise.",
    "Paul Durand a exprimé à son hôte ses vifs regrets au sujet de la fermeture des quais.",
    "Claire Vasseur a exprimé sa profonde indignation devant le refus de la garde côtière de secourir les marins.",
    "Lors de sa visite, Paul Durand a exprimé sa satisfaction devant les progrès des chantiers du port.",
]

#: (text, the reported words, who speaks), as before
NEAR = [
    (
        "Paul Durand a exprimé l'appui de sa ville aux pêcheurs du Valmont dans leur conflit avec la Ligue.",
        "l'appui de sa ville aux pêcheurs du Valmont dans leur conflit avec la Ligue",
        "Paul Durand",
    ),
    (
        "Claire Vasseur n'a pas caché sa déception face au refus de la Ligue des pêcheurs de signer l'accord.",
        "sa déception face au refus de la Ligue des pêcheurs de signer l'accord",
        "Claire Vasseur",
    ),
    (
        "Paul Durand a exprimé sa satisfaction que le Valmont ait enfin signé l'accord sur la pêche.",
        "le Valmont ait enfin signé l'accord sur la pêche",
        "Paul Durand",
    ),
]


@pytest.mark.parametrize("text", FELT)
def test_quotes_feeling_objects_state_nothing(text):
    assert run(text, "fr", SPEC) == []


@pytest.mark.parametrize("text,said,who", NEAR)
def test_quotes_feeling_objects_near_misses(text, said, who):
    assert [(q["text"], speakers(q)) for q in run(text, "fr", SPEC)] == [(said, {who})]
