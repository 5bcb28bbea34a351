"""The noun a relative clause qualifies when the parse hangs the clause on a nearer noun that its verb does not
agree with (« les ministres du Japon, pays allié de la France, qui condamnaient la Russie »: the plural « condamnaient »
is the ministers', not France's): up the parse from that noun, the first noun whose number is the
verb's, within the phrase that holds it (not past a finite verb) (issue 13, stop 41). A noun that agrees, a noun
with a conjunct ("la France et l'Allemagne, qui condamnaient"), a verb or noun without number in its morphology,
or no agreeing noun above keep the parse's reading."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children

#: Labels of the words a noun phrase is made of, on the way up from the noun the clause hangs on.
_PHRASE = frozenset({"nmod", "appos", "acl", "amod", "obl", "obl:arg", "obl:mod", "obl:agent", "pobj", "prep", "conj"})


def _feature(tok: Token, name: str) -> str | None:
    """The value of the morphological feature ``name`` of ``tok`` ("Plur" for Number; several joined by "," as the
    analysis prints them), None when it has none."""
    return ",".join(tok.morph.get(name, [])) or None


def _number(verb: Token) -> str | None:
    """The number of the finite form of ``verb``: its own, or its tense auxiliary's ("ont soupçonné")."""
    auxes = [k for k in children(verb) if k.dep_.startswith("aux") and _feature(k, "VerbForm") == "Fin"]
    finite = auxes[0] if auxes else verb
    return _feature(finite, "Number") if _feature(finite, "VerbForm") == "Fin" else None


def antecedent(clause: Token) -> Token:
    """The noun the relative clause headed by ``clause`` qualifies (see the module docstring)."""
    head = clause.head
    number = _number(clause)
    own = _feature(head, "Number")
    if not number or not own or own == number or any(k.dep_ == "conj" for k in children(head)):
        return head
    node = head
    while node.dep_ in _PHRASE and node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX") and _feature(node, "VerbForm") != "Part":
            break  # a finite or infinitive verb: the clause's edge
        if node.pos_ in ("NOUN", "PROPN") and _feature(node, "Number") == number:
            return node
    return head
