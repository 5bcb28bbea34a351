"""Dependency helpers shared by the passes: prepositions, places, objects, clause heads, and the search for the
entities a phrase names (:func:`parties_at`).

Label sets here are scheme-neutral: they hold the labels of both dependency schemes (Universal Dependencies for
French, ClearNLP for English), a label of one scheme never occurring in the other's parses. A preposition is a
``case`` child of its noun in one scheme and the head of its ``pobj`` noun in the other; :func:`case` reads both.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Collection
from typing import Any

from spacy.tokens import Token

from .. import kb
from ..entities.affiliation import unheld_role
from ..tree import children, governor, subtree
from . import dated, slips
from .backing import backing_adjunct
from .channels import channel
from .frame import Frame
from .named import named_after
from .parties import Party, state_code
from .percall import per_segment
from .possessor import adjunct as adjunct_noun

#: Dependencies inside a noun phrase, followed to find the entities it names.
NOMINAL = frozenset(
    {
        "nmod",
        "amod",
        "appos",
        "flat",
        "flat:name",
        "flat:foreign",
        "compound",
        "nmod:poss",
        "poss",
        "conj",
        "obl:arg",
        "obl",
        "obl:mod",
        "prep",
        "pobj",
        "nummod",
        "det",
    }
)
#: Dependencies followed at no cost (amod: "ministres espagnol et marocain").
FREE = frozenset({"conj", "appos", "flat", "flat:name", "flat:foreign", "prep", "compound", "amod"})
#: Dependencies of a verb's objects and complements.
OBJECT_DEPS = frozenset(
    {"obj", "iobj", "obl", "obl:arg", "obl:mod", "dobj", "dative", "prep", "pobj", "nmod", "attr", "oprd"}
)
#: Passive auxiliaries, and the labels of a passive subject, in both schemes.
PASSIVE_AUX = ("aux:pass", "auxpass")
PASSIVE_SUBJECTS = ("nsubj:pass", "nsubjpass")


def reflexive(f: Frame, verb: Token) -> bool:
    """Whether ``verb`` has a reflexive pronoun ("se sont rassemblés", "s'est réuni")."""
    pronouns = f.lex.shared.reflexive_pronouns
    return any(k.pos_ == "PRON" and (k.lemma_ in pronouns or "Reflex=Yes" in str(k.morph)) for k in children(verb))


def case(tok: Token) -> str | None:
    """The preposition (or subordinating mark) of a noun: its case/mark child, or the preposition it hangs under."""
    for c in children(tok):
        if c.dep_ in ("case", "mark"):
            return str(c.lower_)
    if tok.dep_ == "pobj":
        return str(tok.head.lower_)
    return None


def complement(k: Token) -> tuple[str, Token] | None:
    """A prepositional complement as (preposition, noun), in either scheme: "de X" (case child) or "of" -> X."""
    if k.dep_ == "prep":
        pobj = next((g for g in children(k) if g.dep_ == "pobj"), None)
        return None if pobj is None else (k.lower_, pobj)
    prep = case(k)
    return (prep, k) if prep is not None and k.dep_ not in ("amod", "compound") else None


def complements(tok: Token) -> list[tuple[str, Token]]:
    """The prepositional complements of ``tok`` (:func:`complement` of each child), in order."""
    return [x for k in children(tok) if (x := complement(k)) is not None]


def prep_objects(prep: Token) -> list[Token]:
    """The nouns a preposition governs (the scheme where the noun hangs under its preposition)."""
    return [x for x in children(prep) if x.dep_ == "pobj"]


def is_locative(f: Frame, tok: Token) -> bool:
    """Whether ``tok`` names where something happens ("à Tokyo", "in Kyiv", "on the sidelines of X") rather than a
    party (read once per token and frame: the walks ask again and again)."""
    found = f.locative.get(tok.i)
    if found is None:
        found = f.locative[tok.i] = _is_locative(f, tok)
    return found


def _is_locative(f: Frame, tok: Token) -> bool:
    if tok.lemma_.lower() in f.cues["occasion_nouns"] and f.mentions.entity(tok) is None:
        return True  # "en marge de l'Assemblée générale": the occasion, not a party
    prep = case(tok)
    span = f.mentions.span_of(tok) if prep is None else None
    if span is not None and _place_like(f.mentions.outer[span][2]):
        a, b, _ = f.mentions.outer[span]  # "à Addis-Abeba", "at the White House": the case hangs on one word
        prep = next(
            (c for t in f.doc.char_span(a, b, alignment_mode="expand") or [] if t.i != tok.i and (c := case(t))),
            None,
        )
    if prep is None or prep not in f.cues["locative_preps"]:
        return False
    if prep in f.cues["ambiguous_locative_preps"]:  # "à Tokyo" (a place) but "à l'Ukraine" (a recipient)
        ent = f.mentions.entity(tok)
        named = tok.pos_ == "PROPN" or (ent is not None and ent.get("type") in ("GPE", "LOC"))
        return named and not any(c.dep_ == "det" for c in children(tok))  # not "à trois sociétés"
    return True


def _place_like(entity: dict[str, Any]) -> bool:
    """A place, or a seat of power (``kb/places.tsv`` kind ``seat``: a building named for its government)."""
    return entity.get("type") in ("GPE", "LOC") or str(entity.get("id") or "").startswith(kb.SEAT_ID)


def sector(f: Frame, tok: Token, entity: dict[str, Any]) -> str | None:
    """The sector a mention acts in: that of its group noun ("les militaires ukrainiens"), else the entity's."""
    head = tok.head if tok.dep_ in ("amod", "nmod", "compound") else None
    if head is not None and head.i != tok.i:
        found = f.lex.shared.group_sectors.get(head.lemma_.lower())
        if found:
            return found
    own: str | None = entity.get("sector")
    return own


