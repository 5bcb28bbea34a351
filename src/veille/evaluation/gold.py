"""Gold annotation files (format: ``../shared/gold/FORMAT.md``): reading them and checking that each states
what the format allows, with errors naming the file."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import GoldError

_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")


@dataclass
class GoldFile:
    """One gold annotation file, validated; ``data`` is its JSON object."""

    path: Path
    source: Path
    id: str
    language: str | None
    data: dict[str, Any]


def _check_gold(data: Any, path: Path) -> None:
    """Raise ``GoldError`` naming ``path`` when ``data`` breaks FORMAT.md."""

    def bad(reason: str) -> GoldError:
        return GoldError(reason, source=str(path))

    def strings(value: Any, where: str) -> None:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise bad(f"'{where}' must be a list of strings")

    if not isinstance(data, dict):
        raise bad("the file must hold one JSON object")
    if not isinstance(data.get("source"), str) or not data["source"].strip():
        raise bad("missing 'source' (path of the raw input, relative to the gold file)")
    for key in ("id", "language", "title", "published"):
        if key in data and not isinstance(data[key], str):
            raise bad(f"'{key}' must be a string")
    if "published" in data and not _ISO_DATE.match(data["published"]):
        raise bad(f"'published' is not an ISO date: {data['published']!r}")
    if "authors" in data:
        strings(data["authors"], "authors")
    body = data.get("body", {})
    if not isinstance(body, dict):
        raise bad("'body' must be an object")
    for key in ("must_include", "must_exclude", "captions"):
        if key in body:
            strings(body[key], f"body.{key}")
    for key in ("entities", "quotes", "events"):
        items = data.get(key, [])
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise bad(f"'{key}' must be a list of objects")
        for n, item in enumerate(items):
            where = f"{key}[{n}]"
            if "required" in item and not isinstance(item["required"], bool):
                raise bad(f"{where}.required must be true or false")
            if key == "entities" and not isinstance(item.get("name"), str):
                raise bad(f"{where} has no 'name'")
            if key == "quotes":
                strings(item.get("speakers"), f"{where}.speakers")
                if not isinstance(item.get("text_starts"), str):
                    raise bad(f"{where} has no 'text_starts' string")
                if "text" in item and not (isinstance(item["text"], str) and item["text"].strip()):
                    raise bad(f"{where}.text must be a non-empty string")
            if key == "events":
                if not isinstance(item.get("type"), str):
                    raise bad(f"{where} has no 'type'")
                for side in ("actors", "recipients"):
                    strings(item.get(side, []), f"{where}.{side}")
                for attr in ("date", "location", "mode"):
                    if attr in item and not isinstance(item[attr], str):
                        raise bad(f"{where}.{attr} must be a string")


def load_gold(gold_dir: Path) -> list[GoldFile]:
    """Read and validate every ``*.json`` under ``gold_dir`` (recursively, sorted by path).

    Raises ``GoldError`` naming the file and the reason for bad JSON, a missing or absent ``source``,
    a field of the wrong type, or a duplicate ``id``.
    """
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise GoldError("not a directory", source=str(gold_dir))
    files: list[GoldFile] = []
    seen: dict[str, Path] = {}
    for path in sorted(gold_dir.rglob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise GoldError(f"bad JSON: {exc}", source=str(path)) from exc
        _check_gold(data, path)
        source = (path.parent / data["source"]).resolve()
        if not source.is_file():
            raise GoldError(f"source file not found: {data['source']} ({source})", source=str(path))
        gid = data.get("id") or path.stem
        if gid in seen:
            raise GoldError(f"duplicate id {gid!r} (also in {seen[gid]})", source=str(path))
        seen[gid] = path
        files.append(GoldFile(path, source, gid, data.get("language"), data))
    if not files:
        raise GoldError("no *.json gold files found", source=str(gold_dir))
    return files
