"""Reported-speech shapes the parse hides, read by :mod:`.indirect`.

* :func:`hung_object`: the object of a speech verb that the parser hangs on the speech noun of an adjunct between
  them ("souligne dans un communiqué l’importance de…", "a annoncé dans une déclaration la suspension de…");
* :func:`participle_split`: the comma of a sentence where a participle adds a second statement after an incise
  ("…, a indiqué la préfecture, précisant que…", "…, the ministry said, adding that…"), or a non-finite adjunct
  follows it ("…, the official said, without elaborating"): the words before it are the first statement, its
  incise closing them;
* :func:`coordinated_complement`: a noun the parser coordinates with the verb where it is coordinated with the
  verb's complement ("appelle au calme et à la retenue");
* :func:`locution`: what a speech locution of a verb and its object noun states through the noun's complement
  ("a fait part de sa joie de…", "fait état de nombreuses arrestations…"; lexicon kind ``verb_locution``);
* :func:`relative_sources`: the clause a noun introduces through a source preposition and a relative pronoun
  ("l’annonce du ministère selon laquelle…"), spoken by the subject of a verb issuing the noun ("X a fait une
  déclaration selon laquelle…");
* :func:`opening_fragment`: reported words that open with a quoted fragment ("said that “this plan” would fail");
* :func:`narrative_infinitive`: a French narrative infinitive opening its sentence ("Et d’affirmer que…");
* :func:`fronted_adjunct`: a non-finite adjunct opening the words before an incise verb ("Asked whether…, X
  said: « … »"), which they do not report;
* :func:`before_main_clause`: the end of a report in a subordinate clause set before its main clause ("Alors que X
  a affirmé que…, les prix ont chuté");
* :func:`object_relative`, :func:`time_phrase`: a relative clause on a speech verb's object, told from a que-clause
  after its addressee ("a averti les rebelles qu’…"); a phrase of time taken for the object ("a appelé lundi à…");
* :func:`colon_intro`: a speech act before a colon that introduces the words after it ("X a fait cette annonce :
  …", "X a prévenu : …");
* :func:`impersonal_incise`: an incise verb with a subject that refers to no one ("…, a-t-on appris auprès de X");
* :func:`inverted_present`: a closing incise's present tense the model reads as a participle or a noun ("…, déplore
  X", "…, dit la ministre");
* :func:`speaking_object`: the object, as parsed, of a closing incise's verb that can speak ("…, a annoncé le
  président de la Ligue": the speaker, not what was announced);
* :func:`negated_clause`: the que-clause of a verb that reports only when negated ("n’exclut pas que…");
* :func:`yield_to_incise`: the clauses of inner speech verbs a closing incise's statement holds ("X considers … and
  warns that…, the agency said": the agency's statement, whole).
"""

from __future__ import annotations

import bisect

from spacy.tokens import Span, Token

from .. import kb
from ..tree import children, span_tokens, tokens
from . import labels
from .antecedent import antecedent
from .complements import predicate
from .continued import continued_clause
from .frame import Frame, negated
from .item import Item
from .lexicon import complementizer, fold, time_word, word_prefixes
from .marks import count_words
from .nominal import maker
from .object_incise import object_statement

#: Modifiers of a noun under which the parser may hang a verb's object.
NOUN_MODIFIER = frozenset({"nmod", "appos"})

#: At least this many words after a quoted fragment opening reported words make them a report holding it ("said that
#: “this plan” would fail by May"); fewer leave the quote direct ("said that “the plan is dead” today").
OPENING_FRAGMENT_AFTER = 2


def hung_object(fr: Frame, v: Token) -> Token | None:
    """The object of ``v`` hung on a speech noun (lexicon kind ``noun``) of a prepositional adjunct of ``v`` after
    it: a determined noun with no preposition of its own; None when there is none."""
    for c in children(v):
        if c.i < v.i or not statement_adjunct(fr, c):
            continue
        for n in children(c):
            if (
                n.i > c.i
                and n.dep_ in NOUN_MODIFIER
                and n.pos_ == "NOUN"
                and any(x.dep_ == "det" for x in children(n))
                and not any(x.dep_ in labels.CASE for x in children(n))
                and fr.same_unit(v, n)
            ):
                return n
    return None


