"""The sides of an event noun (the spaCy style: one concern per module): who acts and on whom in "la visite du
ministre à Pékin", "attacks carried out by X against Y", "le soutien de la France à l'Ukraine", read from the noun's
own complements, a participle that qualifies it, a verb that supports it ("a annoncé l'expulsion de"), or the clause
it is an adjunct of ("après des discussions avec X, Téhéran a consenti"). The coder loop (:mod:`.coder`) reads a
noun trigger's sides here and a verb trigger's in :mod:`.coder` itself."""

from __future__ import annotations

import itertools

from spacy.tokens import Token

from ..tree import ancestors, children, subtree
from .actors import actors, noun_phrase_parties, responsible_parties
from .among import forum_sides
from .authors import origin_sides
from .build import implied_target
from .callers import called_sides
from .captives import held_release
from .clauses import asked_subjects
from .discourse import holders, mutual_sides
from .forces import force_sides
from .frame import Frame
from .giver import receipt
from .implicit import coup_actors
from .lexicon import Entry, force_movement_types, listed, types
from .modality import modality
from .parties import Party, group
from .placetime import coded_place, location, scene
from .recipients import noun_parties, recipients
from .story_pair import joint_parties
from .subjects import agents_of
from .syntax import (
    NOMINAL,
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
from .triggers import match_trigger
from .visitors import arrival_sides, predicated_visitor

Sides = tuple[list[Party], list[Party], bool, int]  # actors, recipients, anaphor, cost


def voiced_noun(f: Frame, tok: Token, entry: Entry) -> Token | None:
    """The object an "obj=" reading names when the lexicon reads that noun's "de X"/"X's" as its agent: the verb
    voices the noun's act ("a réaffirmé le soutien de la France", "reaffirmed France's support"); else None."""
    if entry.type not in f.cues["voiced_types"]:
        return None  # "reprendre le paquet de sanctions de l'UE": the subject takes the measure as its own
    words = next((v for k, v in entry.cond if k == "obj"), frozenset())
    return next((n for n in objects(f, tok) if n.lemma_.lower() in words and _agent_noun(f, n)), None)


def _agent_noun(f: Frame, tok: Token) -> bool:
    """Whether the lexicon reads the genitive of the event noun ``tok`` as its agent ("le soutien de X")."""
    return any(e.genitive == "agent" for e in f.lex.triggers.get(("noun", tok.lemma_.lower()), []))


def voiced_sides(f: Frame, noun: Token) -> tuple[list[Party], list[Party]]:
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


def noun_sides(f: Frame, tok: Token, entry: Entry) -> Sides | None:
    """Actors and recipients of an event noun, or None when the verb that governs it codes the event ("signer un
    accord", "imposer des sanctions")."""
    head_hit = match_trigger(f, tok.head) if tok.head.i != tok.i else None
    if head_hit and any(k == "obj" and tok.lemma_.lower() in v for k, v in head_hit[0].cond):
        return None
    if modifier(f, tok):
        return None  # "des avions de combat", "war crimes": the noun names a kind of thing, not an act
    found, targets = noun_parties(f, tok, entry.genitive)
    if entry.type in force_movement_types() and (moved := force_sides(f, tok))[0]:
        codes = {p.code for p in moved[0]}  # "the withdrawal of Norvian troops from Valdoria": the troops move
        found, targets = moved[0], moved[1] or [p for p in targets if p.code not in codes]
    if not found:  # "les menaces proférées par X", "attacks carried out by X": the agent of its participle
        found, targets = _participle_sides(f, tok, entry, targets)
    if not found:  # "a request from X to Y", "a crackdown from X": the author its origin names
        found, targets = origin_sides(f, tok, entry.type, targets)
    if not found and (called := called_sides(f, tok, entry.type))[0]:  # « une grève lancée à l'appel du syndicat »
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
    sequel = any(listed(w, f.cues["sequel_heads"]) for w in words)
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
    if not found and entry.mode == "visit" and (arrived := arrival_sides(f, tok, targets))[0]:
        found, targets = arrived  # "X arrived in Malmo late on Friday for a working visit"
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
