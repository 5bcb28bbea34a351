"""Places the statistical NER misses, found from how news prints them (:func:`more_places`); each becomes a place
NER span (:data:`~.table.NerSpan`, label LOC) that the later passes read like the NER's own:

* a street or square (``place_words.tsv``, ``street``): the street word and the name after it, "avenue
  Roustaveli", "rue Félix Martin", "place de l’Indépendance", "rond-point des Lilas"; the street word is part of
  the place's name as printed;
* a place after its type word and "of" (``of``): "the village of Let Yet Kone", "la localité de Tabaré" (the place
  is the name alone);
* a place before a type word that is no part of its name (``after``): "the Fag Attan area", "the Cité Soleil and
  Croix-des-Bouquets districts";
* a facility, named with the words after its name ("Bagram air base", "Entebbe airport", "Unity Square"), unless
  the name is a gazetteer city ("Port-au-Prince airport" names the city);
* a city of the gazetteer (:meth:`~veille.analysis.kb.KnowledgeBase.city`) after a locative preposition ("in
  Kisumu", "à Herstal"), or listed with a place ("in Mombasa, Kisumu and Eldoret", "between Islamabad and
  Colombo").

And :func:`territorial_bodies`: a body named for its territory ("la préfecture de Loire-Atlantique"), an
organisation whose territory is a place of its own.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from ..kb import LANGS, KnowledgeBase, norm, slug
from ..kbnorm import norm_positions, token_norm, token_norms
from ..tree import capitalised, text_of, tokens
from .scan import Hit, in_any_language
from .spans import glued
from .table import Article, EntityTable, NerSpan, place_id
from .words import words

#: Longest place name read after a street or type word, in tokens.
MAX_PLACE_TOKENS = 5


def _capitalised(doc: Doc, k: int, kb: KnowledgeBase) -> bool:
    if not capitalised(doc)[k]:
        return False
    t = tokens(doc)[k]
    return (t.is_alpha or "-" in t.text) and token_norm(t) not in kb.nonentities


def _run(doc: Doc, k: int, kb: KnowledgeBase, particles: bool = False) -> int:
    """The end of a run of capitalised words starting at token k (over hyphens; over name particles when
    ``particles``: "rue Félix le Dantec")."""
    j, w = k, words()
    while j < len(doc) and j - k < MAX_PLACE_TOKENS:
        if _capitalised(doc, j, kb):
            j += 1
        elif j > k and tokens(doc)[j].text in ("-", "‑") and not tokens(doc)[j - 1].whitespace_ and j + 1 < len(doc):
            j += 1
        elif (
            particles
            and j > k
            and tokens(doc)[j].lower_ in w.name_particles
            and j + 1 < len(doc)
            and _capitalised(doc, j + 1, kb)
        ):
            j += 1
        else:
            break
    while j > k and not any(c.isalpha() for c in tokens(doc)[j - 1].text):  # "Maine-et-Loire" is a word, "-" none
        j -= 1
    return j


def _after_of(doc: Doc, k: int) -> int:
    """Token k past an "of" word and its determiner ("de la", "des", "of the"), if any."""
    w = words()
    if k < len(doc) and token_norm(doc[k]) in w.of | w.to:
        k += 1
        if k < len(doc) and token_norm(doc[k]) in w.of_det:
            k += 1
    return k


@functools.cache
def _first_words(vocabulary: frozenset[str]) -> frozenset[str]:
    """The first word of each entry of ``vocabulary`` ("rond" of "rond-point", "air" of "air base")."""
    return frozenset(m.group(0) for w in vocabulary if (m := re.match(r"\w+", w)))


def _type_words(art: Article) -> dict[int, tuple[str, int]]:
    """Token index -> (position in ``place_words.tsv``, end) of each street, body or facility word of the text,
    computed once per text ("rond-point" is three tokens); a facility word may be capitalised ("Unity Square")."""
    found = art.memo.get("type_words")
    if isinstance(found, dict):
        return found
    doc, kb = art.doc, art.kb
    vocabularies = [
        (position, vocabulary, _first_words(vocabulary))  # the first words looked up once, not for every token
        for position, vocabulary in (
            ("street", kb.street_words),
            ("body", frozenset(kb.place_bodies)),
            ("facility", kb.place_facility),
        )
    ]
    words_at: dict[int, tuple[str, int]] = {}
    keys = token_norms(doc)
    for t in tokens(doc):
        if not (t.is_lower or t.is_title):
            continue
        lower, word = t.lower_, keys[t.i]
        for position, vocabulary, firsts in vocabularies:
            if (t.is_lower or position == "facility") and (lower in firsts or word in firsts):
                end = next(
                    (j for j in range(min(len(doc), t.i + 3), t.i, -1) if norm(text_of(doc, t.i, j)) in vocabulary), 0
                )
                if end:
                    words_at[t.i] = (position, end)
                    break
    art.memo["type_words"] = words_at
    return words_at


def _streets(art: Article, found: list[NerSpan]) -> None:
    doc, kb = art.doc, art.kb
    for i, (position, end) in sorted(_type_words(art).items()):
        if position != "street":
            continue
        t = doc[i]
        k = _after_of(doc, end)
        if (
            k >= len(doc)
            or in_any_language(doc[k].text, kb.lookup)  # "la place de la France dans le monde"
            or k > end
            and doc[k].ent_type_ in ("PER", "PERSON")  # "la place de Jean Roe"
            or any(norm(text_of(doc, max(0, t.i - 3), k)).endswith(phrase) for phrase in words().not_streets)
        ):
            continue
        j = _run(doc, k, kb, particles=True)
        if j > k:
            found.append((t.i, j, "LOC"))


def _body_territory(art: Article, i: int) -> tuple[str, int, int] | None:
    """The body word at token i and its territory's tokens [k, j) ("préfecture" "de la" "Vendée"), if any."""
    doc, kb = art.doc, art.kb
    position, end = _type_words(art).get(i, ("", i))
    if position != "body":
        return None
    k = _after_of(doc, end)
    j = _run(doc, k, kb) if end < k < len(doc) else k
    # a territory the knowledge base knows only as a city ("le parquet de Paris") is one too, not a state or an
    # organisation ("l'ambassade de France" is a state body, :mod:`.bodies`)
    if j > k and all(e.kind == "city" for e in (e for lg in LANGS for e in kb.lookup(text_of(doc, k, j), lg))):
        return norm(text_of(doc, i, end)), k, j
    return None


