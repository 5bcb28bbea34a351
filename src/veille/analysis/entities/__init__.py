"""Within-article entity recognition and linking (French and English).

:func:`recognise` takes the spaCy ``Doc`` of an article body and returns one dict per entity::

    {"id": "kb:org:NATO" | "kb:country:JPN" | "kb:city:tokyo" | "per:shigeru-ishiba" | "org:nsatu" | "loc:...",
     "name": "NATO",              # canonical; the English name for KB entities, the longest full name for persons
     "type": "PERSON" | "ORG" | "GPE" | "LOC",
     "code": "NATO",              # ISO-3 for states and places in them, organisation code, or None
     "wikidata": "Q7184" | None,
     "country": "JPN" | None,     # persons: state ISO-3 or organisation code they act for; organisations and state
                                  # bodies: the state or organisation they belong to (EEAS -> EU, navy -> its state)
     "sector": "GOV" | None,      # persons: PLOVER sector of their role; organisations: IGO, NGO, ...
     "roles": [{"role": "prime minister", "text": "le Premier ministre japonais", "date": "2025-04-09"}],
     "mentions": [{"text": "l’OTAN" -> "OTAN", "start": 10, "end": 14}]}   # offsets index the body

How: statistical NER (spaCy) plus a rule layer over the knowledge base (:mod:`veille.kb`): a longest-match scan
of KB names, demonyms and role words; spans cleaned of articles and prepositions; junk dropped; demonyms are
mentions of their country; capitals and seats of power stay their own entity carrying the state's code
(metonymy); person name variants merged (family name, reversed order); roles read from appositions
("le Premier ministre japonais, Shigeru Ishiba", "Mark Rutte, secrétaire général de l’OTAN"), from
"devenu/named + role" and from definite role phrases ("le chef de l’OTAN") resolved to the latest person
holding a compatible role; context aliases ("l’Alliance") only where the organisation is otherwise named;
acronyms defined in parentheses become organisations. State bodies named by a common noun ("le ministère russe de
la Défense", "Sweden's government", "the Indonesian navy") become organisations named and coded for their state (a bare
"le gouvernement" is the body already named, else the article's home state's); agency credits ("(AFP)", "Photo :
Reuters") are dropped; regions get their state from ISO 3166-2 subdivisions.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass, field

from .. import kb as kbmod
from ..kb import Entry, Role, norm, slug

logger = logging.getLogger(__name__)

_NER = {"PER": "PERSON", "PERSON": "PERSON", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC"}
# Leading words stripped from spans: articles, elided forms, prepositions and contractions (FR and EN).
# Accents kept when matching: the Vietnamese name "Lê" is no article "le".
_STRIP = {
    norm(w, accents=True)
    for w in """le la les l' l’ un une des du de d' d’ au aux à en dans par pour sur avec chez vers
    qu' qu’ s' s’ c' c’ j' j’ n' n’ m' m’ t' t’ the a an of in at on to from by for with""".split()
}
_DEFINITE = {norm(w) for w in "le la les l' l’ du au aux des the".split()}
_ARTICLE = {norm(w) for w in "le la les l' l’ the".split()}  # kept in the printed role phrase
_OF = {norm(w) for w in "de du des d' d’ of".split()}
_OF_DET = {norm(w) for w in "la l' l’ the".split()}
_TO = {norm(w) for w in "au aux à for".split()}  # "secrétaire d'État aux Affaires européennes", "Minister for Energy"
_PORTFOLIO_ROLES = ("minister", "secretary", "commissioner")  # roles that take a portfolio after them
_IN = {norm(w) for w in "en au aux dans in".split()}
_LOCATIVE = {
    "à",
    "a",
    "en",
    "au",
    "dans",
    "de",
    "près",
    "vers",
    "depuis",
    "via",
    "in",
    "at",
    "near",
    "to",
    "from",
    "into",
}
_HONORIFIC = {norm(w) for w in "M. Mme Mlle Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Pr Me Sir Dame".split()}
# Lemmas that introduce a predicative role: "il est devenu secrétaire général", "was named prime minister".
_COPULA = {
    "être",
    "devenir",
    "rester",
    "nommer",
    "élire",
    "désigner",
    "be",
    "become",
    "remain",
    "name",
    "elect",
    "appoint",
}
_ACRONYM = re.compile(r"\(\s*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9&]{1,9})\s*\)")  # "(NÚKIB)": accented capitals too
# A byline: "By [South Asia correspondent] Jane Doe", "Par Jean Dupont", or a line holding only two or three
# capitalised words (the author's name under the standfirst). Short lines only (up to 8 words).
# An author's note: "About the author: ...", "Jane Doe est journaliste au service Monde..." (the whole line).
_NAME_RE = r"[A-ZÀ-Þ][\w’'-]+(?:[ \t]+[A-ZÀ-Þ][\w’'-]+){1,2}"
_BYLINE = re.compile(
    r"(?m)^[ \t]*(?:(?:By|Par|BY|PAR)[ \t]+(?:\S+[ \t]+){0,6}\S+|"
    + _NAME_RE
    + r"|(?:About the author|À propos de l[’']auteur|À propos de l[’']autrice)\b.*"
    r"|" + _NAME_RE + r"[ \t]+(?:est|is)[ \t]+(?:\w+[ \t]+){0,2}(?:journaliste|correspondante?|reporter"
    r"|correspondent|rédact(?:eur|rice)|editor|writer)\b.*)[ \t]*$"
)
_FUNCTION_POS = ("DET", "PRON", "ADP", "CCONJ", "SCONJ", "ADV", "AUX", "NUM", "PUNCT")
_MAX_NAME_TOKENS = 5  # longest person name kept ("Abdel Fattah al-Sisi" is 4 tokens with spaCy)


@dataclass
class _Hit:
    """A KB match over tokens [i, j)."""

    i: int
    j: int
    kind: str  # entity | context | demonym | role | body
    entries: list[Entry] = field(default_factory=list)
    code: str | None = None  # demonym
    role: Role | None = None
    foreign: str | None = None  # language of a role matched from the other language's lexicon
    body: kbmod.Body | None = None  # state body ("ministère russe de la Défense"); i, j then cover its nationality
    core: tuple[int, int] | None = None  # body: the tokens of the body noun itself
    host: str | None = None  # embassy: ISO-3 of the host state ("embassy in Ottawa")


@dataclass
class _Person:
    names: list[tuple[int, int]] = field(default_factory=list)  # token spans of name mentions
    extra: list[tuple[int, int]] = field(default_factory=list)  # char spans of role-phrase mentions
    roles: list[tuple[Role, str | None, str]] = field(default_factory=list)  # role, affiliation, printed phrase


@dataclass
class _RolePhrase:
    i: int  # first token (determiner included when printed)
    j: int
    role: Role
    aff: str | None  # affiliation code (ISO-3 or org code)
    definite: bool


class _Index:
    """Per-language start-word index over the KB surfaces, for a fast longest-match scan."""

    def __init__(self, kb: kbmod.KnowledgeBase, lang: str):
        self.first: dict[str, int] = {}
        foreign_roles = [k for lg in kbmod.LANGS if lg != lang for k in kb.roles[lg]]
        for surface in kb.surfaces(lang) + foreign_roles:
            surface = norm(surface)
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