def participle(v: Token) -> bool:
    """Whether ``v`` is a present participle or gerund ("ajoutant", "adding")."""
    return labels.present_participle(v) or "Ger" in labels.feature(v, "VerbForm")


def participle_split(toks: list[Token], k: int) -> bool:
    """Whether token ``k`` of a sentence is a comma before a participle opening a clause of its own ("…, a indiqué
    la préfecture, précisant que…", "…, X said, adding that…"), or before a preposition that opens a non-finite
    adjunct ("…, the official said, without elaborating", "…, a indiqué X, sans donner de détails")."""
    if toks[k].text != "," or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    if nxt.pos_ == "ADP" and k + 2 < len(toks):
        nxt = toks[k + 2]  # "without elaborating", "sans préciser"
        return nxt.pos_ in labels.VERBAL and (participle(nxt) or "Inf" in labels.feature(nxt, "VerbForm"))
    return participle(nxt) and nxt.pos_ in labels.VERBAL


def coordinated_complement(c: Token) -> bool:
    """Whether ``c``, a conjunct of a verb, is a noun coordinated with the verb's complement (the parser's
    attachment), not a second predicate ("appelle au calme et à la retenue")."""
    return c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} and any(x.dep_ in labels.CASE for x in children(c))


def quoted_fragments(fr: Frame, toks: list[Token]) -> bool:
    """Whether the quoted words of a sentence (tokens ``toks``) are fragments of a statement reported around them
    ("Le convoi a pénétré « quelques minutes » dans la ville, selon X.", "The plan is « dead », X said."): less
    than half its words, none announced by a colon, none closing the words before a comma (« … », a-t-il dit)."""
    words = [t for t in toks if not t.is_punct]
    inside = [t for t in words if fr.in_quote(t.idx)]
    opened = continued_clause(fr, toks)
    if not inside or (2 * len(inside) >= len(words) and not opened):
        return False
    for k, t in enumerate(toks[1:], 1):
        if fr.in_quote(t.idx) and not fr.in_quote(toks[k - 1].idx) and toks[k - 1].text == ":":
            return False  # "X a déclaré : « … »"
        if t.text == "," and fr.in_quote(toks[k - 1].idx) and not _inner_comma(fr, t) and not opened:
            return False  # "« … », a-t-il dit", '"…," he said': the quote is the statement
    return True


def _inner_comma(fr: Frame, comma: Token) -> bool:
    """Whether ``comma`` lies inside quotation marks with quoted words after it ("« des obus, des roquettes »"):
    a comma of the quoted words, which closes nothing; not one printed right before the closing mark ('"…,"')."""
    pair = fr.mark_around(comma.idx)  # a comma is never a mark itself
    return pair is not None and bool(fr.text[comma.idx + 1 : pair[1]].strip())


def statement_adjunct(fr: Frame, c: Token) -> bool:
    """Whether complement ``c`` of a speech verb names where it was said, not what ("dans un communiqué", "in a
    statement"): a speech noun (lexicon kind ``noun``) under a preposition."""
    return fr.lex.lemma(c) in fr.lex["noun"] and any(x.dep_ in labels.CASE for x in children(c))


def incise_verb(fr: Frame, v: Token) -> bool:
    """Whether speech verb ``v`` opens an incise after the words it reports, its subject inverted (the parser may
    take it for the object): after a comma closing quoted words ("« … », a affirmé le chef de la délégation") or a
    clause with a finite verb ("…, ont annoncé les autorités locales")."""
    if fr.in_incise(v.idx):
        return True  # "« …, a affirmé devant les députés X. … »": an incise set inside the marks
    doc = v.doc
    k = v.i - 1
    while k > 0 and (doc[k].pos_ in {"AUX", "ADV", "PRON"} or doc[k].text.startswith("-")):
        k -= 1
    if doc[k].text != "," or not predicate(v) or v.dep_ == "conj":
        return False
    if k > 0 and fr.in_quote(doc[k - 1].idx):
        return True
    return not any(c.dep_ in labels.SUBJECT for c in children(v)) and any(
        "Fin" in labels.feature(t, "VerbForm") for t in tokens(doc)[fr.unit_of(v).start : k]
    )


