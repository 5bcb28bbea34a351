"""The act a disapproval is about: "condemned the Norwegian strikes", "expressed concern over the build-up of
Norwegian troops", « a exprimé son inquiétude face au blocus israélien », "Norway shelled a village. India
condemned the shelling." When the clause names no party against it, a condemnation, a regret or a worry is
aimed at whoever did the act that its object or complement (events.json ``disapproved_preps``) names by an event
noun of the lexicon: the noun's own author (an adjective, a possessive, an agent), else the author of the latest
realised event of the noun's type the text told, by others than the one disapproving; with none, a home act of
the disapproving state by others of it (:mod:`.home_acts`: "the president condemned the protests"). Not the act's
victim: "condemned the strikes on Norwegian boats" names no author, and no recipient comes from it.

The feeling a verb voices may carry the complement ("expressed disappointment at the decision", "repeated its
protest over the detention", « a exprimé son mécontentement face à la décision »: events.json
``disapproved_feeling_preps``): the act it names is judged too; a decision, a move or a step told before
(:func:`.discourse.referent`, a definite noun only, and no earlier judgement) is its author's.

A condemnation of a measure taken against the speaker also rejects it only when its clause names that measure
(:func:`names_act`): "condemned what it called a provocation" and "accusing him of X" name none."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from .discourse import discourse_recipients, referent
from .frame import Frame, Past
from .home_acts import home_act
from .parties import Party
from .recipients import noun_parties
from .syntax import complements, objects
from .triggers import match_trigger


def disapproved_nouns(f: Frame, trig: Token) -> list[Token]:
    """The nouns that name what ``trig`` disapproves of: its objects and the complements of its preposition."""
    preps = set(f.cues["disapproved_preps"])
    return objects(f, trig) + [n for prep, n in complements(trig) if prep in preps] + feeling_complements(f, trig)


def feeling_complements(f: Frame, trig: Token) -> list[Token]:
    """The nouns the feeling voiced by ``trig`` is about: the complements of its object's preposition
    (events.json ``disapproved_feeling_preps``: "expressed its disappointment in the decision", "repeated its protest
    over the detention")."""
    preps = set(f.cues["disapproved_feeling_preps"])
    return [n for o in objects(f, trig) for prep, n in complements(o) if prep in preps]


def acts_or_discourse(f: Frame, trig: Token, etype: str, by: list[Party]) -> tuple[list[Party], Past | None]:
    """The recipients of ``trig`` when its clause names none: for a disapproval, the authors of the act it is
    about (:func:`act_authors`), else those discourse gives (:func:`.discourse.discourse_recipients`)."""
    if etype in f.cues["disapproved_types"]:
        if (acted := act_authors(f, disapproved_nouns(f, trig), by))[0]:
            return acted  # "condemned the shelling": whoever shelled
        if (told := told_act(f, feeling_complements(f, trig), by)) is not None:
            return told.actors, told  # "expressed disappointment at the decision": whoever decided
    return discourse_recipients(f, trig, etype, by)


def names_act(f: Frame, trig: Token) -> bool:
    """Whether what ``trig`` disapproves of is an act its clause names: an event noun ("dénonce des sanctions",
    "condemned the decision") or a pronoun for one told before (events.json ``act_pronouns``: "condemned them"); not
    a person ("accusing him of X") nor what the speaker calls something ("condemned what it called aggression"),
    whose act the discourse only guesses."""
    pronouns = set(f.cues["act_pronouns"])
    return any(
        f.cues["event_nouns"].get(n.lemma_.lower())
        or (n.pos_ == "PRON" and n.lower_ in pronouns)
        or ((hit := match_trigger(f, n)) is not None and hit[1] == "noun")
        for n in disapproved_nouns(f, trig)
    )


def told_act(f: Frame, nouns: list[Token], by: list[Party]) -> Past | None:
    """The earlier act a definite one of ``nouns`` names ("the decision", "this move"): the latest realised one
    of the noun's type (:func:`.discourse.referent`) led by others than ``by``, when it is no judgement itself (a
    decision is no earlier disapproval)."""
    for n in nouns:
        if not any({"Definite=Def", "PronType=Dem", "Poss=Yes"} & set(k.morph) for k in children(n)):
            continue  # "a statement", "any action": no act told before
        ref = referent(f, n, by)
        if ref is not None and ref.type not in f.cues["disapproved_types"]:
            return ref
    return None


def act_authors(f: Frame, nouns: list[Token], by: list[Party]) -> tuple[list[Party], Past | None]:
    """The authors of the first act one of ``nouns`` names by an event noun, and the earlier event they come
    from (None when the noun names them itself); nothing for a noun that names no act."""
    mine = {p.code for p in by}
    for n in nouns:
        hit = match_trigger(f, n)
        if hit is None or hit[1] != "noun":
            continue
        entry = hit[0]
        named = [p for p in noun_parties(f, n, entry.genitive)[0] if p.code and p.code not in mine]
        if named:
            return named, None
        for past in reversed(f.history):
            if past.type == entry.type and not {p.code for p in past.actors} & mine:
                return [p for p in past.actors if p.code], past
        if (home := home_act(f, entry.type, by)) is not None:
            return [p for p in home.actors if p.code], home
    return [], None
