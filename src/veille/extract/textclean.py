"""Clean article from text scraped off a news page.

No library does this, so Veille has its own cleaner. The page arrives as lines: a photo caption (maybe in
another language), a byline, a title, a standfirst, body paragraphs with captions printed once or twice in
between, and widgets (comment prompts, captchas, share lines, teasers, cookie and copyright lines). The
cleaner labels each line, keeps the article, and keeps every removed line in ``boilerplate`` for audit.

The word lists and patterns live in ``data/textclean/``; the decisions are in this module:

1. lines are grouped into units (hard-wrapped lines are joined back);
2. boilerplate patterns are matched against whole lines;
3. a line printed twice is a caption when it is not a sentence, otherwise a duplicated paragraph;
4. caption shapes: no sentence end and a trailing date or photo credit, or a caption prefix;
5. the header (before the first body paragraph, extended to the last byline or date line near the top)
   gives the byline, the title (first line of at least three words) and the standfirst;
6. short lines after the last body paragraph are page furniture.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

from ..record import Article

# --- tuned constants ---------------------------------------------------------------------------------
#: A unit with a sentence end and at least this many words is body text. Tuned on the seed and the dev
#: corpus: titles and captions run 5-30 words without a final period; the shortest lead paragraphs seen
#: have 14+ words.
BODY_MIN_WORDS = 12
#: Share, teaser, nav, ad and media patterns never remove a unit this long: real sentences that start
#: like a widget ("Share prices fell...") keep their place.
WIDGET_MAX_WORDS = 25
#: A bare byline or date line further down than this is not part of the header. Seen layouts put them
#: within the first 6 units; 12 leaves room for a kicker, captions and a standfirst.
HEADER_SCAN_UNITS = 12
#: After the last body paragraph, a unit shorter than this without a sentence end is page furniture.
TRAILING_MAX_WORDS = 8
#: A line that opens with a date (at most one word before it, a weekday) and has no more words than
#: this is a date line, not a caption or a paragraph. The longest seen: "June 25, 2024 2:52 PM GMT+2
#: Updated 3 hours ago" (11 words).
DATELINE_MAX_WORDS = 14
#: A comment heading cuts the page only after this many body paragraphs: a comment count printed in the
#: header, next to the byline, must not cut the article.
COMMENTS_AFTER_PARAGRAPHS = 2
#: ...and only when the text before it weighs at least this share of the text after it (readers' comments
#: are rarely much longer than the article; a comment button above the article is followed by all of it).
COMMENTS_MASS_RATIO = 0.5
#: This many lines in a row that are not sentences, after the article has started, make a link list
#: (other headlines, menus, footers). Tuned on ScrapingHub pages rendered to text (bench/textclean.py):
#: 3 cut short lists inside articles, 5 let footer menus through.
LINK_LIST_MIN = 4
#: A line cut by double spaces, bars or middle dots into at least this many items of at most this many
#: words is a menu, a tag list or a ticker (a headline "Title | Site" has two items).
ROW_MIN_ITEMS = 3
ROW_ITEM_MAX_WORDS = 4
#: An author's bio runs one or two sentences; a longer paragraph opening with the author's name is text.
BIO_MAX_WORDS = 60
#: A line taken for a caption because of a credit under or after it runs at most this many words: agency
#: captions run 10-30 words, while a lead paragraph printed under a photo (and over its credit) runs 30+.
CAPTION_MAX_WORDS = 30
#: A caption needs at least this many words (a bare "Photo" line is a widget, not a caption).
CAPTION_MIN_WORDS = 4

_WORD = re.compile(r"\w+", re.UNICODE)
# "Flooded streets in Hanoi on September 11, 2024. © Pham Van Duc": a sentence, then its credit
_CREDIT_AFTER = re.compile(r"\w.{15,}[.!?]\s*(©\s*[\w .'’&/-]{2,40}|\(\s*(photo\s*:?\s*)?[A-ZÀ-Þ][\w .'’&/-]{1,40}\))$")
_CREDIT_CAPTION = re.compile(r"(©|\(c\)|photo\s*:|crédit\s*:|credit\s*:)\s*[^—–]{1,40}\s[—–-]\s+\S.{10,}")
_SENTENCE_END = re.compile(r"[.!?…:;](\s*[»”\"’'\)\]])*\s*$")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def fold(text: str) -> str:
    """Comparison form of a line: NFKC, case-folded, typographic quotes and dashes folded, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.translate(
        str.maketrans(
            {
                "’": "'",
                "‘": "'",
                "`": "'",
                "´": "'",
                "“": '"',
                "”": '"',
                "«": '"',
                "»": '"',
                "−": "-",
                "–": "-",
                "—": "-",
            }
        )
    )
    return " ".join(text.split())


