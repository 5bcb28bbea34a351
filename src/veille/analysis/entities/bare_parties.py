"""Parties named by a bare word (issue 12, stop 53): "Labour", "Labor", "the Conservatives", "the Tories", "the
Liberals" name a political party in the English-language press of the states where the word names one
(``data/kb/party_names.tsv``), and the real-news golds list the party, its word as mention ("Labour MP X",
"Labor's spokeswoman", "a split among the Conservatives"). The NER reads such a word as a group (NORP), a person, an
organisation that no later pass keeps, or nothing.

A word of the table, printed as the table writes it, is the party of the state the text names (a state, its
demonym or its capital: the body's mentions, and the headline's or a caption's own with the body's), the one named
most where the word names a party in several of them; in a text that names none of those states it is no party
("Labor unions" in an American story). Never inside a longer name the NER or the knowledge base reads ("Labour
Day", "the Department of Labor", "International Labour Organization"), nor a word already taken.

A party is no body of its state: it acts in events under its own code where the table gives one ("ALP"), else
under none, so that an opposition party's quarrel with another party is no act of the state (the real-news golds
code a party's demand on the government under the party's code, and leave the parties' quarrels uncoded)."""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from ...datafiles import DATA, read_table
from ...record import Entity
from ..kb import slug
from ..tree import tokens
from .scan import Hit
from .table import Article, EntityTable, NerSpan

PARTY_NAMES = DATA / "kb" / "party_names.tsv"


class Party(NamedTuple):
    state: str  # ISO-3
    code: str | None
    sector: str | None
    name: str  # English


@functools.cache
def _parties() -> dict[tuple[str, str], tuple[Party, ...]]:
    """(language, word as printed) -> the parties it names, one per state."""
    found: dict[tuple[str, str], list[Party]] = defaultdict(list)
    for row in read_table(PARTY_NAMES):
        party = Party(row["state"], row["code"] or None, row["sector"] or None, row["party"])
        found[(row["lang"], row["name"])].append(party)
    return {k: tuple(v) for k, v in found.items()}


def state_mentions(entities: Iterable[Entity]) -> Counter[str]:
    """ISO-3 -> mentions of the places carrying that state's code (the state, its demonym, its cities)."""
    counts: Counter[str] = Counter()
    for e in entities:
        if e["type"] == "GPE" and (code := e["code"]) and len(code) == 3:
            counts[code] += len(e["mentions"])
    return counts


def _party(parties: tuple[Party, ...], named: Counter[str]) -> Party | None:
    """The party of the state named most among those the word names a party in (the first listed on a tie)."""
    best = max(parties, key=lambda p: named[p.state])
    return best if named[best.state] else None


def bare_parties(
    art: Article, table: EntityTable, ner: list[NerSpan], hits: list[Hit], states: Mapping[str, int] | None = None
) -> list[NerSpan]:
    """Read the table's bare party words as mentions of their party (module docstring); ``states``: mentions of each
    state in the article's other texts (the body's, for a headline or a caption). Returns the NER spans less those
    the party words were alone in."""
    table_of = _parties()
    doc = art.doc
    words = [t for t in tokens(doc) if (art.lang, t.text) in table_of and t.i not in table.taken]
    if not words:
        return ner
    named = state_mentions(table.ents.values()) + Counter(states or {})
    longer = [(s.start, s.end) for s in art.ents if s.end - s.start > 1]
    longer += [(i, j) for i, j, _ in ner if j - i > 1]
    longer += [(h.i, h.j) for h in hits]
    read: set[int] = set()
    for t in words:
        if any(i <= t.i < j for i, j in longer):
            continue
        party = _party(table_of[(art.lang, t.text)], named)
        if party is None:
            continue
        ent = table.entity(
            f"org:{slug(party.name)}",
            name=party.name,
            type="ORG",
            code=party.code,  # no state's body: its own code, or none (``country`` would make it act for its state)
            sector=party.sector,
        )
        table.tok_mention(ent, t.i, t.i + 1)
        read.add(t.i)
    return [s for s in ner if not (s[1] - s[0] == 1 and s[0] in read)]
