"""The subject tokens of a verb: its own subject, the agent of a passive, the accused of an accusation, or the
subject it inherits through coordination, control and adverbial clauses; parse slips repaired on the way (a
dateline taken for the subject, a participle cut from its auxiliary)."""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children, subtree, tokens, verb_above
from .frame import Frame
from .percall import per_segment
from .predicates import predicate_agents
from .slips import passive_subjects, present_participle_of_noun
from .speaker_participles import reporting_verb
from .syntax import PASSIVE_AUX, case, complement, holder, is_locative, prep_objects, reflexive


def is_agent(f: Frame, tok: Token) -> bool:
    """Whether ``tok`` is an agent: labelled so, and not a complement of a recipient's preposition ("des sanctions
    infligées par X contre le Togo": the parser may label "contre le Togo" an agent too)."""
    return tok.dep_ in f.lex.agent_deps and case(tok) not in f.cues["recipient_preps"]


def _introduced(f: Frame, agent: Token) -> bool:
    """Whether the agent of a verb is one: where a preposition is its noun's child (French), the parser labels agent
    a noun with another preposition or none (« les régions occupées d'Ukraine », « le président déchu X »), which
    names no one who does the verb's act; an agent is introduced by an agent preposition (« par »)."""
    return bool(f.lex.preposition_heads) or agent.head.dep_ != "acl" or case(agent) in f.cues["agent_preps"]


def agents_of(f: Frame, noun: Token) -> list[Token]:
    """Agents of a passive participle that qualifies ``noun`` or its complement ("la décision annoncée par X",
    "la suspension des négociations annoncée par X")."""
    if noun.dep_ == "prep":  # "against tariffs imposed by X"
        noun = next(iter(prep_objects(noun)), noun)
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    nouns = [noun] + [k for k in children(noun) if k.dep_ in ("nmod", "pobj") and k.pos_ == "NOUN"]
    nouns += [g for k in children(noun) if k.dep_ == "prep" for g in prep_objects(k) if g.pos_ == "NOUN"]
    return [
        g
        for n in nouns
        for a in children(n)
        if a.dep_ == "acl" and "VerbForm=Part" in str(a.morph)
        for g in children(a)
        if is_agent(f, g)
    ]


def subject_tokens(f: Frame, verb: Token, depth: int = 0) -> tuple[list[Token], bool]:
    """Subject tokens of ``verb`` and whether the clause is passive (then they are its agents). The walk reads the
    parse, the mentions, the quotes and the segment, never the discourse memory: a verb's own answer (``depth`` 0,
    asked by the coder when it remembers the verb's actors, then again when it codes its event) is read once per
    segment (:func:`.percall.per_segment`)."""
    return _own_clause_subjects(f, verb) if depth == 0 else _subject_tokens(f, verb, depth)


@per_segment
def _own_clause_subjects(f: Frame, verb: Token) -> tuple[list[Token], bool]:
    return _subject_tokens(f, verb, 0)


def _subject_tokens(f: Frame, verb: Token, depth: int) -> tuple[list[Token], bool]:
    slipped = passive_subjects(f, verb)  # "le ministre X avait été déclaré…": a passive labelled active
    subs = [] if slipped else (_own_subjects(f, verb) or incise_subjects(f, verb) or _fronted_subject(f, verb))
    if subs:
        return subs, False
    passive = [t for t in children(verb) if t.dep_ in f.lex.passive_subject_deps] or slipped
    if passive and not any(t.dep_ in PASSIVE_AUX for t in children(verb)):
        return passive, False  # a passive label without a passive auxiliary ("n'a pas condamné"): a parse slip
    if passive and reflexive(f, verb):
        return passive, False  # a pronominal verb read as a passive ("400 personnes se sont regroupées"): who acts
    agents = [t for t in children(verb) if is_agent(f, t) and _introduced(f, t)] or predicate_agents(f, verb)
    if f.lex.preposition_heads:  # "by" -> its object
        agents = [x for a in agents for x in prep_objects(a)]
    # "par X" not labelled agent: of a participle, or of a main passive ("a été convoquée hier, mardi, par X"); not
    # in a relative clause, whose passive subject (its antecedent) the parse often hangs on another noun
    plain = bool(passive) and verb.dep_ not in ("acl:relcl", "relcl")
    if not agents and (verb.dep_ == "acl" or plain) and "VerbForm=Part" in str(verb.morph):
        agents = [t for t in children(verb) if t.dep_.startswith("obl") and case(t) in f.cues["agent_preps"]]
    if passive or (agents and verb.dep_ == "acl"):  # "une accusation aussitôt rejetée par Kyiv"
        return agents, True
    accuser = accusing_verb(f, verb)
    if accuser is not None:  # "accused Venezuela of deploying troops": the accused is the actor
        objs = [t for t in children(accuser) if t.dep_ in ("obj", "dobj") and f.mentions.entity(t) is not None]
        if not objs and accuser.dep_ == "acl" and accuser.head.pos_ in ("NOUN", "PROPN"):
            objs = [accuser.head]  # "des entreprises chinoises accusées d'avoir fourni": the firms are
        if objs:
            return objs, False
    return _inherited(f, verb, depth)


