"""The coder loop: every segment of the text, every token, in order. A token that matches a trigger is read as
an event (actors, recipients, mode), the reading built into a record and merged with the events found so far;
as it goes the loop keeps the frame's discourse memory and history up to date, which later sentences read."""

from __future__ import annotations

import itertools

from spacy.tokens import Span, Token

from ...record import Event, Ref
from ..tree import ancestors, children, span_tokens, subtree, verb_above
from .actors import Read, actors, noun_phrase_parties, remember_actors, remember_joint, responsible_parties
from .among import forum_sides
from .authors import origin_sides
from .build import Reading, build, implied_target
from .callers import called_sides
from .captives import held_release
from .clauses import asked_subjects
from .disapproved import acts_or_discourse, names_act
from .discourse import holders, mediated_sides, mutual_sides, partners, referent, speech_accusations
from .forces import force_sides, qualified_forces
from .frame import Frame, Past, is_realised
from .giver import receipt
from .held import held_patients
from .implicit import (
    authorities,
    coup_actors,
    coup_sides,
    home_authorities,
    home_killers,
    implicit_actors,
    nationals,
    people_held,
    placed,
)
from .lexicon import Entry, force_movement_types, occurrence_types, types, wars
from .merging import Events, add, another, merge_views, settled
from .missions import mission_sides
from .modality import conditional, modality
from .parties import Party, dict_of, group
from .placetime import coded_place, location, scene
from .posted import read_place
from .recipients import noun_parties, recipients
from .speech import in_direct_quote
from .statements import statement_readings
from .story_pair import joint_parties
from .subjects import accusing_verb, agents_of, subject_tokens
from .summonses import protest
from .syntax import (
    NOMINAL,
    PASSIVE_AUX,
    case,
    clause_head,
    complement,
    complements,
    modifier,
    objects,
    parties_at,
    prep_objects,
    request_adjunct,
    support_verb,
)
from .threats import threats
from .triggers import TRIGGER_POS, match_trigger, refine_mode
from .visitors import predicated_visitor


def code(f: Frame) -> list[Event]:
    """Code every event of the frame's text (the frame's segment, memory and history change as it goes)."""
    events = Events()
    for sent in f.context.segments:
        f.segment = sent
        for tok in span_tokens(sent):
            if tok.pos_ in TRIGGER_POS:  # a determiner, a preposition, punctuation...: no trigger, no subject kept
                _code_token(f, tok, sent, events)
        for etype, mode, tok, speakers, targets in speech_accusations(f, sent):
            ev = build(f, Reading(tok, sent, etype, mode, "speech", speakers, targets, True, 1))
            if ev is not None:
                add(events, ev)
        for reading in statement_readings(f, sent, events.values()):  # what a statement is, as its speaker's act
            if (ev := build(f, reading)) is not None:
                add(events, ev)
    return settled(f, merge_views(list(events.values())))


def _code_token(f: Frame, tok: Token, sent: Span, events: Events) -> None:
    """Remember the actors of a verb with a subject; code the event of a trigger."""
    hit = match_trigger(f, tok)
    read = None  # the verb's actors, while the memory they were read with holds
    if (
        tok.pos_ in ("VERB", "AUX")
        and any(k.dep_ in f.lex.subject_deps for k in children(tok))
        and not in_direct_quote(f, tok)  # what a quote's clause is about is no antecedent
        and not (tok.lemma_ in f.cues["modal_heads"] or conditional(f, tok))  # nor who might
    ):
        read = remember_actors(f, tok)
    if hit is None:
        return
    entry, pos = hit
    if any(k.dep_ == "xcomp" and k.lemma_.lower() in f.cues["comment_verbs"] for k in children(tok)):
        return  # "a refusé de commenter ce retrait", "declined to comment on": no act
    if pos == "verb":
        sides = _verb_sides(f, tok, sent, entry, events, read)
    else:
        found = _noun_sides(f, tok, entry)
        if found is None and entry.type in f.cues["peace_types"] and (sent_to := mission_sides(f, tok, [], [])):
            found = (*sent_to, False, 1)  # « une force en cours de déploiement »: a mission's
        if found is None:
            return
        sides = found
    if not any(p.code for p in sides[0]) and entry.type in f.cues["listed_measure_types"] and _listed(f, tok, sent):
        # "Les ministres ont adopté trois mesures : - suspendre les échanges ... ; - rappeler les ambassadeurs ...":
        # a measure of a list is taken by whoever announced the list, the last actor named that it does not
        # fall on ("l'arrêt des flux à destination du Mali": not Mali)
        aimed = {p.code for p in sides[1] if p.code}
        sides = ([p for p in f.memory.singles if p.code not in aimed][-1:], sides[1], True, sides[3])
    _code_reading(f, tok, sent, entry, pos, sides, events)


