"""JSON records: JSON Lines (one object a line), one JSON object, or a list of objects, each carrying ``url`` and
``html`` or ``text``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..errors import EmptyInput, InputError, InvalidRecord, LimitExceeded
from ..record import Document


def loads(text: str, source: str, what: str = "JSON") -> Any:
    """``json.loads``, or the InputError that says why the text cannot be read: invalid JSON (E106), nesting
    deeper than the parser's limit or an integer longer than Python reads (E109: both ``LimitExceeded``)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        return InvalidRecord(f"invalid {what}: {exc.msg} at line {exc.lineno} column {exc.colno}", source=source)
    except RecursionError:
        return LimitExceeded(f"{what} nested deeper than the parser's limit", source=source)
    except ValueError as exc:  # an integer longer than sys.get_int_max_str_digits()
        return LimitExceeded(f"{what} holds a number too long to read ({str(exc)[:80]})", source=source)


def read_records(text: str, source: str) -> Iterator[Document | InputError]:
    """Documents from JSON Lines (one object a line) or a JSON object / list of objects."""
    stripped = text.lstrip()
    entries: list[tuple[str, Any]] = []
    if stripped.startswith("["):
        items = loads(text, source)
        if isinstance(items, InputError):
            yield items
            return
        if not isinstance(items, list):
            yield InvalidRecord(f"expected a list of records, got {type(items).__name__}", source=source)
            return
        entries = [(f"{source}#{i + 1}", item) for i, item in enumerate(items)]
    else:
        lines = text.splitlines()
        if len(lines) > 1 and stripped.startswith("{"):  # a single pretty-printed object
            whole = loads(text, source)
            if not isinstance(whole, InvalidRecord):
                entries = [(source, whole)]
        if not entries:
            for n, line in enumerate(lines, 1):
                if line.strip():
                    entries.append((f"{source}:{n}", loads(line, f"{source}:{n}", "JSON line")))
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
