"""Building event records: the coding rules that keep or drop a reading (a recipient needed unless the type is
unilateral, and for an attack or a protest even then; no state acting on itself, reciprocal types), its confidence,
modality, date, place and contexts (:mod:`.merging` merges the events of one text)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from ...record import Event, Place
from .. import kb
from ..tree import children, governor, span_text
from . import announced
from .actors import named_state
from .adopted import adopted_recipients
from .among import among_members, gathered_members, of_body
from .authorless import authorless_attack
from .between import verb_sides
from .domestic import home_pair
from .frame import Frame
from .implicit import home_claimed
from .joint_topics import topic_only, venue_only
from .launches import LAUNCH_TYPE, launch
from .lexicon import (
    TypeInfo,
    adversary_types,
    aimed_types,
    listed,
    open_adversary_types,
    types,
    wars,
    weapon_fired,
)
from .membership import body_joined
from .modality import modality
from .occasions import occasion_gathering
from .open_calls import open_call
from .parties import Party, group, is_country, state_code
from .placed_nouns import placed_target
from .placetime import adversary, contexts, date, location, main_state, scene
from .posted import envoy_act_place
from .press import press_source
from .recalls import recalled
from .reciprocal import reciprocal
from .responses import answer_sides
from .rival_groups import rivals_only
from .summoned import summoned
from .syntax import case, is_locative, objects, prep_objects, support_verb

# Confidence: hand-set starting values and penalties (not tuned on gold data): a verb trigger with an explicit
# subject and object is the most reliable reading; anaphora, deep recipients and missing recipients lower it.
BASE = {"verb": 0.85, "noun": 0.7, "speech": 0.65}
PENALTY_ANAPHOR, PENALTY_DEEP, PENALTY_NO_RECIPIENT, PENALTY_INFERRED_PLACE = 0.15, 0.1, 0.2, 0.05


@dataclass
class Reading:
    """A trigger read as an event, before the coding rules: who did it to whom, and how it was found."""

    trig: Token
    sent: Span
    type: str
    mode: str | None
    pos: str  # "verb", "noun" or "speech": the kind of trigger
    actors: list[Party]
    recipients: list[Party]
    anaphor: bool  # the actors came through anaphora
    cost: int  # depth of the recipients in dependency hops
    by_negation: bool = False  # a reading of the negated verb ("n'exclut pas une intervention": a threat)
    #: (negated, mood) as the sentence tells it, read by :func:`_told` at its first use only (most readings are
    #: dropped before their modality counts); a reading made again by ``replace`` reads it again
    told: tuple[bool, str | None] | None = field(default=None, init=False, repr=False, compare=False)


def build(f: Frame, r: Reading) -> Event | None:
    """The event record of a reading, or None when the coding rules drop it (module docstring of the package)."""
    if (envoy_sides := recalled(f, r.type, r.trig, r.pos, r.actors)) is not None:  # « l'ambassadrice à Accra
        r = replace(r, actors=envoy_sides[0], recipients=envoy_sides[1])  # est rappelée »: by her state, from Ghana
    elif (hosted := summoned(f, r.trig, r.pos, r.actors, r.recipients)) is not None:  # "the envoy to Japan was
        r = replace(r, actors=hosted[0], recipients=hosted[1])  # summoned": by Japan
    etype, trig = r.type, r.trig
    if occasion_gathering(f, trig, r.pos):
        return None  # "they met in the margins of a Valdorian summit": the summit is when, not an act of its own
    info = types().get((etype, r.mode)) or types()[(etype, None)]
    actors = [p for p in r.actors if p.code and not press_source(f, p, r.sent)]
    recipients = [p for p in r.recipients if p.code and not press_source(f, p, r.sent)]
    if (adopted := adopted_recipients(f, trig, etype, r.pos, actors, recipients)) is not None:
        recipients = adopted  # « Oslo reprend les mesures de Bruxelles »: aimed at whom they name, not at the EU
    if etype in wars()[0] and (not actors or not recipients):
        actors, recipients = _background_war(f, r, actors, recipients)
    if not actors and recipients and _stateless_officials(f, r.actors):
        # "Fisheries Minister X accused China of ...": an official the text names with no state acts on the other
        # side for the story's other state, as an office named without its state does
        actors = [p for p in _office_elsewhere(f, r.actors, recipients) if p.code]
    if not actors and r.pos == "verb" and info.reciprocal and (sides := verb_sides(f, trig)):
        actors = recipients = sides  # "un accord a été signé entre le Soudan et le Tchad"
    gathered = not actors and r.pos == "verb" and info.reciprocal and gathered_members(f, trig, recipients)
    if gathered:
        actors = list(recipients)  # « les dirigeants de l'UE étaient réunis »: the body meets among its members
    if not actors and not authorless_attack(f, etype, trig, r.pos, r.actors, recipients):
        return None  # « un poste a été attaqué »: an attack by no one named is kept with no actor
    if not recipients and (answered := answer_sides(f, trig, r.pos, etype, actors)):
        recipients = answered  # "in retaliation for expulsions by Prague": at Prague; "expulsions by Prague": at X
    if not recipients and r.pos == "noun" and (joined := body_joined(f, etype, trig, {p.code for p in actors})):
        recipients = joined  # "handed in its bid to join NATO": the body it asks to join
    if not recipients and etype in f.cues["domestic_types"] and scene(f) and any(p.domestic for p in actors):
        # a crowd's protest without a named target addresses the authorities of the place where it
        # happens; a state's protest without one has no recipient
        # a crowd its nationality names addresses its own state's ("Iranian students protested in Paris")
        own = next((p.code for p in actors if p.domestic and p.entity.get("type") == "GPE"), None) or scene(f)
        recipients = _foreign_body(f, r, own) or [group("authorities", own, "GOV")]
    if not recipients and (claimed := home_claimed(f, trig, etype, actors)):
        recipients = claimed  # "demonstrators called for a recount": the authorities of their own state
    if (
        not recipients
        and etype in f.cues["crowd_control_types"]
        and scene(f)
        and any(p.domestic and p.sector in kb.sectors_in("force") for p in actors)
    ):
        # the police or troops of the place acting without a named target act on its people ("les policiers
        # ont ouvert le feu")
        recipients = [group("population", scene(f), "CVL")]
    if recipients and all(p.entity.get("office") for p in actors) and _on_itself(actors, recipients, False):
        actors = _office_elsewhere(f, actors, recipients)
    elif all(p.entity.get("office") for p in recipients) and _on_itself(actors, recipients, False):
        recipients = _office_elsewhere(f, recipients, actors)  # "China criticised the defence minister"
    recipients = _victims_elsewhere(f, etype, actors, recipients)
    if r.pos == "verb" and len({p.code for p in actors}) >= 2 and reciprocal(f, trig):
        recipients = list(actors)  # « Oslo et Stockholm s'accusent mutuellement »: each side on the other
    if info.reciprocal and len({p.code for p in actors}) >= 2 and recipients and topic_only(f, trig, recipients):
        recipients = []  # "se sont entendus sur l'envoi de vivres vers la Libye": what, not with whom
    if info.reciprocal and venue_only(f, trig, r.mode, r.actors, recipients):
        recipients = []  # « X et Y ont conclu un traité à Z », a city: where, not with whom
    codes_a, codes_r = {p.code for p in actors}, {p.code for p in recipients}
    confidence = BASE[r.pos] - (PENALTY_ANAPHOR if r.anaphor else 0) - (PENALTY_DEEP if r.cost >= 3 else 0)
    # an organisation's own summit or agreement is among its members: "l'UA a conclu son sommet" (AU -> AU)
    forum = (
        (
            info.reciprocal
            and len(codes_a) == 1
            and not recipients
            and trig.lemma_.lower() in f.cues["forum_triggers"]
            and all(of_body(p) for p in actors)
        )
        or gathered
        or (r.pos == "noun" and info.reciprocal and among_members(f, trig, actors, recipients))
    )
    # "X and Y exchanged fire": an armed act both sides do to each other (events.json ``armed_mutual_verbs``)
    mutual = r.pos == "verb" and etype in wars()[0] and trig.lemma_.lower() in f.cues["armed_mutual_verbs"]
    if not recipients and (info.reciprocal or mutual) and (len(codes_a) >= 2 or forum):
        recipients = list(actors)
    elif not recipients and etype in f.cues["home_act_types"] and (home := _home_target(f, r, actors, "home_objects")):
        recipients = home  # "décrété un couvre-feu à Kaboul", "the army seized power": the people of the place
    elif (
        not recipients
        and r.pos in ("verb", "noun")
        and etype in f.cues["home_concession_types" if r.pos == "verb" else "home_noun_concession_types"]
        and (home := _home_target(f, r, actors, "home_concessions"))
    ):
        recipients = home  # "the president stepped down", "a gracié douze opposants", « a ordonné la libération
        # des prisonniers » (a noun: a release): his own people
    elif (
        not recipients
        and (
            # "imposed sanctions on a dozen individuals": on the other side, for an actor the clause names and an
            # act reported as done (a guess on a guess, or on a possible act, is no reading)
            ((etype, r.pos) in open_adversary_types() and not r.anaphor and _told(f, r) == (False, None))
            or ((etype, r.pos) in adversary_types() and _open_object(f, trig))
        )
        and trig.dep_ not in ("amod", "compound")  # "disputed waters": no act
        and all(not p.domestic and p.sector not in kb.sectors_in("no_side") | {"CVL"} for p in actors)
        and (other := adversary(f, actors))
    ):  # a home group (the police, protesters) or a charity denies a home matter, not the story's other side
        recipients = other  # "India has denied the allegations": aimed at the story's other side
        confidence -= PENALTY_NO_RECIPIENT
    elif not recipients and r.pos == "noun" and (hit := placed_target(f, etype, trig, codes_a)):
        recipients = hit  # "Israeli strikes in Lebanon": the state of the place the noun hits
    elif not recipients:
        opened = r.pos == "verb" and open_call(f, etype, trig)  # « a appelé à un cessez-le-feu »: asks no one
        if not (info.unilateral or opened) or (r.pos == "noun" and etype not in f.cues["domestic_types"]):
            return None  # an act without a recipient is told by a verb ("Russian troops massed"), not a noun
        confidence -= PENALTY_NO_RECIPIENT
    elif _on_itself(actors, recipients, forum) and not home_pair(
        etype, actors, recipients, f.cues["home_person_types"]
    ):
        return None  # a state acting on itself; only different sectors of one country (police, crowd) may
    negated, mood = _told(f, r) if r.pos != "speech" else (False, None)
    negated = negated and not r.by_negation  # the negation is what the reading codes
    if r.by_negation and mood == "future":
        mood = None  # "n'acceptera pas", "will not tolerate": the refusal or warning is stated now
    if (
        etype == "COOPERATE"
        and mood == "intended"
        and trig.dep_ == "xcomp"
        and trig.head.lemma_.lower() in f.cues["commitment_heads"]
        and len(codes_a | codes_r) >= 2
    ):
        # "ont convenu de coordonner", "se sont engagés à créer des patrouilles": a joint commitment to cooperate
        # is coded as the cooperation (dev gold convention)
        mood = None
    place, inferred = location(f, trig, r.sent, actors, recipients, r.mode, etype)
    if inferred:
        confidence -= PENALTY_INFERRED_PLACE
    if not recipients:
        recipients = implied_target(f, r.type, r.trig, r.sent, codes_a, place, inferred)
    if not recipients and launch(f, etype, trig, r.pos):  # "fired a missile into the sea": a launch, a test
        r, etype = replace(r, type=LAUNCH_TYPE, mode=None), LAUNCH_TYPE
        info = types()[(etype, None)]
    if not recipients and etype in aimed_types() and not weapon_fired(etype, r.mode):
        # an attack or protest aimed at no one the text names is no event; a weapon fired is one (shells fired
        # across a river; a missile launched at no one is a launch, read above)
        return None
    place = envoy_act_place(f, trig, r.pos, r.mode, actors, place) or place  # a summons or expulsion: at home
    return _record(f, r, info, actors, recipients, place, confidence, negated, mood)


def _told(f: Frame, r: Reading) -> tuple[bool, str | None]:
    """(negated, mood) of the reading as the sentence tells it: an event noun takes the modality of the support verb
    that does it ("will hold talks", "plans to impose a ban"); "announced it will suspend trade": done. Read once a
    reading, kept in ``r.told``."""
    if r.told is None:
        verb = support_verb(f, r.trig) if r.pos == "noun" else None
        told = modality(f, verb or r.trig, r.trig if r.pos == "noun" else None)
        r.told = announced.decided(f, r.type, verb or r.trig, told, modality)
    return r.told


def _open_object(f: Frame, trig: Token) -> bool:
    """Whether what ``trig`` rejects or condemns names no one, so that it answers the story's other side: no object
    ("denied that civilians were killed", "le refus de Berne"), a claim or act of the discourse ("the allegations",
    "la décision"), an idea or demand ("a rejeté l'idée", "rejected disarmament"); not a thing of a third party or of
    the actor's own side ("les tentatives de médiation", "the ruling", "the vote": ``third_party_objects``)."""
    c = f.cues
    comps = objects(f, trig) + [
        g
        for k in children(trig)
        if k.dep_ in ("obl", "obl:arg", "prep")
        for g in ([k] if k.dep_ != "prep" else prep_objects(k))
    ]
    return not any(
        listed(n, c["third_party_objects"])
        for n in comps
        if n.pos_ in ("NOUN", "PROPN") and not (is_locative(f, n) and f.mentions.entity(n))
    )


