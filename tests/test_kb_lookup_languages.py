"""A lookup of the knowledge base in one name language returns that language's rows, in any other language the
rows of every name language (kb.KnowledgeBase._get, kb.name_langs), with the case rule of each surface
(kb.case_ok: the same answer asked again)."""

from __future__ import annotations

import pytest

from veille.analysis import kb


@pytest.mark.parametrize(
    ("text", "lang"),
    [("ministre", "fr"), ("minister", "en"), ("ministre", "de"), ("OTAN", "fr"), ("Nato", "en"), ("zzzz", "en")],
)
def test_kb_lookup_languages_read_each_name_language(text, lang):
    base = kb.load()
    for table, accents in ((base.roles, True), (base.names, False), (base.demonyms, False)):
        key = kb.norm(text, accents=accents)
        expected = [hit for lg in kb.name_langs(lang) for hit in table[lg].get(key, ())]
        assert list(base._get(table, text, lang)) == expected


@pytest.mark.parametrize(
    ("surface", "text", "ok"),
    [("NATO", "NATO", True), ("NATO", "Nato", False), ("Paris", "paris", False), ("Paris", "Paris", True)],
)
def test_kb_case_rule_read_again(surface, text, ok):
    assert kb.case_ok(surface, text) is ok
    assert kb.case_ok(surface, text) is ok  # the cached rule gives the same answer
