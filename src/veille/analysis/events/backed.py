"""Participles of backing: a party said to back a noun's referent by a passive participle ("le mouvement armé
soutenu par la Libye", "la milice kurde, soutenue par les États-Unis", "the proposal, backed by X") backs that
referent, no other side of the clause (issue 13, stop 43). The types of backing are data
(``lang/<code>/events.json``: ``backing_types``).

* The backing act's recipient is the noun it qualifies, and only that noun: a place or a party in the
  participle's own adjuncts ("soutenu par la Libye via un intermédiaire à l'ambassade soudanaise") or in the
  discourse is none; where the noun names no coded party, the act has no recipient.
* The noun qualified is the conjunct the participle agrees with: French hangs a participle after a coordination
  on its first conjunct ("entre la garde syrienne et le groupe libanais soutenu par Téhéran": the group,
  masculine like the participle, not the guard).
* The backer is no author of the noun it backs: "une incursion contre la milice YPG, soutenue par les
  États-Unis" (the participle hung on the incursion) aims the incursion at the militia, not at its backer."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .frame import Frame
from .subjects import subject_tokens
from .triggers import match_trigger


def backing_participle(f: Frame, tok: Token, etype: str | None = None) -> bool:
    """Whether ``tok`` is a passive participle of a backing type (``etype``, else its own trigger's) qualifying a
    noun with its agent named ("soutenu par la Libye", "backed by X")."""
    if tok.dep_ != "acl" or tok.head.pos_ not in ("NOUN", "PROPN") or "VerbForm=Part" not in str(tok.morph):
        return False
    if etype is None:
        hit = match_trigger(f, tok)
        etype = hit[0].type if hit is not None else None
    if etype not in f.cues["backing_types"]:
        return False
    agents, passive = subject_tokens(f, tok)
    return passive and bool(agents)


def qualified_noun(part: Token) -> Token:
    """The noun a participle qualifies: its head, or, when a singular participle follows a coordination hung on
    its first conjunct and does not agree with it, the nearest conjunct before it that agrees in gender and
    number ("la garde syrienne et le groupe libanais soutenu par Téhéran": the group)."""
    head = part.head
    conjuncts = [k for k in children(head) if k.dep_ == "conj" and k.pos_ in ("NOUN", "PROPN") and k.i < part.i]
    if not conjuncts or part.morph.get("Number", []) != ["Sing"] or _agrees(part, head):
        return head
    return next((k for k in reversed(conjuncts) if _agrees(part, k)), head)


def _agrees(part: Token, noun: Token) -> bool:
    """Whether the participle and the noun agree in gender and number (a feature either lacks agrees)."""
    return all(
        not (mine := part.morph.get(feat, [])) or not (its := noun.morph.get(feat, [])) or mine == its
        for feat in ("Gender", "Number")
    )
