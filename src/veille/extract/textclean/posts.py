"""Social-media posts embedded in a scraped page: the post's text printed in the article's flow around the embed's
signature line ("— Jane Roe (@janeroe) March 3, 2024"), or with the signature glued after its last line. A post in
another language than the page's is no paragraph of the article (the article quotes it in its own words when it
matters). A post in the page's language stays: some pages print their posts as the story ("See the tweets:"), and
the ScrapingHub benchmark's articles keep them (bench/textclean.py); its signature is a caption, as before."""

from __future__ import annotations

import re
from collections.abc import Callable

from .lines import Unit
from .pubdate import find_dates

#: The signature of an embedded post: a dash, the author's display name, the handle in brackets, then the date,
#: alone on its line or glued after the post's last words.
SIGNATURE = re.compile(r"(?:^|\s|(?<=[.!?…]))[—–-]\s*(?P<name>[^—–()\n]{1,80}?)\s*\(@\w{1,30}\)\s+(?P<date>.{6,40})$")
#: What marks a line as the post's own text, whatever its language: a link the platform shortens, a handle, a hashtag
POST_MARK = re.compile(r"pic\.twitter\.com/|https?://t\.co/|(?<![\w@])@\w{2,30}|(?<![\w&#])#\w{2,}")
#: A post's text runs at most this many words (280 characters)
POST_MAX_WORDS = 60


def signature(text: str, month_first: bool) -> bool:
    """Whether ``text`` ends with a post's signature: a dash, a name, "(@handle)" and a date."""
    m = SIGNATURE.search(text)
    return m is not None and bool(find_dates(m["date"], month_first=month_first))


def mark_posts(units: list[Unit], foreign: Callable[[Unit], bool], month_first: bool) -> None:
    """Label an embedded post boilerplate where it is in another language than the page: its signature line (or the
    line its signature is glued to) and the lines around it, unlabelled and contiguous, in another language. In any
    language, the lines around a signature that hold a post's marks (:data:`POST_MARK`) are the post's text."""
    for i, u in enumerate(units):
        if u.kind is not None or not u.patterned or not signature(u.text, month_first):
            continue
        mark_post_text(units, i, month_first)
        if u.text.lstrip()[:1] not in "—–-" and not foreign(u):
            continue  # glued after a line of the page's language
        lines = [u]
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(units) and units[j].kind is None and foreign(units[j]):
                lines.append(units[j])
                j += step
        if len(lines) > 1 or u.text.lstrip()[:1] not in "—–-":
            for line in lines:
                line.kind, line.reason = "boilerplate", "post signature" if line is u else "post"


def mark_post_text(units: list[Unit], i: int, month_first: bool) -> None:
    """The post's own text around its signature ``units[i]``, in the page's language too: the unlabelled lines next to
    it, contiguous, that hold a post's marks (a shortened link, a handle, a hashtag) and are no other signature
    (stop 61). The article's own lines about the post hold none of them ("…, he wrote on X.")."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(units):
            v = units[j]
            if v.kind is not None or v.words > POST_MAX_WORDS or signature(v.text, month_first):
                break
            if not POST_MARK.search(v.text):
                break
            v.kind, v.reason = "boilerplate", "post"
            j += step
