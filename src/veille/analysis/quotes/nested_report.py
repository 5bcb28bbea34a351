"""A speech verb's clause whose own verb is a speech verb: whose statement it is.

"CNN reported that Pyongyang declared that …" reports the inner speaker's statement, and :mod:`.indirect` keeps
that one alone. The outer clause is the outer speaker's statement, whole, where its verb reports no statement that
someone else made:

* a statement still to be made, under a modal ("X said that member states should stress to Y that …": a
  recommendation of X's);
* a verb of speech the parser gave a clause that reports nothing (a complement with neither subject nor
  complementizer: "X said the leadership responded positively to Z's concerns, and talks are ongoing", the second
  conjunct hung on "responded");
* a document the speaker cites ("X maintained that the joint statement had clearly stated that …": X's reading
  of the document, lexicon kind ``noun``).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from . import labels
from .frame import Frame


def inner_statement(fr: Frame, cl: Token) -> bool:
    """Whether the clause ``cl`` of a speech verb, itself a speech verb with a clausal complement, reports the
    statement of its own subject, a statement made (none of the shapes of the module docstring), which is then
    the statement rather than the outer clause. A pronoun subject ("he said he believes …") is the outer speaker's
    own: False."""
    if not fr.is_cue(cl):
        return False
    subjects = [c for c in children(cl) if c.dep_ in labels.SUBJECT]
    if any(s.pos_ == "PRON" for s in subjects):
        return False
    clauses = [c for c in children(cl) if c.dep_ == "ccomp"]
    if not any(_reads_clause(c) for c in clauses):
        return False
    if any(c.dep_.startswith("aux") and c.tag_ == labels.MODAL_TAG for c in children(cl)):
        return False
    return not any(s.lemma_.lower() in fr.lex["noun"] for s in subjects)


def _reads_clause(c: Token) -> bool:
    """Whether clausal complement ``c`` has a subject or a complementizer of its own: a clause that reports."""
    return any(g.dep_.startswith(("nsubj", "expl")) or g.dep_ == "mark" for g in children(c))
