"""The text cleaner: :func:`clean_text` runs the passes over the units of a page and builds the article.

Each pass reads and labels the units of a :class:`Page`; what a pass finds for the next ones (date lines,
authors, where the header ends) is kept on the page.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ...record import Article
from .. import lexicon
from .boilerplate import (
    cut_wire_credits,
    drop_author_bios,
    drop_comment_section,
    drop_link_lists,
    drop_reader_prompts,
    drop_teaser_lists,
    mark_widgets,
)
from .bylines import byline, credit_authors, glued_credit
from .captions import CAPTION_MAX_WORDS, CAPTION_MIN_WORDS, caption_shape, mark_alt_texts
from .lines import BODY_MIN_WORDS, STAMP, Unit, fold, normalise, units_of
from .posts import mark_posts
from .pubdate import find_dates, metadata_date, published

#: A bare byline or date line further down than this is not part of the header. Seen layouts put them
#: within the first 6 units; 12 leaves room for a kicker, captions and a standfirst.
HEADER_SCAN_UNITS = 12
#: a clock time: a line with a date and one is a date line ("3 May 2024 10:40"), not a caption
CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
#: The headline printed twice: its second print at most this many lines under the first (a date line, a byline,
#: a standfirst between)
HEADING_REPEAT_GAP = 3
#: After the last body paragraph, a unit shorter than this without a sentence end is page furniture.
TRAILING_MAX_WORDS = 8
#: The headline printed again in another form (a shorter print, its words as tags, a kicker cut from it): a line
#: at most this many lines under the title, before the first paragraph, with at least the minimum of words of three
#: letters or more, of which at least this share are the title's words (stop 60, hl60: set on real5-real15, where
#: they move 11 lines of 774 texts and no body line)
HEADLINE_AGAIN_GAP = 3
HEADLINE_AGAIN_MIN_WORDS = 3
HEADLINE_AGAIN_SHARE = 0.6
CONTENT_WORD = re.compile(r"\w{3,}")


@dataclass
class Page:
    """A page being cleaned: its units, each labelled by the passes, and what the passes found."""

    units: list[Unit]
    language: str | None
    detect: Callable[[str], str | None] | None
    month_first: bool
    dates: dict[str, dt.date] = field(default_factory=dict)  # date lines: "published"/"updated"/"date" -> date
    authors: list[str] = field(default_factory=list)
    header_end: int = 0  # index of the first unit after the header
    printed_again: tuple[Unit, Unit] | None = None  # the headline's two prints a few lines apart
    first_body: int | None = None  # index of the first body paragraph
    credits: list[str] = field(default_factory=list)  # wire credits cut off the paragraphs they were glued to

    def foreign(self, u: Unit) -> bool:
        """Whether ``u`` is long enough to tell its language, and in another language than the page's."""
        if not (self.detect and self.language and u.words >= CAPTION_MIN_WORDS):
            return False
        return self.detect(u.text) not in (None, self.language)


def mark_stamp(units: list[Unit]) -> None:
    """A date stamp set apart from the first line (:data:`~.lines.LEADING_STAMP`) is page metadata."""
    if units and STAMP.fullmatch(units[0].text):
        units[0].kind, units[0].reason = "metadata", "stamp"


def mark_repeats(units: list[Unit]) -> tuple[Unit, Unit] | None:
    """A line printed twice is a caption when it is not a sentence, but for the page's first line printed again
    right under it, or its first line of three words or more that is no sentence printed again a few lines under it
    (:data:`HEADING_REPEAT_GAP`): a headline printed twice (the page title, then the heading). The second print
    goes either way. Returns the two prints of the headline found by the second shape."""
    seen: dict[str, Unit] = {}
    unlabelled = [u for u in units if not u.kind]
    heading = unlabelled[:2] if len(unlabelled) >= 2 and fold(unlabelled[0].text) == fold(unlabelled[1].text) else []
    # the headline printed again a few lines under its first print, a date line, a byline or a standfirst between
    printed_again: tuple[Unit, Unit] | None = None
    top = next((u for u in unlabelled if not u.sentence and u.words >= 3), None)
    if top is not None and not heading:
        again = [u for u in unlabelled if u.index > top.index and fold(u.text) == fold(top.text)]
        if again and again[0].index - top.index <= HEADING_REPEAT_GAP:
            heading = [top, again[0]]
            printed_again = (top, again[0])
    for u in units:
        if u.kind:
            continue
        key = fold(u.text)
        first = seen.get(key)
        if first is None:
            seen[key] = u
            continue
        if not first.sentence and u not in heading:
            first.kind, first.reason = "caption", "printed twice"
        u.kind, u.reason = "boilerplate", "duplicate"
    # a line with a photo credit under it is that photo's caption ("... Alfama district." / "Image credit: X")
    for u, below in zip(units, units[1:], strict=False):
        if (
            u.kind is None
            and below.kind == "boilerplate"
            and below.reason == "photocredit"
            and CAPTION_MIN_WORDS <= u.words <= CAPTION_MAX_WORDS
        ):
            u.kind, u.reason = "caption", "credit below"
    return printed_again


