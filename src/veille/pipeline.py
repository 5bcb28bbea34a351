"""Inputs through every stage: read (:mod:`veille.sources`) → extract and detect the language
(:mod:`veille.extract`) → parse and analyse (:mod:`veille.analysis.stages`: entities, quotes, events).

The same batch function (:func:`analyze_batch`) runs in-process and in the worker processes of
:func:`process`; limits (size, time per document) are enforced here, in the library.
"""

from __future__ import annotations

import collections
import contextlib
import logging
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, BinaryIO

from .config import Settings
from .errors import InputError, InputTooLarge, ProcessingTimeout, VeilleError
from .extract import extract
from .record import Article, Document, Outcome, Prepare, with_prepared

if TYPE_CHECKING:
    from spacy.tokens import Doc

logger = logging.getLogger(__name__)


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


def _check_size(doc: Document, settings: Settings) -> None:
    if len(doc.text.encode("utf-8", "ignore")) > settings.max_bytes:
        raise InputTooLarge(f"larger than the size limit of {settings.max_bytes} bytes", source=doc.source)


def analyze_document(doc: Document, settings: Settings | None = None) -> Article:
    """Extract and analyse one document, within the per-document time limit."""
    settings = settings or Settings()
    _check_size(doc, settings)
    with time_limit(settings.doc_timeout, doc.source):
        art = extract(doc, settings)
        from .analysis.stages import analyze_article

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
    logger.debug("unexpected failure on %s", source, exc_info=exc)  # the traceback with -vv
    return Outcome(source, error=VeilleError(f"unexpected {type(exc).__name__}: {exc}", source=source))


#: Documents parsed together by ``nlp.pipe``. spaCy's batching makes the parse ~15% faster than one
#: call per text (measured with fr_core_news_md on the dev corpus); 16 keeps a batch's memory small.
BATCH_SIZE = 16
#: Batch size with worker processes, before the last documents (:data:`WORKER_TAIL`). A batch's texts of a language
#: are parsed in one call: with few texts, the recogniser's and the parser's calls fall under the Python steps'
#: threshold (:data:`.analysis.steps.STEP_LOOP_MIN`) and take spaCy's loop, dearer per text. In batches of 4 the 40
#: texts of bench/throughput.py took 11% more CPU than in batches of 16, in batches of 8 3% (one process, best of 5,
#: stop 64).
WORKER_BATCH_SIZE = 8
#: With worker processes, the last ``WORKER_TAIL`` documents per worker (fewer with smaller batches) are handed out
#: longest first, the last ``TAIL_ALONE`` per worker one at a time (the workers then end within one short text of
#: each other), the others in pairs (:func:`_batches`).
WORKER_TAIL = 4
TAIL_ALONE = 2


def analyze_batch(
    items: list[Document | InputError],
    settings: Settings,
    *,
    progress: Callable[[int, str, float], None] | None = None,
    done: Callable[[int, Outcome], None] | None = None,
) -> list[Outcome]:
    """Analyse documents together (one ``nlp.pipe`` per language); one Outcome per item, in order.

    Each document keeps its own time limit for extraction and analysis; the parse of a batch is given
    the limit of all its documents together, and a batch that runs over is redone one document at a
    time, so that only the slow document fails. ``progress(i, stage, limit)`` is told when the work on item
    ``i`` starts a stage ("extract", "parse" for the batch, "analyze") and the stage's time limit in seconds;
    ``done(i, outcome)`` as soon as an item's outcome is known (:mod:`veille.workers` follows both).
    """

    def finish(i: int, outcome: Outcome) -> None:
        outcomes[i] = outcome
        if done is not None:
            done(i, outcome)

    def at(i: int, stage: str, limit: float = settings.doc_timeout) -> None:
        if progress is not None:
            progress(i, stage, limit)

    from .analysis import nlp
    from .analysis.stages import SideDocs, SideKey, analyze_article, side_languages, side_text, skip_reason

    outcomes: dict[int, Outcome] = {}
    articles: dict[int, Article] = {}
    for i, item in enumerate(items):
        if isinstance(item, InputError):
            finish(i, Outcome(item.source or "?", error=item))
            continue
        at(i, "extract")
        try:
            _check_size(item, settings)
            with time_limit(settings.doc_timeout, item.source):
                articles[i] = extract(item, settings)
        except Exception as exc:
            finish(i, _failure(item.source, exc))
    by_lang: dict[str, list[int]] = {}
    for i, art in articles.items():
        if art.language is not None and skip_reason(art, settings) is None:
            by_lang.setdefault(art.language, []).append(i)
        else:
            finish(i, Outcome(art.source, article=analyze_article(art, settings)))
    # bodies, headlines and captions are parsed together, one nlp.pipe per language
    texts: dict[str, list[tuple[int, SideKey | None, str]]] = {}  # lang -> (article, side key or None, text)
    for lang, idxs in by_lang.items():
        for i in idxs:
            texts.setdefault(lang, []).append((i, None, articles[i].body))
            for key, side_lang in side_languages(articles[i]).items():
                texts.setdefault(side_lang, []).append((i, key, side_text(articles[i], key)))
    bodies: dict[int, Doc] = {}
    sides: dict[int, SideDocs] = {i: {} for idxs in by_lang.values() for i in idxs}
    for lang, batch in texts.items():
        at(batch[0][0], "parse", settings.doc_timeout * len(batch))
        try:
            with time_limit(settings.doc_timeout * len(batch), f"a batch of {len(batch)} texts"):
                docs = list(nlp.pipe([t for _, _, t in batch], lang))  # long texts in parts (bounded memory)
        except ProcessingTimeout:
            continue  # parsed one by one below, each article under its own limit
        for (i, side, _), doc in zip(batch, docs, strict=True):
            if side is None:
                bodies[i] = doc
            else:
                sides[i][side] = (lang, doc)
    for idxs in by_lang.values():
        for i in idxs:
            art = articles[i]
            at(i, "analyze")
            try:
                with time_limit(settings.doc_timeout, art.source):
                    parsed = i in bodies
                    article = analyze_article(art, settings, bodies.get(i), sides[i] if parsed else None)
                finish(i, Outcome(art.source, article=article))
            except Exception as exc:
                finish(i, _failure(art.source, exc))
    return [outcomes[i] for i in range(len(items))]


