"""The statistical NER's entities as cleaned token spans (:data:`~.table.NerSpan`), and the fix-ups of their
labels: place type words, hyphenated places, coordinated places, organisations named with a coordinator,
datelines, lone names of known cities, names wrapped over two lines, titles of media the NER reads as miscellaneous
names; names of documents and of products, which are no entities."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from .. import kb as kbmod
from ..kb import norm
from ..kbnorm import token_norm
from ..tree import capital_word, text_of, tokens
from .name_edges import bordering_words
from .scan import Hit
from .slash_names import slash_sides
from .spans import (
    MAX_NAME_TOKENS,
    clean,
    glued,
    headline_word,
    honorific_before,
    join_hyphens,
    leader_surname,
    name_words,
)
from .table import Article, NerSpan
from .words import words

#: NER labels of the models (WikiNER for French, OntoNotes for English) -> entity type kept; others are dropped.
NER_TYPES = {"PER": "PERSON", "PERSON": "PERSON", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC"}


#: Parts of speech that end the modifiers between a name and a product word: a verb, a determiner, a pronoun or a
#: preposition opens a clause or a phrase of its own ("X said the tanker ...").
CLAUSE_POS = frozenset({"VERB", "AUX", "DET", "PRON", "ADP", "SCONJ"})

#: A model's designation, letters and a number ("C-130", "Su-30", "A400M", "MiG-29"), printed after its owner's name.
MODEL_CODE = re.compile(r"^[A-Z][A-Za-z]{0,2}-?[0-9]{1,4}[A-Z]{0,2}$")

#: A dateline's city is looked up over at most this many tokens ("RIO DE JANEIRO", "PORT-AU-PRINCE").
DATELINE_CITY_TOKENS = 5


def ner_spans(art: Article) -> list[NerSpan]:
    """The NER's persons, organisations and places, cleaned (articles, hyphens) and relabelled by their form."""
    doc, kb = art.doc, art.kb
    toks = tokens(doc)
    ner: list[NerSpan] = []
    for ent in art.ents:
        label = NER_TYPES.get(ent.label_)
        if (
            ent.end < len(doc)
            and toks[ent.end].is_lower
            and token_norm(toks[ent.end]) in kb.place_suffixes
            and not toks[ent.start].is_lower  # "the communist island": an adjective, no name
        ):
            label = "LOC"  # "Kelapa island", whatever the NER label (even NORP)
        if label:
            i, j = join_hyphens(doc, *clean(doc, ent.start, ent.end))
            if j - i > 2 and toks[i].is_lower and glued(doc, i + 1) and toks[i].text in words().stance_prefixes:
                if j - i > 3:  # "pro-Roe PAC": a phrase the prefix makes a common noun, no name ("Anti-Slavery" stays)
                    continue
                i += 2  # "pro-NLP": the one name the prefix qualifies
            while (
                j - i > 1
                and toks[j - 1].is_lower
                and token_norm(toks[j - 1]) in kb.nonentities
                and token_norm(toks[j - 2], accents=True) not in words().leading  # « Conseil … de la défense »
            ):
                j -= 1  # "la Nation mardi": a date word the NER ran into (a lowercase day or month) is no part of it
            j = next((k for k in range(i, j) if headline_word(toks[k])), j)  # "Vows Crackdown": a headline's words
            if label == "ORG" and j - i > 2 and MODEL_CODE.match(toks[j - 1].text):
                j -= 1  # "a Norvian Air Force C-17 landed": a model designation is no part of its owner's name
            if j <= i or j - i > 1 and norm(doc[i:j].text) in kb.nonentities:  # "Euro-Atlantic": several tokens
                continue
            if j - i > 1 and token_norm(toks[i]) in kb.credit_cues:  # "(Photo Reuters)": the credit's agency
                i += 1
                label = "ORG" if kb.lookup(text_of(doc, i, j), art.lang) else label
            if 0 < i < j and toks[i - 1].text in ("N'", "N’") and not toks[i - 1].whitespace_:
                i -= 1  # "N’Djamena": a capital N elided before a name is part of it (French "n’" precedes verbs)
            if i < j and honorific_before(doc, i) < i or j - i == 1 and leader_surname(toks[i].text):
                label = "PERSON"  # "Mr Chukwu", "M. Hollande", a leader's surname: a person, whatever the NER says
            if label == "PERSON":  # "Jane Roe/Reuters": a credit's photographer and agency, no one person
                j = next((k for k in range(i + 1, j) if toks[k].text == "/"), j)
            if label == "PERSON" and any(
                glued(doc, t.i - 1) and glued(doc, t.i + 1) and t.is_lower and t.is_stop for t in tokens(doc)[i:j]
            ):
                label = "LOC"  # "Croix-des-Bouquets", "Port-au-Prince": a hyphenated place, not a person
            for a, b, side_label in slash_sides(art, i, j, label):
                ner.extend(split_coordination(art, a, b, side_label))
    return bordering_words(doc, kb, particle_names(doc, wrapped_names(doc, ner)))


