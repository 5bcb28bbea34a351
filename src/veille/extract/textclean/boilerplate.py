"""Page furniture: widget lines (share, comment, cookie, teaser lines... matched by the boilerplate patterns),
rows of widgets and menus, teaser lists, the comment section, link lists after the article, and the author's
bio. Each pass labels units ``boilerplate`` with the reason."""

from __future__ import annotations

import re
from typing import NamedTuple

from .. import lexicon
from .bylines import byline
from .captions import CAPTION_MAX_WORDS, caption_prefixed, caption_shape, credit_after, credit_caption
from .lines import WORD, Unit, fold
from .pubdate import metadata_date

#: Share, teaser, nav, ad and media patterns never remove a unit this long: real sentences that start
#: like a widget ("Share prices fell...") keep their place.
WIDGET_MAX_WORDS = 25
#: the kinds of pattern that :data:`WIDGET_MAX_WORDS` limits
WIDGET_KINDS = ("share", "newsletter", "teaser", "nav", "ad", "media", "live", "heading")
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


#: A quoted statement closed by its incise ("« … », a répondu X.", '"…," she said'): speech, never a widget, whatever
#: words of a widget it holds ("votre soutien", "abonnez-vous").
QUOTED_STATEMENT = re.compile(r'[«“„"]\s*[^«»“”"]{2,}?\s*[»”"]\s*,\s*\w.*', re.S)


#: A whole line in one pair of quotes, none inside: how some pages print a teaser ("“Read More: …”").
QUOTED_LINE = re.compile(r'[“"«][^“”"«»]+[”"»]')


class _Matchers(NamedTuple):
    """The boilerplate patterns joined into one alternation, in their order, each a group named ``k<i>`` whose kind
    is ``kinds["k<i>"]``: ``every`` holds them all, ``no_widget`` all but the kinds of :data:`WIDGET_KINDS`. One
    ``fullmatch`` of the alternation finds the first pattern that matches the whole line (the engine tries each
    alternative in turn, backtracking into one before the next), as a loop over the patterns does, in one call."""

    every: re.Pattern[str]
    no_widget: re.Pattern[str]
    kinds: dict[str, str]


@lexicon.per_languages  # made again when the registered languages change, as boilerplate_patterns() is
def _joined() -> _Matchers:
    patterns = lexicon.boilerplate_patterns()

    def join(keep: list[int]) -> re.Pattern[str]:
        return re.compile("|".join(f"(?P<k{i}>{patterns[i][1].pattern})" for i in keep), re.IGNORECASE)

    every = list(range(len(patterns)))
    return _Matchers(
        join(every),
        join([i for i in every if patterns[i][0] not in WIDGET_KINDS]),
        {f"k{i}": kind for i, (kind, _) in enumerate(patterns)},
    )


def match_widget(text: str, words: int) -> str | None:
    """The kind of the first boilerplate pattern that matches the whole line, or None; a quoted statement is never
    a widget."""
    joined = _joined()
    widgets = words < WIDGET_MAX_WORDS and QUOTED_STATEMENT.fullmatch(text) is None
    found = (joined.every if widgets else joined.no_widget).fullmatch(text)
    return joined.kinds[found.lastgroup] if found is not None and found.lastgroup is not None else None


def boilerplate_kind(unit: Unit) -> str | None:
    """Why the unit is page furniture (the kind of its pattern, "menu row"), or None."""
    if not unit.patterned:
        return None
    text = unit.text.strip(" \t-–—•·|>*")
    kind = match_widget(text, unit.words)
    if kind is None and QUOTED_LINE.fullmatch(text) and match_widget(text[1:-1].strip(), unit.words) == "teaser":
        kind = "teaser"  # a teaser printed in quotes: “Read More: …”
    if kind == "copyright" and (
        credit_caption().match(fold(text))
        or caption_prefixed(fold(text))
        or (unit.words <= CAPTION_MAX_WORDS and credit_after(text))
    ):
        return None  # "© C. Quispe — La résidence...", "Photo : Des partisans... © Y. Ahmed": captions
    if kind:
        return kind
    # a row of widgets on one line: "Partager sur Facebook   Partager sur X   Envoyer par e-mail"
    parts = [p.strip(" -–—•·|") for p in re.split(r"\s{2,}|\s*[|•·]\s*|\t", text) if p.strip(" -–—•·|")]
    if len(parts) > 1:
        kinds = [match_widget(p, len(WORD.findall(p))) for p in parts]
        if all(kinds):
            return kinds[0]
    # a menu, a tag list or a ticker: "Business  Commodities  Trade  Sign in", "Topics: A · B · C",
    # "Markets: JCI +0.4% | EUR/IDR 17,412 | CPO 4,210" -- three or more short items, no sentence
    # -- but for a date line whose counters or site name share the line: "3 May 2024 | site.com | 2", "Monday
    # 3 May 2024 • 120 views • 4 comments" (its date is the page's)
    if len(parts) >= ROW_MIN_ITEMS and not unit.sentence and all(len(p.split()) <= ROW_ITEM_MAX_WORDS for p in parts):
        return None if metadata_date(Unit.of(parts[0]), False) else "menu row"
    return None


