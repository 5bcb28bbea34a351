"""Whether a phrase names both sides met so far (events.actors._joint) reads a noun's phrase only for a joint noun,
and a language without joint determiners (French: its joint anaphors are listed whole) reads no member complement:
the same answer as reading every phrase, for every token. Invented sentences, invented people; real states."""

from __future__ import annotations

import pytest

from veille.analysis import nlp
from veille.analysis.context import TextContext
from veille.analysis.events import actors
from veille.analysis.events.frame import new_frame
from veille.analysis.events.syntax import case, lower_phrase, prep_objects
from veille.analysis.tree import children

pytestmark = pytest.mark.e2e

PUBLISHED = "2025-03-06"


def _every_phrase(f, tok):
    """``_joint`` as it read every phrase: the anaphors, then each noun's phrase before its lemma."""
    c = f.cues
    inner = [
        g
        for k in children(tok)
        if k.dep_ in ("nmod", "prep")
        for g in ([k] if k.dep_ == "nmod" else prep_objects(k))
        if (k.lower_ if k.dep_ == "prep" else case(k)) in c["member_preps"]
    ]
    return (
        lower_phrase(tok, f) in c["joint_anaphors"]
        or tok.lower_ in c["joint_anaphors"]
        or any(
            lower_phrase(g, f).startswith(tuple(c["joint_determiners"])) and g.lemma_.lower() in c["joint_nouns"]
            for g in [tok, *inner]
        )
    )


@pytest.mark.parametrize(
    ("lang", "text", "joint"),
    [
        ("en", "Both countries and the commanders from both armies agreed; the two leaders met.", True),
        ("en", "The border between the two countries stayed shut and the minister of Canada left.", True),
        ("en", "The minister of Norway met officials; his counterparts said little.", False),  # near miss
        ("fr", "Les deux pays ont signé, et les deux dirigeants se sont félicités.", True),
        ("fr", "Le ministre des deux pays voisins est parti ; les ministres de la France sont restés.", None),
        ("fr", "La ministre a rencontré des responsables du Canada.", False),  # near miss: no joint phrase
    ],
)
def test_actors_joint_order_same_answer_as_every_phrase(lang, text, joint):
    doc = nlp.parse(text, lang)
    ctx = TextContext.of(doc, lang, PUBLISHED)
    f = new_frame(ctx, [], [], lang=lang, published=PUBLISHED, source="body", known=())
    answers = [actors._joint(f, tok) for tok in doc]
    assert answers == [_every_phrase(f, tok) for tok in doc]
    if joint is not None:
        assert any(answers) is joint
