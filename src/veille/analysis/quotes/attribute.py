"""The attribution pass: speaker phrases resolved to entities in document order.

Walks the text once, in order of position, through three kinds of landmark: main-clause subjects, speakers of
speech verbs and "selon X" sources (remembered in the :class:`~.memory.Memory` as antecedents of later pronouns
and joint phrases), and the quotes themselves (their speaker phrases resolved with what is remembered at that
point, then remembered in turn). A subject inside reported speech is not remembered: it is not who speaks next.
Quotes with no cue of their own take the speaker of a statement before them: the quote just before in the same
paragraph ("continuation"), the statement before in the paragraph ("sentence"), the speaker quoted last when they
open a paragraph (a running quote, at most :data:`RUNNING_GAP` narrative paragraphs after it), and a participle
after a quote ("« … », adding that …") its speaker; with no such statement, who the text is about right before
them (:func:`scene`: a guess that an attributed repeat of the words overrides in :mod:`.merge`); a quoted fragment
of a narrative sentence, the named subject of the verb it depends on (a guess too). A capital that speaks is its
state.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from ..tree import children, tokens
from . import labels
from .direct import NARRATIVE
from .following import POSSESSIVE
from .frame import Frame
from .hearsay import HEARSAY
from .hearsay_sources import closing_source
from .incise_clause import clause_speakers
from .item import Item
from .lexicon import Lexicon, fold
from .memory import Memory
from .merge import GUESSED
from .relay_source import relayed_heads
from .resolve import Resolver
from .samesource import same_source
from .self_named import self_named
from .sources import sources_in_text
from .speakers import Mentions, Speaker, dedupe, seats_to_states
from .subjects import issued_document, subjects


@dataclass
class _Landmark:
    """A subject or speaker phrase to remember (``unnamed``: even one naming no entity)."""

    heads: list[Token]
    unnamed: bool
    spoke: bool = False  # a speaker, or the subject of a verb that issued a document ("X issued a statement")


def _landmarks(fr: Frame) -> list[tuple[int, _Landmark]]:
    """Main-clause subjects, speakers of speech verbs (quoted or not) and "selon X" sources, by position."""
    found: list[tuple[int, _Landmark]] = []
    for t in tokens(fr.doc):
        if (
            (t.dep_ in labels.SUBJECT or t.dep_ in labels.passive_subject())  # "X a été interrogé… « … », a-t-il dit"
            and t.head.dep_ == "ROOT"
            and fr.same_unit(t, t.head)
            and t.pos_ in {"PROPN", "NOUN"}
            and not fr.in_quote(t.idx)
        ):
            conj = [c for c in children(t) if c.dep_ == "conj"]
            issued = any(issued_document(c, fr.lex) for c in children(t.head))  # "X issued a statement. It added…"
            found.append((t.idx, _Landmark([t, *conj, *_partners(fr, t.head)], False, issued)))
        elif fr.is_cue(t) and not _noun_participle(t):  # a speaker, even one naming no entity, is what a later
            # "il"/"they" refers to
            heads = subjects(t, fr)
            if heads and not any(fr.in_quote(h.idx) for h in heads):
                found.append((min(h.idx for h in heads), _Landmark(heads, True, True)))
    for head in sources_in_text(fr):  # "…, selon le gouverneur, X." : a later "il" may refer to X
        if not relayed_heads(fr, head):  # not a source relaying the speech act of its sentence (:mod:`.relay_source`)
            found.append((head.idx, _Landmark([head], True, True)))
    return found


def _partners(fr: Frame, v: Token) -> list[Token]:
    """The names of the partners of main verb ``v`` after a ``joint_prep`` preposition ("X met with Y in Z"): Y, who
    with the subject makes the pair a later plural pronoun refers to ("They also said…")."""
    preps = [c for c in children(v) if c.dep_ == "prep" and fold(c.text) in fr.lex["joint_prep"]]
    return [g for p in preps for g in children(p) if g.dep_ == "pobj" and g.pos_ == "PROPN"]


def _noun_participle(t: Token) -> bool:
    """Whether speech verb ``t`` is a bare past participle modifying a noun ("le gouvernement reconnu par l’ONU",
    "the plan announced by X", which the parser may also hang on the verb): a description of a thing, no speech act
    whose agent a later pronoun refers to. Not a present participle ("…, affirmant que…") nor one with its
    auxiliary."""
    return (
        t.dep_ in {"acl", "advcl"}
        and "Part" in labels.feature(t, "VerbForm")
        and "Past" in labels.feature(t, "Tense")
        and not any(c.dep_.startswith("aux") for c in children(t))
    )


def attribute(fr: Frame, resolver: Resolver, memory: Memory, items: list[Item]) -> None:
    """Set the speakers of ``items`` (direct and indirect quotes), resolving their speaker phrases in document
    order with ``resolver``, whose pronouns and joint phrases see the speakers and main-clause subjects that
    precede them in ``memory`` (filled here)."""
    if not items:
        return  # the landmarks are antecedents of the quotes' speakers only: none to find
    # quotes sort after landmarks at the same position; equal keys keep this order (stable sort)
    events: list[tuple[int, int, Item | _Landmark]] = [(it.start, 1, it) for it in items]
    # a landmark after the last quote is no quote's antecedent: it is not resolved (the memory is read no more)
    last = max(it.start for it in items)
    events += [(pos, 0, mark) for pos, mark in _landmarks(fr) if pos <= last]
    last_direct: Item | None = None
    last_spoken: Item | None = None  # the last quote with a speaker
    last_source: Item | None = None  # the last statement with a speaker, not a quoted fragment inside a report
    reported = [(it.start, it.end) for it in items if not it.direct]
    inside_report = _inside(sorted(reported))
    for pos, _, obj in sorted(events, key=lambda e: (e[0], e[1])):
        if isinstance(obj, _Landmark):
            if inside_report(pos):
                continue  # a subject inside reported speech ("Selon elle, l’armée…") is not who speaks next
            ents = resolver.heads(obj.heads, pos)
            thing = obj.unnamed and not ents and things(obj.heads, resolver)
            memory.remember(pos, ents, obj.heads, obj.unnamed, spoke=obj.spoke, thing=thing)
            continue
        it = obj
        if it.how == "continuation":
            it.speakers = last_direct.speakers if last_direct is not None else []
        elif it.how == "running":
            if last_spoken and running_on(fr.text, last_spoken, it):
                it.speakers = last_spoken.speakers
            else:  # no quote to run on: the paragraph before is about its speaker, or the sentence after names it
                it.speakers = scene(fr.text, memory, resolver.mentions, it) or named(resolver, it, pos)
                it.how = GUESSED if it.speakers else it.how
        elif it.how == "narrative":  # "Et d’affirmer que…": the speaker quoted last, this paragraph or the one before
            near = last_spoken is not None and (
                "\n" not in fr.text[last_spoken.end : it.start] or running_on(fr.text, last_spoken, it)
            )
            if last_spoken and near:
                it.speakers = last_spoken.speakers
            else:  # no quote before: who the text is about right before it ("X a pris la parole. Et d’ajouter : …")
                it.speakers = scene(fr.text, memory, resolver.mentions, it)
                it.how = GUESSED if it.speakers else it.how
        elif it.how == POSSESSIVE:  # "Son message : « … »": who the text is about right before it
            it.speakers = scene(fr.text, memory, resolver.mentions, it)
            it.how = GUESSED if it.speakers else it.how
        elif it.how == "sentence":  # "Selon X, …. « … »": the quote sentence continues the statement before it
            same = last_spoken is not None and "\n" not in fr.text[last_spoken.end : it.start]
            if last_spoken and same:
                it.speakers = last_spoken.speakers
            else:
                it.speakers = (
                    scene(fr.text, memory, None, it)
                    or named(resolver, it, pos)
                    or one_person(resolver.mentions, fr.text.rfind("\n", 0, it.start) + 1, it.start)
                )
                it.how = GUESSED if it.speakers else it.how
        elif it.how == HEARSAY:  # "Les soldats auraient tiré…": the statement just before it goes on
            it.speakers = closing_source(it, items, resolver, pos)  # "…, ont rapporté des sources" around a fragment
            if not it.speakers and last_spoken is not None and next_to(fr.text, last_spoken, it):
                it.speakers = last_spoken.speakers
        elif it.how in {"inside", NARRATIVE}:  # quoted words in a narrative sentence: its named subject's
            found = memory.named_between(it.sent[0], it.start) if it.how == "inside" else []
            # else the subject of the verb they depend on, or the sentence after them names it (a guess)
            it.speakers = found if len(found) == 1 else named(resolver, it, pos)
            it.how = GUESSED if it.speakers else it.how
        elif not it.resolved and last_source is not None and same_source(fr, it, last_source):
            it.speakers = last_source.speakers  # "…, a ajouté la même source": the source quoted last
        elif not it.resolved:
            if (subject := clause_speakers(fr, it, resolver, pos)) is not None:  # "X a rappelé…, a-t-il annoncé"
                memory.remember(pos, *subject, spoke=True)  # the clause the pronoun's incise closes: its referent
            it.speakers = resolver.heads(it.heads, pos) or self_named(fr, it, resolver.mentions)
            if (
                it.how == "participle"
                and not (it.speakers or it.heads)
                and last_spoken
                and last_spoken.sent[1] > it.start
            ):
                # "« … », adding that …": a cue with no subject of its own, in the sentence of a quote, is its speaker's
                it.speakers = last_spoken.speakers
            if it.source and it.speakers and all(e.type == "GPE" for e in it.speakers):
                # "La Chine a appelé à « … », selon un porte-parole du ministère": the state speaks through its source
                it.speakers = resolver.heads(it.source, pos) or it.speakers
        it.speakers = seats_to_states(it.speakers, resolver.mentions)
        thing = not it.speakers and things(it.heads, resolver)  # "…", déplore la décision: no one a pronoun names
        memory.remember(pos, it.speakers, it.heads, True, _spoken_through(it.heads, fr.lex), spoke=True, thing=thing)
        last_direct = it if it.direct else last_direct
        last_spoken = it if it.speakers else last_spoken
        fragment = it.direct and any(a <= it.start and it.end <= b for a, b in reported)
        last_source = it if it.speakers and not fragment else last_source  # a fragment of a report is not its source


def things(heads: list[Token], resolver: Resolver) -> bool:
    """Whether the phrases of ``heads`` are all headed by a noun of what never speaks (the lexicon's ``thing``: « la
    décision », « le fait »): a later « il » or « elle » is no such thing's."""
    return bool(heads) and all(
        h.pos_ == "NOUN" and {h.lemma_.lower(), fold(h.text)} & resolver.lex["thing"] for h in heads
    )


