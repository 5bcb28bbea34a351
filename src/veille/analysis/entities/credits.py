"""Credit lines in a text (mostly captions): what a photo or agency credit names is who made the picture or the
copy (:func:`credit_spans`). The real-news convention (``../shared/real/GOLD.md``: its gold lists "(Reuters)",
"Photo: AFP", "AP Photo/Jane Roe") makes the agencies, media and photographers of a credit entities of the field
they are printed in (:data:`CREDITED`); :func:`~.recognise.finish` drops the other mentions inside a credit (a
place: "(Pacific Ledger/File)").

A credit, on one line:

* ``©`` or "Copyright" and what follows it ("© Jane Roe / Daily Ledger", "Copyright 2024 The Daily Ledger. All
  rights reserved."), up to a dash when the caption goes on after it ("© C. Roe — La résidence...");
* a credit word (``data/kb/credits.tsv``: "Photo", "Credit", "Image"...) and at most :data:`MAX_WORDS` words closing
  the line ("... on Tuesday. Photo: Daily Ledger", "Photo courtesy of the Coast Guard"); a credit word opening a
  longer line is a caption label ("Photo : Des manifestants devant le Parlement, à Lomé, le 3 mai.");
* a group in brackets closing the line after a sentence, a year or a comma ("... in 2024. (Pacific Ledger/File)",
  "..., le 5 mai 2025 (Photo : La Gazette)");
* a segment with a slash closing the line after a sentence ("... in Montreal. THE DISPATCH/Marc Roe").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from ..kb import LANGS, KnowledgeBase, load, norm, slug
from .table import EntityTable
from .words import words

#: The entity types a credit names as entities: the agency or medium, the photographer.
CREDITED = frozenset({"ORG", "PERSON"})
#: A credit after its credit word runs at most this many words.
MAX_WORDS = 8
#: What a credit word follows when it opens a credit within a line: a sentence's end, a bracket, a dash.
_OPENERS = frozenset('.!?)](["”»-–—|')


@functools.cache
def cue_alternation(credit_words: frozenset[str]) -> str:
    """The credit words as one regex alternation, escaped, longest first (so that "Photo credit" wins over
    "Photo")."""
    return "|".join(re.escape(c) for c in sorted(credit_words, key=len, reverse=True))


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    cues = cue_alternation(load().credit_words)
    return (
        # © and what follows, to a dash when the caption goes on
        re.compile(r"(?:©|\b[Cc]opyright\b)[^\n—–]*?(?=\s[—–-]\s+\S.{10,}$)|(?:©|\b[Cc]opyright\b)[^\n]*", re.M),
        # a credit word, optional ':' or 'by', then a short credit to the end of the line
        re.compile(rf"(?i:\b(?:{cues})\b)[ \t]*(?:[:/]|\b(?:by|of|par|de)\b)?[^\n]*$", re.M),
        # a bracketed group closing the line after a sentence, a year or a comma
        re.compile(r"(?<=[.!?,\d])[ \t]*[(\[][^()\[\]\n]{1,80}[)\]]\.?[ \t]*$", re.M),
        # a segment holding a slash closing the line after a sentence
        re.compile(r"(?<=[.!?])[ \t]+[^.!?\n]{0,60}/[^.!?\n]{1,60}$", re.M),
    )


@functools.lru_cache(maxsize=4)  # two passes ask it of the same text; the list is shared: read it, never change it
def credit_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the credits of ``text`` (module docstring)."""
    label, bracket, slash = _patterns()[1:]
    # a text with no "©" and no "copyright" has no such credit: no scan for one at every character
    spans = [(m.start(), m.end()) for m in _patterns()[0].finditer(text)] if "©" in text or "opyright" in text else []
    for m in label.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start : m.start()].strip()
        words = len(m.group(0).split()) - 1
        if before and before[-1] not in _OPENERS:  # a credit word inside a sentence ("the image of the city")
            continue
        if words <= MAX_WORDS and (before or words <= 4):
            spans.append((m.start(), m.end()))
    spans += [(m.start(), m.end()) for m in bracket.finditer(text) if len(m.group(0).split()) <= MAX_WORDS]
    spans += [(m.start(), m.end()) for m in slash.finditer(text) if len(m.group(0).split()) <= MAX_WORDS]
    return spans


