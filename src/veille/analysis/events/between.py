"""Both sides of a joint act told by "entre X et Y" ("la trêve conclue entre la Syrie et Israël", "les
négociations entre la Russie et l'Ukraine", "un accord a été signé vendredi entre le Soudan et le Tchad"). The
parser often hangs the second side elsewhere than on the first (on the event noun, as the verb's subject, under a
date), so it is read from the words: the first party named after the "et" that follows the first side's name,
before any verb or punctuation. A verb of a joint act with no actor of its own (a passive, a participle) is done by
the sides its "entre" complement names. The prepositions are ``between_preps`` (``lang/<code>/events.json``)."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children, subtree
from . import hedges
from .frame import Frame
from .parties import Party
from .syntax import NOMINAL, case, complement, parties_at

#: Words after "et" that may open the second side's phrase before its name ("le groupe islamiste Hamas").
_SPAN = 6
_STOP = frozenset({"VERB", "AUX", "PUNCT", "ADP", "SCONJ", "CCONJ", "PRON"})


def _name_end(f: Frame, tok: Token) -> int:
    """The index of the token after the name ``tok`` belongs to ("la Corée du Nord": after "Nord")."""
    span = f.mentions.span_of(tok)
    name = None if span is None else f.doc.char_span(*f.mentions.outer[span][:2], alignment_mode="expand")
    return tok.i + 1 if name is None else name.end


def second_side(f: Frame, first: Token) -> list[Party]:
    """The parties of the side named after "et" past the first side ``first`` of "entre X et Y", wherever the parse
    hangs it; none when the words after "et" name no party before a verb or punctuation."""
    doc, j = f.doc, _name_end(f, first)
    if j >= len(doc) or doc[j].dep_ != "cc" or doc[j].lower_ not in f.cues["between_joins"]:
        return []
    for t in doc[j + 1 : j + 1 + _SPAN]:
        if t.pos_ in _STOP:
            return []
        if t.pos_ in ("NOUN", "PROPN") and f.mentions.entity(t) is not None:
            return parties_at(f, t, NOMINAL, 1, skip_locative=True)[0]
    return []


def verb_sides(f: Frame, verb: Token) -> list[Party]:
    """The sides a verb's "entre" complement names ("a été signé vendredi entre le Soudan et le Tchad"), through the
    nouns of its own adjuncts (not its subject's: "une coopération entre X et Y est discutée" is no talk between
    them), not a clause below it; none unless they are two."""
    found: list[Party] = []
    stack = [c for c in children(verb) if c.pos_ in ("NOUN", "PROPN") and c.dep_.startswith("obl")]
    while stack:
        t = stack.pop()
        if case(t) in f.cues["between_preps"]:
            found = parties_at(f, t, NOMINAL, 1, skip_locative=True)[0] + second_side(f, t)
            break
        stack += [c for c in children(t) if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN")]
    codes = {p.code for p in found if p.code}
    return found if len(codes) >= 2 else []


def occurrence_sides(f: Frame, noun: Token) -> list[tuple[str, Token]]:
    """The "entre" complement that the parse hangs on the verb above an event noun ("au terme d'un entretien entre X
    et Y" with "entre" on "terme"): right after the noun; or anywhere in the clause of a verb of occurrence the
    noun is the subject of ("un entretien a eu lieu mardi entre X et Y", "une rencontre s'est tenue mardi à
    Genève entre X et Y": the meeting's own sides, ``occurrence_verbs`` of ``lang/<code>/modality.json``)."""
    verb = noun.head
    if verb.i == noun.i:
        return []
    end = max(t.i for t in subtree(noun))
    occurs = noun.dep_ in f.lex.any_subject_deps and bool(
        _occurrence_words(verb) & hedges.cues(f.lex.code)["occurrence_verbs"]
    )
    return [
        x
        for k in children(verb)
        if (x := complement(k)) is not None
        and x[0] in f.cues["between_preps"]
        and (occurs or min(t.i for t in subtree(k)) == end + 1)
    ]


def _occurrence_words(verb: Token) -> set[str]:
    """A verb's lemma, with its particles and with its object ("avoir lieu")."""
    return hedges.lemmas(verb) | {
        f"{verb.lemma_.lower()} {k.lemma_.lower()}" for k in children(verb) if k.dep_ in ("obj", "dobj")
    }