def mark_widgets(units: list[Unit]) -> None:
    """Label every widget line."""
    for u in units:
        kind = boilerplate_kind(u)
        if kind:
            u.kind, u.reason = "boilerplate", kind


def drop_teaser_lists(units: list[Unit]) -> None:
    """Titles listed under a 'Lire aussi' / 'Read more' heading are teasers too."""
    for i, u in enumerate(units):
        if u.kind == "boilerplate" and u.reason == "teaser" and u.words <= 4:
            for v in units[i + 1 : i + 6]:
                if v.kind is not None or v.sentence or v.words > WIDGET_MAX_WORDS or caption_shape(v, False):
                    break
                v.kind, v.reason = "boilerplate", "teaser"


def drop_comment_section(units: list[Unit]) -> None:
    """Readers' comments come after a comment heading ("3 commentaires", "Leave a reply") that follows the
    article: everything from there on is the comment section, not the article."""
    body_seen = 0
    for i, u in enumerate(units):
        if u.is_body:
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


def drop_link_lists(units: list[Unit], month_first: bool = False) -> None:
    """After the article starts, a run of lines that are not sentences (headlines of other articles, menu
    and footer links) is a link list; what follows the article beyond such a list is page furniture.

    The header (title, byline) is left to the header rules: a run is only looked for after the first
    body paragraph.
    """
    first = next((u.index for u in units if u.is_body), None)
    if first is None:
        return
    runs: list[tuple[int, int, bool]] = []
    i = first
    while i < len(units):
        j = i
        while j < len(units) and listish(units[j], month_first):
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
    mass = [streak(units[a:b]) for a, b in segments]
    main = max(range(len(segments)), key=lambda k: mass[k])
    for a, b in segments[main + 1 :]:
        for u in units[a:b]:
            if u.kind is None:
                u.kind, u.reason = "boilerplate", "after the article"


def streak(units: list[Unit]) -> int:
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


def listish(u: Unit, month_first: bool = False) -> bool:
    """A line of a link list: no sentence, not too long, not an article's bullet point."""
    if u.kind == "boilerplate":
        return True
    if u.kind is None and (caption_shape(u, month_first) or byline(u) or metadata_date(u, month_first)):
        return False  # a caption, a byline or a date line is not a link
    return (
        u.kind is None
        and not u.sentence
        and u.words < WIDGET_MAX_WORDS
        and not u.text.lstrip().startswith(("-", "•", "–", "*", "·"))
        and not u.text.rstrip().endswith((",", ";"))
    )


def drop_author_bios(units: list[Unit], authors: list[str]) -> None:
    """ "Camille Roussel est correspondante...", "Jane Doe is a reporter...": the author's bio, not the article."""
    for u in units:
        if u.kind not in (None, "body") or u.words > BIO_MAX_WORDS:
            continue
        for name in authors:
            if re.match(rf"{re.escape(name)},?\s+({lexicon.alternation('bio_verbs')})\b", u.text):
                u.kind, u.reason = "boilerplate", "author bio"
                break


#: A prompt to the reader runs a few lines at most: a longer paragraph holding "you" and "news" is the article's
#: (stop 60, bp60: set on real5-real15's reader prompts, none of which gold includes in the body).
PROMPT_MAX_WORDS = 40
#: A page with this many other body lines in the second person is written to its reader (a guide, a column, a
#: letter): its lines naming a story or the news are the article's, and no prompt is read on it.
SECOND_PERSON_PAGE = 2
#: a quotation mark: a line holding one may quote a speaker addressing someone, never a prompt of the page
QUOTATION_MARK = re.compile(r'[«»“”„"]')
#: a link, an address or a handle ("pic.twitter.com/…", "desk@news.example"): its words are no cue of a prompt
LINK_TOKEN = re.compile(r"\S+[./@]\S+")