def particle_names(doc: Doc, ner: list[NerSpan]) -> list[NerSpan]:
    """A person's name cut at its particles ("Ingrid von" and "Brack" of "Ingrid von der Brack"): the NER's person
    ends with a name particle (more may follow it), and the particles are followed by a capitalised word (which the
    NER may have read as a place of its own): one name up to that word. A person followed by a particle the NER
    left out is left alone ("Jean Dupont de la France": a preposition)."""
    toks = tokens(doc)
    particles = words().name_particles

    def join(span: NerSpan, by_start: dict[int, NerSpan]) -> tuple[int, NerSpan | None] | None:
        i, j, label = span
        k = j
        while k < len(doc) and toks[k].lower_ in particles and not toks[k].is_sent_start:
            k += 1
        e = j
        while e > i + 1 and toks[e - 1].lower_ in particles:
            e -= 1
        nxt = by_start.get(k)
        if (
            label == "PERSON"
            and e < j
            and k < len(doc)
            and toks[k].is_alpha
            and toks[k].text[:1].isupper()
            and not toks[k].is_sent_start
            and (nxt is None or nxt[1] == k + 1)
        ):
            return k + 1, nxt
        return None

    return _joined_persons(ner, join)


def _joined_persons(
    ner: list[NerSpan], join: Callable[[NerSpan, dict[int, NerSpan]], tuple[int, NerSpan | None] | None]
) -> list[NerSpan]:
    """The NER spans, each span that ``join`` extends (given the spans by their start: the new end and the span it
    swallows, or None) made one person up to that end, the swallowed span dropped."""
    by_start = {s[0]: s for s in ner}
    out: list[NerSpan] = []
    dropped: set[NerSpan] = set()
    for span in ner:
        if span in dropped:
            continue
        joined = join(span, by_start)
        if joined is None:
            out.append(span)
            continue
        end, nxt = joined
        if nxt is not None:
            dropped.add(nxt)
        out.append((span[0], end, "PERSON"))
    return [s for s in out if s not in dropped]


#: Fewest words before a name on its line for the line to be running text wrapped inside the name (a byline or a
#: heading ending with a name is shorter: "By Jane Doe").
MIN_WRAPPED_LINE_WORDS = 5


def orphan_word(doc: Doc, j: int) -> bool:
    """Is the token after the paragraph break at ``j`` a paragraph of its own, one word and its final stop ("...,
    Ramdane\n\nOukaci.\n\n"): the last word of a hard-wrapped sentence the text's cleaning left alone?"""
    toks = tokens(doc)
    k = j + 1
    return (
        toks[j].text.count("\n") == 2
        and k + 1 < len(doc)
        and toks[k + 1].is_punct
        and (k + 2 == len(doc) or toks[k + 2].is_space)
    )


