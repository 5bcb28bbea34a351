"""Discourse: what the text said before. The earlier event a noun refers to ("la décision", "the warning"), the
other side of an actor's latest event (a reply), the sides of the story's conflict ("all parties"), the recipients
a clause without one takes from them, and the accusations and rejections voiced in reported speech ("X said the
drills were destabilising")."""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from ...datafiles import DATA, read_table
from ..tree import children, span_tokens
from .actors import actors
from .engaged import clause_sides
from .frame import Frame, Past
from .judgement_nouns import is_predicate, predicate_owners, referred
from .lexicon import holding_types, listed, neutral_cue, token_words, types, wars
from .modality import modality
from .open_calls import mutual_named
from .parties import Party
from .placetime import adversary
from .rival_groups import rival_sides
from .speech import quote_speakers, speech_head
from .subjects import subject_tokens
from .syntax import (
    NOMINAL,
    OBJECT_DEPS,
    PASSIVE_SUBJECTS,
    case,
    complements,
    is_locative,
    objects,
    parties_at,
)

#: Nouns of the relations between two states (``data/kb/relation_nouns.tsv``).
RELATION_NOUNS = DATA / "kb" / "relation_nouns.tsv"


@functools.cache
def _relation_nouns() -> frozenset[str]:
    return frozenset(row["word"] for row in read_table(RELATION_NOUNS))


def partners(f: Frame, trig: Token, by: list[Party]) -> list[Party]:
    """The partners whose relations with ``by`` the trigger's object names ("a salué les relations liant les deux
    pays", "spoke highly of bilateral ties"): those of the actor's latest joint act or meeting, but the actor."""
    nouns = objects(f, trig) + [
        g for k in children(trig) if k.dep_ in ("obl", "obl:arg", "prep") for g in [k, *children(k)]
    ]
    if not any(listed(n, _relation_nouns()) for n in nouns):
        return []
    mine = {p.code for p in by}
    joint = [p for p in f.memory.last_joint if p.code]
    if not mine & {p.code for p in joint}:
        return []
    return [p for p in joint if p.code not in mine]


def referent(f: Frame, noun: Token, by: list[Party]) -> Past | None:
    """The earlier event that an event noun ("the warning", "la décision", "les accusations") names: the latest
    realised one of the noun's type (any type for "decision", "announcement"...) led by others than ``by``."""
    wanted = f.cues["event_nouns"].get(noun.lemma_.lower()) or f.cues["event_nouns"].get(noun.lower_)
    if wanted is None:
        return None
    mine = {p.code for p in by}
    for past in reversed(f.history):
        if (wanted == "*" or past.type in wanted.split("|")) and not {p.code for p in past.actors} & mine:
            return past
    return None


def counterpart(f: Frame, sides: list[Party]) -> list[Party]:
    """The other side of the latest realised event that involved one of ``sides`` (a reply: "X rejected it")."""
    mine = {p.code for p in sides}
    for past in reversed(f.history):
        a, r = {p.code for p in past.actors}, {p.code for p in past.recipients}
        if a & mine and not r & mine:
            return past.recipients
        if r & mine and not a & mine:
            return past.actors
    return []


def conflict_sides(f: Frame, but: list[Party]) -> list[Party]:
    """The states on either side of the story's realised conflict events so far ("all parties"), those of ``but``
    and organisations (mediators, monitors) left out."""
    mine = {p.code for p in but}
    out: dict[str, Party] = {}
    for past in f.history:
        if "conflict" not in types()[(past.type, None)].quad:
            continue
        for p in past.actors + past.recipients:
            if p.code and p.code not in mine and p.sector != "IGO" and p.entity.get("type") != "ORG":
                out.setdefault(p.code, p)
    return list(out.values())