def _background_war(
    f: Frame, r: Reading, actors: list[Party], recipients: list[Party]
) -> tuple[list[Party], list[Party]]:
    """Complete an armed act with the background war it belongs to (``conflicts.tsv``): "Russia's illegal war" is
    on Ukraine, "la guerre en Ukraine" is Russia's, "Ukraine's attacks" are on Russia, when the text names both
    states."""
    year = int(f.pub_date[:4]) if f.pub_date else None
    named = {p.code: p for e in f.entities if e.get("type") == "GPE" and (p := Party(e, e.get("sector"))).code}
    place = location(f, r.trig, r.sent, actors, recipients, r.mode, r.type)[0]
    codes = {place["code"]} if place else set()
    after = f.doc[r.trig.i + 1 : r.trig.i + 3]  # "la guerre en Ukraine", the place hung on the word above
    if len(after) == 2 and after[0].lower_ in f.cues["locative_preps"] and (e := f.mentions.entity(after[1])):
        codes.add(Party(e, e.get("sector")).code)
    for aggressor, victim, since in wars()[1]:
        if year is not None and year < since or aggressor not in named or victim not in named:
            continue
        if actors and not recipients and {p.code for p in actors} == {aggressor}:
            return actors, [named[victim]]
        if actors and not recipients and {p.code for p in actors} == {victim}:
            return actors, [named[aggressor]]  # "Ukrainian attacks near Kherson": the victim strikes back
        if not actors and ({p.code for p in recipients} == {victim} or victim in codes):
            return [named[aggressor]], recipients or [named[victim]]
    return actors, recipients


