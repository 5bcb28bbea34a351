"""Threats of force: a party that says it will strike, retaliate or attack another threatens it (THREATEN, as
CAMEO's "threaten with military force"). "Norway said it would strike India", "warned that it would retaliate
against India", "vowed to continue its attacks on India", "India will respond forcefully to any incursion, a
spokesman said": the act of force is still to come, the threat is made now, and the threat is coded instead of the
act (the real-news golds list the threat, not the act to come).

Read for an event of a force type (``cues.json`` ``threat_types``) with a future or hypothetical modality in a
clause its own actor tells (a content clause of a speech verb whose subject is of the actor's side, or a main
clause in the future), or an intention under a verb of vowing (events.json ``threat_heads``: "vowed to",
"threatened to"). Not an act told as possible ("may strike", "can strike": ``possibility_aux``), one another party
is said to plan ("India said Norway would attack it"), one denied ("would not attack"), nor a plan with no voice
("plans to strike": an intention, not a threat)."""

from __future__ import annotations

from spacy.tokens import Token

from ...record import Event
from ..tree import ancestors
from .actors import actors
from .frame import Frame
from .lexicon import neutral_cue, types
from .modality import modality
from .syntax import support_verb

#: how far up the clause tree the verb that voices the act is looked for ("said it would be forced to retaliate")
_DEPTH = 4


def threats(f: Frame, tok: Token, pos: str, ev: Event) -> list[Event]:
    """The events to keep for the act ``ev`` read at ``tok``: the act alone; or, for a threat of force, the
    THREATEN event instead of the act its actor says it will do ("said it would strike X"), or before the act
    where a verb of threat or warning tells it ("warned that it would attack X": the act keeps its modality,
    as the verb's own reading does); the act comes last."""
    voice = _threat_voice(f, tok, pos, ev)
    if voice is None:
        return [ev]
    info = types()[("THREATEN", None)]
    made = ev.copy()
    made["type"], made["mode"], made["quad"], made["score"], made["modality"] = (
        "THREATEN",
        None,
        info.quad,
        info.score,
        None,
    )
    return [made, ev] if voice.lemma_.lower() in f.cues["threat_heads"] else [made]


def _threat_voice(f: Frame, tok: Token, pos: str, ev: Event) -> Token | None:
    """The verb that voices the force act ``ev`` as a threat of its actor (a speech verb, or the act's own verb in
    a main clause in the future), else None."""
    mood = ev.get("modality")
    if ev["type"] not in neutral_cue("threat_types") or ev.get("negated"):
        return None
    if mood not in ("future", "hypothetical", "intended") or not ev["actors"] or not ev["recipients"]:
        return None
    verb = (support_verb(f, tok) or _clause_verb(tok)) if pos == "noun" else tok
    if verb is None or modality(f, verb)[1] != mood or _possible(f, verb):
        return None  # the noun's own landmark, not its clause ("days before the anniversary of its invasion")
    return _voice(f, verb, mood, {a.get("code") for a in ev["actors"]})


def _possible(f: Frame, verb: Token) -> bool:
    """Whether the act is told as possible rather than meant: a modal of possibility or ability (events.json
    ``possibility_aux``: "may strike", "can hit India whenever it likes") on its verb or on the verbs its
    infinitive hangs on."""
    marks = f.cues["possibility_aux"]
    v = verb
    for _ in range(_DEPTH):
        if any(k.dep_ == "aux" and k.lower_ in marks for k in v.children):
            return True
        if v.dep_ not in ("xcomp", "conj") or v.head.i == v.i:
            return False
        v = v.head
    return False


def _clause_verb(tok: Token) -> Token | None:
    return next((a for a in ancestors(tok) if a.pos_ in ("VERB", "AUX")), None)


def _voice(f: Frame, verb: Token, mood: str, codes: set[str | None]) -> Token | None:
    """The verb that tells the clause of ``verb`` as its own actor's: a speech verb (or a verb of vowing, for an
    intention) whose subject is one of ``codes`` and whose complement the clause is; ``verb`` itself when it heads
    a main clause in the future. None otherwise."""
    heads = f.cues["threat_heads"]
    speech = set(f.cues["speech_verbs"]) | set(heads)
    v = verb
    for _ in range(_DEPTH):
        up = v.head
        if v.dep_ in ("ROOT", "root") or up.i == v.i:
            # "Norway will strike India": a statement of its own in the future (not "wants to meet before...")
            return v if v.i == verb.i and mood == "future" else None
        if v.dep_ in ("ccomp", "xcomp", "parataxis") and up.pos_ in ("VERB", "AUX"):
            lemma = up.lemma_.lower()
            if lemma in speech and (mood != "intended" or lemma in heads):
                # the speaker must be of the actor's side: "the officer warned" may be the other side's
                return up if {p.code for p in actors(f, up)[0] if p.code} & codes else None
            if v.dep_ == "ccomp":
                return None  # a clause another verb governs ("feared it would strike")
        elif v.dep_ not in ("conj", "xcomp", "advcl"):
            return None
        v = up
    return None
