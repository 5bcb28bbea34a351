"""Modality: whether a trigger's act is negated, and whether it is reported as done (None), or as future,
intended or hypothetical, from the verbs above it (control and realis heads), its auxiliaries, its tense and
mood, and the marks of its clause."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Token

from ..dates import TIME_ENTITY
from ..tree import children, governor, verb_above
from . import ability, coming, conditions, hedges, landmarks, restrictions, semicolons, unfulfilled, wished
from .frame import Frame
from .lexicon import listed, negator
from .subjects import control_noun
from .syntax import PASSIVE_AUX


def conditional(f: Frame, tok: Token) -> bool:
    """A conditional verb form. fr_core_news_md tags most French conditionals as imperfect indicative
    ("prendrait": Mood=Ind|Tense=Imp), so where the language gives a ``conditional_form`` the form is checked too:
    the infinitive stem (or an irregular conditional stem) followed by an imperfect ending: "prendr-ait",
    "déclarer-ait", "ser-ait" — not the imperfect "déclar-ait"."""
    if "Mood=Cnd" in str(tok.morph):
        return True
    return "VerbForm=Fin" in str(tok.morph) and _stem_form(f, tok, f.cues["conditional_form"])


def _simple_future(tok: Token, f: Frame) -> bool:
    """A simple future the tagger read as another tense ("tiendront", "évoqueront", "mettra" tagged present, "signera"
    a participle): the infinitive stem (or an irregular stem) followed by a future ending (``future_form``), not the
    simple past "déclar-a"."""
    return (
        tok.pos_ in ("VERB", "AUX")
        and "VerbForm=Inf" not in str(tok.morph)
        and _stem_form(f, tok, f.cues["future_form"])
    )


def _stem_form(f: Frame, tok: Token, form: str) -> bool:
    """Whether ``tok`` fully matches ``form`` with the verb's stem as its group 1 (:func:`conditional`)."""
    m = _compiled(form).fullmatch(tok.lower_) if form else None
    if m is None:
        return False
    stem, lemma = m.group(1), tok.lemma_.lower()
    return stem in (lemma, lemma[:-1]) or stem in f.cues["conditional_stems"]


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def modality(f: Frame, trig: Token, noun: Token | None = None) -> tuple[bool, str | None]:
    """Whether the act of ``trig`` is negated, and its modality: None (done), "future", "intended",
    "hypothetical" or "alleged". A bare verb coordinated with another (no subject, auxiliary or tense of its own)
    shares that verb's negation and modality: "will meet Japan and sign an agreement", "pourrait attaquer l'Ukraine
    et frapper la Pologne", "prévoit de rencontrer X et de signer un accord". ``noun`` is the event noun whose
    support verb ``trig`` is ("will hold talks"): its own words mark it too ("announced a possible
    intervention"); a noun trigger is its own (:func:`.hedges.noun_mark`)."""
    negated, mood = _told(f, trig)
    if noun is None and trig.pos_ in ("NOUN", "PROPN"):
        noun = trig
    if noun is not None and not negated and mood is None:
        negated, mood = hedges.noun_mark(f, noun)
        found = hedges.governor(f, noun)
        if (
            mood is None
            and not negated
            and found is not None
            and found[0].i != trig.i
            and found[1] & hedges.cues(f.lex.code)["achievement_heads"]
            and _told(f, found[0])[1] == "intended"
        ):
            mood = "intended"  # what an intended act would reach: "afin de trouver un accord", "seeks to reach a deal"
        if mood is None and not negated:
            negated, mood = _occurrence(f, noun)
        if mood is None and not negated:
            negated, mood = _occurrence_clause(f, noun)
        if mood is None and not negated and _conditional_predicate(f, noun):
            mood = "hypothetical"  # « une trêve serait une victoire »: the act is weighed, not done
        head = governor(noun)
        if (
            mood is None
            and not negated
            and noun.dep_ in ("nmod", "pobj")
            and head.pos_ == "NOUN"
            and head.i != noun.i
            and head.ent_type_ not in TIME_ENTITY  # "in the early hours of the invasion": a time, not a plan
        ):
            # the genitive of a planned act: "la signature de l'accord est prévue", "the planned signing of the deal"
            negated, mood = hedges.noun_mark(f, head)
            if mood is None and not negated:
                negated, mood = _occurrence(f, head)
            if mood is None and not negated:  # "jusqu'à la signature de l'accord": the landmark's genitive
                mood = landmarks.landmark(f, head, _told)
        if mood is None and not negated:
            mood = landmarks.landmark(f, noun, _told)  # "ahead of the summit", "will meet after the summit"
    return negated, mood