def _listed(f: Frame, tok: Token, sent: Span) -> bool:
    """Whether ``tok`` is an item of a list of measures: its segment opens with a list mark or follows one that
    ends with a colon, or it is the complement of a verb that lists ("Il s'agit de la fermeture des frontières",
    "The measures include a travel ban"). A verb with a subject of its own under such a verb tells the act of its
    own clause, not an item ("including dozens whom Oslo has sanctioned", "include a judge of the court where Y
    was tried")."""
    marks = f.cues["list_marks"]
    before = next((t for t in reversed(f.doc[: sent.start]) if not t.is_space), None)
    if sent[0].text in marks or (before is not None and before.text in marks):
        return True
    if tok.pos_ in ("VERB", "AUX") and any(k.dep_ in f.lex.any_subject_deps for k in children(tok)):
        return False
    head = verb_above(tok)
    return head is not None and head.lemma_.lower() in f.cues["enumeration_heads"]


def occurrence(f: Frame, tok: Token, sent: Span, ev: Event) -> object:
    """What sets an act of the types that come one by one (``cues.json``: rallies, arrests, measures) apart from
    the same act of the same sides told elsewhere in the text (:func:`.merging.add`): an item of a list of measures
    is its own measure ("- geler les avoirs ; - suspendre les transactions"), and an act told at a place of its
    own is its own occurrence ("200 personnes se sont rassemblées à Brest. A Morlaix, 300 ont défilé"). An act
    told with neither ("la manifestation", "les policiers ont interpellé dix manifestants") is one already told."""
    if ev["type"] not in occurrence_types():
        return None
    if _listed(f, tok, sent):
        return tok.i
    place = read_place(f, tok, ev["location"])  # not a summons' capital the sentence does not print
    return place.get("name") if place else None


Sides = tuple[list[Party], list[Party], bool, int]  # actors, recipients, anaphor, cost


def _code_reading(f: Frame, tok: Token, sent: Span, entry: Entry, pos: str, sides: Sides, events: Events) -> None:
    """Build the event of a trigger, add it, and remember it (history, joint actors) when realised."""
    actor_list, recipient_list, anaphor, cost = sides
    accuser = accusing_verb(f, tok) if pos == "verb" else None
    if accuser is not None and "conflict" in types()[(entry.type, None)].quad and not recipient_list:
        recipient_list = actors(f, accuser)[0]  # "Guyana accused Venezuela of massing troops": on Guyana
    if entry.type in f.cues["peace_types"] and (sent_to := mission_sides(f, tok, actor_list, recipient_list)):
        entry, (actor_list, recipient_list) = Entry("AID", None, entry.cond), sent_to  # a mission sent to help
    mode = refine_mode(f, tok, entry)
    by_negation = entry.has("neg")
    reading = Reading(tok, sent, entry.type, mode, pos, actor_list, recipient_list, anaphor, cost, by_negation)
    ev = build(f, reading)
    if ev is not None and accuser is not None and "conflict" not in ev["quad"] and ev["modality"] is None:
        ev["modality"] = "alleged"  # "accused Benin of hosting troops": a claim, not a reported fact
    if ev is None:
        return
    for kept in threats(f, tok, pos, ev):  # "said it would strike X": a threat made now, of an act to come
        add(events, kept, occurrence(f, tok, sent, kept), another(f, tok, pos))
    if (accused := protest(f, entry, reading, ev)) is not None:  # "summoned the envoy to protest": a protest too
        add(events, accused, occurrence(f, tok, sent, accused), another(f, tok, pos))
    if is_realised(ev) and kept is ev:
        # the parties as the reading named them, else as a background war completed them
        war = entry.type in wars()[0]
        done_a = [p for p in actor_list if p.code] or (_parties(f, ev["actors"]) if war else [])
        done_r = [p for p in recipient_list if p.code] or (_parties(f, ev["recipients"]) if war else [])
        f.history.append(Past(entry.type, done_a, done_r))
    if is_realised(ev) and len(ev["recipients"]) + len(recipient_list) > 0:  # "X met Y. The two leaders..."
        remember_joint(f, (entry.type, mode, pos), actor_list, recipient_list, ev)


