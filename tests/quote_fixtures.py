"""Helpers shared by the quote tests that read the speakers of one statement of an invented text: the speakers'
names of the first quote holding some words, of each quote holding them, and those of each quote the whole pipeline
finds in a text; the speakers of a quote and whether they are described."""

from __future__ import annotations

from veille.pipeline import analyze_text


def speakers_of(quotes: list[dict], words: str) -> set[str] | None:
    """The speakers of the quote holding ``words``; None when no quote holds them."""
    hits = [q for q in quotes if words in q["text"]]
    return {s["name"] for s in hits[0]["speakers"]} if hits else None


def speakers_each(quotes: list[dict], words: str) -> list[set[str]]:
    """The speakers' names of each quote holding ``words``, in order."""
    return [{s["name"] for s in q["speakers"]} for q in quotes if words in q["text"]]


def said_by(quotes: list[dict], words: str) -> tuple[frozenset[str], bool] | None:
    """The speakers' names of the first quote holding ``words`` and whether they are all unnamed (described, no
    entity id); None when no quote holds them."""
    return next(
        (
            (frozenset(s["name"] for s in q["speakers"]), not any(s.get("id") for s in q["speakers"]))
            for q in quotes
            if words in q["text"]
        ),
        None,
    )


def analysed_speakers(text: str, words: str) -> list[set[str]]:
    """The speakers' names of each quote of ``text`` (read by the whole pipeline) holding ``words``."""
    return speakers_each(analyze_text(text).to_dict()["quotes"], words)
