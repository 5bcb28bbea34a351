"""Where a person's state comes from when no role pattern gave one: the phrase in apposition to the name ("Anna
Berg, the UN resident coordinator for Mali"), else the wire dateline's state (the text context's
:attr:`~veille.analysis.context.TextContext.dateline_state`)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...record import Entity
from ..tree import children


def state_or_org_at(ents: dict[str, Entity]) -> dict[int, str]:
    """Character offset -> code, over the mentions of KB states, organisations and state bodies (read once the
    persons are built: only persons come later)."""
    code_at: dict[int, str] = {}
    for ent in ents.values():
        code = ent["code"] or ent["country"]
        if ent["type"] in ("GPE", "ORG") and code and ent["id"].startswith(("kb:country:", "kb:org:", "body:")):
            for m in ent["mentions"]:
                code_at.update({c: code for c in range(m["start"], m["end"])})
    return code_at


def appositive_affiliation(doc: Doc, names: list[tuple[int, int]], code_at: dict[int, str]) -> str | None:
    """The state or organisation first named in the phrase in apposition to a person's name, when no role
    pattern gave one: "the UN resident coordinator for Afghanistan, X" -> UN, "X, commissaire de l'UA chargé
    de la paix" -> AU, "Tuvalu's climate minister, X" -> TUV. ``code_at``: :func:`state_or_org_at`."""
    for i, j in names:
        root = doc[i:j].root
        own = range(root.left_edge.i, root.right_edge.i + 1)
        phrases: list[Token] = [c for c in children(root) if c.dep_ == "appos"]
        # the role words printed before the name ("State Department deputy spokeswoman Carla Jennings")
        phrases += [c for c in children(root) if c.dep_ in ("compound", "nmod", "amod") and c.i < i]
        if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN"):
            head = root.head  # the whole phrase, not the complement the name was hung on ("minister for the
            while (
                head.dep_ in ("pobj", "prep", "nmod")
                and head.head.pos_ in ("NOUN", "PROPN", "ADP")
                and head.head.i < head.i
            ):  # Pacific, Claire Whitfield": Whitfield parsed under Pacific)
                head = head.head
            phrases.insert(0, head)
        for ph in phrases:
            for t in sorted(ph.subtree, key=lambda t: t.i):
                if (ph.i not in own and t.i in own) or t.pos_ == "VERB":  # the name's own phrase
                    continue
                if t.idx in code_at:
                    return code_at[t.idx]
    return None
