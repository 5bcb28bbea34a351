"""One article through every stage: extract → language → entities → quotes → events.

The same per-document function (:func:`analyze_document`) runs in-process and in the worker processes of
:func:`process`; limits (size, time per document) are enforced here, in the library.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
import time
from dataclasses import dataclass
from typing import BinaryIO, Iterable, Iterator

from . import language as _language
from .config import Settings
from .errors import InputError, NoArticle, ProcessingTimeout, VeilleError
from .record import Article, Document

logger = logging.getLogger(__name__)

#: A body with fewer words is not an article: what is left of a page without one is a menu label or a
#: button ("Home", "Accueil"). The shortest real news briefs seen run ~25 words.
MIN_BODY_WORDS = 8


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


def extract(doc: Document, settings: Settings) -> Article:
    """The clean article of a document, with its language."""
    def detect(text: str) -> str | None:
        return _language.detect(text, settings.languages)

    if doc.content_type == "html":
        from .htmlextract import extract_html

        art = extract_html(doc.text, source=doc.source, url=doc.url)
        art.language = detect(" ".join([art.title or ""] + art.paragraphs))
    else:
        from .textclean import clean_text

        art = clean_text(doc.text, source=doc.source, detect=detect)
        art.url = doc.url
    words = sum(len(p.split()) for p in art.paragraphs)
    if words < MIN_BODY_WORDS:
        raise NoArticle(f"no article text found (the page's main text has {words} words)", source=doc.source)
    return art


def analyze_article(art: Article, settings: Settings) -> Article:
    """Run the language-specific stages on an extracted article (in place) and return it."""
    from . import nlp

    if not settings.analyze:
        art.analysis["nlp"] = {"status": "skipped", "reason": "analysis disabled"}
        return art
    if not STAGES:
        art.analysis["nlp"] = {"status": "skipped", "reason": "no analysis stage installed"}
        return art
    if not nlp.supported(art.language):
        reason = ("language undetermined" if art.language is None
                  else f"no pipeline for language {art.language!r} (supported: {', '.join(sorted(nlp.MODELS))})")
        art.analysis["nlp"] = {"status": "skipped", "reason": reason}
        return art
    started = time.perf_counter()
    doc = nlp.parse(art.body, art.language)
    timings = {"parse": time.perf_counter() - started}
    for name, stage in STAGES:
        t0 = time.perf_counter()
        stage(doc, art)
        timings[name] = time.perf_counter() - t0
    art.analysis["nlp"] = {"status": "ok", "model": nlp.MODELS[art.language],
                           "seconds": {k: round(v, 4) for k, v in timings.items()}}
    return art


def _entities(doc, art: Article) -> None:
    from .entities import recognise

    art.entities = recognise(doc, lang=art.language, published=art.published)


def _quotes(doc, art: Article) -> None:
    from .quotes import extract_quotes

    art.quotes = extract_quotes(doc, art.entities, lang=art.language)


def _events(doc, art: Article) -> None:
    from .events import code_events

    art.events = code_events(doc, art.entities, art.quotes, lang=art.language, published=art.published)


#: The analysis stages, in order: each reads the Doc and what earlier stages put on the article.
STAGES: list = []


def analyze_document(doc: Document, settings: Settings | None = None) -> Article:
    """Extract and analyse one document, within the per-document time limit."""
    settings = settings or Settings()
    if len(doc.text.encode("utf-8", "ignore")) > settings.max_bytes:
        from .errors import InputTooLarge

        raise InputTooLarge(f"larger than the size limit of {settings.max_bytes} bytes", source=doc.source)
    with time_limit(settings.doc_timeout, doc.source):
        art = extract(doc, settings)
        return analyze_article(art, settings)


def analyze_text(text: str, *, source: str = "-", html: bool | None = None, url: str | None = None,
                 settings: Settings | None = None) -> Article:
    """Analyse a page given as a string (HTML when ``html`` is true or the text looks like HTML)."""
    from .sources import _sniff

    kind = ("html" if html else "text") if html is not None else _sniff(text)
    return analyze_document(Document(source=source, content_type="html" if kind == "html" else "text",
                                     text=text, url=url), settings)


def _run_one(args: tuple[Document, Settings]) -> Outcome:
    doc, settings = args
    try:
        return Outcome(doc.source, article=analyze_document(doc, settings))
    except VeilleError as exc:
        return Outcome(doc.source, error=exc)
    except Exception as exc:  # a bug or a library failure on one document must not stop the batch
        logger.exception("unexpected failure on %s", doc.source)
        return Outcome(doc.source, error=VeilleError(f"unexpected {type(exc).__name__}: {exc}", source=doc.source))


def process(inputs: Iterable[str], settings: Settings | None = None, *, jobs: int = 1,
            stdin: BinaryIO | None = None) -> Iterator[Outcome]:
    """Read, extract and analyse every input; yield one Outcome per document, in input order.

    ``jobs`` > 1 runs the documents in that many worker processes (each loads its models once).
    """
    from .sources import iter_documents

    settings = settings or Settings()
    items = iter_documents(inputs, settings, stdin=stdin)

    def tasks() -> Iterator[tuple[Document, Settings] | InputError]:
        for item in items:
            yield item if isinstance(item, InputError) else (item, settings)

    if jobs <= 1:
        for task in tasks():
            yield Outcome(task.source or "?", error=task) if isinstance(task, InputError) else _run_one(task)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork" if hasattr(signal, "SIGALRM") else "spawn")
    with ctx.Pool(jobs) as pool:
        pending = list(tasks())
        docs = [t for t in pending if not isinstance(t, InputError)]
        results = iter(pool.imap(_run_one, docs, chunksize=1))
        for task in pending:
            yield Outcome(task.source or "?", error=task) if isinstance(task, InputError) else next(results)
