"""Large regular expressions of the spaCy models compiled once per machine, not once per process.

spaCy's French tokenizer matches its hyphenated and elided words with one regular expression of 1.45 MB, which
Python compiles when spaCy's French module is imported: ~2.3 s of CPU, a third of loading the French model, paid by
every process that loads it (each ``veille`` command, each Ray actor: Ray starts an actor as a new process, with no
warm parent to fork from). Python's ``re`` compiles a pattern in two steps: the pattern is translated into a
program, a list of integers (``re._compiler``: all the cost), then the program becomes a pattern object
(``_sre.compile``: ~1 ms). The program of each such pattern is kept in a file of the cache directory
(:func:`directory`), and :func:`prime` puts the pattern objects made from them into ``re``'s own cache before a
model is loaded: spaCy's ``re.compile`` of the same pattern, with the same flags, then finds it there. The pattern
object is the one ``re.compile`` would make (the same program, flags and groups); a file that does not fit (another
Python, another ``re``, a different pattern, a damaged file) is not used, and the pattern is compiled as before.

Only where ``re`` keeps its cache as CPython 3.11-3.13 do (a dict keyed by the pattern's type, text and flags);
elsewhere nothing is primed. Writing the cache is best effort: a read-only or missing directory only leaves the
compile where it was.
"""

from __future__ import annotations

import array
import hashlib
import importlib
import json
import logging
import os
import re
import sys
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

#: Patterns at least this long (characters) are kept: spaCy's French token pattern has 1.45 million; the other
#: patterns of the models compile in milliseconds.
MIN_CHARS = 100_000
#: The cache directory when ``VEILLE_CACHE_DIR`` is not set: ``$XDG_CACHE_HOME/veille``, else ``~/.cache/veille``.
#: ``VEILLE_CACHE_DIR`` set to an empty value turns the cache off.
ENV = "VEILLE_CACHE_DIR"

#: the cache files read by this process: file name -> (pattern, flags, pattern object), or None when not usable
_read_files: dict[str, tuple[str, int, re.Pattern[str]] | None] = {}


def directory() -> Path | None:
    """The cache directory, or None when turned off."""
    if ENV in os.environ:
        value = os.environ[ENV]
        return Path(value) if value else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "veille"


def _tag() -> str | None:
    """What a program depends on (Python's version, ``re``'s program format), or None where ``re`` cannot be
    primed."""
    try:
        import _sre

        constants = importlib.import_module("re._constants")  # CPython 3.11+
        importlib.import_module("re._compiler")
    except ImportError:
        return None
    if not isinstance(getattr(re, "_cache", None), dict) or not hasattr(_sre, "compile"):
        return None
    if array.array("I").itemsize != _sre.CODESIZE:
        return None
    return f"{sys.implementation.name}-{sys.version_info[0]}.{sys.version_info[1]}-{constants.MAGIC}"


def _digest(pattern: str, flags: int) -> str:
    return hashlib.sha256(f"{flags}:{pattern}".encode()).hexdigest()[:24]


def program(pattern: str, flags: int = 0) -> dict[str, Any]:
    """What ``re`` compiles ``pattern`` into (its program, flags and groups), before it becomes a pattern object."""
    parsed = importlib.import_module("re._parser").parse(pattern, flags)
    code = importlib.import_module("re._compiler")._code(parsed, flags)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in parsed.state.groupdict.items():
        indexgroup[index] = name
    return {
        "flags": flags,
        "state_flags": flags | parsed.state.flags,
        "groups": parsed.state.groups - 1,
        "groupindex": dict(parsed.state.groupdict),
        "indexgroup": indexgroup,
        "code": code,
    }


def compiled(pattern: str, made: dict[str, Any]) -> re.Pattern[str]:
    """The pattern object of ``pattern`` from its :func:`program`."""
    import _sre

    return _sre.compile(
        pattern,
        made["state_flags"],
        list(made["code"]),
        made["groups"],
        made["groupindex"],
        tuple(made["indexgroup"]),
    )


