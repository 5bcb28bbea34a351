"""An envoy recalled: the state that sends the envoy recalls them from the state that hosts them.

« l'ambassadrice togolaise à Accra a été rappelée », « le rappel, par Lomé, de l'ambassadrice au Ghana », « le Togo
a ordonné le rappel pour consultations de l'ambassadrice à Accra »: a recall (``lang/<code>/events.json``:
``recall_triggers``, read for the types of ``recall_types``) whose envoy (``envoy_nouns``: the verb's object or
passive subject, the noun's complement, wherever the parse hangs it) is posted at a coded place names its sides
there: the recipient is the state of that place (the host), never the envoy's own, and the actor is whoever
recalls: the clause's or the noun's author when it is no host, an agent printed between the recall noun and its
envoy, the state the envoy's adjective or genitive names (« l'ambassadeur togolais », « de France »), else, for a
verb, the story's other side (:func:`.placetime.adversary`: « l'ambassadeur européen » where the adjective names no
entity). A recall noun of no envoy posted at a coded place (« le rappel des faits »), or with no one to recall, is
no act."""

from __future__ import annotations

import itertools

from spacy.tokens import Token

from ..tree import children
from .actors import bloc_adjective
from .frame import Frame
from .parties import Party
from .placetime import adversary, own_phrase
from .syntax import PASSIVE_SUBJECTS, case

#: Words after a recall noun where its envoy may be printed.
_REACH = 12


def named_envoy(f: Frame, trig: Token, pos: str) -> Token | None:
    """The envoy the recall ``trig`` names: a verb's object or passive subject; a noun's « de » complement, which
    the parse may hang on a word after it (« le rappel pour consultations de l'ambassadrice », « le rappel, par X,
    de son ambassadeur »): then the first envoy of the words that follow it before any verb."""
    envoys, genitive = f.cues["envoy_nouns"], f.cues["genitive_preps"]
    for k in children(trig):
        if k.lemma_.lower() not in envoys or k.pos_ != "NOUN":
            continue
        if pos == "verb" and k.dep_ in ("obj", "dobj", *PASSIVE_SUBJECTS):
            return k
        if pos == "noun" and case(k) in genitive:
            return k
    if pos != "noun":
        return None
    for t in trig.doc[trig.i + 1 : min(trig.sent.end, trig.i + _REACH)]:
        if t.pos_ in ("VERB", "AUX"):
            return None
        if t.pos_ == "NOUN" and t.lemma_.lower() in envoys and case(t) in genitive:
            return t
    return None


def envoy_host(f: Frame, envoy: Token, trig: Token, preps: frozenset[str] | None = None) -> list[Party]:
    """The state of the place the envoy is posted at: a place complement of the envoy's phrase (« à Niamey »,
    « au Cameroun »), else the first one printed after the envoy before any verb, wherever the parse hangs it
    (« le rappel pour consultations de l'ambassadrice à Accra »: on the consultations), else one of the recall's
    (``preps``: the prepositions of such a complement, by default events.json ``locative_preps``)."""
    preps = f.cues["locative_preps"] if preps is None else preps
    after = trig.doc[envoy.i + 1 : min(envoy.sent.end, envoy.i + _REACH)]
    ahead = list(itertools.takewhile(lambda t: t.pos_ not in ("VERB", "AUX"), after))
    for places in (own_phrase(envoy), ahead, children(trig)):
        for t in places:
            if t.i != envoy.i and case(t) in preps and (found := _entity_party(f, t)):
                return found
    return []


def recalled(
    f: Frame, etype: str, trig: Token, pos: str, actors: list[Party]
) -> tuple[list[Party], list[Party]] | None:
    """The actors and recipients of a reading of ``etype`` at ``trig`` (a ``pos`` reading, with ``actors``) that
    is an envoy's recall (module docstring); None when it is no recall reading, or a verb's recall of no envoy
    posted at a coded place or that no one recalls (the reading stands as read); no sides for such a noun."""
    if etype not in f.cues["recall_types"] or trig.lemma_.lower() not in f.cues["recall_triggers"]:
        return None
    envoy = named_envoy(f, trig, pos)
    host = envoy_host(f, envoy, trig) if envoy is not None else []
    if not host:  # a recall noun of no envoy posted at a named place (« le rappel des faits »): no act
        return ([], []) if pos == "noun" else None
    codes, genitive = {p.code for p in host}, f.cues["genitive_preps"]
    by = [p for p in actors if p.code and p.code not in codes]
    if not by and envoy is not None:  # « le rappel, par Lomé, de l'ambassadrice »: the agent between
        agents = [t for t in trig.doc[trig.i + 1 : envoy.i] if case(t) in f.cues["agent_preps"]]
        by = [p for t in agents for p in _entity_party(f, t)]
    if not by and envoy is not None:  # « l'ambassadeur togolais », « l'ambassadeur de France »: the envoy's own
        own = [k for k in children(envoy) if k.dep_ == "amod" or (k.dep_ == "nmod" and case(k) in genitive)]
        by = [p for k in own for p in (_entity_party(f, k) or bloc_adjective(f, k))]
    by = [p for p in by if p.code and p.code not in codes]
    if not by and pos == "verb":  # « l'ambassadeur européen … est rappelé »: the story's other side
        by = adversary(f, host)
    if not by:
        return ([], []) if pos == "noun" else None
    return by, host


def _entity_party(f: Frame, tok: Token) -> list[Party]:
    """The coded party the mention at ``tok`` names, as a state's."""
    entity = f.mentions.entity(tok)
    return [p] if entity is not None and (p := Party(entity, "GOV")).code else []