def mutual_sides(f: Frame, trig: Token, named: list[Party]) -> list[Party]:
    """Both sides of a mutual act named by a noun ("la trêve", "les combats avec les rebelles", "the fighting",
    events.json ``mutual_nouns``): the sides its phrase names, its bare name modifiers too ("la guerre Mali-Front du
    Nord"), completed, when it names one side or none and is told as a fact (:func:`_told_apart`), from the story:
    the opponents of the side it names in their latest armed act, else the sides of the latest armed act, else
    those of the last joint act or meeting; [] when fewer than two codes are found. Unnamed rival groups the phrase
    names alone ("les affrontements entre gangs") are both sides (:func:`rival_sides`)."""
    if rivals := rival_sides(f, trig):
        return rivals
    named = [p for p in named if p.code]
    for k in children(trig):  # "la guerre Mali-Front du Nord": names hung on the noun without a preposition
        ent = f.mentions.entity(k)
        if k.dep_ in ("nmod", "appos", "flat", "flat:name") and case(k) is None and ent is not None:
            named.append(Party(ent, ent.get("sector")))
    sides = _unique_codes(named)
    held = _unique_codes(clause_sides(f, trig)) if len(sides) < 2 else []
    if held := [p for p in held if p.code not in {q.code for q in sides}]:
        # "the two armies were engaged in exchanges of fire": the subject of the clause that holds it;
        # one side with the story's other ("X said it had suffered losses in the clashes")
        sides += held
        sides += _opponents(f, sides) if len(sides) == 1 else []
    elif len(sides) < 2 and _told_apart(f, trig):
        sides += _opponents(f, sides) if sides else _last_fight(f)
    if len(sides) == 1 and any(
        case(k) in f.cues["partner_cases"] or k.lower_ in f.cues["partner_cases"] for k in children(trig)
    ):
        sides += adversary(f, sides)  # "les combats avec les rebelles": the story's other side fights them
    return sides if len({p.code for p in sides}) >= 2 else []


def _told_apart(f: Frame, trig: Token) -> bool:
    """Whether a mutual noun that names fewer than two sides may take them from the story: it is told as a fact of
    its own (a subject, "des combats ont éclaté"; the complement of a noun of its phase, ``mutual_phases``, "le
    début de la trêve"; a headline), not as what a verb asks, accepts or fears ("accept a ceasefire", "menacée d'une
    guerre") nor as what another noun is about ("les violations de la trêve"), and the story is
    not one of a background war (``conflicts.tsv``: "the war" there is the aggressor's, see the coding rules)."""
    while trig.dep_ == "conj" and trig.head.pos_ in ("NOUN", "PROPN"):  # "a ceasefire and a truce"
        trig = trig.head
    up = trig.head if trig.dep_ != "pobj" else trig.head.head
    if trig.head.i != trig.i and trig.dep_ not in f.lex.subject_deps:
        # a complement: only of a noun of its phase ("le début de la trêve"), not "les violations de la trêve"
        if up.pos_ not in ("NOUN", "PROPN") or up.lemma_.lower() not in f.cues["mutual_phases"]:
            return False
    named = {e.get("code") for e in f.entities if e.get("type") == "GPE"}
    year = int(f.pub_date[:4]) if f.pub_date else None
    return not any(a in named and v in named and (year is None or year >= since) for a, v, since in wars()[1])


def _unique_codes(parties: list[Party]) -> list[Party]:
    out: dict[str | None, Party] = {}
    for p in parties:
        if p.code and p.sector != "IGO":  # a mediator or monitor is on neither side
            out.setdefault(p.code, p)
    return list(out.values())


def _opponents(f: Frame, sides: list[Party]) -> list[Party]:
    """The other side of the latest realised armed act (``cues.json`` ``war_types``) of one of ``sides``."""
    mine = {p.code for p in sides}
    for past in reversed(f.history):
        if past.type not in wars()[0]:
            continue
        a, r = {p.code for p in past.actors}, {p.code for p in past.recipients}
        if a & mine and not r & mine:
            return _unique_codes(past.recipients)
        if r & mine and not a & mine:
            return _unique_codes(past.actors)
    return []


def mediated_sides(f: Frame, mediators: list[Party]) -> list[Party]:
    """The sides a mediator (events.json ``mediation_verbs``) brought together when its object names none ("Egypt,
    which mediated the ceasefire"): those of the story's latest armed act, else of its latest mutual act (a truce,
    talks: sides that act on each other), the mediators left out; [] when no such act has two other codes."""
    mine = {p.code for p in mediators}
    pasts = list(reversed(f.history))
    mutual = [p for p in pasts if {a.code for a in p.actors} == {r.code for r in p.recipients}]
    for past in [p for p in pasts if p.type in wars()[0]] + mutual:
        sides = [p for p in _unique_codes(past.actors + past.recipients) if p.code not in mine]
        if len(sides) >= 2:
            return sides
    return []


def _last_fight(f: Frame) -> list[Party]:
    """The sides of the story's latest realised armed act between two codes, else those of its last joint act or
    meeting ("talks between X and Y ... new fighting broke out")."""
    return _war_sides(f) or _unique_codes(f.memory.last_joint)


