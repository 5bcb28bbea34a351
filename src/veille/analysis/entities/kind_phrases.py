"""A place printed with a lowercase noun of its kind, in French before « de » (« le district de Valmont », « la
province d'Adrava », « la vallée de Kolbe », « l'aéroport international de Lacville »; ``entities.json``
``place_phrase_heads``), in English right after the name ("the Kolbe region", "the Valmont district";
``place_phrase_kinds_after``), read for the article's own language, is mentioned by the whole phrase too: the NER
reads the name alone, and the golds list such a place either by its bare name or by the phrase (« district de
Valmont », "Valmont district"), so that both name it, as a type noun right before a name does
(:mod:`.typed_places`). The bare name stays a mention of its own. Only a definite noun (« un district de Lacville »,
"a Lacville district" is one of the city's districts), only a place that is no state (« le territoire du Mali »
names the state), and not where another entity holds a word of the phrase (« l'aéroport de Melsbroek » read as a
facility of its own, :mod:`.facilities`).

A bare name the NER read as a person or an organisation that the knowledge base does not know, printed right before
such a kind word ("the Valmont pipeline", "the Kolbe refugee camp", "the Dorra crossing"), is mentioned with it too:
the NER labels the bare proper name of a facility or a district by its form. A person so read is that place; an
organisation keeps its label (an organisation named for its district may act in the text's events).

A name printed right after a definite lowercase noun of its kind, with no « de » between (« la force Barkhane », « le
gang Taliban », « l'hôtel Carlton », « le parti Al Amal »; ``entities.json`` ``kind_nouns_before_names``, read for
the article's own language), is mentioned by the noun and the name too, as the golds list such an operation, group,
party or building by that phrase; the NER reads the name alone, often as a person, which it is not: a person so read
takes the noun's type (an organisation, a place for a building)."""

from __future__ import annotations

import functools

from spacy.tokens import Doc

from ... import lang as langs
from ..kb import COUNTRY_ID
from ..kbnorm import token_norm
from ..tree import tokens
from .kind_nouns import definite, lowercase_end, phrase_words, phrases
from .table import Article, Entity, EntityTable
from .words import FILE, words

#: Id prefixes of the entities made of an NER person or organisation the knowledge base does not know.
_NER_IDS = ("per:", "org:")


@functools.cache
def _heads(code: str) -> tuple[tuple[str, ...], ...]:
    """The kind nouns of language ``code`` (with the qualifiers some take), as tuples of normalised words, longest
    first."""
    return phrases(langs.get(code).json(FILE), "place_phrase_heads")


langs.on_change(_heads.cache_clear)


@functools.cache
def _after(code: str) -> tuple[tuple[str, ...], ...]:
    """The kind words of language ``code`` printed right after a place's name ("district", "refugee camp"), as tuples
    of normalised words, longest first."""
    return phrases(langs.get(code).json(FILE), "place_phrase_kinds_after")


langs.on_change(_after.cache_clear)


@functools.cache
def _before(code: str) -> tuple[tuple[tuple[str, ...], ...], dict[tuple[str, ...], str]]:
    """The kind nouns of language ``code`` printed right before a name, as tuples of normalised words, longest first,
    and the entity type each gives."""
    data = langs.get(code).json(FILE)
    listed = phrases(data, "kind_nouns_before_names")
    given = data.get("kind_nouns_before_names", {})
    return listed, {phrase_words(noun): kind for noun, kind in given.items()}


langs.on_change(_before.cache_clear)


def _kind_end(doc: Doc, k: int, j: int, after: tuple[tuple[str, ...], ...]) -> int | None:
    """The end of the kind words printed right after the name at tokens [k, j) ("the Tigray region", "the Kolbe
    refugee camp"), if any."""
    if j >= len(doc) or (end := lowercase_end(doc, j, after)) == j:
        return None
    if k > 0 and "Ind" in doc[k - 1].morph.get("Definite", []):
        return None  # "a Kabul district": one of the city's
    return end


def _phrase_start(doc: Doc, k: int, heads: tuple[tuple[str, ...], ...], code: str) -> int | None:
    """The first token of the definite kind phrase of language ``code`` printed right before token k (« la province
    de » k), if any."""
    w, j = words(), k
    if j > 0 and token_norm(doc[j - 1]) in w.of_det:
        j -= 1
    if j == 0 or token_norm(doc[j - 1]) not in w.of:
        return None
    j -= 1
    for head in heads:
        i = j - len(head)
        if i > 0 and lowercase_end(doc, i, (head,)) == j and definite(doc, i, code):
            return i
    return None


def _noun_start(doc: Doc, k: int, listed: tuple[tuple[str, ...], ...], code: str) -> tuple[int, tuple[str, ...]] | None:
    """The first token of the definite kind noun of language ``code`` printed right before token k (« la force » k),
    and that noun's words, if any."""
    for noun in listed:
        i = k - len(noun)
        if i > 0 and lowercase_end(doc, i, (noun,)) == k and definite(doc, i, code):
            return i, noun
    return None


def _bare(ent: Entity, text: str) -> bool:
    """Is ``text`` the bare name of entity ``ent``, which holds no role ("secretary general of the X public" before
    "sector" is a role phrase)?"""
    return text == ent["name"] and not ent.get("roles")


def kind_phrases(art: Article, table: EntityTable) -> None:
    """Add the kind phrase around each mention of a place (see the module) as one more mention of that place."""
    heads, after, (before, typed) = _heads(art.lang), _after(art.lang), _before(art.lang)
    if not heads and not after and not before:
        return
    doc, toks = art.doc, tokens(art.doc)
    starts = {t.idx: t.i for t in toks}
    ends = {t.idx + len(t): t.i + 1 for t in toks}
    spans = [(m["start"], m["end"]) for e in table.ents.values() for m in e["mentions"]]
    for ent in list(table.ents.values()):
        named = ent["id"].startswith(_NER_IDS)  # a name the NER labelled by its form: its kind word may follow it
        if ent["id"].startswith(COUNTRY_ID):
            continue
        for m in list(ent["mentions"]):
            k, j = starts.get(m["start"]), ends.get(m["end"])
            if k is None or j is None:
                continue
            place, kind = ent["type"] in ("GPE", "LOC"), "LOC"
            if (
                before
                and m["text"][:1].isupper()
                and (not named or _bare(ent, m["text"]))
                and (found := _noun_start(doc, k, before, art.lang)) is not None
            ):
                added, kind = (toks[found[0]].idx, m["start"]), typed[found[1]]  # « la force » before the name
            elif not (place or named):
                continue
            elif place and heads and (i := _phrase_start(doc, k, heads, art.lang)) is not None:
                added = (toks[i].idx, m["start"])  # the kind phrase before the name
            elif (place or _bare(ent, m["text"])) and after and (e := _kind_end(doc, k, j, after)) is not None:
                added = (m["end"], toks[e - 1].idx + len(toks[e - 1]))  # the kind word after it
            else:
                continue
            if any(a < added[1] and added[0] < b for a, b in spans):
                continue  # a word of the phrase is another mention's
            table.mention(ent, min(added[0], m["start"]), max(added[1], m["end"]))
            if named and ent["type"] == "PERSON":
                ent["type"] = kind  # "the Valmont pipeline", « la force Barkhane »: no person
