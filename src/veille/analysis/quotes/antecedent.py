"""The person a ``prep_relative`` locution of the lexicon refers back to ("…, a ajouté X, pour qui la réforme est
injuste": X speaks the relative clause), read from the words before it, not from the relative's attachment: the
parser hangs such a clause on any noun before it (the sentence's root, the subject of its main verb)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .. import kb

#: Dependencies of a word inside the phrase it completes: a name's parts, an adjective.
NAME_PARTS = frozenset({"amod", "flat:name", "flat", "fixed"})


def antecedent(toks: Sequence[Token], prep: Token, lang: str) -> Token | None:
    """The head of the phrase right before ``prep`` (and the comma before it) of the document's tokens ``toks``: a
    person's name ("du côté de X, pour qui…"), else the noun that a name or an adjective completes when it names a
    role of ``data/kb/roles.tsv`` ("le chef du Parti Y, pour qui…": the chief); None for any other phrase ("les
    habitants de Z, pour qui la vie…": the writer's words about them, no statement)."""
    x = toks[prep.i - 1]
    x = toks[x.i - 1] if x.is_punct and x.i > 0 else x
    while x.head.i < x.i and (x.dep_ in NAME_PARTS or (x.dep_ == "nmod" and x.ent_type_ != "PER")):
        x = x.head
    person = x.ent_type_ == "PER" or (x.pos_ == "NOUN" and kb.load().role(x.text, lang) is not None)
    return x if person else None
