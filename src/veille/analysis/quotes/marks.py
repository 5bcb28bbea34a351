"""Quotation marks: the balanced pairs of a text in every common typography, and the words between them.

:func:`find_quoted` pairs « », “ ”, straight "" (also in French spacing, '" … "', and glued to an elided word:
qu'"…"), ‹ ›, „ “ and ‘ ’, keeps nested pairs inside the outer one, continues a French or English multi-paragraph
quote (the mark reopened at each paragraph), closes a quote left open in its paragraph at a closing mark of another
kind ('"…,” he said') or, when it holds a sentence, at the paragraph's end, and skips other unbalanced marks. Pure
text functions: no parse, no language.
"""

from __future__ import annotations

import re

#: Quoted fragments with fewer words are never quotes: in news text one quoted word is a term or a scare quote
#: far more often than speech (set by reading French and English wire copy; costs rare one-word quotes).
MIN_QUOTE_WORDS = 2

_REOPENERS = set('«‹“"')  # marks that reopen a quote at each paragraph it continues into
_OPEN_CTX = set(' \t\n([{—–-/\u00a0\u202f\u2009«‹“„‘"”')  # what may precede an opening mark
_CLOSE_CTX = set(",.;:)!?") | {""}  # what may follow a closing mark, never an opening one
SENTENCE_ENDS = frozenset(".!?…")  # the marks that close a sentence (and a paragraph that ends a quote left open)
#: A quote left open at the end of its paragraph (its closing mark lost, or put in the next paragraph) ends there
#: when it holds a sentence of at least this many words (the length from which quotes.direct keeps quoted words
#: with no cue); shorter, an opening mark left alone is more likely a typo than speech.
OPEN_MIN_WORDS = 6
_MARKS = re.compile('[«»‹›„“”"‘’\n]')
#: A word, apostrophes inside it included ("aujourd'hui", "n't").
WORD = re.compile(r"\w+(?:['’]\w+)*")


def find_quoted(text: str) -> list[tuple[int, int]]:
    """Return ``(open, close)`` offsets of the outermost balanced quotation-mark pairs in ``text``.

    Nested pairs are part of their outer pair. An unclosed quote at the end of a paragraph continues when the
    next paragraph reopens with the same mark (French and English multi-paragraph convention), otherwise it ends
    at the last closing mark of another kind in its paragraph (mixed typography: '"…,” he said'), or at the end
    of its paragraph when that ends a sentence of :data:`OPEN_MIN_WORDS` words or more, or is dropped, unless the
    text itself is cut in that paragraph, on a letter (an excerpt cut inside a quote: the quote runs to the end,
    its last character in: ``close`` is then the length of the text without its trailing spaces); stray closing
    marks are ignored.
    """
    stack: list[tuple[str, int]] = []  # open marks: (mark, offset)
    pairs: list[tuple[int, int]] = []
    n = len(text)

    def close(k: int, at: int) -> None:
        pairs.append((stack[k][1], at))
        del stack[k:]

    def find(openers: str) -> int:
        return next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] in openers), -1)

    skip_to = reopened = 0  # reopened: where the last paragraph that reopened a quote begins
    for found in _MARKS.finditer(text):
        i, c = found.start(), found.group()
        if i < skip_to:
            continue
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if c == "\n":
            if stack and soft_break(text, i):
                continue  # a line wrapped inside a sentence ("…de suspendre la\norganisation…"): not a paragraph
            if stack:
                j = i
                while j < n and text[j].isspace():
                    j += 1
                if j < n and text[j] == stack[0][0] and text[j] in _REOPENERS:
                    del stack[1:]
                    skip_to = reopened = j + 1
                    continue
                end = len(text[:i].rstrip())
                closers = "”»›" + ('"' if stack[0][0] != '"' else "")  # a closing mark of another kind
                typo = max(text.rfind(m, stack[0][1] + 1, end) for m in closers)
                if typo > stack[0][1] + 1:
                    pairs.append((stack[0][1], typo))  # '"The Kingdom … areas,” the ministry said': mixed typography
                elif (
                    stack[0][0] in _REOPENERS
                    and text[end - 1 : end] in SENTENCE_ENDS
                    and count_words(text[stack[0][1] : end]) >= OPEN_MIN_WORDS
                ):
                    pairs.append((stack[0][1], end))  # a quote left open at the end of its paragraph ends there
                stack.clear()
        elif c in "«‹" and nxt_visible(text, i) in _CLOSE_CTX and find(c) >= 0:
            close(find(c), i)  # "« … mis en œuvre« , a déclaré": an opening mark typed for the closing one
        elif c in "«‹„":
            stack.append((c, i))
        elif c in "»›":
            k = find("«" if c == "»" else "‹")
            if k >= 0:
                close(k, i)
        elif c == "“":
            k = find("„")
            if k >= 0:
                close(k, i)
            else:
                stack.append((c, i))
        elif c == "”":
            k = find("“„”")
            if k >= 0 and not (stack[k][0] == "”" and prev in _OPEN_CTX):
                close(k, i)
            elif prev in _OPEN_CTX and not nxt.isspace():  # ” typed as an opening mark
                stack.append((c, i))
        elif c == '"':
            k = find('"')
            if k >= 0 and (not prev.isspace() or not nxt.isalnum()):
                close(k, i)  # '…"', or '… "' in French spacing
            elif (prev in _OPEN_CTX or _elided(text, i)) and (not nxt.isspace() or (k < 0 and _spaced_close(text, i))):
                stack.append((c, i))  # '"Nous…"', or French spacing kept with straight marks: '" Nous … "'
            elif k >= 0:
                close(k, i)
        elif c == "‘" and not prev.isalnum():
            stack.append((c, i))
        elif c == "’" and not nxt.isalnum() and not _plural_possessive(text, i):
            k = find("‘")
            if k >= 0:
                close(k, i)
    last = len(text.rstrip()) - 1
    if (
        stack
        and stack[0][0] in _REOPENERS
        and text[last].isalnum()  # cut mid-sentence, not ended
        and "\n" not in text[max(stack[0][1], reopened) : last]  # its last paragraph, or its reopened one
        and last > stack[0][1] + 1
    ):
        pairs.append((stack[0][1], last + 1))  # a text cut inside its last quote (an excerpt): its last character in
    return _outermost(pairs)


