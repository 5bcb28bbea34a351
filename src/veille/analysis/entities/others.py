"""Organisations and places the knowledge base does not know, from the NER: organisations whose name holds a
state's (:func:`state_named_orgs`), then one entity per unknown organisation or place (:func:`ner_entities`),
a place located by the state named after it ("Davos, en Suisse")."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...record import Entity
from ..kb import COUNTRY_ID, Entry, norm, slug
from ..kbnorm import token_norm
from ..tree import text_of, tokens
from .name_tails import name_tail
from .people import Person
from .scan import Hit
from .spans import FUNCTION_POS, has_kb_words, is_credit_noise, is_junk, plural_role
from .table import Article, EntityTable, NerSpan, gazetteer_id, place_id
from .typed_places import type_noun_before, typed_place
from .words import words


@dataclass
class StateNamedOrgs:
    """NER organisations whose proper name holds a state's name, by token span."""

    code: dict[tuple[int, int], str | None] = field(default_factory=dict)  # -> the state's code
    name: dict[tuple[int, int], str] = field(default_factory=dict)  # -> the name with the state spelt out


def _inner_states(art: Article, hits: list[Hit], by_start: dict[int, Hit], i: int, j: int) -> tuple[int, list[Hit]]:
    """The end of an NER organisation [i, j) and the KB hits of a state inside it, if its name holds one."""
    doc, of = art.doc, words().org_state_of
    nxt = by_start.get(j + 1)
    if (
        j + 1 < len(doc)
        and token_norm(doc[j]) in of
        and nxt
        and nxt.kind == "entity"
        and nxt.entries[0].kind == "country"
        and not any(h.i < j and h.j > i for h in hits)
    ):
        return nxt.j, [nxt]  # "The Law Society" + "of Kenya"
    inner = [h for h in hits if h.i < j and h.j > i]
    if _head_first(art, inner, i, j):  # the state's hit first; the head's own hit is dropped with it
        return j, sorted(inner, key=lambda h: h.kind in ("body", "context"))
    if (
        not inner
        or doc[j - 1].is_lower
        or any(h.j == j and token_norm(doc[h.i - 1]) not in of and not _state_last(art, h, i) for h in inner)
        or any(t.is_lower and t.pos_ not in FUNCTION_POS for t in tokens(doc)[i:j])
    ):
        return j, []
    return j, inner


def _state_last(art: Article, h: Hit, i: int) -> bool:
    """Is ``h`` a country closing a name of capitalised words after two of them or more, no demonym or role among
    them ("Global Affairs Canada", "Export Development Canada")?"""
    doc, kb = art.doc, art.kb
    words_before = [t for t in tokens(doc)[i : h.i] if t.is_alpha]
    return (
        h.kind == "entity"
        and h.entries[0].kind == "country"
        and len(words_before) >= 2
        and all(t.text[:1].isupper() for t in words_before)
        and not any(kb.demonym(t.text, art.lang) or kb.role(t.text, art.lang) for t in words_before)
    )


def _head_first(art: Article, inner: list[Hit], i: int, j: int) -> bool:
    """Is NER organisation [i, j) a name led by a capitalised head noun (``org_heads_first``) whose state is a
    demonym right after the head or a country closing the name after its preposition ("Conseil canadien du
    canola", "Gendarmerie royale du Canada", "Agence des services frontaliers du Canada")? The head may be a state
    body's noun or an organisation's context alias ("Gendarmerie", "Agence"): the name is more than either. No
    other hit inside."""
    doc, w = art.doc, words()
    if j - i < 3 or not doc[i].text[:1].isupper() or token_norm(doc[i]) not in w.org_heads_first:
        return False
    states = [h for h in inner if not (h.kind in ("body", "context") and h.i == i and h.j == i + 1)]
    return len(states) == 1 and (
        states[0].kind == "demonym"
        and states[0].i == i + 1
        or states[0].kind == "entity"
        and states[0].entries[0].kind == "country"
        and states[0].j == j
        and token_norm(doc[states[0].i - 1]) in w.of | w.of_det
    )


def _head_alone(art: Article, by_start: dict[int, Hit], i: int) -> int:
    """The end of an organisation named head first whose head alone the NER read ("Conseil" of "une porte-parole du
    Conseil canadien du canola"): the head (``org_heads_first``), the demonym after it, and one common noun after a
    preposition of the name ("du canola"); i + 1 when the words after the head are not such."""
    doc, w = art.doc, words()
    nxt = by_start.get(i + 1)
    if not doc[i].text[:1].isupper() or token_norm(doc[i]) not in w.org_heads_first or not nxt:
        return i + 1
    if nxt.kind != "demonym" or nxt.j != i + 2:
        return i + 1
    k = nxt.j
    if k < len(doc) and token_norm(doc[k]) in w.of:
        k += 1 + (k + 1 < len(doc) and token_norm(doc[k + 1]) in w.of_det)
        if k < len(doc) and doc[k].is_lower and doc[k].pos_ == "NOUN":
            return k + 1
    return nxt.j


