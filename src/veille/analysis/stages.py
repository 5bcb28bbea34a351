"""The analysis of one extracted article: the language-specific stages in order, one context per parsed text.

The body, the headline and each caption are parsed texts; each gets its :class:`~.context.TextContext`. The stages
(:data:`STAGES`) run in order, each reading the body's context and what the earlier ones put on the article:

1. ``entities`` (:mod:`.entities`) — the body's entities (also set on the context: its mention index and home
   state are then available), and those of the headline and each caption, each on its own context;
2. ``quotes`` (:mod:`.quotes`) — quotes and their speakers among those entities (and, for the events alone, the
   statements told only through an act: :mod:`.quotes.acts`);
3. ``events`` (:mod:`.events`) — the headline's events first (known to the reader of the body), then the body's,
   then the headline's that the body does not tell;
4. ``captions`` — events told by the captions that the body does not tell;
5. ``fields`` — the article's entities across its fields (:mod:`.entities.fields`): the side texts' merged into the
   body's (one entity across fields; each mention says its field), as the record lists them; the quotes' and
   events' references follow a merged or folded entity. Quotes and events read the body's entities alone (their
   offsets are body offsets); the side texts' events are coded with their own entities.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from spacy.tokens import Doc

from .. import lang as _lang
from ..config import Settings
from ..lang import detect as _detect
from ..record import Article, Entity, Event, Place, Quote, Ref
from . import nlp
from .context import TextContext

#: The texts of an article besides its body that are analysed: "title", or a caption's index.
SideKey = int | str
#: Parsed side texts: key -> (language, Doc).
SideDocs = dict[SideKey, tuple[str, Doc]]


def skip_reason(art: Article, settings: Settings) -> str | None:
    """Why the article's language-specific analysis does not run, or None when it does."""
    if not settings.analyze:
        return "analysis disabled"
    if art.language is None:
        return "language undetermined"
    if not nlp.supported(art.language):
        return f"no pipeline for language {art.language!r} (supported: {', '.join(sorted(_lang.codes()))})"
    if not nlp.installed(art.language):
        return f"the spaCy model {nlp.model_name(art.language)} is not installed (make setup installs it)"
    return None


def side_languages(art: Article) -> dict[SideKey, str]:
    """The texts besides the body that are coded for events, with their language: the headline (key ``"title"``),
    which states the main event, and each caption (its index; an agency's caption may be in another language than
    the article)."""
    found: dict[SideKey, str] = {}
    if art.title and art.language and nlp.supported(art.language) and nlp.installed(art.language):
        found["title"] = art.language
    for index, caption in enumerate(art.captions):
        lang = _detect.detect(caption, _lang.codes()) or art.language
        if lang and nlp.supported(lang) and nlp.installed(lang):
            found[index] = lang
    return found


def side_text(art: Article, key: SideKey) -> str:
    """The headline (``"title"``) or the caption of index ``key``."""
    if isinstance(key, int):
        return art.captions[key]
    return art.title or ""


class Analysis:
    """One article being analysed: its body's context and its side texts' parses."""

    def __init__(self, art: Article, body: TextContext, sides: SideDocs) -> None:
        self.art, self.body, self.sides = art, body, sides
        self.contexts: dict[SideKey, TextContext] = {}
        self.side_entities: dict[SideKey, list[Entity]] = {}  # set by the entities stage
        # set by the quotes stage: the article's quotes and, in order with them, the statements told only through an
        # act ("threatened to…": quotes.acts), which the events stage reads for their speakers
        self.statements: list[Quote] = []

    def side_context(self, key: SideKey) -> TextContext:
        """The context of a side text (made once)."""
        if key not in self.contexts:
            lang, doc = self.sides[key]
            field = "title" if key == "title" else f"caption:{key}"
            self.contexts[key] = TextContext.of(doc, lang, self.art.published, field)
        return self.contexts[key]

    def side_keys(self) -> list[SideKey]:
        """The side texts: the headline first, then the captions in their order."""
        return sorted(self.sides, key=lambda k: (k != "title", k if isinstance(k, int) else -1))


def entities_stage(a: Analysis) -> None:
    """The body's entities (the article's until the ``fields`` stage), then each side text's."""
    from .entities import recognise
    from .entities.bare_parties import state_mentions

    art = a.art
    art.entities = recognise(a.body.doc, lang=a.body.lang, published=art.published, context=a.body)
    states = state_mentions(art.entities)  # a headline's "Labor" is the party of the state the body names
    for key in a.side_keys():
        ctx = a.side_context(key)
        a.side_entities[key] = recognise(ctx.doc, lang=ctx.lang, published=art.published, context=ctx, states=states)


def fields_stage(a: Analysis) -> None:
    """The article's entities across its fields (:mod:`.entities.fields`); the quotes' and events' references to a
    renamed or folded entity follow it."""
    from .entities.fields import merge_fields, record_entities
    from .entities.sourcelines import source_entities

    art = a.art
    sides = [*(a.side_entities[k] for k in a.side_keys()), source_entities(art.boilerplate, lang=a.body.lang)]
    merged, renamed = merge_fields(art.entities, sides)
    art.entities, folded = record_entities(merged, a.body.lang)
    moved = {**renamed, **folded}
    if not moved:
        return
    refs: list[Ref | Place] = [r for q in art.quotes for r in q["speakers"]]
    refs += [r for ev in art.events for r in [*ev["actors"], *ev["recipients"]]]
    refs += [place for ev in art.events if (place := ev.get("location"))]
    for ref in refs:
        ent = moved.get(ref.get("id") or "")
        if ent is not None:
            ref["id"], ref["name"] = ent["id"], ent["name"]


