"""Hand-built records for the web tests (invented people, outlets and events): a known article whose offsets are
checked word by word, events that did not happen, enough events to page through, and stored XSS payloads."""

from __future__ import annotations

import copy
import os
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

XSS = "<script>window.__xss=1</script><img src=x onerror=window.__xss=2>"

BODY = (
    "La Lituanie et la Pologne ont signé un accord à Vilnius.\n\n"
    "« Un accord historique », a déclaré Ana Ruiz devant la presse.\n\n"
    "La Pologne n’a pas attaqué la Lituanie."
)


def span(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    """The offsets of the ``nth`` occurrence of ``word`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return start, start + len(word)


def mention(word: str, nth: int = 0, text: str = BODY, field: str | None = None) -> dict[str, Any]:
    start, end = span(text, word, nth)
    found: dict[str, Any] = {"text": word, "start": start, "end": end}
    if field:
        found["field"] = field
    return found


LTU = {"id": "kb:country:LTU", "name": "Lithuania", "code": "LTU", "sector": "GOV"}
POL = {"id": "kb:country:POL", "name": "Poland", "code": "POL", "sector": "GOV"}


def sentence(text: str) -> dict[str, Any]:
    start, end = span(BODY, text)
    return {"start": start, "end": end, "text": text}


KNOWN: dict[str, Any] = {
    "id": "a" * 64,
    "url": "https://news.example.org/accord",
    "source": "accord.html",
    "title": "Vilnius et Varsovie signent un accord",
    "body": BODY,
    "paragraphs": BODY.split("\n\n"),
    "captions": ["La signature à Vilnius"],
    "boilerplate": ["Abonnez-vous à notre lettre", "Publicité"],
    "language": "fr",
    "published": "2024-03-12",
    "authors": ["Camille Ferrand"],
    "entities": [
        {
            "id": "kb:country:LTU",
            "name": "Lithuania",
            "type": "GPE",
            "code": "LTU",
            "names": ["Lituanie"],
            "mentions": [mention("Lituanie"), mention("Lituanie", 1)],
        },
        {
            "id": "kb:country:POL",
            "name": "Poland",
            "type": "GPE",
            "code": "POL",
            "names": ["Pologne"],
            "mentions": [mention("Pologne"), mention("Pologne", 1)],
        },
        {
            "id": "kb:city:vilnius",
            "name": "Vilnius",
            "type": "GPE",
            "code": "LTU",
            "mentions": [
                mention("Vilnius"),
                mention("Vilnius", text="Vilnius et Varsovie signent un accord", field="title"),
                mention("Vilnius", text="La signature à Vilnius", field="caption:0"),
            ],
        },
        {
            "id": "per:ana-ruiz",
            "name": "Ana Ruiz",
            "type": "PERSON",
            "country": "POL",
            "roles": [{"role": "Foreign Minister", "text": "la ministre", "date": "2024-03-12"}],
            "mentions": [mention("Ana Ruiz")],
        },
    ],
    "quotes": [
        {
            "text": "Un accord historique",
            "start": span(BODY, "Un accord historique")[0],
            "end": span(BODY, "Un accord historique")[1],
            "direct": True,
            "cue": "déclarer",
            "speakers": [{"id": "per:ana-ruiz", "name": "Ana Ruiz"}],
        }
    ],
    "events": [
        {
            "type": "AGREE",
            "quad": "verbal cooperation",
            "score": 4.5,
            "actors": [LTU],
            "recipients": [POL],
            "date": "2024-03-12",
            "location": {"id": "kb:city:vilnius", "name": "Vilnius", "code": "LTU"},
            "negated": False,
            "modality": None,
            "source": "body",
            "trigger": {"text": "signé", "start": span(BODY, "signé")[0], "end": span(BODY, "signé")[1]},
            "sentence": sentence("La Lituanie et la Pologne ont signé un accord à Vilnius."),
        },
        {
            "type": "ASSAULT",
            "quad": "material conflict",
            "score": -9.0,
            "actors": [POL],
            "recipients": [LTU],
            "date": "2024-03-12",
            "negated": True,
            "modality": None,
            "source": "body",
            "sentence": sentence("La Pologne n’a pas attaqué la Lituanie."),
        },
    ],
}

TYPES = [
    ("CONSULT", "verbal cooperation", 2.5),
    ("ACCUSE", "verbal conflict", -2.0),
    ("AID", "material cooperation", 7.4),
]


def filler(i: int) -> dict[str, Any]:
    """An article with one event between Lithuania and Poland (type and month vary with ``i``); every fifth
    one is future, not realised."""
    typ, quad, score = TYPES[i % len(TYPES)]
    body = f"Rencontre numéro {i} entre la Lituanie et la Pologne."
    month = 1 + i % 12
    return {
        "id": f"{i:04d}" + "b" * 60,
        "title": f"Rencontre {i}",
        "body": body,
        "paragraphs": [body],
        "language": "fr" if i % 2 else "en",
        "published": f"2023-{month:02d}-15",
        "entities": [
            {"id": "kb:country:LTU", "name": "Lithuania", "type": "GPE", "code": "LTU", "mentions": []},
            {"id": "kb:country:POL", "name": "Poland", "type": "GPE", "code": "POL", "mentions": []},
        ],
        "events": [
            {
                "type": typ,
                "quad": quad,
                "score": score,
                "actors": [LTU if i % 2 else POL],
                "recipients": [POL if i % 2 else LTU],
                "date": f"2023-{month:02d}-15",
                "negated": False,
                "modality": "future" if i % 5 == 0 else None,
                "sentence": {"start": 0, "end": len(body), "text": body},
            }
        ],
    }


def hostile() -> dict[str, Any]:
    """A record whose title, quote, entity name, event type and URL carry script payloads."""
    body = f"{XSS} a parlé."
    return {
        "id": "c" * 64,
        "url": "javascript:window.__xss=3",
        "title": f"Titre {XSS}",
        "body": body,
        "paragraphs": [body],
        "captions": [XSS],
        "boilerplate": [XSS],
        "language": "fr",
        "published": "2024-01-01",
        "authors": [XSS],
        "entities": [
            {
                "id": "per:xss",
                "name": f"Mallory {XSS}",
                "type": "PERSON",
                "roles": [{"role": XSS, "text": XSS}],
                "mentions": [{"text": XSS, "start": 0, "end": len(XSS)}],
            }
        ],
        "quotes": [
            {"text": XSS, "start": 0, "end": len(XSS), "direct": True, "speakers": [{"id": "per:xss", "name": XSS}]}
        ],
        "events": [
            {
                "type": "CONSULT",
                "actors": [{"id": "per:xss", "name": XSS, "code": "LTU"}],
                "recipients": [{"code": "POL", "name": XSS}],
                "date": "2024-01-01",
                "location": {"id": "loc:xss", "name": XSS, "code": "LTU"},
                "sentence": {"start": 0, "end": len(body), "text": body},
            }
        ],
    }


def records(fillers: int = 60) -> list[dict[str, Any]]:
    """The known article, ``fillers`` more, and the hostile one (deep copies: the store may keep references)."""
    return copy.deepcopy([KNOWN, *[filler(i) for i in range(fillers)], hostile()])


def stored(path: Path, fillers: int = 60) -> Path:
    """``path``, a new store holding :func:`records` (the known article, ``fillers`` more, the hostile one)."""
    from veille.store import Store

    with Store(path) as store:
        store.add_many(records(fillers))
    return path


def wait_until_up(base: str, tries: int = 100) -> None:
    """Wait until the server at ``base`` answers (a static file: no store read), 50 ms between tries."""
    for _ in range(tries):
        try:
            urllib.request.urlopen(base + "/static/veille.css", timeout=2).close()
            return
        except OSError:
            time.sleep(0.05)


def start_server(db: Path | str, **kwargs: Any) -> tuple[Any, threading.Thread, str]:
    """A server over ``db`` on a free port of 127.0.0.1, serving in a thread: (server, thread, base URL)."""
    from veille.web.server import make_server

    server = make_server(str(db), "127.0.0.1", 0, **kwargs)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    wait_until_up(base)
    return server, thread, base


@contextmanager
def serving(db: Path | str, **kwargs: Any) -> Iterator[str]:
    """A server over ``db`` (:func:`start_server`) for the length of the block: its base URL; stopped after."""
    server, thread, base = start_server(db, **kwargs)
    try:
        yield base
    finally:
        server.shutdown()
        thread.join(10)
        server.server_close()


@contextmanager
def serving_workers(db: Path | str, workers: int = 2) -> Iterator[tuple[str, str, Any]]:
    """``veille serve --workers N`` over ``db`` in a process of its own for the length of the block: (its base URL,
    the line it printed on start, the process); terminated after."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    argv = [sys.executable, "-m", "veille.cli", "serve", "--db", str(db), "--port", "0", "--workers", str(workers)]
    proc = subprocess.Popen(argv, env=env, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline() if proc.stderr else ""
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert match, line
        base = f"http://127.0.0.1:{match.group(1)}"
        wait_until_up(base, tries=200)
        yield base, line, proc
    finally:
        proc.terminate()
        assert proc.wait(timeout=20) is not None


def fetch(url: str, method: str = "GET", headers: dict[str, str] | None = None) -> tuple[int, Any, bytes]:
    """(status, headers, body) of one request; an HTTP error status is an answer, not an exception."""
    request = urllib.request.Request(url, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()
