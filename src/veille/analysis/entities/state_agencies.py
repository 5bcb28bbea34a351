"""A state's official news agency named by what it is and the state it serves (issue 12, stop 43): « l'Agence de
presse algérienne », « l'agence de presse publique marocaine », « l'agence d'information nationale du
Sénégal », "the official Moroccan news agency", "Algeria's state news agency" are the agency ``data/kb/state_agencies
.tsv`` gives that state, as the real-news golds list it (by its own name, the description as its mention).

French: a definite article, a head of the table (« agence de presse »; a bare « agence » only with an official
qualifier: « l'agence américaine » is any agency), qualifiers, then the state's adjective or « du » and the state.
English: a definite article or the state and its "'s", qualifiers, the state's adjective, then a head ("news
agency"). Never where a name follows the phrase (« l'agence russe Interfax », "the state news agency
KCNA": the name says which), nor for a state the table leaves out (several agencies, or none known)."""

from __future__ import annotations

import functools
from collections import defaultdict
from typing import NamedTuple

from ...datafiles import DATA, read_table
from ..kbnorm import norm, norm_positions, token_norm
from ..tree import text_of
from .scan import Hit, country_hits
from .table import Article, EntityTable
from .words import words

STATE_AGENCIES = DATA / "kb" / "state_agencies.tsv"
#: Most tokens a head of the table spans (« agence d'information »: the tokenizer may split its apostrophe).
_LONGEST = 4
#: Most qualifiers read on either side of the state.
_MAX_QUALIFIERS = 4


class _Table(NamedTuple):
    heads: dict[str, tuple[str, ...]]  # language -> the heads, normalised, longest first
    bare: dict[str, frozenset[str]]  # language -> the heads that need a qualifier
    qualifiers: dict[str, frozenset[str]]  # language -> the qualifier words, normalised
    agencies: dict[str, str]  # ISO-3 -> orgs.tsv code


@functools.cache
def _table() -> _Table:
    lists: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    agencies: dict[str, str] = {}
    for row in read_table(STATE_AGENCIES):
        if row["kind"] == "agency":
            agencies[row["key"]] = row["value"]
        else:
            lists[row["kind"]][row["key"]].append(norm(row["value"]) or row["value"])
    heads = {k: tuple(sorted(v, key=lambda p: -len(p.split()))) for k, v in lists["head"].items()}
    return _Table(
        heads,
        {k: frozenset(v) for k, v in lists["bare"].items()},
        {k: frozenset(v) for k, v in lists["qualifier"].items()},
        agencies,
    )


def _head_end(art: Article, i: int, heads: tuple[str, ...]) -> tuple[int, str] | None:
    """(end, head) of the longest head of the table starting at token i, or None."""
    doc = art.doc
    for j in range(min(len(doc), i + _LONGEST), i, -1):
        if (head := norm(text_of(doc, i, j))) in heads:
            return j, head
    return None


def _skip(art: Article, k: int, step: int, qualifiers: frozenset[str]) -> tuple[int, bool]:
    """(the first token from k, going by ``step``, that is no qualifier; whether one was skipped)."""
    doc, n = art.doc, 0
    while 0 <= k < len(doc) and n < _MAX_QUALIFIERS and token_norm(doc[k]) in qualifiers:
        k, n = k + step, n + 1
    return k, n > 0


def _named_after(art: Article, end: int) -> bool:
    """Does a name follow the phrase ending at ``end`` (« … russe Interfax », "… agency KCNA")?"""
    doc = art.doc
    return end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()


def _french(art: Article, i: int, countries: dict[int, Hit], t: _Table) -> tuple[int, int, str] | None:
    """(start, end, ISO-3) of a French phrase whose head starts at token i."""
    doc, w = art.doc, words()
    if i == 0 or token_norm(doc[i - 1]) not in w.definite:
        return None
    if (found := _head_end(art, i, t.heads.get(art.lang, ()))) is None:
        return None
    j, head = found
    k, qualified = _skip(art, j, 1, t.qualifiers.get(art.lang, frozenset()))
    state = art.kb.demonym(doc[k].text, art.lang) if k < len(doc) else None
    if state is not None:
        end, more = _skip(art, k + 1, 1, t.qualifiers.get(art.lang, frozenset()))
        qualified = qualified or more
    elif k + 1 < len(doc) and token_norm(doc[k]) in w.of and (country := countries.get(k + 1)) is not None:
        end, state = country.j, country.entries[0].code
    else:
        return None
    if state is None or head in t.bare.get(art.lang, frozenset()) and not qualified:
        return None
    return i, end, state


def _english(art: Article, j: int, countries: dict[int, Hit], t: _Table) -> tuple[int, int, str] | None:
    """(start, end, ISO-3) of an English phrase whose head ends at token j (exclusive), before it."""
    doc, w = art.doc, words()
    heads = t.heads.get(art.lang, ())
    h = next(
        (
            j - len(p.split())
            for p in heads
            if j - len(p.split()) >= 0 and norm(text_of(doc, j - len(p.split()), j)) == p
        ),
        None,
    )
    if h is None:
        return None
    qualifiers = t.qualifiers.get(art.lang, frozenset())
    k, _ = _skip(art, h - 1, -1, qualifiers)
    if k < 0:
        return None
    if (state := art.kb.demonym(doc[k].text, art.lang)) is not None:
        start, _ = _skip(art, k - 1, -1, qualifiers)
        if start < 0 or token_norm(doc[start]) not in w.definite:
            return None
        return start + 1, j, state
    if doc[k].text in ("'s", "’s"):
        country = next((c for c in countries.values() if c.j == k), None)
        if country is not None and (code := country.entries[0].code) is not None:
            return country.i, j, code
    return None


def state_agencies(art: Article, table: EntityTable, hits: list[Hit]) -> None:
    """Add each state's official news agency the text names by a phrase of the table to ``table``."""
    t = _table()
    heads = t.heads.get(art.lang, ())
    if not heads:
        return
    doc, kb = art.doc, art.kb
    countries = country_hits(hits)
    french = art.lang == "fr"
    edges = {p.split()[0] if french else p.split()[-1] for p in heads}
    for i in norm_positions(doc, edges):  # a head's first (French) or last (English) word: its positions only
        if i == 0:
            continue
        found = _french(art, i, countries, t) if french else _english(art, i + 1, countries, t)
        if found is None:
            continue
        start, end, state = found
        entry = kb.entry_for_code(t.agencies.get(state))
        if entry is None or _named_after(art, end) or i in table.taken:
            continue  # a head taken: part of a name found before (« l'Agence de presse saoudienne »: SPA)
        table.mention(table.kb_entity(entry), doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
        table.take(start, end)


__all__ = ["state_agencies"]