def wrapped_names(doc: Doc, ner: list[NerSpan]) -> list[NerSpan]:
    """A person's name broken by a line break of hard-wrapped text ("... de l'UA, Ramdane\\nOukaci."): the name
    ends its line with no punctuation, in the middle of a line of running text, and the next line opens with a
    capitalised word: one name across the break (the NER saw two, or one and a word)."""
    toks = tokens(doc)

    def join(span: NerSpan, by_start: dict[int, NerSpan]) -> tuple[int, NerSpan | None] | None:
        i, j, label = span
        while j - i > 1 and toks[j - 1].is_space:  # the NER's span may hold the line break ("Ramdane\n")
            j -= 1
        k = j + 1  # past the line break
        nxt = by_start.get(k)
        if (
            k < len(doc)
            and (
                label == "PERSON"
                or j - i == 1  # "Ramdane" alone may be read as a place: the name goes on with a person, or ends
                and (nxt is not None and nxt[2] == "PERSON" or k + 1 < len(doc) and toks[k + 1].is_punct)
            )
            and toks[j].is_space
            and (toks[j].text.count("\n") == 1 or orphan_word(doc, j))
            and not toks[j - 1].whitespace_
            and toks[k].text[:1].isupper()
            and toks[k].is_alpha
            and (toks[k].pos_ in ("PROPN", "NOUN") or k in by_start)
            and name_words(doc, i, k + 1) <= MAX_NAME_TOKENS
            and sum(1 for t in doc[toks[i].sent.start if doc.has_annotation("SENT_START") else 0 : i] if t.is_alpha)
            >= MIN_WRAPPED_LINE_WORDS
            and "\n" not in text_of(doc, max(0, i - MIN_WRAPPED_LINE_WORDS), i)
        ):
            return (nxt[1] if nxt is not None and nxt[2] in ("PERSON", "LOC", "ORG") else k + 1), nxt
        return None

    return _joined_persons(ner, join)


def split_coordination(art: Article, i: int, j: int, label: str) -> list[NerSpan]:
    """An NER span joining two known places ("Accra and Freetown", "Lomé et Cotonou") is two places."""
    doc, kb, coordinators = art.doc, art.kb, words().coordinators
    for k in range(i + 1, j - 1):
        if doc[k].lower_ in coordinators and all(
            kb.city(text_of(doc, a, b))
            or any(e.kind in ("country", "city", "region") for e in kb.lookup(text_of(doc, a, b), art.lang))
            for a, b in ((i, k), (k + 1, j))
        ):
            return [(i, k, "LOC"), (k + 1, j, "LOC")]
    return [(i, j, label)]


def coordinated_subdivisions(art: Article, ner: list[NerSpan]) -> list[NerSpan]:
    """The NER spans, two places joined by a coordinator that together name a state's subdivision ("Jammu" + "and"
    + "Kashmir", "Newfoundland" + "and" + "Labrador") made one place: the NER cuts the name at the coordinator."""
    doc, kb, coordinators = art.doc, art.kb, words().coordinators
    by_start = {s[0]: s for s in ner if s[2] == "LOC"}
    joined = [
        (i, nxt[1], "LOC")
        for i, j, label in ner
        if label == "LOC"
        and j < len(doc)
        and doc[j].lower_ in coordinators
        and (nxt := by_start.get(j + 1)) is not None
        and kb.subdivision(text_of(doc, i, nxt[1]))
    ]
    return [s for s in ner if not any(a <= s[0] and s[1] <= b for a, b, _ in joined)] + joined


def coordinated_orgs(art: Article, ner: list[NerSpan]) -> tuple[list[NerSpan], list[NerSpan]]:
    """An organisation whose name coordinates two capitalised runs ("Kashan Roads and Harbour Authority", "Norvian
    Trade and Fisheries Ministry", "Ministry of Fisheries and Coastal Affairs"): the NER cuts it at the coordinator
    or keeps one side only. One name when the span after the coordinator ends with an organisation's head word
    (``coordinated_org_heads``), or the span before it opens with one and holds an "of" ("Ministry of ... and"),
    and the capitalised run on the other side names no person and nothing of the knowledge base ("Kenya and Uganda
    Revenue Authority" is two). Returns the spans and the names joined (a state body found inside one is part of
    its name; a demonym gives its state, :func:`~.others.state_named_orgs`)."""
    doc, kb, w = art.doc, art.kb, words()
    toks = tokens(doc)
    persons = [(i, j) for i, j, label in ner if label == "PERSON"]

    def run_ok(a: int, b: int) -> bool:
        text = text_of(doc, a, b)
        return (
            0 < b - a <= MAX_RUN
            and not any(i < b and a < j for i, j in persons)
            and not kb.lookup(text, art.lang)
            and not kb.city(text)
            and not all(kb.demonym(t.text, art.lang) for t in toks[a:b])
            and not any(kb.role(t.text, art.lang) for t in toks[a:b])
        )

    def capitalised(k: int) -> bool:
        return capital_word(toks[k]) and token_norm(toks[k], accents=True) not in w.leading

    joined: list[NerSpan] = []
    for i, j, label in ner:
        if label == "PERSON":
            continue
        c = i - 1
        if 0 < c and toks[c].lower_ in w.coordinators and token_norm(toks[j - 1]) in w.coordinated_org_heads:
            a = c
            while a > art.sent_start(c) and capitalised(a - 1) and c - a < MAX_RUN:
                a -= 1
            if run_ok(a, c):
                joined.append((a, j, "ORG"))
                continue
        c = j - 1 if toks[j - 1].lower_ in w.coordinators else j
        opens = token_norm(toks[i]) in w.coordinated_org_heads and any(token_norm(t) in w.of for t in toks[i:c])
        if opens and c < len(doc) - 1 and toks[c].lower_ in w.coordinators:
            b = c + 1
            while b < len(doc) and capitalised(b) and b - c <= MAX_RUN:
                b += 1
            if run_ok(c + 1, b) and not any(s[0] <= c < s[1] < b for s in ner if s != (i, j, label)):
                joined.append((i, b, "ORG"))
    return [s for s in ner if not any(a <= s[0] and s[1] <= b for a, b, _ in joined)] + joined, joined


