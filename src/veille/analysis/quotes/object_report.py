"""What a speech verb states through its complements, with no clause: step 3 of the passes listed in the package's
docstring (:mod:`.indirect` asks here when a speech verb reports no clause). A verb of the lexicon's ``verb_object``
kind states its object or prepositional complement ("annonce un bilan de…", "a exigé la libération de…", "called for
the release of…", "urged X to…"), also as a present participle adding a second act to a predicate ("X a quitté la ville,
dénonçant l’absence de…"); so too a pronominal stance verb (``verb_pronominal``: "s’est félicité de…"), a verb whose
object is a stance noun (``stance_object``: "stressed the need for…") and a verb that reports only when negated
(``verb_negated``: "n’exclut pas une intervention si…"). A person or a pronoun alone is whom the act is for, not a
statement; quoted words heading the complement are a direct quote. The words found are added as a reported clause
(:func:`.clause_items.add_clause`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..tree import children, span_tokens
from . import labels
from .clause_items import add_clause
from .cleft_after import cleft_verb
from .closing import incise
from .complements import felt, marked, predicate
from .frame import Frame, negated, passive
from .item import Item
from .lexicon import fold, word_prefixes
from .marks import MIN_QUOTE_WORDS, count_words
from .misparsed import marked_adjuncts
from .reported import (
    coordinated_complement,
    hung_object,
    incise_verb,
    participle,
    speaking_object,
    statement_adjunct,
    time_phrase,
)
from .subjects import speaker_heads

#: Dependents of a verb after its object that are no part of what it states: coordination, punctuation, clauses.
_NOT_COMPLEMENT = frozenset({"conj", "cc", "punct", "parataxis", "ccomp", "advcl", "mark", "dep"})


def stance_object(fr: Frame, v: Token) -> bool:
    """Whether speech verb ``v`` states its speaker's position through its direct object, a noun of the lexicon's
    ``stance_object`` kind ("stressed the need for a ceasefire", "noted the importance of the talks"), though it is
    no ``verb_object`` verb ("said the need for…" has a clause; "stressed its commitment" states nothing)."""
    return any(
        c.dep_ in labels.OBJECT_COMPLEMENT
        and c.i > v.i
        and c.pos_ == "NOUN"
        and c.lemma_.lower() in fr.lex["stance_object"]
        for c in children(v)
    )


def object_report(fr: Frame, items: list[Item], v: Token, u: Span, cue: str, whole: bool = False) -> None:
    """What a speech verb of the ``verb_object`` kind states through its complements, with no clause: "annonce un
    bilan de…", "a exigé la libération de…", "appelle au respect de…", "a accusé X de vouloir…", "called for the
    release of…", "called on X to…"; a present participle adding a second act to a predicate too ("…, dénonçant
    l’absence de…"). The words run from its first complement after it to the end of its last one; none when a
    person or a pronoun is its only complement ("a remercié X", "thanked them": whom the act is for, not a
    statement), or when the verb is pronominal ("s’exprimait devant…"). ``whole``: the words run to the end of the
    sentence, the condition with them ("n’exclut pas une intervention si…"), also where the parser read the subject
    as a passive one with no passive auxiliary ("n’exclue pas": a subjunctive taken for a participle)."""
    doc = fr.doc
    if (passive(v) and (labels.passive_voice(v) or not whole)) or not (labels.finite(v) or _adjunct_participle(v, fr)):
        return  # "est appelé à…", "un régime accusé de…", "his visit to call for…", a participle sharing a finite
        # auxiliary ("avaient condamné X et appelé Y à…": the dev corpora count acts there): nobody speaks
    if labels.pronominal(v) and not pronominal_stance(fr, v, cue):
        return  # a pronominal verb states nothing through its complements ("s’exprimait au début d’une rencontre")
    if any(c.i < v.i and fold(c.text) in fr.lex["as"] for c in children(v)):
        return  # "…, comme l’a confirmé X à la presse": the as-clause reports the sentence around it, not its object
    if incise_verb(fr, v) or cleft_verb(fr, v):
        return  # "…, ont annoncé les autorités locales", "« … », a affirmé X", "C’est ce qu’a dit X": X speaks
    closing = incise(fr, [t for t in span_tokens(u) if not t.is_space])
    if closing is not None and closing[1] == v and speaking_object(fr, v):
        return  # "…, a annoncé le président de la Ligue (LDC).": parsed as a second predicate, still the incise
    comps = [
        c
        for c in children(v)
        if c.i > v.i
        and fr.same_unit(v, c)
        and (
            c.dep_ in labels.OBJECT_COMPLEMENT
            or (c.dep_ in labels.PREP_COMPLEMENT and not any(x.ent_type_ in labels.TIME_ENTITY for x in children(c)))
        )
    ]
    comps = [c for c in comps if not statement_adjunct(fr, c)]  # "souligne dans un communiqué l’importance de…"
    comps = [c for c in comps if not time_phrase(fr, c)]  # "a condamné le 12 mars les violences…": when, not what
    comps = comps or marked_adjuncts(fr, v, cue)  # "a appelé samedi à la retenue": read as an adjunct
    hung = hung_object(fr, v)  # "souligne jeudi dans un communiqué l’importance de…": what it states starts there
    comps = comps if hung is None else [hung, *(c for c in comps if c.i > hung.i)]
    if not comps or not marked(fr, v, cue, comps) or (not whole and felt(fr, comps)):
        return  # "a appelé les pompiers", "a accusé le coup": a call or an accusation needs its marker; "a exprimé sa
        # gratitude": a feeling shown
    first = min(comps, key=lambda c: c.i)
    if len(comps) == 1 and (
        first.pos_ == "PRON"
        or any(e.get("type") == "PERSON" for e in fr.context.mentions.covering(first.idx, first.idx + len(first)))
    ):
        return  # "a remercié X", "thanked X", "thanked them": a person alone is whom the act is for, not a statement
    start = doc[min(c.left_edge.i for c in comps)]
    # to the end of the verb's last complement or adjunct after it ("a annoncé le versement par la région en 2019
    # d’une subvention…"), not a coordinated predicate or a clause of its own
    tail = [
        c
        for c in children(v)
        if c.i > start.i and (c.dep_ not in _NOT_COMPLEMENT or coordinated_complement(c)) and fr.same_unit(v, c)
    ]
    end = doc[u.end - 1 if whole else min(max(c.right_edge.i for c in comps + tail), u.end - 1)]
    if not predicate(v) and any(start.idx <= o <= end.idx for o, _ in fr.marks):
        return  # "…, accusing X of a « campaign of intimidation »": a participle's quoted words are the statement
    head_quote = next((m for m in fr.marks if start.idx <= m[0] <= doc[min(start.i + 2, end.i)].idx), None)
    if head_quote is not None and count_words(fr.text[head_quote[0] + 1 : head_quote[1]]) >= MIN_QUOTE_WORDS:
        return  # "a dénoncé des « provocations inacceptables »": the quoted words are the statement, a direct quote
    add_clause(fr, items, start.idx, end.idx + len(end), u, cue, speaker_heads(v, fr, v.idx))


def negated_report(fr: Frame, v: Token) -> bool:
    """Whether ``v`` is a negated verb of the ``verb_negated`` kind, alone or with its particle ("n’exclut pas…",
    "did not rule out…"), outside quotation marks."""
    lemma = fr.lex.lemma(v)
    entries = fr.lex["verb_negated"]
    if lemma not in word_prefixes(entries):  # the cheapest test first: it rules out nearly every token
        return False
    keys = {lemma} | {f"{lemma} {fold(c.text)}" for c in children(v) if c.dep_ in labels.PARTICLE}
    if not keys & entries:
        return False
    return negated(v) and fr.verbal(v) and not fr.in_quote(v.idx)


def pronominal_stance(fr: Frame, v: Token, cue: str) -> bool:
    """Whether ``v`` is a pronominal speech verb of the ``verb_pronominal`` kind, whose complement states what was
    said: "s’est félicité de la signature…", "s’inquiète de la hausse…"."""
    return cue in fr.lex["verb_pronominal"] and labels.pronominal(v)


def _adjunct_participle(v: Token, fr: Frame) -> bool:
    """Whether ``v`` is a present participle after a comma that adds a second act to the predicate of its sentence
    ("X a quitté la ville, dénonçant l’absence de…", "…, exprimant la satisfaction de son pays"): its speaker is
    the predicate's subject. Not a participle on a noun ("les pays exprimant…") nor one opening the sentence."""
    doc = v.doc
    k = v.i - 1
    while k > 0 and (doc[k].pos_ in {"ADV", "PRON"} or doc[k].text.startswith("-")):
        k -= 1
    h = v.head
    return (
        participle(v)
        and doc[k].text == ","
        and v.dep_ in {"advcl", "xcomp", "conj", "acl"}
        and h.i < v.i
        and h.pos_ in labels.VERBAL
        and predicate(h)
        and fr.same_unit(v, h)
    )