def _parties(f: Frame, refs: list[Ref]) -> list[Party]:
    """An event's parties as the discourse remembers them."""
    return [Party(f.mentions.by_id.get(r.get("id")) or dict_of(r), r.get("sector")) for r in refs if r.get("code")]


def _verb_sides(f: Frame, tok: Token, sent: Span, entry: Entry, events: Events, read: Read | None = None) -> Sides:
    """Actors and recipients of a verb trigger (``read``: ``actors(f, tok)`` when read already, with the memory as
    it is); a condemnation of measures taken against oneself also codes their rejection (added to ``events``)."""
    found, anaphor = read if read is not None else actors(f, tok)
    if entry.has("patient"):
        # "thousands remain jailed", "is serving a prison sentence": the subject undergoes what the authorities do
        targets = placed(f, found)
        return authorities(f, targets), targets, anaphor, 1
    subs, passive = subject_tokens(f, tok)
    if (
        not subs
        and entry.type == "ACCUSE"
        and tok.dep_ == "acl"
        and "VerbForm=Part" in str(tok.morph)
        and tok.head.pos_ == "NOUN"
        and not any(k.dep_.startswith("aux") for k in children(tok))
    ):
        # a passive participle ("sanctionné des entreprises chinoises accusées de ..."): its author is the subject
        # of the nearest clause above that has one (of the verb that adopted "des mesures visant des entités ...")
        for above in [a for a in ancestors(tok.head) if a.pos_ == "VERB" and f.inside(a)][:3]:
            if found:
                break
            found = actors(f, above)[0]
        subs, passive = [tok.head], False
    targets, cost = recipients(f, tok, found, entry.mode, skip=set(subs), etype=entry.type)
    if (noun := _voiced_noun(f, tok, entry)) is not None and (voiced := _voiced_sides(f, noun))[0]:
        # "a réaffirmé le soutien de la France à l'Ukraine": France's support, to Ukraine, whoever voices it
        codes = {p.code for p in voiced[0]}
        found, anaphor = voiced[0], False
        targets = [p for p in targets if p.code not in codes] or voiced[1]  # "offered its support to Ukraine"
        if not targets:  # "exprimé la solidarité de la France avec l'Ukraine" (avec hung on the verb), not deeper
            targets, cost = recipients(f, tok, found, entry.mode, skip=set(subs), etype=entry.type)
            targets = targets if cost <= 1 else []
    if not targets and tok.lemma_.lower() in f.cues["copula_verbs"]:
        # a predicate hung under its copula ("nous sommes aux côtés de Kiev"): its complements are the recipients
        for pred in (k for k in children(tok) if k.dep_ in ("obl:arg", "obl") and k.pos_ in ("NOUN", "ADJ")):
            targets, cost = recipients(f, pred, found, entry.mode, etype=entry.type)
            break
    pas = [k for k in children(tok) if k.dep_ in f.lex.passive_subject_deps]  # the passive subjects
    if passive:
        targets = [p for s in pas for p in noun_phrase_parties(f, s)[0]] or targets
    passive_aux = any(k.dep_ in PASSIVE_AUX for k in children(tok))
    if not found and not passive_aux and (held_by := held_patients(f, tok, entry))[0]:  # "un espion détenu à Cuba"
        pas, targets, passive_aux = held_by[0], held_by[1] or targets, True
    if not found and passive and passive_aux and entry.has("subj"):
        # a reading that names who acts by its subject, in the passive of state ("1 400 manifestants sont
        # rassemblés", as "se sont rassemblés"): the passive subject acts
        found = [p for s in pas for p in noun_phrase_parties(f, s)[0]]
        if found:  # its recipients are the complements, not the subject read again as an object
            targets, cost = recipients(f, tok, found, entry.mode, skip=set(pas), etype=entry.type)
            targets = [p for p in targets if (p.code, p.sector) not in {(a.code, a.sector) for a in found}]
    if not found and passive_aux:  # "hostages held by X were freed": the sentence tells who did it
        found = implicit_actors(f, tok, entry.type, sent, pas, targets) or home_killers(
            f, tok, entry.type, sent, targets
        )
    if entry.type in f.cues["home_act_types"]:  # "renversé par un coup d'État", "l'armée a pris le pouvoir"
        found, targets = coup_sides(f, tok, found, targets)
    charge = tok.lemma_.lower() in f.cues["agentless_charges"]  # "were charged with sedition": as an arrest
    if (
        not found
        and (entry.type in f.cues["agentless_types"] or charge)
        and passive_aux
        # "until political prisoners are released": no act; "said that two activists were charged": one
        and not any(k.dep_ == "mark" and k.lower_ not in f.cues["content_marks"] for k in children(tok))
    ):
        # by the authorities: "douze personnes ont été interpellées", "the opposition leader was arrested"
        held = frozenset(t.i for k in pas for t in subtree(k)) if entry.mode == "arrest" or charge else frozenset()
        targets = placed(f, targets, held, tok)
        people = people_held(f, pas, held)  # "un ex-député kényan", « ils », not "le capital ... est détenu"
        targets = nationals(f, targets, pas) if people else targets
        found = authorities(f, targets, entry.mode == "arrest", held, people, tok) or home_authorities(f, pas, entry)
    if not found and entry.type in force_movement_types() and (moved := qualified_forces(f, tok))[0]:
        return moved[0], moved[1], False, 1  # "les soldats japonais déployés en Ukraine": the forces' state
    if subs and subs[0].i == tok.head.i and tok.dep_ == "acl" and "Tense=Pres" not in str(tok.morph):
        targets = noun_phrase_parties(f, tok.head)[0] or targets  # the noun a past participle qualifies
    clause = next(
        (
            k
            for k in children(tok)
            if k.pos_ == "VERB"
            and (k.dep_ == "xcomp" or (k.dep_ == "advcl" and k.lemma_.lower() in f.cues["protest_verbs"]))
        ),
        None,
    )
    if found and clause is not None and not [p for p in targets if p.code]:
        targets, cost = recipients(f, clause, found, entry.mode, etype=entry.type)  # "accepté de rendre X à Y"
        cost += 1
    if found and tok.dep_ == "acl" and not [p for p in targets if p.code]:
        targets = receipt(f, tok, found)[1] or targets  # "a reçu les armes envoyées par X": what the subject receives
    if found and (holding := _holders_asked(f, tok, entry, found, targets)):
        targets = holding  # "demanded the release of the Norvian sailors": whoever holds them, not the sailors
    ref = None
    if found and not [p for p in targets if p.code] and tok.lemma_.lower() in f.cues["mediation_verbs"]:
        targets = mediated_sides(f, found) or targets  # "Egypt, which mediated the ceasefire": the sides it met
    if found and not [p for p in targets if p.code]:
        targets, ref = acts_or_discourse(f, tok, entry.type, found)
        targets = targets or partners(f, tok, found)  # "a salué les relations entre les deux pays"
        cost = 2
    elif found and entry.type == "ACCUSE":  # "condamné une décision": which earlier event it names
        ref = next((r for n in objects(f, tok) if (r := referent(f, n, found))), None)
    # condemning measures taken against oneself also rejects them ("dénonce des sanctions"); an arrest, an
    # execution or an attack on one's people is condemned, not refused ("condemned the arrest of its citizens")
    if (
        ref is not None
        and entry.type == "ACCUSE"
        and ref.type not in ("ACCUSE", "ASSAULT", "COERCE")
        and {p.code for p in found} & {p.code for p in ref.recipients}
        and names_act(f, tok)  # a measure the clause names, not the latest act against the speaker
        and not {p.code for p in found} & {p.code for p in ref.actors}  # a home act is judged, not refused
    ):
        ev = build(f, Reading(tok, sent, "REJECT", None, "verb", found, targets or ref.actors, True, cost))
        if ev is not None:
            add(events, ev)
    return found, targets, anaphor, cost