def _occurrence(f: Frame, noun: Token) -> tuple[bool, str | None]:
    """The modality of an event noun that is the subject of a verb of planning ("la signature est prévue
    vendredi", "talks are expected to begin") or of occurrence, from that verb: "les exercices débuteront lundi",
    "the meeting did not take place", "la rencontre aura lieu vendredi", and from the verbs above a verb of
    occurrence whose subject the parser hangs on them ("les pourparlers pourraient reprendre")."""
    verb = noun.head
    if noun.dep_ not in f.lex.any_subject_deps or verb.i == noun.i or not f.inside(verb):
        return False, None
    c = hedges.cues(f.lex.code)
    words = hedges.lemmas(verb) | {
        f"{verb.lemma_.lower()} {k.lemma_.lower()}" for k in children(verb) if k.dep_ in ("obj", "dobj")
    }
    if verb.lower_ in c["future_modifiers"] or words & c["future_modifiers"]:
        return False, "future"
    if words & c["occurrence_verbs"]:
        return _told(f, verb)
    for k in children(verb):  # "les négociations pourraient reprendre", "talks are set to resume": the verb above it
        if k.dep_ == "xcomp" and k.pos_ in ("VERB", "AUX") and hedges.lemmas(k) & c["occurrence_verbs"]:
            return _told(f, k)
    return False, None


def _conditional_predicate(f: Frame, noun: Token) -> bool:
    """Whether an event noun is the subject of a nominal or adjectival predicate whose copula is in the conditional
    (« une trêve serait une victoire », « une invasion serait une catastrophe »: :func:`conditional`): the act is
    weighed as a possibility, not told as done. English puts the condition in a modal ("would be"), read elsewhere."""
    pred = noun.head
    if noun.dep_ not in f.lex.subject_deps or pred.i == noun.i or pred.pos_ not in ("NOUN", "ADJ", "PROPN"):
        return False
    return f.inside(pred) and any(k.dep_ == "cop" and conditional(f, k) for k in children(pred))


def _occurrence_clause(f: Frame, noun: Token) -> tuple[bool, str | None]:
    """The modality of an event noun from a clause on it that tells whether it happens: "a summit to be held in
    Tokyo" (planned), "the talks, which will take place in Tokyo", "le sommet qui se tiendra à Tokyo" (the clause's
    mood), "the talks, which took place in Tokyo" (done)."""
    c = hedges.cues(f.lex.code)
    for k in children(noun):
        if k.dep_ not in ("acl", "relcl", "acl:relcl") or k.pos_ not in ("VERB", "AUX") or not f.inside(k):
            continue
        words = hedges.lemmas(k) | {
            f"{k.lemma_.lower()} {o.lemma_.lower()}" for o in children(k) if o.dep_ in ("obj", "dobj")
        }
        if not words & c["occurrence_verbs"]:
            continue
        if any(a.dep_ == "aux" and a.lower_ in f.cues["purpose_infinitive_markers"] for a in children(k)):
            return False, "future"  # "a summit to be held in Tokyo"
        return _told(f, k)
    return False, None


def _told(f: Frame, trig: Token) -> tuple[bool, str | None]:
    """:func:`modality` from the verbs: the trigger's own clause, or the verb it is a bare conjunct of."""
    negated, mood = _modality(f, trig)
    first = trig.head
    if (
        trig.dep_ == "conj"
        and first.i != trig.i
        and first.pos_ in ("VERB", "AUX")
        and f.inside(first)
        and _bare(f, trig)
    ):
        shared_negated, shared_mood = _told(f, first)
        return negated or shared_negated, mood or shared_mood
    return negated, mood