def _spoken_through(heads: list[Token], lex: Lexicon) -> frozenset[str]:
    """The folded document nouns of a prepositional adjunct of the speech verb whose subjects are ``heads`` ("X said
    in a statement", "a déclaré dans un communiqué"): the speaker spoke through that document."""
    verbs = {h.head for h in heads if h.dep_ in labels.SUBJECT}
    return frozenset(
        fold(n.text)
        for v in verbs
        for p in children(v)
        if p.dep_ == "prep"
        for n in children(p)
        if n.dep_ == "pobj" and n.lemma_.lower() in lex["noun"]
    )


def named(resolver: Resolver, it: Item, pos: int) -> list[Speaker]:
    """The one named entity that the speaker phrase of ``it`` resolves to at ``pos``, or one for each of its
    coordinated heads ("X et Y souhaitent « … »": both); [] when none or several."""
    found = [e for e in resolver.heads(it.heads, pos) if e.id is not None] if it.heads else []
    if len(found) > 1:
        each = [[e for e in resolver.heads([h], pos) if e.id is not None] for h in it.heads]
        return dedupe(found) if all(len(f) == 1 for f in each) and len(dedupe(found)) == len(it.heads) else []
    return found


def next_to(text: str, last: Item, it: Item) -> bool:
    """Whether ``it`` opens the sentence right after the sentence of statement ``last`` (in its paragraph or
    opening the next one)."""
    between = text[max(last.end, last.sent[1]) : it.start]
    return not any(c.isalnum() for c in between) and between.count("\n") <= 2


