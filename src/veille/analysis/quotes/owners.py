"""Whom a speaker phrase belongs to: the states or organisations an institution noun names ("le ministère russe",
"les gouvernements du Tchad, du Togo et du Ghana", "the government of Chad"), the organisation a plural phrase of
its members names ("les dirigeants de la CEDEAO"), the agent who issued a document ("le communiqué publié par
X", "a report released by X"), the words naming its issuer ("a statement from X") and the subject that issued the
document a definite phrase refers back to ("X a publié un communiqué. Le texte…"). Read by :mod:`.resolve`.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from ..events.lexicon import lexicon as event_lexicon
from ..kb import COUNTRY_ID
from ..tree import children, tokens
from . import labels
from .lexicon import Lexicon, fold, time_word
from .memory import Memory
from .possessive import determiner_owner, possessor
from .speakers import Mentions, Speaker


class PhraseResolver(Protocol):
    """What :func:`document_issuer` reads of a :class:`~.resolve.Resolver`: its lexicon, entity mentions, discourse
    memory, and the speakers of phrases."""

    lex: Lexicon
    mentions: Mentions
    memory: Memory

    def heads(self, heads: list[Token], pos: int) -> list[Speaker]: ...


def relative_tokens(head: Token) -> set[int]:
    """Indices of the tokens of the relative clauses (and other clausal modifiers) of ``head``."""
    return {t.i for c in children(head) if c.dep_.startswith("acl") or c.dep_ == "relcl" for t in c.subtree}


def phrase_end(head: Token) -> Token:
    """The last token of the phrase of ``head`` outside its relative clauses ("a treaty which brought peace to Y":
    "treaty"; the place is not the treaty's)."""
    skip = relative_tokens(head)
    return max((t for t in head.subtree if t.i not in skip), key=lambda t: t.i)


def _owner_words(head: Token, lex: Lexicon) -> list[Token]:
    """The words of an institution's phrase that may name whom it belongs to: its modifiers ("le ministère russe",
    "Vietnam's ministry", "le gouvernement du Tchad"), those of its portfolio noun ("le ministère de la Santé du
    Tchad") and the object of its "of" ("the government of Chad")."""
    out = []
    for c in children(head):
        if c.dep_ in labels.OWNER | {"amod", "compound"}:
            out.append(c)
            if c.dep_ in labels.OWNER and c.pos_ == "NOUN":  # "le ministère de la Santé du Valdor": the portfolio's
                out += [g for g in children(c) if g.dep_ in labels.OWNER and g.i > c.i]  # owner
        elif c.dep_ == "prep" and fold(c.text) in lex["spokes_prep"]:
            out += [g for g in children(c) if g.dep_ == "pobj"]
    return out


def institution_owners(head: Token, lex: Lexicon, mentions: Mentions) -> list[Speaker]:
    """The organisations or states the institution noun ``head`` belongs to ("le ministère russe" -> Russia), each
    state of a coordination ("les gouvernements du Tchad, du Togo et du Ghana"); [] when its phrase names none."""
    ents: list[Speaker] = []
    for c in _owner_words(head, lex):
        ents += [e for e in mentions.covering(c.idx, c.idx + len(c)) if e.type in {"ORG", "GPE"}]
        for x in c.conjuncts:
            ents += [e for e in mentions.covering(x.idx, x.idx + len(x)) if e.type == "GPE"]
    return ents


def bare_state_body(head: Token, lex: Lexicon) -> bool:
    """Whether ``head`` is a plural noun of the ``state_body`` kind with no word of its own but its article and time
    words ("the authorities", "Authorities", "les autorités mardi"; not "electoral authorities", "les autorités
    iraniennes", "the authorities in Jakarta")."""
    return (
        not {head.lemma_.lower(), fold(head.text)}.isdisjoint(lex["state_body"])
        and "Plur" in labels.feature(head, "Number")
        and all(c.dep_ == "det" or c.is_punct or time_word(c, lex["time"]) for c in children(head))
    )


def state_before(head: Token, mentions: Mentions, window: int) -> list[Speaker]:
    """The state mentioned last before ``head``, at most ``window`` characters before it: the state whose bodies a
    bare "the authorities" names ("Protesters were detained in Iran, the authorities said"); [] when none."""
    before = [(a, sp) for a, b, sp in mentions.spans if b <= head.idx and head.idx - a <= window]
    states = [(a, sp) for a, sp in before if sp.id is not None and sp.id.startswith(COUNTRY_ID)]
    return [max(states, key=lambda x: x[0])[1]] if states else []


def _issuer_words(head: Token, lex: Lexicon) -> list[Token]:
    """The words of a document's phrase that name who issued it: its owner ("le communiqué du ministère", "the
    ministry's statement") and the object of an issuer preposition ("a statement from the ministry"); [] when
    none (an issuer named by an adjective, "le communiqué valdorien", is :func:`institution_owners`' reading)."""
    out = [c for c in children(head) if c.dep_ in labels.OWNER]
    for c in children(head):
        if c.dep_ == "prep" and fold(c.text) in lex["issuer_prep"]:
            out += [g for g in children(c) if g.dep_ == "pobj"]
    return out


def counted_noun(head: Token, lang: str) -> Token | None:
    """The noun a quantity noun counts ("des centaines de manifestants", "une partie des habitants", "hundreds of
    protesters"; the events' ``quantity_nouns``), None when ``head`` is no quantity noun or counts nothing."""
    if {head.lemma_.lower(), fold(head.text)}.isdisjoint(event_lexicon(lang).cues["quantity_nouns"]):
        return None
    for c in children(head):
        if c.dep_ == "prep":
            c = next((g for g in children(c) if g.dep_ == "pobj"), c)
        if c.pos_ == "NOUN" and c.dep_ in {"nmod", "pobj"}:
            return c
    return None


def members_of(head: Token, mentions: Mentions) -> list[Speaker]:
    """The organisation a plural phrase of its members names ("les dirigeants de la CEDEAO", "les chefs d’État
    et de gouvernement de la CEDEAO", "the G7 foreign ministers"): the first organisation in the phrase."""
    skip = relative_tokens(head)
    for t in head.subtree:
        if t.i != head.i and t.i not in skip and t.dep_ in labels.OWNER | {"compound"}:
            orgs = [e for e in mentions.covering(t.idx, t.idx + len(t)) if e.type == "ORG"]
            if orgs:
                return orgs[:1]
    return []


def agents(head: Token, verbs: frozenset[str] | None = None) -> list[Token]:
    """The agents of the participle or relative clauses of ``head``: "le communiqué publié par [X]", "les
    explications données par [X]", "a report released by [X]"; with ``verbs``, of those clauses' verbs of these
    lemmas only; [] when none."""
    return [
        c
        for clause in children(head)
        if (clause.dep_.startswith("acl") or clause.dep_ == "relcl")
        and (verbs is None or clause.lemma_.lower() in verbs)
        for c in agents_of(clause)
    ]


def relay_agents(head: Token, lex: Lexicon) -> list[Token]:
    """The agents of a relaying verb (lexicon kind ``relay_verb``) in a participle or relative clause of ``head``:
    who relayed the information a source phrase names ("selon des informations rapportées par [X]", "selon ce qui a
    été relayé par [X]"); [] when none (not "des images fournies par X": evidence, no one's report)."""
    return agents(head, lex["relay_verb"])


def relaying(v: Token, lex: Lexicon) -> bool:
    """Whether ``v`` is the participle of a relaying verb (lexicon kind ``relay_verb``) hung on a noun with its agent
    ("selon des informations rapportées par X, la seule fois qu'…"): it tells who relayed the noun's information
    and reports no clause of its own (not the relative "qu'" after it)."""
    return (
        v.dep_.startswith("acl")
        and v.lemma_.lower() in lex["relay_verb"]
        and "Part" in labels.feature(v, "VerbForm")
        and bool(agents_of(v))
    )


def agents_of(clause: Token) -> list[Token]:
    """The agents of verb ``clause`` ("publié par [X]", "released by [X]")."""
    out = []
    for c in children(clause):
        if c.dep_ == "obl:agent":
            out.append(c)
        elif c.dep_ == "agent":
            out += [g for g in children(c) if g.dep_ == "pobj"]
    return out


#: A definite document phrase ("le texte") refers back to a document noun at most this many characters before.
ANNOUNCE_WINDOW = 600


def _announcing(head: Token, nouns: frozenset[str]) -> Token | None:
    """The document noun (one of ``nouns``) nearest before the phrase of ``head`` within :data:`ANNOUNCE_WINDOW`
    characters: the document a definite phrase refers back to ("X a publié un communiqué. Le texte…"); None."""
    for t in reversed(tokens(head.doc)[: head.left_edge.i]):
        if head.idx - t.idx > ANNOUNCE_WINDOW:
            break
        if t.pos_ == "NOUN" and t.lemma_.lower() in nouns:
            return t
    return None


def _announcer(noun: Token) -> list[Token]:
    """The subject of the verb a document noun is the object of ("X a publié un communiqué", "X issued a
    statement"), or of the verb it is the medium of, by a preposition ("In a communiqué the council put out, X
    thanked…", "Dans un communiqué, X souligne…"): who issued it, or spoke in it; [] when there is no such verb."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "In a statement …, X offered": the preposition's verb
    elif noun.dep_ not in labels.OBJECT_COMPLEMENT and not noun.dep_.startswith("obl"):
        return []
    if verb.pos_ not in labels.VERBAL:
        return []
    return [c for c in children(verb) if c.dep_ in labels.SUBJECT]


def document_issuer(resolver: PhraseResolver, head: Token, pos: int, recall: bool = True) -> list[Speaker]:
    """Who issued the document ``head`` names ("le communiqué du ministère", "a statement from X", "le
    communiqué valdorien", "le communiqué", "the commentary"): its owner, else the organisation or state an
    adjective or compound of its phrase names, else (when ``recall``: a definite phrase refers back) the subject
    that issued the document noun before it ("X a publié un communiqué"), the organisation or state the last
    phrase of that noun spoke for (a second "the statement said" after the first one, where the noun nearest
    before names no issuer), the described source of a document seen before ("a statement issued after the
    talks"), the last institution seen speaking; [] when none. No person is so recalled (a statement "by" a
    spokesperson, or put out by an executive secretary, speaks for their body: issue 12, stop 58)."""
    lex, memory = resolver.lex, resolver.memory
    owners = _issuer_words(head, lex)
    mine = [c for c in owners if c.pos_ == "PRON" and "Yes" in labels.feature(c, "Poss")]
    if mine:  # "His statement said…": the person "he" names
        return possessor(mine[0], lex, memory, pos)
    if owners:
        return resolver.heads(owners, pos)
    if owner := determiner_owner(head, memory, pos):  # "d'après son communiqué": its owner, seen last
        return owner
    named = institution_owners(head, lex, resolver.mentions)
    if named or not recall:
        return named
    prev = _announcing(head, lex["noun"])  # "X a publié un communiqué. Le texte…": X
    named = [e for e in resolver.heads(_announcer(prev), pos) if e.id is not None] if prev is not None else []
    if not named:  # "X said in a statement…", then "the statement said" twice: the body or state it spoke for
        named = [e for e in memory.introduced_by(pos, {fold(head.text)}) if e.id is not None and e.type != "PERSON"]
    unnamed = memory.described(pos, {fold(head.text)})  # "a statement issued after the talks" said
    return named or ([unnamed] if unnamed else [e for e in memory.last_named(pos) if e.type != "PERSON"])