@dataclass
class _Unit:
    text: str
    index: int
    words: int
    sentence: bool
    kind: str | None = None  # title, byline, standfirst, body, caption, boilerplate, metadata
    reason: str = ""


# --- data ----------------------------------------------------------------------------------------------
def _data(name: str) -> str:
    return resources.files("veille").joinpath("data", "textclean", name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def _boilerplate_patterns() -> list[tuple[str, re.Pattern]]:
    patterns = []
    for line in _data("boilerplate.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, pattern = line.split("\t", 1)
        patterns.append((kind, re.compile(pattern, re.IGNORECASE)))
    return patterns


@functools.lru_cache(maxsize=1)
def _markers() -> dict:
    return json.loads(_data("markers.json"))


@functools.lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    data = json.loads(_data("dates.json"))["months"]
    months: dict[str, int] = {}
    for table in data.values():
        months.update(table)
    return months


@functools.lru_cache(maxsize=1)
def _date_patterns() -> list[tuple[str, re.Pattern]]:
    month = "|".join(sorted((re.escape(m) for m in _months()), key=len, reverse=True))
    return [
        ("dmy", re.compile(rf"\b(\d{{1,2}})(?:er|st|nd|rd|th)?\s+({month})\.?,?\s+(\d{{4}})\b", re.I)),
        ("mdy", re.compile(rf"\b({month})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)),
        ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?=\b|T\d)")),
        ("num", re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")),
    ]


def find_dates(text: str, *, month_first: bool = False) -> list[dt.date]:
    """Every full date (day, month and year) written in ``text``, in order of appearance."""
    found: list[tuple[int, dt.date]] = []
    months = _months()
    for shape, pattern in _date_patterns():
        for m in pattern.finditer(text):
            try:
                if shape == "dmy":
                    d = dt.date(int(m[3]), months[m[2].lower()], int(m[1]))
                elif shape == "mdy":
                    d = dt.date(int(m[3]), months[m[1].lower()], int(m[2]))
                elif shape == "iso":
                    d = dt.date(int(m[1]), int(m[2]), int(m[3]))
                else:
                    a, b = int(m[1]), int(m[2])
                    day, mon = (b, a) if (month_first and b <= 31 and a <= 12) or a > 31 else (a, b)
                    if mon > 12:
                        day, mon = mon, day
                    d = dt.date(int(m[3]), mon, day)
            except (ValueError, KeyError):
                continue
            found.append((m.start(), d))
    return [d for _, d in sorted(found)]


# --- line features -------------------------------------------------------------------------------------
def _match_widget(text: str, words: int) -> str | None:
    for kind, pattern in _boilerplate_patterns():
        if kind in _WIDGET_KINDS and words >= WIDGET_MAX_WORDS:
            continue
        if pattern.fullmatch(text):
            return kind
    return None


_WIDGET_KINDS = ("share", "newsletter", "teaser", "nav", "ad", "media", "live", "heading")


def _boilerplate_kind(unit: _Unit) -> str | None:
    text = unit.text.strip(" \t-–—•·|>*")
    kind = _match_widget(text, unit.words)
    if kind == "copyright" and (
        _CREDIT_CAPTION.match(fold(text))
        or _caption_prefixed(fold(text))
        or (_CREDIT_AFTER.search(text) and unit.words <= CAPTION_MAX_WORDS)
    ):
        return None  # "© C. Quispe — La résidence...", "Photo : Des partisans... © Y. Ahmed": captions
    if kind:
        return kind
    # a row of widgets on one line: "Partager sur Facebook   Partager sur X   Envoyer par e-mail"
    parts = [p.strip(" -–—•·|") for p in re.split(r"\s{2,}|\s*[|•·]\s*|\t", text) if p.strip(" -–—•·|")]
    if len(parts) > 1:
        kinds = [_match_widget(p, len(_WORD.findall(p))) for p in parts]
        if all(kinds):
            return kinds[0]
    # a menu, a tag list or a ticker: "Business  Commodities  Trade  Sign in", "Topics: A · B · C",
    # "Markets: JCI +0.4% | EUR/IDR 17,412 | CPO 4,210" -- three or more short items, no sentence
    if len(parts) >= ROW_MIN_ITEMS and not unit.sentence and all(len(p.split()) <= ROW_ITEM_MAX_WORDS for p in parts):
        return "menu row"
    return None


def _is_name_token(token: str, particles: set[str], allow_caps: bool = False) -> bool:
    if token.lower() in particles:
        return True
    core = token.strip(".,")
    if not core:
        return False
    if re.fullmatch(r"[A-ZÀ-ÖØ-Þ]\.", core):  # an initial: "J."
        return True
    # "Jean", "Delaunay", "Jean-Pierre", "O'Neil"; all capitals ("RACHEL") only where the line says it is a byline
    return bool(re.fullmatch(r"[A-ZÀ-ÖØ-Þ][\w'’\-]*\.?", core)) and (allow_caps or not core.isupper() or len(core) == 1)


def _name_chunks(text: str, *, prefixed: bool = False) -> list[str] | None:
    """Split a byline body into person names.

    Returns None when some chunk is neither a name nor an agency or desk; an empty list when the byline
    names only agencies or desks ("Par la rédaction, avec agences").
    """
    markers = _markers()
    particles = {p.lower() for p in markers["name_particles"]}
    orgs = {o.lower() for o in markers["byline_orgs"]}
    desks = {d.lower() for d in markers["desk_words"]}
    not_names = set(markers["not_in_names"])
    joiners = [j for j in markers["byline_joiners"] if j != ","]
    text = re.split(r"\s*[|•·(—–]\s*|\s+-\s+|\s*/\s*", text)[0]
    # "Mele Fifita in Port Vila", "Jean Dupont, à Moscou": the place the reporter writes from
    text = re.sub(r"(,?\s+(?:in|à|from|depuis|en direct de|reporting from))\s+[A-ZÀ-Þ][\w'’\- ]*$", "", text.strip())
    parts = re.split(r"\s*[,;]\s*|\s+(?:" + "|".join(map(re.escape, joiners)) + r")\s+", text.strip())
    names: list[str] = []
    for i, part in enumerate(parts):
        part = part.strip(" .;:")
        tokens = part.split()
        lowered = [k for k, t in enumerate(tokens) if t[:1].islower() and t.lower() not in particles]
        if prefixed and lowered and len(tokens) - lowered[-1] - 1 >= 2:
            # "South Asia correspondent Priya Raman", "notre envoyée spéciale Marie Dupont": the name ends it
            part = " ".join(tokens[lowered[-1] + 1 :])
        low = part.lower()
        if not part or low in orgs or " ".join(low.split()[:2]) in desks or set(low.split()) & desks:
            continue
        tokens = part.split()
        if {t.lower().strip(".,") for t in tokens} & not_names:
            if prefixed:  # "By The Associated Press", "Par Le Courrier de l'Ouest": a publication, not a person
                continue
            return None
        content = [t for t in tokens if t.lower() not in particles]
        if not 1 <= len(content) <= 4 or not all(_is_name_token(t, particles, prefixed) for t in tokens):
            return None
        if len(content) == 1:
            if i == 0:  # a person is named with at least two words; one word first is not a byline
                return None
            continue  # "Amina Odhiambo, Nairobi": a place or a desk after the name
        if i > 0 and _is_place(part):
            continue  # "Mele Fifita, Port Vila"
        names.append(part.title() if part.isupper() else part)
    return names


_REPORTING = re.compile(
    r"^\(?\s*(?:additional )?(?:reporting|reported|written|reportage|texte|rédigé)\s+(?:by|de|par)?\s*"
    r"(?P<names>[^;)]+)",
    re.I,
)


def _credit_authors(text: str) -> list[str]:
    """The reporters named by a wire credit line, places ("in Jakarta", "à Moscou") left out."""
    match = _REPORTING.match(text.strip())
    if not match or len(text.split()) > 40:
        return []
    names = re.sub(
        r"\s+(?:in|à|from|depuis)\s+[A-ZÀ-Þ][\w'’\- ]*?(?=\s+(?:and|et)\s+|,|$)", "", match.group("names").strip()
    )
    return _name_chunks(names, prefixed=True) or []


def _is_place(text: str) -> bool:
    """A city or a country of the knowledge base ("Port Vila", "Genève")."""
    from ..analysis import kb

    base = kb.load()
    return bool(base.city(text)) or any(
        e.type in ("GPE", "LOC") for lang in ("fr", "en") for e in base.lookup(text, lang)
    )


def _byline(unit: _Unit) -> tuple[list[str], bool] | None:
    """(authors, prefixed) when the unit is a byline."""
    if unit.words > 16 or unit.sentence and not unit.text.rstrip().endswith("."):
        return None
    text = unit.text.strip()
    low = text.lower()
    for prefix in sorted(_markers()["byline_prefixes"], key=len, reverse=True):
        if low.startswith(prefix + " ") or low.startswith(prefix + ":"):
            names = _name_chunks(text[len(prefix) :].lstrip(" :"), prefixed=True)
            return (names, True) if names is not None else None
    if unit.sentence:
        return None
    names = _name_chunks(text)
    if names is None:
        return None
    if not names:  # a desk or an agency alone: "Rédaction Internationale | Agence Ibérique de Presse"
        return ([], False) if unit.words <= 8 else None
    if all(len([t for t in n.split() if t[:1].isupper()]) >= 2 for n in names):
        return names, False
    return None


def parse_byline(text: str) -> list[str] | None:
    """The authors named by a byline ("Par Jean Dupont et Marie Curie", "By JANE DOE | Agency"), or None."""
    text = " ".join(text.split())
    words = len(_WORD.findall(text))
    by = _byline(_Unit(text, 0, words, bool(_SENTENCE_END.search(text))))
    return by[0] if by else None


def _metadata_date(unit: _Unit, month_first: bool) -> tuple[str, dt.date] | None:
    """('published'|'updated'|'date', date) for a date line such as 'Publié le 12/03/2024 à 10h15'."""
    if unit.words > 16:
        return None
    low = fold(unit.text)
    dates = find_dates(unit.text, month_first=month_first)
    if not dates:
        return None
    markers = _markers()
    for key, prefixes in (("updated", markers["updated_prefixes"]), ("published", markers["published_prefixes"])):
        for prefix in sorted(prefixes, key=len, reverse=True):
            if low.startswith(prefix):
                return key, dates[0]
    # a short line that opens with a date: '10 févr. 2025 à 15:02 (heure de Paris)',
    # 'June 25, 2024 2:52 PM GMT+2 Updated 3 hours ago', 'Mercredi 24 avril 2024'
    if not unit.sentence and unit.words <= DATELINE_MAX_WORDS:
        first = min((m.start() for _, p in _date_patterns() for m in p.finditer(unit.text)), default=None)
        if first is not None and len(_WORD.findall(unit.text[:first])) <= 1:
            return "date", dates[0]
    # a line that is only a date (and a time): '9 avril 2025 à 10h15', 'March 3, 2024 10:15 am'
    rest = low
    for pattern in (p for _, p in _date_patterns()):
        rest = pattern.sub(" ", rest)
    rest = re.sub(
        r"\b(\d{1,2}[:h]\d{2}( ?[ap]\.?m\.?)?|à|a|at|le|on|the|gmt|utc|cet|cest|[a-z]{3,9}day|lundi|mardi|"
        r"mercredi|jeudi|vendredi|samedi|dimanche)\b|[,|\-–—]",
        " ",
        rest,
    )
    if not rest.strip(" .:()"):
        return "date", dates[0]
    return None


def _caption_prefixed(low: str) -> bool:
    """'photo : ...', 'légende - ...' (on folded text)."""
    return any(re.match(rf"{re.escape(p)}\s*[:\-–—]", low) for p in _markers()["caption_prefixes"])


def _caption_shape(unit: _Unit, month_first: bool) -> str | None:
    if unit.words < CAPTION_MIN_WORDS:
        return None
    text = unit.text.strip()
    low = fold(text)
    markers = _markers()
    if _caption_prefixed(low):
        return "caption prefix"
    # "© C. Quispe — La résidence de l'ambassadeur, à Lima." : a credit, a dash, the caption
    if _CREDIT_CAPTION.match(low):
        return "credit prefix"
    if _CREDIT_AFTER.search(text) and unit.words <= CAPTION_MAX_WORDS:
        return "credit after"
    if unit.sentence:
        return None
    credits = "|".join(re.escape(c) for c in sorted(markers["photo_credits"], key=len, reverse=True))
    if re.search(
        rf"(\(\s*(photo\s*:?\s*)?({credits})[^)]*\)|(©|/|photo\s*:|crédit\s*:|credit\s*:)\s*({credits})\b.*)$",
        text,
        re.IGNORECASE,
    ):
        return "photo credit"
    if re.search(r"(©|photo\s*:|crédit\s*:|credit\s*:)\s*\S.{0,60}$", text, re.IGNORECASE):
        return "photo credit"
    # "... on Tuesday. (WHO/PAHO)", "... in 2023. (Pacific Ledger/File)": a credit in brackets after a sentence
    if re.search(r"[.!?]\s*\((\s*[A-Z][\w&.'’\-]*\s*[/,]?){1,5}\)$", text):
        return "photo credit"
    if re.search(
        r"\b(photo|photos|crédit|credit|image|illustration)\b[^.:/©]{0,30}(/|:|©)\s*[\w .&'’-]{2,40}$",
        text,
        re.IGNORECASE,
    ):
        return "photo credit"
    dates = find_dates(text, month_first=month_first)
    if dates:
        # the date closes the line: "..., 9 April, 2025" / "..., le 9 avril 2025 (AFP)"
        tail = text[-40:]
        if find_dates(tail, month_first=month_first) and re.search(r"\d{4}\s*(\([^)]*\))?\s*$", text):
            return "trailing date"
    return None


def _split_units(text: str) -> list[str]:
    """Lines of the page, with hard-wrapped lines joined back into their paragraph."""
    units: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        for line in lines:
            if units and units[-1] is not None and _continues(units[-1], line):
                units[-1] = units[-1] + " " + line
            else:
                units.append(line)
        units.append(None)  # block boundary: never join across it
    return [u for u in units if u is not None]


def _continues(previous: str, line: str) -> bool:
    return not _SENTENCE_END.search(previous) and line[:1].islower() and len(previous) > 40


# --- the cleaner ---------------------------------------------------------------------------------------
def clean_text(
    text: str, *, source: str = "-", detect: Callable[[str], str | None] | None = None, language: str | None = None
) -> Article:
    """Turn scraped page text into an :class:`Article`.

    ``detect`` maps a text to its ISO 639-1 language (or None); it is used for the article and to tell a
    caption in another language. ``language`` forces the article language.
    """
    text = unicodedata.normalize("NFC", text.translate(_ZERO_WIDTH)).replace("\r\n", "\n").replace("\r", "\n")
    units = []
    for i, raw in enumerate(_split_units(text)):
        units.append(_Unit(raw, i, len(_WORD.findall(raw)), bool(_SENTENCE_END.search(raw))))
    art = Article(source=source)
    if not units:
        return art

    body_sample = " ".join(u.text for u in units if u.sentence and u.words >= BODY_MIN_WORDS)
    lang = language or (detect(body_sample or text) if detect else None)
    month_first = lang == "en"
    removed: list[str] = []

    # 1. widgets
    for u in units:
        kind = _boilerplate_kind(u)
        if kind:
            u.kind, u.reason = "boilerplate", kind
    _drop_teaser_lists(units)
    _drop_comment_section(units)
    _drop_link_lists(units, month_first)

    # 2. lines printed twice
    seen: dict[str, _Unit] = {}
    for u in units:
        if u.kind:
            continue
        key = fold(u.text)
        first = seen.get(key)
        if first is None:
            seen[key] = u
            continue
        if not first.sentence:
            first.kind, first.reason = "caption", "printed twice"
        u.kind, u.reason = "boilerplate", "duplicate"

    # a line with a photo credit under it is that photo's caption ("... Alfama district." / "Image credit: X")
    for u, below in zip(units, units[1:]):
        if (
            u.kind is None
            and below.kind == "boilerplate"
            and below.reason == "photocredit"
            and CAPTION_MIN_WORDS <= u.words <= CAPTION_MAX_WORDS
        ):
            u.kind, u.reason = "caption", "credit below"

    # 3. caption shapes, date lines, bylines
    published: dict[str, dt.date] = {}
    authors: list[str] = []
    for u in units:
        if u.kind == "caption" or u.kind is None:
            meta = _metadata_date(u, month_first) if u.kind is None else None
            if meta:
                u.kind, u.reason = "metadata", meta[0]
                published.setdefault(meta[0], meta[1])
                continue
            if u.kind is None:
                shape = _caption_shape(u, month_first)
                if shape:
                    u.kind, u.reason = "caption", shape

    open_units = [u for u in units if u.kind is None]
    first_body = next((u.index for u in open_units if u.sentence and u.words >= BODY_MIN_WORDS), None)
    header_end = first_body if first_body is not None else len(units)
    previous = None
    for u in units[:HEADER_SCAN_UNITS]:
        if u.kind is None:
            by = _byline(u)
            after_meta = previous is not None and previous.kind in ("byline", "metadata", "boilerplate")
            if by and (by[1] or u.index < header_end or u.index <= 2 or (after_meta and u.index <= header_end + 2)):
                u.kind, u.reason = "byline", "prefixed" if by[1] else "bare name"
                authors.extend(n for n in by[0] if n not in authors)
        if u.kind in ("byline", "metadata"):
            header_end = max(header_end, u.index + 1)
        previous = u
    if not authors:  # a wire credit: "(Reporting by Dewi Lestari in Jakarta and Tom Hendricks; Editing by ...)"
        for u in units:
            names = _credit_authors(u.text)
            if names:
                authors.extend(names)
                if u.kind is None:
                    u.kind, u.reason = "boilerplate", "credit"
                break
    if not authors:  # signature under the article
        for u in reversed(units):
            if u.kind is None:
                by = _byline(u)
                if by and u.index > header_end:
                    u.kind, u.reason = "byline", "signature"
                    authors.extend(by[0])
                break

    # 4. title and standfirst in the header
    header = [u for u in units[:header_end] if u.kind is None]
    # A site name, a section or a kicker may sit above the headline: of the header lines without a final
    # period, the headline is the longest (site names and kickers run 1-5 words, headlines 6-20).
    candidates = [u for u in header if u.words >= 3 and not u.text.rstrip().endswith(".")]
    title = max(candidates, key=lambda u: (u.words, -u.index)) if candidates else None
    if title is None:
        title = next((u for u in header if u.words >= 3 and not (u.sentence and u.words >= BODY_MIN_WORDS)), None)
    if title is None and header and first_body is None:
        title = header[0]
    if title is None and first_body is not None and header:
        title = next((u for u in header if u.words >= 2), None)
    if title:
        title.kind = "title"
    standfirst = None
    for u in header:
        if u.kind is not None:
            continue
        if title and u.index > title.index and u.sentence and standfirst is None:
            u.kind, standfirst = "standfirst", u
        elif title and u.index < title.index:
            foreign = detect and lang and u.words >= CAPTION_MIN_WORDS and detect(u.text) not in (None, lang)
            u.kind, u.reason = ("caption", "other language") if foreign else ("boilerplate", "header")
    # 5. body, and furniture after the last paragraph
    body = [u for u in units if u.kind is None]
    last_body = max((u.index for u in body if u.sentence and u.words >= TRAILING_MAX_WORDS), default=-1)
    for u in body:
        if u.index > last_body and not u.sentence and u.words < TRAILING_MAX_WORDS:
            u.kind, u.reason = "boilerplate", "trailing"
        elif u.kind is None:
            u.kind = "body"

    _drop_author_bios(units, authors)
    captions: list[str] = []
    for u in units:
        if u.kind == "caption":
            captions.append(u.text)
        elif u.kind in ("boilerplate", "metadata", "byline"):
            removed.append(u.text)

    art.title = title.text if title else None
    art.authors = authors
    art.standfirst = standfirst.text if standfirst else None
    art.paragraphs = [u.text for u in units if u.kind in ("standfirst", "body")]
    art.captions = captions
    art.boilerplate = removed
    # the body sample decided the language already; without one, the cleaned text decides
    art.language = (
        lang if (language or body_sample or not detect) else detect(" ".join([art.title or ""] + art.paragraphs))
    )
    art.published = _published(units, published, captions, month_first)
    art.analysis["extraction"] = {
        "status": "ok",
        "extractor": "text",
        "lines": [[u.kind, u.reason, u.text[:120]] for u in units if u.kind != "body"],
    }
    return art


def _drop_link_lists(units: list[_Unit], month_first: bool = False) -> None:
    """After the article starts, a run of lines that are not sentences (headlines of other articles, menu
    and footer links) is a link list; what follows the article beyond such a list is page furniture.

    The header (title, byline) is left to the header rules: a run is only looked for after the first
    body paragraph.
    """
    first = next((u.index for u in units if u.kind is None and u.sentence and u.words >= BODY_MIN_WORDS), None)
    if first is None:
        return
    runs: list[tuple[int, int]] = []
    i = first
    while i < len(units):
        j = i
        while j < len(units) and _listish(units[j], month_first):
            j += 1
        if j - i >= LINK_LIST_MIN and sum(units[k].kind is None for k in range(i, j)) >= 2:
            # only a list with page furniture in it (share, teaser, nav... lines) separates the article
            # from what follows; a list of headlines alone may sit between teasers and the article
            furniture = any(units[k].kind == "boilerplate" for k in range(i, j))
            runs.append((i, j, furniture))
        i = j + 1 if j == i else j
    if not runs:
        return
    for start, end, _ in runs:
        for u in units[start:end]:
            if u.kind is None:
                u.kind, u.reason = "boilerplate", "link list"
    # the article is the segment (between link lists) with the most sentence words; later ones are furniture
    separators = [(a, b) for a, b, furniture in runs if furniture]
    bounds = [first] + [e for _, e in separators]
    segments = [(b, next((s for s, _ in separators if s >= b), len(units))) for b in bounds]
    mass = [_streak(units[a:b]) for a, b in segments]
    main = max(range(len(segments)), key=lambda k: mass[k])
    for a, b in segments[main + 1 :]:
        for u in units[a:b]:
            if u.kind is None:
                u.kind, u.reason = "boilerplate", "after the article"


def _streak(units: list[_Unit]) -> int:
    """Words of the longest run of consecutive paragraphs: an article is paragraphs in a row, where
    teasers are single paragraphs between headlines."""
    best = current = 0
    for u in units:
        if u.kind is None and u.sentence:
            current += u.words
            best = max(best, current)
        elif u.kind is None:
            current = 0
    return best


def _listish(u: _Unit, month_first: bool = False) -> bool:
    """A line of a link list: no sentence, not too long, not an article's bullet point."""
    if u.kind == "boilerplate":
        return True
    if u.kind is None and (_caption_shape(u, month_first) or _byline(u) or _metadata_date(u, month_first)):
        return False  # a caption, a byline or a date line is not a link
    return (
        u.kind is None
        and not u.sentence
        and u.words < WIDGET_MAX_WORDS
        and not u.text.lstrip().startswith(("-", "•", "–", "*", "·"))
        and not u.text.rstrip().endswith((",", ";"))
    )


def _drop_author_bios(units: list[_Unit], authors: list[str]) -> None:
    """ "Camille Roussel est correspondante...", "Jane Doe is a reporter...": the author's bio, not the article."""
    for u in units:
        if u.kind not in (None, "body") or u.words > BIO_MAX_WORDS:
            continue
        for name in authors:
            if re.match(
                rf"{re.escape(name)},?\s+(est|était|is|was|covers|couvre|a rejoint|joined|writes|écrit)\b", u.text
            ):
                u.kind, u.reason = "boilerplate", "author bio"
                break


def _drop_comment_section(units: list[_Unit]) -> None:
    """Readers' comments come after a comment heading ("3 commentaires", "Leave a reply") that follows the
    article: everything from there on is the comment section, not the article."""
    body_seen = 0
    for i, u in enumerate(units):
        if u.kind is None and u.sentence and u.words >= BODY_MIN_WORDS:
            body_seen += 1
        elif u.kind == "boilerplate" and u.reason == "comment" and body_seen >= COMMENTS_AFTER_PARAGRAPHS:
            before = sum(v.words for v in units[:i] if v.kind is None and v.sentence)
            after = sum(v.words for v in units[i + 1 :] if v.kind is None and v.sentence)
            if before < COMMENTS_MASS_RATIO * after:
                continue  # a comment button above the article, not the comment section below it
            for v in units[i + 1 :]:
                if v.kind is None:
                    v.kind, v.reason = "boilerplate", "comment section"
            return


def _drop_teaser_lists(units: list[_Unit]) -> None:
    """Titles listed under a 'Lire aussi' / 'Read more' heading are teasers too."""
    for i, u in enumerate(units):
        if u.kind == "boilerplate" and u.reason == "teaser" and u.words <= 4:
            for v in units[i + 1 : i + 6]:
                if v.kind is not None or v.sentence or v.words > WIDGET_MAX_WORDS or _caption_shape(v, False):
                    break
                v.kind, v.reason = "boilerplate", "teaser"


_DATELINE = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ '\-]{2,40}(,|\s*\()")


def _published(units: list[_Unit], meta: dict[str, dt.date], captions: list[str], month_first: bool) -> str | None:
    """The publication date: a date line, else a dateline, else the byline, else the latest caption date."""
    for key in ("published", "date", "updated"):
        if key in meta:
            return meta[key].isoformat()
    for u in units:
        if u.kind == "body":
            if _DATELINE.match(u.text):
                dates = find_dates(u.text[:80], month_first=month_first)
                if dates:
                    return dates[0].isoformat()
            break
    for u in units:
        if u.kind == "byline":
            dates = find_dates(u.text, month_first=month_first)
            if dates:
                return dates[0].isoformat()
    dates = [d for c in captions for d in find_dates(c, month_first=month_first)]
    # photos are taken on or before the day of publication: the latest caption date is the closest one
    return max(dates).isoformat() if dates else None