#: A photographer's name in a credit: two to four capitalised words (any case after the capital).
_NAME = r"[A-ZÀ-Þ][\w'’-]+(?:[ ][A-ZÀ-Þ][\w'’-]+){1,3}"


@functools.cache
def _name_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """(a name before a slash, a name after a slash, a credit word closing a text before its slash, a credit word
    and a bare acronym before its slash, the credit words folded): compiled once."""
    words = load().credit_words
    cues = cue_alternation(words)
    return (
        re.compile(rf"(?<![\w'’-]){_NAME}(?=[ \t]*/)"),
        re.compile(rf"(?<=/)[ \t]*{_NAME}"),
        re.compile(rf"\b(?:{cues})[ \t]*/$"),
        re.compile(rf"(?i:\b(?:{cues}))[ \t]*:?[ \t]*([A-Z]{{2,6}})[ \t]*/$"),
        frozenset(w.lower() for w in words),
    )


def _after_agency(text: str, start: int, slash: int, agency_ends: frozenset[int]) -> bool:
    """Whether the slash before ``slash`` (the offset just past it) closes an agency of the credit that opens at
    ``start``: an organisation found before it, spaces between them allowed ("AGENCY / Jane Roe",
    "AGENCY/POOL/Jane Roe"), or a bare acronym right after the credit word ("Photo: KLX/Jane Roe", an agency the
    knowledge base lacks, which :func:`credit_acronyms` names afterwards)."""
    if any(start <= k < slash and text[k:slash].lstrip(" \t").startswith("/") for k in agency_ends):
        return True
    acronym = _name_patterns()[3].search(text, start, slash)
    return acronym is not None and agency_acronym(acronym.group(1))


def _photographers(
    text: str, start: int, end: int, agency_at: Callable[[int], bool], agency_ends: frozenset[int] = frozenset()
) -> list[tuple[int, int]]:
    """Spans of the names before the slash of an agency (``agency_at``: does an agency's name start at this
    offset, spaces skipped?), or after a credit word or an agency and its slash (``agency_ends``: the offsets where
    an agency's name ends: "AGENCY/Jane Roe", "AGENCY/POOL/Jane Roe"), in ``text[start:end]``."""
    before, after, cue, _, folded = _name_patterns()
    found = [m.span() for m in before.finditer(text, start, end)]
    found = [(a, b) for a, b in found if agency_at(text.index("/", b) + 1)]
    for m in after.finditer(text, start, end):
        head = text[start : m.start()]
        if cue.search(head) or _after_agency(text, start, m.start(), agency_ends):
            found.append((m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end()))
    return [(a, b) for a, b in found if not any(w.lower() in folded for w in text[a:b].split())]


#: A person's name printed in capitals, two to four words ("JANE ROE"): the photographer's name of a bracketed
#: credit, here and on a source line (:mod:`.sourcelines`).
CAPITALS_NAME = r"[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:[ \t]+[A-ZÀ-Þ][A-ZÀ-Þ'’-]+){1,3}"
#: A photographer's name printed in capitals alone in the brackets closing a line, or after the agency and a dash
#: ("... on Monday. (JANE ROE)", "[AGENCY - JANE ROE]").
_BRACKETED = re.compile(
    r"[(\[][ \t]*(?:([^()\[\]\n]{1,40}?)[ \t]+[-–—][ \t]+)?" rf"({CAPITALS_NAME})[ \t]*[)\]]\.?[ \t]*$"
)


def capitals_name(text: str, kb: KnowledgeBase, lang: str | None) -> bool:
    """Whether ``text``, a name printed in capitals in a credit ("JANE ROE"), may be a photographer's: no word of it a
    credit word, a medium's noun ("TV") or a name the knowledge base knows ("AFP", "FRANCE") in the language
    ``lang`` (in any, when the article's is not given)."""
    folded, nouns, langs = _name_patterns()[-1], words().media_nouns, (lang,) if lang else LANGS
    return not any(w.lower() in folded or norm(w) in nouns or any(kb.lookup(w, n) for n in langs) for w in text.split())


def _bracketed_capitals(text: str, start: int, end: int, agency_at: Callable[[int], bool]) -> list[tuple[int, int]]:
    """The span of a name in capitals closing the bracketed credit ``text[start:end]``, alone or after an agency
    (``agency_at``) and a dash (:func:`capitals_name` reads its words)."""
    m = _BRACKETED.search(text, start, end)
    if m is None or m.group(1) is not None and not agency_at(m.start(1)):
        return []
    return [m.span(2)]


