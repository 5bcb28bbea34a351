"""Captions printed in the text of a page: the shapes of a photo caption (a caption prefix, a photo credit
before or after it, a trailing date) that tell it from a paragraph or a title."""

from __future__ import annotations

import re

from .. import lexicon
from .lines import Unit, fold
from .pubdate import find_dates

#: A line taken for a caption because of a credit under or after it runs at most this many words: agency
#: captions run 10-30 words, while a lead paragraph printed under a photo (and over its credit) runs 30+.
CAPTION_MAX_WORDS = 30
#: A caption needs at least this many words (a bare "Photo" line is a widget, not a caption).
CAPTION_MIN_WORDS = 4
#: A caption closed by a closer ("Photo supplied", "(photo d'archives)") says something before it: this many characters.
CAPTION_CLOSE_MIN_CHARS = 30

# "Flooded streets in Hanoi on September 11, 2024. © Pham Van Duc": a sentence, then its credit
CREDIT_AFTER = re.compile(r"\w.{15,}[.!?]\s*(©\s*[\w .'’&/-]{2,40}|\(\s*(photo\s*:?\s*)?[A-ZÀ-Þ][\w .'’&/-]{1,40}\))$")
#: An agency's name alone in brackets after a sentence: how wire copy closes its paragraphs ("(Belga)", "(AFP)");
#: on a line longer than :data:`CAPTION_MAX_WORDS` with a sentence break inside, it credits the text, not a photo.
WIRE_CREDIT = re.compile(r"[.!?…]\s*\(\s*[A-ZÀ-Þ][\w.&'’ -]{1,30}\)$")
_WORD_CHAR = re.compile(r"\w")
#: a capitalised word of a photographer's name ("Jean", "DUPONT", "N'Diaye")
_NAME_WORD = r"[A-ZÀ-Þ][\w'’.\-]*"


def credit_after(text: str) -> bool:
    """Whether ``text`` is a sentence closed by a photo credit: the answer of ``CREDIT_AFTER.search(text)``, with one
    attempt per line instead of one per word character.

    A match ends with "©" and a name or with ")"; where a match starts at some word character of a line, one starts
    at the line's first (``.{15,}`` takes the characters between, no line break among them). The search tried every
    word character, each attempt running ``.{15,}`` to the end of the line and back: quadratic in the line's length,
    a third of the extraction's time.
    """
    line = text[:-1] if text.endswith("\n") else text  # ``$`` also matches before a final line break
    if not (line.endswith(")") or "©" in line):
        return False
    pos = 0
    while (first := _WORD_CHAR.search(text, pos)) is not None:
        if CREDIT_AFTER.match(text, first.start()):
            return True
        pos = text.find("\n", first.start()) + 1
        if not pos:
            return False
    return False


@lexicon.per_languages
def credit_caption() -> re.Pattern[str]:
    """ "© C. Quispe — La résidence de l'ambassadeur, à Lima.": a credit, a dash, the caption (on folded text)."""
    return re.compile(rf"(©|\(c\)|(?:{lexicon.alternation('credit_labels')})\s*:)\s*[^—–]{{1,40}}\s[—–-]\s+\S.{{10,}}")


@lexicon.per_languages
def _caption_prefix() -> re.Pattern[str]:
    """A caption prefix and its colon or dash ("photo :", "légende -"); a caption label with no punctuation ("image
    caption Alassane…"); a picture word and a credit with a slash before the caption ("photo onu/j. roux la salle…")."""
    pictures = lexicon.alternation("picture_words")
    return re.compile(
        rf"(?:{lexicon.alternation('caption_prefixes')})\s*[:\-–—]"
        rf"|(?:{lexicon.alternation('caption_labels')})\s+\w"
        rf"|(?:{pictures})\s+[^\s/:]{{2,20}}\s*/\s*\w"
    )


@lexicon.per_languages
def _photo_credits() -> tuple[re.Pattern[str], ...]:
    """Photo credits closing a line: an agency in brackets or after a credit label, a credit label and a name,
    a picture word, a slash and a name."""
    credits, labels = lexicon.alternation("photo_credits"), lexicon.alternation("credit_labels")
    pictures = lexicon.alternation("picture_words")
    return (
        re.compile(
            rf"(\(\s*(photo\s*:?\s*)?({credits})[^)]*\)|\[\s*({credits})[^\]]*\]"
            rf"|(©|/|(?:{labels}|{lexicon.alternation('agency_labels')})\s*:)\s*({credits})\b.*)$",
            re.I,
        ),
        # "... on May 2, 2024. AFP PHOTO": a sentence, then the agency and the word for its picture
        re.compile(rf"[.!?]\s*({credits})\s+({pictures})$", re.I),
        re.compile(rf"(©|(?:{labels})\s*:)\s*\S.{{0,60}}$", re.I),
        # "... on Tuesday. (WHO/PAHO)", "... in 2023. (Pacific Ledger/File)": a credit in brackets after a sentence
        re.compile(r"[.!?]\s*\((\s*[A-Z][\w&.'’\-]*\s*[/,]?){1,5}\)$"),
        re.compile(rf"\b({lexicon.alternation('picture_words')})\b[^.:/©]{{0,30}}(/|:|©)\s*[\w .&'’-]{{2,40}}$", re.I),
        # "... in Bern on Monday. KEYSTONE/Jean Dupont", "... la capitale Keystone / Jean Dupont": an agency, a slash,
        # the photographer's capitalised name
        re.compile(rf"(?:[.!?…]\s*|\s)(?i:{credits})\s*/\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}$"),
    )