_indexes: dict[str, _Index] = {}


def _index(kb: kbmod.KnowledgeBase, lang: str) -> _Index:
    if lang not in _indexes:
        _indexes[lang] = _Index(kb, lang)
    return _indexes[lang]


def _scan(doc, kb: kbmod.KnowledgeBase, lang: str) -> list[_Hit]:
    """Greedy longest match of KB surfaces over the tokens."""
    idx, text, n = _index(kb, lang), doc.text, len(doc)
    hits: list[_Hit] = []
    i = 0
    while i < n:
        tok = doc[i]
        span_max = 0 if tok.is_space else idx.first.get(norm(tok.text), 0)
        best = None
        for j in range(min(n, i + span_max), i, -1):
            if doc[j - 1].is_space:
                continue
            surface = text[tok.idx : doc[j - 1].idx + len(doc[j - 1])]
            best = _classify(kb, surface, lang, i, j)
            if best:
                break
        if best and best.kind == "role":
            best = _extend_role(doc, kb, lang, best)
        elif best is None and i + 2 < n and kb.demonym(doc[i + 1].text, lang):
            best = _split_body(doc, kb, lang, i)
        if best:
            hits.append(best)
            i = best.j
        else:
            i += 1
    return hits


def _classify(kb: kbmod.KnowledgeBase, surface: str, lang: str, i: int, j: int) -> _Hit | None:
    entries = kb.lookup(surface, lang)
    if entries:
        return _Hit(i, j, "entity", entries)
    code = kb.demonym(surface, lang)
    if code:
        return _Hit(i, j, "demonym", code=code)
    role = kb.role(surface, lang)
    if role:
        return _Hit(i, j, "role", role=role)
    body = kb.body(surface, lang)
    if body:
        return _Hit(i, j, "body", body=body)
    entries = kb.context_alias(surface, lang)
    if entries:
        return _Hit(i, j, "context", entries)
    # A role of the other language printed in title case ("Prime Minister" in an English caption of a
    # French article): safe, as neither language capitalises every word of a role otherwise.
    words = surface.split()
    if len(words) >= 2 and all(w[:1].isupper() for w in words):
        for other in kbmod.LANGS:
            role = kb.role(surface, other) if other != lang else None
            if role:
                return _Hit(i, j, "role", role=role, foreign=other)
    return None


def _extend_role(doc, kb: kbmod.KnowledgeBase, lang: str, hit: _Hit) -> _Hit:
    """'ministre japonais de la Défense': a demonym after the first word of a longer role phrase; 'ministre
    soudanais de la Santé', 'vice-ministre des Affaires étrangères': a ministerial portfolio the lexicon lacks."""
    k, code = hit.j, None
    if k < len(doc) and kb.demonym(doc[k].text, lang):
        code = kb.demonym(doc[k].text, lang)
        for j in range(min(len(doc), k + 6), k + 1, -1):
            surface = doc[hit.i : k].text + " " + doc[k + 1 : j].text
            role = kb.role(surface, lang)
            if role:
                return _Hit(hit.i, j, "role", role=role, code=code)
        k += 1
    if any(w in hit.role.role for w in _PORTFOLIO_ROLES):
        j = _portfolio(doc, kb, lang, k)
        if j:
            return _Hit(hit.i, j, "role", role=hit.role, code=code)
    return hit


def _portfolio(doc, kb: kbmod.KnowledgeBase, lang: str, k: int) -> int | None:
    """End of a portfolio printed at token k: 'de la Santé', 'des Affaires étrangères', 'for Energy'."""
    n = len(doc)
    if k >= n or norm(doc[k].text) not in _OF | _TO:
        return None
    k += 1 + (k + 1 < n and norm(doc[k + 1].text) in _OF_DET)
    if (
        k >= n
        or not (doc[k].is_alpha and doc[k].text[:1].isupper())
        or doc[k].ent_type_ in ("PER", "PERSON")
        or any(
            kb.lookup(doc[k].text, lg) or kb.demonym(doc[k].text, lg) or kb.context_alias(doc[k].text, lg)
            for lg in kbmod.LANGS
        )
    ):
        return None
    j = k + 1
    while j < n and j - k < 3 and doc[j].is_lower and doc[j].pos_ == "ADJ":  # "Affaires étrangères"
        j += 1
    return j


def _split_body(doc, kb: kbmod.KnowledgeBase, lang: str, i: int) -> _Hit | None:
    """'ministère russe de la Défense': a body name split by a nationality after its first word."""
    for j in range(min(len(doc), i + 8), i + 2, -1):
        body = kb.body(doc[i].text + " " + doc[i + 2 : j].text, lang)
        if body:
            return _Hit(i, j, "body", code=kb.demonym(doc[i + 1].text, lang), body=body)
    return None


def _split_coordination(
    doc, kb: kbmod.KnowledgeBase, lang: str, i: int, j: int, label: str
) -> list[tuple[int, int, str]]:
    """An NER span joining two known places ("Accra and Freetown", "Lomé et Cotonou") is two places."""
    for k in range(i + 1, j - 1):
        if doc[k].lower_ in ("and", "et") and all(
            kb.city(doc[a:b].text)
            or any(e.kind in ("country", "city", "region") for e in kb.lookup(doc[a:b].text, lang))
            for a, b in ((i, k), (k + 1, j))
        ):
            return [(i, k, "LOC"), (k + 1, j, "LOC")]
    return [(i, j, label)]


def _glued(doc, k: int) -> bool:
    """Is token k a hyphen joining the words on both sides without spaces ("Croix-des-Bouquets")?"""
    return (
        0 < k < len(doc) - 1
        and doc[k].text in ("-", "‑")
        and not doc[k - 1].whitespace_
        and not doc[k].whitespace_
        and doc[k - 1].is_alpha
        and doc[k + 1].is_alpha
    )


def _join_hyphens(doc, i: int, j: int) -> tuple[int, int]:
    """Extend a name span cut at a hyphen ("Tigran Sahakyan" of "Sahakyan-Melkonyan", "Croix" of
    "Croix-des-Bouquets") when the joined word ends with a capital."""
    k = j
    while _glued(doc, k):
        k += 2
    if k > j and doc[k - 1].text[:1].isupper():
        j = k
    k = i
    while k > 1 and _glued(doc, k - 1):
        k -= 2
    if k < i and doc[k].text[:1].isupper():
        i = k
    return i, j


def _clean(doc, i: int, j: int) -> tuple[int, int]:
    """Strip leading articles/prepositions/honorifics and trailing punctuation from token span [i, j)."""
    while i < j and (
        norm(doc[i].text, accents=True) in _STRIP
        or norm(doc[i].text) in _HONORIFIC
        or doc[i].is_punct
        or doc[i].is_space
    ):
        i += 1
    while j > i and (
        doc[j - 1].is_punct
        or doc[j - 1].is_space
        or norm(doc[j - 1].text, accents=True) in _STRIP
        or norm(doc[j - 1].text) == "'s"
    ):
        j -= 1
    return i, j


