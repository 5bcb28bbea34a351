"""Actors a passive clause leaves implicit but the sentence tells (``cues.json``: ``captive_types``,
``crackdown_types``):

* captives released: the agent of the participle that qualifies them holds them ("All 20 hostages kidnapped by
  Hamas have been released", "les otages détenus par le groupe ont été libérés": the group releases them);
* people killed in a protest: an agentless killing in a sentence that tells a protest ("au moins 12 personnes ont
  été tuées lors des manifestations", "two protesters were shot dead during the demonstrations") is the act of the
  authorities of the place on its people, by news convention (the agent is left unnamed because it is obvious);
* people arrested (:func:`names_persons`): a passive arrest whose subject names people is the act of the
  authorities of the scene, whatever state or party their phrase names ("un ex-député kényan a été interpellé");
* people of the story's home state killed by no one named ("the journalist was killed inside the consulate", "au
  moins douze personnes ont été tuées"), in a sentence that tells no attack and a story of no background war of
  that state: that state's act on its own (:func:`home_killers`);
* a demand of the story's own people (a crowd, the opposition, a city's officials) that names no one to answer
  it: addressed to the authorities of that state (:func:`home_claimed`);
* a coup told without its authors ("le putsch de mars", "ousted in a coup", "renversé par un coup
  d'État", or by a verb of ``coup_verbs``): the act of the military of the state whose power is seized
  (``coup_nouns``), on its government; a seizure by an armed force that names no one it deposes, on the rulers of
  the state (:func:`coup_sides`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from spacy.tokens import Span, Token

from .. import kb
from ..tree import children, subtree
from .actors import noun_phrase_parties
from .frame import Frame
from .lexicon import Entry, home_claim_types, home_victim_types, implicit_actor_types, listed, wars
from .parties import ARMED_SECTORS, Party, group, state_code
from .placetime import coded_place, group_sector, main_state, scene
from .subjects import agents_of
from .syntax import complement, complements, objects, prep_objects
from .triggers import match_trigger


def implicit_actors(
    f: Frame, tok: Token, etype: str, sent: Span, patients: list[Token], targets: list[Party]
) -> list[Party]:
    """The actors of the agentless passive ``tok`` (its ``patients`` the passive subjects, ``targets`` the parties
    they name), or [] when the sentence does not tell them."""
    captive, crackdown = implicit_actor_types()
    if etype in captive:
        for noun in patients:
            for agent in agents_of(f, noun):
                nouns = prep_objects(agent) if f.lex.preposition_heads else [agent]
                found = [p for n in nouns for p in noun_phrase_parties(f, n)[0] if p.code]
                if found:
                    return found
    if etype in crackdown and _protest_told(f, sent, tok):
        home = {p.code for p in targets if p.code and p.domestic and p.sector not in kb.sectors_in("force")}
        if len(home) == 1:
            return [group("authorities", next(iter(home)), "GOV")]
    return []


def home_killers(f: Frame, tok: Token, etype: str, sent: Span, targets: list[Party]) -> list[Party]:
    """The authors of the agentless passive ``tok`` of a type of ``home_victim_types`` whose victims ``targets``
    are all of the story's home state, people among them (a person the text names, a home group; no armed force:
    "Jane Doe was killed inside the consulate", "au moins douze personnes ont été tuées"): unnamed people of that
    state, as the real-news golds code a home killing; [] when an agent is named ("killed by gunmen"), the sentence
    tells another act of the type ("killed in an air strike"), the victims are soldiers or police (killed by the
    other side), the text names a disaster or an accident before (``disaster_nouns``) or a background war of that
    state (``conflicts.tsv``: the aggressor's act)."""
    home = f.home
    if etype not in home_victim_types() or home is None:
        return []
    if any(k.dep_ in f.lex.agent_deps for k in children(tok)):
        return []
    victims = [p for p in targets if p.code]
    if any(p.code != home or p.sector in kb.sectors_in("force") for p in victims) or not any(
        p.domestic or p.entity.get("type") == "PERSON" for p in victims
    ):
        return []  # people ("le journaliste togolais X": the demonym is a party too), not a state attacked
    if _told(f, sent, tok, {etype}):
        return []
    if any(t.pos_ == "NOUN" and t.lemma_.lower() in f.cues["disaster_nouns"] for t in f.doc[: sent.end]):
        return []  # "a quake hit the region ... nine residents were killed": no one's act
    named = {state_code(e) for e in f.entities if e.get("type") == "GPE"}
    if any(home in (a, v) and {a, v} <= named for a, v, _ in wars()[1]):
        return []
    # no sector: the authors are unknown (and so never the victims' own sector, one state acting on itself)
    return [Party({"id": None, "name": "assailants", "type": "GROUP", "code": home}, None, domestic=True)]


def home_claimed(f: Frame, tok: Token, etype: str, actors: list[Party]) -> list[Party]:
    """The authorities a demand ``tok`` of a type of ``home_claim_types`` that names no one to answer it is addressed
    to, when its ``actors`` are all of the story's home state and none speaks for the state itself: a home group of
    a crowd's sector ("demonstrators called for a recount", "l'opposition réclame des élections"), or a city or
    region the text names for its officials ("Lyon's mayor demanded an end to the evictions"; not the capital nor a
    seat of power, which stand for the state). [] otherwise, and for a call to protest ("appellent à manifester",
    "called for protests": addressed to the people)."""
    home = f.home
    if etype not in home_claim_types() or home is None or not actors:
        return []
    if not all(p.code == home and (_crowd(p) or _local_place(p)) for p in actors):
        return []
    if _told(f, subtree(tok), tok, f.cues["domestic_types"]):
        return []
    return [group("authorities", home, "GOV")]


def _crowd(p: Party) -> bool:
    """Whether ``p`` is an unnamed home group of a crowd's sector ("demonstrators", "l'opposition")."""
    return p.domestic and p.sector in kb.sectors_in("crowd")


def _local_place(p: Party) -> bool:
    """Whether ``p`` is a city or region of its state, not the state, its capital or a seat of power: a place
    that stands for its own officials ("the mayor of Lyon", "Lyon's council"), not for the state's government."""
    ent = p.entity
    if ent.get("type") not in ("GPE", "LOC"):
        return False
    entry = kb.load().entries.get(str(ent.get("id")))  # the knowledge base's states, capitals, seats of power
    return entry is None or entry.kind not in ("city", "seat", "country")


def _protest_told(f: Frame, sent: Span, tok: Token) -> bool:
    """Whether the sentence tells a protest (a trigger of a domestic type: "lors des manifestations") besides
    ``tok``."""
    return _told(f, sent, tok, f.cues["domestic_types"])


def _told(f: Frame, words: Iterable[Token], tok: Token, kinds: Collection[str]) -> bool:
    """Whether ``words`` hold a trigger of one of the event types ``kinds`` besides ``tok``."""
    return any(t.i != tok.i and (hit := match_trigger(f, t)) is not None and hit[0].type in kinds for t in words)


def coup_sides(f: Frame, tok: Token, found: list[Party], targets: list[Party]) -> tuple[list[Party], list[Party]]:
    """The sides of an act of control that may be a coup: with no author named, the military of the state whose
    power it seizes (:func:`coup_actors`); a seizure of power by an armed force (:func:`_seizure`: "les rebelles
    prennent le pouvoir") with no one coded that it deposes falls on the rulers of that state: the state the force
    acts for, else the one the text tells (:func:`_coup_state`)."""
    found = found or coup_actors(f, tok, targets)
    coded = [p for p in found if p.code]
    if (
        coded
        and not [p for p in targets if p.code]
        and _seizure(f, tok)
        and all(p.sector in ARMED_SECTORS for p in coded)
    ):
        states = {p.code for p in coded if p.sector == "MIL"}
        state = next(iter(states)) if len(states) == 1 else _coup_state(f, tok)
        targets = [group("government", state, "GOV")] if state else targets
    return found, targets


def _seizure(f: Frame, tok: Token) -> bool:
    """Whether the verb ``tok`` seizes a state's power: a verb of ``coup_verbs`` ("renverser"), or a verb whose
    object is a noun of ``power_nouns`` ("prendre le pouvoir")."""
    if tok.pos_ != "VERB":
        return False
    return tok.lemma_.lower() in f.cues["coup_verbs"] or any(
        n.lemma_.lower() in f.cues["power_nouns"] for n in objects(f, tok)
    )


def coup_actors(f: Frame, tok: Token, targets: list[Party]) -> list[Party]:
    """The military of the state whose power a coup seizes, when ``tok`` is a coup noun, an act its complement
    says a coup did ("renversé par un coup d'État", "ousted in a coup") or a seizure of power (:func:`_seizure`:
    "des militaires qui ont renversé lundi le chef de l'État X") and no one is named as its author: the state of
    the coded person or state it deposes, else the one the text tells (:func:`_coup_state`); [] otherwise."""
    coups = f.cues["coup_nouns"]
    nouns = [tok] + [n for _, n in complements(tok)]
    if not any(n.lemma_.lower() in coups and _coup(f, n) for n in nouns):
        # a seizure of power, unless its sentence names the coup by a noun, which tells that act ("après le putsch de
        # mars, ... la junte qui a renversé le chef de l'État")
        told = any(t.i != tok.i and t.lemma_.lower() in coups and _coup(f, t) for t in tok.sent)
        if not _seizure(f, tok) or told:
            return []
    deposed = [p.code for p in targets if p.code and p.sector not in ARMED_SECTORS]
    state = deposed[0] if deposed else _coup_state(f, tok)
    return [group("military", state, "MIL")] if state else []


def _coup_state(f: Frame, noun: Token) -> str | None:
    """The state of a coup that names no one deposed, when the text tells it: a place its phrase names ("the coup
    in Niger", "le coup d'État mené à Niamey"), or the person a participle it completes qualifies ("le président
    tchadien arrivé par un coup d'État"); for a coup named alone ("since the coup", "la junte issue du putsch"),
    the story's state, by the news convention of both real-news golds: the one state whose place its sentence
    names by name ("the junta in Niamey", not "les soldats français"; none when it names several), else, when it
    names none, the state the text names most."""
    near = [n for _, n in complements(noun)]
    near += [x[1] for k in children(noun) if k.dep_ == "acl" for g in children(k) if (x := complement(g)) is not None]
    for t in near:  # its complements and those of its participle, not what hangs further down
        ent = f.mentions.entity(t)
        if ent is not None and coded_place(ent):
            return state_code(ent)
    head = noun.head
    if head.pos_ == "VERB" and head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN"):
        states = {
            p.code for p in noun_phrase_parties(f, head.head)[0] if p.code and p.sector not in kb.sectors_in("force")
        }
        return next(iter(states)) if len(states) == 1 else None
    named = {
        state_code(e)
        for t in noun.sent
        if t.pos_ == "PROPN" and t.i not in f.dateline and (e := f.mentions.entity(t)) is not None and coded_place(e)
    }
    return (next(iter(named)) if len(named) == 1 else None) if named else main_state(f)


def _coup(f: Frame, noun: Token) -> bool:
    """Whether the lexicon reads ``noun`` as a coup (a COERCE trigger: "coup d'État", not "coup de fil")."""
    hit = match_trigger(f, noun)
    return hit is not None and hit[0].type == "COERCE"


def names_persons(f: Frame, patients: list[Token]) -> bool:
    """Whether the passive subjects ``patients`` of an arrest name people: a person's name, a role ("un ex-député
    kényan"), a home group or a noun of ``person_nouns`` ("deux personnalités"), not a thing held ("le capital de
    la compagnie kényane est détenu"), whose state the arrest would wrongly take as its patient."""
    roles, lang = kb.load(), f.context.lang
    for tok in patients:
        ent = f.mentions.entity(tok)
        lemma = tok.lemma_.lower()
        if (
            (ent is not None and ent.get("type") == "PERSON")
            or group_sector(f, tok) is not None
            or lemma in f.cues["person_nouns"]
            or roles.role(lemma.removeprefix("ex-"), lang) is not None
        ):
            return True
    return False


def people_held(f: Frame, patients: list[Token], held: frozenset[int]) -> bool:
    """Whether the passive subjects ``patients`` of an agentless act name people: those of an arrest (``held``,
    their phrase) that :func:`names_persons` reads, or a plural personal pronoun, for an arrest or a release (« ils
    ont été relâchés », "they were later released"), whatever party its antecedent is (a state, a party, a city
    named before: their people, whom the authorities of the scene hold or free)."""
    if held and names_persons(f, patients):
        return True
    return any(tok.pos_ == "PRON" and tok.lower_ in f.cues["plural_pronouns"] for tok in patients)


def placed(
    f: Frame, patients: list[Party], held: frozenset[int] = frozenset(), act: Token | None = None
) -> list[Party]:
    """The patients of an agentless act, a person of no known country placed in that of the scene ("the singer X
    was arrested in Kampala") and held as a person, not as the office a title gives ("the former minister X is
    serving a sentence": no state acting on itself); ``held``: the tokens of their phrase, no scene of the act."""
    place = scene(f, held, act=act)
    return [
        Party({**p.entity, "country": place}, None, p.anaphor, p.domestic)
        if p.code is None and p.entity.get("type") == "PERSON" and place
        else p
        for p in patients
    ]


def nationals(f: Frame, patients: list[Party], held: list[Token]) -> list[Party]:
    """The people of a state that an agentless arrest or charge names by its demonym ("a Kenyan trader was
    charged", "two Somali nationals were detained"): its people (CVL, a home group), not its government, so
    that their own state's authorities may act on them; its policemen or soldiers stay its forces."""
    forces = kb.sectors_in("force")
    if any(group_sector(f, k) in forces for k in held):
        return patients  # "two Kenyan policemen were arrested"
    return [Party(p.entity, "CVL", p.anaphor, True) if p.entity.get("type") == "GPE" else p for p in patients]


def authorities(
    f: Frame,
    patients: list[Party],
    arrest: bool = False,
    held: frozenset[int] = frozenset(),
    people: bool = False,
    act: Token | None = None,
) -> list[Party]:
    """The authorities that did an agentless act to people or persons: those of the country where it happens
    (:func:`.placetime.scene`: "Palestinian prisoners were freed" in a story told in Israel, "un journaliste
    français a été arrêté à Niamey"), else those of the patients' country. Policemen and soldiers are held by the
    other side, unless an ``arrest`` of those of another state than the place's ("des soldats ivoiriens ont été
    arrêtés à Bamako"): its authorities. ``people`` arrested are persons, whatever names them: a state by a demonym
    ("un ex-député kényan a été interpellé") or the party a named leader heads ("X, chef du parti Y, a été
    interpellé"); ``held``: the tokens of their phrase, no scene of the act; ``act``: the trigger, whose clause
    tells where it happens (:func:`.placetime.scene`)."""
    home = [
        p
        for p in patients
        if p.code
        and (p.domestic or people or p.entity.get("type") == "PERSON")
        and p.sector not in kb.sectors_in("force")
    ]
    place = scene(f, held, min(held) if held else None, act)
    foreign = (
        arrest
        and place is not None
        and any(p.code and p.sector in kb.sectors_in("force") and p.code != place for p in patients)
    )
    return [group("authorities", place or home[0].code, "GOV")] if home or foreign else []


def home_authorities(f: Frame, pas: list[Token], entry: Entry) -> list[Party]:
    """The authorities that did an agentless act of control to a home object its passive subjects ``pas`` name ("the
    rally was dispersed", "the party was banned", "the newspaper was shut down": events.json ``home_objects``): those
    of the country where it happens; the people of the place are its recipients (``build``)."""
    if entry.type not in f.cues["home_act_types"]:
        return []
    if not any(listed(k, f.cues["home_objects"]) for k in pas):
        return []
    place = scene(f)
    return [group("authorities", place, "GOV")] if place else []
