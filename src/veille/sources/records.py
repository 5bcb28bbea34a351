"""JSON records: JSON Lines (one object a line), one JSON object, or a list of objects, each carrying ``url`` and
``html`` or ``text``."""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..errors import EmptyInput, InputError, InvalidRecord
from ..record import Document


def read_records(text: str, source: str) -> Iterator[Document | InputError]:
    """Documents from JSON Lines (one object a line) or a JSON object / list of objects."""
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            items = json.loads(text)
        except json.JSONDecodeError as exc:
            yield InvalidRecord(f"invalid JSON: {exc}", source=source)
            return
        entries = [(f"{source}#{i + 1}", item) for i, item in enumerate(items)]
    else:
        entries = []
        lines = text.splitlines()
        try:  # a single pretty-printed object
            if len(lines) > 1 and stripped.startswith("{"):
                entries = [(source, json.loads(text))]
        except json.JSONDecodeError:
            entries = []
        if not entries:
            for n, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    entries.append((f"{source}:{n}", json.loads(line)))
                except json.JSONDecodeError as exc:
                    entries.append(
                        (
                            f"{source}:{n}",
                            InvalidRecord(
                                f"invalid JSON line: {exc.msg} at column {exc.colno}", source=f"{source}:{n}"
                            ),
                        )
                    )
    if not entries:
        yield EmptyInput("no JSON record in the input", source=source)
    for name, item in entries:
        if isinstance(item, InputError):
            yield item
            continue
        if not isinstance(item, dict):
            yield InvalidRecord(f"a record must be a JSON object, got {type(item).__name__}", source=name)
            continue
        url = item.get("url")
        html, body = item.get("html"), item.get("text")
        if not isinstance(html, str) and not isinstance(body, str):
            yield InvalidRecord("a record needs an 'html' or a 'text' string field", source=name)
            continue
        if url is not None and not isinstance(url, str):
            yield InvalidRecord("'url' must be a string", source=name)
            continue
        content, kind = (html, "html") if isinstance(html, str) and html.strip() else (body, "text")
        if not content or not content.strip():
            yield EmptyInput("the record's content is empty", source=name)
            continue
        yield Document(source=name, content_type=kind, text=content, url=url, fetched_at=item.get("fetched_at"))
