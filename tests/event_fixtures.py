"""Helpers shared by the event tests that read what the whole pipeline makes of an invented text: the place of each
realised event of a type."""

from __future__ import annotations


def pipeline_places(text: str, etype: str) -> list[str | None]:
    """The place name of each realised event of ``etype`` the whole pipeline reads in ``text``."""
    from veille.analysis.events import is_realised
    from veille.pipeline import analyze_text

    events = analyze_text(text, source="t.txt").to_dict()["events"]
    return [(e.get("location") or {}).get("name") for e in events if e["type"] == etype and is_realised(e)]