def before_second_predicate(v: Token, first: int, last: Token, fr: Frame) -> Token:
    """The last token of a reported clause spanning tokens ``first``..``last`` of cue ``v``, cut before a second
    predicate of the speaker when both carry quoted words of their own: "said that X had been freed « … » and
    rejected what it called « … »" (a conjunct of ``v``, or a subjectless simple past coordinated with a compound
    tense it cannot share). Without quoted words on both sides the clause stays one statement."""
    doc = v.doc
    quoted = [t.i for t in tokens(doc)[first : last.i + 1] if fr.in_quote(t.idx)]
    for t in tokens(doc)[first + 1 : last.i + 1]:
        if t.dep_ != "cc" or t.i + 1 > last.i or not (quoted and quoted[0] < t.i < quoted[-1]):
            continue
        h = t.head
        if h.i == v.i or (
            h.tag_ == labels.PAST_PARTICIPLE_TAG
            and any(c.dep_.startswith("aux") for c in children(h))
            and any(
                c.dep_ == "conj"
                and c.i > t.i
                and c.tag_ == labels.SIMPLE_PAST_TAG
                and not any(x.dep_.startswith("nsubj") for x in children(c))
                for c in children(h)
            )
        ):
            k = t.i - 1
            while k > first and doc[k].text == ",":
                k -= 1
            return doc[k]
    return last


def opening_fragment(fr: Frame, start: int, end: int) -> bool:
    """Whether reported words ``[start, end)`` open with a quoted fragment that closes before their last words
    ("said that “this plan” would fail by May", "a déclaré qu’« aucun navire » ne passerait plus"): a report
    holding the speaker's words, unlike a clause opening inside a quote that runs to its end (a direct quote)."""
    k = bisect.bisect_left(fr.mark_starts, start)  # the frame's marks, sorted by their opening
    if k == len(fr.marks) or fr.marks[k][0] != start:
        return False
    return count_words(fr.text[fr.marks[k][1] + 1 : end]) >= OPENING_FRAGMENT_AFTER


def fronted_adjunct(toks: list[Token], v: Token) -> bool:
    """Whether words ``toks`` before incise verb ``v`` open with a non-finite adjunct of it ("Asked whether the
    talks had failed, X said: « … »", "Interrogé sur le coût, X a répondu : « … »"): the reporter's question or the
    circumstances of the statement, which the quote after the verb states; not a statement closed by the incise."""
    first = next((t for t in toks if not t.is_punct), None)
    return (
        first is not None
        and first.head.i == v.i
        and first.dep_.startswith("advcl")
        and first.pos_ == "VERB"
        and not labels.finite(first)
    )


def narrative_infinitive(v: Token, fr: Frame) -> bool:
    """Whether ``v`` is a narrative infinitive opening its sentence ("Et d’affirmer que…", "Et de conclure :"): an
    infinitive with its own marker and no subject, after nothing but a conjunction. Its speaker is the one quoted
    last; the construction has no English counterpart."""
    if "Inf" not in labels.feature(v, "VerbForm") or any(c.dep_ in labels.SUBJECT for c in children(v)):
        return False
    before = fr.doc[fr.unit_of(v).start : v.i]
    marks = [t for t in before if t.head.i == v.i and t.dep_ in {"mark", "case"}]
    return bool(marks) and all(t.pos_ in {"CCONJ", "PUNCT"} or t in marks for t in before)


