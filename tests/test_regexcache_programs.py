"""Large regular expressions compiled once per machine (veille.analysis.regexcache): a pattern object made from a
stored program matches as the compiled pattern does, ``re.compile`` finds it once primed, and a cache file that
does not fit is not used."""

import re

import pytest

from veille.analysis import regexcache

WORDS = ["porte-avions", "aujourd'hui", "l'Orvanie", "Sainte-Maravie", "arc-en-ciel", "peut-être", "chat", "-x", ""]
PATTERNS = [
    r"(?iu)(?:porte-\w+)|(?:aujourd'hui)|(?:l['’]\w+)|(?:sainte?-\w+)",
    r"(?P<head>\w+)-(?P<tail>\w+)(?:-\w+)*",
    r"[^\W\d_]+(?:['’][^\W\d_]+)?",
]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv(regexcache.ENV, str(tmp_path))
    monkeypatch.setattr(regexcache, "_read_files", {})
    yield tmp_path
    re.purge()


@pytest.mark.parametrize("pattern", PATTERNS)
def test_a_pattern_object_from_its_program_matches_as_the_compiled_one(pattern):
    made = regexcache.compiled(pattern, regexcache.program(pattern))
    plain = re.compile(pattern)
    assert (made.pattern, made.flags, made.groups, made.groupindex) == (
        plain.pattern,
        plain.flags,
        plain.groups,
        plain.groupindex,
    )
    for word in WORDS:
        found, expected = made.match(word), plain.match(word)
        assert (found and found.span(), found and found.groups()) == (
            expected and expected.span(),
            expected and expected.groups(),
        )


@pytest.mark.parametrize("pattern", PATTERNS)
def test_a_stored_program_is_what_re_compile_finds_once_primed(cache, pattern):
    assert regexcache.store(pattern) is not None
    re.purge()
    assert regexcache.prime() == 1
    primed = re.compile(pattern)
    re.purge()
    assert primed is not re.compile(pattern)  # compiled again once re's cache is emptied
    assert [bool(primed.match(w)) for w in WORDS] == [bool(re.match(pattern, w)) for w in WORDS]
    regexcache._read_files.clear()
    assert regexcache.prime() == 1
    assert re.compile(pattern) is regexcache._read_files[next(iter(regexcache._read_files))][2]


@pytest.mark.parametrize("damage", ["code", "pattern", "head", "empty"])
def test_a_damaged_cache_file_is_not_used(cache, damage):
    path = regexcache.store(PATTERNS[0])
    data = bytearray(path.read_bytes())
    if damage == "code":
        data[-3] ^= 0xFF
    elif damage == "pattern":
        data[data.index(b"\n") + 5] ^= 0x01
    elif damage == "head":
        data[:5] = b"nope!"
    else:
        data = bytearray()
    path.write_bytes(bytes(data))
    re.purge()
    assert regexcache.prime() == 0
    assert re.compile(PATTERNS[0]).match("porte-avions")


def test_a_file_renamed_to_another_pattern_is_not_used(cache):
    path = regexcache.store(PATTERNS[0])
    other = regexcache.store(PATTERNS[1])
    path.replace(other)  # the name of one pattern, the content of another
    assert regexcache.prime() == 0


@pytest.mark.parametrize("setting", ["", "unwritable"])
def test_no_cache_directory_only_leaves_the_compile_where_it_was(tmp_path, monkeypatch, setting):
    folder = tmp_path / "file"
    folder.write_text("a file where the directory would be")
    monkeypatch.setenv(regexcache.ENV, "" if not setting else str(folder / "sub"))
    monkeypatch.setattr(regexcache, "_read_files", {})
    assert regexcache.store(PATTERNS[0]) is None
    assert regexcache.prime() == 0


def test_the_default_directory_is_under_the_user_cache(monkeypatch, tmp_path):
    monkeypatch.delenv(regexcache.ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert regexcache.directory() == tmp_path / "veille"


@pytest.mark.e2e
def test_the_french_token_pattern_is_kept_and_its_program_is_re_s(cache):
    from veille.analysis import nlp

    pipeline = nlp.load("fr")
    token_match = pipeline.tokenizer.token_match.__self__
    written = regexcache.keep(pipeline)
    assert [p.parent for p in written] == [cache] or any(cache.glob("re-*.bin"))
    assert len(token_match.pattern) >= regexcache.MIN_CHARS
    regexcache._read_files.clear()
    re.purge()
    assert regexcache.prime() == 1
    assert re.compile(token_match.pattern).flags == token_match.flags
    for word in ["aujourd'hui", "porte-avions", "c'est-à-dire", "Jean-Marc", "week-end", "chat"]:
        assert bool(re.compile(token_match.pattern).match(word)) == bool(token_match.match(word))