def mark_dates_and_captions(page: Page) -> None:
    """Date lines (kept as the page's dates) and caption shapes."""
    for u in page.units:
        if u.kind is not None:
            continue
        meta = metadata_date(u, page.month_first)
        if meta:
            u.kind, u.reason = "metadata", meta[0]
            page.dates.setdefault(meta[0], meta[1])
            continue
        shape = caption_shape(u, page.month_first)
        if shape:
            u.kind, u.reason = "caption", shape


def mark_bylines(page: Page) -> None:
    """Bylines in the header (which extends to the last byline or date line near the top), else the
    reporters of a wire credit line, else a signature under the article."""
    units, authors = page.units, page.authors
    page.first_body = next((u.index for u in units if u.is_body), None)
    page.header_end = page.first_body if page.first_body is not None else len(units)
    previous = None
    for u in units[:HEADER_SCAN_UNITS]:
        if u.kind is None:
            by = byline(u)
            after_meta = previous is not None and previous.kind in ("byline", "metadata", "boilerplate")
            end = page.header_end
            if by and (by.prefixed or by.glued or u.index < end or u.index <= 2 or (after_meta and u.index <= end + 2)):
                u.kind, u.reason = "byline", "prefixed" if by.prefixed else "glued" if by.glued else "bare name"
                authors.extend(n for n in by.names if n not in authors)
        # a glued byline ("Jane RoeAAP") is read wherever the top prints it, but further down than the header it does
        # not stretch the header over the lines above it (a caption there is no headline)
        if u.kind == "metadata" or u.kind == "byline" and (u.reason != "glued" or u.index < page.header_end):
            page.header_end = max(page.header_end, u.index + 1)
        previous = u
    if not authors:  # a wire credit: "(Reporting by Dewi Lestari in Jakarta and Tom Hendricks; Editing by ...)"
        for u in units:
            names = credit_authors(u.text)
            if names:
                authors.extend(names)
                if u.kind is None:
                    u.kind, u.reason = "boilerplate", "credit"
                break
    for u in units:  # a wire credit glued after a paragraph's last sentence: "… in May. (Reporting by Dewi Lestari)"
        glued = glued_credit(u.text) if u.kind is None else None
        if glued:
            page.credits.append(u.text[glued[0] :].strip())
            u.text = u.text[: glued[0]]
            if not authors:  # the reporters, where no byline or credit line above named any
                authors.extend(glued[1])
    if not authors:  # signature under the article
        for u in reversed(units):
            if u.kind is None:
                by = byline(u)
                if by and u.index > page.header_end:
                    u.kind, u.reason = "byline", "signature"
                    authors.extend(by[0])
                break


def mark_header(page: Page) -> tuple[Unit | None, Unit | None]:
    """The title and the standfirst among the header lines; the lines above the title are captions (in
    another language) or furniture."""
    header = [u for u in page.units[: page.header_end] if u.kind is None]
    if page.printed_again and page.printed_again[0].kind is None:
        # the headline printed twice; a section name or a date line between its prints is furniture
        first, second = page.printed_again
        for u in page.units[first.index + 1 : second.index]:
            if u.kind is None and not u.sentence:
                u.kind, u.reason = "boilerplate", "header"
        header = [u for u in header if u.kind is None and u is not first] + [first]
        header.sort(key=lambda u: u.index)
    # A site name, a section or a kicker may sit above the headline: of the header lines without a final
    # period, the headline is the longest (site names and kickers run 1-5 words, headlines 6-20).
    candidates = [u for u in header if u.words >= 3 and not u.text.rstrip().endswith(".") and not u.prose]
    # a photo's caption under the headline tells the day the photo was taken ("X à la tribune du sommet, le 3 mai
    # 2024 à Brévonne"); a headline seldom prints a full date
    undated = [u for u in candidates if not find_dates(u.text, month_first=page.month_first)]
    if undated:
        for u in candidates:
            if u in undated:
                continue
            if CLOCK.search(u.text):  # a date line the date patterns missed ("Politics 3 May 2024 10:40")
                u.kind, u.reason = "metadata", "dated header"
                page.dates.setdefault("date", find_dates(u.text, month_first=page.month_first)[0])
            else:  # the caption
                u.kind, u.reason = "caption", "dated header"
        candidates = undated
    title = max(candidates, key=lambda u: (u.words, -u.index)) if candidates else None
    if title is None:
        title = next((u for u in header if u.words >= 3 and not (u.sentence and u.words >= BODY_MIN_WORDS)), None)
    if title is None and header and page.first_body is None:
        title = header[0]
    if title is None and page.first_body is not None and header:
        # not the first paragraph, when a byline or a date line under it drew the header past it
        title = next((u for u in header if u.words >= 2 and u.index < page.first_body), None)
    if title:
        title.kind = "title"
    standfirst = None
    for u in header:
        if u.kind is not None:
            continue
        if title and u.index > title.index and u.sentence and standfirst is None:
            u.kind, standfirst = "standfirst", u
        elif title and u.index < title.index:
            u.kind, u.reason = ("caption", "other language") if page.foreign(u) else ("boilerplate", "header")
    return title, standfirst