def fronted_clause(fr: Frame, v: Token) -> bool:
    """Whether ``v`` heads a subordinate clause set before its main clause ("Alors que X a affirmé que…, les prix
    ont chuté", "Quand X a annoncé que…, les salariés…"): an adverbial clause of a later head, or a verb whose own
    conjunction opens its sentence (the parser may make such a verb the root and the main clause its dependent)."""
    if v.dep_ == "advcl" and v.head.i > v.i:
        return True
    marks = [c for c in children(v) if c.dep_ == "mark" and c.i < v.i]
    if not marks:
        return False
    return all(t.is_punct or t.pos_ == "CCONJ" for t in v.doc[fr.unit_of(v).start : marks[0].i])


def before_main_clause(fr: Frame, v: Token, first: int, last: Token) -> Token:
    """The last token of a clause reported by ``v`` (tokens ``first``..``last``) when ``v`` heads a subordinate
    clause set before its main clause (:func:`fronted_clause`): the report ends at the first comma after which a
    subject and a finite verb run to the next punctuation (the main clause; not a relative "…, qui…", a coordinated
    "…, et…" nor the verb of the report after an incise "…, fermerait"); ``last`` when ``v`` is no such clause or
    no comma ends it."""
    if not fronted_clause(fr, v):
        return last
    doc = v.doc
    for k in range(first + 1, last.i):
        if doc[k].text != "," or doc[k + 1].pos_ in {"CCONJ", "SCONJ", "PRON"} or fr.in_quote(doc[k].idx):
            continue
        j, subject = k + 1, False
        while j <= last.i and not doc[j].is_punct:
            if "Fin" in labels.feature(doc[j], "VerbForm") and subject:  # "…, les prix ont chuté": not "…, fermerait"
                end = k - 1
                while end > first and doc[end].is_punct:
                    end -= 1
                return doc[end]
            subject = subject or doc[j].pos_ in {"NOUN", "PROPN", "PRON"}
            j += 1
    return last


#: Dependents of a verb that are no part of what its locution states: coordination, punctuation, other clauses.
NOT_STATED = frozenset({"conj", "cc", "punct", "parataxis", "ccomp", "advcl", "mark", "dep"})


def locution(fr: Frame, v: Token) -> tuple[Token, Token, str] | None:
    """``(first, last, locution)`` of what verb ``v`` states as a speech locution with its object noun (lexicon
    kind ``verb_locution``, "<verb lemma> <noun>"; or a bare noun under a preposition right after it, the entry
    naming the complement's preposition too: "mettre en garde contre"): the first complement after the noun that
    names no one (not the addressee: "a fait part à X de…"), after its bare preposition (one fused with an article,
    "des", stays), to the end of the verb's last complement. None when ``v`` is no such locution, is negated, is no
    predicate nor a participle, or the noun has no such complement."""
    doc = v.doc
    if fr.lex.lemma(v) not in word_prefixes(fr.lex["verb_locution"]):  # every locution opens with its verb's lemma
        return None
    noun = next((c for c in children(v) if c.i > v.i and c.dep_ in {"obj", "dobj"}), None)
    key = f"{fr.lex.lemma(v)} {fold(noun.text)}" if noun is not None else ""
    marked = key not in fr.lex["verb_locution"]
    if marked:  # "a mis en garde contre…": the noun under its preposition, the entry ending on the complement's
        noun, key = _marked_noun(fr, v)
    if noun is None or key not in (word_prefixes(fr.lex["verb_locution"]) if marked else fr.lex["verb_locution"]):
        return None  # checked first: the cheap test that rules out nearly every token
    if negated(v) or fr.in_quote(v.idx) or not (predicate(v) or participle(v)):
        return None
    pool = [c for c in [*children(v), *children(noun)] if c.i > noun.i and c.dep_ not in NOT_STATED]
    addressees = [c for c in pool if _names_someone(fr, c)]
    said = sorted(
        (
            c
            for c in pool + [x for a in addressees for x in children(a) if x.i > a.i]  # "à X de ses inquiétudes"
            if c not in addressees
            and any(x.dep_ in labels.CASE and x.i == c.left_edge.i for x in children(c))
            and fr.same_unit(v, c)
        ),
        key=lambda c: c.i,
    )
    if not said:
        return None
    prep = said[0].left_edge
    if marked:  # "mettre en garde contre", not "mettre en garde à vue"
        key = f"{key} {fold(prep.text)}"
        if key not in fr.lex["verb_locution"]:
            return None
    first = doc[prep.i + 1] if not labels.feature(prep, "Definite") else prep  # "de sa joie", but "des arrestations"
    tail = [c for c in children(v) if c.i > noun.i and c.dep_ not in NOT_STATED and fr.same_unit(v, c)]
    last = doc[min(max([said[0].right_edge.i, *(c.right_edge.i for c in tail)]), fr.unit_of(v).end - 1)]
    while last.i > first.i and last.is_punct:
        last = doc[last.i - 1]
    return (first, last, key) if last.i > first.i else None