def _war_sides(f: Frame) -> list[Party]:
    """The sides (one party a code, no mediator: :func:`_unique_codes`) of the story's latest realised armed act
    (``cues.json`` ``war_types``) that names two codes or more; [] when none does."""
    for past in reversed(f.history):
        sides = _unique_codes(past.actors + past.recipients)
        if past.type in wars()[0] and len(sides) >= 2:
            return sides
    return []


def attacker_of(f: Frame, victims: list[Party]) -> Past | None:
    """The latest realised conflict event whose recipients include one of ``victims`` (an act before words: a
    denunciation answers the sanctions rather than the accusation that came with them)."""
    mine = {p.code for p in victims}
    suffered = [
        past
        for past in f.history
        if {p.code for p in past.recipients} & mine
        and not {p.code for p in past.actors} & mine
        and "conflict" in types()[(past.type, None)].quad
    ]
    acts = [past for past in suffered if "material" in types()[(past.type, None)].quad]
    latest = acts or suffered
    return latest[-1] if latest else None


def discourse_recipients(f: Frame, trig: Token, etype: str, by: list[Party]) -> tuple[list[Party], Past | None]:
    """Recipients from discourse when the clause names none: the author of the event that the object names
    ("rejected the warning"), else, for a reply type, the other side of the actor's latest event; and the earlier
    event they come from, if any."""
    c = f.cues
    nouns = objects(f, trig) + ([trig.head] if trig.dep_ in ("acl", "amod") and trig.head.i != trig.i else [])
    # what a call is for ("appelle à la libération des otages", "calls for the release of the hostages")
    asked = [n for prep, n in complements(trig) if prep in c["referent_preps"]]
    if held := holders(f, nouns + asked, etype, by):  # "called for their release": whoever holds them
        return held.actors, held
    if warring := truce_sides(f, nouns + asked, etype, by):  # "a réclamé l'arrêt des hostilités": both sides
        return warring, None
    for n in nouns + asked:
        ref = referent(f, n, by)
        if ref is not None:
            return ref.actors, ref
    comps = nouns + [
        k
        for k in children(trig)
        if k.dep_ in OBJECT_DEPS
        and k.pos_ in ("NOUN", "PROPN", "PRON")
        and not (is_locative(f, k) and f.mentions.entity(k))
    ]
    bare = all(
        any(d.lower_ in c["any_words"] for d in children(n))  # "dément toute ingérence"
        or (n.pos_ == "PRON" and n.lower_ in c["vague_objects"])
        for n in comps
    )  # "rejeté ce que"
    if etype in c["alert_types"]:
        return counterpart(f, by), None
    if etype in c["victim_types"]:  # "a dénoncé un crime de guerre" after strikes on the actor
        past = attacker_of(f, by)
        return (past.actors, past) if past is not None else ([], None)
    # a reply to what an event noun names whose author is not in the story: the other side ("a rejeté la
    # protestation" after a demand from that side)
    named = bool(comps) and all(c["event_nouns"].get(n.lemma_.lower()) or c["event_nouns"].get(n.lower_) for n in comps)
    if etype in c["reply_types"] and (bare or named):
        if etype == "THREATEN" and not any(
            modality(f, k)[1] in ("future", "hypothetical", "intended")
            for k in children(trig)
            if k.dep_ in ("ccomp", "xcomp", "advcl")
        ):
            return [], None  # a warning threatens only with a future or conditional consequence
        return counterpart(f, by), None
    return [], None


def holders(f: Frame, nouns: list[Token], etype: str, by: list[Party]) -> Past | None:
    """The latest realised act that holds people (``cues.json`` ``holding_types``) led by others than ``by``, when
    one of ``nouns`` asked by a request is a release (events.json ``release_nouns``: "demanded the release of the
    sailors", "appelle à leur libération"); else None."""
    holding = holding_types().get(etype)
    if not holding or not any(n.lemma_.lower() in f.cues["release_nouns"] for n in nouns):
        return None
    mine = {p.code for p in by}
    return next((p for p in reversed(f.history) if p.type in holding and not {a.code for a in p.actors} & mine), None)


