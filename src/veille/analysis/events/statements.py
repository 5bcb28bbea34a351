"""Statement acts: a quote or reported statement whose speaker has a side is also an act of that side (the gold
convention: "a statement's accusation, denial or call is also an event of the speaker's side").

The act of a statement comes from (``veille/data/events/statements.json``, per language):

1. its reporting verb, the quote record's cue ("X a dénoncé ...", "« ... », a-t-il fustigé", "X urged ..."):
   ``cue_acts``; a cue missing there (dire, déclarer, say, selon) is neutral;
2. the words of the statement itself: a verb with a first-person subject ("nous condamnons", "we demand",
   ``content_verbs``), a first-person or impersonal negated acceptance ("nous n'accepterons pas", "will not be
   tolerated", ``negated_verbs``), a first-person future or readiness to respond ("nous riposterons", "we are
   ready to respond", ``threat_verbs``), a strong judgement ("inacceptable", ``content_words``).

Its actors are the quote's speakers with a code; its recipient is the party the trigger governs (its objects and
complements, :func:`.recipients.recipients`), else a coded party the statement names, else, for a conflictual
act, the other side of the speaker's latest event, else the story's other side; never the speaker's own side.
A statement act is realised (it was said): the modality of its content does not apply. A question makes no act;
a negated, future or hypothetical reporting verb ("n'a pas condamné", "could denounce") neither.

One event per act: a trigger the coder already coded, or an act of the same type by the same actors in the same
sentence, is left alone (the coder's reading of "X a dénoncé Y" stands).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from spacy.tokens import Span, Token

from ...datafiles import read_json
from ...record import Event, Quote
from ...record import Span as Extent
from .. import kb
from ..tree import children, span_tokens
from .actors import noun_phrase_parties
from .build import Reading
from .discourse import counterpart
from .frame import Frame
from .lexicon import EVENTS, listed, token_words
from .modality import modality
from .parties import Party
from .placetime import adversary
from .recipients import recipients
from .speech import speaker_parties
from .syntax import PASSIVE_AUX, objects

#: Types whose recipient may be the story's other side when neither the statement nor the speaker's latest event
#: names one: acts aimed at an opponent. Support and agreement need a named party or a counterpart.
CONFLICT_ACTS = frozenset({"ACCUSE", "REJECT", "THREATEN"})

#: Acts that judge what the cue verb's object names: a thing named ("a dénoncé une « prise d'otage »", "a salué « la
#: loyauté » de Rabat") is judged in its author, whom the coder's triggers find (discourse, referents), not this stage.
JUDGEMENTS = frozenset({"ACCUSE", "SUPPORT"})

#: The deepest a party the cue verb governs may lie (dependency hops): deeper, it is a party of what the verb's
#: object tells ("dénoncé une prise d'otage destinée à faire pression sur Varsovie": Warsaw is the victim).
MAX_COST = 2

Act = tuple[str, str | None]


@dataclass(frozen=True)
class Words:
    """The statement words of one language (``statements.json``)."""

    cue_acts: dict[str, Act]
    content_verbs: dict[str, Act]
    negated_verbs: dict[str, Act]
    threat_verbs: frozenset[str]
    ready_words: frozenset[str]
    content_words: dict[str, Act]
    first_person: frozenset[str]
    cue_preps: dict[str, frozenset[str]]


@functools.cache
def words(code: str) -> Words | None:
    """The statement words of language ``code``; None for a language without them."""
    data: dict[str, Any] | None = read_json(EVENTS / "statements.json").get(code)
    if data is None:
        return None

    def acts(key: str) -> dict[str, Act]:
        return {k: (v[0], v[1]) for k, v in data[key].items()}

    return Words(
        acts("cue_acts"),
        acts("content_verbs"),
        acts("negated_verbs"),
        frozenset(data["threat_verbs"]),
        frozenset(data["ready_words"]),
        acts("content_words"),
        frozenset(data["first_person"]),
        {k: frozenset(v) for k, v in data["cue_preps"].items()},
    )


def statement_readings(f: Frame, sent: Span, events: Iterable[Event]) -> list[Reading]:
    """The acts of the statements of segment ``sent`` that the coder has not coded yet (``events``)."""
    w = words(f.lex.code)
    if w is None:
        return []
    done = [
        (e["trigger"]["start"], e["type"], {a["code"] for a in e["actors"]}, e["sentence"]["start"]) for e in events
    ]
    used = {d[0] for d in done}
    out: list[Reading] = []
    for q in f.quotes:
        given: Extent | None = cast("dict[str, Any]", q).get("sentence")  # None in a quote handed in without it
        told = given or {"start": q["start"], "end": q["end"]}
        lo, hi = min(q["start"], told["start"]), max(q["end"], told["end"])
        if hi <= sent.start_char or lo >= sent.end_char or q["text"].rstrip(" »”\"'").endswith("?"):
            continue
        speakers = [p for p in _speakers(f, q) if p.code]
        if not speakers:
            continue
        codes = {p.code for p in speakers}
        seen: set[str] = set()
        for tok, (etype, mode) in _acts(f, w, q, sent):
            if etype in seen or tok.idx in used:
                continue
            if any(t == etype and a & codes and s == sent.start_char for _, t, a, s in done):
                continue  # the coder told this act of the speakers in this sentence from another word
            targets = _targets(f, q, tok, speakers, etype, mode)
            if targets:
                seen.add(etype)
                out.append(Reading(tok, sent, etype, mode, "speech", speakers, targets, True, 1))
    return out


def _speakers(f: Frame, q: Quote) -> list[Party]:
    """The quote's speakers as parties, a state the quote stage named for its capital ("Séoul dénonce": South
    Korea, an entity of the knowledge base the text's entities do not hold) and an unnamed official of a named
    nationality included."""
    out = speaker_parties(f, q)
    known = {p.entity.get("id") for p in out}
    for s in q["speakers"]:
        if s.get("id") in known and s.get("id") is not None:
            continue
        e = kb.load().entries.get(s.get("id") or "")
        if e is not None and e.code:
            ent = {"id": e.id, "name": e.name, "type": e.type, "code": e.code, "country": None, "sector": e.sector}
            out.append(Party(ent, e.sector, anaphor=True))
        elif e is None and (official := _official(f, s.get("name") or "")) is not None:
            out.append(official)
    return out


def _official(f: Frame, name: str) -> Party | None:
    """An unnamed official the quote stage describes by role and nationality ("un responsable indien", "le ministre
    luxembourgeois des affaires étrangères", "a South Korean foreign ministry official"): a party of that state."""
    words = name.split()
    phrases = words + [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
    base = kb.load()
    state = next((c for w in phrases if (c := base.demonym(w, f.lex.code))), None)
    role = next((r for w in phrases if (r := base.role(w, f.lex.code))), None)
    if state is None or role is None:
        return None
    ent = {"id": None, "name": name, "type": "PERSON", "code": None, "country": state, "sector": role.sector}
    return Party(ent, role.sector, anaphor=True)


def _acts(f: Frame, w: Words, q: Quote, sent: Span) -> list[tuple[Token, Act]]:
    """The words of segment ``sent`` that make statement ``q`` an act: its cue verb, then its own words."""
    out: list[tuple[Token, Act]] = []
    cue = (q.get("cue") or "").lower()
    inside = [t for t in span_tokens(sent) if q["start"] <= t.idx < q["end"]]
    if cue in w.cue_acts:
        # the cue verb outside the quote, in this segment (a quote closed before its incise is a segment apart)
        given: Extent | None = cast("dict[str, Any]", q).get("sentence")  # as in statement_readings
        told = given or {"start": sent.start_char, "end": sent.end_char}
        tok = next(
            (
                t
                for t in sent
                if t.lemma_.lower() == cue
                and told["start"] <= t.idx < told["end"]
                and not q["start"] <= t.idx < q["end"]
            ),
            None,
        )
        if cue in w.cue_preps and tok is not None and not _has_prep(tok, w.cue_preps[cue]):
            tok = None  # "called it a step": a description, not a call
        if tok is not None and modality(f, tok) == (False, None):
            out.append((tok, w.cue_acts[cue]))
    for t in inside:
        act = _content_act(f, w, t)
        if act is not None:
            out.append((t, act))
    return out


def _has_prep(tok: Token, preps: frozenset[str]) -> bool:
    """Whether ``tok`` governs one of ``preps`` (a child, or the case or mark of a child)."""
    return any(
        k.lower_ in preps or any(g.dep_ in ("case", "mark") and g.lower_ in preps for g in children(k))
        for k in children(tok)
    )


def _content_act(f: Frame, w: Words, t: Token) -> Act | None:
    """The act a word of the statement makes (module docstring, point 2), if any."""
    lemma, low = token_words(t)
    if low in w.content_words or lemma in w.content_words:
        return w.content_words.get(low) or w.content_words[lemma]
    if lemma not in w.content_verbs and lemma not in w.negated_verbs and lemma not in w.threat_verbs:
        return None
    participle = t.pos_ == "ADJ" and any(k.dep_ == "cop" for k in children(t))  # "être toléré" parsed as ADJ
    if t.pos_ not in ("VERB", "AUX") and not participle:
        return None
    chain = [t]  # the verb and the words that control it ("nous allons expulser", "we are ready to respond")
    while chain[-1].dep_ in ("xcomp", "acomp") and chain[-1].head.i != chain[-1].i and len(chain) < 4:
        chain.append(chain[-1].head)
    first = any(k.dep_ in f.lex.subject_deps and k.lower_ in w.first_person for c in chain for k in children(c))
    passive = participle or any(k.dep_ in f.lex.passive_subject_deps or k.dep_ in PASSIVE_AUX for k in children(t))
    negated, mood = modality(f, t)
    if lemma in w.negated_verbs and negated and (first or passive):
        return w.negated_verbs[lemma]
    if not first or negated or passive:
        return None  # "nous avons été condamnés": an act done to the speaker, not by it
    if lemma in w.content_verbs and mood is None:
        return w.content_verbs[lemma]
    moods = {mood} | {modality(f, c)[1] for c in chain[1:]}
    ready = any(listed(c, w.ready_words) for c in chain[1:])
    if lemma in w.threat_verbs and (moods & {"future", "hypothetical"} or ready):
        return ("THREATEN", None)
    return None


def _names_party(f: Frame, noun: Token) -> bool:
    """Whether ``noun`` itself names a party ("Sweden", "the police"), not a thing of one ("la loyauté de Rabat")."""
    return any(
        not p.entity.get("mentions") or any(m["start"] <= noun.idx < m["end"] for m in p.entity["mentions"])
        for p in noun_phrase_parties(f, noun)[0]
    )


def _beyond(noun: Token, q: Quote) -> bool:
    """Whether the phrase of ``noun`` goes on past the quote it starts in ("une « prise d'otage » destinée à ...")."""
    return any(t.idx >= q["end"] for t in noun.subtree)


def _targets(f: Frame, q: Quote, tok: Token, speakers: list[Party], etype: str, mode: str | None) -> list[Party]:
    """The recipient of a statement act (module docstring): never one of the speakers' own side."""
    own = {p.code for p in speakers} | {p.entity.get("country") for p in speakers}

    def others(parties: list[Party]) -> list[Party]:
        return [p for p in parties if p.code and p.code not in own]

    if tok.pos_ in ("VERB", "AUX"):
        spoken = {m["start"] for p in speakers for m in p.entity.get("mentions") or []}
        objs = [n for n in objects(f, tok) if n.pos_ in ("NOUN", "PROPN") and n.idx not in spoken]
        aimed = any(_names_party(f, n) for n in objs)  # "accused the police", "urged Sweden"
        cue = not q["start"] <= tok.idx < q["end"]
        told = [n for n in objs if not q["start"] <= n.idx < q["end"] or n.head.i == tok.i and _beyond(n, q)]
        if cue and told and not aimed and etype in JUDGEMENTS:
            return []  # "a salué « la loyauté » de Rabat": the author of the thing judged is the coder's to find
        governed, cost = recipients(f, tok, speakers, mode, etype=etype)
        governed = [p for p in governed if p.code and cost <= MAX_COST]
        if governed or aimed:
            return others(governed)  # "accused the police": on its own side, no act of the statement
    named = [
        Party(e, e.get("sector"))
        for e in f.entities
        if e.get("type") in ("GPE", "ORG") and any(q["start"] <= m["start"] < q["end"] for m in e.get("mentions") or [])
    ]
    if found := others(named)[:1]:
        return found
    if found := others(counterpart(f, speakers)):
        return found  # the other side of the speaker's latest event: what the statement answers
    return others(adversary(f, speakers)) if etype in CONFLICT_ACTS else []
