"""A French object the parse hangs on the day the act is dated by (issue 13, stop 40): « a rappelé vendredi ses
ambassadeurs » (the object under "vendredi"), « a imposé mercredi de nouvelles sanctions » (the day taken for the
object, the partitive noun under it): the verb's object, for its reading and its recipient. Near misses: the day
alone, a noun that only qualifies the day (« mardi soir »), a complement after the day that is no object.
Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events_diplomat_expelled import sides

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("text", "etype", "actor", "recipient"),
    [
        ("Le Japon a rappelé vendredi ses ambassadeurs en Chine et en Russie.", "SANCTION", "JPN", "CHN"),
        ("Le Japon a rappelé lundi son ambassadeur en Chine.", "SANCTION", "JPN", "CHN"),
        ("Le Japon a imposé mercredi de nouvelles sanctions à la Russie.", "SANCTION", "JPN", "RUS"),
        ("La Russie a expulsé mardi deux diplomates ukrainiens.", "COERCE", "RUS", "UKR"),
        ("Le Japon a convoqué jeudi le représentant de la Chine.", "CONSULT", "JPN", "CHN"),
        ("La Chine a lancé jeudi des frappes contre le Japon.", "ASSAULT", "CHN", "JPN"),
        ("Le Japon a suspendu en mars ses livraisons d'armes à la Russie.", "SANCTION", "JPN", "RUS"),
    ],
)
def test_events_dated_objects_are_read(text, etype, actor, recipient):
    found = sides(text, etype)
    assert ({actor}, {recipient}) in found, found


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Le Japon a rappelé vendredi soir que la Chine restait un partenaire.", "SANCTION"),
        ("Le Japon a imposé mercredi matin un couvre-feu dans la capitale.", "SANCTION"),
        ("Le ministre japonais a rappelé lundi les règles du port.", "SANCTION"),
    ],
)
def test_events_dated_objects_near_misses(text, etype):
    assert not [s for s in sides(text, etype) if s[1]]
