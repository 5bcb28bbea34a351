"""One article through every stage: extract → language → entities → quotes → events.

The same batch function (:func:`analyze_batch`) runs in-process and in the worker processes of
:func:`process`; limits (size, time per document) are enforced here, in the library.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from .config import Settings
from .errors import InputError, ProcessingTimeout, VeilleError
from .extract import extract  # noqa: F401 (re-exported: veille.pipeline.extract)
from . import lang as _lang
from .lang import detect as _language
from .record import Article, Document

logger = logging.getLogger(__name__)


@dataclass
class Outcome:
    """What became of one input: an article, or the error that stopped it."""

    source: str
    article: Article | None = None
    error: VeilleError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@contextlib.contextmanager
def time_limit(seconds: float, source: str):
    """Raise ProcessingTimeout when the block runs longer than ``seconds`` (main thread only, POSIX)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def on_alarm(signum, frame):
        raise ProcessingTimeout(f"processing took longer than the limit of {seconds:g} s", source=source)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _skip_reason(art: Article, settings: Settings) -> str | None:
    from .analysis import nlp

    if not settings.analyze:
        return "analysis disabled"
    if not nlp.supported(art.language):
        return (
            "language undetermined"
            if art.language is None
            else f"no pipeline for language {art.language!r} (supported: {', '.join(sorted(_lang.codes()))})"
        )
    if not nlp.installed(art.language):
        return f"the spaCy model {nlp.model_name(art.language)} is not installed (make setup installs it)"
    return None


def caption_languages(art: Article) -> dict[int | str, str]:
    """The texts besides the body that are coded for events, with their language: the headline
    (key ``"title"``), which states the main event, and each caption (its index; an agency's caption may
    be in another language than the article)."""
    from .analysis import nlp

    found: dict[int | str, str] = {}
    if art.title and nlp.supported(art.language) and nlp.installed(art.language):
        found["title"] = art.language
    for index, caption in enumerate(art.captions):
        lang = _language.detect(caption, _lang.codes()) or art.language
        if nlp.supported(lang) and nlp.installed(lang):
            found[index] = lang
    return found


def _side_text(art: Article, key: int | str) -> str:
    return art.title if key == "title" else art.captions[key]


def analyze_article(art: Article, settings: Settings, doc=None, captions: dict | None = None) -> Article:
    """Run the language-specific stages on an extracted article (in place) and return it.

    ``doc`` is the article body already parsed, ``captions`` maps caption index -> (language, parsed
    caption) (both parsed by a batch); without them they are parsed here.
    """
    from .analysis import nlp

    reason = _skip_reason(art, settings)
    if reason:
        art.analysis["nlp"] = {"status": "skipped", "reason": reason}
        return art
    timings = {}
    if doc is None:
        nlp.load(art.language)  # loading the model once per process is not part of this article's time
        started = time.perf_counter()
        doc = nlp.parse(art.body, art.language)
        timings["parse"] = time.perf_counter() - started
    if captions is None:
        captions = {k: (lang, nlp.parse(_side_text(art, k), lang)) for k, lang in caption_languages(art).items()}
    for name, stage in STAGES:
        t0 = time.perf_counter()
        stage(doc, art, captions)
        timings[name] = time.perf_counter() - t0
    art.analysis["nlp"] = {
        "status": "ok",
        "model": nlp.model_name(art.language),
        "seconds": {k: round(v, 4) for k, v in timings.items()},
    }
    return art


def _entities(doc, art: Article, captions: dict) -> None:
    from .analysis.entities import recognise

    art.entities = recognise(doc, lang=art.language, published=art.published)


def _quotes(doc, art: Article, captions: dict) -> None:
    from .analysis.quotes import extract_quotes

    art.quotes = extract_quotes(doc, art.entities, lang=art.language)