def _is_junk(doc, i: int, j: int, kb: kbmod.KnowledgeBase, known: set[str] = frozenset()) -> bool:
    """Spans that are no entity: empty, numbers, lowercase words, sentence-initial verbs, month names.
    ``known``: normalised tokens of names already seen in the article (a known surname is never junk)."""
    if i >= j:
        return True
    toks = doc[i:j]
    text = toks.text
    if not any(c.isalpha() for c in text) or any(c.isdigit() for c in text) and not any(t.is_alpha for t in toks):
        return True
    if not any(t.text[:1].isupper() for t in toks):
        return True
    if j - i == 1:
        t = doc[i]
        if norm(t.text) in known:
            return False
        if norm(t.text) in kb.nonentities or t.is_stop or t.pos_ in _FUNCTION_POS:
            return True
        if t.pos_ in ("VERB", "AUX") and (t.is_sent_start or i == 0 or doc[i - 1].is_space):  # "Laisser un commentaire"
            return True
        if len(t.text) < 2:
            return True
        # An unknown capitalised word opening a line or sentence and never printed again is a capitalised common
        # word ("Rafraîchir" of a live page, "Réunis au siège..."), not a name (tuned on corpus/dev + dev2).
        if (
            (t.is_sent_start or i == 0 or doc[i - 1].is_space)
            and doc.text.count(t.text) == 1
            and not kb.city(t.text)
            and not any(kb.lookup(t.text, lg) or kb.demonym(t.text, lg) for lg in kbmod.LANGS)
        ):
            return True
    return False


def _has_kb_words(doc, i: int, j: int, kb: kbmod.KnowledgeBase) -> bool:
    """Is a would-be name a role or nationality phrase: does it start with a role word or demonym in any language
    ('Japanese Prime', 'Premier ministre'), or consist of them? ('Stephen King' is a name: it ends with one.)"""

    def kb_word(t) -> bool:
        return any(kb.demonym(t.text, lg) or kb.role(t.text, lg) for lg in kbmod.LANGS)

    return i < j and (kb_word(doc[i]) or all(kb_word(t) for t in doc[i:j]))


def _after_role(doc, k: int) -> int:
    """Where the name after a role ending at token k starts: past a comma and honorifics ("health minister,
    Dr. Jane Doe")."""
    k = k + 1 if k < len(doc) and doc[k].text == "," else k
    while k < len(doc) and norm(doc[k].text) in _HONORIFIC:
        k += 1 + (k + 1 < len(doc) and doc[k + 1].text == ".")
    return k


def _name_after(doc, k: int, kb: kbmod.KnowledgeBase, taken: set[int]) -> tuple[int, int] | None:
    """A run of capitalised, non-KB tokens starting at token k (a name printed after a role)."""
    j = k
    while j < len(doc) and j - k < _MAX_NAME_TOKENS and j not in taken:
        t = doc[j]
        if j > k and _glued(doc, j) and doc[j + 1].text[:1].isupper():  # "Sahakyan-Melkonyan" split by the tokenizer
            j += 2
            continue
        if not (t.text[:1].isupper() and t.is_alpha or "-" in t.text and t.text[:1].isupper()) or t.is_stop and j == k:
            break
        if norm(t.text) in kb.nonentities or any(
            kb.lookup(t.text, lg) or kb.demonym(t.text, lg) or kb.role(t.text, lg) for lg in kbmod.LANGS
        ):
            break
        j += 1
    return (k, j) if j > k else None


def _edit1(a: str, b: str) -> bool:
    """Levenshtein distance of exactly one (acronym typos: NSAU for NSATU)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    for k in range(len(b)):
        if k >= len(a) or a[k] != b[k]:
            return a[k:] == b[k + 1 :] or (len(a) == len(b) and a[k + 1 :] == b[k + 1 :])
    return True


def _dateline_city(t, kb: kbmod.KnowledgeBase) -> bool:
    """Is token ``t`` a wire dateline's city: a known city in capitals followed by "," "(" or a dash?"""
    doc = t.doc
    return (
        t.is_upper
        and len(t) > 2
        and t.i + 1 < len(doc)
        and doc[t.i + 1].text in (",", "(", "—", "–", "-")
        and kb.city(t.text) is not None
    )


