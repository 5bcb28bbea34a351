"""The page as units: lines of the scraped text, hard-wrapped lines joined back, each with the features the
passes of the cleaner read (words, sentence end) and the label they give it."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

#: A unit with a sentence end and at least this many words is body text. Tuned on the seed and the dev
#: corpus: titles and captions run 5-30 words without a final period; the shortest lead paragraphs seen
#: have 14+ words.
BODY_MIN_WORDS = 12

WORD = re.compile(r"\w+", re.UNICODE)
SENTENCE_END = re.compile(r"[.!?…:;](\s*[»”\"’'\)\]])*\s*$")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_FOLDED = str.maketrans(
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


def fold(text: str) -> str:
    """Comparison form of a line: NFKC, case-folded, typographic quotes and dashes folded, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(text.translate(_FOLDED).split())


@dataclass
class Unit:
    """One line of the page (a paragraph once hard-wrapped lines are joined), and what the cleaner made of it."""

    text: str
    index: int
    words: int
    sentence: bool
    kind: str | None = None  # title, byline, standfirst, body, caption, boilerplate, metadata
    reason: str = ""

    @classmethod
    def of(cls, text: str, index: int = 0) -> Unit:
        return cls(text, index, len(WORD.findall(text)), bool(SENTENCE_END.search(text)))

    @property
    def is_body(self) -> bool:
        """An unlabelled sentence long enough to be body text."""
        return self.kind is None and self.sentence and self.words >= BODY_MIN_WORDS


def normalise(text: str) -> str:
    """NFC, invisible characters dropped, line ends unified."""
    return unicodedata.normalize("NFC", text.translate(_ZERO_WIDTH)).replace("\r\n", "\n").replace("\r", "\n")


def units_of(text: str) -> list[Unit]:
    """The units of a normalised page."""
    return [Unit.of(raw, i) for i, raw in enumerate(split_units(text))]


def split_units(text: str) -> list[str]:
    """Lines of the page, with hard-wrapped lines joined back into their paragraph."""
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
