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
