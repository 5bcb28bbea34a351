"""An attack told by an agentless passive of an attack verb (« un poste a été attaqué dans la nuit », « le dépôt
a été ciblé à l'aube ») is kept with no actor, aimed at the party it names: the real-news golds code an
attack whose author the text does not name with an empty actor. Only the verbs of ``lang/<code>/events.json``
``authorless_attack_verbs`` (French: attack verbs, not killings nor wounds, which a disaster or a clash may tell;
English: none, its agentless passives gained as many wrong events as right ones on the tuning texts), of a type in
``authorless_attack_types``, read with no party at all (an author the text names, even uncoded, keeps the reading
dropped) and with no agent of their own."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .frame import Frame
from .parties import Party
from .syntax import PASSIVE_AUX


def authorless_attack(f: Frame, etype: str, trig: Token, pos: str, parties: list[Party], targets: list[Party]) -> bool:
    """Whether the reading of ``trig``, of type ``etype`` and kind ``pos``, whose read actors are ``parties`` and
    coded recipients ``targets``, is an attack by no one the text names, kept with no actor."""
    if pos != "verb" or parties or not targets or etype not in f.cues["authorless_attack_types"]:
        return False
    if trig.lemma_.lower() not in f.cues["authorless_attack_verbs"]:
        return False
    deps = {k.dep_ for k in children(trig)}
    return not deps.isdisjoint(PASSIVE_AUX) and deps.isdisjoint(f.lex.agent_deps)  # no « par X », "by X"
