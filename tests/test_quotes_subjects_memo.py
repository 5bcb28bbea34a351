"""A cue verb's subject heads read once per verb of the frame (quotes.subjects.subjects, kept in
quotes.frame.Frame.subject_heads): the walk's answer for every token, at first read and from the memo, a new list
each time (invented sentences; near misses a passive with its agent, an inverted incise, a verb with no subject)."""

from __future__ import annotations

import pytest

from veille.analysis import nlp
from veille.analysis.context import TextContext
from veille.analysis.quotes.frame import Frame
from veille.analysis.quotes.lexicon import lexicon
from veille.analysis.quotes.subjects import _subjects, subjects

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La ministre Lina Ferrat a déclaré que le pont rouvrirait. « Nous verrons », a-t-elle ajouté."),
        ("fr", "Le projet a été annoncé par la mairie. Partir maintenant, disent les habitants, serait une erreur."),
        ("en", "Mayor Ada Roe and her deputy said the bridge would reopen. The plan was announced by the council."),
        ("en", "“We will see,” the spokesman added. Asked about the delay, officials declined to comment."),
    ],
)
def test_quotes_subjects_memo_matches_the_walk(lang, text):
    doc = nlp.parse(text, lang)
    fr = Frame(TextContext.of(doc, lang), lexicon(lang))
    for _ in range(2):  # the first read, then the memo's
        for t in doc:
            found = subjects(t, fr)
            assert found == _subjects(t, fr), t.text
            found.append(t)  # the caller's list is its own: the memo is unchanged
            assert subjects(t, fr) == _subjects(t, fr), t.text
    assert any(subjects(t, fr) for t in doc)  # each text names a speaker
    assert set(fr.subject_heads) == {t.i for t in doc}
