"""Speaker participles: a participle of speech or judgement that ends a reported sentence after a comma is the
reporter's act when the content clause the parser hangs it on names no party.

"The minister said the new rules would not stop the fishermen, calling the measures coercion": the parser hangs
"calling" on "stop", whose subject ("the new rules") can say nothing; the one who calls is the minister. "The
president demanded the world take action, accusing X of…": the president accuses. A content clause whose subject
names a party (an entity, or a pronoun that may stand for one) keeps the participle ("said Russia had expelled its
diplomats, accusing them of spying": Russia accuses), as does a clause that names a party elsewhere ("said the
closure followed Y's support for the case, accusing…": the words may be Y's), and a participle of a physical act
is no speech ("said the shells hit the port, killing ten")."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children, subtree
from .frame import Frame
from .lexicon import types


def reporting_verb(f: Frame, verb: Token) -> Token | None:
    """The reporting verb whose subject speaks the participle ``verb`` (:mod:`module docstring <.speaker_participles>`),
    or None when ``verb`` is no such participle."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    if not _speaks(f, verb.lemma_.lower()):
        return None
    clause = verb.head
    top = clause.head
    if clause.dep_ != "ccomp" or top.i == clause.i or top.pos_ not in ("VERB", "AUX") or not f.inside(top):
        return None
    if not _speaks(f, top.lemma_.lower()):
        return None
    subjects = [k for k in children(clause) if k.dep_ in f.lex.subject_deps]
    if not subjects or any(k.pos_ == "PRON" for k in subjects):
        return None
    own = {t.i for t in subtree(verb)}
    if any(f.mentions.entity(t) is not None for t in subtree(clause) if t.i not in own):
        return None  # "said the decision followed Ireland's support for X, accusing…": whose words is unclear
    return top


def _speaks(f: Frame, lemma: str) -> bool:
    """Whether the verb ``lemma`` reports speech, names by a judgement or codes a verbal act (ACCUSE, REQUEST...)."""
    if lemma in f.cues["speech_verbs"] or lemma in f.cues["qualifying_verbs"]:
        return True
    quads = types()
    return any(
        (q := quads.get((e.type, None))) is not None and q.quad.startswith("verbal")
        for e in f.lex.triggers.get(("verb", lemma), [])
    )