def crowd(f: Frame, tok: Token, entity: dict[str, Any]) -> Party | None:
    """A counted plural demonym names people, not their state: "des milliers de Géorgiens", "200 Armenians" are
    civilians of that country (a home group where things happen)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("amod", "compound"):
        return None
    if entity.get("type") != "GPE":
        return None
    quantity = f.cues["quantity_nouns"]
    counted = (tok.head.lemma_.lower() in quantity and tok.head.i != tok.i) or any(
        k.dep_ == "nummod" or k.lemma_.lower() in quantity for k in children(tok)
    )
    if not counted:
        return None
    if kb.load().demonym(tok.text, f.lex.code) != entity.get("code"):
        return None
    return Party(entity, "CVL", domestic=True)


def parties_at(
    f: Frame,
    start: Token,
    allowed: Collection[str],
    max_cost: int,
    skip_locative: bool = False,
    exclude: Collection[int] = frozenset(),
) -> tuple[list[Party], int]:
    """0-1 BFS from ``start`` over ``allowed`` dependencies; entities found at the smallest cost, and that cost.

    Coordination, apposition and the parts of one mention are free; every other hop costs 1. An entity without a
    code ("Benin's spokesman, X") is kept only when no coded one is found."""
    if request_adjunct(f, start) or channel(f, start):  # "sur son compte Twitter": where it is said, no side
        return [], 0
    best: int | None = None
    found: list[Party] = []
    seen: set[int] = set()
    uncoded: list[Party] = []
    former: set[int] = set()
    queue = deque([(start, 0)])
    while queue:
        tok, cost = queue.popleft()
        if tok.i in seen or cost > max_cost or (best is not None and cost > best):
            continue
        seen.add(tok.i)
        ent = f.mentions.entity(tok)
        if (
            ent is not None
            and tok.i not in exclude
            and tok.i not in f.dateline
            and not (skip_locative and is_locative(f, tok))
            and not (tok.i in former and ent.get("type") != "GPE")
        ):
            if not state_code(ent) or id(ent) in f.guessed:  # "Benin's spokesman, X": X's country is unknown
                uncoded.append(Party(ent, sector(f, tok, ent)))  # (or only guessed): keep looking for "Benin"
            else:
                best = cost  # "les médias français RFI": the organisation the demonym qualifies, not its state
                for p in named_after(f, tok, ent) or [crowd(f, tok, ent) or Party(ent, sector(f, tok, ent))]:
                    if all(q.entity is not p.entity for q in found):
                        found.append(p)
        for c in children(tok):
            if c.dep_ not in allowed or c.pos_ in ("VERB", "AUX") or c.i in seen or not f.inside(c):
                continue
            if skip_locative and is_locative(f, c) and f.mentions.entity(c) is None and c.dep_ != "prep":
                continue
            if request_adjunct(f, c) or backing_adjunct(f, c) or channel(f, c):  # "à la demande de X", "sur Twitter"
                continue
            if c.dep_ == "appos" and unheld_role(c):  # "X, ancien président de l'UA": no longer its side (a
                former |= {t.i for t in subtree(c)}  # state still is: "former Philippine President X")
            same = ent is not None and f.mentions.span_of(c) == f.mentions.span_of(tok)
            free = same or c.dep_ in FREE
            (queue.appendleft if free else queue.append)((c, cost if free else cost + 1))
    return (found or uncoded[:1]), (best or 0)


def request_adjunct(f: Frame, tok: Token) -> bool:
    """A request noun in an adjunct of what was done on it ("à la demande du Niger", "sur demande du Mali", "à la
    suite d'une demande de X", "at the request of X", "at X's request": events.json ``request_nouns``,
    ``request_cases``, ``request_heads``), not the object of a verb that answers it ("répondre à la demande")."""
    if tok.lemma_.lower() not in f.cues["request_nouns"] and tok.lower_ not in f.cues["request_nouns"]:
        return False
    head = governor(tok)
    if head.lemma_.lower() in f.cues["request_answer_heads"]:
        return False
    return case(tok) in f.cues["request_cases"] or (
        tok.head.lemma_.lower() in f.cues["request_heads"] and case(tok.head) in f.cues["request_cases"]
    )


def lower_phrase(tok: Token, f: Frame | None = None) -> str:
    """The lower-cased text of the phrase ``tok`` heads, up to three words after it ("les deux pays"), without
    its own preposition ("entre les deux dirigeants" is "les deux dirigeants"); read once per token of frame ``f``
    when it is given (the actor tests read it several times)."""
    if f is None:
        return _lower_phrase(tok)
    found = f.phrases.get(tok.i)
    if found is None:
        found = f.phrases[tok.i] = _lower_phrase(tok)
    return found


def _lower_phrase(tok: Token) -> str:
    toks = [
        t
        for t in subtree(tok)
        if t.dep_ != "punct" and t.i <= tok.i + 3 and not (t.head.i == tok.i and t.dep_ in ("case", "mark"))
    ]
    return " ".join(t.lower_ for t in toks).replace("' ", "'").replace("’ ", "’")


def clause_head(f: Frame, tok: Token) -> bool:
    """A verb, or a word the parse made the head of a clause ("a consenti" with consenti tagged as a noun)."""
    return tok.pos_ in ("VERB", "AUX") or any(
        k.dep_.startswith("aux") or k.dep_ in f.lex.subject_deps for k in children(tok)
    )


def marker_after(f: Frame, tok: Token) -> set[str]:
    """The marker of an infinitive that directly follows the phrase of ``tok`` (punctuation skipped)."""
    doc = f.doc

    def past_punct(k: int) -> int:  # quotation marks and commas, not a sentence end
        while k < len(doc) and doc[k].is_punct and doc[k].text not in ".;:":
            k += 1
        return k

    i = past_punct(max(t.i for t in subtree(tok)) + 1)
    if i + 1 >= len(doc) or doc[i].pos_ not in ("ADP", "PART", "SCONJ"):
        return set()
    j = past_punct(i + 1)
    return {doc[i].lower_} if j < len(doc) and "VerbForm=Inf" in str(doc[j].morph) else set()


def misread_verb(f: Frame, tok: Token) -> bool:
    """A present-tense verb the tagger took for a noun or adjective spelled the same ("la France critique la Chine",
    critique an ADJ): it heads a clause with a subject and a direct object, and has no determiner or copula."""
    if tok.pos_ not in ("NOUN", "ADJ"):
        return False
    kids = [k.dep_ for k in children(tok)]
    return (
        any(d in f.lex.subject_deps for d in kids)
        and any(d in ("obj", "dobj") for d in kids)
        and not any(d in ("det", "cop") for d in kids)
    )


def verb_lemma(f: Frame, tok: Token) -> str:
    """The lemma of a verb, rebuilt when the lemmatiser left a present-tense form as it is because a noun is spelled
    the same ("frappe", "signe", "rencontre": events.json ``present_endings``), or when the tagger read the verb as
    an adjective whose lemma it cut short ("accable" -> "accabl"); for other tokens their lemma."""
    lemma = str(tok.lemma_).lower()
    if tok.pos_ not in ("VERB", "NOUN", "ADJ"):
        return lemma
    rebuilt = rebuilt_infinitive(tok.lower_, f.lex.present_endings, str(f.cues["infinitive_ending"]))
    if rebuilt is None:
        return lemma
    if tok.pos_ == "VERB":
        morph = str(tok.morph)
        return rebuilt if lemma == tok.lower_ and "Tense=Past" not in morph and "VerbForm=Inf" not in morph else lemma
    known = rebuilt in f.lex.lemmas or rebuilt in f.cues["support_verbs"]
    return rebuilt if known and misread_verb(f, tok) else lemma  # the children are read last: most nouns are nouns


def rebuilt_infinitive(form: str, endings: tuple[str, ...], infinitive: str) -> str | None:
    """The infinitive of a present-tense ``form`` ("frappent" -> "frapper"), None when no ending fits."""
    for ending in endings:
        if form.endswith(ending) and len(form) > len(ending) + 2:
            return form[: -len(ending)] + infinitive
    return None


@per_segment
def objects(f: Frame, tok: Token) -> list[Token]:
    """Direct objects of ``tok`` (or its passive subject), French partitives ("imposer des sanctions", parsed
    obl:arg) included, looking through quantity nouns ("une partie des soldats", "a package of sanctions")."""
    c = f.cues
    objs = [
        k
        for k in children(tok)
        if k.dep_ in ("obj", "dobj")
        # a passive subject, unless the verb is pronominal ("des personnes se sont regroupées": they act)
        or (k.dep_ in PASSIVE_SUBJECTS and not reflexive(f, tok))
        or (k.dep_ in ("obl:arg", "obl") and case(k) in c["partitive_cases"])
        # "dépêché des navires" parsed obl:arg with the partitive article as its determiner
        or (k.dep_ == "obl:arg" and any(d.dep_ == "det" and d.lower_ in c["partitive_cases"] for d in children(k)))
        # an approximate count parsed obl:arg with no preposition of its own ("formé plus de 400 pilotes", "près
        # de 300 pilotes": the "de" hangs under the adverb or is left unlabelled)
        or (k.dep_ == "obl:arg" and k.pos_ in ("NOUN", "PROPN") and case(k) is None)
    ]
    # misparsed objects with no preposition: a noun taken as xcomp ("a convoqué le chargé d'affaires"), or hung
    # on the preceding date ("a rejeté vendredi l'amende", amende as nmod of vendredi)
    objs += [k for k in children(tok) if k.dep_ == "xcomp" and k.pos_ in ("NOUN", "PROPN") and case(k) is None]
    objs += [
        g
        for k in children(tok)
        if k.dep_ in ("obl:mod", "npadvmod") and k.i > tok.i
        for g in children(k)
        if g.dep_ == "nmod" and g.pos_ in ("NOUN", "PROPN") and (case(g) is None or case(g) in c["partitive_cases"])
    ]  # "lancé mardi matin des exercices"
    objs += [k for k in children(tok) if _dated_object(tok, k)]
    objs += [g for g in (*dated.dated_objects(f, tok), *slips.passive_subjects(f, tok)) if g not in objs]
    # an approximate count whose adverb the parser made the verb's ("déployé plus de 100 000 soldats": soldats
    # under plus, with its partitive "de")
    objs += [
        g
        for k in children(tok)
        if k.dep_ == "advmod" and k.i > tok.i
        for g in children(k)
        if g.dep_ in ("obl:arg", "nmod") and g.pos_ in ("NOUN", "PROPN") and case(g) in c["partitive_cases"]
    ]
    objs = [k for k in objs if not _second_object(f, tok, k)]
    for k in list(objs):
        if k.lemma_.lower() in c["quantity_nouns"]:
            objs += [
                g
                for g in children(k)
                if g.dep_ in ("nmod", "prep", "pobj")
                for g in ((g,) if g.dep_ != "prep" else prep_objects(g))
            ]
    return objs


def _dated_object(verb: Token, k: Token) -> bool:
    """A noun with its determiner and no preposition after the verb, past a date the parse hung there too, taken
    for another adjunct of the date ("ont lancé mercredi leur offensive", "a signé le 3 mai un accord"): the
    verb's object."""
    return (
        k.dep_ == "obl:mod"
        and k.pos_ == "NOUN"
        and k.i > verb.i
        and case(k) is None
        and any(d.dep_ == "det" for d in children(k))
        and any(d.dep_ == "obl:mod" and verb.i < d.i < k.i for d in children(verb))
        and not any(d.dep_ in ("obj", "dobj") for d in children(verb))
    )