def _marked_noun(fr: Frame, v: Token) -> tuple[Token | None, str]:
    """The bare noun right after ``v`` under a preposition and the locution it makes with it ("mis en garde" ->
    "mettre en garde"); (None, "") when there is none."""
    doc = v.doc
    if v.i + 2 >= len(doc) or doc[v.i + 1].dep_ not in labels.CASE or doc[v.i + 2].head.i != v.i:
        return None, ""
    return doc[v.i + 2], f"{fr.lex.lemma(v)} {fold(doc[v.i + 1].text)} {fold(doc[v.i + 2].text)}"


def _names_someone(fr: Frame, c: Token) -> bool:
    """Whether complement ``c`` names someone (a proper noun, a person mentioned): an addressee, not a statement."""
    return c.pos_ == "PROPN" or any(e.get("type") == "PERSON" for e in fr.context.mentions.covering(c.idx, c.idx + 1))


def relative_sources(fr: Frame, u: Span) -> list[tuple[Token, Token, list[Token], str]]:
    """``(first, last, source heads, preposition)`` of each clause of unit ``u`` that a noun introduces through a
    source preposition and a relative pronoun ("l’annonce du ministère selon laquelle…", "les reproches selon
    lesquels…"): the relative clause is what the noun's owner (or, with none named, the noun) stated; or that a
    person's noun introduces through a ``prep_relative`` locution ("…, X, pour qui la réforme est injuste"): X's."""
    found, toks = [], tokens(u.doc)
    for t in span_tokens(u):
        if t.pos_ != "PRON" or t.i == u.start:  # the cheap test first: relative pronouns are pronouns
            continue
        prep = toks[t.i - 1]
        someone = f"{fold(prep.text)} {fold(t.text)}" in fr.lex["prep_relative"]  # "X, pour qui…": X speaks
        if (
            "Rel" not in labels.feature(t, "PronType")
            or (fold(prep.text) not in fr.lex["prep"] and not someone)
            or fr.in_quote(t.idx)
            or t.head.dep_ not in labels.RELATIVE
        ):
            continue
        clause, noun = t.head, antecedent(toks, prep, fr.context.lang) if someone else t.head.head
        if t.i + 1 >= u.end or noun is None or noun.pos_ not in {"NOUN", "PROPN"}:
            continue
        owners = [c for c in children(noun) if c.dep_ in labels.OWNER and c.i < t.i and c.pos_ in {"NOUN", "PROPN"}]
        last = toks[min(clause.right_edge.i, u.end - 1)]
        while last.i > t.i and last.is_punct:
            last = toks[last.i - 1]
        heads = [noun] if someone else owners or maker(fr, noun) or [noun]  # "le chef du parti, pour qui": the chief
        found.append((toks[t.i + 1], last, heads, fold(prep.text)))
    return found


#: At most this many words between a speech verb and the colon after it ("a prévenu lundi soir : …").
COLON_GAP = 3


