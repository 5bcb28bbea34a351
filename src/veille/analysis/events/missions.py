"""Missions sent to help a state: "the deployment of the Kenya-led multinational force", « une force régionale,
conduite par l'Ouganda, en cours de déploiement », "UN peacekeepers were deployed to the country". The real-news
golds code such a deployment as aid (AID) from whoever sends the mission (the state that leads it, else the body
whose mission it is) to the state that hosts it, where a state moving its own forces is a show of force
(MOBILIZE). A reading of a type of ``peace_types`` (``lang/<code>/events.json``, as every list below) whose
trigger is a deployment word (``peace_deployment_words``) and that tells of a mission is read so:

* a mission is a noun of ``peace_nouns`` (peacekeepers) or a noun of ``peace_force_nouns`` qualified by an
  adjective of ``peace_adjectives`` (multinational, regional, « casques bleus ») or by a participle of
  ``peace_leading_verbs`` ("led by Kenya", "Kenya-led", « dirigée par le Kenya »); it is the trigger's own
  genitive, object or subject, else the last such noun of the sentence before the trigger (the parse often hangs
  « dont le déploiement » or « en cours de déploiement » away from the force they tell of);
* the sender is the state or body the participle names, else a body of ``peace_bodies`` the mission's noun
  phrase or the sentence names (the UN, the African Union), else the reading's own actors;
* the host is the reading's own recipient, else the one state the sentence names beside the sender, else the
  story's home state; a host that is the sender (a state's forces at home) leaves the reading as it was.

A state's own troops, soldiers or army (no mission noun, no adjective, no leader) are no mission: their
deployment stays a show of force."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children, subtree
from .actors import noun_phrase_parties
from .frame import Frame
from .lexicon import listed
from .parties import Party, state_code
from .syntax import complement

WINDOW = 16  # tokens before the trigger where the mission it tells of may stand


def mission_sides(
    f: Frame, tok: Token, actors: list[Party], recipients: list[Party]
) -> tuple[list[Party], list[Party]] | None:
    """The (senders, hosts) of a deployment ``tok`` that tells of a mission; None when it tells of none, or no
    sender and host apart can be found."""
    c = f.cues
    if tok.lemma_.lower() not in c["peace_deployment_words"]:
        return None
    noun = _mission(f, tok)
    if noun is None:
        return None
    leaders = _leaders(f, noun)
    senders = leaders or _bodies(f, noun, tok) or [p for p in actors if p.code]
    if not senders:
        return None
    mine = {p.code for p in senders}
    hosts = [p for p in recipients if p.code and p.code not in mine] or _named_host(f, tok, mine)
    if not hosts and f.home and f.home not in mine:
        hosts = [_state(f, f.home)]
    return (senders, hosts) if hosts else None


def _mission(f: Frame, tok: Token) -> Token | None:
    """The noun of the mission the deployment tells of: the trigger's own argument, else the last before it."""
    near = list(children(tok))
    if tok.dep_ in ("acl", "amod"):  # "the peacekeepers deployed in the east"
        near.append(tok.head)
    for k in near:
        comp = complement(k)
        noun = comp[1] if comp is not None else k
        if noun.pos_ in ("NOUN", "PROPN") and _is_mission(f, noun):
            return noun
    sent = tok.sent
    before = [t for t in f.doc[max(sent.start, tok.i - WINDOW) : tok.i] if t.pos_ in ("NOUN", "PROPN")]
    return next((t for t in reversed(before) if _is_mission(f, t)), None)


def _is_mission(f: Frame, noun: Token) -> bool:
    c = f.cues
    low = noun.lemma_.lower()
    if low in c["peace_nouns"] or noun.lower_ in c["peace_nouns"]:
        return True
    if low not in c["peace_force_nouns"]:
        return False
    return any(listed(k, c["peace_adjectives"]) or _leading(f, k) for k in children(noun))


def _leading(f: Frame, k: Token) -> bool:
    """Whether ``k`` is a participle of leading ("dirigée par", "led by", the "led" of "Kenya-led")."""
    return k.dep_ in ("acl", "amod") and listed(k, f.cues["peace_leading_verbs"])


def _leaders(f: Frame, noun: Token) -> list[Party]:
    """The parties a participle of leading on the mission names (its agent, or the name before "-led")."""
    found: list[Party] = []
    for part in (k for k in children(noun) if _leading(f, k)):
        for t in subtree(part):
            if t.i == part.i or f.mentions.entity(t) is None:
                continue
            found += [p for p in noun_phrase_parties(f, t)[0] if p.code and p.code not in {q.code for q in found}]
    if not found:  # "the Kenya-led force": the name may hang on the noun itself, before a hyphen and "led"
        for k in (k for k in children(noun) if k.i < noun.i and f.mentions.entity(k) is not None):
            nxt = f.doc[k.i + 1 : k.i + 3]
            if len(nxt) == 2 and nxt[0].text == "-" and nxt[1].lower_ in f.cues["peace_leading_verbs"]:
                found += [p for p in noun_phrase_parties(f, k)[0] if p.code]
    return found


def _bodies(f: Frame, noun: Token, tok: Token) -> list[Party]:
    """A body of ``peace_bodies`` named in the mission's noun phrase, else in the sentence."""
    bodies = f.cues["peace_bodies"]
    for scope in (list(subtree(noun)), list(tok.sent)):
        for t in scope:
            e = f.mentions.entity(t)
            if e is not None and state_code(e) in bodies:
                return [Party(e, e.get("sector"))]
    return []


def _named_host(f: Frame, tok: Token, mine: set[str | None]) -> list[Party]:
    """The one state the sentence names beside the sender (a place: "in eastern Congo", « de la RDC »)."""
    states: set[str] = set()
    for t in tok.sent:
        e = f.mentions.entity(t)
        code = state_code(e) if e is not None and e.get("type") in ("GPE", "LOC") else None
        if code and code not in mine and code not in f.cues["peace_bodies"]:
            states.add(code)
    return [_state(f, next(iter(states)))] if len(states) == 1 else []


def _state(f: Frame, code: str) -> Party:
    """The state ``code`` as a party: its own entity where the text names it, else as the knowledge base codes it."""
    own = next((x for x in f.entities if x.get("type") == "GPE" and x.get("code") == code), None)
    return Party(own or {"id": f"kb:country:{code}", "name": code, "type": "GPE", "code": code}, "GOV")