@lexicon.per_languages
def _prompt_cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Whether a line addresses the reader (a second person, or an imperative opening it after any glyph), whether it
    names the page, the outlet or what the outlet offers, whether it holds a speech incise (", a docker said"), and
    whether it holds a second person: the lists of ``extract.json``."""
    address = re.compile(
        rf"\b(?:{lexicon.alternation('reader_address')})\b|^\W*(?:{lexicon.alternation('reader_imperatives')})\b",
        re.IGNORECASE,
    )
    outlet = re.compile(rf"\b(?:{lexicon.alternation('outlet_words')})\b", re.IGNORECASE)
    incise = re.compile(rf",\s*(?:\S+\s+){{0,5}}(?:{lexicon.alternation('incise_words')})\b", re.IGNORECASE)
    second = re.compile(rf"\b(?:{lexicon.alternation('reader_address')})\b", re.IGNORECASE)
    return address, outlet, incise, second


def drop_reader_prompts(units: list[Unit]) -> None:
    """A body line that addresses the reader about the page or the outlet ("Follow our coverage", "Care to comment on
    this story?", « Restez au courant : activez les alertes ») is the page's prompt, not the article: news
    prose speaks to no reader outside a quotation. A line with a quotation mark or a speech incise (reported speech), or
    over :data:`PROMPT_MAX_WORDS` words, stays; so does every line of a page written to its reader
    (:data:`SECOND_PERSON_PAGE`)."""
    address, outlet, incise, second = _prompt_cues()
    body = [u for u in units if u.kind in ("body", "standfirst") and not QUOTATION_MARK.search(u.text)]
    prompts = [
        u
        for u in body
        if u.words <= PROMPT_MAX_WORDS
        and address.search(u.text)
        and outlet.search(LINK_TOKEN.sub(" ", u.text))
        and not incise.search(u.text)
    ]
    if sum(1 for u in body if u not in prompts and second.search(u.text)) >= SECOND_PERSON_PAGE:
        return  # a page written to its reader
    for u in prompts:
        u.kind, u.reason = "boilerplate", "prompt"


#: An agency's or a medium's credit in brackets glued to a body paragraph: before its first word ("(Belga) Le port
#: a…", "(DW) In a tense night…") or after its last sentence ("… en mai. (euronews)", "… was late. (The Daily
#: Ledger)", an expander after it: "(Xinhua)…[+]"; the agency and the desk's initials: "… en mai. (ats/abc)"). One
#: to four words, the first may hold one slash; before the paragraph, the first capitalised.
_CREDITED = r"[\w.&'’-]*(?:/[\w.&'’-]+)?(?: [\w.&'’-]+){0,3}\s*\)"
#: ...not a dateline's ("(JNS) WASHINGTON – The…": a place in capitals follows; the golds keep it with the paragraph)
LEAD_CREDIT = re.compile(rf"^(\(\s*[A-ZÀ-Þ]{_CREDITED})\s+(?=[«“\"]?[A-ZÀ-Þ][a-zß-ÿ'’])")
TAIL_CREDIT = re.compile(rf"(?<=[.!?…»”\"])\s*(\(\s*\w{_CREDITED})((?:…|\.\.\.)?\s*\[\+\])?$")


def cut_wire_credits(units: list[Unit]) -> list[str]:
    """Cut the bracketed credits off body paragraphs (:data:`LEAD_CREDIT`, :data:`TAIL_CREDIT`); the credits cut, for
    the boilerplate. Captions are labelled already: a caption's closing credit stays with it."""
    cut: list[str] = []
    for u in units:
        if u.kind not in ("body", "standfirst") or not u.patterned:
            continue
        if lead := LEAD_CREDIT.match(u.text):
            cut.append(lead.group(1))
            u.text = u.text[lead.end() :]
        if tail := TAIL_CREDIT.search(u.text):
            cut.extend(g.strip() for g in tail.groups() if g)
            u.text = u.text[: tail.start()].rstrip()
    return cut