def _events(doc, art: Article, captions: dict) -> None:
    """Events of the body, then those of the headline that the body does not tell. The headline is coded first:
    its event is known to the reader of the body ("les mesures" names the sanctions of the headline)."""
    from .analysis.events import code_events

    headline = _side_events("title", captions, art) if "title" in captions else []
    art.events = code_events(doc, art.entities, art.quotes, lang=art.language, published=art.published, known=headline)
    _add_side_events(art, headline, "title")


def _caption_events(doc, art: Article, captions: dict) -> None:
    """Events told by the captions (a photo of a strike, of a signing), marked with their source; what the body
    already tells adds nothing."""
    for key in sorted((k for k in captions if k != "title"), key=str):
        _add_side_events(art, _side_events(key, captions, art), key)


def _side_events(key: int | str, captions: dict, art: Article) -> list[dict]:
    from .analysis.entities import recognise
    from .analysis.events import code_events

    lang, cdoc = captions[key]
    entities = recognise(cdoc, lang=lang, published=art.published)
    return code_events(cdoc, entities, [], lang=lang, published=art.published, source="caption")


def _add_side_events(art: Article, events: list[dict], key: int | str) -> None:
    source = "title" if key == "title" else "caption"
    for event in events:
        # a headline seldom dates its news: its event is the body's whatever the date
        same = [other for other in art.events if _same_event(event, other, dated=source != "title")]
        for other in same:  # "Le Burundi retire ses troupes de RDC": the headline names whom the body's act concerns
            if (
                not other.get("recipients")
                and event.get("recipients")
                and _codes(other, "actors") == _codes(event, "actors")
            ):
                other["recipients"] = event["recipients"]
        if not same:
            event["source"] = source
            if source == "caption":
                event["caption"] = key
            art.events.append(event)


def _codes(event: dict, side: str) -> set:
    return {p.get("code") for p in event.get(side) or [] if p.get("code")}


def _same_event(a: dict, b: dict, dated: bool = True) -> bool:
    """A caption usually pictures what the body tells: same type, same sides, same day is one event."""

    def codes(ev):
        return _codes(ev, "actors") | _codes(ev, "recipients")

    return (
        a.get("type") == b.get("type") and (not dated or a.get("date") == b.get("date")) and bool(codes(a) & codes(b))
    )


#: The analysis stages, in order: each reads the Doc and what earlier stages put on the article.
STAGES = [("entities", _entities), ("quotes", _quotes), ("events", _events), ("captions", _caption_events)]


def _check_size(doc: Document, settings: Settings) -> None:
    if len(doc.text.encode("utf-8", "ignore")) > settings.max_bytes:
        from .errors import InputTooLarge

        raise InputTooLarge(f"larger than the size limit of {settings.max_bytes} bytes", source=doc.source)


def analyze_document(doc: Document, settings: Settings | None = None) -> Article:
    """Extract and analyse one document, within the per-document time limit."""
    settings = settings or Settings()
    _check_size(doc, settings)
    with time_limit(settings.doc_timeout, doc.source):
        art = extract(doc, settings)
        return analyze_article(art, settings)


def analyze_text(
    text: str, *, source: str = "-", html: bool | None = None, url: str | None = None, settings: Settings | None = None
) -> Article:
    """Analyse a page given as a string (HTML when ``html`` is true or the text looks like HTML)."""
    from .sources import sniff

    kind = ("html" if html else "text") if html is not None else sniff(text)
    return analyze_document(
        Document(source=source, content_type="html" if kind == "html" else "text", text=text, url=url), settings
    )


def _failure(source: str, exc: Exception) -> Outcome:
    if isinstance(exc, VeilleError):
        return Outcome(source, error=exc)
    # a bug or a library failure on one document must not stop the others
    logger.error("unexpected failure on %s", source, exc_info=exc)
    return Outcome(source, error=VeilleError(f"unexpected {type(exc).__name__}: {exc}", source=source))


#: Documents parsed together by ``nlp.pipe``. spaCy's batching makes the parse ~15% faster than one
#: call per text (measured with fr_core_news_md on the dev corpus); 16 keeps a batch's memory small.
BATCH_SIZE = 16
#: Batch size with worker processes: small enough that the last batches do not leave a worker idle.
WORKER_BATCH_SIZE = 4


