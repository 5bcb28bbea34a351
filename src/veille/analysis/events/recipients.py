"""Recipients: the parties a trigger acts on, from its objects and prepositional complements (nearest entities
first), with the fallbacks tried in order when the clause names none; and the actors and recipients of an event
noun ("les frappes russes sur Odessa")."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from .. import kb
from ..tree import children, subtree
from .act_agents import agents_within
from .actors import actors as clause_actors
from .actors import bloc_adjective, epithet_complement, joint_sides, noun_phrase_parties, third_person_possessor
from .antecedents import antecedent, clitic_datives
from .backed import backing_participle, qualified_noun
from .backing import backing_adjunct
from .between import occurrence_sides, second_side
from .clauses import content_subjects
from .country_nouns import definite_country, state_before
from .discourse import attacker_of, conflict_sides
from .forum_cases import case_modifiers, case_targets, forum_types
from .frame import Frame
from .lexicon import types, wars
from .parties import Party
from .placetime import adversary, coded_place, domestic, office, scene
from .possessor import genitive_role
from .subjects import agents_of, is_agent, subject_tokens
from .syntax import (
    NOMINAL,
    OBJECT_DEPS,
    case,
    complement,
    complements,
    holder,
    is_locative,
    lower_phrase,
    objects,
    parties_at,
    prep_objects,
    sector,
    support_verb,
)
from .topics import topic_complements, topic_objects, topic_of_noun, topic_partners
from .triggers import match_trigger

MAX_COST = 4  # recipient search depth in dependency hops (coordination is free); 4 reaches "les liens entre X et Y"


def recipients(
    f: Frame,
    trig: Token,
    actors: list[Party],
    mode: str | None,
    skip: Collection[Token] = frozenset(),
    etype: str | None = None,
) -> tuple[list[Party], int]:
    """Recipients of the trigger (:func:`_recipients`); the object of a topic verb that serves a meeting ("met X
    to discuss Russia's invasion": :mod:`.topics`) is a topic, whose parties the meeting does not meet."""
    # "met X to discuss Y": the meeting the discussion serves names the partner
    return _recipients(f, trig, actors, mode, skip, etype, topical=trig.dep_ in ("xcomp", "advcl"))


def _recipients(
    f: Frame,
    trig: Token,
    actors: list[Party],
    mode: str | None,
    skip: Collection[Token],
    etype: str | None,
    topical: bool,
) -> tuple[list[Party], int]:
    """Recipients of the trigger (never one of its ``actors``) and their depth; ``skip``: the subject tokens.

    Tried in order: the author of what an object names ("contre la suspension annoncée par X"); the nearest
    entities of the objects and complements; the subject of a content or condition clause ("a prévenu que la
    Chine..."); the story's other side, for an accusation brought before a court or body ("lodged a complaint
    with the African Union"); any entity in the clause; an unnamed home group ("interpellé des manifestants");
    the author named in a relative clause ("l'amende que la Commission a infligée")."""
    patients = _qualified_noun(f, trig, actors)
    if patients or backing_participle(f, trig, etype):  # "le mouvement soutenu par X": the noun is backed, no other
        return patients, 1
    topics = (topic_objects(f, trig) if topical else []) + topic_complements(f, trig, etype)
    queue, exclude = _complements(f, trig, skip, topics)
    # "lodged a complaint with the African Union": who hears it, not its target
    forums, heard = _forums(f, queue, etype)
    if forums and (against := case_targets(f, queue, heard, actors)):
        return against, 2  # "its WTO complaint against X", "a case with the court against X": X
    queue = [c for c in queue if c not in forums]
    exclude |= {t.i for c in forums for t in subtree(c)}
    visit = mode == "visit"  # "se rendre à Tokyo": the place visited names the host; "reçu à Paris" does not
    authors = _authors(f, queue, actors)
    if authors:
        return authors, 1
    mine = {p.code for p in actors}
    joint = [p for k in queue for p in joint_sides(f, k) if p.code and p.code not in mine]
    if joint:  # "le Tchad a salué les deux pays", "urged both sides": the sides the discourse met, but the actor
        return joint, 1
    early, parties, best = _nearest(f, trig, queue, actors, visit, etype, exclude if forums or topics else frozenset())
    if early is not None:
        return early
    if not parties:  # "warned that Canadian weapons would be targets", "menacé de ... si X maintenait"
        parties = content_subjects(f, trig, actors)
        best = 2 if parties else best
    if not parties and forums:  # "Kenya lodged a complaint with the African Union": against the other side
        parties = adversary(f, actors)
        best = 2 if parties else best
    if not parties:  # "have left the country", "a quitté le pays": the state where the story happens
        parties = _the_country(f, queue, actors)
        best = 1 if parties else best
    if not parties:  # a misattached complement ("condamnaient fermement » la Russie"): any entity in the clause
        subj = {t.i for s in skip for t in subtree(s)} | exclude
        deps = NOMINAL | OBJECT_DEPS | {"advmod", "obj", "iobj", "dobj"}
        parties, _ = parties_at(f, trig, deps, MAX_COST, skip_locative=not visit, exclude=subj | {trig.i})
        best = MAX_COST if parties else None
    if not [p for p in parties if p.code]:  # "fired tear gas at protesters", "interpellé des manifestants"
        # "réclamer le départ du président": the ruler or office whose act the object names (not "des unités de
        # son armée", "des partis d'opposition": a group the object only belongs to)
        owners = [
            x[1]
            for o in objects(f, trig)
            if o not in topics  # "discussed the president's exit": a topic names no one
            for g in children(o)
            if (x := complement(g)) is not None and x[0] in f.cues["genitive_preps"]
        ]
        for c in (
            [o for o in objects(f, trig) if o not in topics]
            + [g for k in children(trig) if k.dep_ == "prep" for g in children(k) if g.dep_ == "pobj"]
            + [k for k in queue if k.dep_ == "obl:arg"]
            + owners
        ):
            # the police arrest, are rarely arrested; "critiqué le ministre de la Défense": an office
            sectors = {"GOV"} if c in owners else None
            parties = [p for p in domestic(f, c) if p.sector != "COP" and (sectors is None or p.sector in sectors)]
            parties = parties or office(f, c)
            if etype is not None and "material" not in types()[(etype, None)].quad:
                # "un crime contre des civils": no one accused; a leader's appeal to the home crowd is a request to
                # his own people ("urged his supporters to stay calm"), another state's or body's is not
                home = etype in f.cues["appeal_types"]
                parties = [p for p in parties if p.sector != "CVL" or (home and p.code in mine)]
            if parties:
                break
    if not parties:  # "rejeté l'amende que la Commission a infligée": the author named in the relative clause
        parties = _relative_authors(f, trig)
    actor_ids = {id(p.entity) for p in actors}
    found = [p for p in parties if id(p.entity) not in actor_ids | heard]
    return found, (best or 0) + 1


def _complements(f: Frame, trig: Token, skip: Collection[Token], topics: list[Token]) -> tuple[list[Token], set[int]]:
    """The objects and complements to search, and the tokens left out (adjuncts: "selon X", "after X")."""
    adjunct = f.cues["adjunct_preps"]
    adjuncts = [c for c in children(trig) if case(c) in adjunct or (c.dep_ == "prep" and c.lower_ in adjunct)]
    adjuncts += [c for c in children(trig) if backing_adjunct(f, c)]  # "avec l'aval de X": X backs the act
    adjuncts += topics  # "met X to discuss Russia's invasion": what is talked about, not with whom
    exclude = {t.i for t in skip} | {t.i for c in adjuncts for t in subtree(c)}
    queue = [c for c in children(trig) if c.dep_ in OBJECT_DEPS and c.i not in exclude]
    queue += clitic_datives(f, trig)  # « de lui demander »: a dative clitic parsed under no object label
    queue += [o for o in objects(f, trig) if o not in queue and o.i not in exclude]  # misparsed objects
    partners = topic_partners(f, topics)  # "discussed the crisis with Ghana", "with" hung on the topic
    queue += partners
    exclude -= {t.i for w in partners for t in subtree(w)}
    # "infligées par la Cedeao contre le Togo": a recipient's complement the parser labels an agent, or hangs on
    # the agent's noun
    aimed = set(f.cues["recipient_preps"]) - set(f.cues["locative_preps"])
    for c in children(trig):
        if c.dep_ in f.lex.agent_deps and c.i not in exclude:
            queue += [c] if not is_agent(f, c) else [k for k in children(c) if k.i > c.i and case(k) in aimed]
    held = holder(f, trig) if trig.pos_ == "VERB" else None
    if held is not None:  # "a de son côté rejeté les accusations", accusations parsed as the object of "a"
        queue += [k for k in children(held[1]) if k.dep_ in ("obj", "dobj") and k.i > trig.i and k not in queue]
    # "appelé l'Allemagne et les États-Unis à": the second object parsed as a conjunct of the verb
    queue += [
        c
        for c in children(trig)
        if c.dep_ == "conj"
        and c.pos_ in ("NOUN", "PROPN")
        and c not in queue
        and any(o.dep_ in ("obj", "dobj") and o.i < c.i for o in children(trig))
    ]
    return queue, exclude


def _forums(f: Frame, queue: list[Token], etype: str | None) -> tuple[list[Token], set[int]]:
    """The complements of an accusation that name where it is brought (events.json ``forum_preps``: "with the
    African Union", "devant la Cour"), each a court or intergovernmental body (sectors.tsv class ``forum``), and
    the ids of the entities they name: the body hears the complaint; a state there is its target ("lodged a
    complaint with Uganda")."""
    out: list[Token] = []
    ids: set[int] = set()
    if etype not in forum_types():
        return out, ids
    held = [k for c in queue if c.dep_ in ("obj", "dobj") for k in children(c)]  # "a complaint with the AU"
    out, ids = case_modifiers(f, queue)  # "its WTO appeal against X"
    # "filed a case at the court": a preposition of place names a forum for a case noun only ("lashed out at X")
    cased = any(c.dep_ in OBJECT_DEPS and c.lemma_.lower() in f.cues["case_nouns"] for c in queue)
    preps = f.cues["forum_preps"] | (f.cues["case_forum_preps"] if cased else frozenset())
    for c in queue + held:
        prep = c.lower_ if c.dep_ == "prep" else case(c)
        if prep not in preps:
            continue
        heard = parties_at(f, c, NOMINAL, 2)[0]
        if heard and all(p.sector in kb.sectors_in("forum") for p in heard):
            out.append(c)
            ids |= {id(p.entity) for p in heard}
    return out, ids


def _authors(f: Frame, queue: list[Token], actors: list[Party]) -> list[Party]:
    """ "contre la suspension des négociations annoncée par le gouvernement": the author is aimed at."""
    for c in queue:
        prep = c.lower_ if c.dep_ == "prep" else case(c)
        if not (c.dep_ in ("obj", "dobj") or prep in f.cues["recipient_preps"]):
            continue  # not "in a statement issued by X"
        authors = [
            p
            for a in agents_of(f, c)
            if a.head.lemma_.lower() not in f.cues["mediation_verbs"]  # "a truce brokered by X": X made no offer
            and not backing_participle(f, a.head)  # "la milice, soutenue par X": X backs, it did not author
            for p in noun_phrase_parties(f, a)[0]
            if all(p.entity is not x.entity for x in actors)
        ]
        if authors:
            return authors
    return []


def _nearest(
    f: Frame,
    trig: Token,
    queue: list[Token],
    actors: list[Party],
    visit: bool,
    etype: str | None,
    exclude: Collection[int] = frozenset(),
) -> tuple[tuple[list[Party], int] | None, list[Party], int | None]:
    """The entities nearest to the trigger among its complements (places left out unless visited or addressed;
    the tokens of ``exclude`` too) and their cost; or, first, a final answer: every side ("toutes les parties"),
    the object a pronoun stands for, the author of an event noun object."""
    parties: list[Party] = []
    best: int | None = None
    for c in queue:
        if c.pos_ in ("VERB", "AUX"):
            continue
        if c.pos_ in ("NOUN", "PRON") and lower_phrase(c, f) in f.cues["all_parties"]:
            sides = conflict_sides(f, actors)  # "appelé « toutes les parties » à la retenue"
            if sides:
                return (sides, 2), parties, best
        if (
            c.pos_ == "PRON"
            and c.lower_ in f.cues["object_pronouns"]
            and (c.dep_ in ("obj", "dobj", "iobj") or c in clitic_datives(f, trig))
        ):
            named = antecedent(f, c, actors)
            if named:
                return (named, 2), parties, best
            continue
        if c.dep_ in ("obj", "dobj") and definite_country(f, c) and (named := _the_country(f, [c], actors)):
            return (named, 1), parties, best  # "accused the country of a plot with X": not X
        noun = match_trigger(f, c) if c.dep_ in ("obj", "dobj") else None
        if noun is not None and noun[1] == "noun":  # "condamner les frappes russes": the attacker is the target
            named, victims = noun_parties(f, c, noun[0].genitive)
            by = [p for p in named if all(p.entity is not a.entity for a in actors)]
            if by:
                return (by, 1), parties, best
            if noun[0].type in wars()[0] and (victims or etype in f.cues["disapproved_types"]) and not named:
                # "je condamne cette attaque contre Israël": its victim is no one condemned, its author is
                past = attacker_of(f, victims)
                mine = {a.code for a in actors}
                if past is not None and (authors := [p for p in past.actors if p.code not in mine]):
                    return (authors, 2), parties, best
                if etype in f.cues["disapproved_types"]:
                    return (agents_within(f, c, actors), 1), parties, best  # its victims are not disapproved of
                continue
        # "demandé à Dakar de ...": a capital as the argument of a verb of asking or giving is the state addressed
        dative = (
            etype in f.cues["dative_types"]
            and case(c) in f.cues["dative_cases"]
            and (c.dep_ == "obl:arg" or (c.dep_ == "obl:mod" and 0 < c.i - trig.i <= 3))
        )
        if not (visit or dative) and is_locative(f, c) and c.dep_ != "prep":
            continue
        if not visit and c.dep_ == "prep" and c.lower_ in f.cues["locative_preps"]:
            continue
        # the place addressed is the complement itself, not one named beneath it ("un appel aux manifestants au Mali")
        place = visit or (dative and is_locative(f, c))
        ps, k = parties_at(f, c, NOMINAL, MAX_COST - 1, skip_locative=not place, exclude=exclude)
        if not ps:
            continue
        if best is None or k < best:
            best, parties = k, ps
        elif k == best:
            parties += [p for p in ps if all(p.entity is not q.entity for q in parties)]
    return None, parties, best


def _the_country(f: Frame, queue: list[Token], actors: list[Party]) -> list[Party]:
    """The state a complement names as "the country" (events.json ``country_nouns`` with a definite or
    demonstrative determiner: "left the country", "a quitté ce pays"; not "their country"): the state of the scene
    (:func:`.placetime.scene`) when the text names it and it is not the actor's, else the story's other state."""
    nouns = [g for c in queue for g in ([c] if c.dep_ != "prep" else prep_objects(c))]
    for n in nouns:
        if not definite_country(f, n):
            continue
        mine = {p.code for p in actors} | {p.entity.get("country") for p in actors}
        code = state_before(f, n, mine) or scene(f)  # "accused the country of ...": the state told of last
        state = next((e for e in f.entities if e.get("type") == "GPE" and e.get("code") == code), None)
        if state is not None and code not in mine:
            return [Party(state, state.get("sector"), anaphor=True)]
        # "French soldiers have left the country": not France, the story's other state
        return [p for p in adversary(f, actors) if p.entity.get("type") == "GPE"]
    return []


def _qualified_noun(f: Frame, trig: Token, actors: list[Party]) -> list[Party]:
    """The parties of the noun that a passive participle with an agent qualifies: "20 Israeli hostages kidnapped by
    Hamas", "les otages israéliens enlevés par le Hamas" (the hostages are the ones the act is done to)."""
    if trig.dep_ != "acl" or trig.head.pos_ not in ("NOUN", "PROPN") or "VerbForm=Part" not in str(trig.morph):
        return []
    agents, passive = subject_tokens(f, trig)
    if not passive or not agents:
        return []
    mine = {p.code for p in actors}
    return [p for p in noun_phrase_parties(f, qualified_noun(trig))[0] if p.code and p.code not in mine]


def _relative_authors(f: Frame, trig: Token) -> list[Party]:
    """ "l'amende de 200 millions d'euros que la Commission a infligée": the subject of a relative clause that
    qualifies an object."""
    parties: list[Party] = []
    for c in objects(f, trig):
        for rel in subtree(c):
            if rel.dep_ in ("acl:relcl", "relcl") and not parties:
                parties = [
                    p for t in children(rel) if t.dep_ in f.lex.subject_deps for p in noun_phrase_parties(f, t)[0]
                ]
    return parties


def noun_parties(f: Frame, trig: Token, gen: str) -> tuple[list[Party], list[Party]]:
    """Actors and recipients of an event noun: its adjectives and possessives ("les frappes russes"), its agent
    (and, for ``gen`` "agent", genitive) complement, its recipient (and genitive) complement, both sides of a
    "between" complement ("les négociations entre Israël et le Hamas"); an agent or genitive complement hung on
    the other one is read too ("la libération par le Hamas de trois otages", "the release of hostages by Hamas")."""
    c = f.cues
    actors: list[Party] = []
    recips: list[Party] = []
    comps = complements(trig)
    gen = genitive_role(f, trig, gen)  # "Japan's condemnation of Russia": the genitive is its target
    if not any(prep in c["between_preps"] for prep, _ in comps):
        comps += occurrence_sides(f, trig)  # "entre X et Y" hung on the verb above the noun
    for k in children(trig):
        ent = f.mentions.entity(k)
        if k.dep_ in ("amod", "compound", "nmod:poss", "poss") and ent is not None:
            actors.append(Party(ent, sector(f, k, ent)))
        actors += bloc_adjective(f, k)  # "Western sanctions"
    # a complement hung on the other side's: "la libération par le Hamas de trois otages", "release of X by Y"
    nested = [
        x
        for prep, k in comps
        for g in children(k)
        if (x := complement(g)) is not None
        and ((prep in c["agent_preps"] and x[0] in c["genitive_preps"]) or x[0] in c["agent_preps"])
    ]
    # the target hung on the author's genitive: "l'attaque du Hamas contre Israël" (contre under Hamas)
    aimed = c["recipient_preps"] - c["genitive_preps"] - c["locative_preps"] - c["partner_cases"]
    nested += [
        x
        for prep, k in comps
        if prep in c["genitive_preps"] and f.mentions.entity(k) is not None
        for g in children(k)
        if (x := complement(g)) is not None and x[0] in aimed
    ]
    agents = [k for prep, k in comps + nested if prep in c["agent_preps"]]
    skip = {k.i for k in agents} | {g.i for k in agents for g in children(k) if g.dep_ in ("flat", "flat:name")}
    for prep, k in comps + nested:
        if prep in c["between_preps"]:  # both sides of a joint act
            sides = parties_at(f, k, NOMINAL, 2, skip_locative=True)[0]
            # "entre le Mali et le groupe armé Front du Nord": each conjunct's own party, however deep its name
            sides += [
                p
                for g in children(k)
                if g.dep_ == "conj"
                for p in parties_at(f, g, NOMINAL, 2, skip_locative=True)[0]
                if all(p.entity is not q.entity for q in sides)
            ]
            # "entre Paris et New Delhi" with the second side parsed as a conjunct of the noun itself
            sides += [
                Party(e, sector(f, g, e))
                for g in children(trig)
                if g.dep_ == "conj" and g.i > k.i and (e := f.mentions.entity(g)) is not None
            ]
            sides += [p for p in second_side(f, k) if all(p.entity is not q.entity for q in sides)]  # misparsed
            if not sides and not any(c.dep_ == "conj" for c in children(k)):
                # "between the two presidents": the joint actors the discourse remembers (a coordination,
                # "between protesters and police", names its sides itself)
                sides = noun_phrase_parties(f, k)[0]
            actors += sides
            recips += sides
        elif prep in c["agent_preps"] or (prep in c["genitive_preps"] and gen == "agent" and (prep, k) in comps):
            actors += parties_at(f, k, NOMINAL - {"obl", "obl:mod", "obl:arg"}, 1)[0]
        elif prep in c["recipient_preps"] or prep in c["genitive_preps"]:
            if prep in c["ambiguous_locative_preps"] and _venue(f, trig, k):
                continue  # "une réunion à la Jamaïque": where the meeting is held
            if topic_of_noun(f, trig, prep):  # "talks on the Chilean blockade": what is talked about, but a
                partners = [g for w in topic_partners(f, [k]) for g in children(w) if g.dep_ == "pobj"]
                recips += [p for g in partners for p in _complement_recipients(f, g, [], 2, exclude=skip)]
                continue  # partner hung inside it ("a call about the blockade with X")
            rulers = _rulers(f, k) if prep in c["recipient_preps"] else []
            recips += _complement_recipients(f, k, rulers, 2, exclude=skip)
    if (
        not actors
        and third_person_possessor(trig)
        and trig.dep_ in ("obj", "dobj")
        and trig.head.pos_ in ("VERB", "AUX")
        and support_verb(f, trig) is None  # a support verb's subject is read by the coder, with its complements
    ):
        # "the junta repeated its call for", "a réitéré son démenti": the subject of the verb that has it
        actors = [p for p in clause_actors(f, trig.head)[0] if p.code]
    if any(p.code for p in actors) and not any(p.code for p in recips):
        # "the German invasion of the country": another state than the actors' (named, or not an epithet)
        mine = {p.code for p in actors}
        kept = c["recipient_preps"] | c["genitive_preps"]
        recips += [p for prep, k in comps if prep in kept for p in epithet_complement(f, k, mine)][:1]
    if not recips:  # the target hung on the weapon: "des frappes de drones sur Odessa"
        for k in children(trig):
            if case(k) in c["genitive_preps"] and f.mentions.entity(k) is None:
                for g in children(k):
                    if case(g) not in c["recipient_preps"] - c["genitive_preps"]:
                        continue
                    # "un ultimatum de dix jours aux généraux qui gouvernent"
                    recips += _complement_recipients(f, g, _rulers(f, g), 1)
    return _unique(actors), _unique(recips)


def _venue(f: Frame, noun: Token, k: Token) -> bool:
    """Whether the complement ``k`` of a meeting or agreement noun (a reciprocal type, not a visit) names a place:
    where it is held ("une réunion à la Jamaïque", "un accord à la Barbade"), not a side of it."""
    ent = f.mentions.entity(k)
    hit = match_trigger(f, noun)
    return (
        ent is not None
        and coded_place(ent)
        and hit is not None
        and hit[0].mode != "visit"
        and types()[(hit[0].type, None)].reciprocal
    )


def _complement_recipients(
    f: Frame, k: Token, rulers: list[Party], max_cost: int, exclude: Collection[int] = frozenset()
) -> list[Party]:
    """The recipients a complement ``k`` of an event noun names: the parties within ``max_cost`` of it, else the
    ``rulers`` it names by a common noun (:func:`_rulers`) where it codes none; none for a place it names with no
    rulers."""
    if is_locative(f, k) and not rulers:
        return []
    found = parties_at(f, k, NOMINAL, max_cost, skip_locative=True, exclude=exclude)[0]
    return found if any(p.code for p in found) else rulers or found


def _rulers(f: Frame, k: Token) -> list[Party]:
    """The rulers a recipient complement names by a common noun ("un ultimatum aux militaires au pouvoir",
    "sanctions against the junta", "au régime"): those of the scene's state (:func:`.placetime.domestic`); not the
    police or a crowd."""
    if f.mentions.entity(k) is not None:
        return []
    return [p for p in domestic(f, k) if p.sector not in ("COP", "CVL")] or office(f, k)


def _unique(parties: list[Party]) -> list[Party]:
    out: list[Party] = []
    for p in parties:
        if all(p.entity is not q.entity for q in out):
            out.append(p)
    return out
