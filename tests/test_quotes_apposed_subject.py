"""A French speech verb whose subject an apposition between commas sets apart from it (issue 12).

"X, le chef de Y, affirme que…", "X, numéro deux de Y basé à Z, indiquait que…", "X, plus dur que d'ordinaire, a
souligné que…", "X, lié à Y, affirme avoir…": the parser hangs the verb inside the apposition or makes the noun a
root of its own, so the verb has no subject and its report was dropped for want of a speaker. The noun phrase before
the apposition speaks (`quotes.subjects.apposed_subject`, the last fallback of `speaker_heads`). The real-news golds
list such reports with that speaker (corpus/real5 te-10, tp-03; corpus/real7 vb-10, vd-08). Near misses, as before: a
verb that is no speech verb after the apposition, a speech verb with a noun object, a noun inside a prepositional
phrase before the comma. Every person, place and statement is invented."""

from __future__ import annotations

import pytest

from test_quotes import run, speakers

SPEC = {
    "durand": ("Paul Durand", "PERSON", ["Paul Durand", "Durand"]),
    "valmont": ("Valmont", "GPE", ["Valmont"]),
    "ligue": ("Ligue des pêcheurs", "ORG", ["Ligue des pêcheurs", "Ligue"]),
}

#: (text, the reported words): Paul Durand's report
READ = [
    (
        "Dans la capitale, Paul Durand, chef du parti des marins, soutient qu'il reste enfermé à son domicile depuis "
        "lundi.",
        "il reste enfermé à son domicile depuis lundi",
    ),
    (
        "Depuis Borelle, Paul Durand, plus dur que d'ordinaire, a souligné que le choix du Valmont violait les "
        "traités.",
        "le choix du Valmont violait les traités",
    ),
    (
        "Signe de tensions, Paul Durand, numéro deux de la Ligue des pêcheurs basé à Borelle, indiquait que les "
        "discussions continuaient.",
        "les discussions continuaient",
    ),
    (
        "Signe de tensions, Paul Durand, numéro deux de la Ligue des pêcheurs basé à Borelle, dit avoir quitté la "
        "réunion.",
        "avoir quitté la réunion",
    ),
]

#: texts with no quote, as before
NEAR = [
    # an infinitive after a verb that is no speech verb
    "Dans la capitale, Paul Durand, le chef de l'opposition, semble avoir quitté le pays avant la fin du mois.",
    # a verb of no report with an object
    "Dans la capitale, Paul Durand, le chef de l'opposition, a rencontré le maire de Borelle.",
    # « affirmer » with a noun object after the apposition: no infinitive or clause read
    "Dans la capitale, Paul Durand, le chef de l'opposition, affirme son soutien au maire de Borelle.",
    # the noun before the comma is the complement of a preposition: no subject
    "Au Valmont le ministère des pêches, indique que les gardes ont reçu la consigne de fermer le port.",
]


@pytest.mark.parametrize("text,said", READ)
def test_quotes_apposed_subject_speaks(text, said):
    quotes = [q for q in run(text, "fr", SPEC) if not q["direct"]]
    assert [(q["text"], speakers(q)) for q in quotes] == [(said, {"Paul Durand"})]


@pytest.mark.parametrize("text", NEAR)
def test_quotes_apposed_subject_near_misses(text):
    assert run(text, "fr", SPEC) == []
