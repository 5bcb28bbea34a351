"""KB hits against the NER spans, then the mentions of KB entities: a hit inside a longer name is dropped, a seat
city may stand for the body seated there, an ambiguous demonym takes the state the article names; each remaining
hit becomes a mention of its entity (a demonym one of its country)."""

from __future__ import annotations

from ..kb import Entry
from ..kbnorm import token_norm
from ..tree import text_of, tokens
from .scan import Hit
from .spans import clean, glued, has_kb_words, honorific_before, is_junk, proper_name
from .table import Article, EntityTable, NerSpan
from .words import words


def drop_glued_acronyms(art: Article, hits: list[Hit]) -> list[Hit]:
    """An acronym glued into a hyphenated word is no mention: "PORT-AU-PRINCE" holds no African Union."""
    doc = art.doc
    return [
        h
        for h in hits
        if not (
            h.kind == "entity"
            and h.entries[0].kind == "org"
            and doc[h.i].is_upper
            and (glued(doc, h.i - 1) or glued(doc, h.j))
        )
    ]


def defined_acronyms(art: Article, hits: list[Hit]) -> None:
    """An acronym the knowledge base gives to another organisation, defined in the text by the name of the one it
    stands for there ("the Rapid Support Forces (RSF)": not Reporters Without Borders): that organisation first
    for every hit of the acronym in the text."""
    doc, by_end = art.doc, {h.j: h for h in hits if h.kind == "entity"}
    defined: dict[str, Entry] = {}
    for h in hits:
        long = by_end.get(h.i - 1)
        if (
            h.kind == "entity"
            and long is not None
            and 0 < h.i
            and h.j < len(doc)
            and doc[h.i - 1].text == "("
            and doc[h.j].text == ")"
            and doc[h.i].is_upper
            and long.entries[0].kind == "org"
            and long.entries[0] not in h.entries
        ):
            defined[text_of(doc, h.i, h.j)] = long.entries[0]
    for h in hits:
        if h.kind == "entity" and (e := defined.get(text_of(doc, h.i, h.j))) is not None:
            h.entries = [e, *(x for x in h.entries if x != e)]


def drop_inside_names(art: Article, hits: list[Hit], ner: list[NerSpan]) -> list[Hit]:
    """A multi-word person name beats a KB place inside it ("George Washington", "Michael Jordan"), and so does a
    longer place name of the gazetteer or of a state's subdivisions ("New Jersey" is no mention of Jersey,
    "Northern Ireland" none of Ireland), and an organisation's proper name a region or a city inside it ("North
    Atlantic Council", "G5 Sahel", "Tokyo Electric Power Company"; not a line of cities); nor is a role or
    nationality word inside a person's name a role ("Stephen King"); a name after an honorific is a person's ("M.
    Hollande")."""
    doc, kb = art.doc, art.kb
    persons_ner = [
        (i, j)
        for i, j, lab in ner
        if lab == "PERSON" and j - i >= 2 and not is_junk(doc, i, j, kb) and not has_kb_words(doc, i, j, kb)
    ]
    longer = persons_ner + [
        (i, j)
        for i, j, lab in ner
        if lab == "LOC" and (kb.city(text_of(doc, i, j)) or kb.subdivision(text_of(doc, i, j)))
    ]
    # "North Atlantic Council", "Tokyo Electric Power": an organisation's name beats a region or a city inside it
    named_orgs = [
        (i, j)
        for i, j, lab in ner
        if lab == "ORG"
        and j - i >= 2
        and not kb.lookup(text_of(doc, i, j), art.lang)
        and proper_name(doc, i, j)
        # not only places ("WASHINGTON/JERUSALEM/BEIRUT": a dateline of several cities)
        and any(t.is_alpha and not any(h.i <= t.i < h.j for h in hits) for t in doc[i:j])
    ]
    hits = [
        h
        for h in hits
        if not (h.kind == "entity" and any(i <= h.i and h.j <= j and (i, j) != (h.i, h.j) for i, j in longer))
        and not (
            h.kind == "entity"
            and h.entries[0].kind in ("region", "city")
            and any(i <= h.i and h.j <= j and (i, j) != (h.i, h.j) for i, j in named_orgs)
        )
        and not (h.kind == "entity" and honorific_before(doc, h.i) < h.i)  # "M. Hollande" is a person
    ]
    return [
        h
        for h in hits
        if not (h.kind in ("role", "demonym", "body") and any(i < h.i and h.j <= j for i, j in persons_ner))
    ]


