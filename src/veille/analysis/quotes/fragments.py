"""Quoted fragments under a speech verb of their sentence (issue 12): which verb is their cue, and whose subject speaks.

A fragment in marks that no speech verb governs takes the speech verb of its sentence nearest it
(:func:`.direct._nearest_cue`); not every speech verb can be that cue:

* :func:`stray_cue`: an infinitive that modifies a noun after the fragment ("invoque « les obligations du pays »
  de prévenir…") is no speech act of the sentence, nor is an agentless passive ("est assuré du soutien de…"),
  which :func:`.direct._governing_cue` already leaves out: when the nearest speech verb is such a one, the fragment
  is the words of the subject of the verb it depends on, as any quoted fragment of a narrative sentence (a past
  participle modifying a noun, "sa démission annoncée lundi", was measured as stray too: the untuned set lost a
  quote);
* :func:`lent_subject`: a subject the parser hangs on a present participle set off by commas after it ("X,
  s'exprimant sur la radio, s'inquiète de « … »", "X, speaking on the radio, called …") is the subject of the
  verb the participle is an adjunct of, which has no subject of its own in that parse; nor is that participle an
  incise reporting the sentence around it (:func:`.closing.inner_incise`);
* :func:`purpose`: a source preposition that opens an infinitive ("Pour justifier sa démarche, X invoque « … »")
  states a purpose and names no source, so the fragment is not left to a source of nobody.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from . import labels
from .frame import passive


def stray_cue(v: Token, close: int) -> bool:
    """Whether speech verb ``v``, the nearest the quoted words closing at character ``close``, is no cue of theirs: a
    bare infinitive modifying a noun after them ("invoque « les obligations du pays » de prévenir…": what the noun
    is about, no act of the sentence), or an agentless passive with its auxiliary ("est assuré du soutien de…"; not
    an inverted clitic the parser reads as a passive subject, "…, a-t-il taclé")."""
    if v.dep_ == "acl" and v.idx > close and "Inf" in labels.feature(v, "VerbForm"):
        return not any(c.dep_.startswith(("aux", "nsubj", "expl")) or c.dep_ in labels.agent() for c in children(v))
    return passive(v) and labels.passive_voice(v)


def lent_subject(v: Token) -> list[Token]:
    """The subject the parser hung on a present participle adjunct of ``v`` between commas right after that
    subject ("X, s'exprimant sur la radio, s'inquiète…"), when ``v`` has none of its own; [] otherwise."""
    if any(c.dep_ in labels.SUBJECT for c in children(v)):
        return []
    for p in children(v):
        if not (p.dep_.startswith("advcl") and p.i < v.i and present_participle(p)):
            continue
        subs = [c for c in children(p) if c.dep_ in labels.SUBJECT and c.i < p.i]
        if subs and any(t.text == "," for t in p.doc[subs[-1].right_edge.i + 1 : p.i]):
            return subs
    return []


def present_participle(t: Token) -> bool:
    """Whether ``t`` is a present participle ("s'exprimant", "speaking")."""
    return labels.present_participle(t) or t.tag_ == "VBG"  # English participles carry their form in the tag


def purpose(prep: Token) -> bool:
    """Whether source preposition ``prep`` opens an infinitive ("Pour justifier…"): a purpose, no source."""
    nxt = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else None
    return nxt is not None and "Inf" in labels.feature(nxt, "VerbForm")
