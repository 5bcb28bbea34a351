"""Dependency labels, parts of speech and morphological features the quote passes test.

The sets hold the labels of both parsing schemes (Universal Dependencies for French, ClearNLP for English): a
label of the other scheme never occurs in a parse, so one set serves every text. The shared roles
``passive_subject`` and ``agent`` are read from each language's ``syntax.json`` (union over the registered
languages); the other sets are this stage's own.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from ... import lang as registry
from ..dates import TIME_ENTITY as TIME_ENTITY  # the labels of time expressions, one set for every stage
from ..memo import Memo
from ..tree import children

#: Nominal subjects that may be speakers. Not the shared role "subject": English "expl" ("there is") never speaks.
SUBJECT = frozenset({"nsubj", "expl:subj"})
#: Relations through which a verb inherits its head's subject: "a tenu à souligner", "was quoted as saying".
INHERIT = frozenset({"xcomp", "conj", "advcl", "pcomp", "prep"})
#: Children of a noun that carry a name in apposition ("le ministre X", "X's spokesman").
NAME = frozenset({"appos", "flat", "flat:name", "compound", "nmod:poss"})
#: Relative clauses.
RELATIVE = frozenset({"relcl", "acl:relcl"})
#: Clauses modifying a noun (a verb there is not the predicate of its sentence).
NOUN_CLAUSE = frozenset({"acl", "acl:relcl", "relcl"})
#: The owner of a noun ("le porte-parole du ministère", "the ministry's spokesman").
OWNER = frozenset({"nmod", "poss", "nmod:poss"})
#: A preposition hanging under its noun (French) or a fixed multi-word one.
CASE = frozenset({"case", "fixed"})
#: A word fixed into a multi-word function word ("ainsi que", "alors que": "que" there opens no reported clause).
FIXED = frozenset({"fixed"})
#: Clauses below the main one: their subject is not the sentence's main subject.
SUBORDINATE = frozenset({"ccomp", "advcl", "acl:relcl", "relcl", "csubj", "parataxis"})
#: Complements through which a speech verb states what was said with no clause: objects, argument obliques,
#: infinitive complements ("a exigé la libération de…", "appelle au respect de…", "urged X to withdraw").
OBJECT_COMPLEMENT = frozenset({"obj", "dobj", "iobj", "obl:arg", "xcomp", "dative"})
#: A prepositional complement of a verb in the scheme that leaves it unlabelled as an argument (ClearNLP: "called
#: for the release of…", "called on X to…", "accused X of…"); one of time is no complement ("on Monday").
PREP_COMPLEMENT = frozenset({"prep"})
#: A verb's particle ("rule out"; UD "compound:prt").
PARTICLE = frozenset({"prt", "compound:prt"})
#: Fine-grained tags of the English model (Penn Treebank), which tell a past participle from a simple past; no
#: French tag equals them. Read by the cut of a reported clause before a second predicate (:mod:`.indirect`).
PAST_PARTICIPLE_TAG = "VBN"
SIMPLE_PAST_TAG = "VBD"
#: The English tag of a modal auxiliary ("should", "must", "would", "will", "may", "could", "can")
MODAL_TAG = "MD"
#: Fine-grained tags of the English model's wh-pronouns ("who", "which", relative "that"), which it leaves without
#: the PronType=Rel feature the French model gives "qui" and "que"; no French tag equals them.
WH_PRONOUN_TAGS = frozenset({"WP", "WDT"})
#: The auxiliary of a passive verb in either scheme ("est appelé", "was told").
PASSIVE_AUXILIARY = frozenset({"aux:pass", "auxpass"})
#: A copula or auxiliary of a clause's predicate, on which the parser may hang the clause's complementizer ("que le
#: climat restait favorable": "que" on "restait").
COPULA = frozenset({"cop", "aux", "aux:tense", "aux:pass", "auxpass"})
#: Finite-verb parts of speech.
VERBAL = frozenset({"VERB", "AUX"})


#: Most (analysis, feature) pairs :func:`feature` remembers before starting afresh: a model has a few thousand
#: morphological analyses, so this bound only keeps a long run's memory in check.
FEATURE_MEMO = 1 << 16
_features: Memo[tuple[int, str], list[str]] = Memo(FEATURE_MEMO)


def feature(t: Token, name: str) -> list[str]:
    """The values of morphological feature ``name`` of ``t`` ("Gender" -> ["Fem"]); [] when it has none. Remembered
    by the analysis's hash (``MorphAnalysis.get`` parses the analysis again on every call); the list is shared:
    read it, never change it."""
    morph = t.morph
    key = (morph.key, name)  # type: ignore[attr-defined]  # spaCy's stub lacks the hash of the analysis
    found = _features.get(key)
    if found is None:
        found = _features.put(key, morph.get(name, None))  # spaCy's type stub makes the default compulsory
    return found


def present_participle(t: Token) -> bool:
    """Whether the morphology of ``t`` is a present participle's ("ajoutant", "s'exprimant", "adding")."""
    return "Part" in feature(t, "VerbForm") and "Pres" in feature(t, "Tense")


def finite(v: Token) -> bool:
    """Whether ``v`` is finite or has a finite auxiliary ("a annoncé", "was re-elected"; not "to call", "après avoir
    annoncé")."""
    return any("Fin" in feature(t, "VerbForm") for t in [v, *(c for c in children(v) if c.dep_.startswith("aux"))])


def relative_pronoun(t: Token) -> bool:
    """Whether ``t`` is a relative pronoun ("qui", "que", "who", "which"): PronType=Rel, or a wh-pronoun tag."""
    return "Rel" in feature(t, "PronType") or t.tag_ in WH_PRONOUN_TAGS


def pronominal(v: Token) -> bool:
    """Whether ``v`` is pronominal: a reflexive clitic before it ("s’exprimait", "s’est félicité", "s’est dit")."""
    return any(c.i < v.i and "Yes" in feature(c, "Reflex") for c in children(v))


def passive_voice(v: Token) -> bool:
    """Whether ``v`` carries a passive auxiliary: a passive subject without one is the parser's misreading of an
    active form ("n’exclue pas une intervention": a subjunctive taken for a feminine participle)."""
    return any(c.dep_ in PASSIVE_AUXILIARY for c in children(v))


def _role(name: str) -> frozenset[str]:
    return registry.every(lambda language: language.json("syntax.json")["roles"][name])


@functools.cache
def passive_subject() -> frozenset[str]:
    """Subjects of a passive verb ("the envoy was called in"), in every registered language's scheme."""
    return _role("passive_subject")


@functools.cache
def agent() -> frozenset[str]:
    """The agent of a passive verb ("by the ministry", "par le ministère"), in every registered scheme."""
    return _role("agent")


registry.on_change(passive_subject.cache_clear)
registry.on_change(agent.cache_clear)
