"""Every key of ``events.json`` the event coder reads is one the lexicon requires of each language (``CUE_KEYS``), so
that a language file lacking one fails when it is loaded, with the file's name, not later in one text's pass; and
the two word-list tests the passes share (:func:`listed`, :func:`negator`) read what they say."""

import json
import re
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

import veille
from veille.analysis.events import lexicon as lexmod
from veille.analysis.events.lexicon import CUE_KEYS, listed, negator
from veille.errors import DataFileError

PACKAGE = Path(veille.__file__).parent
ANALYSIS = PACKAGE / "analysis"
READ = re.compile(r'\.get\(\s*"([a-z_]+)"|\[\s*"([a-z_]+)"\s*\]')


def _file_keys() -> set[str]:
    keys: set[str] = set()
    for code in ("en", "fr"):
        keys |= {k for k in json.loads((PACKAGE / "lang" / code / "events.json").read_text()) if not k.startswith("_")}
    return keys


def _keys_read() -> set[str]:
    """The events.json keys the analysis code reads by name (a subscript or a ``get``)."""
    known = _file_keys()
    found: set[str] = set()
    for path in ANALYSIS.rglob("*.py"):
        for m in READ.finditer(path.read_text()):
            key = m.group(1) or m.group(2)
            if key in known:
                found.add(key)
    return found


def test_events_lexicon_cue_keys_hold_every_key_the_coder_reads():
    assert sorted(_keys_read() - CUE_KEYS) == []


@pytest.mark.parametrize("code", ["en", "fr"])
def test_events_lexicon_cue_keys_documented_in_each_language(code):
    data = json.loads((PACKAGE / "lang" / code / "events.json").read_text())
    assert sorted(k for k in CUE_KEYS if k not in data) == []
    docs = " ".join(v for k, v in data.items() if k.startswith("_"))
    assert sorted(k for k in CUE_KEYS if f"_{k}" not in data and k not in docs) == []  # its own note, or another's


def test_events_lexicon_cue_keys_missing_key_names_the_file(monkeypatch):
    real = lexmod._public

    def without(data):
        out = real(data)
        out.pop("channel_preps", None)
        return out

    monkeypatch.setattr(lexmod, "_public", without)
    lexmod.lexicon.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"events\.json: missing keys channel_preps"):
            lexmod.lexicon("en")
    finally:
        lexmod.lexicon.cache_clear()  # the next test reads the file as it is


VOCAB = spacy.blank("en").vocab


def _doc(words, lemmas, deps, heads):
    return Doc(VOCAB, words=words, lemmas=lemmas, deps=deps, heads=heads)


@pytest.mark.parametrize(
    "words,lemmas,expected",
    [
        (["Missiles"], ["missile"], True),  # the lemma is listed
        (["Rockets"], ["Rockets"], True),  # the lemma is not, the folded form is
        (["Ballots"], ["ballot"], False),
    ],
)
def test_events_lexicon_cue_keys_listed_reads_lemma_or_form(words, lemmas, expected):
    doc = _doc(words, lemmas, ["ROOT"], [0])
    assert listed(doc[0], frozenset({"missile", "rockets"})) is expected


@pytest.mark.parametrize(
    "word,lemma,dep,expected",
    [
        ("not", "not", "neg", True),
        ("never", "never", "advmod", True),
        ("never", "never", "amod", False),  # no adverb of its head
        ("Nae", "nae", "advmod", True),  # by the lemma
        ("soon", "soon", "advmod", False),
    ],
)
def test_events_lexicon_cue_keys_negator_reads_dependency_and_word(word, lemma, dep, expected):
    doc = _doc(["They", word, "met"], ["they", lemma, "meet"], ["nsubj", dep, "ROOT"], [2, 2, 2])
    assert negator(doc[1], frozenset({"not", "never", "nae"})) is expected