def quotes_stage(a: Analysis) -> None:
    from .quotes import read_statements

    said = read_statements(a.body.doc, a.art.entities, lang=a.body.lang, context=a.body)
    a.art.quotes, a.statements = said.quotes, said.all


def events_stage(a: Analysis) -> None:
    """Events of the body, then those of the headline that the body does not tell. The headline is coded first:
    its event is known to the reader of the body ("les mesures" names the sanctions of the headline)."""
    from .events import code_events

    art = a.art
    headline = side_events(a, "title") if "title" in a.sides else []
    art.events = code_events(
        a.body.doc,
        art.entities,
        a.statements,
        lang=a.body.lang,
        published=art.published,
        known=headline,
        context=a.body,
    )
    add_side_events(art, headline, "title")


def captions_stage(a: Analysis) -> None:
    """Events told by the captions (a photo of a strike, of a signing), marked with their source; what the body
    already tells adds nothing."""
    for key in sorted((k for k in a.sides if k != "title"), key=str):
        add_side_events(a.art, side_events(a, key), key)


def side_events(a: Analysis, key: SideKey) -> list[Event]:
    """The events of a side text, coded with its own entities."""
    from .entities import recognise
    from .events import code_events

    ctx = a.side_context(key)
    entities = a.side_entities.get(key)
    if entities is None:
        entities = recognise(ctx.doc, lang=ctx.lang, published=a.art.published, context=ctx)
    return code_events(ctx.doc, entities, [], lang=ctx.lang, published=a.art.published, source="caption", context=ctx)


def add_side_events(art: Article, events: list[Event], key: SideKey) -> None:
    """Add the events of a side text that the body does not tell (a headline's recipients complete the body's)."""
    from .events import is_realised

    source = "title" if key == "title" else "caption"
    for event in events:
        # a headline seldom dates its news: its event is the body's whatever the date
        same = [other for other in art.events if same_event(event, other, dated=source != "title")]
        if source == "title" and is_realised(event):  # a realised headline act is not the body's flagged reading
            same = [other for other in same if is_realised(other)]
        for other in same:  # "Le Burundi retire ses troupes de RDC": the headline names whom the body's act concerns
            if (
                not other.get("recipients")
                and event.get("recipients")
                and codes(other["actors"]) == codes(event["actors"])
            ):
                other["recipients"] = event["recipients"]
        if not same:
            event["source"] = source
            if isinstance(key, int):
                event["caption"] = key
            art.events.append(event)


def codes(side: list[Ref]) -> set[str]:
    """The actor codes of one side of an event."""
    return {code for p in side or [] if (code := p.get("code"))}


def same_event(a: Event, b: Event, dated: bool = True) -> bool:
    """A caption usually pictures what the body tells: same type, same sides, same day is one event. The same act
    the other way round is another (the sanctions of a headline and the target's counter-sanctions in the body),
    but for the acts done together (a meeting, a deal: reciprocal in ``types.tsv``), told from either side."""
    from .events.lexicon import types  # imported at use, as the stages are

    actors_a, actors_b = codes(a["actors"]), codes(b["actors"])
    recipients_a, recipients_b = codes(a["recipients"]), codes(b["recipients"])
    parties_a, parties_b = actors_a | recipients_a, actors_b | recipients_b

    def one_way(acting: set[str], other: set[str], aimed: set[str]) -> bool:  # "acting" acts on the other's actor
        return bool(acting and other) and not acting & other and bool(acting & aimed)

    info = types().get((str(a["type"]), None))
    reversed_ = not (info is not None and info.reciprocal) and (
        one_way(actors_a, actors_b, recipients_b) or one_way(actors_b, actors_a, recipients_a)
    )
    return (
        a["type"] == b["type"]
        and (not dated or a["date"] == b["date"])
        and bool(parties_a & parties_b)
        and not reversed_
    )


#: The analysis stages, in order: each reads the body's context and what earlier stages put on the article.
STAGES: list[tuple[str, Callable[[Analysis], None]]] = [
    ("entities", entities_stage),
    ("quotes", quotes_stage),
    ("events", events_stage),
    ("captions", captions_stage),
    ("fields", fields_stage),
]


def analyze_article(art: Article, settings: Settings, doc: Doc | None = None, sides: SideDocs | None = None) -> Article:
    """Run the language-specific stages on an extracted article (in place) and return it.

    ``doc`` is the article body already parsed, ``sides`` maps "title" or a caption's index to its language and
    parse (both parsed by a batch); without them they are parsed here.
    """
    reason = skip_reason(art, settings)
    if reason or art.language is None:
        art.analysis["nlp"] = {"status": "skipped", "reason": reason}
        return art
    timings = {}
    if doc is None:
        nlp.load(art.language)  # loading the model once per process is not part of this article's time
        started = time.perf_counter()
        doc = nlp.parse(art.body, art.language)
        timings["parse"] = time.perf_counter() - started
    if sides is None:
        sides = {k: (lang, nlp.parse(side_text(art, k), lang)) for k, lang in side_languages(art).items()}
    analysis = Analysis(art, TextContext.of(doc, art.language, art.published), sides)
    for name, stage in STAGES:
        t0 = time.perf_counter()
        stage(analysis)
        timings[name] = time.perf_counter() - t0
    art.analysis["nlp"] = {
        "status": "ok",
        "model": nlp.model_name(art.language),
        "seconds": {k: round(v, 4) for k, v in timings.items()},
    }
    return art


__all__ = ["analyze_article", "skip_reason", "side_languages", "side_text", "STAGES", "Analysis"]
