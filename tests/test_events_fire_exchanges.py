"""An exchange of fire is a clash: the sides that fire at each other assault each other (the real-news golds code
"exchange(s) of fire", "gunfire exchanges", « l'échange de tirs », « échanger des tirs » ASSAULT). An exchange of
views, letters or prisoners is none. Invented sentences, French and English; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("pakistan", "Pakistan", "GPE", "PAK", None, "GOV", ["Pakistan", "Pakistani", "pakistanais", "pakistanaises"]),
    ("india", "India", "GPE", "IND", None, "GOV", ["India", "Indian", "indiennes", "indiens"]),
]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Indian troops killed two Pakistani soldiers in an exchange of fire on the border on Monday."),
        ("en", "Indian and Pakistani troops exchanged fire on the border on Monday."),
        ("fr", "Les troupes indiennes et pakistanaises ont échangé des tirs lundi à la frontière."),
    ],
)
def test_events_fire_exchanges_are_assaults(lang: str, text: str) -> None:
    found = sides(coded(text, lang, KB), "ASSAULT")
    assert any("IND" in actors or "PAK" in actors for actors, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Indian and Pakistani officials held an exchange of views on trade in Delhi on Monday."),
        ("fr", "Les ministres indiens et pakistanais ont eu lundi un échange de vues sur le commerce."),
    ],
)
def test_events_fire_exchanges_near_misses_stay_unread(lang: str, text: str) -> None:
    assert sides(coded(text, lang, KB), "ASSAULT") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "India ended the water pact with Pakistan. The two countries have since been engaged in exchanges of fire.",
        ),
        ("en", "Indian and Pakistani troops were involved in clashes near the frontier on Monday."),
        (
            "fr",
            "Les soldats indiens et pakistanais ont été impliqués dans des affrontements lundi près de la frontière.",
        ),
    ],
)
def test_events_fire_exchanges_sides_from_the_clause(lang: str, text: str) -> None:
    """The parties of a clash or an exchange of fire named by the subject of the clause that holds the noun, both
    sides actors and recipients."""
    found = sides(coded(text, lang, KB), "ASSAULT")
    assert any({"IND", "PAK"} <= set(actors) and {"IND", "PAK"} <= set(targets) for actors, targets in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "India and Pakistan could be drawn into clashes on the border, experts warned on Monday."),
        ("en", "India and Pakistan urged their troops to avoid clashes on the border on Monday."),
    ],
)
def test_events_fire_exchanges_unreal_clause_gives_no_sides(lang: str, text: str) -> None:
    found = sides(coded(text, lang, KB), "ASSAULT")
    assert not any({"IND", "PAK"} <= set(actors) for actors, _ in found), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Indian and Pakistani commanders were engaged in a truce along the border on Monday."),
        ("en", "Indian and Pakistani forces were involved in a ceasefire on Monday."),
        ("fr", "Les commandants indiens et pakistanais ont été engagés lundi dans une trêve le long de la frontière."),
    ],
)
def test_events_fire_exchanges_truce_sides_from_the_clause(lang: str, text: str) -> None:
    """Every mutual noun, a truce too, takes its parties from the clause that holds it (the lead kept this form:
    stop 56, fire56)."""
    found = sides(coded(text, lang, KB), "CONCEDE")
    assert ({"IND", "PAK"}, {"IND", "PAK"}) in found, found
