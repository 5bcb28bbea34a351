"""What ``veille watch`` is told: the sources file and durations.

A sources file has one source a line: its URL, then options; ``#`` starts a comment::

    https://www.lemonde.fr/rss/une.xml          every=15m
    https://example.org/sitemap-news.xml        kind=sitemap every=1h
    http://intranet.example/feed.xml            private

``every=DURATION`` is the poll interval (``30s``, ``15m``, ``2h``, ``1d``; default ``--interval``); ``kind`` is
``feed``, ``sitemap`` or ``page`` (default: found from the answer); ``private`` trusts this source's own origin
(scheme, host, port) even when its address is private (an intranet): a redirect or an item link to any other
private address is still refused, as everything is without ``--allow-private``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InvalidArgument
from ..sources.guard import SCHEMES

KINDS = ("auto", "feed", "sitemap", "page")
#: Shortest poll interval accepted: a source polled more often than this gains nothing (feeds change by the minute
#: at most) and loads its server.
MIN_INTERVAL = 1.0
UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def duration(text: str, what: str = "duration") -> float:
    """Seconds in ``30s``, ``15m``, ``2h``, ``1d`` or a plain number of seconds; InvalidArgument otherwise."""
    found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", text or "")
    if not found:
        raise InvalidArgument(f"{what} {text!r} is not a duration such as 30s, 15m, 2h or 1d")
    return float(found.group(1)) * UNITS[found.group(2) or "s"]


@dataclass(frozen=True)
class SourceSpec:
    """One source as given: URL, kind, poll interval in seconds, whether its own origin is trusted."""

    url: str
    kind: str = "auto"
    interval: float = 900.0
    trusted: bool = False


def parse_sources(text: str, name: str, default_interval: float) -> list[SourceSpec]:
    """The sources of a sources file's text (InvalidArgument naming the line of a bad one)."""
    specs: dict[str, SourceSpec] = {}
    for n, line in enumerate(text.splitlines(), 1):
        words = line.split("#", 1)[0].split() if not line.lstrip().startswith("#") else []
        if not words:
            continue
        where = f"{name}:{n}"
        url, kind, interval, trusted = words[0], "auto", default_interval, False
        if url.split("://", 1)[0].lower() not in SCHEMES or "://" not in url:
            raise InvalidArgument(f"{where}: {url!r} is not an http(s) URL")
        for option in words[1:]:
            key, _, value = option.partition("=")
            if key == "every":
                interval = duration(value, f"{where}: every")
            elif key == "kind" and value in KINDS:
                kind = value
            elif key == "private" and not value:
                trusted = True
            else:
                raise InvalidArgument(
                    f"{where}: unknown option {option!r} (every=DURATION, kind=feed|sitemap|page, private)"
                )
        if interval < MIN_INTERVAL:
            raise InvalidArgument(f"{where}: every={interval:g}s is below the minimum of {MIN_INTERVAL:g}s")
        specs[url] = SourceSpec(url, kind, interval, trusted)
    if not specs:
        raise InvalidArgument(f"{name}: no source (one URL a line)")
    return list(specs.values())


def read_sources(path: str, default_interval: float) -> list[SourceSpec]:
    """The sources of a sources file (InvalidArgument when it cannot be read)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidArgument(f"{path}: the sources file cannot be read ({exc})") from exc
    return parse_sources(text, path, default_interval)


__all__ = ["SourceSpec", "parse_sources", "read_sources", "duration", "KINDS", "MIN_INTERVAL"]
