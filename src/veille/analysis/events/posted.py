"""Where a state's act on a foreign envoy it hosts happens: at home. A summons (a trigger row of ``events.tsv`` with
the ``protest`` condition) or an expulsion (mode ``expel``) whose envoy (events.json ``envoy_nouns``: the verb's
object or passive subject, the noun's genitive, :func:`.recalls.named_envoy`) is named, or whose row tells someone
to leave the country (an ``inf`` condition: « a invité le diplomate à quitter le territoire »), takes place in
the acting state, where its government sits: "Valdoria summoned the Norwegian ambassador in Valdograd",
« l'ambassadeur de Norvège en Valdorie a été convoqué », « le Valdor expulse deux diplomates norvégiens » happen
in Valdoria's capital (``kb/capitals.tsv``), as the real-news golds place them. A city of the acting state that
the clause names (« le consul à Port-Valdor », the envoy's post) stands; the state itself, a place abroad (the
topic's: "over an incident at its embassy in Oslo") or no place gives way to the capital. An envoy of the acting
state (a recall), or a summons or expulsion with no envoy named (migrants deported), is placed as read. The
place read before the capital, not the capital, tells whether the act is an occurrence of its own
(:func:`read_place`)."""

from __future__ import annotations

from spacy.tokens import Token

from ...record import Place
from .capital_places import capital, capitals
from .frame import Frame
from .parties import Party, is_state
from .recalls import named_envoy
from .triggers import match_trigger

READ_PLACE = "envoy act's read place"  # Frame.walks key, with the trigger's index


def envoy_act_place(
    f: Frame, trig: Token, pos: str, mode: str | None, actors: list[Party], found: Place | None
) -> Place | None:
    """The place of a summons or expulsion at ``trig`` (a ``pos`` reading of ``mode`` by ``actors``) of an envoy
    the acting state hosts, where ``found`` (the place read so far) gives way to its capital (module docstring);
    None where the reading is no such act or ``found`` stands."""
    code = next((p.code for p in actors if p.code in capitals()), None)
    hit = match_trigger(f, trig) if code is not None else None
    if hit is None or not (hit[0].has("protest") or mode == "expel"):
        return None
    if named_envoy(f, trig, pos) is None and not (mode == "expel" and hit[0].has("inf")):
        return None  # no envoy, nor anyone told to leave the country (« invité à quitter le territoire »)
    entity = next((e for e in f.entities if found is not None and e.get("id") == found.get("id")), None)
    if found is not None and found.get("code") == code and (entity is None or not is_state(entity)):
        return None  # a city of the acting state named in the clause: the envoy's post
    f.walks[(READ_PLACE, trig.i)] = found  # what sets the act apart from its other tellings (:func:`read_place`)
    return capital(str(code))


def read_place(f: Frame, trig: Token, place: Place | None) -> Place | None:
    """The place the text itself gives the act at ``trig``: ``place``, or what it read before the capital took its
    place, so that a capital the sentence does not print sets no act apart (``coder.occurrence``)."""
    key = (READ_PLACE, trig.i)
    code = place.get("code") if place else None
    if key not in f.walks or code not in capitals() or place != capital(str(code)):
        return place
    read: Place | None = f.walks[key]
    return read
