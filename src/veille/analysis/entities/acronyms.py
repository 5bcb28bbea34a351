"""Acronyms defined in parentheses ("le commandement de l’OTAN pour l’Ukraine (NSATU)"): an organisation named by
the acronym, mentioned by its long form and by every later occurrence (one-letter typos included). Acronyms printed
next to a medium's noun ("state-run ABTV television"), and a network named by one letter after its preposition
("wrote on X"): a medium the NER missed (:func:`media_acronyms`)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ...record import Entity
from ..kb import KnowledgeBase, slug
from ..kbnorm import token_norm
from ..tree import text_of, tokens
from .scan import Hit
from .spans import is_credit, short_network
from .table import Article, EntityTable, NerSpan
from .words import words

#: An acronym in parentheses: "(NÚKIB)", accented capitals too.
ACRONYM = re.compile(r"\(\s*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9&]{1,9})\s*\)")
#: An abbreviation in parentheses after the words it abbreviates: "memoranda of understanding (MoU)". The
#: parenthesis is found first, then the one to six words just before it (searched in a window of :data:`WINDOW`
#: characters): one regex for both tried the words before every word of the text.
_PARENTHESIS = re.compile(r"\(\s*([A-Z][A-Za-z]{1,9})\s*\)")
_WORDS_BEFORE = re.compile(r"(?:[^\W\d]+[ \t]+){1,6}$")
WINDOW = 400
#: A word in capitals that may name a medium: "ABTV", "RTX", "K24" (two to seven characters).
_CAPITALS = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9]{1,6}(?![\w-])")
#: Most tokens of a role phrase before a long form's first word ("ministre fédéral de l’", "vice-Premier ministre").
MAX_ROLE_WORDS = 4
#: Most words between a medium's noun and its acronym ("la télévision d’État RTX", "state broadcaster ABTV").
MEDIA_GAP = 2


def initials_in(words: list[str], abbr: str) -> bool:
    """Do the initials of ``words`` appear, in order, in ``abbr`` (case folded)?"""
    rest = abbr.lower()
    for w in words:
        k = rest.find(w[0].lower())
        if k < 0:
            return False
        rest = rest[k + 1 :]
    return True


def common_abbreviations(text: str, kb: KnowledgeBase | None = None, lang: str = "en") -> frozenset[str]:
    """Abbreviations of common nouns, defined in parentheses after lowercase words ("memoranda of understanding
    (MoU)", "rocket systems (HIMARS)"), and with ``kb`` those of a role of ``roles.tsv``
    in the article's language ``lang``, whatever its case ("Interior Cabinet Secretary (CS)", "Chief Executive
    Officer (CEO)"): no organisation's name; with their plural."""
    found = set()
    for paren in _PARENTHESIS.finditer(text):
        before = _WORDS_BEFORE.search(text, max(0, paren.start() - WINDOW), paren.start())
        if before is None:
            continue
        words, abbr = before.group(0).split(), paren.group(1)
        for start in range(len(words)):
            tail = [w for w in words[start:] if len(w) > 2]  # "of", "de" are seldom in an abbreviation
            phrase = words[start:]
            common = all(w.islower() for w in phrase) or kb is not None and kb.role(" ".join(phrase), lang)
            if tail and common and tail[0][0].lower() == abbr[0].lower():
                if initials_in(tail, abbr):
                    found.update({abbr, abbr + "s"})
                    break
    return frozenset(found)


def edit1(a: str, b: str) -> bool:
    """Levenshtein distance of exactly one (acronym typos: NSAU for NSATU)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    for k in range(len(b)):
        if k >= len(a) or a[k] != b[k]:
            return a[k:] == b[k + 1 :] or (len(a) == len(b) and a[k + 1 :] == b[k + 1 :])
    return True


def _long_form(art: Article, ner: list[NerSpan], span: Span) -> tuple[int, int] | None:
    """Tokens [k, paren) of the long form before the parenthesis opening on acronym ``span``: the NER organisation
    just before it, if any, none (k == paren) after a person's name or after an "organisation" that is a role and a
    name run together (:func:`_opens_with_role`), else the words back to punctuation or a verb; None when the
    acronym is a credit."""
    doc, kb = art.doc, art.kb
    paren = span.start - 1
    while paren > 0 and doc[paren].text != "(":
        paren -= 1
    sent_start = art.sent_start(paren)
    long_org = next(
        (
            i
            for i, j, lab in ner
            if j == paren
            and lab == "ORG"
            and i >= sent_start
            and j - i >= 2
            and not kb.lookup(text_of(doc, i, j), art.lang)
        ),
        None,
    )
    if long_org is not None and not _opens_with_role(art, long_org, paren):
        return long_org, paren
    if long_org is not None or any(j == paren and lab == "PERSON" and i >= sent_start for i, j, lab in ner):
        return paren, paren  # "Paul Martel (PDL)": the party of the person named before, who is no long form
    if is_credit(doc, span.start, span.end, kb):  # "WASHINGTON, 5 mai (AFP) -": a credit
        return None
    k = paren
    while k > sent_start and paren - k < 20:
        prev = doc[k - 1]
        if prev.text in ',;:.!?«»"' or prev.is_space or prev.pos_ in ("VERB", "AUX"):
            break
        k -= 1
    return k, paren


def _opens_with_role(art: Article, i: int, j: int) -> bool:
    """Does a role phrase open the NER "organisation" [i, j), or end right before it or before its portfolio word?
    Then it is a person's role and name run together ("ministre fédéral de l’Emploi Jean Moreau (PS)", "ministre
    de l’" + "Économie Jean Moreau (PS)", "ministre fédéral de l’" + "Économie Jean Moreau (PS)"): the acronym
    after it is that person's party, no long form ("le président du Front national (FN)" keeps its long form)."""
    doc, kb, w = art.doc, art.kb, words()
    i += doc[i].pos_ == "DET" and j - i > 1
    portfolio = token_norm(doc[i]) in kb.nonentities  # "Économie", "Emploi": never an organisation's first word
    for s in range(max(0, i - MAX_ROLE_WORDS), i + 1):
        for k in range(s + 1, min(j, s + MAX_ROLE_WORDS) + 1):
            if not kb.role(text_of(doc, s, k), art.lang):
                continue
            gap = tokens(doc)[k:i]
            if k > i or not gap or portfolio and all(token_norm(t) in w.of | w.of_det for t in gap):
                return True
    return False


def _parent(table: EntityTable, k: int, paren: int) -> Entity | None:
    """The coded organisation (else state) mentioned in the long form [k, paren): the acronym's."""
    doc = table.doc
    parent = None
    for ent in table.ents.values():
        if (
            ent["type"] in ("ORG", "GPE")
            and ent["code"]
            and any(
                doc[t].idx <= mm["start"] < doc[t].idx + len(doc[t]) for mm in ent["mentions"] for t in range(k, paren)
            )
        ):
            if parent is None or ent["type"] == "ORG" and parent["type"] != "ORG":
                parent = ent
    return parent


def _document(art: Article, k: int, paren: int) -> bool:
    """Is the long form [k, paren) a document's name: its first capitalised word a document word that opens names
    ("l’Accord de partenariat ... (APX)"), or its last word one that ends them ("Pacific Trade Accord (PTA)")?"""
    w = words()
    first = next((t for t in art.doc[k:paren] if t.text[:1].isupper()), None)
    return (
        first is not None and token_norm(first) in w.document_first or token_norm(art.doc[paren - 1]) in w.document_last
    )


def acronyms(art: Article, table: EntityTable, ner: list[NerSpan], common: frozenset[str] = frozenset()) -> None:
    """'Le commandement ... de l’OTAN pour l’Ukraine (NSATU)': an organisation with its long form, belonging to the
    organisation or state its long form names; then every occurrence of the acronym, and one-letter typos of
    acronyms of 4+ letters. No organisation for a common noun's abbreviation (``common``, from
    :func:`common_abbreviations`: "... and exclusive economic zone (EEZ)", whatever capitalised words precede it)
    nor for a document's acronym ("the Pacific Trade Accord (PTA)": its long form opens or ends with a document
    word, entities.json``)."""
    doc, kb = art.doc, art.kb
    defined: dict[str, Entity] = {}
    for m in ACRONYM.finditer(art.text):
        acr = m.group(1)
        if kb.lookup(acr, art.lang) or acr in defined or acr in common:
            continue
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is None:
            continue
        long_form = _long_form(art, ner, span)
        if long_form is None:
            continue
        k, paren = long_form
        if k < paren and not any(t.text[:1].isupper() for t in doc[k:paren]):
            continue  # "high mobility artillery rocket systems (HIMARS)": a common noun, no organisation
        if _document(art, k, paren):
            continue
        parent = _parent(table, k, paren)
        ent = table.entity(
            f"org:{slug(acr)}",
            name=acr,
            type="ORG",
            country=parent["code"] if parent else None,
            sector=parent["sector"] if parent else None,
        )
        if k < paren:
            table.mention(ent, doc[k].idx, doc[paren - 1].idx + len(doc[paren - 1]))
            table.take(k, paren)
        defined[acr] = ent
    if not defined:
        return
    for t in tokens(doc):
        if not (t.is_upper and t.is_alpha and len(t.text) >= 2) or kb.lookup(t.text, art.lang):
            continue
        for acr, ent in defined.items():
            if t.text == acr or len(acr) >= 4 and t.text[0] == acr[0] and edit1(t.text, acr):
                table.tok_mention(ent, t.i, t.i + 1)
                break


def media_acronyms(art: Article, ner: list[NerSpan], hits: list[Hit]) -> list[NerSpan]:
    """The NER spans, and an organisation for each acronym printed next to a medium's noun that neither the NER nor
    the knowledge base read ("state-run ABTV television", "la télévision nationale RTX", "le quotidien LBX":
    ``entities.json``, ``media_nouns``): the noun right after it, or up to :data:`MEDIA_GAP` words before it in the
    same clause. The capitalised words of the text are found by a pattern, not a walk over its tokens."""
    doc, nouns = art.doc, words().media_nouns
    taken = {t for i, j, _ in ner for t in range(i, j)} | {t for h in hits for t in range(h.i, h.j)}
    out = list(ner)
    for m in _CAPITALS.finditer(art.text):
        span = doc.char_span(m.start(), m.end())
        if span is None or len(span) != 1 or span.start in taken or token_norm(span[0]) in nouns:
            continue
        k = span.start
        after = k + 1 < len(doc) and token_norm(doc[k + 1]) in nouns
        before = any(
            token_norm(doc[b]) in nouns and not any(t.is_punct or t.is_space for t in doc[b + 1 : k])
            for b in range(max(0, k - 1 - MEDIA_GAP), k)
        )
        if after or before:
            out.append((k, k + 1, "ORG"))
    return out + [(k, k + 1, "ORG") for k in _short_networks(doc) if k not in taken]


def _short_networks(doc: Doc) -> list[int]:
    """Tokens naming a social network by one capital letter (:func:`.spans.short_network`)."""
    marks = words().short_networks  # its first test, made here: nearly every token fails it
    return [t.i for t in tokens(doc) if t.text in marks and short_network(doc, t.i)]