def _holders_asked(f: Frame, tok: Token, entry: Entry, by: list[Party], targets: list[Party]) -> list[Party]:
    """Whoever holds the people a request asks to release, when the recipients read are only those people
    ("demande la libération des soldats ivoiriens", "called for the release of Norvian sailors"); else []."""
    asked = objects(f, tok) + [n for prep, n in complements(tok) if prep in f.cues["referent_preps"]]
    released = [n for n in asked if n.lemma_.lower() in f.cues["release_nouns"]]
    people = {Party(e, None).code for n in released for t in subtree(n) if (e := f.mentions.entity(t)) is not None}
    if not released or not {p.code for p in targets} <= people:
        return []
    held = holders(f, released, entry.type, by)
    return [p for p in held.actors if p.code not in people] if held is not None else []


def _voiced_noun(f: Frame, tok: Token, entry: Entry) -> Token | None:
    """The object an "obj=" reading names when the lexicon reads that noun's "de X"/"X's" as its agent: the verb
    voices the noun's act ("a réaffirmé le soutien de la France", "reaffirmed France's support"); else None."""
    if entry.type not in f.cues["voiced_types"]:
        return None  # "reprendre le paquet de sanctions de l'UE": the subject takes the measure as its own
    words = next((v for k, v in entry.cond if k == "obj"), frozenset())
    return next((n for n in objects(f, tok) if n.lemma_.lower() in words and _agent_noun(f, n)), None)


