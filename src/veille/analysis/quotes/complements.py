"""What a speech verb states through an "as" complement, without quotation marks or a clause.

"It described the attacks as a flagrant violation of…", "…, who denounced the vote as a farce", "Il considère ce
déploiement comme une étape cruciale", "a présenté le projet comme une avancée": the verb's object and the phrase
after the language's ``as`` word (lexicon kind ``as``) are the statement. The verb is a speech verb (``verb``) or
one that reports speech only with such a complement (``verb_as``: "présenter", "portray"). With quoted words in
the span the direct quote is the statement ("dismissed the claims as « … »"), so none is returned.

Also whether the complements of a ``verb_object`` verb hold the marker its ``verb_object_marker`` rows ask for
("a appelé X à…", "a accusé X de…": :func:`marked`), and the "as" clauses that name a source ("Comme le précise
X, …", "…, comme l'a indiqué X", "As X noted, …": :func:`as_source`, :func:`as_subject`).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children, tokens
from . import labels
from .frame import Frame, negated, passive
from .lexicon import fold, word_prefixes

#: Direct objects in either parsing scheme.
DIRECT_OBJECT = frozenset({"obj", "dobj"})


def as_complement(fr: Frame, v: Token) -> tuple[Token, Token] | None:
    """``(first, last)`` tokens of the object and "as" phrase that verb ``v`` states ("described [such attacks as
    a flagrant violation of international law]"); None when ``v`` is negated, passive with no agent, not a
    predicate, has no object after it in its sentence, or no "as" phrase right after that object."""
    if negated(v) or passive(v) or not predicate(v):
        return None
    doc, unit = fr.doc, fr.unit_of(v)
    obj = next((c for c in children(v) if c.dep_ in DIRECT_OBJECT and c.i > v.i and fr.same_unit(v, c)), None)
    if obj is None:
        return None
    as_word = next((t for t in tokens(doc)[obj.i + 1 : unit.end] if fold(t.text) in fr.lex["as"]), None)
    if as_word is None or as_word.i > obj.right_edge.i + 1:
        return None  # the "as" word must follow the object's phrase, not a later clause
    phrase = as_word.head if as_word.dep_ in labels.CASE else as_word
    if phrase.i < as_word.i or not (phrase.head.i in {v.i, obj.i} or phrase.i in {c.i for c in obj.subtree}):
        return None
    last = doc[min(max(obj.right_edge.i, phrase.right_edge.i), unit.end - 1)]
    while last.i > obj.i and last.is_punct:
        last = doc[last.i - 1]
    first = obj.left_edge
    if last.i <= as_word.i or any(first.idx <= o <= last.idx for o, _ in fr.marks):
        return None
    return first, last


def predicate(v: Token) -> bool:
    """Whether verb ``v`` predicates of a speaker: finite or compound ("annonce", "a annoncé"); not a participle
    ("le régime accusé de…", "…, soulignant la nécessité de…": the act of a clause told elsewhere)."""
    return "Fin" in labels.feature(v, "VerbForm") or any(c.dep_.startswith("aux") for c in children(v))


def as_verb(fr: Frame, v: Token) -> bool:
    """Whether ``v`` is a verb of the lexicon's ``verb_as`` kind outside quotation marks that is no ``verb`` (those
    are read with the other speech verbs)."""
    lemma = fr.lex.lemma(v)
    return (
        lemma in fr.lex["verb_as"]
        and lemma not in fr.lex["verb"]
        and v.pos_ in labels.VERBAL
        and not fr.in_quote(v.idx)
    )


def as_source(fr: Frame, toks: list[Token]) -> tuple[Token, Token] | None:
    """``(comma, cue verb)`` of a sentence opened by an "as" clause of a speech verb ("Comme le précise la radio,
    …", "Comme l’a indiqué X, …", "As X noted, …"); None otherwise."""
    if len(toks) < 4 or fold(toks[0].text) not in fr.lex["as"]:
        return None
    comma = next((t for t in toks[1:] if t.text == ","), None)
    if comma is None or fr.in_quote(comma.idx):
        return None
    verbs = [t for t in toks[1 : toks.index(comma)] if fr.is_cue(t)]
    rest = toks[toks.index(comma) + 1 :]
    if len(verbs) != 1 or not any("Fin" in labels.feature(t, "VerbForm") for t in rest):
        return None
    return comma, verbs[0]


def as_subject(v: Token) -> list[Token]:
    """The subject of the verb of an "as" clause closing a sentence ("…, comme l’a indiqué X", "…, as X said"); the
    noun after the verb when the parser took it for an object ("comme l’ont confirmé des sources": the clitic is the
    object, so the noun after the verb is the inverted subject)."""
    said = [c for c in children(v) if c.dep_ in labels.SUBJECT]
    return said or [c for c in children(v) if c.i > v.i and c.dep_ in DIRECT_OBJECT and c.pos_ in {"NOUN", "PROPN"}]


def marked(fr: Frame, v: Token, lemma: str, comps: list[Token]) -> bool:
    """Whether the complements ``comps`` of ``v`` (lemma ``lemma``) hold a marker of the lexicon's
    ``verb_object_marker`` rows for it: the preposition, case or infinitive marker of a complement or of an
    infinitive hung on the object, or a particle of ``v`` ("a appelé les agriculteurs à accepter…", "appelle au
    calme", "a accusé X de bloquer…"); true for a verb with no such rows. Not "a appelé les pompiers", "a accusé le
    coup": a phone call, a blow taken."""
    entries = fr.lex["verb_object_marker"]
    if lemma not in word_prefixes(entries):
        return True
    words = [c for c in comps if c.pos_ == "ADP"]
    words += [m for c in comps for m in children(c) if m.dep_ in labels.CASE or m.dep_ == "mark"]
    # an infinitive hung on the object ("a accusé l'Ukraine d'avoir frappé…": the parser's acl): its marker
    words += [m for c in comps for x in children(c) if x.pos_ in labels.VERBAL for m in children(x) if m.dep_ == "mark"]
    words += [c for c in children(v) if c.dep_ in labels.PARTICLE]
    return any(f"{lemma} {fold(m.text)}" in entries for m in words)


def felt(fr: Frame, comps: list[Token]) -> bool:
    """Whether a direct object among the complements ``comps`` of a speech verb is a noun of the lexicon's
    ``feeling_object`` kind ("a exprimé sa gratitude à X", "a exprimé à son hôte ses remerciements", "a exprimé ses
    regrets"): a feeling or thanks the subject showed, which states nothing; not "a exprimé son appui au projet". The
    object may hang with no preposition on an addressee before it ("à son hôte ses regrets": the parser's nmod)."""
    entries = fr.lex["feeling_object"]
    if not entries:
        return False
    objects = [c for c in comps if c.dep_ in DIRECT_OBJECT]
    objects += [
        x
        for c in comps
        for x in children(c)
        if x.dep_ == "nmod" and not any(m.dep_ in labels.CASE for m in children(x))
    ]
    return any(fr.lex.lemma(x) in entries for x in objects)
