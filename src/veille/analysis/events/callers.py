"""The organisation that called a strike or a demonstration told by a noun that names no author of its own (events.json
``called_types``): the one the call names, « une grève à l'appel du SDV », « une grève générale a bloqué les
écoles, à l'appel de la CGT » (the call hung on the clause the noun is the subject of), « la grève à laquelle a
appelé la centrale syndicale (CGT) ». The real-news golds give such a strike to the union that called it, aimed at
the authorities of the place (UGTT -> TUN), where the coder read it as a crowd of the place's (TUN -> TUN).

Only a caller named by its own name is read (an organisation's mention, not a state's: « à l'appel du
gouvernement » is no union's strike), and only by the call's own noun, not by a body its complements name (« à
l'appel d'un comité local du parti »: the committee, which has no code, not the party). A protest told by a
verb keeps its crowd (« à l'appel du mouvement, des milliers de manifestants ont défilé »: the real-news
gold codes the crowd's state), and a call that the clause sets aside (« malgré l'appel de la CGT ») names no one."""

from __future__ import annotations

from spacy.tokens import Token

from .. import kb
from ..tree import children
from .frame import Frame
from .parties import Party, group
from .placetime import scene
from .syntax import case

#: The words of a name that the parse hangs on its head noun ("la centrale syndicale (FGTM)").
NAME_DEPS = frozenset({"appos", "flat", "flat:name", "compound", "nmod"})


def called_sides(f: Frame, tok: Token, etype: str) -> tuple[list[Party], list[Party]]:
    """(the organisations that called the protest noun ``tok``, the authorities of the place where it happens), or
    ([], []) when ``tok`` is no noun of ``called_types`` or no call names a coded organisation."""
    c = f.cues
    if etype not in c["called_types"] or tok.pos_ != "NOUN":
        return [], []
    holders = [tok] + ([tok.head] if tok.dep_ in f.lex.subject_deps and tok.head.i != tok.i else [])
    callers: list[Party] = []
    for holder in holders:  # « une grève à l'appel de X », « une grève a bloqué les écoles, à l'appel de X »
        for call in children(holder):
            if call.lemma_.lower() in c["call_nouns"] and case(call) in c["call_cases"]:
                callers += [p for g in children(call) if case(g) in c["genitive_preps"] for p in _named(f, g)]
    # « la grève à laquelle a appelé X »: who made the call the noun answers, the subject the
    # parse may read as an object once inverted, or a name in brackets as an adjunct (an object of the call
    # proper, « ses adhérents », has no code)
    for rel in (r for n in [tok, *(k for k in children(tok) if k.dep_ == "nmod")] for r in children(n)):
        if rel.dep_ in ("acl:relcl", "relcl") and rel.lemma_.lower() in c["call_verbs"] and _relative(f, rel):
            who = [k for k in children(rel) if case(k) is None and k.lower_ not in c["relative_pronouns"]]
            callers += [p for k in who for p in _named(f, k)]
    # where it happens, else the state the caller's own name holds (« la Fédération générale tunisienne des métiers »)
    place = (scene(f) or _name_state(f, callers[0])) if callers else None
    if not place:
        return [], []
    return callers, [group("authorities", place, "GOV")]


def _name_state(f: Frame, caller: Party) -> str | None:
    """The state of a demonym among the words of a mention of ``caller``, or None."""
    for m in caller.entity.get("mentions") or []:
        for w in str(m.get("text") or "").split():
            if (code := kb.load().demonym(w, f.context.lang)) is not None:
                return code
    return None


def _relative(f: Frame, rel: Token) -> bool:
    """Whether the relative clause ``rel`` holds its relative pronoun as a complement (what is called for), not as
    its subject (« la grève qui a appelé »)."""
    return any(k.lower_ in f.cues["relative_pronouns"] and k.dep_ not in f.lex.any_subject_deps for k in children(rel))


def _named(f: Frame, noun: Token) -> list[Party]:
    """The coded organisation that ``noun`` names by its own name: its mention, or that of a word of its name
    (« la centrale syndicale (FGTM) », « du mouvement M12 »), never a state nor a body its complements name."""
    words = [noun] + [k for k in children(noun) if k.dep_ in NAME_DEPS and case(k) is None]
    for w in words:
        ent = f.mentions.entity(w)
        if ent is not None and ent.get("type") == "ORG" and ent.get("code"):
            return [Party(ent, ent.get("sector"))]
    return []