def analyze_batch(items: list[Document | InputError], settings: Settings) -> list[Outcome]:
    """Analyse documents together (one ``nlp.pipe`` per language); one Outcome per item, in order.

    Each document keeps its own time limit for extraction and analysis; the parse of a batch is given
    the limit of all its documents together, and a batch that runs over is redone one document at a
    time, so that only the slow document fails.
    """
    from .analysis import nlp

    outcomes: list[Outcome | None] = [None] * len(items)
    articles: dict[int, Article] = {}
    for i, item in enumerate(items):
        if isinstance(item, InputError):
            outcomes[i] = Outcome(item.source or "?", error=item)
            continue
        try:
            _check_size(item, settings)
            with time_limit(settings.doc_timeout, item.source):
                articles[i] = extract(item, settings)
        except Exception as exc:
            outcomes[i] = _failure(item.source, exc)
    by_lang: dict[str, list[int]] = {}
    for i, art in articles.items():
        if _skip_reason(art, settings) is None:
            by_lang.setdefault(art.language, []).append(i)
        else:
            outcomes[i] = Outcome(art.source, article=analyze_article(art, settings))
    # bodies and captions are parsed together, one nlp.pipe per language
    texts: dict[str, list[tuple[int, int | None, str]]] = {}  # lang -> (article, caption index or None, text)
    for lang, idxs in by_lang.items():
        for i in idxs:
            texts.setdefault(lang, []).append((i, None, articles[i].body))
            for index, clang in caption_languages(articles[i]).items():
                texts.setdefault(clang, []).append((i, index, _side_text(articles[i], index)))
    bodies: dict[int, Any] = {}
    captions: dict[int, dict[int, tuple[str, Any]]] = {i: {} for idxs in by_lang.values() for i in idxs}
    for lang, items_ in texts.items():
        try:
            with time_limit(settings.doc_timeout * len(items_), f"a batch of {len(items_)} texts"):
                docs = list(nlp.load(lang).pipe([nlp.normalise_spaces(t) for _, _, t in items_]))
        except ProcessingTimeout:
            continue  # parsed one by one below, each article under its own limit
        for (i, index, _), doc in zip(items_, docs):
            if index is None:
                bodies[i] = doc
            else:
                captions[i][index] = (lang, doc)
    for idxs in by_lang.values():
        for i in idxs:
            art = articles[i]
            try:
                with time_limit(settings.doc_timeout, art.source):
                    parsed = i in bodies
                    outcomes[i] = Outcome(
                        art.source,
                        article=analyze_article(art, settings, bodies.get(i), captions[i] if parsed else None),
                    )
            except Exception as exc:
                outcomes[i] = _failure(art.source, exc)
    return outcomes  # type: ignore[return-value]


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _batch_task(args: tuple[list, Settings]) -> list[Outcome]:
    return analyze_batch(*args)


def process(
    inputs: Iterable[str],
    settings: Settings | None = None,
    *,
    jobs: int = 1,
    stdin: BinaryIO | None = None,
    batch_size: int | None = None,
) -> Iterator[Outcome]:
    """Read, extract and analyse every input; yield one Outcome per document, in input order.

    Documents are parsed in batches of ``batch_size``; ``jobs`` > 1 runs the batches in that many
    worker processes (each loads its models once).
    """
    from .sources import iter_documents

    settings = settings or Settings()
    if batch_size is None:  # smaller batches keep several workers busy until the end of a run
        batch_size = BATCH_SIZE if jobs <= 1 else WORKER_BATCH_SIZE
    batches = _batches(iter_documents(inputs, settings, stdin=stdin), max(batch_size, 1))
    if jobs <= 1:
        for batch in batches:
            yield from analyze_batch(batch, settings)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork" if hasattr(signal, "SIGALRM") else "spawn")
    with ctx.Pool(jobs) as pool:
        for outcomes in pool.imap(_batch_task, ((b, settings) for b in batches)):
            yield from outcomes
