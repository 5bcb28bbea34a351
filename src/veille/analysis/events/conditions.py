"""Acts told under a condition or as a possibility (issue 13, modality): a clause opened by a conjunction of
condition in several words ("provided that Russia withdraws", "as long as", "on condition that", « à condition
que », « pourvu que », « à moins que », « au cas où ») is hypothetical, as one opened by "if" or « si » is (the
single-word marks are the events' ``condition_marks``); an act whose exclusion is negated ("did not rule out
imposing sanctions", « n'a pas exclu d'imposer des sanctions ») is possible, not denied; a lone French « ne » after
« avant que », « à moins que », « de peur que » is expletive, no negation (« avant que la Russie n'attaque »).

The words are the language's ``modality.json`` (``condition_locutions``, ``possibility_heads``,
``expletive_negation_openings``, ``negation_partners``)."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from . import hedges, landmarks
from .frame import Frame
from .lexicon import negator


def conditioned(f: Frame, trig: Token) -> bool:
    """Whether ``trig``'s clause, or a clause above it (up to six heads), opens with a condition locution."""
    locutions = hedges.cues(f.lex.code)["condition_locutions"]
    if not locutions:
        return False
    tok = trig
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") and hedges.ends_with(landmarks.opening(tok), locutions):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def possible(f: Frame, chain: list[Token]) -> bool:
    """Whether a head of the chain is a verb of exclusion under a negation of its own ("did not rule out",
    « n'a pas exclu de »): the act is possible."""
    heads = hedges.cues(f.lex.code)["possibility_heads"]
    negation = f.cues["negation"]
    return any(hedges.lemmas(h) & heads and any(negator(k, negation) for k in children(h)) for h in chain[1:])


def expletive(f: Frame, trig: Token) -> bool:
    """Whether the negation of ``trig`` is a lone expletive « ne » of a clause opened by one of the language's
    ``expletive_negation_openings`` (« avant que la Russie n'attaque », « à moins que la Chine ne signe »), with no
    partner word that makes it a negation (« pas », « jamais », « plus »: « avant que la Russie n'attaque pas »)."""
    c = hedges.cues(f.lex.code)
    if not c["expletive_negation_openings"] or not hedges.ends_with(
        landmarks.opening(trig), c["expletive_negation_openings"]
    ):
        return False
    return not any(k.lower_ in c["negation_partners"] for k in children(trig))