def _agent_noun(f: Frame, tok: Token) -> bool:
    """Whether the lexicon reads the genitive of the event noun ``tok`` as its agent ("le soutien de X")."""
    return any(e.genitive == "agent" for e in f.lex.triggers.get(("noun", tok.lemma_.lower()), []))


def _voiced_sides(f: Frame, noun: Token) -> tuple[list[Party], list[Party]]:
    """The sides of a voiced act whose noun names its author ("le soutien de la France à l'Ukraine"): the author
    acts, whoever voices it ("le ministre", "Boni Yayi" for the AU he chairs), and is never its recipient; the
    recipients are the noun's own ("à l'Ukraine"). No author named: ([], [])."""
    authors: list[Party] = []
    aimed: list[Party] = []
    # the noun and the acts coordinated with it ("le soutien et la solidarité de la France")
    for n in [noun, *(k for k in children(noun) if k.dep_ == "conj" and _agent_noun(f, k))]:
        found, targets = noun_parties(f, n, "agent")
        authors += [p for p in found if p.code]
        # "au Royaume-Uni", "aux États-Unis" read as places elsewhere: here whom the support goes to
        aimed += targets or [
            p
            for prep, k in complements(n)
            if prep in f.cues["recipient_preps"]
            for p in parties_at(f, k, NOMINAL, 1)[0]
        ]
    codes = {p.code for p in authors}
    # a party the noun phrase names ("au Royaume-Uni"), not one the discourse gives a bare "aux pays"
    named = {e.get("id") for t in subtree(noun) if (e := f.mentions.entity(t)) is not None}
    return authors, [p for p in aimed if p.code and p.code not in codes and p.entity.get("id") in named]