def _home_target(f: Frame, r: Reading, actors: list[Party], key: str) -> list[Party]:
    """The people an act of control over a home object ("un couvre-feu", "power", events.json ``home_objects``), or
    a concession (``home_concessions``: a resignation, a pardon), falls on: those of the place of its clause, else,
    for a state's own organ (government, army, police, courts) or the story's home state itself, those of its
    state."""
    words = {w for k in (*objects(f, r.trig), r.trig) for w in (k.lemma_.lower(), k.lower_)}
    words |= {g.lemma_.lower() for k in objects(f, r.trig) for g in children(k)}  # "état d'urgence"
    words |= {k.lemma_.lower() for k in children(r.trig)}  # "s'emparer du pouvoir"
    if not words & f.cues[key]:
        return []
    place = location(f, r.trig, r.sent, actors, [], r.mode, r.type)[0]
    code = place["code"] if place else None
    if code is None:  # a state's organ, or the story's own state named as such ("Togo shut the internet off")
        organs = {
            p.code
            for p in actors
            if p.sector in kb.sectors_in("organ") and (p.entity.get("type") != "GPE" or p.code == f.home)
        }
        code = next(iter(organs)) if len(organs) == 1 else None
    return [group("population", code, "CVL")] if code else []


def _on_itself(actors: list[Party], recipients: list[Party], forum: bool) -> bool:
    """A single code acting on itself, unless a forum or two sectors of one country (police and crowd)."""
    codes_a, codes_r = {p.code for p in actors}, {p.code for p in recipients}
    return (
        len(codes_a) == 1
        and codes_a == codes_r
        and not forum
        and not rivals_only(actors + recipients)  # "les affrontements entre gangs": rival groups fight each other
        and not (
            any(p.domestic for p in actors + recipients)
            and {p.sector for p in actors} != {p.sector for p in recipients}
        )
    )


