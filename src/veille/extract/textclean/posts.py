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
SIGNATURE = re.compile(r"(?:^|\s)[—–-]\s*(?P<name>[^—–()\n]{1,80}?)\s*\(@\w{1,30}\)\s+(?P<date>.{6,40})$")


def signature(text: str, month_first: bool) -> bool:
    """Whether ``text`` ends with a post's signature: a dash, a name, "(@handle)" and a date."""
    m = SIGNATURE.search(text)
    return m is not None and bool(find_dates(m["date"], month_first=month_first))


def mark_posts(units: list[Unit], foreign: Callable[[Unit], bool], month_first: bool) -> None:
    """Label an embedded post boilerplate where it is in another language than the page: its signature line (or the
    line its signature is glued to) and the lines around it, unlabelled and contiguous, in another language."""
    for i, u in enumerate(units):
        if u.kind is not None or not u.patterned or not signature(u.text, month_first):
            continue
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
