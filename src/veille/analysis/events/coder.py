"""The coder loop: every segment of the text, every token, in order. A token that matches a trigger is read as
an event (actors, recipients, mode), the reading built into a record and merged with the events found so far;
as it goes the loop keeps the frame's discourse memory and history up to date, which later sentences read."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...record import Event, Ref
from ..tree import ancestors, children, span_tokens, subtree, verb_above
from .actors import Read, actors, noun_phrase_parties, remember_actors, remember_joint
from .build import Reading, build
from .disapproved import acts_or_discourse, names_act
from .discourse import holders, mediated_sides, partners, referent, speech_accusations
from .forces import qualified_forces
from .frame import Frame, Past, is_realised
from .giver import receipt
from .held import held_patients
from .implicit import (
    authorities,
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
from .modality import conditional
from .noun_sides import Sides, noun_sides, voiced_noun, voiced_sides
from .parties import Party, dict_of
from .posted import read_place
from .recipients import recipients
from .speech import in_direct_quote
from .statements import statement_readings
from .subjects import accusing_verb, subject_tokens
from .summonses import protest
from .syntax import PASSIVE_AUX, complements, objects
from .threats import threats
from .triggers import TRIGGER_POS, match_trigger, refine_mode


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
        found = noun_sides(f, tok, entry)
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
    if (noun := voiced_noun(f, tok, entry)) is not None and (voiced := voiced_sides(f, noun))[0]:
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
