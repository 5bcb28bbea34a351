"""Who a demand to leave is made of: the condition ``leaver`` of ``events.tsv``. A state that demands that a
foreign envoy leave its territory expels the envoy, as the real-news golds code these demands (COERCE expel), where
a demand that a government or a prime minister leave office is a request: the one told to leave tells them apart.
Read on the subject of the clause or infinitive the verb governs (« a exigé que l'ambassadeur quitte le pays »),
the verb's addressee (« a demandé aux diplomates de quitter le territoire », « lui demander de quitter ») and the
genitive of its object (« a demandé le départ de douze agents »)."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .frame import Frame
from .syntax import complements, objects

#: Labels of the clause or infinitive a demand governs ("exigé que X quitte", "demandé de quitter").
_CLAUSE_DEPS = ("xcomp", "ccomp", "advcl")
#: Labels of a demand's addressee ("demandé à l'ambassadeur", "lui demander").
_ADDRESSEE_DEPS = ("iobj", "obl:arg", "obj", "dobj")


def leavers(f: Frame, tok: Token) -> set[str]:
    """The lemmas and forms of whoever the demand at ``tok`` tells to leave (module docstring)."""
    kids = list(children(tok))
    found = [k for k in kids if k.dep_ in _ADDRESSEE_DEPS]
    for clause in (k for k in kids if k.dep_ in _CLAUSE_DEPS and k.pos_ == "VERB"):
        found += [s for s in children(clause) if s.dep_ in f.lex.subject_deps]
    for obj in objects(f, tok):  # « le départ de douze agents »: the genitive of the object
        found += [n for prep, n in complements(obj) if prep in f.cues["genitive_preps"]]
    return {w for k in found for w in (k.lemma_.lower(), k.lower_)}