#: Characters at most between a quote's end and the verb that closes it ("», a dénoncé", '," charged').
INCISE_GAP = 12


def incise_subjects(f: Frame, verb: Token) -> list[Token]:
    """The subject after a verb that closes a quote and introduces its speaker (« ... », a dénoncé le
    gouvernement chinois; "...," charged the ministry): the parse takes it for the object."""
    if not closes_quote(f, verb) or any(t.dep_ in f.lex.subject_deps for t in children(verb)):
        return []
    return [t for t in children(verb) if t.dep_ in ("obj", "dobj") and t.i > verb.i][:1]


def _fronted_subject(f: Frame, verb: Token) -> list[Token]:
    """The subject that a fronted adjunct swallowed ("Dans un communiqué publié par son ministère, la Corée du Nord
    a condamné": the subject parsed as a conjunct or an apposition of the adjunct's last noun): the noun phrase
    right between the adjunct's comma and the verb's auxiliary."""
    if any(k.dep_ in f.lex.subject_deps for k in children(verb)):
        return []
    auxes = [k.i for k in children(verb) if k.dep_.startswith("aux") and k.i < verb.i]
    if not auxes:
        return []
    left = min(auxes)
    found: list[Token] = []
    end, toks = left - 1, tokens(f.doc)
    for t in reversed(toks[max(0, left - 12) : left]):
        span = sorted(x.i for x in subtree(t) if x.dep_ not in ("punct", "cc"))
        if (
            t.dep_ not in ("conj", "appos")
            or t.pos_ not in ("PROPN", "NOUN")
            or not f.inside(t)
            or span[-1] != end
            or span[0] < 1
        ):
            continue
        found.insert(0, t)
        before = toks[span[0] - 1]
        if before.text == ",":
            return found
        if before.dep_ != "cc":  # "la Corée du Nord et la Chine": the conjunct before "et"
            return []
        end = span[0] - 2
    return []


def closes_quote(f: Frame, verb: Token) -> bool:
    """Whether ``verb`` follows a quote it introduces (« ... », a dénoncé X): the quote is its content."""
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and any(
        q.get("cue") == lemma and 0 <= verb.idx - q["end"] <= INCISE_GAP for q in f.quotes
    )


def _subject_children(f: Frame, tok: Token) -> list[Token]:
    clitics = f.lex.shared.non_subject_clitics
    subs = [t for t in children(tok) if t.dep_ in f.lex.subject_deps and t.lower_ not in clitics]
    for t in children(tok):  # "a-t-elle dénoncé": the euphonic "-t" taken for the subject, the pronoun after it
        after = t.nbor(1) if t.dep_ in f.lex.subject_deps and t.lower_ in clitics and t.i + 1 < len(t.doc) else None
        if after is not None and inverted(after) and all(after.i != k.i for k in subs):
            subs.append(after)
    return subs


def inverted(tok: Token) -> bool:
    """An inverted subject pronoun, written joined to its verb ("a-t-il", "ont-ils", "dit-elle")."""
    return tok.pos_ == "PRON" and tok.text.startswith("-") and len(tok.text) > 2


def _own_subjects(f: Frame, verb: Token) -> list[Token]:
    """The verb's own subjects (hung on it or on its auxiliary), with a dateline or a root noun repaired."""
    subs = _subject_children(f, verb)
    if not subs:  # "X, ministre malien, a, de son côté, demandé": the subject hung on the auxiliary
        subs = [t for a in children(verb) if a.dep_.startswith("aux") and a.i < verb.i for t in _subject_children(f, a)]
    if subs and all(t.i in f.dateline for t in subs):
        # "JAKARTA, Jan 27 - Indonesia on Tuesday lodged": the dateline taken for the subject, the real one
        # hung under it; the first noun after the dateline that the dateline's phrase holds
        last = max(f.dateline)
        subs = [
            t
            for t in subtree(subs[0])
            if last < t.i < verb.i
            and t.pos_ in ("PROPN", "NOUN", "PRON")
            and (t.head.i <= last or t.head.i == subs[0].i)
        ][:1]
    if subs:
        head = verb.head
        if (
            verb.dep_ == "conj"
            and head.dep_ == "ROOT"
            and head.pos_ in ("NOUN", "PROPN")
            and head.i < subs[0].i
            and any(k.dep_ == "cc" and head.i < k.i < subs[0].i for k in children(verb))
            and f.mentions.entity(head) is not None
        ):
            subs = [head, *subs]  # "L'Italie et l'Algérie ont signé" parsed with Italie as root: both subjects
    return subs


