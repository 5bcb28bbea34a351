"""A French que-clause whose « que » the parser hangs away from the clause's verb (issue 12).

"X souligne que ni A ni B ne sont précisés", "X ajoute que « A et B » a sauvé…": the parser reads the verb's
complement clause with no mark of its own (« que » an adverb of the speech verb, or the mark of a subject noun), so
the clause was passed over as a bare clause, which French does not report, and the complementizer right after the
verb was never read, the verb having a clause. With no item from the clause, a complementizer right after the verb
now opens the report, as it does where the parser finds no clause. The real-news golds list such clauses
(corpus/real10 ya-14, corpus/real11 za-05, zc-03). Near misses, as before: « ainsi que », « si », « plus que
jamais », « que » after « ce », « alors que ». Every person, place and statement is invented."""

from __future__ import annotations

import pytest

from test_quotes import run, speakers

SPEC = {
    "durand": ("Paul Durand", "PERSON", ["Paul Durand", "Durand"]),
    "ligue": ("Ligue des pêcheurs", "ORG", ["Ligue des pêcheurs", "Ligue"]),
}

#: (text, the reported words): Paul Durand's report
READ = [
    (
        "Paul Durand est arrivé. Puis il souligne aussi que ni le calendrier exact ni le cadre de la mission ne sont "
        "connus.",
        "ni le calendrier exact ni le cadre de la mission ne sont connus",
    ),
    (
        "Paul Durand est arrivé. Puis il souligne que ni leur calendrier ni le cadre de la mission ne sont connus.",
        "ni leur calendrier ni le cadre de la mission ne sont connus",
    ),
    (
        "Paul Durand ajoute que « la rapide réaction des marins et l'aide des gardes » a sauvé le port.",
        "« la rapide réaction des marins et l'aide des gardes » a sauvé le port",
    ),
]

#: texts with no quote, as before
NEAR = [
    "Paul Durand souligne la crise ainsi que le rôle de la Ligue des pêcheurs.",
    "Paul Durand a demandé si la Ligue des pêcheurs serait reçue au port.",
    "Paul Durand souligne plus que jamais le rôle de la Ligue des pêcheurs.",
    "Paul Durand ne dit rien d'autre que ce que la Ligue a déjà écrit.",
    "Paul Durand rappelle, alors que la Ligue des pêcheurs manifestait, son soutien au maire.",
]


@pytest.mark.parametrize("text,said", READ)
def test_quotes_que_misparsed_reported(text, said):
    quotes = [q for q in run(text, "fr", SPEC) if not q["direct"]]
    assert [(q["text"], speakers(q)) for q in quotes] == [(said, {"Paul Durand"})]


@pytest.mark.parametrize("text", NEAR)
def test_quotes_que_misparsed_near_misses(text):
    assert run(text, "fr", SPEC) == []
