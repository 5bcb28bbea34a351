"""Alerts: saved queries evaluated on each new article. An alerts file (TOML) holds ``[[alert]]`` tables::

    [[alert]]
    name = "russia-strikes-nato"
    events = ["ASSAULT", "THREATEN"]   # an event of one of these PLOVER types...
    actor = "RUS"                      # ...whose actors include RUS...
    recipient = "member:NATO"          # ...and whose recipients include a NATO member (data/kb/members.tsv)

    [[alert]]
    name = "rutte-speaks"
    quote_by = "Mark Rutte"            # a quote whose speaker is this person (any name the store links to them)

    [[alert]]
    name = "otan-japon"
    words = ["OTAN", "Japon"]          # every word in the title or body (any case, accents kept)...
    new_story = true                   # ...of an article that starts a story (not a copy of a known one)
    to = ["alerts.jsonl", "http://127.0.0.1:9000/hook"]   # where this alert goes (default: --to)

The conditions of an alert all hold for it to fire. ``actor`` and ``recipient`` take a code, ``member:ORG``, or a
list of them (any). Events that did not happen (negated, future, hypothetical...) never fire an alert unless
``include_unrealised = true``. An alert fires once per story: a wire copy of an article it fired on does not fire
it again, unless ``every_copy = true`` (then once per article).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ..datafiles import DATA, read_table
from ..errors import InvalidArgument
from ..store import Store, normalise_name

KEYS = (
    "name",
    "events",
    "actor",
    "recipient",
    "quote_by",
    "words",
    "new_story",
    "include_unrealised",
    "every_copy",
    "to",
)


@cache
def members() -> dict[str, frozenset[str]]:
    """Organisation code -> the ISO-3 codes of its member states (``data/kb/members.tsv``)."""
    return {row["org"]: frozenset(row["members"].split("|")) for row in read_table(DATA / "kb" / "members.tsv")}


def codes(value: Any, where: str) -> frozenset[str]:
    """The codes an ``actor`` or ``recipient`` condition accepts (``member:ORG`` expanded)."""
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(i, str) and i.strip() for i in items):
        raise InvalidArgument(f"{where}: expected a code, member:ORG, or a list of them")
    found: set[str] = set()
    for item in items:
        key = item.strip().upper()
        if key.startswith("MEMBER:"):
            org = key.split(":", 1)[1]
            if org not in members():
                raise InvalidArgument(f"{where}: no members known for {org!r} (known: {', '.join(sorted(members()))})")
            found |= members()[org]
        else:
            found.add(key)
    return frozenset(found)


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


@dataclass(frozen=True)
class Alert:
    """One saved query (see the module docstring)."""

    name: str
    events: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()
    recipients: frozenset[str] = frozenset()
    quote_by: str | None = None
    words: tuple[str, ...] = ()
    new_story: bool = False
    include_unrealised: bool = False
    every_copy: bool = False
    to: tuple[str, ...] = field(default=())

    def matches(self, record: dict[str, Any], store: Store) -> list[str]:
        """Why the alert fires on a stored record (one line per reason), or [] when it does not."""
        reasons: list[str] = []
        if self.events or self.actors or self.recipients:
            found = [self.event_reason(ev) for ev in record.get("events") or [] if isinstance(ev, dict)]
            hits = [r for r in found if r]
            if not hits:
                return []
            reasons += hits[:3]
        if self.quote_by:
            hit = self.quote_reason(record, store)
            if not hit:
                return []
            reasons.append(hit)
        if self.words:
            text = fold(f"{record.get('title') or ''}\n{record.get('body') or ''}")
            if not all(re.search(rf"(?<!\w){re.escape(fold(w))}(?!\w)", text) for w in self.words):
                return []
            reasons.append("mentions " + " and ".join(repr(w) for w in self.words))
        if self.new_story:
            story = store.story_of(str(record.get("id")))
            members_ = (store.story(story) or {}).get("articles", []) if story is not None else []
            if len(members_) != 1:
                return []
            reasons.append("a new story")
        return reasons

    def event_reason(self, ev: dict[str, Any]) -> str | None:
        if not self.include_unrealised and (ev.get("negated") or ev.get("modality")):
            return None
        if self.events and str(ev.get("type") or "").upper() not in self.events:
            return None
        actors = [str((a or {}).get("code") or "").upper() for a in ev.get("actors") or [] if isinstance(a, dict)]
        recips = [str((r or {}).get("code") or "").upper() for r in ev.get("recipients") or [] if isinstance(r, dict)]
        if self.actors and not self.actors & set(actors):
            return None
        if self.recipients and not self.recipients & set(recips):
            return None
        sentence = " ".join(str((ev.get("sentence") or {}).get("text") or "").split())[:200]
        return f"{ev.get('type')} {'+'.join(actors) or '?'} -> {'+'.join(recips) or '-'}: {sentence}"

    def quote_reason(self, record: dict[str, Any], store: Store) -> str | None:
        assert self.quote_by is not None
        wanted = normalise_name(self.quote_by)
        ids = {e["id"] for e in store.find_entities(self.quote_by, counted=False)}
        for q in record.get("quotes") or []:
            for speaker in (q or {}).get("speakers") or []:
                if speaker.get("id") in ids or normalise_name(str(speaker.get("name") or "")) == wanted:
                    return f"quote by {speaker.get('name')}: {' '.join(str(q.get('text') or '').split())[:200]}"
        return None


def alert_of(table: dict[str, Any], where: str) -> Alert:
    unknown = set(table) - set(KEYS)
    if unknown:
        raise InvalidArgument(f"{where}: unknown key {sorted(unknown)[0]!r} (known: {', '.join(KEYS)})")
    name = table.get("name")
    if not isinstance(name, str) or not name.strip():
        raise InvalidArgument(f"{where}: every alert needs a name")
    where = f"{where} ({name})"
    from ..plover import event_types

    events = frozenset(str(t).upper() for t in table.get("events") or [])
    if events - set(event_types()):
        raise InvalidArgument(f"{where}: unknown event type {sorted(events - set(event_types()))[0]!r}")
    words = table.get("words") or []
    to = table.get("to") or []
    if not isinstance(words, list) or not isinstance(to, list):
        raise InvalidArgument(f"{where}: words and to are lists")
    alert = Alert(
        name=name.strip(),
        events=events,
        actors=codes(table["actor"], f"{where}: actor") if "actor" in table else frozenset(),
        recipients=codes(table["recipient"], f"{where}: recipient") if "recipient" in table else frozenset(),
        quote_by=table.get("quote_by"),
        words=tuple(str(w) for w in words),
        new_story=bool(table.get("new_story")),
        include_unrealised=bool(table.get("include_unrealised")),
        every_copy=bool(table.get("every_copy")),
        to=tuple(str(t) for t in to),
    )
    if not (alert.events or alert.actors or alert.recipients or alert.quote_by or alert.words or alert.new_story):
        raise InvalidArgument(f"{where}: an alert needs a condition (events, actor, recipient, quote_by, words...)")
    return alert


def parse_alerts(text: str, name: str) -> list[Alert]:
    """The alerts of an alerts file's text (InvalidArgument naming what is wrong)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InvalidArgument(f"{name}: not valid TOML ({exc})") from exc
    tables = data.get("alert") or []
    if not isinstance(tables, list) or not tables:
        raise InvalidArgument(f"{name}: no [[alert]] table")
    alerts = [alert_of(t, f"{name}: alert {i}") for i, t in enumerate(tables, 1)]
    names = [a.name for a in alerts]
    if len(set(names)) != len(names):
        raise InvalidArgument(f"{name}: two alerts have the same name")
    return alerts


def read_alerts(path: str) -> list[Alert]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidArgument(f"{path}: the alerts file cannot be read ({exc})") from exc
    return parse_alerts(text, path)


__all__ = ["Alert", "parse_alerts", "read_alerts", "members"]
