"""Languages as data: one registry, one folder per language.

Everything Veille knows about a language lives in ``veille/lang/<code>/``: the spaCy model to load, and data
files read by the stages (quote cues, event triggers and cues, calendar words, dependency labels of the model).
Stage code never tests a language code; it asks the language's data. A language is a :class:`Language`; the
built-in ones (French, English) register themselves on first use, and another can be added at run time with
:func:`register` (``docs/languages.md`` says what its folder must hold)::

    from veille import lang
    fr = lang.get("fr")            # raises UnsupportedLanguage for a code with no data
    fr.model                       # "fr_core_news_md"
    fr.json("events.json")         # a data file of the language, read once

Language identification (which language a text is in) is :mod:`veille.lang.detect`.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

from ..datafiles import read_json, read_rows, read_table
from ..errors import UnsupportedLanguage

#: Languages shipped with Veille: each is a subpackage ``veille.lang.<code>`` that defines ``LANGUAGE``.
BUILTIN = ("fr", "en")


@dataclass(frozen=True)
class Language:
    """A language Veille can analyse: its spaCy model and the folder of its data files."""

    code: str  # ISO 639-1
    name: str  # English name, for messages
    model: str  # spaCy pipeline package, installed from PyPI
    folder: Traversable | Path = field(compare=False)  # veille/lang/<code>/ for a built-in language
    #: what :meth:`json`, :meth:`table` and :meth:`rows` read, by reader, file name and width: the value
    #: :mod:`veille.datafiles` keeps for the file's path, found without making the path again (a stage asks some
    #: files once per text or per token)
    _read: dict[tuple[str, str, int | None], Any] = field(default_factory=dict, init=False, compare=False, repr=False)

    def path(self, name: str) -> Traversable | Path:
        return self.folder / name

    def json(self, name: str) -> Any:
        """A JSON data file of the language (cached)."""
        return self._kept(("json", name, None), lambda: read_json(self.path(name)))

    def table(self, name: str) -> tuple[dict[str, str], ...]:
        """A TSV data file with a header line (cached)."""
        return self._kept(("table", name, None), lambda: read_table(self.path(name)))

    def rows(self, name: str, width: int | None = None) -> tuple[tuple[str, ...], ...]:
        """A TSV data file without header (cached)."""
        return self._kept(("rows", name, width), lambda: read_rows(self.path(name), width))

    def _kept(self, key: tuple[str, str, int | None], read: Callable[[], Any]) -> Any:
        """What ``read`` returns, read once per ``key`` (reader, file name, width)."""
        found = self._read.get(key, _UNREAD)
        if found is _UNREAD:
            found = self._read[key] = read()
        return found


_UNREAD = object()  # a file :class:`Language` has not read yet


_registry: dict[str, Language] = {}
_lock = threading.Lock()


def builtin_folder(code: str) -> Traversable:
    """The data folder of a built-in language."""
    return resources.files("veille.lang") / code


def _load_builtins() -> None:
    with _lock:
        for code in BUILTIN:
            if code not in _registry:
                _registry[code] = importlib.import_module(f"{__name__}.{code}").LANGUAGE


def register(language: Language) -> Language:
    """Add (or replace) a language; returns it."""
    _load_builtins()
    with _lock:
        _registry[language.code] = language
    _changed()
    return language


def unregister(code: str) -> None:
    """Remove a language added with :func:`register` (built-in languages come back on next use)."""
    with _lock:
        _registry.pop(code, None)
    _changed()


def get(code: str | None) -> Language:
    """The registered language ``code``; raises :class:`UnsupportedLanguage` when there is none."""
    _load_builtins()
    found = _registry.get(code) if code else None
    if found is None:
        raise UnsupportedLanguage(f"no language data for {code!r} (registered: {', '.join(codes())})")
    return found


def codes() -> tuple[str, ...]:
    """Codes of the registered languages, built-in ones first."""
    _load_builtins()
    return tuple(_registry)


def is_supported(code: str | None) -> bool:
    _load_builtins()
    return code in _registry


def every(read: Callable[[Language], Iterable[Any]]) -> frozenset[Any]:
    """The union over every registered language of what ``read`` gives (words a stage recognises whatever the
    article's language: an English caption in a French article, a French name in an English one)."""
    return frozenset(x for code in codes() for x in read(_registry[code]))


#: Caches of values derived from the registry, cleared when a language is registered or removed.
_listeners: list[Callable[[], None]] = []


def on_change(clear: Callable[[], None]) -> Callable[[], None]:
    """Call ``clear`` whenever the set of languages changes (for caches of :func:`every` results)."""
    _listeners.append(clear)
    return clear


def _changed() -> None:
    for clear in _listeners:
        clear()


__all__ = ["Language", "BUILTIN", "register", "unregister", "get", "codes", "is_supported", "every", "on_change"]
