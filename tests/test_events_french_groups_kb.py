"""The hand-made knowledge base of the French event batteries of stop 41 (issue 13): real states with the
nationality adjectives the invented sentences use, and real armed groups under their actors.tsv codes. Not a test
module of its own; the batteries import :data:`KB` and :func:`sides`."""

from __future__ import annotations

from test_events import KB as BASE
from test_events import coded
from test_events import sides as events_sides

KB = [k for k in BASE if k[0] not in ("usa", "ukraine")] + [
    ("usa", "United States", "GPE", "USA", None, "GOV", ["États-Unis", "américain", "américaine"]),
    ("ukraine", "Ukraine", "GPE", "UKR", None, "GOV", ["Ukraine", "ukrainien", "ukrainiens", "ukrainiennes"]),
    ("lebanon", "Lebanon", "GPE", "LBN", None, "GOV", ["Liban", "libanais", "libanaise"]),
    ("israel", "Israel", "GPE", "ISR", None, "GOV", ["Israël", "israélien", "israélienne", "israéliens"]),
    ("iran", "Iran", "GPE", "IRN", None, "GOV", ["Iran", "iranien", "iranienne"]),
    ("mali", "Mali", "GPE", "MLI", None, "GOV", ["Mali", "malien", "malienne", "maliennes", "Bamako"]),
    ("cuba", "Cuba", "GPE", "CUB", None, "GOV", ["Cuba", "cubain", "Cubains"]),
    ("palestine", "Palestine", "GPE", "PSE", None, "GOV", ["Palestine", "palestinien", "palestinienne"]),
    ("hezbollah", "Hezbollah", "ORG", "HEZBOLLAH", None, "REB", ["Hezbollah"]),
    ("hamas", "Hamas", "ORG", "HAMAS", None, "REB", ["Hamas"]),
    ("jnim", "JNIM", "ORG", "JNIM", None, "REB", ["JNIM"]),
]


def sides(text: str, etype: str) -> list[tuple[set[str], set[str]]]:
    """The actor and recipient codes of each realised event of type ``etype`` coded in the French ``text``."""
    return events_sides(coded(text, "fr", KB), etype)