def _foreign_body(f: Frame, r: Reading, home: str | None) -> list[Party]:
    """The foreign state whose body a crowd gathers at ("devant le consulat du Maroc à Montréal", "outside the
    Russian embassy in Berlin"): a state body of another state than the scene's, named as the place of the clause."""
    for tok in r.sent:
        ent = f.mentions.entity(tok)
        if ent is None and listed(tok, f.cues["mission_nouns"]):
            ent = _mission_state(f, tok)  # "devant le consulat d'Égypte", "outside the Egyptian consulate"
        elif ent is not None and (ent.get("type") != "ORG" or ent.get("sector") != "GOV"):
            continue
        if ent is None or ent.get("code") == home:
            continue
        state = kb.load().entry_for_code(ent.get("code"))
        prep = _preposition(f, tok)
        if state is not None and state.kind == "country" and prep and prep not in f.cues["agent_preps"]:
            return [Party(ent, ent.get("sector"))]
    return []


def _mission_state(f: Frame, tok: Token) -> dict | None:
    """The state whose diplomatic mission a common noun names (events.json ``mission_nouns``) by a nationality or
    a genitive ("le consulat d'Égypte", "the Egyptian consulate", "Egypt's embassy"); None when it names none."""
    for k in children(tok):
        if k.dep_ not in ("amod", "nmod", "poss", "nmod:poss", "compound", "prep"):
            continue
        for g in [k, *(x for x in children(k) if x.dep_ == "pobj")]:
            ent = f.mentions.entity(g)
            if ent is not None and is_country(ent):
                return dict(ent)
    return None