def credit_people(table: EntityTable, kb: KnowledgeBase, lang: str) -> None:
    """Persons for the photographers of the credits: a name before the slash of its agency ("Jane Roe/The Daily
    Ledger", "JANE ROE / AFP"; not "Pacific Ledger/File") or after a credit word or an agency and its slash ("AP
    Photo/Jane Roe", "© AFP/JANE ROE", "Photo: KLX / Jane Roe"), or in capitals in the brackets closing the line
    ("(JANE ROE)", "[AGENCY - JANE ROE]"), that the knowledge base does not know and no entity has taken (the NER
    often reads the whole credit as an organisation)."""
    doc = table.doc
    orgs = {m["start"] for e in table.ents.values() if e["type"] == "ORG" for m in e["mentions"]}

    def agency_at(k: int) -> bool:  # an organisation the KB found, or a name opened by a determiner ("The ...")
        while k < len(table.text) and table.text[k] in " \t":
            k += 1
        token = doc.char_span(k, k + 1, alignment_mode="expand")
        return k in orgs or token is not None and token[0].pos_ == "DET"

    ends = frozenset(m["end"] for e in table.ents.values() if e["type"] == "ORG" for m in e["mentions"])
    for a, b in credit_spans(table.text):
        found = _photographers(table.text, a, b, agency_at, ends) + _bracketed_capitals(table.text, a, b, agency_at)
        for start, end in found:
            text = table.text[start:end]
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or kb.lookup(text, lang) or any(t in table.taken for t in range(span.start, span.end)):
                continue
            if text.isupper() and not capitals_name(text, kb, lang):  # "(ABC TV)", "(AFP FRANCE)"
                continue
            name = " ".join(w.capitalize() if w.isupper() else w for w in text.split())
            table.tok_mention(table.entity(f"per:{slug(name)}", name=name, type="PERSON"), span.start, span.end)


#: An acronym of capitals alone, as an agency prints it in a credit ("NAN", "CVN").
_CAPITALS = re.compile(r"[A-ZÀ-Þ]{2,6}")


def agency_acronym(text: str) -> bool:
    """Whether ``text`` is an acronym that may name an agency in a credit or a source line ("CVN" in "Xinhua/VNA/CVN",
    "Credit: KLX"): capitals alone, and no credit marker ("FILE", "POOL")."""
    return _CAPITALS.fullmatch(text) is not None and norm(text) not in words().credit_markers


@functools.cache
def _acronym_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(an acronym after a credit word, an acronym before one), closing the credit or before its slash or bracket:
    compiled once."""
    cues = cue_alternation(load().credit_words)
    close = r"(?=[ \t]*(?:[/)\]]|$))"
    return (
        re.compile(rf"(?i:\b(?:{cues}))[ \t]*[:/]?[ \t]*(?<![\w-])([A-Z]{{2,6}})\b{close}"),
        re.compile(rf"(?<![\w'’-])([A-Z]{{2,6}})[ \t]+(?i:(?:{cues})\b){close}"),
    )


def credit_acronyms(table: EntityTable, kb: KnowledgeBase, lang: str) -> None:
    """Organisations for the agencies a credit names by a bare acronym after its credit word or before it ("Credit:
    KLX", "(KLX Image/Jane Roe)", "Photo/KLX"), that no entity has taken: the knowledge base's medium, or an agency
    the base lacks or leaves out as another body's acronym (as a bracketed "(KLX)" source line is,
    :mod:`.sourcelines`); a credit's marker ("FILE", "POOL") is none."""
    doc = table.doc
    for a, b in credit_spans(table.text):
        for pattern in _acronym_patterns():
            for m in pattern.finditer(table.text, a, b):
                start, end = m.span(1)
                text = m.group(1)
                span = doc.char_span(start, end, alignment_mode="expand")
                if (
                    span is None
                    or not agency_acronym(text)
                    or any(t in table.taken for t in range(span.start, span.end))
                ):
                    continue
                entries = [e for e in kb.lookup(text, lang) if e.kind == "org"]
                ent = (
                    table.kb_entity(entries[0]) if entries else table.entity(f"org:{slug(text)}", name=text, type="ORG")
                )
                table.mention(ent, start, end)
                table.take(span.start, span.end)