def _bare(f: Frame, verb: Token) -> bool:
    """A non-finite verb form with no subject or auxiliary of its own (the second verb of "will meet and sign")."""
    morph = str(verb.morph)
    own = f.lex.any_subject_deps
    return ("VerbForm=Inf" in morph or "VerbForm=Part" in morph) and not any(
        k.dep_ in own or k.dep_.startswith("aux") or k.pos_ == "AUX" for k in children(verb)
    )


def _modality(f: Frame, trig: Token) -> tuple[bool, str | None]:
    """The negation and modality of ``trig`` from its own clause (:func:`modality`)."""
    c = f.cues
    governed = unfulfilled.gerund_mark(f, trig)  # "warned Russia against attacking", "prevented X from attacking"
    if governed != (False, None):
        return governed
    if trig.dep_ == "pcomp" or landmarks.gerund(f, trig):
        # a gerund adjunct shares the clause's negation, future, condition or intention ("plans to play a role in
        # helping Ukraine", « entend jouer un rôle en aidant l'Ukraine »)
        above = verb_above(trig)
        if above is not None and f.inside(above):
            neg, mood = modality(f, above)
            if neg or mood in ("future", "hypothetical", "intended"):
                return neg, mood
    chain, unable = ability.perfective(f, _head_chain(f, trig))  # "a pu envoyer", "was able to send": done
    negated = _negated(f, trig, chain) or unable or unfulfilled.near(f, trig) or unfulfilled.pending(f, chain)
    heads = {w for h in chain[1:] for w in hedges.lemmas(h)}
    hypothetical = _hypothetical(f, trig, chain, heads)
    future = _future(f, chain, heads)
    first = trig
    while first.dep_ == "conj" and first.head.i != first.i and "VerbForm=Inf" in str(first.head.morph):
        first = first.head  # "le droit de manifester et de libérer": the first of the coordinated infinitives
    noun = control_noun(first, c["decision_nouns"])
    if noun is not None:
        teller = governor(noun)  # "refused to comment on the decision"
        if teller.pos_ == "VERB" and f.inside(teller) and not _ranked(f, trig):
            # "announced its decision to expel": done, in the mood the decision is told ("will announce its
            # decision": future); a negation there is the telling's ("refused to comment on the decision to"),
            # unless its verb takes the decision ("n'a pas pris la décision de"); the parse may hang the infinitive
            # under that verb ("a refusé de commenter la décision des États-Unis de sanctionner": not the refusal's)
            told = modality(f, teller)
            own = _negated(f, trig, [trig]) if first.head.i != noun.i else negated
            return own or (told[0] and teller.lemma_.lower() in c["support_verbs"]), told[1]
    if first.dep_ == "acl" and "VerbForm=Inf" in str(trig.morph) and first.head.pos_ == "NOUN" and not _ranked(f, trig):
        return negated, "intended"  # an infinitive under a noun names no act: "le droit de manifester"
    if any(
        k.dep_.startswith("aux") and k.dep_ not in PASSIVE_AUX and "VerbForm=Inf" in str(k.morph)
        for k in children(trig)
    ):
        # a perfect infinitive reports a done act: "annoncé avoir relevé l'alerte"; a passive one is the act wanted
        # as the active infinitive is ("called for the sailors to be released", "need to be freed")
        heads -= c["intention_heads"]
        chain = chain[:1]
    marks = {k.lower_ for k in children(trig) if k.dep_ == "mark"}
    purpose = trig.dep_ == "advcl" and bool(marks & c["purpose_marks"])
    # "afin de trouver un accord" parsed with the infinitive under "afin"
    above = trig.head
    purpose |= above.i != trig.i and above.pos_ in ("ADV", "ADP", "SCONJ") and above.lower_ in c["purpose_marks"]
    if trig.dep_ == "advcl":  # "... to support Ukraine"
        purpose |= any(k.dep_ == "aux" and k.lower_ in c["purpose_infinitive_markers"] for k in children(trig))
    if purpose and trig.head.i != trig.i and _fulfilled(f, trig):
        # "ils ont manifesté pour protester", "a refusé de siéger pour protester": the protest is the act itself,
        # negated only by the means' own negation (a refusal is the protest); "sent two ministers to meet",
        # "had a meeting to discuss": the meeting is done, in the mood of the means ("will send ... to meet")
        means_negated, mood = modality(f, trig.head)
        return means_negated and _negated(f, trig.head, [trig.head]), mood
    other_heads = (
        c["aspectual_heads"]
        | c["negating_heads"]
        | c["future_heads"]
        | c["modal_heads"]
        | c["realis_heads"]
        | c["causative_heads"]
    )
    intended = purpose or bool(heads & c["intention_heads"]) or (len(chain) > 1 and not heads & other_heads)
    intended = intended and not _ranked(f, trig)  # "la première voix à accuser X": an act done
    # the content clause of a demand or plan is not done: "a exigé que la Chine libère l'équipage"
    # (not across a semicolon: "Canada condemns Russia; China urges restraint" are two clauses told apart)
    content = trig.dep_ == "ccomp" and not semicolons.apart(f, trig, trig.head)
    intended |= content and trig.head.lemma_.lower() in c["intention_heads"]
    intended |= landmarks.wanted_content(f, trig)  # "sa demande que la Chine libère", "our demand that China release"
    intended |= wished.wished(f, trig)  # "it is vital that X work together", "looked forward to X working together"
    # a denied content clause is not done: "denied that its troops had crossed", "a démenti que ..."
    negated |= content and trig.head.lemma_.lower() in c["negating_heads"]
    negated |= trig.pos_ in ("VERB", "AUX") and hedges.negative_subject(f, trig)
    hypothetical |= hedges.asked(f, trig) or conditions.conditioned(f, trig)  # "provided that", « pourvu que »
    if conditions.possible(f, chain):  # "did not rule out imposing", « n'a pas exclu d'imposer »
        negated, hypothetical = False, True
    negated &= not conditions.expletive(f, trig)  # « avant que la Russie n'attaque »
    negated &= len(chain) > 1 or not restrictions.undenied(f, trig)  # "not only", « n'a imposé que », "not until"
    ahead = landmarks.clause_ahead(f, trig, _told)  # "will keep its sanctions until Russia withdraws"
    hypothetical |= ahead == "hypothetical"
    future |= hedges.headline_plan(f, trig) or ahead == "future"
    future |= coming.dated_ahead(f, trig)  # "heads to London tomorrow", « le sommet le mois prochain »
    alleged = hedges.hearsay(f, chain)
    if hypothetical:
        return negated, "hypothetical"
    return negated, "future" if future else "intended" if intended else "alleged" if alleged else None


