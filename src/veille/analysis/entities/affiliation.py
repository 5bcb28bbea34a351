"""Where a person's state comes from when no role pattern gave one: the phrase in apposition to the name ("Anna
Berg, the UN resident coordinator for Mali"), the side a fronted adjunct of its sentence names for an official ("Du
côté malien, le ministre X"), else the wire dateline's state (the text context's
:attr:`~veille.analysis.context.TextContext.dateline_state`)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...record import Entity
from ..kb import COUNTRY_ID, KnowledgeBase
from ..kb import load as load_kb
from ..kbnorm import token_norm
from ..tree import children, text_of
from .table import Article
from .words import words


def state_or_org_at(ents: dict[str, Entity]) -> dict[int, str]:
    """Character offset -> code, over the mentions of KB states, organisations and state bodies (read once the
    persons are built: only persons come later)."""
    code_at: dict[int, str] = {}
    for ent in ents.values():
        code = ent["code"] or ent["country"]
        if ent["type"] in ("GPE", "ORG") and code and ent["id"].startswith((COUNTRY_ID, "kb:org:", "body:")):
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
        # an apposition the parse may read as a conjunct without its coordinator ("l'ambassadeur britannique à
        # l'ONU, X, lors de...": X the only conj of "ambassadeur"); not an item of a list ("le Mali, X et Y")
        loose = (
            root.dep_ == "conj"
            and root.head.pos_ == "NOUN"
            and i > 0
            and doc[i - 1].text == ","
            and [c.i for c in children(root.head) if c.dep_ == "conj"] == [root.i]
            and not any(c.dep_ == "cc" for c in children(root))
        )
        if (root.dep_ == "appos" or loose) and root.head.pos_ in ("NOUN", "PROPN"):
            head = root.head  # the whole phrase, not the complement the name was hung on ("minister for the
            while (
                head.dep_ in ("pobj", "prep", "nmod")
                and head.head.pos_ in ("NOUN", "PROPN", "ADP")
                and head.head.i < head.i
            ):  # Pacific, Claire Whitfield": Whitfield parsed under Pacific)
                head = head.head
            phrases.insert(0, head)
        for ph in phrases:
            # "X, futur président de la Cedeao": not X's organisation now, however the parse hangs it (a
            # state still is X's: "l'ancien président haïtien X")
            gone = {t.i for r in ph.subtree if (r.dep_ == "appos" or r is ph) and unheld_role(r) for t in r.subtree}
            for t in sorted(ph.subtree, key=lambda t: t.i):
                if (ph.i not in own and t.i in own) or t.pos_ == "VERB" or t.i in gone:  # the name's own phrase
                    continue
                if t.idx in code_at and not (t.i in gone and is_organisation(code_at[t.idx], load_kb())):
                    return code_at[t.idx]
    return None


def is_organisation(code: str | None, kb: KnowledgeBase) -> bool:
    """Whether ``code`` is an organisation's in ``kb`` (the African Union's), not a state's."""
    entry = kb.entry_for_code(code)
    return entry is not None and entry.kind == "org"


def unheld_role(role: Token) -> bool:
    """Whether the role phrase headed by ``role`` names a role not held now ("futur président", "former envoy",
    "ex-ministre"): a modifier of ``unheld_role_words`` before the head, or the head's own "ex-" prefix."""
    unheld = words().unheld_role_words
    before = [c for c in children(role) if c.dep_ in ("amod", "compound", "advmod") and c.i < role.i]
    return any(token_norm(c) in unheld for c in before) or role.lower_.split("-")[0] in unheld


#: Most words of the nationality adjective of a side frame ("nord-coréen" is one token or three).
SIDE_ADJECTIVE_WORDS = 3


def side_affiliation(art: Article, names: list[tuple[int, int]]) -> str | None:
    """The state of the nationality adjective of a side frame that opens the sentence of one of a person's names,
    closed by a comma before it (entities.json ``side_frames``: "Du côté malien, le Premier ministre X a salué",
    "On the Malian side, Prime Minister X said"); None when no sentence of the person opens so."""
    doc = art.doc
    for i, _ in names:
        start = art.sent_start(i)
        comma = next((k for k in range(start, i) if doc[k].text == ","), None)
        if comma is None:
            continue
        said = tuple(token_norm(doc[k]) for k in range(start, comma))
        for before, after in words().side_frames:
            n = len(said) - len(before) - len(after)
            if (
                not 1 <= n <= SIDE_ADJECTIVE_WORDS
                or said[: len(before)] != before
                or said[len(said) - len(after) :] != after
            ):
                continue
            code = art.kb.demonym(text_of(doc, start + len(before), start + len(before) + n), art.lang)
            if code:
                return code
    return None