def _noun_sides(f: Frame, tok: Token, entry: Entry) -> Sides | None:
    """Actors and recipients of an event noun, or None when the verb that governs it codes the event ("signer un
    accord", "imposer des sanctions")."""
    head_hit = match_trigger(f, tok.head) if tok.head.i != tok.i else None
    if head_hit and any(k == "obj" and tok.lemma_.lower() in v for k, v in head_hit[0].cond):
        return None
    if modifier(f, tok):
        return None  # "des avions de combat", "war crimes": the noun names a kind of thing, not an act
    found, targets = noun_parties(f, tok, entry.genitive)
    if entry.type in force_movement_types() and (moved := force_sides(f, tok))[0]:
        codes = {p.code for p in moved[0]}  # "the withdrawal of US forces from Afghanistan": the forces move
        found, targets = moved[0], moved[1] or [p for p in targets if p.code not in codes]
    if not found:  # "les menaces proférées par X", "attacks carried out by X": the agent of its participle
        found, targets = _participle_sides(f, tok, entry, targets)
    if not found:  # "a request from X to Y", "a crackdown from X": the author its origin names
        found, targets = origin_sides(f, tok, entry.type, targets)
    if not found and (called := called_sides(f, tok, entry.type))[0]:  # « une grève à l'appel de l'UGTT »
        found, targets = called[0], [p for p in targets if p.code not in {c.code for c in called[0]}] or called[1]
    if not found and "conflict" in types()[(entry.type, None)].quad:
        # "l'Iran est tenu pour responsable de la frappe", "claimed responsibility for"
        found = responsible_parties(f, tok)
        if found and not targets and entry.type in f.cues["place_targets"]:
            # "responsable de la frappe sur un navire à Aden": on the state of the place its clause names (not
            # the story's: "Rome pointe la responsabilité de Téhéran dans la frappe" is no attack on France)
            codes = {p.code for p in found}
            where = location(f, tok, tok.sent, found, [], entry.mode)
            targets = implied_target(f, entry.type, tok, tok.sent, codes, *where)
    if not found and entry.type in f.cues["home_act_types"] and (found := coup_actors(f, tok, targets)):
        targets = targets or [group("government", found[0].code, "GOV")]  # "depuis le coup d'État": on its rulers
    if not targets and (received := receipt(f, tok, [p for p in found if p.code], entry.type))[1]:
        found, targets = received  # "le Bénin a reçu l'aide de la France", "received aid from France"
    anaphor, cost = False, 1
    # a protest noun as a subject ("Protests also took place in Mombasa"), or elsewhere but as an object when it
    # names its target ("killed during protests against the president's candidacy"): a crowd of the place
    aimed = tok.pos_ == "NOUN" and tok.dep_ not in ("obj", "dobj") and any(p.code for p in targets)
    # "following widespread protests", "prompted angry protests", "à la suite de manifestations": a protest told
    # as the antecedent or cause of another act happened, a crowd's of the place (``sequel_heads``)
    words = (tok.head, *(k for k in children(tok) if k.dep_ == "case"))
    sequel = any(w.lemma_.lower() in f.cues["sequel_heads"] or w.lower_ in f.cues["sequel_heads"] for w in words)
    crowd = tok.dep_ in f.lex.subject_deps or aimed or sequel
    place = scene(f) if not found and entry.type in f.cues["domestic_types"] and crowd else None
    if place:
        found = [group("protesters", place, "CVL")]
    path = list(itertools.takewhile(lambda a: not clause_head(f, a), ancestors(tok)))
    above = tok.head if not path else path[-1].head
    after = any(case(t) in f.cues["adjunct_preps"] for t in [tok, *path])  # "après des discussions avec X"
    # "lors d'un bref échange par téléphone avec X" ("lors" an adverb above the noun's "de", hung on the object):
    # the partner named with "avec" (not "lors d'une séance du Conseil", which its speaker only attends)
    after = after or (
        any(t.pos_ == "ADV" and t.lower_ in f.cues["adjunct_preps"] for t in path)
        and any(case(k) in f.cues["partner_cases"] for k in children(tok))
    )
    if found and not targets and entry.type == "REQUEST" and request_adjunct(f, tok) and clause_head(f, above):
        # "X a été arrêté par le Canada à la demande des États-Unis": asked of those who did it
        mine = {p.code for p in found}
        targets = [p for p in actors(f, above)[0] if p.code and p.code not in mine]
    # "à l'occasion de sa visite à Pékin, X a...", "at the end of talks with X": a noun of the occasion above
    after = after or any(t.lemma_.lower() in f.cues["occasion_heads"] for t in path)
    # "a lancé l'opération en coordination avec X": the manner of an act the clause does (not one it denies; "la
    # ministre, en visite à Alger, a signé": a visit is its visitor's, not the clause's)
    manner = case(tok) in f.cues["manner_preps"] and entry.mode != "visit" and not modality(f, above)[0]
    after = after or manner
    if not targets and entry.mode == "visit" and (targets := _host(f, tok)):
        # "lors de sa visite à Pékin": the host of the place visited ("lors" an adverb above the noun's "de")
        after = after or any(t.lower_ in f.cues["adjunct_preps"] for t in path)
    if not found and entry.mode == "visit":  # « X, en visite à Oslo, », « X est en déplacement au Chili »
        found = predicated_visitor(f, tok, targets)
    top = path[-1] if path else tok
    if (
        not found
        and not targets
        and entry.type == "CONSULT"
        and path
        and clause_head(f, above)
        and top.dep_.startswith(("obl", "nmod", "advcl", "prep", "npadvmod"))
    ):
        # "à l'issue de deux jours d'entretiens à Séoul avec le ministre X" (avec hung on "issue"):
        # the partner named with "avec"/"with" in the adjunct that holds the meeting noun
        partner = f.cues["partner_cases"]
        partners = [t for t in subtree(top) if case(t) in partner or (t.dep_ == "pobj" and t.head.lower_ in partner)]
        targets = [p for t in partners for p in parties_at(f, t, NOMINAL, 2, skip_locative=True)[0]]
        after = after or bool(targets)
    if not found and targets and after and clause_head(f, above) and types()[(entry.type, None)].reciprocal:
        found, anaphor = actors(f, above)  # "après des discussions avec X, Téhéran a consenti"
        found = [p for p in found if all(p.entity is not r.entity for r in targets)]
    if found and not targets and after and entry.mode == "visit" and clause_head(f, above):
        mine = {p.code for p in found}  # "X raised the dispute during the visit by a Y official": X hosts it
        targets = [p for p in actors(f, above)[0] if p.code and p.code not in mine]
    reciprocal = types()[(entry.type, None)].reciprocal
    argument = top.dep_ in ("obj", "dobj", "iobj", "obl:arg") or top.dep_ in f.lex.subject_deps  # "took part in"
    if not found and not targets and reciprocal and clause_head(f, above):  # "au terme de sa session, la CEDEAO"
        found = forum_sides(f, tok, path, above, after)
    verb = support_verb(f, tok) if not found else None
    if verb is None and not found and not targets and reciprocal and clause_head(f, above) and not argument:
        both = [p for p in actors(f, above)[0] if p.code]  # "X and his counterpart Y ... in a meeting in Manila"
        found = both if len({p.code for p in both}) >= 2 else []
    if verb is None and not found and not targets and reciprocal:
        found, anaphor = joint_parties(f, entry, tok, above)
    if verb is not None:  # "le Canada a annoncé l'expulsion de six diplomates": the subject of the support verb
        found, anaphor = actors(f, verb)
        if {p.code for p in found} & {p.code for p in targets}:
            found = []  # "la Thaïlande a annoncé la libération de ses ressortissants": not by Thailand
        if found and not targets:  # "announced new sanctions against X" (against X hung on the verb)
            targets, cost = recipients(f, verb, found, entry.mode, etype=entry.type)
    if entry.type == "REQUEST" and any(p.code for p in found) and not any(p.code for p in targets):
        targets = asked_subjects(f, tok, found) or targets  # "its call for China to withdraw its vessels"
        asked = [n for prep, n in complements(tok) if prep in f.cues["referent_preps"]]
        if not targets and (held := holders(f, asked, entry.type, found)):
            targets = held.actors  # "its call for their release": whoever holds them
    armed = tok.lemma_.lower() in f.cues["armed_mutual_nouns"] and "conflict" in types()[(entry.type, None)].quad
    mutual = tok.lemma_.lower() in f.cues["mutual_nouns"] or armed  # "an exchange of fire" is a clash
    if mutual and len({p.code for p in found + targets if p.code}) < 2:
        # "la trêve", "les combats avec les rebelles", "the fighting": a mutual act, both sides on either side
        if both := mutual_sides(f, tok, found + targets):
            found, targets, anaphor = both, list(both), anaphor or len(found + targets) < 2
    elif mutual and not [p for p in targets if p.code]:
        targets = list(found)  # "le Soudan et le Tchad ont annoncé une trêve": each side keeps it toward the other
    found, targets = held_release(f, tok, entry.type, found, targets) or (found, targets)  # "détenus par X"
    return found, targets, anaphor, cost