def _path(folder: Path, tag: str, pattern: str, flags: int) -> Path:
    return folder / f"re-{tag}-{_digest(pattern, flags)}.bin"


def store(pattern: str, flags: int = 0, folder: Path | None = None) -> Path | None:
    """Compile ``pattern``'s program and keep it in the cache directory; its file, or None (turned off, or not
    written)."""
    tag, folder = _tag(), folder or directory()
    if tag is None or folder is None:
        return None
    made = program(pattern, flags)
    code = array.array("I", made.pop("code")).tobytes()
    text = pattern.encode("utf-8")
    head = json.dumps({**made, "text": len(text), "code": len(code), "sha256": hashlib.sha256(text + code).hexdigest()})
    path = _path(folder, tag, pattern, flags)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(head.encode() + b"\n" + text + code)
        os.replace(partial, path)  # whole or absent: two processes may store the same file at once
    except OSError as exc:
        logger.debug("regular expression cache not written (%s)", exc)
        return None
    return path


def _read(path: Path) -> tuple[str, int, re.Pattern[str]] | None:
    """(pattern, flags, its pattern object) from a cache file, or None when it does not fit."""
    try:
        data = path.read_bytes()
        line = data.index(b"\n")
        head = json.loads(data[:line])
        text = data[line + 1 : line + 1 + head["text"]]
        code = data[line + 1 + head["text"] :]
        if len(code) != head["code"] or hashlib.sha256(text + code).hexdigest() != head["sha256"]:
            return None
        pattern = text.decode("utf-8")
        if not path.name.endswith(f"-{_digest(pattern, head['flags'])}.bin"):
            return None
        program = array.array("I")
        program.frombytes(code)
        return pattern, head["flags"], compiled(pattern, {**head, "code": program.tolist()})
    except (OSError, ValueError, KeyError, TypeError, RuntimeError) as exc:
        logger.debug("regular expression cache %s not used (%s)", path, exc)
        return None


def prime(folder: Path | None = None) -> int:
    """Put the pattern objects of the cache directory's programs into ``re``'s cache, as its newest entries (``re``
    drops its oldest entries past 512); how many. Each file is read once a process."""
    tag, folder = _tag(), folder or directory()
    if tag is None or folder is None:
        return 0
    try:
        paths = sorted(folder.glob(f"re-{tag}-*.bin"))
    except OSError:
        return 0
    count = 0
    for path in paths:
        if path.name not in _read_files:
            _read_files[path.name] = _read(path)
        found = _read_files[path.name]
        if found is not None:
            pattern, flags, obj = found
            key = (type(pattern), pattern, flags)
            re._cache.pop(key, None)  # type: ignore[attr-defined]
            re._cache[key] = obj  # type: ignore[attr-defined]
            count += 1
    return count


def keep(nlp: Any, folder: Path | None = None) -> list[Path]:
    """Store the programs of ``nlp``'s tokenizer patterns of :data:`MIN_CHARS` or more that the cache does not hold
    yet (the first load on a machine pays one more compile); the files written."""
    tag, folder = _tag(), folder or directory()
    if tag is None or folder is None:
        return []
    tokenizer = nlp.tokenizer
    written = []
    for name in ("token_match", "url_match", "prefix_search", "suffix_search", "infix_finditer"):
        obj = getattr(getattr(tokenizer, name, None), "__self__", None)
        if not isinstance(obj, re.Pattern) or not isinstance(obj.pattern, str) or len(obj.pattern) < MIN_CHARS:
            continue
        # spaCy compiles its patterns with no flags argument (their flags are inline): the key of re's cache
        if _path(folder, tag, obj.pattern, 0).exists():
            continue
        path = store(obj.pattern, 0, folder)
        if path is not None:
            written.append(path)
    return written


__all__ = ["directory", "keep", "prime", "program", "compiled", "store", "MIN_CHARS", "ENV"]
