"""Marks of modality outside the verb chain (:mod:`.modality` reads the chain): how news writes an act as possible,
planned or alleged on its noun ("a possible intervention", "la prochaine rencontre", "the alleged attack"), as the
object of a verb of intention or fear ("demanded the withdrawal", "craint une invasion"), by hearsay ("reportedly
attacked", "is said to have attacked"), as asked about ("Did X attack?", "X va-t-il frapper ?"), as a headline's
plan ("China to impose tariffs"), or as not done through its subject or a coordinator ("no sanctions were
imposed", "neither X nor Y signed", "l'absence d'accord").

The words are the language's ``modality.json`` (optional: a language without it reads none of these marks)."""

from __future__ import annotations

import functools
from typing import Any

from spacy.tokens import Token

from ... import lang as _lang
from ..tree import children, text_of
from .frame import Frame

#: The keys of modality.json, each a list of words (lemmas or lower-case surface forms).
KEYS = (
    "hypothetical_modifiers",
    "future_modifiers",
    "alleged_modifiers",
    "hearsay_adverbs",
    "hearsay_heads",
    "negating_nouns",
    "negating_coordinators",
    "question_words",
    "headline_infinitive_markers",
    "fear_heads",
    "wanting_heads",
    "cancelling_heads",
    "cessation_heads",
    "achievement_heads",
    "occurrence_verbs",
    "claim_heads",
    "revised_adverbs",
    "condition_nouns",
    "wanting_nouns",
    "purpose_locutions",
    "negating_prefixes",
    "landmarks_ahead",
    "landmarks_passed",
    "landmarks_reached",
    "clause_landmarks_ahead",
    "condition_locutions",
    "possibility_heads",
    "expletive_negation_openings",
    "negation_partners",
    "ability_heads",
    "inability_heads",
    "obligation_heads",
    "near_adverbs",
    "pending_heads",
    "pending_adverbs",
    "accusing_heads",
    "restricting_adverbs",
    "negation_landmarks",
    "perfect_auxiliaries",
    "gerund_marks",
    "clause_separators",
    "coming_times",
    "coming_hours",
    "need_predicates",
    "wishing_prepositions",
)

Mark = tuple[bool, str | None]  # (negated, modality) as modality.modality gives them


@functools.cache
def cues(code: str) -> dict[str, frozenset[str]]:
    """The modality cues of language ``code`` (empty sets where the language has no ``modality.json``)."""
    language = _lang.get(code)
    path = language.path("modality.json")
    data: dict[str, Any] = language.json("modality.json") if path.is_file() else {}
    return {k: frozenset(w.lower() for w in data.get(k, [])) for k in KEYS}


def lemmas(tok: Token) -> set[str]:
    """A verb's lemma, and with each of its particles ("rule out", "call off")."""
    lemma = tok.lemma_.lower()
    return {lemma, *(f"{lemma} {k.lower_}" for k in children(tok) if k.dep_ in ("prt", "compound:prt"))}


def _words(tok: Token) -> tuple[str, str]:
    return tok.lower_, tok.lemma_.lower()


def _has(words: frozenset[str], tok: Token) -> bool:
    return any(w in words for w in _words(tok))


def noun_mark(f: Frame, noun: Token) -> Mark:
    """The modality an event noun's own words give it: a negating prefix ("la non-libération"), a modifier
    ("possible", "planned", "alleged"), a negating head noun ("the absence of talks", "l'absence de négociations")
    or one that wants the act ("the call for a ceasefire", "l'offre de médiation"); else the verb it is the object
    of, when that verb intends, fears or threatens the act ("demanded the withdrawal", "craint une invasion")."""
    c = cues(f.lex.code)
    if negated_noun(f, noun):
        return True, None  # "la non-libération des otages"
    for k in children(noun):
        if k.dep_ not in ("amod", "acl", "compound", "advmod", "nmod", "npadvmod") or k.i == noun.i:
            continue
        if _has(c["alleged_modifiers"], k):
            return False, "alleged"
        if _has(c["hypothetical_modifiers"], k):
            return False, "hypothetical"
        if _has(c["future_modifiers"], k) and not any(a.dep_.startswith("aux") for a in children(k)):
            return False, "future"
    if noun.dep_ == "pobj" and noun.head.lower_ in f.cues["without"]:
        return True, None  # "ended without an agreement" ("sans accord": the case of the noun, modality.py)
    up = noun.head.head if noun.head.pos_ == "ADP" else noun.head
    if noun.dep_ in ("nmod", "pobj") and up.i != noun.i and up.pos_ == "NOUN":
        if _has(c["negating_nouns"], up):
            return True, None
        if _has(c["condition_nouns"], up):
            return False, "hypothetical"  # "en cas d'attaque", "in the event of an invasion"
    if noun.dep_ in ("nmod", "pobj", "compound") and up.i != noun.i and up.pos_ == "NOUN":
        if _has(c["wanting_nouns"], up):
            return False, "intended"  # "the call for a ceasefire", "la nécessité d'un dialogue", "a truce proposal"
    if c["purpose_locutions"] and ends_with(text_before(noun), c["purpose_locutions"]):
        return False, "intended"  # « des pourparlers en vue de la signature d'un accord »
    return governing_mark(f, noun)