def _inherited(f: Frame, verb: Token, depth: int) -> tuple[list[Token], bool]:
    """The subject a verb without one takes from the verb above it (coordination, control, adverbial clause)."""
    part = "VerbForm=Part" in str(verb.morph) and not any(k.dep_.startswith("aux") for k in children(verb))
    if (
        verb.dep_ == "conj"
        and (verb.head.pos_ not in ("VERB", "AUX") or (part and verb.head.dep_ == "acl" and verb.head.pos_ == "VERB"))
        and depth <= 3
    ):
        # also a participle coordinated to a participle that qualifies a noun ("exigé le retrait des groupes
        # des villes occupées et appelé X à": appelé hung on occupées)
        # a verb coordinated to a noun ("placé des unités ... et déployé des blindés"): a parse slip; the subject
        # is that of the nearest verb above
        subs = [t for t in children(verb.head) if t.dep_ in f.lex.subject_deps and t.i < verb.i]
        if subs and verb.head.pos_ not in ("VERB", "AUX"):  # "a « fermement » condamné ... et a prévenu" with
            return subs, False  # fermement taken for the root noun that holds the subject
        above = verb_above(verb)
        if above is not None and f.inside(above):
            return subject_tokens(f, above, depth + 1)
    above = verb.head.head
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and above.pos_ in ("VERB", "AUX") and depth <= 3:
        # a gerund adjunct: "visited Israel before traveling to Egypt", "after meeting X, he flew to Tokyo"
        if f.inside(above) and above.i != verb.i:
            return subject_tokens(f, above, depth + 1)
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.head.pos_ == "AUX" and depth <= 3:
        # the subject of a copula's adjective: "China is due to meet Japan", "is likely to strike"
        subs = [t for t in children(verb.head.head) if t.dep_ in f.lex.subject_deps]
        if subs and f.inside(verb.head.head):
            return subs, False
    if depth == 0 and (noun := control_noun(verb, f.cues["control_nouns"])) is not None:
        return _noun_agent(f, noun, verb), False  # the trigger itself, not a verb it hangs under
    if present_participle_of_noun(verb):
        # "le ministre, soupçonnant X de…": the noun it qualifies; "les accusations du ministre soupçonnant X",
        # "un communiqué du ministère accusant X": the author the noun names before the participle
        noun = verb.head
        clause = _clause_of_place(f, noun)
        if clause is not None and depth <= 3:
            return subject_tokens(f, clause, depth + 1)  # "filed a case at the court accusing X": a place does not act
        if f.mentions.entity(noun) is not None:
            return [noun], False
        genitive = f.cues["genitive_preps"]
        named = [k for k in children(noun) if k.i < verb.i and k.dep_ == "nmod" and case(k) in genitive]
        return _noun_agent(f, noun, verb) or named[:1] or [noun], False
    if depth > 3 or verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX") or not f.inside(verb.head):
        return stray_subject(f, verb), False
    if verb.dep_ == "xcomp":  # object control: "encouragé Pékin à coopérer", "urged China to stop"
        objs = [t for t in children(verb.head) if t.dep_ in ("obj", "dobj") and f.mentions.entity(t) is not None]
        if objs:
            return objs, False
        # a passive head raises its subject: "China is set to impose", "is expected to meet", "was urged to leave"
        raised = [t for t in children(verb.head) if t.dep_ in f.lex.passive_subject_deps]
        if raised and any(t.dep_ in PASSIVE_AUX for t in children(verb.head)):
            return raised, False
    if verb.dep_ == "advcl" and (reporter := reporting_verb(f, verb)) is not None:
        return subject_tokens(f, reporter, depth + 1)  # "said the threats would not deter X, calling the remarks"
    if verb.dep_ in ("conj", "xcomp", "advcl"):
        return subject_tokens(f, verb.head, depth + 1)
    return stray_subject(f, verb), False


_OBJECTS = frozenset({"obj", "dobj"})


