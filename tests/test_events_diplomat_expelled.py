"""A diplomat sent away by the formulas of French diplomacy (issue 13, stop 40): declared persona non grata
(« a déclaré X persona non grata », « X a été déclaré “persona non grata” par Y », the Latin words hung anywhere
in the verb's phrase by the parse) or asked to leave the country (« a prié X de quitter le territoire », « a
invité X à quitter le pays », as « a demandé à X de quitter le pays » already was): COERCE/expel from the state
that sends them away to the diplomat's state. Near misses: someone unwelcome in a club, a declaration of another
thing, an invitation to visit or to leave a meeting. Invented sentences; invented people; real states."""

from __future__ import annotations

import pytest

import test_events_trigger_paradigms as paradigms
from test_events import coded
from test_events import sides as events_sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

KB = [
    *paradigms.KB,
    ("chinois", "China", "GPE", "CHN", None, "GOV", ["chinois", "chinoise"]),
    ("japonaises", "Japan", "GPE", "JPN", None, "GOV", ["japonaises"]),
    ("tokyo", "Tokyo", "GPE", "JPN", None, "GOV", ["Tokyo"]),
    ("moreau", "Claire Moreau", "PERSON", None, "DEU", "GOV", ["Claire Moreau"]),
]


def sides(text: str, etype: str, lang: str = "fr") -> list[tuple[set[str], set[str]]]:
    """The actor and recipient codes of each realised event of type ``etype`` coded in ``text`` (with KB)."""
    return events_sides(coded(text, lang, KB), etype)


def coerced(text: str, lang: str = "fr") -> list[tuple[set[str], set[str]]]:
    return sides(text, "COERCE", lang)


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # declared persona non grata: active, object before or after the Latin words, passive with an agent
        ("Le Japon a déclaré persona non grata l'ambassadeur de Chine.", "JPN", "CHN"),
        ("Le Japon a déclaré l'ambassadeur de Chine persona non grata.", "JPN", "CHN"),
        ("L'ambassadeur de Chine a été déclaré persona non grata par le Japon.", "JPN", "CHN"),
        ("Le Japon a déclaré « persona non grata » deux diplomates chinois.", "JPN", "CHN"),
        (
            "Les autorités japonaises ont déclaré trois diplomates russes persona non grata lundi soir.",
            "JPN",
            "RUS",
        ),
        ("La Russie a décidé de déclarer persona non grata un diplomate ukrainien.", "RUS", "UKR"),
        ("Moscou a déclaré Claire Moreau persona non grata.", "RUS", "DEU"),
        # asked to leave the country
        ("Le Japon a prié l'ambassadeur de Chine de quitter le territoire.", "JPN", "CHN"),
        ("Le Japon a invité l'ambassadeur de Chine à quitter le pays dans les 72 heures.", "JPN", "CHN"),
        ("L'ambassadeur de Chine a été prié par Tokyo de quitter le pays.", "JPN", "CHN"),
    ],
)
def test_events_diplomat_expelled_is_coerce(text, actor, recipient):
    found = coerced(text)
    assert ({actor}, {recipient}) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Ce chanteur est persona non grata dans les clubs de Tokyo.",
        "Le Japon a déclaré soutenir l'ambassadeur de Chine.",
        "Le Japon a déclaré que la Chine restait un partenaire.",
        "Le Japon a invité l'ambassadeur de Chine à visiter le pays.",
        "Le Japon a prié la délégation chinoise de quitter la salle.",
        "Le Japon a invité la Chine à quitter la table des négociations.",
    ],
)
def test_events_diplomat_expelled_near_misses_read_no_coercion(text):
    assert not coerced(text)