#: A line break inside a sentence (text wrapped at a fixed width) follows a line of at least this many characters;
#: a shorter line ending on a word is a title or a heading (set from wrapped wire copy, wrapped at 60 to 200).
WRAPPED_LINE_MIN = 40


def soft_break(text: str, i: int) -> bool:
    """Whether the line break at ``i`` wraps a sentence rather than ending a paragraph: a single break after a line
    of :data:`WRAPPED_LINE_MIN` characters or more that ends on a word or a comma, before a lower-case word."""
    start = text.rfind("\n", 0, i) + 1
    line = text[start:i].rstrip()
    nxt = text[i + 1 : i + 2]
    return len(line) >= WRAPPED_LINE_MIN and (line[-1:].isalnum() or line[-1:] == ",") and nxt.islower()


def _elided(text: str, i: int) -> bool:
    """Whether the mark at ``i`` follows the apostrophe of an elided word glued to it (qu'"un réfugié…", d'"une
    faute…", jusqu'"au bout"): a word of one or two letters, or one ending in "qu" ("lorsqu", "puisqu"), right
    before the apostrophe. A longer word's apostrophe is a possessive or a nested closing mark (the dockers'")."""
    if text[i - 1 : i] not in {"'", "’"}:
        return False
    j = i - 1
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j : i - 1].lower()
    return 0 < len(word) <= 2 or (len(word) > 2 and word.endswith("qu"))


def _spaced_close(text: str, i: int) -> bool:
    """Whether the straight mark at ``i``, followed by a space, opens a quote in French spacing ('" Nous … "'): a
    straight mark after a space and before a space or punctuation closes it later in the same paragraph."""
    end = text.find("\n", i)
    para = text[i + 1 : end if end >= 0 else len(text)]
    j = para.find('"')
    return j > 1 and para[j - 1].isspace() and (para[j + 1 : j + 2] or " ") in _CLOSE_CTX | {" "}


def _plural_possessive(text: str, i: int) -> bool:
    """Whether the ’ at ``i`` is the apostrophe of a plural possessive inside a single-quoted quote ("‘It is the
    dockers’ fault,’ she said"), not its closing mark: after an "s", before a space and a lower-case word, with a
    closing ’ later in its paragraph (after punctuation, or before it) and no ‘ opening in between."""
    if text[i - 1 : i] not in {"s", "S"} or text[i + 1 : i + 2] != " " or not text[i + 2 : i + 3].islower():
        return False
    end = text.find("\n", i)
    end = len(text) if end < 0 else end
    for j in range(i + 1, end):
        if text[j] == "‘":
            return False
        if text[j] == "’" and (text[j - 1] in ",.!?" or nxt_visible(text, j) in _CLOSE_CTX):
            return True
    return False


def nxt_visible(text: str, i: int) -> str:
    """The first character after offset ``i`` that is not a space on the same line ("" at a line's or the text's
    end)."""
    j = i + 1
    while j < len(text) and text[j] in " \t\u00a0\u202f\u2009":
        j += 1
    return "" if j >= len(text) or text[j] == "\n" else text[j]


def _outermost(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    pairs.sort()
    outer: list[tuple[int, int]] = []
    for o, e in pairs:
        if not outer or o > outer[-1][1]:
            outer.append((o, e))
    return outer


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without surrounding spaces and trailing commas."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def count_words(s: str) -> int:
    return len(WORD.findall(s))
