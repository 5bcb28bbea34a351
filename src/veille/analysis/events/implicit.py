"""Actors a passive clause leaves implicit but the sentence tells (``cues.json``: ``captive_types``,
``crackdown_types``):

* captives released: the agent of the participle that qualifies them holds them ("All 20 hostages kidnapped by
  Hamas have been released", "les otages détenus par le groupe ont été libérés": the group releases them);
* people killed in a protest: an agentless killing in a sentence that tells a protest ("au moins 12 personnes ont
  été tuées lors des manifestations", "two protesters were shot dead during the demonstrations") is the act of the
  authorities of the place on its people, by news convention (the agent is left unnamed because it is obvious).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .actors import noun_phrase_parties
from .frame import Frame
from .lexicon import implicit_actor_types
from .parties import Party, group
from .syntax import agents_of, prep_objects
from .triggers import match_trigger


def implicit_actors(
    f: Frame, tok: Token, etype: str, sent: Span, patients: list[Token], targets: list[Party]
) -> list[Party]:
    """The actors of the agentless passive ``tok`` (its ``patients`` the passive subjects, ``targets`` the parties
    they name), or [] when the sentence does not tell them."""
    captive, crackdown = implicit_actor_types()
    if etype in captive:
        for noun in patients:
            for agent in agents_of(f, noun):
                nouns = prep_objects(agent) if f.lex.preposition_heads else [agent]
                found = [p for n in nouns for p in noun_phrase_parties(f, n)[0] if p.code]
                if found:
                    return found
    if etype in crackdown and _protest_told(f, sent, tok):
        home = {p.code for p in targets if p.code and p.domestic and p.sector not in ("COP", "MIL")}
        if len(home) == 1:
            return [group("authorities", next(iter(home)), "GOV")]
    return []


def _protest_told(f: Frame, sent: Span, tok: Token) -> bool:
    """Whether the sentence tells a protest (a trigger of a domestic type: "lors des manifestations") besides
    ``tok``."""
    kinds = f.cues["domestic_types"]
    return any(t.i != tok.i and (hit := match_trigger(f, t)) is not None and hit[0].type in kinds for t in sent)