def _second_object(f: Frame, verb: Token, k: Token) -> bool:
    """A second direct object after a comma, with no conjunction: an apposition the parser hung on the verb, that
    renames the first ("réclame un recompte, une demande que le gouvernement a écartée")."""
    if k.dep_ not in ("obj", "dobj"):
        return False
    first = next((j for j in children(verb) if j.dep_ == k.dep_ and j.i < k.i), None)
    if first is None or any(c.dep_ == "cc" for c in children(k)):
        return False
    between = f.doc[max(t.i for t in subtree(first)) + 1 : min(t.i for t in subtree(k))]
    return len(between) > 0 and all(t.is_punct for t in between) and any(t.text == "," for t in between)


def holder(f: Frame, verb: Token) -> tuple[Token, Token] | None:
    """For a participle cut from its auxiliary, the nearest finite auxiliary verb before it, past adverbials only
    ("a de son côté rejeté", with "a" taken for the main verb and the participle hung on "côté"), and the token
    that holds its subject and objects (the auxiliary itself, or the word it was attached to)."""
    if "VerbForm=Part" not in str(verb.morph) or any(k.dep_.startswith("aux") for k in children(verb)):
        return None
    for j in range(verb.i - 1, max(verb.i - 8, f.segment.start if f.segment is not None else 0) - 1, -1):
        t = f.doc[j]
        if t.lemma_ in f.lex.shared.auxiliary_verbs and "VerbForm=Fin" in str(t.morph):
            return t, (t.head if t.dep_.startswith("aux") and t.head.i != verb.i else t)
        if t.text in ".;:" or t.pos_ in ("VERB", "SCONJ", "PRON") or t.dep_ in f.lex.subject_deps:
            return None
    return None


