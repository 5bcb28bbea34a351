"""The parties of a joint act named by a noun alone ("les pourparlers ont repris", "talks began", "the two
accords signed on Friday"): those of the story's last joint act or meeting, else, in a story of two states only,
those two states (:func:`story_pair`)."""

from __future__ import annotations

from spacy.tokens import Token

from .actors import actors
from .channels import MEDIA
from .frame import Frame
from .lexicon import Entry
from .modality import modality
from .parties import Party, is_state
from .syntax import clause_head


def story_pair(f: Frame) -> list[Party]:
    """The story's two sides when its parties are two states: the text names exactly two coded states, and every
    coded entity it names (a person, a body, a group) acts for one of them, the media that report it aside (a
    rebel group, a third state, a bloc or a mediator named: no pair); [] otherwise."""
    states: dict[str, Party] = {}
    others: set[str] = set()
    for e in f.entities:
        p = Party(e, e.get("sector"), anaphor=True)
        if not p.code or e.get("sector") == MEDIA:
            continue
        if e.get("type") == "GPE" and is_state(e):
            states.setdefault(p.code, p)
        else:
            others.add(p.code)
    return list(states.values()) if len(states) == 2 and others <= set(states) else []


def joint_parties(f: Frame, entry: Entry, tok: Token, above: Token) -> tuple[list[Party], bool]:
    """The parties of a joint act named by a noun ``tok`` alone: those of the last joint act or meeting, else,
    when the noun is the subject of its clause (told as a fact of its own: "the talks continued", « l'accord
    signé en 2019 prévoit », not "recorded during phone conversations"), the story's two states
    (:func:`story_pair`); only when the clause that holds the noun names no one else (not "X took part in the
    talks") and is realised, and the text has not told an act of this type between them already."""
    joint = list(f.memory.last_joint) or (story_pair(f) if tok.dep_ in f.lex.any_subject_deps else [])
    codes = {p.code for p in joint}
    if not joint or any(h.type == entry.type and codes <= {p.code for p in h.actors + h.recipients} for h in f.history):
        return [], False
    c = f.cues
    unreal = above.lemma_.lower() in {*c["modal_heads"], *c["future_heads"], *c["intention_heads"]}
    if clause_head(f, above) and (actors(f, above)[0] or unreal or modality(f, above) != (False, None)):
        return [], False  # "X took part in the talks", "talks are due to resume"
    return joint, True
