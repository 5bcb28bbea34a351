"""Role phrases: a role word with the affiliation printed around it ("le Premier ministre japonais", "NATO
Secretary General", "Japan's prime minister", "chef de l’OTAN"), whether a phrase may refer to someone holding a
role (:func:`compatible`), and the public helpers that parse a printed role phrase and resolve it to a person."""

from __future__ import annotations

from dataclasses import dataclass

from ...record import Entity
from .. import kb as kbmod
from ..kb import Role
from ..kbnorm import token_norm
from ..tree import tokens
from .scan import Hit, scan
from .table import Article, EntityTable
from .words import words


@dataclass
class RolePhrase:
    """A role phrase over tokens [i, j): its role, the state or organisation it is affiliated to, and whether it is
    definite (so may refer to someone named before: "le chef de l’OTAN")."""

    i: int  # first token (determiner included when printed)
    j: int
    role: Role
    aff: str | None  # affiliation code (ISO-3 or org code)
    definite: bool
    after: int | None = None  # where the holder's name may follow, past a body that names no state (else j)

    @property
    def end(self) -> int:
        """The token after the phrase and the body it belongs to, where the holder's name is printed."""
        return self.j if self.after is None else self.after


def _affiliation_of(x: Hit | None, table: EntityTable) -> str | None:
    """The code a hit next to a role gives it: a demonym's or body's state, or a KB entity already mentioned."""
    if x is None:
        return None
    if x.kind in ("demonym", "body"):
        return x.code
    if x.kind in ("entity", "context") and x.entries[0].id in table.ents:
        return x.entries[0].code
    return None


def _role_phrase(
    art: Article, table: EntityTable, h: Hit, by_start: dict[int, Hit], by_end: dict[int, Hit]
) -> RolePhrase:
    doc, kb, w = art.doc, art.kb, words()
    toks = tokens(doc)
    assert h.role is not None
    aff, i, j = h.code, h.i, h.j
    # English order: "Japanese Prime Minister", "NATO Secretary General", "Japan's prime minister"
    k = i - 1 if i > 0 and toks[i - 1].text in w.possessives else i
    before = by_end.get(k)
    if before and _affiliation_of(before, table) and aff is None:
        aff, i = _affiliation_of(before, table), before.i
    elif h.foreign and k > 0 and aff is None and kb.demonym(toks[k - 1].text, h.foreign):
        aff, i = kb.demonym(toks[k - 1].text, h.foreign), k - 1
    # French order: "Premier ministre japonais", "chef de l’OTAN", "ministre de la Défense japonais"
    for _ in range(2):
        nxt = by_start.get(j)
        if nxt and nxt.kind == "demonym":
            aff, j = aff or nxt.code, nxt.j
            continue
        k = j
        if k < len(doc) and token_norm(toks[k]) in w.of:
            k += 1
            if k < len(doc) and token_norm(toks[k]) in w.of_det:
                k += 1
            nxt = by_start.get(k) or by_start.get(k - 1)
            if k > j and nxt and _affiliation_of(nxt, table):
                aff, j = aff or _affiliation_of(nxt, table), nxt.j
                continue
            # "porte-parole du gouvernement français": one common noun, then a nationality
            nxt = by_start.get(k + 1)
            if k < len(doc) and toks[k].pos_ == "NOUN" and toks[k].is_lower and nxt and nxt.kind == "demonym":
                aff, j = aff or nxt.code, nxt.j
                continue
        break
    definite = i > 0 and token_norm(toks[i - 1]) in w.definite
    if i > 0 and token_norm(toks[i - 1]) in w.articles:
        i -= 1
    return RolePhrase(i, j, h.role, aff, definite, _body_after(art, j, by_start))


def _body_after(art: Article, j: int, by_start: dict[int, Hit]) -> int | None:
    """The end of the body or organisation a role phrase ending at token j belongs to, when its affiliation could
    not be read from it ("Spokesperson of the Ministry of Foreign Affairs, Tran Van Lam ...": the ministry names no
    state): the holder's name is printed after it. The body keeps its tokens."""
    doc, w = art.doc, words()
    if j >= len(doc) or token_norm(doc[j]) not in w.of:
        return None
    k = j + 1
    if k < len(doc) and token_norm(doc[k]) in w.of_det:
        k += 1
    nxt = by_start.get(k) or by_start.get(k - 1)
    return nxt.j if nxt is not None and k - 1 <= nxt.i and nxt.kind in ("body", "entity") else None


def role_phrases(art: Article, table: EntityTable, hits: list[Hit]) -> list[RolePhrase]:
    """The role phrase of each role hit, with the affiliation printed before or after it; its tokens are taken."""
    by_start = {h.i: h for h in hits}
    by_end = {h.j: h for h in hits}
    out = []
    for h in hits:
        if h.kind == "role":
            phrase = _role_phrase(art, table, h, by_start, by_end)
            out.append(phrase)
            table.take(phrase.i, phrase.j)
    return out


def compatible(role: Role, aff: str | None, held: Role, held_aff: str | None) -> bool:
    """May a role phrase refer to someone holding ``held``? Same role or a generic one; affiliations agree."""
    # "le ministre allemand" may refer to the German defence minister: a role is compatible with its specialisations.
    same = role.role == held.role or held.role.endswith(" " + role.role) or role.generic or held.generic
    if aff is not None:  # "the president of Ukraine" is not whoever else was called "president"
        return same and held_aff == aff
    return same and (held_aff is not None or role.role == held.role)


def parse_role_phrase(text: str, lang: str) -> tuple[Role, str | None] | None:
    """Role and affiliation code of a printed role phrase: 'le chef de l’OTAN' -> (leader, 'NATO')."""
    from .. import nlp

    doc = nlp.load(lang).make_doc(nlp.normalise_spaces(text))
    hits = scan(doc, kbmod.load(), lang)
    role = next((h for h in hits if h.kind == "role"), None)
    if role is None or role.role is None:
        return None
    aff = role.code
    for h in hits:
        if aff is None and h.kind == "demonym":
            aff = h.code
        elif aff is None and h.kind == "entity" and h.entries[0].kind in ("country", "org"):
            aff = h.entries[0].code
    return role.role, aff


def resolve_role_phrase(text: str, lang: str, entities: list[Entity], before: int | None = None) -> Entity | None:
    """The person entity (from :func:`recognise` output) that a definite role phrase refers to: the one with a
    compatible role and the latest mention before offset ``before`` (anywhere when None); None if no one fits."""
    parsed = parse_role_phrase(text, lang)
    if parsed is None:
        return None
    role, aff = parsed
    kb = kbmod.load()
    best, best_pos = None, -1
    for ent in entities:
        if ent["type"] != "PERSON":
            continue
        # the roles of the record are canonical role names, looked up in the KB's canonical language
        held = [
            kb.role(r["role"], kbmod.CANONICAL) or Role(r["role"], ent.get("sector") or "GOV", False)
            for r in ent["roles"]
        ]
        if not any(compatible(role, aff, h, ent.get("country")) for h in held):
            continue
        pos = max((m["start"] for m in ent["mentions"] if before is None or m["start"] < before), default=-1)
        if pos > best_pos:
            best, best_pos = ent, pos
    return best