def colon_verb(fr: Frame, before: list[Token]) -> Token | None:
    """The speech verb right before a colon that ends tokens ``before`` ("X a prévenu : …", "Elle l’a répété lundi :
    …"): a predicate, not negated, with at most :data:`COLON_GAP` adverbs or words of time after it; None."""
    for k in range(len(before) - 1, max(-1, len(before) - 2 - COLON_GAP), -1):
        v = before[k]
        if fr.is_cue(v):
            gap = before[k + 1 :]
            time = fr.lex["time"]
            ok = all(t.pos_ == "ADV" or time_word(t, time) for t in gap)
            return v if ok and predicate(v) and not negated(v) else None
    return None


def object_relative(t: Token, v: Token) -> bool:
    """Whether "que" ``t`` opens a relative clause on the direct object of ``v`` ("a dénoncé les violences que le
    gouvernement a commises"); after an addressee ("a déclaré aux élus que…") it is the complementizer,
    and so after a direct object when the parser marks it as the clause's conjunction, not its object, and the
    clause has a subject of its own ("a averti les rebelles qu’une riposte serait immédiate"). A relative on the
    object of its preposition too, where the relative pronoun is the clause's subject ("was responding to the fire
    that killed…": what it responds to, not a statement; but "replied to the critics that he had…" reports)."""
    if "Rel" not in labels.feature(t, "PronType"):
        return False
    noun = t.head.head
    on_object = noun.dep_ in {"obj", "dobj"} and noun.head == v
    on_prep = (
        noun.dep_ == "pobj"
        and noun.head.dep_ in labels.PREP_COMPLEMENT
        and noun.head.head == v
        and t.dep_ in labels.SUBJECT
    )
    if not (on_object or on_prep):
        return False
    subject = labels.SUBJECT | labels.passive_subject()
    return not (t.dep_ == "mark" and any(c.dep_ in subject for c in children(t.head)))


def time_phrase(fr: Frame, c: Token) -> bool:
    """Whether complement ``c`` is a phrase of time the parser took for an object ("a appelé lundi au calme", "a
    condamné le 12 mars les violences…"): its words, less determiners and prepositions, are numbers, time words of
    the lexicon (weekdays, months, "soir") or words of a date or time entity."""
    words = [t for t in c.subtree if t.pos_ not in {"DET", "ADP", "PUNCT"}]
    return bool(words) and all(t.pos_ == "NUM" or time_word(t, fr.lex["time"]) for t in words)


def yield_to_incise(fr: Frame, items: list[Item], content: list[Token]) -> None:
    """Drop the reported clauses found inside ``content``, the words a closing incise reports, when its main
    predicate is no speech verb: "X considers the drills provocations and warns that…, the agency said" is one
    statement of the agency, not X's warning alone. A content headed by a speech verb keeps its own clause (a
    nested report: "X warned that…, the agency said" reports X's warning)."""
    if not content:
        return
    inside = {t.i for t in content}
    heads = [t for t in content if t.head.i not in inside or t.head.i == t.i]  # the root is its own head
    if len(heads) != 1 or heads[0].pos_ not in labels.VERBAL:
        return
    if fr.is_cue(heads[0]) and not object_statement(fr, heads[0]):  # its object alone: the incise's (.object_incise)
        return
    start, end = content[0].idx, content[-1].idx + len(content[-1])
    items[:] = [it for it in items if not (start <= it.start and it.end <= end)]


def impersonal_incise(fr: Frame, v: Token) -> bool:
    """Whether ``v`` is a verb of news incises (lexicon kind ``verb_incise``) whose subject is a pronoun that refers
    to no one ("…, a-t-on appris auprès de la préfecture", "…, a-t-on appris de source policière"): the source is
    named after it, so it reports the sentence it closes like a speech verb."""
    if fr.lemmas[v.i] not in fr.lex["verb_incise"] or not fr.verbal(v) or fr.in_quote(v.idx):
        return False  # the lemma first: nearly every word of an incise's tail is no incise verb
    personal = fr.lex["pron_m"] | fr.lex["pron_f"] | fr.lex["pron_pl"] | fr.lex["pron_n"]
    return any(
        c.dep_ in labels.SUBJECT
        and c.pos_ == "PRON"
        and labels.feature(c, "Person") == ["3"]
        and len(word := fold(c.text).lstrip("-")) > 1  # not the euphonic "-t-"
        and word not in personal
        for c in children(v)
    )