def _clause_of_place(f: Frame, noun: Token) -> Token | None:
    """The verb whose locative complement ``noun`` is ("lodged a petition at the court accusing Norway",
    "protesters gathered at the embassy demanding"): a present participle the parse hangs on a place is its
    clause's, not the place's; None for a noun that is no place of a verb."""
    if not is_locative(f, noun):
        return None
    above = noun.head.head if noun.head.dep_ == "prep" else noun.head
    return above if above.i != noun.i and above.pos_ in ("VERB", "AUX") and f.inside(above) else None


def control_noun(verb: Token, nouns: frozenset[str] | set[str]) -> Token | None:
    """The noun of ``nouns`` whose infinitive complement ``verb`` is ("Ireland's decision to recognise"), whether
    the parse hangs the infinitive under the noun or, past the noun's complements, under the verb whose object the
    noun is ("salue la décision des États-Unis de sanctionner": sanctionner taken for the complement of salue);
    None for any other verb."""
    if verb.dep_ not in ("acl", "xcomp", "advcl") or "VerbForm=Inf" not in str(verb.morph):
        return None
    head = verb.head
    if head.i == verb.i:
        return None
    if head.pos_ == "NOUN":
        return head if verb.dep_ != "advcl" and head.lemma_.lower() in nouns else None
    if verb.dep_ == "acl" or head.pos_ not in ("VERB", "AUX"):
        return None
    start = min((k.i for k in children(verb) if k.dep_ in ("mark", "aux") and k.i < verb.i), default=verb.i)
    return next(
        (
            k
            for k in children(head)
            if k.dep_ in _OBJECTS and k.pos_ == "NOUN" and k.lemma_.lower() in nouns and k.right_edge.i + 1 == start
        ),
        None,
    )


def _noun_agent(f: Frame, noun: Token, verb: Token) -> list[Token]:
    """The agent of the control noun whose infinitive complement ``verb`` is (:func:`control_noun`: "Ireland's
    decision to recognise", "the decision by the government to close", "la décision du président de désavouer"),
    named before the infinitive; for a possessive determiner ("sa décision d'instaurer", "announced its decision
    to") or a verb that takes the decision ("a pris la décision de", "took the decision to": ``support_verbs``),
    the subject of the clause whose object the noun is; none for whoever welcomes or contests the decision."""
    preps = f.cues["genitive_preps"] | f.cues["agent_preps"]
    for k in children(noun):
        if k.i > verb.i:
            break
        if k.dep_ in ("poss", "nmod:poss", "amod") and f.mentions.entity(k) is not None:
            return [k]  # "Ireland's decision", "the Kenyan decision"
        x = complement(k)
        if x is not None and x[0] in preps and f.mentions.entity(x[1]) is not None:
            return [x[1]]  # "the decision by the government", "la décision du président"
    owned = any(k.dep_ in ("poss", "nmod:poss", "det") and "Poss=Yes" in str(k.morph) for k in children(noun))
    above = noun.head
    taken = owned or above.lemma_.lower() in f.cues["support_verbs"]
    if taken and noun.dep_ in _OBJECTS and above.pos_ == "VERB" and f.inside(above):
        return subject_tokens(f, above, 1)[0]  # "le gouvernement a justifié sa décision d'imposer"
    return []


def accusing_verb(f: Frame, verb: Token) -> Token | None:
    """The accusing verb whose "of/de" complement is ``verb`` ("accusé X d'avoir frappé", "accused X of V-ing")."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head
    elif verb.dep_ not in ("xcomp", "acl"):
        return None
    return head if head.i != verb.i and head.lemma_.lower() in f.cues["realis_heads"] else None


def stray_subject(f: Frame, verb: Token) -> list[Token]:
    """A participle cut from its auxiliary by the parse ("a « fermement » condamné", "a de son côté rejeté"):
    the subject hangs on the word it was attached to, which holds the auxiliary or is it."""
    if "VerbForm=Part" not in str(verb.morph) or any(k.dep_.startswith("aux") for k in children(verb)):
        return []
    held = holder(f, verb)
    if held is not None:
        subs = [k for k in children(held[1]) if k.dep_ in f.lex.subject_deps and k.i < held[0].i]
        if subs:
            return subs
    h = verb.head
    cut = h.lemma_ in f.lex.shared.auxiliary_verbs or any(
        k.pos_ == "AUX" and k.i < verb.i and "VerbForm=Fin" in str(k.morph) for k in children(h)
    )
    if not cut or h.i == verb.i or not f.inside(h):
        return []  # a participle modifying a noun ("des sociétés accusées de ...")
    return [t for t in children(h) if t.dep_ in f.lex.subject_deps and t.i < verb.i]