def mark_headline_again(units: list[Unit], title: Unit | None) -> None:
    """A line right under the title that is no sentence and whose words are mostly the title's is the headline
    printed again in another form (a shorter print, a kicker cut from it, its words as tags): page furniture. A
    standfirst or a first paragraph ends the search; a dateline ("PARIS -") has too few words."""
    if title is None:
        return
    words = set(CONTENT_WORD.findall(fold(title.text)))
    for u in units[title.index + 1 : title.index + 1 + HEADLINE_AGAIN_GAP]:
        if u.kind == "standfirst" or (u.kind is None and u.sentence):
            return
        found = CONTENT_WORD.findall(fold(u.text)) if u.kind is None else []
        shared = sum(w in words for w in found)
        if len(found) >= HEADLINE_AGAIN_MIN_WORDS and shared >= HEADLINE_AGAIN_SHARE * len(found):
            u.kind, u.reason = "boilerplate", "headline again"


def mark_body(units: list[Unit]) -> None:
    """What is left is the body, but for short lines after the last paragraph (page furniture)."""
    body = [u for u in units if u.kind is None]
    last_body = max((u.index for u in body if u.prose and u.words >= TRAILING_MAX_WORDS), default=-1)
    for u in body:
        if u.index > last_body and not u.prose and u.words < TRAILING_MAX_WORDS:
            u.kind, u.reason = "boilerplate", "trailing"
        elif u.kind is None:
            u.kind = "body"


def clean_text(
    text: str, *, source: str = "-", detect: Callable[[str], str | None] | None = None, language: str | None = None
) -> Article:
    """Turn scraped page text into an :class:`Article`.

    ``detect`` maps a text to its ISO 639-1 language (or None); it is used for the article and to tell a
    caption in another language. ``language`` forces the article language.
    """
    text = normalise(text)
    units = units_of(text)
    art = Article(source=source)
    if not units:
        return art
    body_sample = " ".join(u.text for u in units if u.sentence and u.words >= BODY_MIN_WORDS)
    lang = language or (detect(body_sample or text) if detect else None)
    page = Page(units, lang, detect, lexicon.month_first(lang))

    mark_stamp(units)
    mark_widgets(units)
    drop_teaser_lists(units)
    drop_comment_section(units)
    drop_link_lists(units, page.month_first)
    page.printed_again = mark_repeats(units)
    mark_posts(units, page.foreign, page.month_first)
    mark_dates_and_captions(page)
    mark_alt_texts(units)
    mark_bylines(page)
    title, standfirst = mark_header(page)
    mark_headline_again(units, title)
    mark_body(units)
    drop_reader_prompts(units)
    drop_author_bios(units, page.authors)
    credits = page.credits + cut_wire_credits(units)

    captions = [u.text for u in units if u.kind == "caption"]
    art.title = title.text if title else None
    art.authors = page.authors
    art.standfirst = standfirst.text if standfirst else None
    art.paragraphs = [u.text for u in units if u.kind in ("standfirst", "body")]
    art.captions = captions
    art.boilerplate = [u.text for u in units if u.kind in ("boilerplate", "metadata", "byline")] + credits
    # the body sample decided the language already; without one, the cleaned text decides
    art.language = (
        lang if (language or body_sample or not detect) else detect(" ".join([art.title or ""] + art.paragraphs))
    )
    art.published = published(units, page.dates, captions, page.month_first)
    art.analysis["extraction"] = {
        "status": "ok",
        "extractor": "text",
        "lines": [[u.kind, u.reason, u.text[:120]] for u in units if u.kind != "body"],
    }
    return art
