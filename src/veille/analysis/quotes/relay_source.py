"""A source that relays a speech act ("Selon l'agence X, il a déclaré que…", "D'après le quotidien X, Y a promis
« … »", "…, lui reprochant « … », d'après la radio X"): the sentence tells who spoke, with a speech verb of its own
and its subject; the source named by the preposition only reports that act, as "…, X said, according to the
agency" does in English. The subject of the speech verb speaks, and the source is no antecedent of a pronoun in the
sentence it relays ("Selon le communiqué, il a qualifié…": "il" is the person named before, not the communiqué).

A sentence whose clause reports no speech act of its own keeps its source as the speaker ("Selon X, le convoi a été
arrêté", "Selon X, l'accord est « mort »"), and so does one whose speech verb has no subject of its own nor one it
inherits from the main verb, and one whose speaker is a state ("La Chine a appelé à « … », selon un porte-parole du
ministère": the state speaks through the source it names, :mod:`.attribute`).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children, span_tokens
from . import labels
from .frame import Frame
from .subjects import subjects


def _reports(fr: Frame, v: Token) -> bool:
    """Whether speech verb ``v`` reports words: a clause of its own ("a déclaré que…", "a dit vouloir…") or quoted
    words in its phrase ("a qualifié X de « … »"); not "ont conclu un accord", whose verb tells no speech."""
    if any(c.dep_ in {"ccomp", "xcomp"} for c in children(v)):
        return True
    return any(fr.in_quote(t.idx) for t in v.subtree)


def _speech_act(fr: Frame, v: Token, clause: set[int]) -> bool:
    """Whether ``v`` is the speech act a clause (token indices ``clause``) tells itself: a speech verb that is the
    clause's main verb, or a present participle set off by a comma and hung on that main verb ("…, l'accusant
    de…"; not "un accord prévoyant…", which qualifies a noun)."""
    if not fr.is_cue(v) or v.i not in clause or not _reports(fr, v):
        return False
    if v.dep_ == "ROOT" or v.head.i not in clause:
        return True
    detached = v.left_edge.i > 0 and v.doc[v.left_edge.i - 1].text == ","
    main = _verb_above(v)
    return detached and labels.present_participle(v) and (main.dep_ == "ROOT" or main.i not in clause)


def _verb_above(v: Token) -> Token:
    """The verb participle ``v`` is said of: its head, or the verb above the noun the parser hung it on ("il a
    attaqué l'Union, l'accusant de…": "accusant" under "Union", said of "attaqué")."""
    head = v.head
    return head.head if head.pos_ in {"NOUN", "PROPN"} and head.dep_ in labels.OBJECT_COMPLEMENT else head


def _main_subject(v: Token) -> list[Token]:
    """The subject of the verb a participle ``v`` is hung on, active or the pronominal's ("il s'est emporté contre X,
    lui reprochant…", parsed as a passive); not a passive's ("Selon X, des suspects ont été arrêtés, évoquant…": the
    source's words)."""
    main = _verb_above(v)
    if main.i == v.i:
        return []
    pronominal = any(c.dep_ == "expl:pass" for c in children(main))  # "s'en est pris", not "ont été arrêtés"
    return [
        c for c in children(main) if c.dep_ in labels.SUBJECT or (pronominal and c.dep_ in labels.passive_subject())
    ]


def _state(fr: Frame, h: Token) -> bool:
    """Whether ``h`` names a state: "La Chine a appelé à « … », selon un porte-parole du ministère" is the state
    speaking through the source it names (:mod:`.attribute`), not a relay."""
    ent = fr.context.mentions.entity(h)
    return ent is not None and ent.get("type") == "GPE"


def relayed_heads(fr: Frame, source: Token) -> list[Token]:
    """The subject heads of the speech act the sentence of ``source`` (the head of a "selon X" source) tells with a
    verb and a subject of its own, outside the source's phrase and quotation marks; [] when it tells none (then
    the source speaks)."""
    u = fr.unit_of(source)
    phrase = range(source.left_edge.i - 1, source.right_edge.i + 1)  # the preposition (its last word) and its object
    clause = {t.i for t in span_tokens(u) if t.i not in phrase and not t.is_space}
    for v in span_tokens(u):
        if not _speech_act(fr, v, clause):
            continue
        heads = [
            h
            for h in (subjects(v, fr) if v.dep_ == "ROOT" or v.head.i not in clause else _main_subject(v))
            if h.i in clause and not fr.in_quote(h.idx) and h.pos_ in {"PRON", "PROPN", "NOUN"}
        ]
        passive = labels.passive_voice(v) or any(c.dep_ in labels.passive_subject() for c in children(v))
        if heads and not passive:  # "X a été déclaré indésirable, selon un communiqué": X is told of
            return [] if all(_state(fr, h) for h in heads) else heads

    return []


def through_relay(
    fr: Frame, closing: tuple[str, list[Token]], cue: str | None, heads: list[Token]
) -> tuple[str | None, list[Token]]:
    """The cue and speaker heads of a quote whose sentence a source closes (``closing``, from
    :func:`.sources.closing_source`): that source's, unless it is a "selon X" source relaying the speech act its
    sentence tells ("…, lui reprochant « … », d'après la radio X"): then ``cue`` and ``heads`` (the quote's own), or
    the subject of that act."""
    if closing[0] not in fr.lex["prep"] or not closing[1] or not (relayed := relayed_heads(fr, closing[1][0])):
        return closing
    return cue, heads or relayed


__all__ = ["relayed_heads", "through_relay"]