def truce_sides(f: Frame, nouns: list[Token], etype: str, by: list[Party]) -> list[Party]:
    """The sides of the story's latest realised armed act (``cues.json`` ``war_types``) but ``by``'s, when one of
    ``nouns`` asked by a request (``cues.json`` ``truce_types``) is a mutual act or a noun of it (events.json
    ``mutual_nouns``: "a réclamé l'arrêt des hostilités", "appelle à un cessez-le-feu", "called for an end to the
    fighting"): a truce is asked of those who fight; [] when no such act names two codes."""
    if etype not in neutral_cue("truce_types") or not any(mutual_named(f, n) for n in nouns):
        return []
    mine = {p.code for p in by}
    return [p for p in _war_sides(f) if p.code not in mine]


def source_parties(f: Frame, clause: Token) -> list[Party]:
    """The source of a clause introduced by "selon X" / "according to X"."""
    for k in children(clause):
        if k.dep_ in ("obl", "obl:mod", "nmod") and case(k) in f.cues["source_preps"]:
            return parties_at(f, k, NOMINAL, 1)[0]
        if k.dep_ == "prep" and k.lower_ in f.cues["source_preps"]:  # according (to X)
            pobj = [g for p in children(k) if p.dep_ == "prep" for g in children(p) if g.dep_ == "pobj"]
            pobj += [g for g in children(k) if g.dep_ == "pobj"]
            if pobj:
                return parties_at(f, pobj[0], NOMINAL, 1)[0]
    return []


#: A judgement voiced in reported speech: (type, mode, the judging word, speakers, targets).
Judgement = tuple[str, str | None, Token, list[Party], list[Party]]


@functools.lru_cache(maxsize=8)
def _judging_words(*words: frozenset[str]) -> frozenset[str]:
    """The words of :func:`speech_accusations`'s lists together (rejection, disapproval, approval words and the
    judgement nouns of :func:`.judgement_nouns.is_predicate`): a token that is none of them judges nothing."""
    return frozenset().union(*words)


def speech_accusations(f: Frame, sent: Span) -> list[Judgement]:
    """ACCUSE/disapprove from a speaker to the entity its reported words call destabilising, aggressive...; REJECT
    when the words call an earlier event absurd, baseless... ("the accusations were absurd"). A qualifying verb
    ("described the move as hostile", "a qualifié la décision d'acte hostile") is itself the judgement: its subject
    accuses what its object names; with a word of praise (events.json ``approval_words``: « a qualifié l'accord
    de courageux », « considère le plan comme une base sérieuse ») it SUPPORTs it."""
    out: list[Judgement] = []
    approval = f.cues["approval_words"]
    rejection, disapproval = f.cues["rejection_words"], f.cues["disapproval_words"]
    judging = _judging_words(rejection, disapproval, approval, f.cues["judgement_predicates"])
    for tok in span_tokens(sent):
        lemma, low = token_words(tok)
        if lemma not in judging and low not in judging:
            continue  # no judging word nor judgement noun (nearly every token): none of the tests below holds
        rejects = lemma in rejection or low in rejection
        approves = not rejects and (lemma in approval or low in approval)
        if not rejects and not approves and lemma not in disapproval and low not in disapproval:
            if not is_predicate(f, tok):
                continue
        clause = tok
        # the clause: its verb, or a predicate with a copula ("le comportement de X est inadmissible")
        while not _clause(clause) and clause.head.i != clause.i:
            clause = clause.head
        if not _clause(clause):
            continue
        if not rejects and (clause.lemma_.lower() in f.cues["qualifying_verbs"] or referred(f, clause)):
            # "Russia described the move as a hostile act", "a qualifié la décision d'acte hostile": the subject (or
            # the agent of the passive) judges what the object names
            judges, judged = actors(f, clause)[0], _qualified(f, clause) or predicate_owners(f, clause)
            if judges and not judged:  # "the move was described as hostile": the author of the act it names
                named = [_antecedent(f, k) for k in objects(f, clause)]  # "an attack which she described as"
                ref = next((r for r in (referent(f, k, judges) for k in named) if r is not None), None)
                judged = ref.actors if ref is not None else []
            judged = [t for t in judged if all(t.code != s.code for s in judges)]
            if judges and judged:
                etype, mode = ("SUPPORT", None) if approves else ("ACCUSE", "disapprove")
                out.append((etype, mode, tok, judges, judged))
            continue
        if approves:  # praise counts only as a qualifying verb's judgement, not said of whatever a clause names
            continue
        speech = speech_head(f, clause)
        if speech is not None:
            speakers, _ = actors(f, speech)
        else:
            speakers = source_parties(f, clause) or quote_speakers(f, tok)
        if rejects:
            subs = subject_tokens(f, clause)[0] + [k for k in children(clause) if k.dep_ in PASSIVE_SUBJECTS]
            ref = next((r for r in (referent(f, k, speakers) for k in subs) if r is not None), None)
            if speakers and ref is not None:
                out.append(("REJECT", None, tok, speakers, ref.actors))
            continue
        targets, _ = actors(f, clause)
        if speakers and not [t for t in targets if t.code and all(t.entity is not s.entity for s in speakers)]:
            targets = _judged(f, tok, speakers) or _act_authors(f, clause, speakers)
        if speakers and targets:
            judged = [t for t in targets if all(t.entity is not s.entity for s in speakers)]
            out.append(("ACCUSE", "disapprove", tok, speakers, judged))
    return out


