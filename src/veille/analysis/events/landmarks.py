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

from ..tree import children, text_of, verb_above
from . import hedges
from .frame import Frame

Told = Callable[[Frame, Token], tuple[bool, str | None]]

#: The moods a dated clause passes on to its landmark (not an intention: "applied to join
#: NATO after the invasion", the parse hanging the landmark on the infinitive).
_UNREAL = ("future", "hypothetical")


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


def past(f: Frame, verb: Token) -> bool:
    """A verb in a past tense: "kept", "has kept", "were kept", « a maintenu », « maintenait », « ont été
    maintenues »; not a present passive ("are kept", « sont maintenues »)."""
    morph = str(verb.morph)
    if "VerbForm=Fin" in morph and ("Tense=Past" in morph or "Tense=Imp" in morph):
        return True
    auxiliaries = hedges.cues(f.lex.code)["perfect_auxiliaries"]
    for k in children(verb):
        if not k.dep_.startswith("aux"):
            continue
        if "Tense=Past" in str(k.morph) or "Tense=Imp" in str(k.morph):
            return True
        if "VerbForm=Part" in morph and k.dep_ in ("aux", "aux:tense") and k.lemma_.lower() in auxiliaries:
            return True
    return False


def landmark(f: Frame, noun: Token, told: Told) -> str | None:
    """The mood of an event noun named as a time landmark (module doc), or None. A landmark reached
    (``landmarks_reached``: "until the withdrawal", « jusqu'au retrait ») is to come when the clause it dates lasts
    into the future or the present ("will keep its sanctions until", "the sanctions stay until"), reached when that
    clause is past ("kept its sanctions until the withdrawal", « a maintenu ses sanctions jusqu'au retrait »)."""
    c = hedges.cues(f.lex.code)
    if noun.dep_ != "pobj" and not any(k.dep_ == "case" for k in children(noun)):
        return None  # the subject of a clause the landmark opens: "after Russia's invasion up-ended ..."
    text = hedges.text_before(noun)
    ahead = hedges.ends_with(text, c["landmarks_ahead"])
    reached = hedges.ends_with(text, c["landmarks_reached"])
    if not ahead and not reached and not hedges.ends_with(text, c["landmarks_passed"]):
        return None
    verb = _dated(f, noun)
    negated, mood = told(f, verb) if verb is not None else (False, None)
    if mood in _UNREAL and not negated:
        return mood  # "will meet after the summit", "could meet ahead of the summit"
    if reached:
        return None if verb is not None and past(f, verb) else "future"
    if ahead and (verb is None or not _past_perfect(f, verb)):
        return "future"
    return None


def clause_ahead(f: Frame, trig: Token, told: Told) -> str | None:
    """The mood of a finite clause opened by a conjunction of a time still ahead (``clause_landmarks_ahead``:
    "until Russia withdraws", "before Russia attacks", « jusqu'à ce que la Russie se retire », « avant que la Russie
    n'attaque »): the mood of the clause it dates where that is future or hypothetical, none (done) where either
    clause is past ("kept its sanctions until Russia withdrew", « a maintenu ses sanctions jusqu'à ce que la Russie
    se retire »), else future ("will keep its sanctions until Russia withdraws")."""
    # « jusqu'à ce que » is parsed as a clause on the pronoun « ce »: the clause it dates is the verb above that
    head = verb_above(trig) if trig.dep_ in ("advcl", "acl") else None
    if head is None or not f.inside(head) or past(f, trig):
        return None
    if not hedges.ends_with(opening(trig), hedges.cues(f.lex.code)["clause_landmarks_ahead"]):
        return None
    negated, mood = told(f, head)
    if mood in _UNREAL and not negated:
        return mood
    return None if past(f, head) else "future"


def opening(verb: Token) -> str:
    """The lower-case text of the five tokens before a clause's core (its subject's phrase, or the verb where
    no subject comes first): the conjunction that opens it ("as long as", « à condition que »), apostrophes
    unified."""
    subjects = [k.left_edge.i for k in children(verb) if k.dep_.startswith("nsubj") and k.i < verb.i]
    start = min([verb.i, *subjects])
    return text_of(verb.doc, max(0, start - 5), start).lower().replace("’", "'")  # cut from the Doc's text


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