def _preposition(f: Frame, tok: Token) -> str | None:
    """The preposition that places ``tok`` ("devant", "outside"), through a locative noun ("in front of", "en face
    de": the genitive of "front", "face"); None for a genitive of anything else or no preposition."""
    for _ in range(2):
        prep = case(tok) or (tok.head.lower_ if tok.dep_ == "pobj" else None)
        if prep is None or prep not in f.cues["genitive_preps"]:
            return prep
        tok = governor(tok)  # "of" -> "front", "de" -> "face"
        if tok.pos_ != "NOUN" or f.mentions.entity(tok) is not None:
            return None
    return None


def _office_elsewhere(f: Frame, actors: list[Party], recipients: list[Party]) -> list[Party]:
    """An office the text names without its state (:func:`.placetime.office`) that would act on its home state is
    of the story's other state ("Canada and India are at odds. The foreign minister condemned India"): the state
    the text names most but the recipients; unchanged (then dropped) when there is none."""
    other = adversary(f, recipients)
    state = kb.load().entry_for_code(other[0].code) if other else None
    if state is None or state.kind != "country":
        return actors
    return [Party({**p.entity, "code": other[0].code}, p.sector, anaphor=True) for p in actors]


def _stateless_officials(f: Frame, parties: list[Party]) -> bool:
    """Whether ``parties`` are all persons the text names with a government role (events.json
    ``stateless_official_roles``: "Fisheries Minister X", "a spokesperson, X") or foreign ministries it names
    (``stateless_office_names``: "Department of Foreign Affairs", "MEA"), but no state, nor a code of their
    own."""
    roles, offices = f.cues["stateless_official_roles"], f.cues["stateless_office_names"]
    return bool(parties) and all(
        _official(p, roles, offices) and not p.entity.get("country") and not p.code for p in parties
    )


def _official(p: Party, roles: Collection[str], offices: Collection[str]) -> bool:
    """Whether ``p`` is a government person with a role of ``roles`` or an organisation whose folded name is one of
    ``offices``."""
    if p.entity.get("type") == "PERSON":
        return p.sector == "GOV" and any(x.get("role") in roles for x in p.entity.get("roles") or [])
    return p.entity.get("type") == "ORG" and " ".join(str(p.entity.get("name") or "").lower().split()) in offices


