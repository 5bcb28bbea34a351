"""A definite role phrase refers back to a person who may hold that role: not to one the text gives another role
of the same sector ("Valdor's Prime Minister X and Ostrel's President Y signed the deal. The prime minister said…"
is X, whatever was named last; issue 12, stop 38). A person's roles are the entity record's (``roles``, read by
veille.entities), which may be partial: a role of another sector (a rank, "Colonel X", beside a spokesperson's
office), a vague role word (``generic`` in data/kb/roles.tsv: "leader", "chef") and a role that holds the phrase's
word ("foreign minister" for "the minister") leave the person a candidate, and so does no role recorded."""

from __future__ import annotations

from spacy.tokens import Token

from .. import kb
from .speakers import Mentions


def role_of(head: Token, lang: str) -> kb.Role | None:
    """The role the noun ``head`` names ("minister", "prime minister" with its modifier before it), None when none."""
    base = kb.load()
    words = [head.text, head.lemma_.lower()]
    words += [f"{c.text} {head.text}" for c in head.children if c.i == head.i - 1 and c.dep_ in {"amod", "compound"}]
    found = [r for w in reversed(words) if (r := base.role(w, lang)) is not None]
    return found[0] if found else None


def other_holders(head: Token, mentions: Mentions, lang: str) -> frozenset[str]:
    """The keys of the persons the text gives only specific roles other than the one ``head`` names; empty when
    ``head`` names no specific role."""
    role = role_of(head, lang)
    if role is None or role.generic:
        return frozenset()
    base = kb.load()
    out = set()
    for _, _, ent in mentions.index.every:
        held = [str(r.get("role")) for r in ent.get("roles") or [] if isinstance(r, dict)]
        if ent.get("type") != "PERSON" or not held or any(role.role in h or h in role.role for h in held):
            continue  # "the minister" may be the foreign minister
        if all((k := base.role(h, "en")) is not None and not k.generic and k.sector == role.sector for h in held):
            out.add(str(ent.get("id")))
    return frozenset(out)
