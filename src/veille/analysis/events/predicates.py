"""The agent of a passive that the parse hangs on another word of the verb's clause rather than on the verb: on its
predicative complement ("l'ambassadeur a été déclaré persona non grata par le Japon", "par le Japon" under
"grata"), or on the day it is dated by ("a été convoqué hier jeudi par la ministre", "par le ministre" under
"mercredi"): the verb's agent."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .dated import is_day
from .frame import Frame
from .syntax import case


def predicate_agents(f: Frame, verb: Token) -> list[Token]:
    """Agents inside a non-verbal open complement of ``verb`` (an adjective, an adverb or a noun the parse labels
    xcomp), not under a verb of their own; else complements of a date adjunct of the verb introduced by an agent
    preposition ("par")."""
    found = []
    todo = [k for k in children(verb) if k.dep_ == "xcomp" and k.pos_ in ("ADJ", "ADV", "NOUN")]
    while todo:
        t = todo.pop()
        for k in children(t):
            if k.pos_ in ("VERB", "AUX"):
                continue
            if k.dep_ in f.lex.agent_deps or (k.dep_.startswith("obl") and case(k) in f.cues["agent_preps"]):
                found.append(k)  # "déclaré persona non grata par Tokyo", "par Tokyo" under "grata"
            else:
                todo.append(k)
    if not found:
        found = [
            g
            for k in children(verb)
            if k.dep_ in ("obl:mod", "obl", "npadvmod") and k.i > verb.i and is_day(f, k)
            for g in children(k)
            if g.i > k.i and (g.dep_ in f.lex.agent_deps or case(g) in f.cues["agent_preps"])
        ]
    return sorted(found, key=lambda t: t.i)
