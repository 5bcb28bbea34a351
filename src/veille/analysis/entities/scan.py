"""The knowledge-base scan: a greedy longest match of KB surfaces (names, context aliases, demonyms, role words,
state bodies) over the tokens of an article, giving one :class:`Hit` per match."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from .. import kb as kbmod
from ..kb import Body, Entry, KnowledgeBase, Role, norm
from ..kbnorm import token_norm, token_norms
from ..tree import capital_word, doc_text, text_of, tokens
from .dictionary import dictionary
from .words import words

#: Canonical roles (:data:`veille.analysis.kb.CANONICAL`) that take a portfolio after them ("minister of Health").
PORTFOLIO_ROLES = ("minister", "secretary", "commissioner")
#: Person labels of the NER schemes of the models (WikiNER, OntoNotes).
PERSON_LABELS = ("PER", "PERSON")
#: Longest ministerial portfolio, in tokens (an invented one: "of Fisheries, Coastal Communities, Rural Affairs
#: and Development").
MAX_PORTFOLIO = 14


@dataclass
class Hit:
    """A KB match over tokens [i, j). Later passes revise it: a seat city may become a context alias, an ambiguous
    demonym gets the state the article names, a body hit grows over the words that give its state."""

    i: int
    j: int
    kind: str  # entity | context | demonym | role | body
    entries: list[Entry] = field(default_factory=list)
    code: str | None = None  # demonym
    role: Role | None = None
    foreign: str | None = None  # language of a role matched from the other language's lexicon
    body: Body | None = None  # state body ("ministère russe de la Défense"); i, j then cover its nationality
    core: tuple[int, int] | None = None  # body: the tokens of the body noun itself
    host: str | None = None  # embassy: ISO-3 of the host state ("embassy in Ottawa")
    host_city: tuple[int, int] | None = None  # embassy: the tokens of a gazetteer city it is in ("... à Montréal")
    host_name: str | None = None  # embassy: the English name of the city it is in, where printed ("in Ottawa")


def country_hits(hits: list[Hit]) -> dict[int, Hit]:
    """The hits that name a country (a knowledge-base entity of that kind), by their first token."""
    return {h.i: h for h in hits if h.kind == "entity" and h.entries[0].kind == "country"}


class Index:
    """Per-language start-word index over the KB surfaces, for a fast longest-match scan."""

    def __init__(self, kb: KnowledgeBase, lang: str) -> None:
        self.first: dict[str, int] = {}  # normalised first word -> most tokens a surface starting with it spans
        self.known: set[str] = set()  # every normalised surface: what is not here is no hit (no lookup needed)
        # the demonyms' keys: a word whose normalised form is not here is no demonym (no lookup needed)
        self.demonyms = frozenset(k for lg in kbmod.name_langs(lang) for k in kb.demonyms[lg])
        foreign_roles = [k for lg in kbmod.LANGS if lg != lang for k in kb.roles[lg]]
        for surface in kb.surfaces(lang) + foreign_roles:
            surface = norm(surface)
            self.known.add(surface)
            words = re.findall(r"\w+'?|[^\w\s]", surface)
            if not words:
                continue
            # spaCy splits words at apostrophes and sometimes at hyphens: index every prefix piece of the first
            # word; the regex word count (hyphens and apostrophes counted apart) plus 2 bounds the token count.
            first = surface.split(" ")[0]
            n = len(words) + 2
            for key in {first, words[0], first.split("-")[0], first.split("'")[0] + "'" if "'" in first else first}:
                if self.first.get(key, 0) < n:
                    self.first[key] = n


_indexes: dict[str, Index] = {}


def index(kb: KnowledgeBase, lang: str) -> Index:
    """The index of ``lang`` (built once per process)."""
    if lang not in _indexes:
        _indexes[lang] = Index(kb, lang)
    return _indexes[lang]


def in_any_language(text: str, *lookups: Callable[[str, str], object]) -> bool:
    """Does one of ``lookups`` (methods of the knowledge base: ``kb.lookup``, ``kb.demonym``...) find ``text`` in
    one of the KB's name languages, whatever the article's language?"""
    return any(look(text, lg) for lg in kbmod.LANGS for look in lookups)


def scan(doc: Doc, kb: KnowledgeBase, lang: str, text: str | None = None) -> list[Hit]:
    """Greedy longest match of KB surfaces over the tokens (``text``: the Doc's text, when the caller has it)."""
    idx, n = index(kb, lang), len(doc)
    text = doc_text(doc) if text is None else text
    toks = tokens(doc)  # each token made once (``doc[i]`` makes a new Token object on every access)
    keys = token_norms(doc)  # and each token's key
    hits: list[Hit] = []
    i = 0  # the first token no hit has taken
    for start in _starts(idx, keys):
        if start < i:
            continue
        i, tok = start, toks[start]
        span_max = 0 if tok.is_space else idx.first.get(keys[i], 0)
        best = None
        for j in range(min(n, i + span_max), i, -1):
            last = toks[j - 1]
            if last.is_space:
                continue
            surface = text[tok.idx : last.idx + len(last)]
            if norm(surface) not in idx.known:
                continue
            best = classify(kb, surface, lang, i, j)
            if best:
                break
        if best and best.kind == "role":
            best = extend_role(doc, kb, lang, best)
            if (cut := state_after_role(doc, kb, lang, best, keys, text)) is not None:
                role, best = cut  # "le président de la République algérienne" is a role, then the state
                hits.append(role)
        elif (
            (best is None or best.kind == "body" and best.j == i + 1)  # "ministère" alone is a body too
            and i + 2 < n
            and keys[i + 1] in idx.demonyms
            and kb.demonym(toks[i + 1].text, lang)
        ):
            best = split_body(doc, kb, lang, i) or best
        if best:
            hits.append(best)
            i = best.j
        else:
            i += 1
    return hits


def _starts(idx: Index, keys: list[str]) -> list[int]:
    """The positions where :func:`scan` may find a hit, in text order: a token whose key opens a KB surface
    (``idx.first``), or the token before a demonym's key that is not the last token (a body split by a nationality,
    :func:`split_body`). No other token starts a hit, so the scan tests only these, not every token."""
    first, demonyms = idx.first, idx.demonyms
    starts = [i for i, key in enumerate(keys) if key in first]
    before = [i - 1 for i, key in enumerate(keys[:-1]) if key in demonyms and i]
    return sorted(set(starts).union(before)) if before else starts


def classify(kb: KnowledgeBase, surface: str, lang: str, i: int, j: int) -> Hit | None:
    """The hit of a surface over tokens [i, j), if the KB knows it: a name first, then a demonym, a role word, a
    state body, a context alias. A name led by an article is read as if the article were lowercase when the word
    after it is (:func:`article_capital`)."""
    named = article_capital(surface) or surface
    entries = kb.lookup(named, lang)
    if entries:
        return Hit(i, j, "entity", entries)
    code = kb.demonym(surface, lang)
    if code:
        return Hit(i, j, "demonym", code=code)
    role = kb.role(surface, lang)
    if role:
        return Hit(i, j, "role", role=role)
    body = kb.body(surface, lang)
    if body:
        return Hit(i, j, "body", body=body)
    entries = kb.context_alias(named, lang)
    if entries:
        return Hit(i, j, "context", entries)
    # A role of the other language printed in title case ("Prime Minister" in an English caption of a
    # French article): safe, as neither language capitalises every word of a role otherwise.
    surface_words = surface.split()
    if len(surface_words) >= 2 and all(w[:1].isupper() for w in surface_words):
        for other in kbmod.LANGS:
            role = kb.role(surface, other) if other != lang else None
            if role:
                return Hit(i, j, "role", role=role, foreign=other)
    return None


#: An article opening a surface, then the first letter of the word after it ("La réunion", "L’union", "The hague").
_ARTICLE_LED = re.compile(r"([^\W\d_]+(?:['’]|\s+))([^\W\d_])")


def article_capital(surface: str) -> str | None:
    """``surface`` with its opening article lowercased, when that article is capitalised and the word after it is
    not: the capital may be the sentence's, no evidence of a name ("La réunion a duré" names no La Réunion, "The
    hague" no city), so a name the KB capitalises after its article is not matched; None for any other surface."""
    m = _ARTICLE_LED.match(surface)
    if m is None or not surface[:1].isupper() or not m.group(2).islower():
        return None
    return surface[:1].lower() + surface[1:] if norm(m.group(1).strip()) in words().articles else None


def extend_role(doc: Doc, kb: KnowledgeBase, lang: str, hit: Hit) -> Hit:
    """'ministre japonais de la Défense': a demonym after the first word of a longer role phrase; 'ministre
    soudanais de la Santé', 'vice-ministre des Affaires étrangères': a ministerial portfolio the lexicon lacks."""
    assert hit.role is not None
    k, code = hit.j, None
    if k < len(doc) and kb.demonym(doc[k].text, lang):
        code = kb.demonym(doc[k].text, lang)
        for j in range(min(len(doc), max(k + 6, _longest(kb, lang, doc, hit.i) + 1)), k + 1, -1):
            surface = text_of(doc, hit.i, k) + " " + text_of(doc, k + 1, j)
            role = kb.role(surface, lang)
            if role:
                return Hit(hit.i, j, "role", role=role, code=code)
        k += 1
    if any(w in hit.role.role for w in PORTFOLIO_ROLES):
        end = portfolio(doc, kb, k)
        printed = any(t.text[:1].isupper() for t in doc[hit.i + 1 : hit.j])  # a portfolio printed in the phrase
        if end is None and k == hit.j and printed and (nxt := _enumerated(doc, kb, k)) is not None:
            end = _portfolio_rest(doc, kb, nxt + 1)  # "ministre des Affaires étrangères, de la Coopération ..."
        if end:
            return Hit(hit.i, end, "role", role=hit.role, code=code)
    return hit


def state_after_role(
    doc: Doc, kb: KnowledgeBase, lang: str, hit: Hit, keys: list[str], text: str
) -> tuple[Hit, Hit] | None:
    """A role phrase ending on a state's head noun (``state_heads``: « le président de la République ») that opens
    the state's name, a longer name of the knowledge base (« le Président de la République Démocratique du
    Congo ») or the head and the state's adjective (« le président de la République algérienne »): the role cut
    back to its longest role before that noun (« président »), then the state's hit. The role had taken the name's
    first word, so the state was missed or its other words read as a person's name. None otherwise."""
    k = hit.j - 1
    if k <= hit.i or keys[k] not in words().state_heads:
        return None
    toks, found, state = tokens(doc), index(kb, lang), None
    for j in range(min(len(doc), k + found.first.get(keys[k], 0)), hit.j, -1):
        surface = text[toks[k].idx : toks[j - 1].idx + len(toks[j - 1])]
        entries = kb.lookup(surface, lang) if norm(surface) in found.known else []
        if entries and entries[0].kind == "country":
            state = Hit(k, j, "entity", entries)
            break
    if state is None and hit.j < len(doc) and (code := kb.demonym(toks[hit.j].text, lang)):
        entry = kb.entry_for_code(code)
        state = Hit(k, hit.j + 1, "entity", [entry]) if entry is not None and entry.kind == "country" else None
    if state is None:
        return None
    for j in range(k, hit.i, -1):
        role = kb.role(text_of(doc, hit.i, j), lang)
        if role:
            return Hit(hit.i, j, "role", role=role, foreign=hit.foreign), state
    return None


def portfolio(doc: Doc, kb: KnowledgeBase, k: int) -> int | None:
    """End of a portfolio printed at token k: 'de la Santé', 'des Affaires étrangères', 'for Energy'."""
    w, n = words(), len(doc)
    if k >= n or token_norm(doc[k]) not in w.of | w.to:
        return None
    k += 1 + (k + 1 < n and token_norm(doc[k + 1]) in w.of_det)
    if (
        k >= n
        or not capital_word(doc[k])
        or doc[k].ent_type_ in PERSON_LABELS
        or in_any_language(doc[k].text, kb.lookup, kb.demonym, kb.context_alias)
        or _name_at(doc, kb, k)
    ):
        return None
    return _portfolio_rest(doc, kb, k + 1)


def _name_at(doc: Doc, kb: KnowledgeBase, k: int) -> bool:
    """Does a knowledge-base name of several words open at token k (« des Nations unies », "of the African
    Union")? Then the words after a role are the organisation it belongs to, not a portfolio the lexicon lacks."""
    return any(in_any_language(text_of(doc, k, j), kb.lookup) for j in range(k + 2, min(len(doc), k + 5) + 1))


def _portfolio_rest(doc: Doc, kb: KnowledgeBase, j: int) -> int:
    """The end of a portfolio going on at token j: its adjectives, capitalised words and enumerated parts."""
    k, n = j, len(doc)
    while j < n and j - k < MAX_PORTFOLIO:
        t = doc[j]
        if t.is_lower and t.pos_ == "ADJ":  # "Affaires étrangères"
            j += 1
        elif _portfolio_word(doc, kb, j):  # "Foreign Affairs", "Public Safety"
            j += 1
        elif (nxt := _enumerated(doc, kb, j)) is not None:  # "of Public Safety, Democratic Institutions and ..."
            j = nxt + 1
        else:
            break
    return j - _trailing_name(doc, k, j)


def _trailing_name(doc: Doc, k: int, j: int) -> int:
    """How many words ending the portfolio at tokens [k, j) are a person's name the NER missed ("of Economic
    Development <first> <last>"): two or three capitalised words no dictionary of the language knows, ending the
    portfolio's capitalised run, after at least one word of the portfolio that the dictionary knows; else 0."""
    known, m = dictionary(doc.lang_), 0
    while m < 3 and j - m - 1 > k and doc[j - m - 1].is_alpha and not doc[j - m - 1].text.isupper():
        if doc[j - m - 1].lower_ in known or not doc[j - m - 1].text[:1].isupper():
            break
        m += 1
    if m < 2 or doc[j - m - 1].lower_ not in known or (j < len(doc) and capital_word(doc[j])):
        return 0
    return m


def _portfolio_word(doc: Doc, kb: KnowledgeBase, k: int, peoples: bool = False) -> bool:
    """A capitalised word going on with a portfolio: no person's name (as the NER tags it), no KB entity; a people
    ("des Marocains résidant à l’étranger") when ``peoples``."""
    t = doc[k]
    return (
        t.is_alpha
        and t.text[:1].isupper()
        and t.ent_type_ not in PERSON_LABELS
        and not in_any_language(t.text, kb.lookup, kb.context_alias, kb.role)
        and (peoples or not in_any_language(t.text, kb.demonym))
    )


def _enumerated(doc: Doc, kb: KnowledgeBase, k: int) -> int | None:
    """Where a portfolio enumeration goes on after the comma or conjunction at token k: ", de la Coopération",
    "and Intergovernmental Affairs", ", Democratic Institutions and ..." (a comma needs a preposition after it or
    a conjunction closing the list), or None."""
    w, n = words(), len(doc)
    if k >= n or (doc[k].text != "," and doc[k].lower_ not in w.coordinators):
        return None  # the phrase ends the text (a headline, a caption)
    m = k + 1
    prep = m < n and token_norm(doc[m]) in w.of | w.to
    m += prep
    m += m < n and token_norm(doc[m]) in w.of_det
    if m >= n or not _portfolio_word(doc, kb, m, peoples=prep):
        return None
    if doc[k].text == "," and not prep:
        r = m
        while r < n and _portfolio_word(doc, kb, r):
            r += 1
        if not (r + 1 < n and doc[r].lower_ in w.coordinators and _portfolio_word(doc, kb, r + 1)):
            return None
    return m


def _longest(kb: KnowledgeBase, lang: str, doc: Doc, i: int) -> int:
    """The end of the longest knowledge-base surface that could open at token i, its first word's bound in the
    index (« ministre de l’Europe et des Affaires étrangères »: more words than a nationality's search went over)."""
    return i + index(kb, lang).first.get(token_norm(doc[i]), 0)


def split_body(doc: Doc, kb: KnowledgeBase, lang: str, i: int) -> Hit | None:
    """'ministère russe de la Défense': a body name split by a nationality after its first word."""
    for j in range(min(len(doc), max(i + 8, _longest(kb, lang, doc, i) + 1)), i + 2, -1):
        body = kb.body(tokens(doc)[i].text + " " + text_of(doc, i + 2, j), lang)
        if body:
            return Hit(i, j, "body", code=kb.demonym(tokens(doc)[i + 1].text, lang), body=body)
    return None
