"""The page as units: lines of the scraped text, hard-wrapped lines joined back, each with the features the
passes of the cleaner read (words, sentence end) and the label they give it."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from ...charmap import CharMap

#: A unit with a sentence end and at least this many words is body text. Tuned on the seed and the dev
#: corpus: titles and captions run 5-30 words without a final period; the shortest lead paragraphs seen
#: have 14+ words.
BODY_MIN_WORDS = 12

#: A unit this long with a sentence break inside it is prose even when it does not end like a sentence: an
#: excerpt cut mid-sentence, a paragraph closed by a credit in parentheses, a page scraped onto one line.
#: Headlines run up to ~20 words and seldom hold a sentence break; tuned on the real-news dev excerpts.
PROSE_MIN_WORDS = 2 * BODY_MIN_WORDS

#: Line patterns (widgets, captions, bylines, date lines) are tried on lines of at most this many characters: those
#: lines run under 300 characters (a cookie notice, the longest, ~800); a longer line is text, and some patterns take
#: quadratic time on long runs of spaces or digits (an adversarial input of 20k characters took seconds).
PATTERN_MAX_CHARS = 2000

WORD = re.compile(r"\w+", re.UNICODE)
SENTENCE_END = re.compile(r"[.!?…:;](\s*[»”\"’'\)\]])*\s*$")
#: a sentence break inside a unit: a final punctuation, then a capitalised word or an opening quote
SENTENCE_BREAK = re.compile(r"\w[.!?…](\s*[»”\"’'\)\]])*\s+[«“\"]?[A-ZÀ-Þ]")
_ZERO_WIDTH = CharMap(dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad", ""))
_FOLDED = CharMap(
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


@functools.lru_cache(maxsize=4096)  # a page's lines are folded again by each pass (captions, dates, duplicates)
def fold(text: str) -> str:
    """Comparison form of a line: NFKC, case-folded, typographic quotes and dashes folded, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_FOLDED(text).split())


@dataclass
class Unit:
    """One line of the page (a paragraph once hard-wrapped lines are joined), and what the cleaner made of it."""

    text: str
    index: int
    words: int
    sentence: bool  # ends like a sentence
    kind: str | None = None  # title, byline, standfirst, body, caption, boilerplate, metadata
    reason: str = ""

    @classmethod
    def of(cls, text: str, index: int = 0) -> Unit:
        return cls(text, index, len(WORD.findall(text)), bool(SENTENCE_END.search(text)))

    @property
    def patterned(self) -> bool:
        """Short enough for the line patterns (:data:`PATTERN_MAX_CHARS`)."""
        return len(self.text) <= PATTERN_MAX_CHARS

    @property
    def prose(self) -> bool:
        """Ends like a sentence, or is long and holds a sentence break (:data:`PROSE_MIN_WORDS`)."""
        return self.sentence or (self.words >= PROSE_MIN_WORDS and SENTENCE_BREAK.search(self.text) is not None)

    @property
    def is_body(self) -> bool:
        """An unlabelled stretch of prose long enough to be body text."""
        return self.kind is None and self.words >= BODY_MIN_WORDS and self.prose


def normalise(text: str) -> str:
    """NFC, invisible characters dropped, line ends unified."""
    return unicodedata.normalize("NFC", _ZERO_WIDTH(text)).replace("\r\n", "\n").replace("\r", "\n")


def units_of(text: str) -> list[Unit]:
    """The units of a normalised page."""
    return [Unit.of(raw, i) for i, raw in enumerate(split_units(text))]


#: a date stamp glued before the first line of a page ("2022-03-24 Left Menu", "date 2023-10 Niger: ..."): an
#: ISO date, with at most one label word before it
STAMP = re.compile(r"(?:\w+\s+)?\d{4}-\d{2}(?:-\d{2})?")
LEADING_STAMP = re.compile(r"^\s*" + STAMP.pattern + r"(?=\s+\S)")


def split_units(text: str) -> list[str]:
    """Lines of the page, with hard-wrapped lines joined back into their paragraph, and a date stamp glued before
    the first line set apart."""
    stamp = LEADING_STAMP.match(text[:200])
    if stamp:
        text = stamp.group(0).strip() + "\n\n" + text[stamp.end() :].lstrip()
    units: list[str | None] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        for line in lines:
            last = units[-1] if units else None
            if last is not None and continues(last, line):
                units[-1] = last + " " + line
            else:
                units.append(line)
        units.append(None)  # block boundary: never join across it
    return [u for u in units if u is not None]


def continues(previous: str, line: str) -> bool:
    """Whether ``line`` continues the paragraph of ``previous`` (a hard-wrapped line)."""
    return not SENTENCE_END.search(previous) and line[:1].islower() and len(previous) > 40
