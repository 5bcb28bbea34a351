"""A text cut in the middle of a word: pages whose copy stops at a length limit end on an unfinished word ("... aid
shared with Pakist", « ... doit revenir à Mos »), which the NER reads as a name of its own ("Pakist", "Mos", "Haqqani
Netw", "Martin Fa"). The word is known unfinished when the text ends on it, letters with no punctuation after them,
capitalised, no name of the knowledge base, and the beginning of a longer word the text prints before it ("Pakistan",
« Moscou »): the name is then printed in full earlier, and its cut end names no entity of its own
(:func:`unfinished_end`; :func:`cut_mentions` drops the mentions that end on it, but gives a person's to the
person printed in full). A word whose longer form is its
plural is whole ("the Department of State" after "the United States", "a drill" after "drills"), and a mention of the
knowledge base ends on a whole word (its scan matched the whole name: "South Korea" after "Korean"), as does a
word that only a glued word goes on ("Drill" after a headline glued to its copy, "DrillNavy"). A name printed
only at the cut ("... said Shirley Ayorkor Botchw", a gold's cut mention) is left: no longer word says the end is
cut, and it is the one mention of its entity."""

from __future__ import annotations

import re

from ...record import Entity
from ..kb import KB_ID, KnowledgeBase
from .table import Article, EntityTable

#: The last word of a text, letters only, after a space or a line start, and nothing but white space after it.
_LAST_WORD = re.compile(r"(?:^|(?<=\s))([^\W\d_]{2,})\s*\Z")
#: The words of a text.
_WORD = re.compile(r"[^\W\d_]+")
#: What a plural adds to a word ("State" / "States", « journal » / « journaux » aside): no sign of a cut.
_PLURAL_ENDS = ("s", "es", "x")


def unfinished_end(text: str, kb: KnowledgeBase, lang: str) -> int | None:
    """The offset where the unfinished word that ends ``text`` starts, or None when the text ends otherwise."""
    last = _LAST_WORD.search(text)
    if last is None or not last.group(1)[:1].isupper() or kb.lookup(last.group(1), lang):
        return None
    word, start = last.group(1), last.start(1)
    if any(_goes_on(word, w) for w in _WORD.findall(text, 0, start)):
        return start
    return None


def _goes_on(word: str, longer: str) -> bool:
    """Whether ``longer`` is ``word`` and more lowercase letters, no plural ending alone: "Pakistan" of "Pakist";
    not "States" of "State", nor "DrillNavy" of "Drill" (a headline glued to its copy)."""
    rest = longer[len(word) :]
    return longer.startswith(word) and rest.islower() and rest not in _PLURAL_ENDS


def cut_mentions(art: Article, table: EntityTable) -> None:
    """Drop the mentions of ``table`` that end on the unfinished word ending the text (an entity left with none is
    dropped by :func:`~.recognise.finish`), but a person's: a speaker named at the cut (« », a assuré M. Ka ») is
    the person a word of whose name it begins, and keeps the quote; the mentions of knowledge-base entities stay (a
    whole name matched)."""
    cut = unfinished_end(table.text, art.kb, art.lang)
    if cut is None:
        return
    ents = list(table.ents.values())
    for ent in ents:
        if ent["id"].startswith(KB_ID):
            continue
        cut_off = [m for m in ent["mentions"] if m["end"] > cut]
        whole = [m for m in ent["mentions"] if m["end"] <= cut]
        if not cut_off or ent["type"] == "PERSON" and whole:
            continue
        ent["mentions"] = whole
        if ent["type"] != "PERSON":
            continue
        word = table.text[cut:].strip()
        person = next((e for e in ents if e is not ent and e["type"] == "PERSON" and _named(word, e)), None)
        if person is not None:
            person["mentions"].extend(m for m in cut_off if m not in person["mentions"])


def _named(word: str, person: Entity) -> bool:
    """Whether the unfinished ``word`` begins a longer word of a mention of ``person``."""
    return any(w.startswith(word) and len(w) > len(word) for m in person["mentions"] for w in m["text"].split())


__all__ = ["cut_mentions", "unfinished_end"]
