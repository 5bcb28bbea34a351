"""Where a person's state comes from when no role pattern gave one: the wire dateline's city ("TALLINN —") and
the phrase in apposition to the name ("Anna Berg, the UN resident coordinator for Mali"). The dateline-city
predicate is also the NER fix-up of :func:`veille.analysis.entities.ner.dateline_places`."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...record import Entity
from ..kb import KnowledgeBase


def dateline_city(t: Token, kb: KnowledgeBase) -> bool:
    """Is token ``t`` a wire dateline's city: a known city in capitals followed by "," "(" or a dash?"""
    doc = t.doc
    return (
        t.is_upper
        and len(t) > 2
        and t.i + 1 < len(doc)
        and doc[t.i + 1].text in (",", "(", "—", "–", "-")
        and kb.city(t.text) is not None
    )


def dateline_state(doc: Doc, kb: KnowledgeBase) -> str | None:
    """ISO-3 of the state of a wire dateline's city ("JAKARTA, Jan 27 -", "TALLINN —"), if the text opens with
    one: a minister the story names without a country is, by wire convention, that state's."""
    first = next((t for t in doc if not t.is_space), None)
    city = kb.city(first.text) if first is not None and dateline_city(first, kb) else None
    return city[1] if city else None


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
        phrases: list[Token] = [c for c in root.children if c.dep_ == "appos"]
        # the role words printed before the name ("State Department deputy spokeswoman Carla Jennings")
        phrases += [c for c in root.children if c.dep_ in ("compound", "nmod", "amod") and c.i < i]
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
