"""Acts told as the time of another (issue 13, modality): an event noun named as a landmark still ahead ("a week
before the summit", "ahead of talks", "à la veille de la rencontre", "avant sa visite") is to come, unless the
clause it dates is in a past perfect ("had massed troops before the invasion": passed); one named as a landmark
passed ("after the summit", "après la rencontre") is in the mood of the clause it dates ("will meet after the
summit": future; "met after the summit": done). The content clause of a noun of demand is wanted, not done ("sa
demande que la Chine libère les otages", "our demand that China release them"), and a gerund adjunct shares the
intention of the clause it hangs on ("plans to play a role in helping Ukraine", « entend jouer un rôle en aidant
l'Ukraine »).

The words are the language's ``modality.json`` (``landmarks_ahead``, ``landmarks_passed``, ``perfect_auxiliaries``,
``wanting_nouns``, ``gerund_marks``)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..tree import children, verb_above
from . import hedges
from .frame import Frame

Told = Callable[[Frame, Token], tuple[bool, str | None]]

#: The moods a dated clause passes on to its landmark (not an intention: "applied to join
#: NATO after the invasion", the parse hanging the landmark on the infinitive).
_UNREAL = ("future", "hypothetical")


#: The dependents that open a noun's own phrase ("the", "sa", "planned", "three"): its landmark is printed before.
_INNER = frozenset({"det", "det:poss", "poss", "amod", "nummod", "compound", "nmod:poss"})


def _before(noun: Token) -> str:
    """The lower-case text of the five tokens before the noun's phrase (its determiners and modifiers, not a
    complement the parse hangs before it: "Quelques heures avant sa visite"), apostrophes unified."""
    start = min([noun.i, *(k.left_edge.i for k in children(noun) if k.i < noun.i and k.dep_ in _INNER)])
    return noun.doc[max(0, start - 5) : start].text.lower().replace("’", "'")


def _ends_with(text: str, phrases: frozenset[str]) -> bool:
    for p in phrases:
        if text.endswith(p) and (len(text) == len(p) or not text[-len(p) - 1].isalnum()):
            return True
    return False


def _dated(f: Frame, noun: Token) -> Token | None:
    """The verb of the clause the landmark dates: the nearest verb above the noun, within the segment."""
    verb = verb_above(noun)
    return verb if verb is not None and f.inside(verb) else None


def _past_perfect(f: Frame, verb: Token) -> bool:
    """ "had massed", "avait massé": a perfect auxiliary in the past (or the imperfect) on a participle."""
    auxiliaries = hedges.cues(f.lex.code)["perfect_auxiliaries"]
    return "VerbForm=Part" in str(verb.morph) and any(
        k.dep_.startswith("aux")
        and k.lemma_.lower() in auxiliaries
        and ("Tense=Past" in str(k.morph) or "Tense=Imp" in str(k.morph))
        for k in children(verb)
    )


def landmark(f: Frame, noun: Token, told: Told) -> str | None:
    """The mood of an event noun named as a time landmark (module doc), or None."""
    c = hedges.cues(f.lex.code)
    if noun.dep_ != "pobj" and not any(k.dep_ == "case" for k in children(noun)):
        return None  # the subject of a clause the landmark opens: "after Russia's invasion up-ended ..."
    text = _before(noun)
    ahead = _ends_with(text, c["landmarks_ahead"])
    if not ahead and not _ends_with(text, c["landmarks_passed"]):
        return None
    verb = _dated(f, noun)
    negated, mood = told(f, verb) if verb is not None else (False, None)
    if mood in _UNREAL and not negated:
        return mood  # "will meet after the summit", "could meet ahead of the summit"
    if ahead and (verb is None or not _past_perfect(f, verb)):
        return "future"
    return None


def wanted_content(f: Frame, trig: Token) -> bool:
    """Whether ``trig`` heads the content clause of a noun of demand (``wanting_nouns``): "sa demande que la Chine
    libère", "l'exigence que la Russie se retire"; not "the news that China released"."""
    head = trig.head
    return (
        trig.dep_ in ("acl", "ccomp")
        and head.i != trig.i
        and head.pos_ == "NOUN"
        and any(k.dep_ == "mark" for k in children(trig))
        and hedges.lemmas(head) & hedges.cues(f.lex.code)["wanting_nouns"] != set()
    )


def gerund(f: Frame, trig: Token) -> bool:
    """A French gerund adjunct ("en aidant l'Ukraine": a present participle under ``gerund_marks``), which shares
    its clause's mood as an English gerund after a preposition does ("in helping Ukraine")."""
    marks = hedges.cues(f.lex.code)["gerund_marks"]
    return (
        bool(marks)
        and trig.dep_ == "advcl"
        and "VerbForm=Part" in str(trig.morph)
        and "Tense=Pres" in str(trig.morph)
        and any(k.dep_ == "mark" and k.lower_ in marks for k in children(trig))
    )