def modifier(f: Frame, tok: Token) -> bool:
    """An event noun used as a modifier of another noun, without a determiner or sides of its own: a compound
    ("war crimes", "peace talks" is a head) or a bare "de" complement ("des avions de combat", "l'interdiction de
    voyage"); not the counted noun of a quantity noun ("aid package", "un paquet de sanctions")."""
    head = tok.head
    if head.i == tok.i or head.pos_ not in ("NOUN", "PROPN"):
        return False
    up = head.lemma_.lower()
    if up in f.cues["quantity_nouns"] or up in f.cues["duration_nouns"] or up in light_nouns(f):
        return False  # "un paquet de sanctions", "un message de soutien": the noun is the act
    if up in f.cues["mutual_phases"] and tok.lemma_.lower() in f.cues["mutual_nouns"]:
        return False  # "le début des combats": the fighting began
    if tok.dep_ == "compound" or up in f.cues["occasion_nouns"]:
        return True  # "en marge du sommet": the setting of the act told, not an act of its own
    # a preposition with the article in it ("au lendemain du coup d'État", "au terme des négociations") is a determiner
    bare = not any(
        k.dep_ in ("det", "nummod", "nmod:poss", "poss", "amod")
        or (k.dep_ == "case" and "PronType=Art" in str(k.morph))
        for k in children(tok)
    )
    if not (tok.dep_ == "nmod" and bare and case(tok) in f.cues["genitive_preps"]):
        return False
    # a noun that names its own sides is an act, not a kind ("théâtre d'affrontements entre Israël et le Hamas",
    # "en signe de solidarité avec X"; "des avions de combat" names none)
    sides = f.cues["between_preps"] | f.cues["partner_cases"]
    return not any(case(k) in sides for k in children(tok))