def _qualified(f: Frame, verb: Token) -> list[Party]:
    """What the object of a qualifying verb names: the entity itself ("called Russia an aggressor") or the owner of
    the act it names ("described the decision of the United States as hostile")."""
    found: list[Party] = []
    for o in objects(f, verb) + referred(f, verb):  # a relative object stands for its noun ("qu'il qualifie de X")
        found += [p for p in parties_at(f, _antecedent(f, o), NOMINAL, 1, skip_locative=True)[0] if p.code]
    return found


def _antecedent(f: Frame, tok: Token) -> Token:
    """The noun a relative pronoun stands for ("an attack which she described as illegal": attack); else ``tok``."""
    relative = tok.lower_ in f.cues["relative_pronouns"] or "PronType=Rel" in str(tok.morph)
    if relative and tok.head.dep_ in ("acl:relcl", "relcl", "acl") and tok.head.head.pos_ in ("NOUN", "PROPN"):
        return tok.head.head
    return tok


def _act_authors(f: Frame, clause: Token, speakers: list[Party]) -> list[Party]:
    """Whom a judgement said of an act is said of: the owner its clause's subject names ("la décision de la Russie
    est illégale"), else the authors of the earlier act that subject names ("the arrest was unlawful", "the move
    amounted to interference", "la démolition constitue une violation")."""
    subs = subject_tokens(f, clause)[0] + [k for k in children(clause) if k.dep_ in PASSIVE_SUBJECTS]
    subs = [n for k in subs if _definite(n := _antecedent(f, k))]  # "an arrest would be illegal": none told
    if owners := [p for n in subs for p in _judged(f, n, speakers)]:
        return owners
    ref = next((r for r in (referent(f, n, speakers) for n in subs) if r is not None), None)
    mine = {p.code for p in speakers}
    return [p for p in ref.actors if p.code and p.code not in mine] if ref is not None else []


def _definite(noun: Token) -> bool:
    """Whether ``noun`` is told as known: a definite or demonstrative article, or a possessive ("the move", "cette
    décision", "its decision")."""
    return any({"Definite=Def", "PronType=Dem", "Poss=Yes"} & set(k.morph) for k in children(noun) if k.dep_ != "case")


def _clause(tok: Token) -> bool:
    """Whether ``tok`` heads a clause: a verb, or a predicate with a copula (where the parser labels copulas)."""
    return tok.pos_ in ("VERB", "AUX") or any(k.dep_ == "cop" for k in children(tok))


def _judged(f: Frame, word: Token, speakers: list[Party]) -> list[Party]:
    """Whom a judgement word that qualifies no subject is said of: the owner of the act it names or qualifies
    ("l'agression de la Russie", "Russia's illegal war", "le renforcement menaçant de la Russie"); no one else
    (the story's other side is too often a third party the speaker does not judge)."""
    noun = word.head if word.dep_ in ("amod", "acl") and word.head.pos_ in ("NOUN", "PROPN") else word
    mine = {p.code for p in speakers}
    if noun.pos_ in ("NOUN", "PROPN"):
        # the genitive may hang on the noun's participle ("cette agression injustifiée de X", parsed obl:arg of
        # "injustifiée")
        kids = [*children(noun), *(g for m in children(noun) if m.dep_ in ("acl", "amod") for g in children(m))]
        owners = [
            p
            for k in kids
            if k.dep_ in ("poss", "nmod:poss", "nmod", "prep", "obl:arg")
            and (k.dep_ not in ("nmod", "obl:arg") or case(k) in f.cues["genitive_preps"])
            and (k.dep_ != "prep" or k.lower_ in f.cues["genitive_preps"])
            for p in parties_at(f, k, NOMINAL, 1, skip_locative=True)[0]
            if p.code and p.code not in mine
        ]
        return owners
    return []