def seat_metonymy(art: Article, hits: list[Hit], mentioned: set[str]) -> None:
    """A seat city used for the body seated there ("Bruxelles soutient le projet", "accused Brussels of"): the
    body's context alias, where the body is named and the city is not the place of a locative."""
    doc, kb, locatives = art.doc, art.kb, words().locatives
    for h in hits:
        if h.kind == "entity" and h.entries[0].kind == "city" and not (h.i > 0 and doc[h.i - 1].lower_ in locatives):
            seated = [e for e in kb.context_alias(text_of(doc, h.i, h.j), art.lang) if e.id in mentioned]
            if seated:
                h.kind, h.entries = "context", seated


def _short_names(art: Article, hits: list[Hit]) -> None:
    """A state's name printed inside the longer name of another state the article names stands for that state:
    "Congo" in a story about the "Democratic Republic of Congo" is no Republic of the Congo."""
    doc = art.doc
    states = [h for h in hits if h.kind == "entity" and h.entries[0].kind == "country"]
    # each state's words normalised once, not once per pair (quadratic in the states a long article names)
    words = [[token_norm(t) for t in tokens(doc)[h.i : h.j] if t.is_alpha] for h in states]
    for h, short in zip(states, words, strict=True):
        n = len(short)
        for g, long in zip(states, words, strict=True):
            code = g.entries[0].code
            if not n or code == h.entries[0].code:
                continue
            if len(long) > n and any(long[k : k + n] == short for k in range(len(long) - n + 1)):
                h.entries = [g.entries[0]]
                break


def resolve_demonyms(art: Article, hits: list[Hit], ner: list[NerSpan]) -> None:
    """An ambiguous demonym ('congolais': COD or COG) stands for the state the article names (by name or by one
    of its cities), else the default; a state's short name stands for the state whose longer name holds it
    (:func:`_short_names`)."""
    _short_names(art, hits)
    doc, kb = art.doc, art.kb
    states = {e.code for h in hits if h.kind == "entity" for e in h.entries[:1]}
    states |= {city[1] for i, j, lab in ner if lab == "LOC" and (city := kb.city(text_of(doc, i, j)))}
    for h in hits:
        if not h.code:
            continue
        for t in doc[h.i : h.j]:
            codes = kb.demonym_codes(t.text, art.lang)
            if h.code in codes and len(codes) > 1:
                h.code = next((c for c in codes if c in states), h.code)


def country_starts(hits: list[Hit]) -> dict[int, str]:
    """Token index -> ISO-3 of a country name starting there."""
    return {
        h.i: code
        for h in hits
        if h.kind == "entity" and h.entries[0].kind == "country" and (code := h.entries[0].code) is not None
    }


def mention_hits(art: Article, table: EntityTable, hits: list[Hit], mentioned: set[str], parents: set[str]) -> None:
    """Mentions of the KB entities hit (an agency in a credit line too: "(AFP)", "Photo : Reuters"), of the country
    of each demonym (alone or in a role phrase), and of the organisation of each live context alias; role phrases
    are taken."""
    doc, kb = art.doc, art.kb
    for h in hits:
        if h.kind == "entity":
            i, j = clean(doc, h.i, h.j)  # "l’OTAN" -> "OTAN", unless the article is part of the name
            if (i, j) != (h.i, h.j) and h.entries[0] not in kb.lookup(text_of(doc, i, j), art.lang):
                i, j = h.i, h.j
            table.tok_mention(table.kb_entity(h.entries[0]), i, j)
        elif h.kind == "demonym" or h.kind == "role" and h.code:
            country = kb.entry_for_code(h.code)
            if country:
                k = (
                    h.i
                    if h.kind == "demonym"
                    else next((k for k in range(h.i, h.j) if kb.demonym(doc[k].text, art.lang) == h.code), h.i)
                )
                end = h.j if h.kind == "demonym" else k + 1
                table.tok_mention(table.kb_entity(country), k, end)
        elif h.kind == "context":
            # "l’Union" once the EU or one of its bodies (Commission européenne) is named
            live: list[Entry] = [e for e in h.entries if e.id in mentioned or e.code and e.code in parents]
            if live:
                table.tok_mention(table.kb_entity(live[0]), *clean(doc, h.i, h.j))
        if h.kind == "role":
            table.take(h.i, h.j)