def support_verb(f: Frame, tok: Token) -> Token | None:
    """The verb of which the event noun ``tok`` (or the quantity noun that counts it: "le dernier paquet de
    sanctions"; or the first noun of a coordination it ends: "announced the suspension of talks and the expulsion
    of ten diplomats") is the object, when it is a support verb that does the act the noun names ("annoncer", "lancer",
    "carry out", events.json ``support_verbs``), not one that judges it ("condamner") or fears it."""
    t = tok
    while t.dep_ == "conj" and t.head.pos_ == "NOUN" and t.head.i < t.i:  # "la suspension ... et l'expulsion de X"
        t = t.head
    light = False
    for _ in range(3):  # "un paquet de sanctions", "a package of new sanctions", "an aid package"
        up = governor(t)
        above = up.lemma_.lower()
        is_light = above in light_nouns(f)
        if t.dep_ in ("nmod", "pobj", "compound") and up.i != t.i and (is_light or above in f.cues["quantity_nouns"]):
            light, t = light or is_light, up  # "un message de soutien", "a gesture of support"
        else:
            break
    verb = t.head
    if (light or adjunct_noun(f, t)) and (adjunct := _light_adjunct(f, t)) is not None:
        return adjunct  # "a hissé des drapeaux en signe de solidarité avec X": the clause does the act
    if t.dep_ != "conj" and (through := _through_preposition(f, t)) is not None:
        return through  # "a procédé à l'arrestation de X", "engaged in attacks on X"
    # "a annoncé la suspension des contacts ainsi que l'expulsion de X": a conjunct hung on the verb (its cc kept)
    second = (
        t.dep_.startswith("obl")
        and any(k.dep_ == "cc" for k in children(t))
        and any(k.dep_ in ("obj", "dobj") and k.i < t.i for k in children(verb))
    )
    if t.dep_ not in ("obj", "dobj") and not second and not _dated_object(verb, t):
        return None
    if verb.i == t.i or verb.pos_ not in ("VERB", "AUX") or not f.inside(verb):
        return None
    return verb if verb_lemma(f, verb) in f.cues["support_verbs"] else None


