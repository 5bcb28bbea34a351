"""The per-token answers the analysis stages remember by hash (issue 17: the stages' cost) give what the plain
computation gives: the same key, lemma, form and features for every token, however often asked; and the
preposition patterns that search a text from a literal first letter find what a word-break test first finds."""

import re
import unicodedata

import pytest
import spacy
from spacy.tokens import Doc

from veille.analysis.events.lexicon import token_words
from veille.analysis.kb import norm
from veille.analysis.kbnorm import token_norm
from veille.analysis.quotes import labels
from veille.analysis.quotes.lexicon import Lexicon, fold, token_fold
from veille.analysis.quotes.sources import _any_of, _opening, _pattern, prep_regex

VOCAB = spacy.blank("fr").vocab
WORDS = ["L’Élysée", "a", "déclaré", "qu’", "İstanbul", "ÉTATS-UNIS", "déclaré", "Ångström", "naïve", "--", "Noël"]
LEMMAS = ["l’élysée", "avoir", "déclarer", "que", "istanbul", "états-unis", "déclarer", "ångström", "naïf", "-", "noël"]
MORPHS = ["", "Mood=Ind|VerbForm=Fin", "VerbForm=Part", "PronType=Rel", "", "", "VerbForm=Part", "", "", "", ""]


def _doc() -> Doc:
    return Doc(VOCAB, words=WORDS, lemmas=LEMMAS, morphs=MORPHS)


def _plain_norm(text: str, accents: bool) -> str:
    """The normalisation as first written: one character at a time."""
    apos = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})
    text = unicodedata.normalize("NFKD" if not accents else "NFC", text.translate(apos))
    if not accents:
        text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text.casefold()).strip()


@pytest.mark.parametrize("accents", [False, True])
def test_token_memos_norm_strips_combining_marks_as_one_character_at_a_time(accents):
    texts = [*WORDS, "Ministre  des Affaires\tétrangères", "e\u0301\u0327", "ǅ", "ﬁn", "", " Ça "]
    assert [norm(t, accents=accents) for t in texts] == [_plain_norm(t, accents) for t in texts]


@pytest.mark.parametrize("accents", [False, True])
def test_token_memos_token_norm_is_the_norm_of_the_text(accents):
    for _ in range(2):  # asked again: remembered, the same
        assert [token_norm(t, accents=accents) for t in _doc()] == [norm(t.text, accents=accents) for t in _doc()]


def test_token_memos_token_words_is_lower_lemma_and_form():
    for _ in range(2):
        assert [token_words(t) for t in _doc()] == [(t.lemma_.lower(), t.lower_) for t in _doc()]


def test_token_memos_quote_lemma_applies_the_form_rows_and_fold():
    lex = Lexicon({}, {"déclaré": "déclarer-form"})
    for _ in range(2):
        assert [lex.lemma(t) for t in _doc()] == [lex.forms.get(fold(t.text)) or t.lemma_.lower() for t in _doc()]
        assert [token_fold(t) for t in _doc()] == [fold(t.text) for t in _doc()]


@pytest.mark.parametrize("name", ["VerbForm", "Mood", "PronType", "Gender"])
def test_token_memos_feature_is_the_morphology_value(name):
    for _ in range(2):
        assert [labels.feature(t, name) for t in _doc()] == [t.morph.get(name, None) for t in _doc()]


PREPS = frozenset({"selon", "selon les mots de", "d'après", "à en croire", "according to", "as per"})
TEXTS = [
    "selon lui, d'après elle",
    "xselon, à en croire le chef, according  to  officials",
    "as perfect as per usual",
    "l'envoyé d'après-guerre",
    "selonnier\nselon\n",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_token_memos_prep_pattern_finds_what_a_leading_word_break_finds(text):
    for p in PREPS:
        leading = re.compile(r"(?<!\w)" + prep_regex(p))
        assert [m.span() for m in _pattern(p, True).finditer(text)] == [m.span() for m in leading.finditer(text)]
    leading_any = re.compile(r"(?<!\w)(?:" + "|".join(prep_regex(p) for p in sorted(PREPS, key=len)[::-1]) + ")")
    assert bool(_any_of(PREPS).search(text)) == bool(leading_any.search(text))


@pytest.mark.parametrize("text", TEXTS)
def test_token_memos_opening_matches_where_one_preposition_opens_the_text(text):
    assert bool(_opening(PREPS).match(text)) == any(_pattern(p, False).match(text) for p in PREPS)
    assert _opening(frozenset()).match(text) is None


def test_token_memos_memo_forgets_everything_once_full():
    from veille.analysis.memo import Memo

    memo: Memo[str, int] = Memo(3)
    assert [memo.put(k, v) for k, v in (("a", 1), ("b", 2), ("c", 3))] == [1, 2, 3]
    assert memo.get("b") == 2 and len(memo) == 3
    assert memo.put("d", 4) == 4
    assert dict(memo) == {"d": 4} and memo.get("a") is None