class _Builder:
    def __init__(self, doc, lang: str, published: str | None):
        self.doc, self.lang, self.published = doc, lang, published
        self.text = doc.text  # Doc.text is rebuilt from the tokens on every access
        self.kb = kbmod.load()
        self.ents: dict[str, dict] = {}
        self.taken: set[int] = set()  # tokens already part of an entity mention or role phrase
        self.country_at: dict[int, str] = {}  # token index -> ISO-3 of a country name starting there
        self.org_state: dict[tuple[int, int], str] = {}  # NER organisation span -> state named in it
        self.body_keys: dict[str, str] = {}  # entity id of a state body -> its key in bodies.tsv
        self.org_name: dict[tuple[int, int], str] = {}  # NER organisation span -> name with the state spelt out

    def sent_start(self, i: int) -> int:
        """First token of the sentence of token i (0 when the pipeline sets no sentence boundaries)."""
        if i >= len(self.doc) or not (self.doc.has_annotation("SENT_START") or self.doc.has_annotation("DEP")):
            return 0
        return self.doc[i].sent.start

    # -- output helpers ---------------------------------------------------------------------------
    def entity(self, eid: str, **fields) -> dict:
        ent = self.ents.get(eid)
        if ent is None:
            ent = {
                "id": eid,
                "name": fields.get("name", eid),
                "type": fields.get("type", "ORG"),
                "code": fields.get("code"),
                "wikidata": fields.get("wikidata"),
                "country": fields.get("country"),
                "sector": fields.get("sector"),
                "roles": [],
                "mentions": [],
            }
            self.ents[eid] = ent
        return ent

    def kb_entity(self, e: Entry) -> dict:
        return self.entity(
            e.id,
            name=e.name,
            type=e.type,
            code=e.code,
            wikidata=e.wikidata,
            country=e.parent,
            sector=e.sector if e.kind in ("org", "seat", "country") else None,
        )

    def mention(self, ent: dict, start: int, end: int) -> None:
        m = {"text": self.text[start:end], "start": start, "end": end}
        if m not in ent["mentions"]:
            ent["mentions"].append(m)

    def tok_mention(self, ent: dict, i: int, j: int) -> None:
        self.mention(ent, self.doc[i].idx, self.doc[j - 1].idx + len(self.doc[j - 1]))
        self.taken.update(range(i, j))

    # -- passes -----------------------------------------------------------------------------------
    def run(self) -> list[dict]:
        doc, kb = self.doc, self.kb
        hits = _scan(doc, kb, self.lang)
        ner = []
        for ent in doc.ents:
            label = _NER.get(ent.label_)
            if ent.end < len(doc) and doc[ent.end].is_lower and norm(doc[ent.end].text) in kb.place_suffixes:
                label = "LOC"  # "Kelapa island", whatever the NER label (even NORP)
            if label:
                i, j = _join_hyphens(doc, *_clean(doc, ent.start, ent.end))
                if label == "PERSON" and any(
                    _glued(doc, t.i - 1) and _glued(doc, t.i + 1) and t.is_lower and t.is_stop for t in doc[i:j]
                ):
                    label = "LOC"  # "Croix-des-Bouquets", "Port-au-Prince": a hyphenated place, not a person
                ner.extend(_split_coordination(doc, kb, self.lang, i, j, label))
        # An acronym glued into a hyphenated word is no mention: "PORT-AU-PRINCE" holds no African Union.
        hits = [
            h
            for h in hits
            if not (
                h.kind == "entity"
                and h.entries[0].kind == "org"
                and doc[h.i].is_upper
                and (_glued(doc, h.i - 1) or _glued(doc, h.j))
            )
        ]
        hits, ner = self.state_named_orgs(hits, ner)
        in_ner = {t for i, j, _ in ner for t in range(i, j)}
        for t in doc:  # a dateline the NER missed or mislabelled: "MONTEVIDEO, 2 juin (AFP) -", "QUITO (AP) —"
            if (t.i == 0 or doc[t.i - 1].is_space) and _dateline_city(t, kb) and t.i not in in_ner:
                ner.append((t.i, t.i + 1, "LOC"))
        persons_ner = [
            (i, j)
            for i, j, lab in ner
            if lab == "PERSON" and j - i >= 2 and not _is_junk(doc, i, j, kb) and not _has_kb_words(doc, i, j, kb)
        ]
        # A multi-word person name beats a KB place inside it ("George Washington", "Michael Jordan"), and so
        # does a longer place name of the gazetteer ("New Jersey" is no mention of Jersey).
        longer = persons_ner + [(i, j) for i, j, lab in ner if lab == "LOC" and kb.city(doc[i:j].text)]
        hits = [
            h
            for h in hits
            if not (h.kind == "entity" and any(i <= h.i and h.j <= j and (i, j) != (h.i, h.j) for i, j in longer))
        ]
        # Nor is a role or nationality word inside a person's name a role ("Stephen King").
        hits = [
            h
            for h in hits
            if not (h.kind in ("role", "demonym", "body") and any(i < h.i and h.j <= j for i, j in persons_ner))
        ]
        mentioned = {e.id for h in hits if h.kind == "entity" for e in h.entries[:1]}
        parents = {kb.entries[m].parent for m in mentioned if kb.entries[m].parent}
        # A seat city used for the body seated there ("Bruxelles soutient le projet", "accused Brussels of"): the
        # body's context alias, where the body is named and the city is not the place of a locative.
        for h in hits:
            if (
                h.kind == "entity"
                and h.entries[0].kind == "city"
                and not (h.i > 0 and doc[h.i - 1].lower_ in _LOCATIVE)
            ):
                seated = [e for e in kb.context_alias(doc[h.i : h.j].text, self.lang) if e.id in mentioned]
                if seated:
                    h.kind, h.entries = "context", seated
        states = {e.code for h in hits if h.kind == "entity" for e in h.entries[:1]}
        self.resolve_demonyms(
            hits, states | {kb.city(doc[i:j].text)[1] for i, j, lab in ner if lab == "LOC" and kb.city(doc[i:j].text)}
        )
        # A lone "person" that is a city of a state the article names is the city ("an allegation Cotonou denied").
        ner = [
            (
                i,
                j,
                "LOC"
                if lab == "PERSON"
                and j - i == 1
                and kb.city(doc[i].text)
                and any(h.kind == "entity" and h.entries[0].code == kb.city(doc[i].text)[1] for h in hits)
                else lab,
            )
            for i, j, lab in ner
        ]
        self.country_at = {
            h.i: h.entries[0].code for h in hits if h.kind == "entity" and h.entries[0].kind == "country"
        }
        for h in hits:
            if h.kind == "entity":
                i, j = _clean(doc, h.i, h.j)  # "l’OTAN" -> "OTAN", unless the article is part of the name
                if (i, j) != (h.i, h.j) and h.entries[0] not in kb.lookup(doc[i:j].text, self.lang):
                    i, j = h.i, h.j
                self.tok_mention(self.kb_entity(h.entries[0]), i, j)
            elif h.kind == "demonym" or h.kind == "role" and h.code:
                country = kb.entry_for_code(h.code)
                if country:
                    k = (
                        h.i
                        if h.kind == "demonym"
                        else next((k for k in range(h.i, h.j) if kb.demonym(doc[k].text, self.lang) == h.code), h.i)
                    )
                    end = h.j if h.kind == "demonym" else k + 1
                    self.tok_mention(self.kb_entity(country), k, end)
            elif h.kind == "context":
                # "l’Union" once the EU or one of its bodies (Commission européenne) is named
                live = [e for e in h.entries if e.id in mentioned or e.code and e.code in parents]
                if live:
                    self.tok_mention(self.kb_entity(live[0]), *_clean(doc, h.i, h.j))
            if h.kind == "role":
                self.taken.update(range(h.i, h.j))
        self.affiliate_bodies(hits)
        self.acronyms(ner)
        persons = self.people(hits, ner)
        self.body_entities(hits, persons)
        self.others(ner, persons, mentioned)
        return self.finish()

    def state_named_orgs(self, hits: list[_Hit], ner: list[tuple[int, int, str]]):
        """Organisations whose proper name holds a state's name ("Guyana Defence Force", "Australian Border Force",
        "Law Society" + "of Kenya"): the NER span wins over the country or demonym inside it."""
        doc, kb = self.doc, self.kb
        by_start = {h.i: h for h in hits}
        drop: set[int] = set()
        out = []
        for i, j, label in ner:
            if label == "ORG" and j - i >= 2 and not kb.lookup(doc[i:j].text, self.lang):
                nxt = by_start.get(j + 1)
                if (
                    j + 1 < len(doc)
                    and norm(doc[j].text) == "of"
                    and nxt
                    and nxt.kind == "entity"
                    and nxt.entries[0].kind == "country"
                    and not any(h.i < j and h.j > i for h in hits)
                ):
                    j = nxt.j  # "The Law Society" + "of Kenya"
                    inner = [nxt]
                else:
                    inner = [h for h in hits if h.i < j and h.j > i]
                    if (
                        not inner
                        or doc[j - 1].is_lower
                        or any(h.j == j and norm(doc[h.i - 1].text) != "of" for h in inner)
                        or any(t.is_lower and t.pos_ not in _FUNCTION_POS for t in doc[i:j])
                    ):
                        inner = []
                if inner and all(
                    h.i >= i
                    and h.j <= j
                    and (h.kind == "demonym" or h.kind == "entity" and h.entries[0].kind == "country")
                    for h in inner
                ):
                    drop.update(id(h) for h in inner)
                    first = inner[0]
                    self.org_state[(i, j)] = first.code or first.entries[0].code
                    if first.i == i and first.kind == "entity" and doc[i : first.j].text.replace(".", "").isupper():
                        # "US Southern Command" -> "United States Southern Command"
                        self.org_name[(i, j)] = f"{first.entries[0].name} {doc[first.j : j].text}"
            out.append((i, j, label))
        return [h for h in hits if id(h) not in drop], out

    def resolve_demonyms(self, hits: list[_Hit], states: set[str | None]) -> None:
        """An ambiguous demonym ('congolais': COD or COG) stands for the state the article names, else the default."""
        for h in hits:
            if not h.code:
                continue
            for t in self.doc[h.i : h.j]:
                codes = self.kb.demonym_codes(t.text, self.lang)
                if h.code in codes and len(codes) > 1:
                    h.code = next((c for c in codes if c in states), h.code)

    def affiliate_bodies(self, hits: list[_Hit]) -> None:
        """State of each body hit, from the words around it; the hit then spans them: "Russia's foreign ministry",
        "the Indonesian navy", "l’armée de l’air ukrainienne", "gouvernement de la Géorgie", "embassy in Ottawa"."""
        doc, kb = self.doc, self.kb
        by_start = {h.i: h for h in hits if h.kind != "body"}
        by_end = {h.j: h for h in hits if h.kind != "body"}

        def state(x: _Hit | None) -> str | None:
            if x is None:
                return None
            if x.kind == "demonym":
                return x.code
            if x.kind == "entity" and x.entries[0].kind in ("country", "city"):
                return x.entries[0].code
            return None

        for h in hits:
            if h.kind != "body":
                continue
            h.core = (h.i, h.j)
            code = h.code or h.body.country
            before = by_end.get(h.i)
            if before is None and h.i > 0 and doc[h.i - 1].text in ("'s", "’s"):
                before = by_end.get(h.i - 1)
            # "Russian embassy", "Russia's embassy"; a bare country name only in English ("China Coast Guard")
            if code is None and before and (before.kind == "demonym" or before.j < h.i or self.lang == "en"):
                if state(before) and (before.kind != "entity" or before.entries[0].kind == "country"):
                    code, h.i = state(before), before.i
            k = h.j
            after = by_start.get(k)
            if after is not None and after.kind == "demonym":  # "l’armée de l’air ukrainienne"
                code, h.j = code or after.code, after.j
            elif k < len(doc) and norm(doc[k].text) in _OF:  # "gouvernement de la Géorgie", "Ministry ... of Russia"
                k += 1 + (k + 1 < len(doc) and norm(doc[k + 1].text) in _OF_DET)
                after = by_start.get(k)
                if code is None and after and after.kind == "entity" and after.entries[0].kind == "country":
                    code, h.j = after.entries[0].code, after.j
            k = h.j
            if h.body.key == "embassy" and k + 1 < len(doc) and norm(doc[k].text) in _IN | {"a", "à"}:
                host = state(by_start.get(k + 1))
                if host:
                    h.host, h.j = host, by_start[k + 1].j
            h.code = code

    def home_state(self) -> str | None:
        """ISO-3 of the article's home state: the one named first (dateline, lead), by name, demonym or city."""
        first = [
            (min(m["start"] for m in e["mentions"]), e["code"])
            for e in self.ents.values()
            if e["type"] == "GPE" and e["code"] and len(e["code"]) == 3 and e["mentions"]
        ]
        return min(first)[1] if first else None

    def locative_state(self, hits: list[_Hit], h: _Hit) -> str | None:
        """The state of a city set just before a bare body: "À Mexico, le ministère des Affaires étrangères a
        rejeté...", "In Kabul, the government said..."."""
        doc, kb = self.doc, self.kb
        k = h.i
        while k > 0 and h.i - k < 2 and norm(doc[k - 1].text) in _DEFINITE:
            k -= 1
        if k < 2 or doc[k - 1].text != ",":
            return None
        end = k - 1
        for start in range(end - 1, max(end - 4, 0), -1):
            if doc[start - 1].lower_ in ("à", "in", "at"):
                text = doc[start:end].text
                city = kb.city(text)
                if city:
                    return city[1]
                entry = next((e for e in kb.lookup(text, self.lang) if e.kind in ("city", "seat")), None)
                return entry.code if entry else None
        return None

    def body_entities(self, hits: list[_Hit], people: list[_Person]) -> None:
        """Entities for state bodies, also inside role phrases ("le porte-parole du ministère chinois des Affaires
        étrangères": the ministry is named, and the person's role is affiliated to its state). A bare body ("le gouvernement", "the foreign ministry") is the state's body already named, else the body of the
        article's home state (:meth:`home_state`) where the lexicon allows it."""
        doc, kb = self.doc, self.kb
        names = {t for p in people for i, j in p.names for t in range(i, j)}
        latest: dict[str, dict] = {}  # body key -> entity last mentioned
        home: list[str | None] = []
        for h in hits:
            if h.kind != "body" or any(t in names for t in range(*h.core)):
                continue
            code, eid = h.code, None
            if (
                h.body.key == "ministry"
            ):  # "the ministry said": the ministry last named (of that state), never a new one
                if h.i > 0 and norm(doc[h.i - 1].text) in _DEFINITE:
                    prior = [
                        (min(m["start"] for m in e["mentions"] if m["start"] < doc[h.i].idx), e)
                        for e in self.ents.values()
                        if self.body_keys.get(e["id"]) not in (None, "government", "embassy", "ministry")
                        and e["sector"] == "GOV"
                        and (code is None or e["code"] == code)
                        and any(m["start"] < doc[h.i].idx for m in e["mentions"])
                    ]
                    if prior:
                        self.tok_mention(
                            max(
                                prior,
                                key=lambda x: max(m["start"] for m in x[1]["mentions"] if m["start"] < doc[h.i].idx),
                            )[1],
                            h.i,
                            h.j,
                        )
                continue
            if code is None:
                code = self.locative_state(hits, h)
            if code is None:
                prev = latest.get(h.body.key)
                if prev is not None:
                    code, eid = prev["code"], prev["id"]
                elif (
                    h.body.default
                    and h.i > 0
                    and (
                        norm(doc[h.i - 1].text) in _DEFINITE
                        or (doc[h.i - 1].text in ("'s", "’s") and h.i - 2 not in names)
                    )
                ):  # "the Taliban's Ministry",
                    # not "President Ortega's government", whose state is not the article's home one
                    if not home:
                        home.append(self.home_state())
                    code = home[0]
            if code is None:
                continue
            if eid is None and h.body.key == "embassy" and h.host is None:  # "the Russian embassy": the one named
                eid = next(
                    (e for e, key in self.body_keys.items() if key == "embassy" and self.ents[e]["code"] == code), None
                )
            name = kb.body_name(h.body.key, code, h.host)
            ent = self.ents.get(eid) if eid else None
            if ent is None:
                ent = self.entity(
                    f"body:{slug(name)}", name=name, type="ORG", code=code, country=code, sector=h.body.sector
                )
                self.body_keys[ent["id"]] = h.body.key
            self.tok_mention(ent, h.i, h.j)
            latest[h.body.key] = ent

    def acronyms(self, ner: list[tuple[int, int, str]]) -> None:
        """'Le commandement ... de l’OTAN pour l’Ukraine (NSATU)': an organisation with its long form."""
        doc, kb = self.doc, self.kb
        defined: dict[str, dict] = {}
        for m in _ACRONYM.finditer(self.text):
            acr = m.group(1)
            if kb.lookup(acr, self.lang) or acr in defined:
                continue
            span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
            if span is None:
                continue
            paren = span.start - 1
            while paren > 0 and doc[paren].text != "(":
                paren -= 1
            k = paren
            sent_start = self.sent_start(paren)
            # the long form is the NER organisation just before the parenthesis, if any: then no agency credit
            long_org = next(
                (
                    i
                    for i, j, lab in ner
                    if j == paren
                    and lab == "ORG"
                    and i >= sent_start
                    and j - i >= 2
                    and not kb.lookup(doc[i:j].text, self.lang)
                ),
                None,
            )
            if long_org is None and self.credit(span.start, span.end):  # "WASHINGTON, 5 mai (AFP) -": a credit
                continue
            while long_org is None and k > sent_start and paren - k < 20:
                prev = doc[k - 1]
                if prev.text in ',;:.!?«»"' or prev.is_space or prev.pos_ in ("VERB", "AUX"):
                    break
                k -= 1
            k = long_org if long_org is not None else k
            eid = f"org:{slug(acr)}"
            long_tokens = range(k, paren)
            parent = None
            for ent in self.ents.values():
                if (
                    ent["type"] in ("ORG", "GPE")
                    and ent["code"]
                    and any(
                        doc[t].idx <= mm["start"] < doc[t].idx + len(doc[t])
                        for mm in ent["mentions"]
                        for t in long_tokens
                    )
                ):
                    if parent is None or ent["type"] == "ORG" and parent["type"] != "ORG":
                        parent = ent
            ent = self.entity(
                eid,
                name=acr,
                type="ORG",
                country=parent["code"] if parent else None,
                sector=parent["sector"] if parent else None,
            )
            if k < paren:
                self.mention(ent, doc[k].idx, doc[paren - 1].idx + len(doc[paren - 1]))
                self.taken.update(range(k, paren))
            defined[acr] = ent
        if not defined:
            return
        for t in doc:  # every occurrence, and one-letter typos of acronyms of 4+ letters
            if not (t.is_upper and t.is_alpha and len(t.text) >= 2) or kb.lookup(t.text, self.lang):
                continue
            for acr, ent in defined.items():
                if t.text == acr or len(acr) >= 4 and t.text[0] == acr[0] and _edit1(t.text, acr):
                    self.tok_mention(ent, t.i, t.i + 1)
                    break

    def role_phrases(self, hits: list[_Hit]) -> list[_RolePhrase]:
        doc, kb = self.doc, self.kb
        by_start = {h.i: h for h in hits}
        by_end = {h.j: h for h in hits}
        out = []
        for h in hits:
            if h.kind != "role":
                continue
            aff, i, j = h.code, h.i, h.j

            def code_of(x: _Hit | None) -> str | None:
                if x is None:
                    return None
                if x.kind in ("demonym", "body"):
                    return x.code
                if x.kind in ("entity", "context") and x.entries[0].id in self.ents:
                    return x.entries[0].code
                return None

            # English order: "Japanese Prime Minister", "NATO Secretary General", "Japan's prime minister"
            k = i - 1 if i > 0 and doc[i - 1].text in ("'s", "’s") else i
            before = by_end.get(k)
            if before and code_of(before) and aff is None:
                aff, i = code_of(before), before.i
            elif h.foreign and k > 0 and aff is None and kb.demonym(doc[k - 1].text, h.foreign):
                aff, i = kb.demonym(doc[k - 1].text, h.foreign), k - 1
            # French order: "Premier ministre japonais", "chef de l’OTAN", "ministre de la Défense japonais"
            for _ in range(2):
                nxt = by_start.get(j)
                if nxt and nxt.kind == "demonym":
                    aff, j = aff or nxt.code, nxt.j
                    continue
                k = j
                if k < len(doc) and norm(doc[k].text) in _OF:
                    k += 1
                    if k < len(doc) and norm(doc[k].text) in _OF_DET:
                        k += 1
                    nxt = by_start.get(k) or by_start.get(k - 1)
                    if k > j and code_of(nxt):
                        aff, j = aff or code_of(nxt), nxt.j
                        continue
                    # "porte-parole du gouvernement français": one common noun, then a nationality
                    nxt = by_start.get(k + 1)
                    if k < len(doc) and doc[k].pos_ == "NOUN" and doc[k].is_lower and nxt and nxt.kind == "demonym":
                        aff, j = aff or nxt.code, nxt.j
                        continue
                break
            definite = i > 0 and norm(doc[i - 1].text) in _DEFINITE
            if i > 0 and norm(doc[i - 1].text) in _ARTICLE:
                i -= 1
            out.append(_RolePhrase(i, j, h.role, aff, definite))
            self.taken.update(range(i, j))
        return out

    def people(self, hits: list[_Hit], ner: list[tuple[int, int, str]]) -> list[_Person]:
        doc, kb = self.doc, self.kb
        phrases = self.role_phrases(hits)
        spans: set[tuple[int, int]] = set()
        known = {norm(t.text) for i, j, label in ner if label == "PERSON" and j - i >= 2 for t in doc[i:j]}
        for i, j, label in ner:
            if (
                label == "PERSON"
                and not _is_junk(doc, i, j, kb, known)
                and not _has_kb_words(doc, i, j, kb)
                and j - i <= _MAX_NAME_TOKENS
                and not any(t in self.taken for t in range(i, j))
            ):
                spans.add((i, j))
        for p in phrases:  # names printed right after a role: "le ministre japonais de la Défense Gen Nakatani"
            k = _after_role(doc, p.j)
            ner_len = max((s[1] - s[0] for s in spans if s[0] == k), default=0)
            run = _name_after(doc, k, kb, self.taken)  # also extends a clipped NER name ("Liu" of "Liu He")
            if run and run[1] - run[0] > ner_len and not _is_junk(doc, *run, kb):
                spans = {s for s in spans if not (s[0] < run[1] and run[0] < s[1])} | {run}
        # Cluster: full names by token sets (order-free), then single names by membership.
        people: list[_Person] = []
        keys: list[set[str]] = []
        for i, j in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
            toks = {norm(t.text) for t in doc[i:j] if t.is_alpha or "-" in t.text}
            match = None
            for p, key in zip(people, keys):
                if toks <= key or (len(toks) > 1 and key <= toks):
                    if match is None or p.names[-1][0] < i:
                        match = p
            if match is None:
                people.append(_Person())
                keys.append(set(toks))
                match = people[-1]
            else:
                keys[people.index(match)] |= toks
            match.names.append((i, j))
        for p in people:
            for i, j in p.names:
                self.taken.update(range(i, j))
        # Family names the NER missed ("Tremblay praised the deal"): a lone capitalised token equal to the last
        # word of a full name seen in the article, not sentence-initial unless a proper noun.
        family = {norm(doc[j - 1].text): p for p in people for i, j in p.names if j - i >= 2}
        for t in doc:
            p = family.get(norm(t.text))
            if p is None or t.i in self.taken or not t.text[:1].isupper() or t.pos_ in _FUNCTION_POS:
                continue
            if any(
                0 <= k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha and k not in self.taken
                for k in (t.i - 1 if not t.is_sent_start else -1, t.i + 1)
            ):
                continue
            p.names.append((t.i, t.i + 1))
            self.taken.add(t.i)
        self.bind(phrases, people)
        return people

    def bind(self, phrases: list[_RolePhrase], people: list[_Person]) -> None:
        doc = self.doc

        def starting(k: int) -> _Person | None:
            return next((p for p in people for s in p.names if s[0] == k), None)

        def ending(k: int) -> _Person | None:
            return next((p for p in people for s in p.names if s[1] == k), None)

        def add(p: _Person, ph: _RolePhrase) -> None:
            p.roles.append((ph.role, ph.aff, doc[ph.i : ph.j].text))
            p.extra.append((doc[ph.i].idx, doc[ph.j - 1].idx + len(doc[ph.j - 1])))

        pending = []
        for ph in phrases:
            k = _after_role(doc, ph.j)
            b = ph.i - 1 if ph.i > 0 and doc[ph.i - 1].text == "," else None
            p = starting(k) or (ending(b) if b is not None else None)
            if p is None:  # predicative: "depuis qu’il est devenu secrétaire général de l’Alliance"
                window = [doc[t] for t in range(max(self.sent_start(ph.i), ph.i - 3), ph.i)]
                if any(t.lemma_.lower() in _COPULA for t in window):
                    sent_start = self.sent_start(ph.i)
                    before = [(s, q) for q in people for s in q.names if sent_start <= s[0] and s[1] <= ph.i]
                    if before:
                        p = max(before, key=lambda x: x[0])[1]
            if p is not None:
                add(p, ph)
            elif ph.definite:
                pending.append(ph)
        for ph in pending:  # "le chef de l’OTAN a déclaré": the latest person holding a compatible role
            best, best_pos = None, -1
            for p in people:
                country = next((a for _, a, _ in p.roles if a), None)
                if country is None and any(r.sector == "GOV" for r, _, _ in p.roles):
                    country = self.dateline_state
                if not any(_compatible(ph.role, ph.aff, r, a or country) for r, a, _ in p.roles):
                    continue
                pos = max((s[0] for s in p.names if s[0] < ph.i), default=-1)
                if pos > best_pos:
                    best, best_pos = p, pos
            if best is not None:
                add(best, ph)

    def others(self, ner: list[tuple[int, int, str]], people: list[_Person], mentioned: set[str]) -> None:
        """Persons to entities; NER organisations and places not in the KB."""
        doc, kb = self.doc, self.kb
        name_tokens: dict[str, _Person] = {}
        for p in people:
            for i, j in p.names:
                for t in doc[i:j]:
                    name_tokens.setdefault(norm(t.text), p)
        unknown: dict[str, dict] = {}  # one entity per surface form, whatever label the NER gave each occurrence
        for i, j, label in ner:
            if label == "PERSON" or any(t in self.taken for t in range(i, j)):
                continue
            suffix = kb.place_suffixes.get(norm(doc[j].text)) if j < len(doc) and doc[j].is_lower else None
            if suffix:  # "Anacoco island" -> Anacoco Island, a place whatever the NER label
                name = f"{doc[i:j].text} {suffix}"
                ent = unknown.get(norm(name)) or self.entity(
                    f"loc:{slug(name)}", name=name, type="LOC", code=self.located(j + 1)
                )
                unknown[norm(name)] = unknown[norm(doc[i:j].text)] = ent
                self.tok_mention(ent, i, j + 1)
                continue
            text = doc[i:j].text
            if j - i == 1 and norm(text) in name_tokens:  # a person's name the NER mislabelled
                name_tokens[norm(text)].names.append((i, j))
                continue
            if _is_junk(doc, i, j, kb) or label == "ORG" and self.credit(i, j):
                continue
            if doc[i].is_lower and norm(doc[i].text) in kb.street_words:  # "avenue Roustaveli": a street, no entity
                continue
            city = kb.city(text) if label == "ORG" and not kb.lookup(text, self.lang) else None
            if city and (
                text.isupper()
                or len(self.ents.get(f"kb:{city[2]}:{slug(city[0])}", {}).get("mentions", ()))
                or any(e["code"] == city[1] for e in self.ents.values() if e["id"].startswith("kb:country:"))
            ):
                label = "LOC"  # "BUJUMBURA, 10 février": a dateline, or a city of a state the article names
            if norm(text) in unknown:
                self.tok_mention(unknown[norm(text)], i, j)
                continue
            if label == "ORG":  # "Defense Alliance": head word is a context alias of a mentioned organisation
                aliases = kb.context_alias(doc[j - 1].text, self.lang)
                live = [e for e in aliases if e.id in mentioned]
                if live:
                    self.tok_mention(self.kb_entity(live[0]), i, j)
                    continue
                if aliases and j - i == 1:  # a bare "Alliance" with no NATO in sight: too vague to be an entity
                    continue
                name = self.org_name.get((i, j), text)
                unknown[norm(text)] = self.entity(
                    f"org:{slug(name)}", name=name, type="ORG", country=self.org_state.get((i, j))
                )
                self.tok_mention(unknown[norm(text)], i, j)
                continue
            city = kb.city(text)
            if city:
                name, code, kind = city
                self.tok_mention(self.entity(f"kb:{kind}:{slug(name)}", name=name, type="GPE", code=code), i, j)
            elif kb.subdivision(text):  # "région de Kayes" -> Kayes Region (MLI)
                name, code = kb.subdivision(text)
                unknown[norm(text)] = self.entity(f"loc:{slug(name)}", name=name, type="LOC", code=code)
                self.tok_mention(unknown[norm(text)], i, j)
            elif not _has_kb_words(doc, i, j, kb):
                k = i  # "État du Haut-Nil" and "Haut-Nil" are one place, named without the type word
                if j - i > 2 and norm(doc[i].text) in kb.place_prefixes and norm(doc[i + 1].text) in _OF:
                    k = i + 2
                name = doc[k:j].text
                ent = unknown.get(norm(name)) or self.entity(
                    f"loc:{slug(name)}", name=name, type="LOC", code=self.located(j)
                )
                unknown[norm(text)] = unknown[norm(name)] = ent
                self.tok_mention(ent, i, j)
        for p in people:
            name = self.person_name(p)
            ent = self.entity(f"per:{slug(name)}", name=name, type="PERSON")
            for i, j in p.names:
                self.tok_mention(ent, i, j)
            for s, e in p.extra:
                self.mention(ent, s, e)
            roles = sorted(p.roles, key=lambda r: (r[0].generic, r[1] is None))  # specific, affiliated first
            for role, aff, text in roles:
                if not any(r["role"] == role.role for r in ent["roles"]):
                    ent["roles"].append({"role": role.role, "text": text, "date": self.published})
            for role, aff, _ in roles:
                if aff:
                    ent["country"] = ent["country"] or aff
                    org = kb.entry_for_code(aff)
                    ent["sector"] = ent["sector"] or (org.sector if org and org.kind == "org" else role.sector)
            if roles and not ent["sector"]:
                ent["sector"] = roles[0][0].sector
            if not ent["country"]:
                aff = self.appositive_affiliation(p.names)
                if aff is None and ent["sector"] == "GOV" and p.roles:
                    aff = self.dateline_state  # "TALLINN — ... Foreign Minister X said": the dateline's state
                if aff is not None:
                    ent["country"] = aff
                    org = kb.entry_for_code(aff)
                    ent["sector"] = ent["sector"] or (org.sector if org is not None else None)

    @functools.cached_property
    def dateline_state(self) -> str | None:
        """ISO-3 of the state of a wire dateline's city ("JAKARTA, Jan 27 -", "TALLINN —"), if the text opens with
        one: a minister the story names without a country is, by wire convention, that state's."""
        first = next((t for t in self.doc if not t.is_space), None)
        city = self.kb.city(first.text) if first is not None and _dateline_city(first, self.kb) else None
        return city[1] if city else None

    @functools.cached_property
    def state_or_org_at(self) -> dict[int, str]:
        """Character offset -> code, over the mentions of KB states, organisations and state bodies (read once the
        persons are built: only persons come later)."""
        code_at: dict[int, str] = {}
        for ent in self.ents.values():
            code = ent["code"] or ent["country"]
            if ent["type"] in ("GPE", "ORG") and code and ent["id"].startswith(("kb:country:", "kb:org:", "body:")):
                for m in ent["mentions"]:
                    code_at.update({c: code for c in range(m["start"], m["end"])})
        return code_at

    def appositive_affiliation(self, names: list[tuple[int, int]]) -> str | None:
        """The state or organisation first named in the phrase in apposition to a person's name, when no role
        pattern gave one: "the UN resident coordinator for Afghanistan, X" -> UN, "X, commissaire de l'UA chargé
        de la paix" -> AU, "Tuvalu's climate minister, X" -> TUV."""
        code_at = self.state_or_org_at
        for i, j in names:
            root = self.doc[i:j].root
            own = range(root.left_edge.i, root.right_edge.i + 1)
            phrases: list = [c for c in root.children if c.dep_ == "appos"]
            # the role words printed before the name ("State Department deputy spokeswoman Carla Jennings")
            phrases += [c for c in root.children if c.dep_ in ("compound", "nmod", "amod") and c.i < i]
            if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN"):
                head = root.head  # the whole phrase, not the complement the name was hung on ("minister for the
                while (
                    head.dep_ in ("pobj", "prep", "nmod")
                    and head.head.pos_ in ("NOUN", "PROPN", "ADP")
                    and head.head.i < head.i
                ):  # Pacific, Claire Whitfield": Whitfield parsed under Pacific)
                    head = head.head
                phrases.insert(0, head)
            for ph in phrases:
                for t in sorted(ph.subtree, key=lambda t: t.i):
                    if (ph.i not in own and t.i in own) or t.pos_ == "VERB":  # the name's own phrase
                        continue
                    if t.idx in code_at:
                        return code_at[t.idx]
        return None

    def credit(self, i: int, j: int) -> bool:
        """Is tokens [i, j) a credit line: "(AFP)", "(Photo Reuters)", "Photo : AFP"?"""
        doc, cues = self.doc, self.kb.credit_cues
        k = i - 1
        while k >= 0 and doc[k].text in (":", "/") or k >= 0 and doc[k].is_space:
            k -= 1
        if k >= 0 and norm(doc[k].text) in cues:
            return True
        if k >= 0 and doc[k].text == "(" or k >= 1 and doc[k - 1].text == "(" and norm(doc[k].text) in cues:
            # "(AP)" alone: a credit when it closes the line, or opens the story after a dateline ("(AFP) -")
            nxt = j + 1
            return (
                j < len(doc)
                and doc[j].text == ")"
                and (
                    nxt >= len(doc)
                    or doc[nxt].is_space
                    or doc[nxt].text in ("-", "—", "–", ".")
                    or norm(doc[k].text) in cues
                )
            )
        return False

    def located(self, j: int) -> str | None:
        """ISO-3 of a state named right after a place: "Davos, en Suisse", "Davos (Switzerland)", "Goma in DR Congo"."""
        doc, k = self.doc, j
        if k < len(doc) and doc[k].text in (",", "("):
            k += 1
        if k < len(doc) and norm(doc[k].text) in _IN:
            k += 1
        return self.country_at.get(k) if k > j else None

    def person_name(self, p: _Person) -> str:
        forms = [self.doc[i:j].text for i, j in p.names]
        # Longest; then the order that ends with the name also printed alone (the family name: "Ishiba" makes
        # "Shigeru Ishiba" beat "Ishiba Shigeru"); then the most frequent; then the first.
        alone = {norm(f) for f in forms if len(f.split()) == 1}
        return max(forms, key=lambda f: (len(f.split()), norm(f.split()[-1]) in alone, forms.count(f), -forms.index(f)))

    def finish(self) -> list[dict]:
        out = []
        bylines = [(m.start(), m.end()) for m in _BYLINE.finditer(self.text)]

        def in_byline(m: dict) -> bool:
            return any(a <= m["start"] and m["end"] <= b for a, b in bylines)

        for ent in self.ents.values():
            if not ent["mentions"]:
                continue
            # The author ("By Jane Doe", "Par Jean Dupont", a line holding only the name) and the places of a
            # byline ("By South Asia correspondent ...") are no entities of the story.
            if any(in_byline(m) for m in ent["mentions"]) and (
                ent["type"] == "PERSON" or all(in_byline(m) for m in ent["mentions"])
            ):
                continue
            ent["mentions"].sort(key=lambda m: (m["start"], m["end"]))
            out.append(ent)
        out.sort(key=lambda e: e["mentions"][0]["start"])
        return out