def _batches(
    items: Iterable, size: int, last_alone: int = 0, order: list[int] | None = None, single: int | None = None
) -> Iterator[list]:
    """``items`` in lists of ``size``; the ``last_alone`` last items one per list (read that far ahead to know them),
    the longest text first; with ``single``, only the ``single`` shortest of them alone, the others two per list.
    ``order``: the position in ``items`` of each item handed out, appended as they are.

    With worker processes the last items come one at a time, so that the workers finish together: in batches of
    :data:`WORKER_BATCH_SIZE` to the end, one worker ended a two-worker run of the 40 texts of bench/throughput.py
    with its last batch while the other waited (0.5-0.7 s of a 7 s run, 2026-12-03). A document parsed alone costs
    ~9% more CPU than in a batch of four (the same 40 texts: 2.47 against 2.26 s), paid on the last few only. The
    longest of them go first: the run ends on the shortest, and a worker that is done waits for the other for at
    most one short text (:func:`_in_order` gives the outcomes back in the order of ``items``). The longest of the
    last items go in pairs (all but :data:`TAIL_ALONE` per worker): while they are handed out the other workers are
    still busy, and a pair costs less than two texts alone (the 40 texts in batches of 2: 1.85 s, alone: 2.04 s, of
    4: 1.73 s; CPU, best of 4, one process, 2026-12-05)."""
    order = order if order is not None else []
    batch: list = []
    ahead: collections.deque = collections.deque()
    for n, item in enumerate(items):
        ahead.append((n, item))
        if len(ahead) <= last_alone:
            continue
        n, first = ahead.popleft()
        order.append(n)
        batch.append(first)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
    tail = sorted(ahead, key=lambda pair: -len(getattr(pair[1], "text", "")))  # stable: equal ones in order
    paired = 0 if single is None else max(len(tail) - single, 0) // 2 * 2
    for k in range(0, paired, 2):
        order.extend(n for n, _ in tail[k : k + 2])
        yield [item for _, item in tail[k : k + 2]]
    for n, item in tail[paired:]:
        order.append(n)
        yield [item]


def _in_order(outcomes: Iterable[Outcome], order: list[int]) -> Iterator[Outcome]:
    """``outcomes``, the k-th of which is that of the input at position ``order[k]``, in the order of the inputs."""
    held: dict[int, Outcome] = {}
    following = 0
    for k, outcome in enumerate(outcomes):
        held[order[k]] = outcome
        while following in held:
            yield held.pop(following)
            following += 1


def process(
    inputs: Iterable[str],
    settings: Settings | None = None,
    *,
    jobs: int = 1,
    stdin: BinaryIO | None = None,
    batch_size: int | None = None,
    prepare: Prepare | None = None,
) -> Iterator[Outcome]:
    """Read, extract and analyse every input; yield one Outcome per document, in input order.

    Documents are parsed in batches of ``batch_size``. With ``jobs`` > 1, or ``settings.hard_limits``, the batches
    run in supervised worker processes (:mod:`veille.workers`: forked warm, killed and replaced past the time or
    memory limit, a dead worker failing only its document); otherwise in this process, under soft time limits.
    ``prepare(article)``, when given, is each outcome's ``prepared`` (:func:`with_prepared`).
    """
    from .sources import iter_documents

    settings = settings or Settings()
    yield from analyze_all(iter_documents(inputs, settings, stdin=stdin), settings, jobs, batch_size, prepare)


def analyze_all(
    items: Iterable[Document | InputError],
    settings: Settings,
    jobs: int = 1,
    batch_size: int | None = None,
    prepare: Prepare | None = None,
) -> Iterator[Outcome]:
    """Analyse documents read already as :func:`process` does; one Outcome per item, in order."""
    if batch_size is None:  # smaller batches keep several workers busy until the end of a run
        batch_size = BATCH_SIZE if jobs <= 1 else WORKER_BATCH_SIZE
    size = max(batch_size, 1)
    alone = min(size, WORKER_TAIL) * jobs if jobs > 1 else 0
    order: list[int] = []
    batches = _batches(items, size, alone, order, single=TAIL_ALONE * jobs if jobs > 1 else None)
    if jobs <= 1 and not settings.hard_limits:
        for batch in batches:
            yield from (with_prepared(outcome, prepare) for outcome in analyze_batch(batch, settings))
        return
    from .workers import supervise, warm_up

    warm_up(settings, analyze_batch)
    yield from _in_order(supervise(batches, settings, jobs, analyze_batch, prepare), order)