def _host(f: Frame, tok: Token) -> list[Party]:
    """The state whose place a visit noun's complement names ("sa visite à Pékin", "a visit to Kinshasa")."""
    for k in children(tok):
        x = complement(k)
        ent = f.mentions.entity(x[1]) if x is not None else None
        if ent is not None and coded_place(ent):
            return [Party(ent, ent.get("sector"))]
    return []


def _participle_sides(f: Frame, tok: Token, entry: Entry, targets: list[Party]) -> tuple[list[Party], list[Party]]:
    """The agent of a participle that qualifies an event noun, as its actor ("l'ultimatum fixé par X", "attacks
    carried out by X"), and the recipients of that participle when the noun has none ("les frappes menées par X
    contre Y")."""
    for agent in agents_of(f, tok):
        participle = agent.head
        if participle.head.i != tok.i:
            continue  # the participle of a complement ("la suspension des négociations annoncée par X")
        if participle.lemma_.lower() in f.cues["mediation_verbs"]:
            continue  # "an agreement brokered by X": X is no side of it (coded by the participle's own reading)
        nouns = prep_objects(agent) if f.lex.preposition_heads else [agent]
        found = [p for n in nouns for p in noun_phrase_parties(f, n)[0] if p.code]
        if found:
            return found, targets or recipients(f, participle, found, entry.mode, etype=entry.type)[0]
    return [], targets