def colon_intro(fr: Frame, toks: list[Token]) -> tuple[Token, Token, str] | None:
    """``(colon, speech verb, cue)`` of a sentence whose speech act before a colon introduces the words after it,
    without quotation marks: a verb whose object is a speech noun ("X a fait cette annonce : …", "X made this
    announcement: …"; the noun is the cue), or a speech verb right before the colon ("X a prévenu : …",
    :func:`~.reported.colon_verb`); the words after the colon hold a finite verb."""
    colon = next((t for t in toks if t.text == ":"), None)
    if colon is None or toks.index(colon) < 2:
        return None
    before, after = toks[: toks.index(colon)], toks[toks.index(colon) + 1 :]
    if not any("Fin" in labels.feature(t, "VerbForm") for t in after):
        return None
    for t in reversed(before):
        if t.pos_ == "NOUN" and t.lemma_.lower() in fr.lex["noun"] and t.head.pos_ in labels.VERBAL:
            return colon, t.head, t.lemma_.lower()
    v = colon_verb(fr, before)
    return (colon, v, fr.lex.lemma(v)) if v is not None else None


def inverted_present(v: Token, tail: list[Token]) -> bool:
    """Whether cue ``v``, first word of an incise after a comma, is a present tense with its subject inverted after
    it that the model reads as a bare participle or a noun ("…, déplore X.", "…, dit la ministre.", "…, note le
    rapport.", "…, dit-il."): no auxiliary, a noun phrase or a hyphenated clitic right after it, not an agent ("…,
    publié par X")."""
    doc = v.doc
    if tail[0] is not v or v.i + 1 >= len(doc) or any(c.dep_.startswith("aux") for c in children(v)):
        return False
    forms, nxt = labels.feature(v, "VerbForm"), doc[v.i + 1]
    clitic = nxt.pos_ == "PRON" and nxt.text.startswith("-")
    return not ({"Inf", "Ger"} & set(forms) or "Pres" in labels.feature(v, "Tense")) and (
        clitic or nxt.pos_ in {"DET", "PROPN", "NOUN"}
    )


def negated_clause(fr: Frame, v: Token) -> tuple[Token, Token] | None:
    """First and last words of the que-clause of negated ``verb_negated`` verb ``v``, after its complementizer
    ("n’exclut pas que la récolte soit…", "ne cache pas que…"); None when it has none."""
    doc, u = fr.doc, fr.unit_of(v)
    for c in children(v):
        mark = doc[c.left_edge.i]
        if c.dep_ == "ccomp" and c.i > v.i and mark.dep_ == "mark" and complementizer(mark) and fr.same_unit(v, c):
            return doc[mark.i + 1], doc[min(c.right_edge.i, u.end - 1)]
    return None


def speaking_object(fr: Frame, v: Token) -> bool:
    """Whether the object of ``v`` (as parsed) is a phrase that can speak: a named entity, a proper noun, a role,
    an institution or an unnamed source. Said of the cue of a closing incise the parser read as a second predicate
    ("…, a annoncé le président de la Ligue", "…, a annoncé vendredi la commission"), its object is the speaker; not
    of "…, a annoncé la fermeture du port", a second predicate stating its object."""
    obj = next((c for c in children(v) if c.i > v.i and c.dep_ in labels.OBJECT_COMPLEMENT), None)
    if obj is None:
        return False
    words = {obj.lemma_.lower(), fold(obj.text)}
    return (
        obj.pos_ == "PROPN"
        or bool(fr.context.mentions.covering(obj.idx, obj.idx + len(obj)))
        or bool(words & (fr.lex["anonymous"] | fr.lex["institution"] | fr.lex["spokes"]))
        or any(kb.load().role(w, fr.doc.lang_) for w in words)
    )