def paragraph_before(text: str, pos: int) -> tuple[int, int]:
    """``(start, end)`` of the last paragraph with words that ends before the paragraph holding ``pos``."""
    end = text.rfind("\n", 0, pos)
    while end > 0 and not text[text.rfind("\n", 0, end) + 1 : end].strip():
        end = text.rfind("\n", 0, end)
    return (text.rfind("\n", 0, end) + 1, end) if end > 0 else (0, 0)


def scene(text: str, memory: Memory, mentions: Mentions | None, it: Item) -> list[Speaker]:
    """The speaker of quoted words with no cue that run on no quote: who the text is about right before them.
    The last named subject or speaker of their paragraph before them, else (``mentions`` given) the one person it
    names before them; opening a paragraph, that of the paragraph before, else the one person that paragraph names
    ("Écoutez X analyser la situation.").
    One speaker only: a group seldom says the same words, and which of them spoke is not guessed."""
    para = text.rfind("\n", 0, it.start) + 1
    found = memory.named_between(para, it.start)
    if not found and mentions is not None:
        found = one_person(mentions, para, it.start)
    if not found and mentions is not None:
        a, b = paragraph_before(text, it.start)
        found = memory.named_between(a, b)
        if not found:
            found = one_person(mentions, a, b)
    return found if len(found) == 1 else []


def one_person(mentions: Mentions, start: int, end: int) -> list[Speaker]:
    """The one person mentioned in ``[start, end)`` (the subject the parse missed: "Interrogé par la radio, X ne
    décolère pas. « … »"); [] when none or several."""
    found = mentions.persons(start, end)
    return found if len(found) == 1 else []


#: A running quote (a paragraph of quoted words with no cue) continues the speaker quoted last when at most this
#: many paragraphs of narrative lie between them.
RUNNING_GAP = 1


def running_on(text: str, last: Item, it: Item) -> bool:
    """Whether quote ``it``, a paragraph of quoted words with no cue, runs on quote ``last``: at most
    :data:`RUNNING_GAP` paragraphs between the paragraph of ``last`` and that of ``it``."""
    between = text[last.end : it.start].split("\n")
    return "\n" in text[last.end : it.start] and len([p for p in between[1:-1] if p.strip()]) <= RUNNING_GAP


def _inside(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether a position is inside one of ``spans`` (sorted ``(start, end)``): the furthest end of the spans that
    start at or before it lies past it. A search, not a scan of every span per landmark (quadratic on long
    articles)."""
    starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((b for _, b in spans), max))

    def inside(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos)
        return k > 0 and reach[k - 1] > pos

    return inside