def _typed(art: Article, found: list[NerSpan]) -> None:
    doc, kb = art.doc, art.kb
    type_words = _type_words(art)
    bodies = {i for i, (position, _) in type_words.items() if position == "body"}  # the others give None
    toks, keys = tokens(doc), token_norms(doc)
    # the tokens read below, the others pass none of its tests: a type word's, a word before or after a place
    # ("au nord de", "area")
    read = set(type_words).union(norm_positions(doc, kb.place_of), norm_positions(doc, kb.place_after))
    for t in (toks[i] for i in sorted(read)):
        word = keys[t.i]
        if t.i in bodies and (body := _body_territory(art, t.i)):  # "la préfecture de la Vendée": the territory
            found.append((body[1], body[2], "LOC"))
        elif t.is_lower and word in kb.place_of:
            k = _after_of(doc, t.i + 1)
            if k > t.i + 1 and k < len(doc) and not in_any_language(doc[k].text, kb.lookup, kb.demonym):
                j = _run(doc, k, kb)
                if j > k:
                    found.append((k, j, "LOC"))
        elif t.i > 0 and type_words.get(t.i, ("", 0))[0] == "facility":
            end = type_words[t.i][1]
            # "Bagram air base", "Entebbe airport": the facility, named with its words
            i = t.i
            while i > 0 and t.i - i < MAX_PLACE_TOKENS:
                if _capitalised(doc, i - 1, kb):
                    i -= 1
                elif i > 1 and glued(doc, i - 1):  # "Port-au-Prince airport"
                    i -= 2
                else:
                    break
            if i < t.i and not kb.city(text_of(doc, i, t.i)):  # "Port-au-Prince airport": the city the text names
                found.append((i, end, "LOC"))
        elif t.is_lower and word in kb.place_after:
            # "the Fag Attan area", "the Cité Soleil and Croix-des-Bouquets districts"
            j = t.i
            while j > 0:
                i = j
                while i > 0:
                    if _capitalised(doc, i - 1, kb):
                        i -= 1
                    elif i > 1 and glued(doc, i - 1):  # "Croix-des-Bouquets": a glued word, whatever its case
                        i -= 2
                    else:
                        break
                if i == j or j - i == 1 and art.sent_start(i) == i:
                    break
                if not in_any_language(text_of(doc, i, j), kb.lookup, kb.demonym, kb.role):
                    found.append((i, j, "LOC"))
                if i < 2 or not (doc[i - 1].text == "," or doc[i - 1].lower_ in words().coordinators):
                    break
                j = i - 1


