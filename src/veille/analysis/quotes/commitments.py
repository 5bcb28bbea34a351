"""Reported speech stated through an infinitive or an adjective, not a clause (issue 12):

* a promise, threat, commitment or reproach whose infinitive complement, from its marker, says what was stated:
  "a menacé de bloquer…", "s’est engagé à respecter…", "promet de payer…", "a reproché à X d’avoir…",
  "threatened to block…", "vowed to continue…", "denied delaying…" (lexicon kind ``verb_infinitive``);
* a verb that reports speech only through a que-clause, elsewhere an act ("a souhaité que…", "a rassuré que…",
  "maintient que…"; kind ``verb_clause``): the clause, from its complementizer;
* an adjective of conviction after "être" whose que-clause says what its subject holds: "X est convaincu que…",
  "X est persuadé que…", "X is convinced that…" (kind ``stance_adjective``);
* a pronominal speech verb whose adjective complement says what was stated: "s’est dit prêt à négocier…",
  "se dit convaincu que…", "s’est déclarée favorable à…" (kind ``verb_adjective``).

The verb predicates of its speaker (finite, with an auxiliary, or a participle adding a second act to a predicate:
"…, menaçant de bloquer…"); not a passive ("est menacé de…"), a negated verb, nor a verb inside quotation marks.
Each function yields ``(first, last, verb)``: the words stated run from ``first`` to ``last``.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..tree import children, tokens
from . import labels
from .complements import predicate
from .frame import Frame, negated, passive
from .lexicon import complementizer
from .reported import participle


def _speaks(fr: Frame, v: Token) -> bool:
    """Whether ``v`` is a verb outside quotation marks that predicates of a speaker, not negated nor passive: a
    predicate, a participle after a comma ("…, threatening to…"), or one opening its sentence before the main
    clause whose subject speaks ("Warning farmers not to drink…, X closed the wells")."""
    if not fr.verbal(v) or fr.in_quote(v.idx) or negated(v) or (passive(v) and labels.passive_voice(v)):
        return False
    fronted = v.dep_ == "advcl" and v.i < v.head.i and fr.unit_of(v).start == v.i
    return predicate(v) or (participle(v) and ((v.i > 0 and v.doc[v.i - 1].text == ",") or fronted))


def _infinitive(c: Token) -> bool:
    """Whether complement ``c`` is an infinitive or a gerund ("bloquer", "to block", "delaying")."""
    forms = labels.feature(c, "VerbForm")
    return c.pos_ in labels.VERBAL and ("Inf" in forms or "Ger" in forms or c.tag_ in _BASE_TAGS)


#: Fine-grained tags of the English model's bare verb and gerund ("to block", "delaying"), which it may leave
#: without the VerbForm feature; no French tag equals them.
_BASE_TAGS = frozenset({"VB", "VBG"})


def _opens_with_que(c: Token) -> bool:
    """Whether clause ``c`` opens with a complementizer of the lexicon ("que", "that"), on it or on its copula."""
    first = c.doc[c.left_edge.i]
    return first.dep_ == "mark" and complementizer(first)


def _que_clause(v: Token) -> Token | None:
    """The clause complement of ``v`` after it that opens with a complementizer ("convaincu que…", "souhaite que…")."""
    return next((c for c in children(v) if c.dep_ == "ccomp" and c.i > v.i and _opens_with_que(c)), None)


def _attribute(c: Token) -> bool:
    """Whether complement ``c`` is an adjective or a past participle used as one ("convaincu", "persuadé", which the
    French model may tag as a verb), not an infinitive, with a que-clause of its own: "s'est dit convaincu que…".
    Not "s'est dit prêt à…", "se dit inquiet de…": the project's own dev corpora count those as no statement."""
    return (c.pos_ == "ADJ" or (c.pos_ == "VERB" and "Inf" not in labels.feature(c, "VerbForm"))) and any(
        x.dep_ == "ccomp" for x in children(c)
    )


#: Dependents of the verb after its complement that are no part of what it states.
_NOT_STATED = frozenset({"conj", "cc", "punct", "parataxis", "advcl", "dep", "mark"})


def _span(c: Token, v: Token, fr: Frame) -> tuple[Token, Token] | None:
    """First and last words of complement ``c`` of ``v`` within the sentence of ``v``, from its marker ("de
    bloquer…", "à respecter…", "to block…") to the end of the last complement of ``v`` after it ("s’est montré
    optimiste sur la récolte")."""
    u = fr.unit_of(v)
    # its marker ("de", "à", "to") included, and the addressee before it ("a invité les populations à…")
    objects = [x.left_edge for x in children(v) if v.i < x.i < c.i and x.dep_ in labels.OBJECT_COMPLEMENT]
    first = min([c.left_edge, *objects], key=lambda t: t.i)
    tail = [x.right_edge.i for x in children(v) if x.i > c.i and x.dep_ not in _NOT_STATED]
    last = c.doc[min(max([c.right_edge.i, *tail]), u.end - 1)]
    while last.i > first.i and last.is_punct:
        last = last.doc[last.i - 1]
    if first.i <= v.i or not fr.same_unit(v, c):
        return None
    return first, last


def infinitive_reports(fr: Frame) -> Iterator[tuple[Token, Token, Token]]:
    """``(first, last, verb)`` of every statement a ``verb_infinitive`` or ``verb_adjective`` verb makes through its
    complement (see the module docstring)."""
    infinitive, adjective, clause = fr.lex["verb_infinitive"], fr.lex["verb_adjective"], fr.lex["verb_clause"]
    stance = fr.lex["stance_adjective"]
    if not infinitive and not adjective and not clause and not stance:
        return
    for v, lemma in zip(tokens(fr.doc), fr.lemmas, strict=True):
        if lemma in stance:  # "X est convaincu que…", "X is sure that…": the clause after the complementizer
            copula = v.dep_ == "acomp" or any(x.dep_ in labels.COPULA for x in children(v))
            c = _que_clause(v)
            found = _span(c, v, fr) if c is not None and copula and not negated(v) and not fr.in_quote(v.idx) else None
            if found is not None:
                yield v.doc[found[0].i + 1], found[1], v
            continue
        if lemma in clause and not fr.is_cue(v) and _speaks(fr, v):
            c = _que_clause(v)
        elif lemma in infinitive and _speaks(fr, v):
            c = next((c for c in children(v) if c.dep_ in {"xcomp", "ccomp"} and c.i > v.i and _infinitive(c)), None)
        elif lemma in adjective and labels.pronominal(v) and _speaks(fr, v):
            c = next((c for c in children(v) if c.dep_ == "xcomp" and c.i > v.i and _attribute(c)), None)
        else:
            continue
        if c is None or v.dep_ in labels.NOUN_CLAUSE:
            continue  # "La Hongrie, qui avait menacé de bloquer le texte, a…": background, not the statement
        found = _span(c, v, fr)
        if found is not None and lemma in clause and c.dep_ == "ccomp":
            found = (c.doc[found[0].i + 1], found[1])  # the clause after its complementizer, as for other verbs
        if found is not None and any(found[0].idx <= o <= found[1].idx for o, _ in fr.marks):
            continue  # "menace de prendre des « mesures décisives »": the quoted words are the statement
        if found is not None:
            yield found[0], found[1], v