def _fulfilled(f: Frame, trig: Token) -> bool:
    """Whether the act of a purpose clause is carried out by the act it is the purpose of: a protest, or a meeting
    or help whose means is a sending, a journey or a meeting ("sent two ministers to meet", "had a meeting to
    discuss", "a envoyé des médecins pour venir en aide"), not an attack ("sent troops to attack")."""
    c = f.cues
    lemma = trig.lemma_.lower()
    if lemma in c["protest_verbs"]:
        return True
    head = trig.head
    means = {head.lemma_.lower()} | {k.lemma_.lower() for k in children(head) if k.dep_ in ("obj", "dobj")}
    return lemma in c["fulfilled_purposes"] and bool(means & c["purpose_means"])


def _head_chain(f: Frame, trig: Token) -> list[Token]:
    """The trigger and the verbs it is the complement of ("a refusé de libérer": libérer, refusé)."""
    chain = [trig]
    while (
        chain[-1].dep_ in ("xcomp", "acl")
        and chain[-1].head.i != chain[-1].i
        and len(chain) < 4
        and (chain[-1].dep_ == "xcomp" or chain[-1].head.lemma_ in f.cues["realis_heads"])
    ):
        chain.append(chain[-1].head)
    return chain


def _negated(f: Frame, trig: Token, chain: list[Token]) -> bool:
    c = f.cues
    negated = any(negator(k, c["negation"]) for t in chain for k in children(t)) and not _restricted(
        f, chain
    )  # "ne fait que reprendre", "n'a fait que suivre": a restriction ("only")
    negated |= any(k.dep_ in ("mark", "case") and k.lower_ in c["without"] for k in children(trig))
    negated |= trig.dep_ == "pcomp" and trig.head.lower_ in c["without"]  # "without condemning China"
    negated |= any(hedges.lemmas(h) & c["negating_heads"] for h in chain[1:])
    if trig.pos_ == "NOUN":
        negated |= any(k.lower_ in f.lex.shared.negative_determiners for k in children(trig))
    return negated


