"""A United Nations mission named by what it is and where it serves (issue 12, stop 42): « la mission de l'ONU en
Libye », « la mission onusienne au Mali », "the UN mission in Libya" are the mission ``data/kb/un_missions.tsv``
lists for that state, and so is a bare « la mission de l'ONU » in a text whose home state it serves
(:func:`veille.analysis.context.home_state`). Only after a definite article ("une mission de l'ONU" is a visit,
"Russia's UN mission" a state's mission to the UN), and only where the table gives the state one mission."""

from __future__ import annotations

import functools
from collections import defaultdict

from ...datafiles import DATA, read_table
from ..context import home_state
from ..kbnorm import norm, norm_positions, token_norm
from ..tree import text_of
from .scan import Hit, country_hits
from .table import Article, EntityTable
from .words import words

UN_MISSIONS = DATA / "kb" / "un_missions.tsv"
#: Most tokens a phrase of the table spans ("mission des Nations unies": the tokenizer may split its apostrophes).
_LONGEST = 7


@functools.cache
def _table() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """(language -> the phrases naming a UN mission, normalised; ISO-3 -> the codes of the missions serving it)."""
    phrases: dict[str, list[str]] = defaultdict(list)
    hosts: dict[str, list[str]] = defaultdict(list)
    for row in read_table(UN_MISSIONS):
        if row["kind"] == "phrase":
            phrases[row["key"]].append(norm(row["value"]))
        elif row["kind"] == "host":
            hosts[row["key"]].extend(c for c in row["value"].split("|") if c)
    return {k: tuple(v) for k, v in phrases.items()}, {k: tuple(v) for k, v in hosts.items()}


def _phrase_end(art: Article, i: int, phrases: tuple[str, ...]) -> int | None:
    """The end of a phrase of the table starting at token i, or None."""
    doc = art.doc
    for j in range(min(len(doc), i + _LONGEST), i, -1):
        if norm(text_of(doc, i, j)) in phrases:
            return j
    return None


def un_missions(art: Article, table: EntityTable, hits: list[Hit]) -> None:
    """Add each UN mission the text names by a phrase of the table, and the state it serves, to ``table``."""
    phrases_by_lang, hosts = _table()
    phrases = phrases_by_lang.get(art.lang, ())
    if not phrases:
        return
    doc, w, kb = art.doc, words(), art.kb
    countries = country_hits(hits)
    firsts = {p.split()[0] for p in phrases}
    home: list[str | None] = []
    for i in norm_positions(doc, firsts):
        if i == 0 or token_norm(doc[i - 1]) not in w.definite:
            continue  # a phrase's first word after a definite article: the positions of its first words only
        if (j := _phrase_end(art, i, phrases)) is None:
            continue
        end, state = j, None
        if j + 1 < len(doc) and token_norm(doc[j]) in w.in_ and (country := countries.get(j + 1)) is not None:
            end, state = country.j, country.entries[0].code
        elif j < len(doc) and doc[j].is_alpha and doc[j].pos_ in ("ADJ", "PROPN", "ADP"):
            continue  # "la mission de l'ONU pour le Sahel", another host or body: not the bare mission
        else:
            if not home:
                home.append(home_state(table.ents.values()))
            state = home[0]
        missions = hosts.get(state or "", ())
        entry = kb.entry_for_code(missions[0]) if len(missions) == 1 else None
        if entry is None:
            continue
        ent = table.kb_entity(entry)
        table.mention(ent, doc[i].idx, doc[end - 1].idx + len(doc[end - 1]))
        table.take(i, j)


__all__ = ["un_missions"]
