"""A speaker phrase's own answers read once per token by the resolver (quotes.resolve.Resolver: ``is_role``,
``definite_article``, ``np_text``): each equals the walk it stands for, at first read and from the memo, and a
resolver handed a token of another Doc answers for that Doc (invented sentences, near misses among them: a
plural role, an indefinite phrase, a pronoun, a name)."""

from __future__ import annotations

import pytest

from veille.analysis import nlp
from veille.analysis.context import TextContext
from veille.analysis.quotes.head_memo import definite_article as _definite_article
from veille.analysis.quotes.lexicon import lexicon
from veille.analysis.quotes.memory import Memory
from veille.analysis.quotes.phrases import np_text
from veille.analysis.quotes.resolve import Resolver
from veille.analysis.quotes.speakers import index_entities

pytestmark = pytest.mark.e2e

TEXTS = {
    "fr": [
        "Le ministre de la Santé a déclaré que l'hôpital rouvrirait. Un porte-parole de la mairie l'a confirmé.",
        "Les responsables du syndicat, qui se sont réunis mardi, ont dit qu'ils signeraient. Elle a refusé.",
    ],
    "en": [
        "The health minister said the hospital would reopen. A spokesman for the town hall confirmed it.",
        "Union officials, who met on Tuesday, said they would sign. Mara Vell, the new mayor, declined.",
    ],
}


def _resolver(text: str, lang: str) -> tuple[Resolver, object]:
    doc = nlp.parse(text, lang)
    lex = lexicon(lang)
    ctx = TextContext.of(doc, lang)
    ctx.set_entities([])
    return Resolver(doc.text, lang, lex, index_entities(ctx, doc.text, lex), Memory()), doc


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, texts in TEXTS.items() for t in texts])
def test_quotes_resolve_token_memo_matches_the_walks(lang, text):
    resolver, doc = _resolver(text, lang)
    for _ in range(2):  # the first read, then the memo's
        for t in doc:
            assert resolver.is_role(t) == resolver._is_role(t), t.text
            assert resolver.definite_article(t) == _definite_article(t), t.text
            assert resolver.np_text(t) == np_text(t), t.text
    assert any(resolver.is_role(t) for t in doc)  # each text has a role noun
    assert any(resolver.definite_article(t) for t in doc)
    assert not all(resolver.is_role(t) for t in doc)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_quotes_resolve_token_memo_follows_the_doc(lang):
    first, second = TEXTS[lang]
    resolver, doc = _resolver(first, lang)
    other = nlp.parse(second, lang)
    answers = [(resolver.is_role(t), resolver.definite_article(t), resolver.np_text(t)) for t in doc]
    for t in other:  # another Doc: the answers are its tokens', not those kept at the same index
        assert resolver.np_text(t) == np_text(t), t.text
        assert resolver.is_role(t) == resolver._is_role(t), t.text
        assert resolver.definite_article(t) == _definite_article(t), t.text
    assert answers == [(resolver.is_role(t), resolver.definite_article(t), resolver.np_text(t)) for t in doc]


WALK_TEXTS = [
    ("fr", "Le maire de Brévonne, Paul Martel, a dit que la route rouvrirait, a écrit la ministre, Lina Ferrat."),
    ("en", "The mayor of Brevon, Paul Martel, said the road would reopen, wrote the minister, Lina Ferrat."),
    ("en", "A local official said nothing. The cat sleeps on the wall."),  # near miss: no name apposed anywhere
]


@pytest.mark.parametrize(("lang", "text"), WALK_TEXTS)
def test_quotes_resolve_token_memo_keeps_the_walks(lang, text):
    from veille.analysis.entities import recognise
    from veille.analysis.quotes.apposition import apposed_below, named_after_comma
    from veille.analysis.quotes.unmentioned import named_by_phrase

    doc = nlp.parse(text, lang)
    lex = lexicon(lang)
    ctx = TextContext.of(doc, lang)
    ctx.set_entities(recognise(doc, lang=lang, context=ctx))
    mentions = index_entities(ctx, doc.text, lex)
    resolver = Resolver(doc.text, lang, lex, mentions, Memory())
    for _ in range(2):  # the first read, then the memo's
        for t in doc:
            apposed = resolver.kept("apposed", t, resolver._apposed)
            assert apposed == resolver._apposed(t), t.text
            apposed.append(None)  # the caller's list is its own: the memo is unchanged
            assert resolver.kept("apposed", t, resolver._apposed) == resolver._apposed(t), t.text
            assert resolver._below(t) == apposed_below(t, mentions), t.text
            assert resolver._after(t) == named_after_comma(t, mentions), t.text
            assert resolver.kept("printed", t, resolver._printed) == named_by_phrase(t, doc.text, mentions, lang)
    assert any(resolver._apposed(t) or resolver._below(t) for t in doc) == ("Martel" in text)  # near miss: none