#: Most words between a medium's noun and a title after it ("le magazine allemand Stern").
TITLE_GAP = 2
#: Dependency labels of a title governed by an interview noun through its preposition ("en entrevue au Courrier").
_COMPLEMENT = frozenset({"nmod", "obl", "obl:arg", "obl:mod"})


def media_titles(art: Article, ner: list[NerSpan], hits: list[Hit]) -> list[NerSpan]:
    """The NER spans, and an organisation for each title the NER reads as a miscellaneous name (French WikiNER's
    MISC, dropped otherwise) where news names a medium: after a medium's noun ("le magazine allemand Stern",
    ``media_nouns``) or after an interview noun and its preposition ("en entrevue au Courrier",
    ``interview_nouns``). A demonym or a name of the knowledge base is none. A title as the source of a speech verb
    ("…, rapporte Diario Libre") is left out: it would speak the sentence it reports, where the real-news gold
    gives the press as a source no speaker (corpus/real/DISPUTES.md; real2 dev quotes fell)."""
    doc, kb, w = art.doc, art.kb, words()
    taken = {t for i, j, _ in ner for t in range(i, j)} | {t for h in hits for t in range(h.i, h.j)}
    out = list(ner)
    for ent in art.ents:
        if ent.label_ != "MISC":
            continue
        i, j = clean(doc, ent.start, ent.end)
        if ent.start < i and doc[ent.start].pos_ == "DET" and doc[ent.start].text[:1].isupper():
            i = ent.start  # "le quotidien Le Matin": a capitalised article is part of the title
        if (
            j <= i
            or any(t in taken for t in range(i, j))
            or not doc[i].text[:1].isupper()
            or kb.lookup(text_of(doc, i, j), art.lang)
            or any(kb.demonym(t.text, art.lang) for t in doc[i:j])
        ):
            continue
        root = doc[i:j].root
        media = any(
            token_norm(doc[b]) in w.media_nouns and not any(t.is_punct or t.is_space for t in doc[b + 1 : i])
            for b in range(max(0, i - 1 - TITLE_GAP), i)
        )
        interview = root.dep_ in _COMPLEMENT and token_norm(root.head) in w.interview_nouns and root.head.i < i
        if media or interview:
            out.append((i, j, "ORG"))
    return out


#: Most capitalised words before the number of a numbered medium's name ("Rossiya 24", "Khabar 24").
NUMBERED_MEDIUM_WORDS = 2


