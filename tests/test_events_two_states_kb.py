"""The hand-made knowledge base of the English event batteries of stop 41 (issue 13): two real states, India and
Norway, with their capitals and adjectives. Not a test module of its own; the batteries import :func:`run` (or
:data:`KB`, to add the bodies they need)."""

from __future__ import annotations

from test_events import coded

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("india", "India", "GPE", "IND", None, "GOV", ["India", "New Delhi", "Indian"]),
    ("norway", "Norway", "GPE", "NOR", None, "GOV", ["Norway", "Oslo", "Norwegian"]),
]


def run(text: str) -> list[dict]:
    """The events coded in English ``text`` with the two states known."""
    return coded(text, "en", KB)
