"""What an object pronoun of a trigger stands for: the object named before it in the segment (« ordered a Russian
diplomat to leave, accusing him of »), the subject of a passive, who undergoes as an object does, and, for a dative
pronoun (events.json ``dative_pronouns``: « lui », « leur »), also the complement an earlier clause addresses after a
dative preposition (``dative_cases``: « retirer son agrément à l'ambassadeur X et lui demander de partir »).

A dative clitic the parser hangs on its verb under no object label (« de lui demander », parsed as a complement of
« lui ») still counts as the verb's addressee when it stands before the verb with only clitics and auxiliaries
between (:func:`clitic_datives`)."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .actors import noun_phrase_parties
from .frame import Frame
from .parties import Party
from .syntax import case

#: The labels a pronoun's antecedent may bear: an object, a passive subject (added from the lexicon).
_PATIENT_DEPS = ("obj", "dobj")
#: The labels of a complement a dative pronoun may stand for: an argument or indirect object after « à ».
_DATIVE_DEPS = ("obl:arg", "iobj")
#: What may stand between a clitic and its verb: other clitics, negation, auxiliaries (« ne lui a pas été »).
_CLITIC_GAP = ("AUX", "PRON", "ADV", "PART")


def is_dative(f: Frame, pronoun: Token) -> bool:
    """Whether ``pronoun`` is one of the language's dative pronouns (« lui », « leur »)."""
    return pronoun.pos_ == "PRON" and pronoun.lower_ in f.cues["dative_pronouns"]


def clitic_datives(f: Frame, trig: Token) -> list[Token]:
    """The dative pronouns before ``trig`` that hang on it under a label no object bears (module docstring)."""
    return [
        c
        for c in children(trig)
        if c.i < trig.i
        and is_dative(f, c)
        and c.dep_ not in ("obj", "dobj", "iobj")
        and all(t.pos_ in _CLITIC_GAP for t in c.doc[c.i + 1 : trig.i])
    ]


def antecedent(f: Frame, pronoun: Token, actors: list[Party]) -> list[Party]:
    """The parties of what ``pronoun`` stands for, the nearest before it first, never the ``actors`` (module
    docstring)."""
    patient = (*_PATIENT_DEPS, *f.lex.passive_subject_deps)
    dative = is_dative(f, pronoun)
    prior = [
        t
        for t in (f.segment if f.segment is not None else [])
        if t.i < pronoun.i
        and t.pos_ in ("NOUN", "PROPN")
        and (t.dep_ in patient or (dative and t.dep_ in _DATIVE_DEPS and case(t) in f.cues["dative_cases"]))
    ]
    for t in reversed(prior):
        ps = [p for p in noun_phrase_parties(f, t)[0] if all(p.entity is not a.entity for a in actors)]
        if ps:
            return ps
    return []