#: The dependents that open a noun's own phrase ("the", "sa", "planned", "three"): what is printed before the phrase
#: (a landmark, a locution of purpose) is read before them.
_INNER = frozenset({"det", "det:poss", "poss", "amod", "nummod", "compound", "nmod:poss"})


def text_before(noun: Token) -> str:
    """The lower-case text of the five tokens before the noun's phrase (its determiners and modifiers, not a
    complement the parse hangs before it: "Quelques heures avant sa visite"), apostrophes unified."""
    start = min([noun.i, *(k.left_edge.i for k in children(noun) if k.i < noun.i and k.dep_ in _INNER)])
    return text_of(noun.doc, max(0, start - 5), start).lower().replace("’", "'")


def ends_with(text: str, phrases: frozenset[str]) -> bool:
    """Whether ``text`` ends with one of ``phrases`` as whole words."""
    for p in phrases:
        if text.endswith(p) and (len(text) == len(p) or not text[-len(p) - 1].isalnum()):
            return True
    return False


def negated_noun(f: Frame, noun: Token) -> bool:
    """Whether an event noun is written with a negating prefix ("la non-libération des otages")."""
    prefixes = cues(f.lex.code)["negating_prefixes"]
    return bool(prefixes) and noun.lower_.startswith(tuple(prefixes))


def unprefixed(code: str, lemma: str) -> str | None:
    """``lemma`` without its negating prefix ("non-libération": "libération"), or None when it has none."""
    return next((lemma[len(p) :] for p in cues(code)["negating_prefixes"] if lemma.startswith(p)), None)


def governor(f: Frame, noun: Token) -> tuple[Token, set[str]] | None:
    """The verb an event noun is the object of ("demanded the withdrawal"), with its lemmas (:func:`lemmas`); or
    the verb it is the complement of through a preposition, with the lemma and preposition as its only words
    ("called for a ceasefire": "call for", "a appelé à un cessez-le-feu": "appeler à"). Within the segment."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.pos_ == "ADP":
        prep, verb = verb.lower_, verb.head
    elif noun.dep_.startswith("obl") and (case := [k.lower_ for k in children(noun) if k.dep_ == "case"]):
        prep = case[0]
    elif noun.dep_ in ("obj", "dobj"):
        prep = ""
    else:
        return None
    if verb.i == noun.i or verb.pos_ != "VERB" or not f.inside(verb):
        return None
    return verb, ({f"{verb.lemma_.lower()} {prep}"} if prep else lemmas(verb))


def governing_mark(f: Frame, noun: Token) -> Mark:
    """The modality of an event noun that is the object of a verb that wants it ("demanded the withdrawal", "a
    réclamé le retrait", "called for a ceasefire"): intended; of fear ("fears an invasion", "craint une
    invasion"): hypothetical; of a verb that calls it off or prevents it ("cancelled the visit", "a reporté la
    rencontre", "empêcher une attaque"): negated, unless that verb is itself negated ("n'exclut pas une attaque",
    "did not rule out strikes"): hypothetical; of a verb of cessation (« faire cesser la guerre », « ne fera pas
    cesser les frappes »): done, whatever that verb's mood, as the act it would stop is going on."""
    c = cues(f.lex.code)
    found = governor(f, noun)
    if found is None:
        return False, None
    verb, words = found
    if words & c["cessation_heads"]:
        return False, None  # « faire cesser la guerre »: the act a verb would stop is going on, done
    if words & (f.cues["negating_heads"] | c["cancelling_heads"]):
        denied = any(k.dep_ in ("neg", "advmod") and k.lower_ in f.cues["negation"] for k in children(verb))
        return (False, "hypothetical") if denied else (True, None)
    if words & c["wanting_heads"]:
        return False, "intended"
    if words & (f.cues["modal_heads"] | c["fear_heads"]):
        return False, "hypothetical"
    return False, None