def numbered_media(art: Article, ner: list[NerSpan], hits: list[Hit]) -> list[NerSpan]:
    """The NER spans, a medium's name made of capitalised words and a number ("Rossiya 24", "Khabar 24") one
    organisation where a medium's noun is printed right before the name ("the state-run channel Rossiya 24", "la
    télévision Rossiya 24") or right after it ("the Khabar 24 TV channel"): the NER cuts the number off, reads the
    name as a person's or misses it. A name of the knowledge base is left to its hit ("France 24")."""
    doc, nouns = art.doc, words().media_nouns
    toks = tokens(doc)  # each token made once (``doc[i]`` makes a new Token on every access)
    taken = {t for h in hits for t in range(h.i, h.j)}
    found: list[NerSpan] = []
    for n in range(1, len(doc)):
        if not (toks[n].is_digit and len(toks[n].text) <= 3) or n in taken:
            continue
        a = n
        while a > 0 and n - a < NUMBERED_MEDIUM_WORDS and capital_word(toks[a - 1]):
            a -= 1
        if a == n or any(t in taken or toks[t].is_stop for t in range(a, n)) or token_norm(toks[a]) in nouns:
            continue
        after = next((k for k in range(n + 1, min(len(doc), n + 3)) if token_norm(toks[k]) in nouns), None)
        before = a > 0 and token_norm(toks[a - 1]) in nouns
        if before or after is not None and all(t.text[:1].isupper() or t.is_upper for t in doc[n + 1 : after]):
            found.append((a, n + 1, "ORG"))
    return [s for s in ner if not any(a < s[1] and s[0] < b for a, b, _ in found)] + found


#: Most capitalised words on the other side of an organisation name's coordinator ("Regional Integration").
MAX_RUN = 3


def dateline_places(art: Article, ner: list[NerSpan], hits: list[Hit]) -> None:
    """The place of each dateline, as a NER span of its own (the datelines are the text context's): the longest
    gazetteer city among its first :data:`DATELINE_CITY_TOKENS` tokens, whatever the NER missed, mislabelled or
    cut ("MONTEVIDEO, 2 juin (AFP) -", "QUITO (AP) —", "CAPE TOWN, South Africa (AP) —": not "PORTO" + "VELHO");
    else its head in capitals up to a comma or a bracket, a town the gazetteer lacks ("BUCHA, Ukraine (AP) —")
    or one the NER took for a person ("DEIR AL-BALAH"). The head of a knowledge-base name is left to its hit
    ("UNITED NATIONS (AP) —")."""
    doc, kb = art.doc, art.kb
    for d in art.context.datelines:
        stop = min(d.dash, d.start + DATELINE_CITY_TOKENS)
        end = next((k for k in range(d.start, stop) if not _head_word(doc[k])), stop)
        if any(h.i < end and d.start < h.j for h in hits):
            continue
        j = next((k for k in range(end, d.start, -1) if kb.city(text_of(doc, d.start, k)) is not None), None)
        if j is None and end < d.dash and all(doc[k].is_upper or doc[k].text == "-" for k in range(d.start, end)):
            j = end  # a town in capitals the gazetteer lacks: the dateline is where the story was filed
        if j is None or len(text_of(doc, d.start, j)) < 3 or norm(text_of(doc, d.start, j)) in kb.nonentities:
            continue  # "APRIL 29 (Reuters) —": a date heads the line, no place
        inside = [s for s in ner if d.start <= s[0] and s[1] <= j]
        if any(s[0] < j and d.start < s[1] and s not in inside for s in ner):
            continue  # a longer name over it
        ner[:] = [s for s in ner if s not in inside]
        ner.append((d.start, j, "LOC"))


def _head_word(t: Token) -> bool:
    """A word of a dateline's place name: letters, or a hyphen or apostrophe inside it ("PORT-AU-PRINCE")."""
    return t.is_alpha or t.text in ("-", "'", "’") or ("-" in t.text and t.text.replace("-", "").isalpha())


def lone_cities(art: Article, ner: list[NerSpan], hits: list[Hit]) -> list[NerSpan]:
    """A lone "person" that is a city of a state the article names is the city ("an allegation Cotonou denied")."""
    doc, kb = art.doc, art.kb
    return [
        (
            i,
            j,
            "LOC"
            if lab == "PERSON"
            and j - i == 1
            and (city := kb.city(doc[i].text))
            and any(h.kind == "entity" and h.entries[0].code == city[1] for h in hits)
            else lab,
        )
        for i, j, lab in ner
    ]