def _victims_elsewhere(f: Frame, etype: str, actors: list[Party], recipients: list[Party]) -> list[Party]:
    """Unnamed people an armed act of a state hits (events.json ``foreign_victim_types``: "a Russian missile killed
    five people") are of the state the story names most when the scene gave them the actor's own state only because
    the actor's adjective stands in the clause; the police of the story's own state act on its people."""
    if etype not in f.cues["foreign_victim_types"] or not recipients:
        return recipients
    codes_a = {p.code for p in actors}
    if len(codes_a) != 1 or not all(
        p.domestic and p.entity.get("id") is None and p.code in codes_a for p in recipients
    ):
        return recipients
    home = main_state(f)
    state = kb.load().entry_for_code(home)
    if not home or home in codes_a or state is None or state.kind != "country":
        return recipients
    return [group(str(p.entity.get("name")), home, p.sector or "CVL") for p in recipients]


def implied_target(
    f: Frame, etype: str, trig: Token, sent: Span, codes_a: set[str | None], place: Place | None, inferred: bool
) -> list[Party]:
    """For an act of type ``etype`` told by ``trig`` in ``sent`` without a recipient: the state of a place it is
    near ("des exercices autour de Taïwan"), of the place it hits ("frappé des ateliers à Kharkiv"), or that foreign
    forces leave (:func:`_host`)."""
    if etype in f.cues["proximity_types"]:  # "des exercices autour de Taïwan": the state the show of force aims at
        prox = f.cues["proximity_preps"]
        near = [
            e
            for t in sent
            if (case(t) in prox or t.head.lower_ in prox)  # "autour" (ADV) "de Taïwan"
            and (e := f.mentions.entity(t)) is not None
            and e.get("type") in ("GPE", "LOC")
            and state_code(e) not in codes_a
        ]
        if near:
            return [Party(near[0], near[0].get("sector"))]
    entity = f.mentions.by_id.get(place["id"]) if place and not inferred else None
    if etype in f.cues["place_targets"] and entity is not None and place and place["code"]:
        if place["code"] not in codes_a:  # "frappé des ateliers à Kharkiv": Kharkiv's state is hit
            return [Party(entity, entity.get("sector"))]
    if etype in f.cues["host_targets"] and not (entity and place and place["code"]):
        return _host(f, trig, codes_a)
    return []


def _host(f: Frame, trig: Token, codes_a: set[str | None]) -> list[Party]:
    """The state foreign forces leave when neither a recipient nor a place names it ("US forces handed over the air
    base north of Kabul", "French troops withdrew"): that of the scene, else the state the story names most, not
    the actors' own; none for "their country" (the recipients rule read the country nouns) or uncoded actors."""
    around = [*objects(f, trig), *(x for k in children(trig) for x in (k, *prep_objects(k)))]
    if None in codes_a or any(k.lemma_.lower() in f.cues["country_nouns"] for k in around):
        return []
    host = next((c for c in (scene(f), main_state(f)) if c and c not in codes_a), None)
    state = kb.load().entry_for_code(host)
    return [named_state(f, host)] if host and state is not None and state.kind == "country" else []


def _record(
    f: Frame,
    r: Reading,
    info: TypeInfo,
    actors: list[Party],
    recipients: list[Party],
    place: Place | None,
    confidence: float,
    negated: bool,
    mood: str | None,
) -> Event:
    trig, sent = r.trig, r.sent
    return {
        "type": r.type,
        "mode": r.mode,
        "quad": info.quad,
        "score": info.score,
        "actors": [p.out() for p in actors],
        "recipients": [p.out() for p in recipients],
        "date": date(f, trig, sent, mood == "future"),
        "location": place,
        "contexts": contexts(f, sent),
        "confidence": round(max(0.1, confidence), 2),
        "negated": negated,
        "modality": mood,
        "source": f.source,
        "trigger": {"text": trig.text, "start": trig.idx, "end": trig.idx + len(trig.text)},
        "sentence": {"start": sent.start_char, "end": sent.end_char, "text": span_text(sent)},
    }