def state_named_orgs(
    art: Article, hits: list[Hit], ner: list[NerSpan]
) -> tuple[list[Hit], list[NerSpan], StateNamedOrgs]:
    """Organisations whose proper name holds a state's name ("Guyana Defence Force", "Australian Border Force",
    "Law Society" + "of Kenya", "Gendarmerie royale du Canada"): the NER span wins over the country or demonym
    inside it, which is dropped, and over a context alias after it ("Kenya Union of Teachers": no EU). A French
    body's name the NER cut before its tail runs on over it (:mod:`.name_tails`)."""
    doc, kb = art.doc, art.kb
    by_start = {h.i: h for h in hits}
    found = StateNamedOrgs()
    drop: set[int] = set()
    out = []
    for i, j, label in ner:
        if label == "ORG" and j - i == 1:
            j = _head_alone(art, by_start, i)
        if label != "PERSON" and (tail := name_tail(art, by_start, hits, i, j)):  # « Conseil national » + « pour la … »
            drop.update(id(h) for h in tail.hits)
            j, label = tail.end, "ORG"
            if tail.code:
                found.code[(i, j)] = tail.code
        elif label == "ORG" and j - i >= 2 and not kb.lookup(text_of(doc, i, j), art.lang):
            j, inner = _inner_states(art, hits, by_start, i, j)
            if inner and all(
                h.i >= i
                and h.j <= j
                and (
                    h.kind == "demonym"
                    or h.kind == "entity"
                    and h.entries[0].kind == "country"
                    or h is not inner[0]
                    and h.kind in ("body", "context")
                    and h.i == i  # "Gendarmerie royale du Canada" (_head_first)
                    or h is not inner[0]
                    and h.kind == "context"
                    and inner[0].kind != "context"  # "Kenya Union of Teachers": no mention of the EU
                )
                for h in inner
            ):
                drop.update(id(h) for h in inner)
                first = inner[0]
                found.code[(i, j)] = first.code or first.entries[0].code
                if first.i == i and first.kind == "entity" and text_of(doc, i, first.j).replace(".", "").isupper():
                    # "US Southern Command" -> "United States Southern Command"
                    found.name[(i, j)] = f"{first.entries[0].name} {text_of(doc, first.j, j)}"
        out.append((i, j, label))
    return [h for h in hits if id(h) not in drop], out, found


def located(art: Article, country_at: dict[int, str], j: int) -> str | None:
    """ISO-3 of a state named right after a place: "Davos, en Suisse", "Davos (Switzerland)", "Goma in DR Congo".
    ``country_at``: token index -> ISO-3 of a country name starting there."""
    doc, k = art.doc, j
    if k < len(doc) and doc[k].text in (",", "("):
        k += 1
    if k < len(doc) and token_norm(doc[k]) in words().in_:
        k += 1
    return country_at.get(k) if k > j else None


@dataclass
class _Unknown:
    """The state of :func:`ner_entities`: one entity per normalised surface form, whatever label the NER gave each
    occurrence."""

    art: Article
    table: EntityTable
    country_at: dict[int, str]
    by_form: dict[str, Entity] = field(default_factory=dict)

    def place(self, form: str, name: str, i: int, j: int, after: int) -> None:
        """A place printed ``form`` and named ``name``, mentioned at tokens [i, j) and located by the state named
        after token ``after``."""
        ent = self.by_form.get(norm(name)) or self.table.entity(
            place_id(name), name=name, type="LOC", code=located(self.art, self.country_at, after)
        )
        self.by_form[norm(name)] = self.by_form[norm(form)] = ent
        self.table.tok_mention(ent, i, j)

    def new(self, form: str, ent: Entity, i: int, j: int) -> None:
        """A new entity printed ``form`` at tokens [i, j)."""
        self.by_form[norm(form)] = ent
        self.table.tok_mention(ent, i, j)


def _place_states(table: EntityTable) -> set[str]:
    """The state codes of the places the text has named so far (states, cities, subdivisions)."""
    return {c for e in table.ents.values() if e["type"] in ("GPE", "LOC") and (c := e["code"])}


def _is_city(art: Article, table: EntityTable, text: str, label: str) -> bool:
    """Is an NER organisation a city: "BUJUMBURA, 10 février" (a dateline), or a city or subdivision of a state the
    article names ("Loire-Atlantique" beside "la Vendée")?"""
    kb = art.kb
    if label != "ORG" or kb.lookup(text, art.lang):
        return False
    city = kb.city(text)
    if not city:
        subdivision = kb.subdivision(text)
        return subdivision is not None and subdivision[1] in _place_states(table)
    known = table.ents.get(gazetteer_id(city[2], city[0]))
    return (
        text.isupper()
        or (known is not None and len(known["mentions"]) > 0)
        or any(e["code"] == city[1] for e in table.ents.values() if e["id"].startswith(COUNTRY_ID))
    )