def document_names(art: Article, hits: list[Hit], ner: list[NerSpan]) -> tuple[list[Hit], list[NerSpan]]:
    """Names of documents and agreements ("Convention de Vienne", "Reciprocal Access Agreement", "Arms Control Act
    12"): a name the NER found (whatever its label) whose head word is a document word (``entities.json``:
    ``document_heads_first``, ``document_heads_last``, the latter before a number) is no entity, nor is a
    knowledge-base name inside it (Vienne there is no city)."""
    doc, w = art.doc, words()
    toks = tokens(doc)
    spans = []
    for ent in art.ents:
        i, j = clean(doc, ent.start, ent.end)
        last = j - 2 if j - i >= 3 and toks[j - 1].like_num else j - 1
        if j - i >= 2 and (token_norm(toks[i]) in w.document_first or token_norm(toks[last]) in w.document_last):
            spans.append((i, j))
    if not spans:
        return hits, ner
    hits = [h for h in hits if not any(i <= h.i and h.j <= j for i, j in spans)]
    ner = [s for s in ner if not any(i < s[1] and s[0] < j for i, j in spans)]
    return hits, ner


def _product_after(doc: Doc, j: int) -> bool:
    """Is the name ending at token j followed by a product word, past lowercase (or hyphenated) modifiers,
    coordinated names and numbers ("Javelin systems", "Patriot and NASAMS ... systems", "Orion 7 oil
    rig", "Tern self-propelled guns")?"""
    w = words()
    for k in range(j, min(len(doc), j + 6)):
        t = tokens(doc)[k]
        if token_norm(t) in w.product_after:
            return True
        hyphenated = k > j and tokens(doc)[k - 1].text == "-" and not tokens(doc)[k - 1].whitespace_  # "self-propelled"
        modifier = t.is_lower and t.is_alpha and (t.pos_ not in CLAUSE_POS or hyphenated)  # not "said the tanker"
        if not (modifier or t.lower_ in w.coordinators or t.text[:1].isupper() or t.like_num or t.text == "-"):
            return False
    return False


@functools.cache
def _actors() -> frozenset[str]:
    """The names of the event actors (``actors.tsv``): groups, forces and leaders, never a model of anything."""
    return frozenset(norm(n) for a in kbmod.actors() for n in a.names)


def _counted(art: Article, i: int, j: int) -> bool:
    """Is the one-word name [i, j) counted by a number before it, as the head of its phrase ("l'achat de 24
    Mistral", "six Orvex (quatre en service)", "the two Koreas"), whatever the NER labelled it? Units of a model
    are counted, a body or a place is not; a year ("en 2014 Gazprom a…"), a name the knowledge base knows ("300
    Wagner") and a name before a noun it qualifies ("two Orvex fighters") are left."""
    doc = art.doc
    if j - i != 1 or i == 0 or not doc[i].text[:1].isupper():
        return False
    num = doc[i - 1]
    if not num.like_num or (num.is_digit and int(num.text) >= 1000) or (num.is_alpha and not num.is_lower):
        return False
    if j < len(doc) and doc[j].pos_ not in ("PUNCT", "ADP", "CCONJ"):  # "300 Wagner ont quitté": fighters
        return False
    name = doc[i].text
    return not art.kb.lookup(name, art.lang) and not art.kb.demonym(name, art.lang) and norm(name) not in _actors()


def products(art: Article, ner: list[NerSpan]) -> list[NerSpan]:
    """The NER spans less the names of products, weapons, vehicle models and vessels ("Javelin systems", "chars de
    type Guépard", "36 avions Rafale", "the tanker Ocean Star": ``entities.json``, ``product_before`` and
    ``product_after``; a model's name counted by a number, :func:`_counted`); a name printed so once is a product's
    wherever it is printed ("the Ocean Star tanker ... the Ocean Star")."""
    doc, w = art.doc, words()

    def product(i: int, j: int) -> bool:
        while i > 0 and doc[i - 1].is_quote:  # "the vessel ‘Ocean Star 3’": the name may be quoted
            i -= 1
        before = any(norm(text_of(doc, max(0, i - n), i)) in w.product_before for n in (1, 2))
        return before or token_norm(doc[j - 1]) in w.product_after or _product_after(doc, j)

    named = {norm(text_of(doc, i, j)) for i, j, lab in ner if lab != "LOC" and product(i, j)}
    toks = tokens(doc)
    counted = {norm(toks[k].text) for k in range(1, len(doc)) if toks[k - 1].like_num and _counted(art, k, k + 1)}
    return [
        (i, j, lab)
        for i, j, lab in ner
        if (key := norm(text_of(doc, i, j))) not in counted and (lab == "LOC" or key not in named)
    ]