def hearsay(f: Frame, chain: list[Token]) -> bool:
    """Whether an act is reported by hearsay: an adverb ("reportedly", "prétendument") on its verbs, a passive
    verb of report that raises its subject ("is said to have attacked", "is believed to be", "is accused of
    attacking", « est soupçonnée d'avoir frappé »), or a verb or noun of
    claim whose content it is ("alleged that X attacked", "the claim that X sent troops", "prétend que")."""
    c = cues(f.lex.code)
    verbs = [chain[0]]
    while verbs[-1].dep_ == "xcomp" and verbs[-1].head.i != verbs[-1].i and len(verbs) < 4:
        verbs.append(verbs[-1].head)
    for v in {*verbs, *chain}:
        if any(k.dep_ == "advmod" and _has(c["hearsay_adverbs"], k) for k in children(v)):
            return True
    top = verbs[-1]  # the content of a claim: "alleged that Russia had attacked", "the claim that X sent troops"
    marked = any(k.dep_ == "mark" for k in children(top))  # "the claim that ...", not "une accusation rejetée"
    content = (
        top.dep_ == "ccomp"
        or (top.dep_ == "acl" and marked)
        or (  # "l'allégation selon laquelle X a frappé"
            top.dep_ in ("acl:relcl", "relcl")
            and any(
                any(g.lower_ in f.cues["source_preps"] for g in children(k)) for k in children(top) if k.pos_ == "PRON"
            )
        )
    )
    if content and top.head.i != top.i and _has(c["claim_heads"], top.head):
        return True
    if (
        content
        and top.head.i != top.i
        and any(k.dep_ == "advmod" and _has(c["revised_adverbs"], k) for k in children(top.head))
    ):
        return True  # "officials initially said that a drone had killed five people": a first account, revised
    heads = c["hearsay_heads"] | c["accusing_heads"]
    prep = chain[0].head  # a gerund through a preposition: "is accused of attacking", "is suspected of"
    if chain[0].dep_ == "pcomp" and prep.pos_ == "ADP" and prep.head.i != prep.i and f.inside(prep.head):
        verbs, heads = [chain[0], prep.head], c["accusing_heads"]
    return any(_has(heads, v) and any(k.dep_ in ("auxpass", "aux:pass") for k in children(v)) for v in verbs[1:])


def negative_subject(f: Frame, verb: Token) -> bool:
    """A clause whose subject or object is negated ("no sanctions were imposed", "aucun accord n'a été signé",
    "China signed no agreement") or that a negating coordinator joins ("neither X nor Y signed", "nor did it
    meet")."""
    c = cues(f.lex.code)
    nor = c["negating_coordinators"]
    if any(k.dep_ in ("cc", "preconj") and _has(nor, k) and k.i < verb.i for k in children(verb)):
        return True
    head = verb.head
    if verb.dep_ == "conj" and any(k.dep_ == "cc" and _has(nor, k) and head.i < k.i < verb.i for k in children(head)):
        return True  # "did not meet Japan, nor did it sign"
    roles = f.lex.any_subject_deps | {"obj", "dobj"}
    for arg in (k for k in children(verb) if k.dep_ in roles):
        for k in children(arg):
            if k.dep_ == "det" and k.lower_ in f.lex.shared.negative_determiners:
                return True
            if k.dep_ in ("preconj", "cc", "det") and _has(nor, k) and k.i < arg.i:  # "neither X nor Y"
                return True
    return False


def asked(f: Frame, trig: Token) -> bool:
    """Whether the act is asked about in a yes-no question ("Did China attack Japan?", "Will X meet Y?", "La
    Chine va-t-elle frapper ?"): the clause that holds it ends with a question mark and opens with no question
    word (a "why" question presupposes the act)."""
    root = trig
    while root.head.i != root.i and root.dep_ not in ("ccomp", "parataxis"):
        root = root.head
    if not any(k.text == "?" and k.dep_ == "punct" for k in children(root)):
        return False
    first = next((t for t in root.subtree if not t.is_punct and not t.is_space), None)
    return first is not None and not _has(cues(f.lex.code)["question_words"], first)


def headline_plan(f: Frame, trig: Token) -> bool:
    """A headline's main verb in the infinitive with a subject and no finite verb: "China to impose tariffs on
    Japan" (the act is planned)."""
    markers = cues(f.lex.code)["headline_infinitive_markers"]
    top = trig
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    return (
        bool(markers)
        and top.dep_ == "ROOT"
        and "VerbForm=Inf" in str(top.morph)
        and any(k.dep_ == "aux" and k.lower_ in markers for k in children(top))
        and any(k.dep_ in f.lex.subject_deps for k in children(top))
    )


_lang.on_change(cues.cache_clear)
