"""An envoy summoned with no one named summoning: "the Norwegian ambassador to Japan was summoned on Monday",
"the Norwegian envoy was summoned to the Japanese foreign ministry", « l'ambassadeur de Norvège au Japon a été
convoqué ». A summons (a trigger row of ``events.tsv`` with the ``protest`` condition) whose reading has no coded
actor is the host's: the state of the place its envoy (events.json ``envoy_nouns``) is posted at or summoned to
(a complement of ``summoned_preps``, :func:`.recalls.envoy_host`), at the envoy's state, never the host itself.
An actor that is the envoy themself (« l'ambassadeur de Norvège à Tokyo, M. X, convoqué lundi par la cheffe de sa
diplomatie »: an office with no state as agent, the reading falls back on the envoy's own name) names no
one summoning. A summons with its actor named, with no envoy or no coded place, or that calls the envoy home
("summoned to Oslo for consultations"), stands as read."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .frame import Frame
from .parties import Party
from .recalls import envoy_host, named_envoy
from .syntax import case
from .triggers import match_trigger


def summoned(
    f: Frame, trig: Token, pos: str, actors: list[Party], recipients: list[Party]
) -> tuple[list[Party], list[Party]] | None:
    """The sides of a summons at ``trig`` (a ``pos`` reading with ``actors`` and ``recipients``) that names no
    one summoning: the envoy's host, at the others (module docstring); None where it stands as read."""
    envoys = {_ident(p) for p in recipients}
    if any(p.code and _ident(p) not in envoys for p in actors):
        return None
    hit = match_trigger(f, trig)
    if hit is None or not hit[0].has("protest"):
        return None
    envoy = named_envoy(f, trig, pos)
    host = envoy_host(f, envoy, trig, f.cues["summoned_preps"]) if envoy is not None else []
    codes = {p.code for p in host}
    others = [p for p in recipients if p.code and p.code not in codes] or _envoy_state(f, envoy, codes)
    if not host or not others or _called_home(f, trig, {p.code for p in others}):
        return None
    return host, others


def _envoy_state(f: Frame, envoy: Token | None, codes: set[str | None]) -> list[Party]:
    """The state the envoy's own phrase names, where the reading holds none (« le chargé d'affaires français »:
    the nationality hangs on « affaires »), other than the host."""
    for t in envoy.subtree if envoy is not None else ():
        entity = f.mentions.entity(t)
        if entity is not None and (party := Party(entity, "GOV")).code and party.code not in codes:
            return [party]
    return []


def _called_home(f: Frame, trig: Token, codes: set[str | None]) -> bool:
    """Whether the summons calls its envoy to a place of their own state ("was summoned to Oslo for
    consultations"): their own state's act, no host's."""
    preps = f.cues["summoned_preps"]
    for k in children(trig):
        entity = f.mentions.entity(k) if case(k) in preps else None
        if entity is not None and Party(entity, "GOV").code in codes:
            return True
    return False


def _ident(p: Party) -> object:
    """The entity a side stands for (its id), to tell the envoy read as their own summoner."""
    return p.entity.get("id") or id(p.entity)
