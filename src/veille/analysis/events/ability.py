"""Acts told through an ability (issue 13, modality): an ability told in a perfective past was used, so its act is
done (« le Canada a pu envoyer une aide », « avait pu signer », "Canada was able to send aid"), and not done when
that ability is negated (« n'a pas pu signer », "was not able to sign", "was unable to sign"); in the present, the
imperfect, the future or the conditional (« peut », « pouvait », « pourra », « aurait pu », "is able to", "will be
able to") the ability leaves the act possible, as the language's modal heads do. An obligation told in the simple
past was met ("Russia had to withdraw its troops"; not "had yet to withdraw", nor "has to", "will have to").

The words are the language's ``modality.json`` (``ability_heads``, ``inability_heads``, ``obligation_heads``,
``pending_adverbs``)."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from . import hedges
from .frame import Frame
from .lexicon import negator


def _carrier(head: Token) -> Token:
    """The word that bears an ability's tense: the copula of an adjective ("was able"), else the head itself."""
    if head.pos_ == "ADJ" and head.dep_ == "acomp" and head.head.i != head.i:
        return head.head
    return head


def _perfective(f: Frame, verb: Token) -> bool:
    """A perfective past with no condition or future: a simple past ("was", « put »), or a participle with a
    perfect auxiliary that is neither conditional nor future (« a pu », « avait pu »; not « aurait pu », « aura
    pu »); English "could" is left out (its past of ability is also its condition)."""
    morph = str(verb.morph)
    auxiliaries = [k for k in children(verb) if k.dep_.startswith("aux")]
    if any("Mood=Cnd" in str(k.morph) or "Tense=Fut" in str(k.morph) for k in auxiliaries):
        return False
    if any(k.lower_ in f.cues["modal_aux"] | f.cues["future_aux"] for k in auxiliaries):
        return False
    if "VerbForm=Fin" in morph:
        return "Tense=Past" in morph and "Mood=Cnd" not in morph
    perfect = hedges.cues(f.lex.code)["perfect_auxiliaries"]
    return "VerbForm=Part" in morph and any(k.lemma_.lower() in perfect for k in auxiliaries)


def perfective(f: Frame, chain: list[Token]) -> tuple[list[Token], bool]:
    """The chain without an ability head told in a perfective past (module doc), and whether that ability is
    negated; the chain unchanged and False where there is none."""
    c = hedges.cues(f.lex.code)
    words = c["ability_heads"] | c["inability_heads"] | c["obligation_heads"]
    for n, head in enumerate(chain[1:], start=1):
        lemma = head.lemma_.lower()
        if lemma not in words:
            continue
        if any(k.dep_ == "advmod" and k.lower_ in c["pending_adverbs"] for k in children(head)):
            return chain, False  # "had yet to impose": not done (.unfulfilled)
        carrier = _carrier(head)
        if not _perfective(f, carrier):
            return chain, False
        negation = f.cues["negation"]
        negated = lemma in c["inability_heads"] or any(
            negator(k, negation) for t in {head, carrier} for k in children(t)
        )
        return chain[:n] + chain[n + 1 :], negated
    return chain, False