def _compatible(role: Role, aff: str | None, held: Role, held_aff: str | None) -> bool:
    """May a role phrase refer to someone holding ``held``? Same role or a generic one; affiliations agree."""
    # "le ministre allemand" may refer to the German defence minister: a role is compatible with its specialisations.
    same = role.role == held.role or held.role.endswith(" " + role.role) or role.generic or held.generic
    if aff is not None:  # "the president of Ukraine" is not whoever else was called "president"
        return same and held_aff == aff
    return same and (held_aff is not None or role.role == held.role)


def recognise(doc, *, lang: str, published: str | None = None) -> list[dict]:
    """Entities of an article body parsed by spaCy (``doc``); offsets are body offsets. Format: module docstring."""
    return _Builder(doc, lang, published).run()


def parse_role_phrase(text: str, lang: str) -> tuple[Role, str | None] | None:
    """Role and affiliation code of a printed role phrase: 'le chef de l’OTAN' -> (leader, 'NATO')."""
    from .. import nlp

    doc = nlp.load(lang).make_doc(nlp.normalise_spaces(text))
    kb = kbmod.load()
    hits = _scan(doc, kb, lang)
    role = next((h for h in hits if h.kind == "role"), None)
    if role is None:
        return None
    aff = role.code
    for h in hits:
        if aff is None and h.kind == "demonym":
            aff = h.code
        elif aff is None and h.kind == "entity" and h.entries[0].kind in ("country", "org"):
            aff = h.entries[0].code
    return role.role, aff


def resolve_role_phrase(text: str, lang: str, entities: list[dict], before: int | None = None) -> dict | None:
    """The person entity (from :func:`recognise` output) that a definite role phrase refers to: the one with a
    compatible role and the latest mention before offset ``before`` (anywhere when None); None if no one fits."""
    parsed = parse_role_phrase(text, lang)
    if parsed is None:
        return None
    role, aff = parsed
    kb = kbmod.load()
    best, best_pos = None, -1
    for ent in entities:
        if ent["type"] != "PERSON":
            continue
        held = [kb.role(r["role"], "en") or Role(r["role"], ent.get("sector") or "GOV", False) for r in ent["roles"]]
        if not any(_compatible(role, aff, h, ent.get("country")) for h in held):
            continue
        pos = max((m["start"] for m in ent["mentions"] if before is None or m["start"] < before), default=-1)
        if pos > best_pos:
            best, best_pos = ent, pos
    return best