def _organisation(u: _Unknown, i: int, j: int, mentioned: set[str], orgs: StateNamedOrgs) -> None:
    """An NER organisation the KB does not know: a mentioned organisation's context alias ("Defense Alliance"), or an
    organisation of its own (spelt out and given a state when its name holds one)."""
    art, table, doc = u.art, u.table, u.art.doc
    text = text_of(doc, i, j)
    aliases = art.kb.context_alias(doc[j - 1].text, art.lang)
    live: list[Entry] = [e for e in aliases if e.id in mentioned]
    if live:
        table.tok_mention(table.kb_entity(live[0]), i, j)
        return
    if aliases and j - i == 1:  # a bare "Alliance" with no NATO in sight: too vague to be an entity
        return
    name = orgs.name.get((i, j), text)
    u.new(text, table.entity(f"org:{slug(name)}", name=name, type="ORG", country=orgs.code.get((i, j))), i, j)


def _place(u: _Unknown, i: int, j: int) -> None:
    """An NER place: a gazetteer city, a subdivision ("région de Kayes" -> Kayes Region), or a place of its own."""
    table, doc, kb = u.table, u.art.doc, u.art.kb
    text = text_of(doc, i, j)
    city = kb.city(text)
    if city:
        name, code, kind = city
        if shared := kb.city_states(text):  # "Brest": the state the text names, before the most populous
            named = _place_states(table)
            code = next((c for c in shared if c in named), code)
        table.tok_mention(table.entity(gazetteer_id(kind, name), name=name, type="GPE", code=code), i, j)
    elif subdivision := kb.subdivision(text):
        name, code = subdivision
        u.new(text, table.entity(place_id(name), name=name, type="LOC", code=code), i, j)
    elif not has_kb_words(doc, i, j, kb):
        k = i  # "État du Haut-Nil" and "Haut-Nil" are one place, named without the type word
        if j - i > 2 and token_norm(doc[i]) in kb.place_prefixes and token_norm(doc[i + 1]) in words().of:
            k = i + 2
        if k == i:  # « le fleuve Oubangui »: Oubangui, mentioned with its type noun
            k, i = type_noun_before(doc, i, j, table.taken, kb)
        n, end = typed_place(doc, k, j, kb)  # "Fujian province": Fujian, mentioned with its type word
        u.place(text_of(doc, i, end), text_of(doc, k, n), i, end, j)


def _indefinite(art: Article, i: int, j: int) -> bool:
    """Is the one-word name [i, j) a common noun printed with a capital, as the head of a phrase an indefinite
    article opens ("d'un Parlement truffé de pièges", "une Assemblée plus calme")? A proper name takes no
    indefinite article; a name the knowledge base knows and a name qualifying a noun after it ("a Seoul court")
    are left."""
    doc = art.doc
    if j - i != 1 or i == 0 or j < len(doc) and doc[j].pos_ in ("NOUN", "PROPN"):
        return False
    det = doc[i - 1]
    return det.pos_ == "DET" and "Ind" in det.morph.get("Definite", []) and not art.kb.lookup(doc[i].text, art.lang)


def ner_entities(
    art: Article,
    table: EntityTable,
    ner: list[NerSpan],
    people: list[Person],
    mentioned: set[str],
    orgs: StateNamedOrgs,
    country_at: dict[int, str],
) -> None:
    """Entities for the NER's organisations and places not taken yet; a one-word span that is a person's name
    token the NER mislabelled joins that person's names."""
    doc, kb = art.doc, art.kb
    name_tokens: dict[str, Person] = {}
    for p in people:
        for i, j in p.names:
            for t in tokens(doc)[i:j]:
                name_tokens.setdefault(token_norm(t), p)
    u = _Unknown(art, table, country_at)
    heads = {d.start for d in art.context.datelines}  # a dateline's head is a place, even one printed once
    for i, j, label in ner:
        if label == "PERSON" or any(t in table.taken for t in range(i, j)):
            continue
        suffix = kb.place_suffixes.get(token_norm(doc[j])) if j < len(doc) and doc[j].is_lower else None
        if suffix:  # "Anacoco island" -> Anacoco Island, a place whatever the NER label
            u.place(text_of(doc, i, j), f"{text_of(doc, i, j)} {suffix}", i, j + 1, j + 1)
            continue
        text = text_of(doc, i, j)
        if j - i == 1 and norm(text) in name_tokens:  # a person's name the NER mislabelled
            name_tokens[norm(text)].names.append((i, j))
            continue
        if (
            (is_junk(doc, i, j, kb) and not (label == "LOC" and i in heads))
            or label == "ORG"
            and (is_credit_noise(doc, i, j, kb) or plural_role(doc, i, j, kb, art.lang))
            or _indefinite(art, i, j)
        ):
            continue
        if _is_city(art, table, text, label):
            label = "LOC"
        if norm(text) in u.by_form:
            table.tok_mention(u.by_form[norm(text)], i, j)
        elif label == "ORG":
            _organisation(u, i, j, mentioned, orgs)
        else:
            _place(u, i, j)
