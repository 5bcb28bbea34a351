"""Indirect (reported) speech, without quotation marks or with quoted fragments inside:

* the clause after a complementizer ("que", "that") governed by a speech verb, or a clause with none in a
  language where a bare clause reports speech (flag ``bare_reported_clause``: "said the plan failed");
* a bare infinitive after a speech verb, where the language allows it (flag ``infinitive_report``: "a indiqué
  avoir identifié…");
* a sentence that names its source with a preposition: opening it ("Selon X, …", "Or, selon X, …", "According
  to X, …"), closing it ("…, selon X.") or between commas inside it ("Le convoi, selon X, a été arrêté");
* a sentence closed by a speech-verb incise ("…, a-t-elle précisé.", "…, a indiqué le ministre.", "…, X said
  on Friday as he left"), or holding one between commas ("Les échanges, a-t-on indiqué, ont porté sur…");
  the incise may close on a comma ("…, an aide has said, a week after the vote") and reports the whole sentence
  even where a speech verb inside it is not its main verb ("X considers … and warns that…, the agency said");
* a sentence opened or closed by an "as" clause ("Comme le précise X, …", "…, comme l’a indiqué X.", "…, as X
  told reporters."), or after a speech noun and a colon ("X a fait cette annonce : …");
* what the complements of a ``verb_object`` speech verb state, with no clause ("annonce un bilan de…", "a exigé
  la libération de…", "urged X to…"), where the language's lexicon lists such verbs, also as a participle adding a
  second act to a predicate ("X a quitté Doha, dénonçant l’absence de…"); so too the complement of a pronominal
  stance verb (``verb_pronominal``: "s’est félicité de…") and of a verb that reports only when negated
  (``verb_negated``: "n’exclut pas une intervention si…"): read by :mod:`.object_report`.

Shapes the parse hides are read by :mod:`.reported`: an object hung on "dans un communiqué", a complement
coordinated with another, an incise before a participle clause, quoted fragments of a sentence naming its source
(one statement holding them), speech locutions ("a fait part de…", "fait état de…"), a noun's "selon lequel"
clause, a speech verb before a colon ("X a prévenu : …").

A promise, threat or stance stated through an infinitive or an adjective ("a menacé de…", "s’est dit prêt à…") is
read by :mod:`.commitments`. A participle's clause ("…, ajoutant que…") is marked so that it may take the speaker
of the quote before it, a French narrative infinitive ("Et d’affirmer que…") so that it takes the speaker quoted
last; a nested report keeps the inner statement ("CNN reported that Pyongyang declared that…"). Quoted fragments
inside the clause stay in it (the direct fragment is dropped by :func:`~veille.analysis.quotes.extract_quotes`), also
one opening it ("said that “this plan” would fail"); a clause inside quotation marks is a direct quote. Writes
:class:`~.item.Item` objects, speakers to resolve.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..tree import children, span_tokens, tokens
from . import labels
from .adjunct_gap import word_after
from .bare import cut_clause
from .clause_items import add_clause
from .cleft_after import cleft_reports
from .closing import incise, incise_before, inner_incise, relay_after, relayed, relayed_by
from .commitments import infinitive_reports
from .complements import as_complement, as_source, as_subject, as_verb
from .conjuncts import second_report
from .dateline import after_dateline
from .frame import Frame, negated, passive
from .hearsay import hearsay_sentences
from .infinitives import infinitive_after
from .interrupted import interrupted_clause
from .item import Item
from .lexicon import BARE_REPORTED_CLAUSE, INFINITIVE_REPORT, complementizer, fold
from .media import quoted_title
from .misparsed import clause_end, continues_clause, finite_xcomp, infinitive_complement, untagged_mark
from .nested_report import inner_statement
from .nominal import noun_clauses
from .object_report import negated_report, object_report, pronominal_stance, stance_object
from .owners import relaying
from .present_form import present_forms
from .questions import indirect_question
from .quoted_as import quoted_as
from .relative_background import background_verb
from .relative_gap import relative_gap
from .relay_source import relayed_heads
from .reported import (
    before_main_clause,
    before_second_predicate,
    colon_intro,
    fronted_clause,
    locution,
    narrative_infinitive,
    negated_clause,
    object_relative,
    participle,
    participle_split,
    quoted_fragments,
    relative_sources,
    yield_to_incise,
)
from .sources import cited, source_clause
from .subjects import incise_subject, speaker_heads, subjects, surface_subject
from .together import with_conjuncts

#: At most this many words between a speech verb and the complementizer the parser left out of its clause ("a
#: affirmé lundi, lors d'une conférence de presse, que…"): adverbs, numbers, commas and the noun phrases of time,
#: place and addressee. Set by reading such runs in wire copy; a relative "que" on the verb's object is not the one.
COMPLEMENTIZER_GAP = 10
_BEFORE_COMPLEMENTIZER = frozenset({"ADP", "DET", "NOUN", "ADJ", "PROPN", "ADV", "NUM"})


def indirect_quotes(fr: Frame) -> list[Item]:
    """Reported speech of the text, in the order found: clauses of speech verbs, then sources and incises."""
    items: list[Item] = []
    openers = fr.lex.report_openers
    for v in tokens(fr.doc):
        if fr.lemmas[v.i] not in openers:
            continue  # the cheapest test first: none of the tests below holds for nearly every token
        if fr.is_cue(v) and not negated(v):
            _verb_clauses(fr, items, v)
        elif negated_report(fr, v):
            if (clause := negated_clause(fr, v)) is not None:  # "n’exclut pas que…"
                u, heads = fr.unit_of(v), speaker_heads(v, fr, v.idx)
                add_clause(fr, items, clause[0].idx, clause[1].idx + len(clause[1]), u, fr.lex.lemma(v), heads)
            else:
                object_report(fr, items, v, fr.unit_of(v), fr.lex.lemma(v), whole=True)  # "n’exclut pas une…"
        elif as_verb(fr, v):
            _as_report(fr, items, v)  # "a présenté le projet comme une avancée"
        elif (said := locution(fr, v)) is not None:  # "a fait part de sa joie de…", "fait état de…"
            u, heads = fr.unit_of(v), speaker_heads(v, fr, v.idx)
            add_clause(fr, items, said[0].idx, said[1].idx + len(said[1]), u, said[2], heads)
    for a, b, v in infinitive_reports(fr):  # "a menacé de bloquer…", "s’est dit prêt à…" (:mod:`.commitments`)
        add_clause(fr, items, a.idx, b.idx + len(b), fr.unit_of(v), fr.lex.lemma(v), speaker_heads(v, fr, v.idx))
    for a, b, v, heads in present_forms(fr):  # "Le Valdor dément avoir tiré…" (:mod:`.present_form`)
        add_clause(fr, items, a.idx, b.idx + len(b), fr.unit_of(v), fr.lex.lemma(v), heads)
    for a, b, heads, v in quoted_as(fr):  # "…, X was quoted as saying." (:mod:`.quoted_as`)
        add_clause(
            fr, items, after_dateline([a, b], fr.context).idx, b.idx + len(b), fr.unit_of(v), fr.lex.lemma(v), heads
        )
    for u in fr.units:
        # "l’annonce de X selon laquelle…", "X's claim that…"
        for first, last, heads, prep in relative_sources(fr, u) + noun_clauses(fr, u):
            add_clause(fr, items, first.idx, last.idx + len(last), u, prep, heads)
        _sentence_clause(fr, items, u)
    items += cleft_reports(fr, items)  # "… . C’est ce qu’a déclaré X.": the sentence before is X's
    return items + hearsay_sentences(fr, items)  # "Les soldats auraient tiré…": the source before goes on


def _verb_clauses(fr: Frame, items: list[Item], v: Token) -> None:
    """The clauses reported by speech verb ``v``: its infinitive or clausal complement, or the words after a
    complementizer the parser missed; none for a passive verb with no agent ("It is estimated that…", "X was told
    that…": its subject says nothing)."""
    if (passive(v) and labels.passive_voice(v)) or background_verb(fr, v) or relaying(v, fr.lex):
        return  # also "X, qui avait annoncé sa candidature, sera admis, a précisé Y": Y's statement, whole
    doc, u, cue = fr.doc, fr.unit_of(v), fr.lex.lemma(v)
    has_clause = unmarked = False
    before = len(items)
    for cl in children(v):
        if not fr.same_unit(v, cl):
            continue
        if infinitive_complement(cl) and fr.lex.has(INFINITIVE_REPORT) and _bare_infinitive(v, cl):
            last = doc[min(cl.right_edge.i, u.end - 1)]
            add_clause(fr, items, doc[v.i + 1].idx, last.idx + len(last), u, cue, speaker_heads(v, fr, v.idx))
            continue
        if not (cl.dep_ == "ccomp" or finite_xcomp(cl)) or relay_after(fr, v, cl) or continues_clause(v, cl):
            # "…, X said on Sunday, local media reported"; a clause going on with the one before is part of it
            continue
        has_clause = True
        if cl.i < v.i and v.dep_ in labels.NOUN_CLAUSE:
            continue  # "…, an allegation Cotonou has always denied": not "…, officials said"
        heads = [cl, *(c for c in children(cl) if c.dep_ in labels.COPULA)]  # "que" may hang on the copula
        marks = sorted((m for h in heads for m in children(h) if _mark(m)), key=lambda m: m.i)
        # the first mark opens the clause ("said that … before escalations would…": a second mark is inner)
        mark = marks[0] if marks and complementizer(marks[0]) else None
        mark = mark if mark is not None or marks else untagged_mark(cl, v)  # "qu'" tagged as an adverb
        if mark is None and (
            marks
            or indirect_question(cl, v)  # "declined to say how much…", as "asked whether…"
            or (not fr.lex.has(BARE_REPORTED_CLAUSE) and (unmarked := True))  # "que" hung elsewhere: read below
            or not (
                any(
                    c.dep_.startswith(("nsubj", "expl")) and "Acc" not in labels.feature(c, "Case")
                    for c in children(cl)
                )
                or relative_gap(v, cl)  # "charges his lawyers say were invented"
            )
        ):
            continue  # "asked whether…"; a bare clause only where the language allows it ("said the plan was dead",
            # "said there was no evidence"), not a small clause ("declared them persona non grata")
        if inner_statement(fr, cl):
            continue  # "CNN reported that Pyongyang declared that…": the inner report is the statement (but "he said
            # he believes…" is one speaker's, and so is "should stress that…": :mod:`.nested_report`)
        last = doc[min(clause_end(v, cl).i, u.end - 1, v.i - 1 if cl.i < v.i else len(doc))]  # "…, officials said"
        # a clause opening the unit starts after its dateline ("BRUSSELS (Reuters) - The talks failed, X said")
        start = (
            mark.idx + len(mark)
            if mark is not None
            else after_dateline([doc[max(cl.left_edge.i, u.start)], last], fr.context).idx
        )
        last = before_second_predicate(v, cl.left_edge.i, last, fr) if cl.i > v.i else last
        last = before_main_clause(fr, v, cl.left_edge.i, last) if cl.i > v.i else last
        last = _before_other_report(fr, cl, last) if cl.i > v.i else last  # "…, while Y said…"
        last, second = second_report(fr, v, cl, last) if cl.i > v.i else (last, None)  # "… and stressed that…"
        if cl.i < v.i:  # "X considers … and warns that…, the agency said": the agency's statement, whole
            content = [t for t in doc[cl.left_edge.i : last.i + 1] if t.idx >= start]
            inner = relayed_by(fr, content, v)  # "…, X admitted on Saturday, state media reported": X's statement
            if inner is not None:
                comma, said = inner
                if said is not None:  # None: the content holds a report of its own ("X issued a statement saying…")
                    add_clause(fr, items, start, comma.idx, u, fr.lex.lemma(said), speaker_heads(said, fr, said.idx))
                continue
            yield_to_incise(fr, items, content)
        add_clause(fr, items, start, last.idx + len(last), u, cue, speaker_heads(v, fr, v.idx))
        if second is not None:  # the second report is the cue subject's, whatever the parser hung it on
            n = len(items)
            _verb_clauses(fr, items, second)
            for it in items[n:]:
                it.heads = speaker_heads(v, fr, v.idx)
    nxt = word_after(v, u.end, COMPLEMENTIZER_GAP, _BEFORE_COMPLEMENTIZER)  # "said in a statement that"
    if (
        (not has_clause or (len(items) == before and (unmarked or fronted_clause(fr, v))))  # "Quand X a annoncé
        # que…, les…"; "souligne que ni X ni Y ne…", "que" parsed as an adverb of the verb or a mark of the subject
        and nxt is not None
        and complementizer(nxt)
        and nxt.dep_ not in labels.FIXED  # "ainsi que", "alors que": a conjunction of its own
        and not object_relative(nxt, v)
        and not any(c.dep_ == "cop" for c in children(v))  # "C'est une menace…, à chaque fois qu'…": a noun
    ):
        last = before_main_clause(fr, v, nxt.i, doc[u.end - 1])  # the parser missed the clause ("que" as punct)
        last = before_second_predicate(v, nxt.i + 1, last, fr)
        add_clause(fr, items, nxt.idx + len(nxt), last.idx + len(last), u, cue, speaker_heads(v, fr, v.idx))
    if not has_clause and len(items) == before and (cut := cut_clause(fr, v)) is not None:  # "(May 12) he…"
        add_clause(fr, items, cut[0].idx, cut[1].idx + len(cut[1]), u, cue, speaker_heads(v, fr, v.idx))
    if not has_clause and len(items) == before and fr.lex.has(INFINITIVE_REPORT):
        span = infinitive_after(fr, v, u)  # "a annoncé lundi avoir adopté…", "a affirmé à X être…"
        if span is not None:
            add_clause(fr, items, span[0].idx, span[1].idx + len(span[1]), u, cue, speaker_heads(v, fr, v.idx))
    if len(items) == before and (split := interrupted_clause(fr, v)) is not None:  # "said the bridge, despite…, was"
        add_clause(fr, items, split[0].idx, split[1].idx + len(split[1]), u, cue, speaker_heads(v, fr, v.idx))
    if not has_clause and len(items) == before:
        _as_report(fr, items, v)  # "described the attacks as a violation of…"
    if (
        not has_clause
        and len(items) == before
        and (cue in fr.lex["verb_object"] or pronominal_stance(fr, v, cue) or stance_object(fr, v))
    ):
        object_report(fr, items, v, u, cue)
    if participle(v):
        for it in items[before:]:
            it.how = "participle"  # "« … », adding that …": its speaker may be the quote's
    elif narrative_infinitive(v, fr):
        for it in items[before:]:
            it.how, it.heads = "narrative", []  # "Et d’affirmer que …": the speaker quoted last goes on


def _before_other_report(fr: Frame, cl: Token, last: Token) -> Token:
    """The last token of reported clause ``cl`` (ending at ``last``) before a speech verb hung in it after a comma
    whose own subject names someone ("said the bridge would reopen, while Y said it would not"): Y's report, not
    the clause's words; ``last`` when there is none (a pronoun subject, "…, as he said", stays in the clause)."""
    doc = fr.doc
    for w in tokens(doc)[cl.i + 1 : last.i + 1]:
        if (
            fr.is_cue(w)
            and w.head.i == cl.i
            and w.dep_ in {"advcl", "conj"}
            and any(c.dep_ in labels.SUBJECT and c.pos_ in {"PROPN", "NOUN"} and c.i < w.i for c in children(w))
            and w.left_edge.i > cl.i
            and doc[w.left_edge.i - 1].text == ","
        ):
            return doc[w.left_edge.i - 2]
    return last


def _as_report(fr: Frame, items: list[Item], v: Token) -> None:
    """What ``v`` states through its object and an "as" phrase (:mod:`.complements`)."""
    found = as_complement(fr, v)
    if found is not None:
        first, last = found
        add_clause(
            fr, items, first.idx, last.idx + len(last), fr.unit_of(v), fr.lex.lemma(v), speaker_heads(v, fr, v.idx)
        )


def _mark(t: Token) -> bool:
    """Whether ``t`` marks the clause it hangs on: a "mark", or a conjunction the parser left unlabelled ("dep")
    where a run of spaces stood before it ("a affirmé  qu’elles sont…")."""
    return t.dep_ == "mark" or (t.dep_ == "dep" and t.pos_ == "SCONJ")


def _bare_infinitive(v: Token, cl: Token) -> bool:
    """Whether complement ``cl`` of ``v`` is an infinitive right after it, with no preposition ("a indiqué avoir
    identifié", "admet n’avoir fait", "a affirmé s’être inquiété", "dit l’avoir vantée"; not "a demandé de
    partir"): its first verb, after clitics and a negation, is an infinitive."""
    gap = v.doc[v.i + 1 : cl.left_edge.i]  # a negation the parser hangs on ``v`` ("admet n’avoir fait")
    if cl.i <= v.i or any(t.pos_ != "ADV" for t in gap) or any(c.dep_ in {"mark", "case"} for c in children(cl)):
        return False
    first = next((t for t in v.doc[v.i + 1 : cl.i + 1] if t.pos_ in labels.VERBAL), cl)
    return all(t.pos_ in {"PRON", "ADV", "DET"} for t in v.doc[v.i + 1 : first.i]) and "Inf" in labels.feature(
        first, "VerbForm"
    )


def _sentence_clause(fr: Frame, items: list[Item], u: Span) -> None:
    """The reported speech of unit ``u`` as a whole: after a source that opens it ("Selon X, …"), or before an
    incise that closes it or a part of it ("…, a précisé X, mais…", "…, a-t-il assuré : « … »": the quoted words
    after the incise are left to the direct quotes)."""
    toks = [t for t in span_tokens(u) if not t.is_space]
    quoted = next((k for k, t in enumerate(toks) if fr.in_quote(t.idx) and not quoted_title(fr, t)), None)
    if not toks or quoted == 0:
        return
    if quoted is not None and quoted_fragments(fr, toks):
        quoted = None  # quoted fragments of the statement: "…, « quelques minutes », …, selon X."
    source = None if quoted is not None else source_clause(fr, u)
    if source is not None and {fold(source[2].text), source[2].lemma_.lower()} & fr.lex["press"]:
        source = None  # "…, selon les médias locaux", "according to local media": no quote (lexicon kind press)
    if source is not None:
        start, end, head, cue = source
        first = after_dateline([t for t in toks if t.idx >= start], fr.context)
        heads = relayed_heads(fr, head) or with_conjuncts([head])  # "Selon X, il a déclaré…": X relays it
        add_clause(fr, items, first.idx, end, u, cue, heads)  # "Selon X et Y, …": both
        return
    opening = as_source(fr, toks)
    if opening is not None:  # "Comme le précise X, …", "As X noted, …"
        comma, v = opening
        last = toks[-1]
        heads = as_subject(v) or speaker_heads(v, fr, v.idx)  # "Comme le précise la radio": the inverted subject
        add_clause(fr, items, comma.idx + 1, last.idx + len(last), u, fr.lex.lemma(v), heads)
        return
    found = incise(fr, toks) if quoted is None else incise_before(fr, toks, quoted)
    for b in (
        [
            k
            for k, t in enumerate(toks[:quoted])
            if k
            and (
                t.text == ":"
                or (t.text == "," and k + 1 < len(toks) and toks[k + 1].pos_ == "CCONJ")
                or participle_split(toks, k)  # "…, a indiqué X, précisant que…"
            )
        ]
        if found is None
        else []
    ):
        found = incise(fr, toks[: b + 1])
        if found is not None:
            break
    if found is not None:
        comma, v = found
        first = after_dateline(toks[: toks.index(comma)], fr.context)
        as_clause = fold(fr.doc[comma.i + 1].text) in fr.lex["as"]  # "…, comme l’a indiqué X": not the clitic "l’"
        heads = as_subject(v) if as_clause else incise_subject(v, comma, fr)
        heads = heads if as_clause else with_conjuncts(heads)  # "…, ont indiqué X et Y": both
        named = cited(fr, v.idx, u.end_char)  # "…, a rapporté l'agence en citant X": X speaks (an entity named)
        heads = heads if named is None or as_clause or fr.context.mentions.entity(named) is None else [named]
        content = toks[toks.index(first) : toks.index(comma)]
        inner = None if as_clause else relayed(fr, content)  # "…, X admitted, state media reported": X's statement
        if inner is not None:
            comma, v = inner
            heads = surface_subject(v, v.idx, fr.lex["time"]) or subjects(v, fr)
            content = toks[toks.index(first) : toks.index(comma)]
        yield_to_incise(fr, items, content)
        add_clause(fr, items, first.idx, comma.idx, u, fr.lex.lemma(v), heads)
    elif quoted is None and (intro := colon_intro(fr, toks)) is not None:
        colon, v, cue = intro  # "X a fait cette annonce : la ville serait prête…", "X a prévenu : la ville…"
        last = toks[-1]
        add_clause(fr, items, colon.idx + 1, last.idx + len(last), u, cue, speaker_heads(v, fr, v.idx))
    elif quoted is None:
        inside = inner_incise(fr, toks)
        if inside is not None:  # "The remaining troops, it said, will leave…": the sentence around the incise
            v = inside
            first = after_dateline(toks, fr.context)
            last = toks[-1]
            add_clause(
                fr,
                items,
                first.idx,
                last.idx + len(last),
                u,
                fr.lex.lemma(v),
                surface_subject(v, v.idx, fr.lex["time"]) or subjects(v, fr),
            )
