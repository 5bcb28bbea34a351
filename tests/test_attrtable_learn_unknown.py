"""The attribute table learns a text's unknown tokens by matching the ruler's single-token patterns on those tokens
alone, one for each distinct row of values, not on the whole text: the same attributes as spaCy's ruler (invented
sentences)."""

from __future__ import annotations

import functools

import pytest

from veille.analysis import nlp

pytestmark = pytest.mark.e2e

# Invented texts: a first text, then the same words with a few new ones (a name, a place, a verb form) and words
# repeated inside the text (a row met twice is learnt once).
TEXTS = {
    "en": (
        "The council of Marlow Vale met on Tuesday. The council said it would vote on the bridge.",
        "The council of Marlow Vale met again on Friday, and Councillor Brennagh Oskett said the bridge would wait.",
    ),
    "fr": (
        "Le conseil de Valbrune s'est réuni mardi. Le conseil a dit qu'il voterait sur le pont.",
        "Le conseil de Valbrune s'est réuni vendredi, et la conseillère Odile Serrat a dit que le pont attendrait.",
    ),
}


@functools.cache
def _stock(lang: str):
    """The language's model as spaCy ships it (its attribute ruler), with Veille's paragraph breaks."""
    import spacy

    model = spacy.load(nlp.model_name(lang))
    model.add_pipe(nlp.PARAGRAPH_COMPONENT, before="parser")
    return model


def _values(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.dep_, t.lemma_) for t in doc]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_attrtable_learn_matches_the_unknown_rows_alone(lang, monkeypatch):
    model = nlp.load(lang)
    table = model.get_pipe(nlp.TABLE_COMPONENT)
    monkeypatch.setattr(table, "_table", {})  # nothing learnt yet
    seen: list[list[str]] = []
    single = table._single

    def recording(doc, **kwargs):
        seen.append([t.text for t in doc])
        return single(doc, **kwargs)

    monkeypatch.setattr(table, "_single", recording)
    first, second = TEXTS[lang]
    for k, text in enumerate((first, second, first)):
        seen.clear()
        mine, theirs = model(text), _stock(lang)(text)
        assert _values(mine) == _values(theirs)
        assert mine.to_bytes(exclude=["tensor"]) == theirs.to_bytes(exclude=["tensor"])
        if k == 0:  # every row new, each matched once: the words repeated in the text are not matched twice
            assert len(seen) == 1 and 0 < len(seen[0]) < len(mine)
            assert len(seen[0]) == len({(t.text, t.tag_, t.pos_, str(t.morph), t.dep_, t.lemma_) for t in mine})
        elif k == 1:  # most rows of the first text are known: the new words are matched, not the whole text
            assert len(seen) == 1 and len(seen[0]) < len(mine)
            assert {"Friday", "vendredi"} & set(seen[0]) and {"Brennagh", "Odile"} & set(seen[0])
        else:  # the first text again: every row known, no match at all
            assert seen == []


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_attrtable_learn_gives_the_rulers_attributes_on_a_fresh_table(lang, monkeypatch):
    model = nlp.load(lang)
    table = model.get_pipe(nlp.TABLE_COMPONENT)
    monkeypatch.setattr(table, "_table", {})
    texts = [*TEXTS[lang], "\n  " + TEXTS[lang][0] + "   \n\n" + TEXTS[lang][1] + "\n"]  # spaces and line breaks too
    for mine, theirs in zip(model.pipe(texts), _stock(lang).pipe(texts), strict=True):
        assert _values(mine) == _values(theirs)
        assert mine.to_bytes(exclude=["tensor"]) == theirs.to_bytes(exclude=["tensor"])
