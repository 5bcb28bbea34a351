"""A facility named by its lowercase type noun, the qualifiers of that type and a proper name, right after the noun
or after « de » (« l'aéroport Ben Gourion », « l'aérodrome de Valmont », « l'école de gendarmerie de Valmont »;
``entities.json`` ``facility_heads`` and ``facility_qualifiers``, read for the article's own language: French,
whose print keeps the type noun lowercase, where English capitalises it and the NER reads the whole name) is one
place under that whole name, as the French golds list it; a place named inside stays a place of its own. Only a
definite noun (« une école de Lacville » is one of its schools), and not when the name after « de » is a city's of
the knowledge base or its gazetteer (« l'aéroport de Bamako », « la base aérienne de Niamey »: the city's, as the
golds leave them), a state's or an organisation's, or a person's after an unqualified noun (« l'école de Jules X »;
the NER may take a place for a person after « l'école de gendarmerie de »), nor where an entity already holds a
mention across the phrase's edges."""

from __future__ import annotations

import functools

from spacy.tokens import Doc

from ... import lang as langs
from ...record import Mention
from ..kbnorm import norm_positions, token_norm
from ..tree import capital_word, text_of
from .kind_nouns import definite, lowercase_end, phrases
from .table import Article, EntityTable, place_id
from .words import FILE, words

#: Most capitalised words of the name.
MAX_NAME_WORDS = 4


@functools.cache
def _lexicon(code: str) -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...], frozenset[tuple[str, ...]]]:
    """The facility heads (the direct ones among them), qualifiers and direct heads of language ``code``, as tuples
    of normalised words, longest first."""
    data = langs.get(code).json(FILE)
    direct = phrases(data, "facility_direct_heads")
    heads = tuple(sorted({*phrases(data, "facility_heads"), *direct}, key=len, reverse=True))
    return heads, phrases(data, "facility_qualifiers"), frozenset(direct)


langs.on_change(_lexicon.cache_clear)


@functools.cache
def head_words(code: str) -> frozenset[str]:
    """The first words of language ``code``'s facility heads (« aéroport », « hôpital », « base »): a place the NER
    read opening on one is this module's to name."""
    return frozenset(h[0] for h in _lexicon(code)[0])


langs.on_change(head_words.cache_clear)


def _name_end(doc: Doc, k: int) -> int:
    """The end of the run of capitalised words (over inner hyphens) from token k."""
    j = k
    while j < len(doc) and j - k < MAX_NAME_WORDS:
        t = doc[j]
        if capital_word(t) or j > k and "-" in t.text and t.text[:1].isupper():
            j += 1
        elif j > k and t.text == "-" and not doc[j - 1].whitespace_ and j + 1 < len(doc):
            j += 1
        else:
            break
    while j > k and not doc[j - 1].is_alpha and "-" not in doc[j - 1].text[1:]:
        j -= 1
    return j


def _spans(art: Article) -> list[tuple[int, int, int, bool]]:
    """(start, name start, end, whether its head is a direct one) of each facility phrase."""
    doc, kb, w = art.doc, art.kb, words()
    heads, qualifiers, direct = _lexicon(art.lang)
    people = [(e.start, e.end) for e in art.ents if e.label_ in ("PER", "PERSON")]
    firsts = {p[0] for p in heads}
    found = []
    for t in (doc[i] for i in norm_positions(doc, firsts)):  # the positions of a head's first word only
        if not t.text[:1].islower() or not definite(doc, t.i, art.lang):
            continue
        k = lowercase_end(doc, t.i, heads)
        if k == t.i:
            continue
        is_direct = tuple(token_norm(x) for x in doc[t.i : k]) in direct
        qualified = k
        while (q := lowercase_end(doc, k, qualifiers)) > k:
            k = q
        qualified = k > qualified
        after_of = k < len(doc) and token_norm(doc[k]) in w.of
        if after_of and is_direct:
            continue  # « le camp de X »: a side
        if after_of:
            k += 1
            if k < len(doc) and token_norm(doc[k]) in w.of_det:
                k += 1
        j = _name_end(doc, k)
        if j == k:
            continue
        name = text_of(doc, k, j)
        if is_direct and any(len(x) > 1 and x.isupper() for x in name.split()):
            continue  # « le camp MAGA »: a movement's or a leader's initials, a side
        if after_of and (kb.city(name) or any(e.kind in ("country", "org", "city") for e in kb.lookup(name, art.lang))):
            continue  # « l'aéroport de Bamako »: the city's, no name of its own; « l'hôpital de l'ONU »
        if after_of and not qualified and any(a < j and k < b for a, b in people):
            continue  # « l'école de Jules X »: named after him, or his (« l'école de gendarmerie de X » is a place's)
        found.append((t.i, k, j, is_direct))
    return found


def facility_places(art: Article, table: EntityTable) -> None:
    """Add each facility phrase (see the module) as a place, unless an entity's mention crosses its edges, or, after
    a direct head, the name is a person the article names elsewhere too (« le camp X » after X: his side); there, a
    person named only inside the facility's name is its namesake, no entity of the article."""
    if not _lexicon(art.lang)[0]:
        return
    doc = art.doc
    for i, _, j, direct in _spans(art):
        start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])

        def inside(m: Mention) -> bool:
            return start <= m["start"] and m["end"] <= end  # noqa: B023 (read in this iteration only)

        if any(
            m["start"] < end and start < m["end"] and not inside(m) or (m["start"], m["end"]) == (start, end)
            for e in table.ents.values()
            for m in e["mentions"]
        ):
            continue
        named = [e for e in table.ents.values() if any(inside(m) for m in e["mentions"])]
        if direct and any(not all(inside(m) for m in e["mentions"]) for e in named):
            continue
        for e in named if direct else ():
            if e["type"] == "PERSON" and not e["id"].startswith("kb:"):
                del table.ents[e["id"]]
        name = art.text[start:end]
        table.mention(table.entity(place_id(name), name=name, type="LOC"), start, end)