@lexicon.per_languages
def _credit_tails() -> tuple[re.Pattern[str], ...]:
    """Photo credits closing a caption in forms the credit patterns lack (stop 61): a credit word (``credit_leads``)
    after the caption's last sentence, then the source ("... in Kabul. Photograph: Jane Roe", "... 2020. Courtesy
    Acme", "... du Niger. Ph : Source", "... Photo by Jane Roe/Agency | License Photo"); and, on a caption of at most
    :data:`CAPTION_MAX_WORDS` words, a credit in brackets closing the line: a credit word and a colon ("(Picture:
    Agency)"), a source "via" an agency ("(Coast Guard via AP)"), a source and a picture word ("(Agency photo)"). A
    name, a slash and an agency in brackets ("(Jane Roe/Agency)") is left: measured at stop 61, the one such caption
    was where the article named its speaker with his title, and his quotes lost their speaker."""
    leads = lexicon.alternation("credit_leads")
    labels = f"{leads}|{lexicon.alternation('agency_labels')}"
    credits, pictures = lexicon.alternation("photo_credits"), lexicon.alternation("picture_words")
    source = r"[A-ZÀ-Þ0-9][\w.&'’/\-]*(?:\s+[\w.&'’/|\-]+){0,5}"
    name = r"(?:\s*[A-ZÀ-Þ][\w&.'’\-]*){1,4}"
    return (
        re.compile(rf"[.!?…]\s*(?:[—–-]\s*)?\b(?i:{leads})\s*[:|,]?\s+{source}$"),
        re.compile(rf"\(\s*(?i:{labels})\s*:\s*[^()]{{1,40}}\)$"),
        re.compile(rf"\([^()]{{2,40}}\svia\s(?i:{credits})\)$"),
        re.compile(rf"\({name}\s+(?i:{pictures}|file)\)$"),
    )


#: "PHOTO JANE ROE, ARCHIVES AGENCE X Le ministre ...": a picture word, the photographer and the source in capitals,
#: a comma between, then the caption (a Canadian French layout)
CAPS_CREDIT_PREFIX = re.compile(
    r"(?i:photos?)\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.\- ]{2,40},\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.\- ]{2,60}\s(?=[A-ZÀ-Þ][a-zà-ÿ])"
)


def credit_tail(unit: Unit) -> bool:
    """Whether the unit, no sentence, closes on a photo credit of :func:`_credit_tails`."""
    first, *bracketed = _credit_tails()
    text = unit.text.strip()
    return bool(first.search(text)) or (
        unit.words <= CAPTION_MAX_WORDS and any(pattern.search(text) for pattern in bracketed)
    )


@lexicon.per_languages
def _caption_close() -> re.Pattern[str]:
    """What closes a caption whether or not it ends like a sentence: "... in 2019. Photo supplied", "... des Nations
    unies (photo d'archives).", an agency after it: "... au Liban. Photo d'archives AFP." (on folded text)."""
    credits = lexicon.alternation("photo_credits")
    return re.compile(rf"(?:[.!?]\s*|\s)(?:{lexicon.alternation('caption_closers')})(?:\s+(?i:{credits}))?\.?$")


def caption_prefixed(low: str) -> bool:
    """'photo : ...', 'légende - ...' (on folded text)."""
    return bool(_caption_prefix().match(low))


def caption_shape(unit: Unit, month_first: bool) -> str | None:
    """Why the unit is a caption ("caption prefix", "credit prefix", "credit after", "photo credit",
    "trailing date"), or None."""
    if unit.words < CAPTION_MIN_WORDS or not unit.patterned:
        return None
    text = unit.text.strip()
    low = fold(text)
    if caption_prefixed(low) or CAPS_CREDIT_PREFIX.match(text):
        return "caption prefix"
    if len(low) > CAPTION_CLOSE_MIN_CHARS and _caption_close().search(low):
        return "caption close"
    if credit_caption().match(low):
        return "credit prefix"
    if unit.words <= CAPTION_MAX_WORDS and credit_after(text):
        return "credit after"
    if unit.sentence:
        return None
    if unit.words > CAPTION_MAX_WORDS and unit.prose and WIRE_CREDIT.search(text):
        return None  # a wire story's paragraph closed by its agency: "… à déplorer. (Belga)"
    if any(pattern.search(text) for pattern in _photo_credits()) or credit_tail(unit):
        return "photo credit"
    dates = find_dates(text, month_first=month_first)
    if dates:
        # the date closes the line: "..., 9 April, 2025" / "..., le 9 avril 2025 (AFP)"
        tail = text[-40:]
        if find_dates(tail, month_first=month_first) and re.search(r"\d{4}\s*(\([^)]*\))?\s*$", text):
            return "trailing date"
    return None


def mark_alt_texts(units: list[Unit]) -> None:
    """A photo's alt text printed over its caption: a line whose words open the next line, which goes on past them
    as a caption does (a credit, the rest of the description) and is one (labelled so, or short and no sentence).
    The line is boilerplate, the line under it a caption; but for the page's first line, the headline, that the
    caption under it repeats (the headline stays, for the title)."""
    first = next((u.index for u in units if u.kind in (None, "caption")), None)
    for u, below in zip(units, units[1:], strict=False):
        if u.kind not in (None, "caption") or below.kind not in (None, "caption") or u.words < CAPTION_MIN_WORDS:
            continue
        if below.kind is None and (below.words > CAPTION_MAX_WORDS or below.sentence):
            continue
        head, low = fold(u.text).rstrip(" .").rstrip(), fold(below.text)
        if len(low) > len(head) and low.startswith(head) and not low[len(head)].isalnum():
            if u.index != first:
                u.kind, u.reason = "boilerplate", "alt text"
            if below.kind is None:
                below.kind, below.reason = "caption", "under its alt text"