def _restricted(f: Frame, chain: list[Token]) -> bool:
    """ "ne fait que reprendre": an infinitive of the chain (or under it) opened by a restrictive mark."""
    infinitives = [y for x in chain for y in (x, *children(x)) if "VerbForm=Inf" in str(y.morph)]
    marks = f.cues["restrictive_marks"]
    return any(m.dep_ == "mark" and m.lower_ in marks for y in infinitives for m in children(y))


def _auxiliary(k: Token) -> bool:
    """An auxiliary under a verb; not a stray one the parse hangs there as punctuation (a line cut after "saying
    that he would": the modal is no auxiliary of the verb before it)."""
    return k.pos_ == "AUX" and k.dep_ != "punct"


def _auxiliaries(chain: list[Token]) -> set[str]:
    return {k.lower_ for t in chain for k in children(t) if _auxiliary(k) or k.dep_ == "aux"}


def _hypothetical(f: Frame, trig: Token, chain: list[Token], heads: set[str]) -> bool:
    """A conditional form, a modal head or auxiliary, or a condition ("si ...", "if ...") in this clause or one
    that contains it."""
    c = f.cues
    clause_marks: set[str] = set()
    tok = trig
    for _ in range(6):
        clause_marks |= {k.lower_ for k in children(tok) if k.dep_ == "mark"}
        if tok.head.i == tok.i:
            break
        tok = tok.head
    verbs = chain + [k for t in chain for k in children(t) if _auxiliary(k)]
    return (
        any(conditional(f, t) for t in verbs)
        or bool(heads & c["modal_heads"])
        or bool(_auxiliaries(chain) & c["modal_aux"])
        or bool(clause_marks & c["condition_marks"])
    )


def _future(f: Frame, chain: list[Token], heads: set[str]) -> bool:
    """A future tense, head ("va rencontrer") or auxiliary ("will meet"), or "is going to meet"."""
    c = f.cues
    morphs = [t.morph for t in chain] + [k.morph for t in chain for k in children(t) if _auxiliary(k)]
    return (
        any("Tense=Fut" in str(mo) for mo in morphs)
        or any(_simple_future(t, f) for t in chain)
        or bool(heads & c["future_heads"])
        or bool(_auxiliaries(chain) & c["future_aux"])
        or any(
            h.lemma_ in c["future_progressive_heads"]
            and any(a.lemma_ in c["future_progressive_aux"] for a in children(h))
            for h in chain[1:]
        )
    )


#: the labels of a verb's objects: a ranked noun there is whom the verb urges ("a exhorté ce dernier à attaquer")
_OBJECTS = frozenset({"obj", "dobj", "iobj", "obl:arg"})


def _ranked(f: Frame, infinitive: Token) -> bool:
    """Whether the infinitive follows a noun phrase that a word of rank qualifies ("la première voix américaine à
    accuser X", "the first leader to condemn X", events.json ``ranking_words``): the act is done, not intended."""
    if "VerbForm=Inf" not in str(infinitive.morph):
        return False
    k = infinitive.i - 1
    while k >= 0 and infinitive.doc[k].dep_ in ("mark", "aux") and infinitive.doc[k].head.i == infinitive.i:
        k -= 1  # "à", "to"
    words = f.cues["ranking_words"]
    while k >= 0 and infinitive.doc[k].pos_ in ("ADJ", "NOUN", "PROPN", "DET"):
        t = infinitive.doc[k]
        if t.pos_ == "ADJ" and listed(t, words):
            # the rank of the noun the infinitive qualifies, not a title ("le Premier ministre", "First Lady") nor
            # the object of a verb that governs the infinitive ("a exhorté ce dernier à attaquer": intended)
            ranked = t if t.dep_ in _OBJECTS else t.head
            return t.text.islower() and ranked.dep_ not in _OBJECTS
        k -= 1
    return False