def light_nouns(f: Frame) -> frozenset[str]:
    """The light nouns whose "de X"/"of X" names the act they show (events.json ``light_nouns``)."""
    found: frozenset[str] = f.cues["light_nouns"]
    return found


def _light_adjunct(f: Frame, light: Token) -> Token | None:
    """The verb of the clause in which a light noun is an adjunct introduced by one of events.json ``light_preps``
    ("en signe de solidarité", "as a sign of support", "in a show of support"): that clause does the act."""
    if light.dep_ == "pobj" and light.head.dep_ == "prep":
        prep, verb = light.head.lower_, light.head.head
    elif light.dep_.startswith(("obl", "nmod", "advcl")):
        prep, verb = case(light) or "", light.head
    else:
        return None
    if prep not in f.cues["light_preps"] or verb.pos_ != "VERB" or not f.inside(verb):
        return None
    return verb


def _through_preposition(f: Frame, noun: Token) -> Token | None:
    """The support verb that takes ``noun`` through a preposition (events.json ``support_prep_verbs``: "procéder
    à", "engage in"), in either scheme: the noun a complement of the verb, or the object of its preposition."""
    prep: str | None = None
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        prep, verb = noun.head.lower_, noun.head.head
    elif noun.dep_.startswith("obl"):  # the case's lemma: "aux" is "à"
        prep, verb = next((c.lemma_.lower() for c in children(noun) if c.dep_ == "case"), None), noun.head
    else:
        return None
    if prep is None or verb.i == noun.i or verb.pos_ != "VERB" or not f.inside(verb):
        return None
    return verb if f"{verb_lemma(f, verb)} {prep}" in f.cues["support_prep_verbs"] else None
