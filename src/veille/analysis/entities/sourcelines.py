"""Source and staff lines of the page around an article: who the extraction set aside as boilerplate but the
real-news convention (``../shared/real/GOLD.md``) lists as entities, as it does a caption's credits
(:mod:`.credits`). Read from the boilerplate lines alone, without a parse (:func:`source_entities`):

* a source line: a news agency or medium of the knowledge base (``orgs.tsv``, sector MED) alone on its line, maybe
  in brackets or after a source word (``entities.json`` ``source_prefixes``): "Reuters", "(AFP)", "Avec Reuters",
  "Source: Press TV", "Jane Roe / AFP"; an acronym alone in brackets is an agency the base lacks ("(NAN)"), a name
  in capitals alone in brackets a photographer ("(JANE ROE)"); the first segment of a line cut by bars ("PTI |
  Washington | Updated: ...");
* a photo credit (a credit word of ``credits.tsv``): "Photo: Anadolu via Getty Images", "AP Photo/Jane Roe";
* with ``related=True`` only: a related-article line (``related_lines``: "À lire aussi :", "Read more:"): the
  states, places and organisations of the knowledge base it names, as the knowledge-base scan finds them over its
  tokens (no parse). The pipeline leaves them out (:data:`RELATED_ARE_ENTITIES`): the real-news gold lists them,
  the invented corpora do not ("Lire aussi : ... l’OSCE ...", corpus/dev fr06; dev2 ho-fr04);
* with ``staff=True`` (the pipeline's default, :data:`STAFF_ARE_ENTITIES`): a staff credit (``staff_credits``): the
  names after "Reporting by", "Editing by", "Web Editor:" are persons (a place after a name is not part of it:
  "Reporting by Jane Roe in Brussels"); a correspondent's credit (``correspondent_credits``): "Avec notre
  correspondant à Dakar, Jeanne Roux". The real-news gold lists the staff a credit line names as entities. (It
  lists the byline's authors too; the pipeline does not: measured, the untuned set's English precision fell.)

Each mention's field is ``boilerplate:N`` (N: the line's index in the article's boilerplate).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ...record import Entity, Mention
from .. import nlp
from ..kb import LANGS, Entry, KnowledgeBase, load, slug
from .bylines import byline_media
from .credits import CAPITALS_NAME, agency_acronym, capitals_name, cue_alternation
from .scan import scan
from .table import entity_of, new_entity
from .words import words

#: Whether the pipeline lists the staff of credit lines, and the places and bodies of related-article lines, as
#: entities (module docstring). Staff: yes since stop 31, as the real-news gold does (its dev split's English
#: entities F1 0.942 -> 0.949, the untuned set's 0.808 -> 0.819; the invented corpora's gold now lists them too).
STAFF_ARE_ENTITIES = True
RELATED_ARE_ENTITIES = False
#: A source line names at most this many words (an agency's or medium's name, a source word, brackets).
MAX_WORDS = 6
#: A person's name in a credit: two to four capitalised words, lowercase particles between them.
_NAME = re.compile(
    r"[A-ZÀ-Þ][\w'’-]+(?:[ \t]+(?:(?:de|da|di|van|von|der|del|al|el|bin|ben)[ \t]+)*[A-ZÀ-Þ][\w'’-]+){1,3}"
)
#: Where a credited person worked, after the name ("Reporting by Jane Roe in Brussels", "Jeanne Roux à Dakar"): not
#: part of the name.
_PLACE_TAIL = re.compile(r"[ \t]+(?:in|at|from|à|au|aux|depuis)[ \t]+\S.*$")
#: What separates the names of a credit, or ends them.
_SEP = re.compile(r"\s*(?:,|;|\band\b|\bet\b|&)\s*")
_END = re.compile(r"[;)(\]|]")
#: What a credit may print after a name in lowercase words: the person's part ("Jeanne Roux pour le service français")
_ROLE_TAIL = re.compile(r"[ \t]+[a-zß-ÿ]")
#: An acronym alone in brackets: an agency's credit ("(NAN)").
_ACRONYM = re.compile(r"^[(\[]([A-ZÀ-Þ]{2,6})[)\]]\.?$")
#: A name in capitals alone in brackets: a photographer's credit ("(JANE ROE)").
_CAPITALS_NAME = re.compile(rf"^[(\[]({CAPITALS_NAME})[)\]]\.?$")


#: What separates the parts of a source line: a slash, a semicolon, "via" ("Anadolu via Getty Images").
_PARTS = re.compile(r"\s*(?:[/;]|\bvia\b)\s*")


@functools.cache
def _credit_prefix(credit_words: frozenset[str]) -> re.Pattern[str]:
    """A credit word opening a line, and its ':' or 'by' ("Photo: ", "Crédit photo : ", "Photograph by ")."""
    return re.compile(rf"(?i)^(?:(?:{cue_alternation(credit_words)})[ \t]*)+(?::|\bby\b|\bpar\b)?[ \t]*")


@functools.cache
def _credit_suffix(credit_words: frozenset[str]) -> re.Pattern[str]:
    """A credit word closing a part ("AP Photo")."""
    return re.compile(rf"(?i)[ \t]+(?:{cue_alternation(credit_words)})$")


def _medium(text: str, kb: KnowledgeBase) -> Entry | None:
    """The news agency or medium of the knowledge base named ``text``, in any name language."""
    for lang in LANGS:
        for e in kb.lookup(text.strip(), lang):
            if e.kind == "org" and e.sector == "MED":
                return e
    return None


class _Found:
    """The entities found in the lines, by id, in order."""

    def __init__(self) -> None:
        self.ents: dict[str, Entity] = {}

    def mention(self, ent: Entity, line: str, index: int, start: int, end: int) -> None:
        """Add ``line[start:end]`` as a mention of ``ent`` (or of the entity of its id found before)."""
        ent = self.ents.setdefault(ent["id"], ent)
        ent["mentions"].append(Mention(text=line[start:end], start=start, end=end, field=f"boilerplate:{index}"))

    def medium(self, e: Entry, line: str, index: int, start: int, end: int) -> None:
        """A mention of the knowledge-base entity ``e``."""
        self.mention(entity_of(e), line, index, start, end)

    def person(self, line: str, index: int, start: int, end: int, capitals: bool = False) -> None:
        """A mention of the person named ``line[start:end]`` (with ``capitals``, printed in capitals: "Jane Roe")."""
        name = " ".join(w.capitalize() if capitals else w for w in line[start:end].split())
        self.mention(new_entity(f"per:{slug(name)}", name=name, type="PERSON"), line, index, start, end)


def _source_line(found: _Found, line: str, index: int, kb: KnowledgeBase, lang: str | None = None) -> None:
    """A medium alone on its line, in brackets or after a source word; its parts cut by '/'; a bracketed acronym;
    a person's name alone in brackets, printed in capitals ("(JANE ROE)"); the first segment of a line cut by
    bars."""
    stripped = line.strip()
    offset = line.index(stripped) if stripped else 0
    if len(stripped.split()) <= MAX_WORDS and not any(c.isdigit() for c in stripped):
        if (m := _CAPITALS_NAME.match(stripped)) and capitals_name(m.group(1), kb, lang):
            found.person(line, index, offset + m.start(1), offset + m.end(1), capitals=True)  # "(JANE ROE)"
            return
        if m := _ACRONYM.match(stripped):
            e = _medium(m.group(1), kb)
            if e is not None:
                found.medium(e, line, index, offset + m.start(1), offset + m.end(1))
            else:
                org = new_entity(f"org:{slug(m.group(1))}", name=m.group(1), type="ORG")
                found.mention(org, line, index, offset + m.start(1), offset + m.end(1))
            return
        inner = stripped.strip("()[].").strip()
        start = offset + stripped.index(inner) if inner else offset
        credited = False
        if prefix := words().source_prefix.match(inner) or _credit_prefix(kb.credit_words).match(inner):
            start, inner, credited = (
                start + prefix.end(),
                inner[prefix.end() :],
                prefix.re is _credit_prefix(kb.credit_words),
            )
        parts = []
        pos = 0
        for sep in [*_PARTS.finditer(inner), None]:
            text = inner[pos : sep.start() if sep else len(inner)]
            e = _medium(text, kb)
            if e is None:  # "AP Photo" -> "AP"
                text = _credit_suffix(kb.credit_words).sub("", text)
                e = _medium(text, kb)
            if text.strip():
                parts.append((start + pos + len(text) - len(text.lstrip()), text.strip(), e))
            pos = sep.end() if sep else pos
        known = any(e is not None for _, _, e in parts)
        if (
            parts
            and (credited or known)
            and all(e is not None or _NAME.fullmatch(p) or known and agency_acronym(p) for _, p, e in parts)
        ):
            for at, text, e in parts:  # "Jane Roe / AFP": the medium and its photographer or reporter
                if e is not None:
                    found.medium(e, line, index, at, at + len(text))
                elif _NAME.fullmatch(text):
                    found.person(line, index, at, at + len(text))
                else:  # "Xinhua/VNA/ABC": an agency the base lacks beside one it knows
                    org = new_entity(f"org:{slug(text)}", name=text, type="ORG")
                    found.mention(org, line, index, at, at + len(text))
            return
    if "|" in stripped:
        first = stripped.split("|", 1)[0].strip()
        e = _medium(first, kb) if first else None
        if e is not None:
            found.medium(e, line, index, offset, offset + len(first))


def _names(found: _Found, line: str, index: int, start: int) -> None:
    """The persons named from ``start`` to the end of the credit (a ';', a bracket, a bar or the line's end)."""
    end = _END.search(line, start)
    stop = end.start() if end else len(line)
    pos = start
    for sep in [*_SEP.finditer(line, start, stop), None]:
        piece_end = sep.start() if sep else stop
        while pos < piece_end and line[pos].isspace():
            pos += 1
        piece = line[pos:piece_end]
        if tail := _PLACE_TAIL.search(piece):  # "Jane Roe in Brussels": the name before the place
            piece = piece[: tail.start()]
        stripped = piece.rstrip(" .")
        m = _NAME.fullmatch(line, pos, pos + len(stripped)) if stripped else None
        if m is None and (lead := _NAME.match(piece)) and _ROLE_TAIL.match(piece, lead.end()):
            m = _NAME.match(line, pos, pos + lead.end())  # "Jeanne Roux pour le service français": the name first
        if m is not None:
            found.person(line, index, m.start(), m.end())
        if sep is None:
            break
        pos = sep.end()


def _related_line(found: _Found, line: str, index: int, kb: KnowledgeBase, lang: str) -> None:
    """The states, places and organisations of the knowledge base that a related-article line names ("À lire
    aussi : Face à Moscou, Kiev appelle ..."), found by the knowledge-base scan over its tokens (no parse)."""
    opening = words().related.match(line)
    if opening is None or not nlp.supported(lang):
        return
    doc = nlp.load(lang).make_doc(line)
    for hit in scan(doc, kb, lang):
        if hit.kind == "entity" and hit.entries and doc[hit.i].idx >= opening.end():
            start, end = doc[hit.i].idx, doc[hit.j - 1].idx + len(doc[hit.j - 1])
            found.medium(hit.entries[0], line, index, start, end)


def source_entities(
    lines: Sequence[str],
    kb: KnowledgeBase | None = None,
    *,
    lang: str | None = None,
    staff: bool = STAFF_ARE_ENTITIES,
    related: bool = RELATED_ARE_ENTITIES,
) -> list[Entity]:
    """The entities of the source lines among ``lines`` (an article's boilerplate); with ``related`` and the
    article's language ``lang``, those of its related-article lines; with ``staff``, those of its staff and
    correspondents' credits (module docstring)."""
    kb, w = kb or load(), words()
    found = _Found()
    for index, line in enumerate(lines):
        _source_line(found, line, index, kb, lang)
        for start, end, e in byline_media(line, lambda text: _medium(text, kb)):  # "By Jane Roe | Daily Ledger"
            found.medium(e, line, index, start, end)  # type: ignore[arg-type]
        if related and lang is not None:
            _related_line(found, line, index, kb, lang)
        if not staff:
            continue
        for credit in w.staff_credit.finditer(line):
            _names(found, line, index, credit.end())
        if opening := w.correspondent_credit.match(line):
            comma = line.rfind(",", opening.end())
            _names(found, line, index, comma + 1 if comma >= 0 else opening.end())
    return list(found.ents.values())