def _listed_cities(art: Article, ner: list[NerSpan], hits: list[Hit], found: list[NerSpan]) -> None:
    doc, kb, w = art.doc, art.kb, words()
    places = {j for _, j, lab in ner + found if lab == "LOC"}
    places |= {h.j for h in hits if h.kind == "entity" and h.entries[0].kind in ("country", "city", "region")}
    covered = {t for i, j, _ in ner + found for t in range(i, j)} | {t for h in hits for t in range(h.i, h.j)}
    locatives, caps = w.locatives | w.city_locatives | w.in_, capitalised(doc)
    for t in tokens(doc):
        if t.i == 0 or not caps[t.i] or t.i in covered or not _capitalised(doc, t.i, kb):  # caps: its first test
            continue
        j = _run(doc, t.i, kb)
        if j == t.i or kb.city(text_of(doc, t.i, j)) is None:
            continue
        prev = doc[t.i - 1]
        listed = (prev.text == "," or prev.lower_ in w.coordinators) and t.i - 1 in places
        if prev.lower_ in locatives or listed:
            found.append((t.i, j, "LOC"))
            places.add(j)
            covered.update(range(t.i, j))


def more_places(art: Article, ner: list[NerSpan], hits: list[Hit]) -> list[NerSpan]:
    """The NER spans with the places of the module docstring added: a street or typed place replaces the NER spans
    it overlaps (whatever their label: "la localité de Tabaré" is no person) unless a KB name lies there; a listed
    city is added where no NER span or KB hit lies."""
    found: list[NerSpan] = []
    _streets(art, found)
    _typed(art, found)
    hit_tokens = {t for h in hits for t in range(h.i, h.j)}
    found = [s for s in found if not any(t in hit_tokens for t in range(s[0], s[1]))]
    out = [s for s in ner if not any(a < s[1] and s[0] < b for a, b, _ in found)] + found
    listed: list[NerSpan] = []
    _listed_cities(art, out, hits, listed)
    return out + listed


def territorial_bodies(art: Article, table: EntityTable) -> None:
    """Organisations named for their territory ("la préfecture de la Vendée" -> Prefecture of Vendée, ``body``
    words of ``place_words.tsv``), mentioned by the whole phrase; the territory is also a place of its own."""
    doc, kb = art.doc, art.kb
    for i in sorted(_type_words(art)):
        t = doc[i]
        body = _body_territory(art, i)
        if body is None:
            continue
        word, k, j = body
        place = text_of(doc, k, j)
        name = kb.place_bodies[word].format(place=place)
        org = table.entity(f"org:{slug(name)}", name=name, type="ORG")
        table.mention(org, t.idx, doc[j - 1].idx + len(doc[j - 1]))
        start = doc[k].idx
        if not any(m["start"] <= start < m["end"] for e in table.ents.values() if e is not org for m in e["mentions"]):
            table.tok_mention(table.entity(place_id(place), name=place, type="LOC"), k, j)
