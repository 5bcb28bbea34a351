"""A language's data files read through its memo (Language.json, table, rows): the value veille.datafiles reads for
the file's path, at first read and after; each language its own files."""

from __future__ import annotations

import dataclasses
import json

import pytest

from veille import lang
from veille.datafiles import read_json, read_rows, read_table


@pytest.mark.parametrize(
    ("code", "reader", "name", "args"),
    [
        ("fr", "json", "entities.json", ()),
        ("en", "json", "events.json", ()),
        ("fr", "table", "quotes.tsv", ()),
        ("en", "rows", "event_contexts.tsv", ()),
    ],
)
def test_lang_read_memo_gives_the_datafiles_value(code, reader, name, args):
    language = lang.get(code)
    direct = {"json": read_json, "table": read_table, "rows": read_rows}[reader](language.path(name), *args)
    first = getattr(language, reader)(name, *args)
    assert first == direct
    assert getattr(language, reader)(name, *args) is first  # the second read from the memo


def test_lang_read_memo_each_language_its_files(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    for folder, word in ((one, "pont"), (two, "bridge")):
        folder.mkdir()
        (folder / "words.json").write_text(json.dumps({"word": word}), encoding="utf-8")
        (folder / "rows.tsv").write_text(f"# a comment\n{word}\tx\n", encoding="utf-8")
    first = lang.Language(code="xa", name="Toy A", model="none", folder=one)
    second = dataclasses.replace(first, code="xb", folder=two)
    assert first.json("words.json") == {"word": "pont"}
    assert second.json("words.json") == {"word": "bridge"}
    assert first.rows("rows.tsv") == (("pont", "x"),) and second.rows("rows.tsv") == (("bridge", "x"),)
    assert first.rows("rows.tsv", 2) == (("pont", "x"),)
    assert first == dataclasses.replace(first)  # the memo is no part of the language's identity
