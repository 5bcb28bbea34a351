"""Who is who between a gold file and a prediction: the strict identity of entities and speakers.

A gold entity is found by a predicted entity that has its name or one of its mentions (surface forms compared
folded, a leading article set aside: "la Suisse" and "Suisse" are one form), never because the two share a
country code: a gold "Tokyo" is not found by "Japan". The speakers of a quote are the same when each gold speaker
is a predicted one by name, or through their entities (the gold entity of that name and the predicted entity of
that id are the same entity); an anonymous gold speaker ("a Hamas official") is matched by no speaker or by a
described one (a speaker with no entity id).

An event side is a code (GOLD.md: ISO-3 for a state, "an organisation's short code or name for others"), and the
annotators of the gold sets made up their own codes for organisations the knowledge base codes otherwise ("AI" and
"AMNESTY", "ISIL" and "ISIS", "SHABAAB" and "AL-SHABAAB"). A predicted party also stands for the gold codes of the
gold entities that are its entity by name (:meth:`Identities.gold_codes`): the gold file's own entity list says what
its code means, so the organisation is the same one, never one that only shares a surface form with it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .predictions import code_of, list_field, name_of
from .text import fold

#: Leading words set aside when surface forms are compared: articles and elided articles of the gold languages
#: ("la Suisse" / "Suisse", "l'OTAN" / "OTAN", "the Kremlin" / "Kremlin"). Scoring only: the analysis has its own.
_LEADING = re.compile(r"^(?:(?:le|la|les|the|un|une|a|an)\s+|l')(?=\S)")


def form(text: str) -> str:
    """A surface form compared: folded, without a leading article."""
    folded = fold(text)
    return _LEADING.sub("", folded, count=1) if " " in folded or "'" in folded else folded


@dataclass(frozen=True)
class Named:
    """An entity as compared: its folded name and its surface forms."""

    name: str
    forms: frozenset[str]

    def same(self, other: Named) -> bool:
        return (bool(self.name) and self.name == other.name) or bool(self.forms & other.forms)


def gold_entity(entity: dict[str, Any]) -> Named:
    mentions = [m for m in entity.get("mentions") or [] if isinstance(m, str)]
    return Named(fold(entity.get("name") or ""), frozenset(form(m) for m in [entity.get("name") or "", *mentions]))


def predicted_entity(entity: Any) -> Named:
    if not isinstance(entity, dict):
        return Named(fold(name_of(entity)), frozenset({form(name_of(entity))}))
    texts = [m.get("text") for m in entity.get("mentions") or [] if isinstance(m, dict)]
    names = [name_of(entity), *(n for n in entity.get("names") or [] if isinstance(n, str))]
    forms = {form(t) for t in [*names, *texts] if isinstance(t, str) and t.strip()}
    return Named(fold(name_of(entity)), frozenset(forms))


#: The two sides of an event, as gold files and records list them.
SIDES = ("actors", "recipients")


def side_codes(items: Any) -> frozenset[str]:
    """The codes of one event side: its parties' (``{code, ...}``) or its bare codes."""
    return frozenset(c for c in (code_of(i) for i in items or []) if c)


def event_sides(event: dict[str, Any], ids: Identities | None = None) -> tuple[frozenset[str], ...]:
    """The codes of an event's two sides (:data:`SIDES`); a predicted event's with the file's identities ``ids``
    (:meth:`Identities.side_codes`)."""
    return tuple(ids.side_codes(event.get(k)) if ids is not None else side_codes(event.get(k)) for k in SIDES)


def sides_overlap(gold: tuple[frozenset[str], ...], pred: tuple[frozenset[str], ...]) -> bool:
    """Whether each side a gold event states (:func:`event_sides`) overlaps the predicted event's; a side the gold
    leaves empty is not constrained."""
    return all(not g or g & p for g, p in zip(gold, pred, strict=True))


def sides_match(gold: dict[str, Any], pred: dict[str, Any], ids: Identities | None = None) -> bool:
    """Whether a predicted event has the sides of a gold event, as ``veille eval`` scores them: each side the gold
    states overlaps the predicted one, a predicted party standing also for the gold codes of the gold entities it is
    when the file's identities ``ids`` are given (:meth:`Identities.side_codes`)."""
    return sides_overlap(event_sides(gold), event_sides(pred, ids))


#: Gold entity types whose code an event side may carry (a person's is her state's, read from the party).
_CODED_TYPES = frozenset({"ORG", "GPE"})


class Identities:
    """The entities of one gold file and one prediction, to compare entities and speakers."""

    def __init__(self, gold: dict[str, Any], pred: dict[str, Any]) -> None:
        self.gold = [gold_entity(e) for e in gold.get("entities") or []]
        self.gold_by_name = {
            fold(e.get("name") or ""): g for e, g in zip(gold.get("entities") or [], self.gold, strict=True)
        }
        predicted = list_field(pred, "entities")
        self.pred = [predicted_entity(e) for e in predicted]
        self.pred_by_id = {
            e["id"]: p for e, p in zip(predicted, self.pred, strict=True) if isinstance(e, dict) and e.get("id")
        }
        self.coded = [
            (g, str(e.get("code")).strip().upper())
            for e, g in zip(gold.get("entities") or [], self.gold, strict=True)
            if isinstance(e, dict) and e.get("code") and e.get("type") in _CODED_TYPES
        ]

    def gold_codes(self, ref: Any) -> frozenset[str]:
        """The gold codes of the gold entities a predicted event party (``{id, name, code}``) is, by name: the gold
        entity's name among the predicted entity's names and surface forms, or the predicted entity's name among
        the gold entity's (module docstring)."""
        p = self.pred_by_id.get(ref.get("id")) if isinstance(ref, dict) else None
        if p is None:
            return frozenset()
        names = p.forms | {p.name}
        return frozenset(code for g, code in self.coded if (g.name and g.name in names) or p.name in g.forms)

    def side_codes(self, items: Any) -> frozenset[str]:
        """The codes an event side's predicted parties stand for: their own and, through :meth:`gold_codes`, the gold
        codes of the gold entities they are."""
        parties = items if isinstance(items, list) else []
        return side_codes(parties).union(*(self.gold_codes(i) for i in parties))

    def same_speaker(self, gold_name: str, ref: Any) -> bool:
        """Whether predicted speaker ``ref`` (``{id, name}``) is the gold speaker named ``gold_name``."""
        if fold(gold_name) == fold(name_of(ref)):
            return True
        g = self.gold_by_name.get(fold(gold_name))
        p = self.pred_by_id.get(ref.get("id")) if isinstance(ref, dict) else None
        return g is not None and p is not None and g.same(p)

    def same_speakers(self, gold_names: Sequence[str], refs: Sequence[Any]) -> bool:
        """Whether a quote's predicted speakers are its gold speakers (one to one; see the module docstring)."""
        named = [r for r in refs if not (isinstance(r, dict) and r.get("id") is None and r.get("name"))]
        if not gold_names:
            return not named  # anonymous: nobody, or a described speaker
        if len(refs) != len(gold_names):
            return False
        left = list(refs)
        for name in gold_names:
            hit = next((r for r in left if self.same_speaker(name, r)), None)
            if hit is None:
                return False
            left.remove(hit)
        return True


__all__ = [
    "SIDES",
    "Identities",
    "Named",
    "event_sides",
    "form",
    "gold_entity",
    "predicted_entity",
    "side_codes",
    "sides_match",
    "sides_overlap",
]
