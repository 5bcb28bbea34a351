"""Direct quotes: the quotation-mark pairs that hold speech, each with its cue and speaker phrase.

A pair is dropped when it holds fewer than :data:`~.marks.MIN_QUOTE_WORDS` words (one word only where a speech
verb governs it and it modifies no noun outside the marks: "a jugé la Russie « coupable »"), when it looks like a
name (a title, an operation, a slogan; a nickname or a name standing for someone: :mod:`.quoted_names`), or when it
is short and nothing attributes it. Its cue is found, in order,
as: a speech verb governing the quoted words; the nearest speech verb of its sentence (or an incise verb right
after it); "X : « … »" (X the head of the phrase, not its apposition); a source ("selon X"); a nominal cue ("dans
un communiqué, X…"); a speech act closing the paragraph before; else the quote continues the one just before it,
or the statement before it in its paragraph, or, opening a paragraph, the speaker quoted last (a running quote); a
short fragment in a narrative sentence is the words of the subject of the verb it depends on ("La CEDEAO a pris des
mesures « avec effet immédiat »"), unless it sits inside a noun phrase of the writer's ("ses « réformes »").
Writes :class:`~.item.Item` objects with speaker phrases (head tokens) left to resolve, except after "X :" where
the speakers are final.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..tree import ancestors, children, span_text, span_tokens, starting_in
from . import labels
from .closing import relayed_inner, relays_incise
from .complements import predicate
from .following import POSSESSIVE, colon_after, fills_sentence, following_heads, narrative_colon, possessive_colon
from .fragments import stray_cue
from .frame import Frame, auxiliary, negated, passive
from .item import Item
from .lexicon import complementizer, fold
from .marks import MIN_QUOTE_WORDS, SENTENCE_ENDS, count_words, trim
from .quoted_as import passive_relay
from .quoted_names import quoted_name
from .relay_source import through_relay
from .short_named import named_after
from .sources import cited, closing_source, own_subject, prep_source, source_start
from .speakers import Mentions, described
from .subjects import preceding_subject, speaker_heads, subject_from, subjects
from .verb_in_marks import verb_in_marks_subject

#: Fragments up to this many words are dropped when they look like a name (capitalised mid-sentence, or after a
#: naming word such as "opération", "dubbed"); longer ones are speech whatever their case. Titles and operation
#: names rarely exceed six words.
NAME_MAX_WORDS = 6
#: Quoted fragments with no cue at all are kept (to run on the last speaker's words, or to merge with an
#: attributed repeat) only from this length on: a whole sentence quoted is speech; a short one more likely a
#: scare quote.
STANDALONE_MIN_WORDS = 6


def direct_quotes(fr: Frame, mentions: Mentions) -> list[Item]:
    """Quoted fragments that are speech (not names or scare quotes), with their cue and speaker phrase."""
    items: list[Item] = []
    for o, c in fr.marks:
        item = _direct_quote(fr, mentions, items, o, c)
        if item is not None:
            items.append(item)
    return items


def _direct_quote(fr: Frame, mentions: Mentions, items: list[Item], o: int, c: int) -> Item | None:
    """The quote between the marks at ``o`` and ``c`` (``items``: the quotes before it); None when not speech."""
    text = fr.text
    start, end = trim(text, o + 1, c)
    n_words = count_words(text[start:end])
    if n_words < 1:
        return None
    s0, ctx = _sentence(fr, o, c)
    item = Item(start, end, True, (ctx.start_char, ctx.end_char))
    item.how = attribute_direct(item, ctx, o, c, fr, mentions)
    if item.how == "colon" and not item.heads and fr.connective_intro(ctx.start_char, o):
        item.how = None  # "Puis : « … »": no speaker before the colon, the quote before goes on
    if n_words < MIN_QUOTE_WORDS and (item.how != "ancestor" or _modifier(fr, o, c)):
        return None  # one quoted word is speech only where a speech verb governs it ("a jugé la Russie « coupable »"),
        # not as a modifier of a noun outside the marks ("praised the “modern” design")
    if n_words <= NAME_MAX_WORDS and _name_like(fr, ctx, o, start, item.how):
        return None
    if quoted_name(fr, ctx, o, c, start, end, mentions):  # 'Rodrigo "Timo" Lanza', '“Ivo Marten” told reporters'
        return None
    units = fr.units
    prev_end = units[s0 - 1].start_char + len(span_text(units[s0 - 1]).rstrip()) if s0 else 0
    if not item.how and s0 and not text[units[s0].start_char : o].strip() and "\n" in text[prev_end:o]:
        # a quote opening a paragraph, right after one that ends on a speech act with no quote of its own
        # ("…, a plaidé X :", "X told reporters that …"): that act introduces it. Else a whole paragraph of
        # quoted words with no cue runs on the words of the speaker quoted last (news writing's running quote).
        if _intertitle(fr, o, c, n_words, units[s0 - 1]):
            return None
        _paragraph_intro(fr, item, units[s0 - 1])
        if not item.how and n_words >= STANDALONE_MIN_WORDS:
            item.how = "running"
    if not item.how:
        own = bool(s0) and "\n" not in text[prev_end:o] and fills_sentence(fr, o, c)  # a sentence of its own
        prev = next((p for p in reversed(items) if p.direct), None)
        if (
            prev is not None
            and prev.sent[1] <= item.sent[0]
            and (not text[prev.sent[1] : o].strip() or fr.connective_intro(prev.sent[1], o))  # "Puis : « … »"
            and "\n" not in text[prev.end : o]
        ):
            item.how = "continuation"  # a quote sentence right after an attributed one, same paragraph
        elif n_words < STANDALONE_MIN_WORDS and not own:
            # "« Vraiment consternée ». C'est par ces mots que X a réagi": the sentence after names its speaker
            item.heads = narrative_subject(fr, ctx, o, c) or named_after(fr, o, c)
            if not item.heads:
                return None
            item.how = NARRATIVE  # "La CEDEAO a pris des mesures « avec effet immédiat »": the subject's words
        elif own or (s0 and not text[units[s0].start_char : o].strip() and "\n" not in text[prev_end:o]):
            # a quote sentence after a statement of the paragraph, direct or reported (a short one too: quoted
            # words filling their own sentence are no scare quote)
            item.how = "sentence"
        else:
            item.how = "inside"  # a long quoted passage inside a sentence of no speech verb: its subject's words
            item.heads = narrative_subject(fr, ctx, o, c)
    if item.how in {"running", "sentence", "inside"} and not item.heads:
        item.heads = following_heads(fr, o, c)  # "« … » C’est par ces mots que X a conclu": named right after
    return item


#: Dependents that put a quoted noun inside a noun phrase of the writer's ("ses « réformes »", "une « … »").
_NOUN_MODIFIERS = frozenset({"det", "poss", "nmod:poss", "amod", "nummod"})
#: How a quoted fragment of a narrative sentence (no speech verb, no source) got its speaker: the subject of the
#: verb it depends on ("Il a défendu « un budget de responsabilité »").
NARRATIVE = "narrative_subject"


def narrative_subject(fr: Frame, ctx: Span, o: int, c: int) -> list[Token]:
    """The subject heads of the verb that the quoted words between ``o`` and ``c`` depend on, in a sentence with no
    speech verb ("La CEDEAO a pris des mesures « avec effet immédiat »", "X, qui compte « soutenir … »"): from the
    parse only, outside quotation marks, a noun, a name or a personal pronoun; [] when none."""
    if heads := verb_in_marks_subject(fr, ctx, o, c):  # "X a « condamné fermement » Y": the auxiliary's subject
        return heads
    qtoks = [t for t in ctx if o < t.idx < c]
    qids = {t.i for t in qtoks}
    for r in (t for t in qtoks if t.head.i not in qids or t.head.i == t.i):
        h = r if r.head.i == r.i else r.head  # the quoted words hold the verb ('X “decided to expel” Y') or hang on it
        if h.pos_ == "ADP" and h.dep_ == "prep" and h.i < o and any(x.dep_ in labels.SUBJECT for x in children(h.head)):
            h = h.head  # 'X pushed for “…”': the object of a preposition hangs on it (ClearNLP parses); its verb has
            # a subject of its own (not 'X targeted over “…”', a participle)
        modified = any(x.idx < o and x.dep_ in _NOUN_MODIFIERS for x in children(r))
        if h.pos_ not in labels.VERBAL or not fr.same_unit(h, r) or modified:
            continue  # a modifier of a noun outside the marks, or a noun whose article stands outside them ("ses
            # « réformes de fond »", "une offensive « de grande ampleur »"): the writer's term, not a quotation
        heads = subjects(h, fr) or [t for t in preceding_subject(h) if fr.same_unit(t, h)]
        heads = _owner_subject(
            [t for t in heads if t.pos_ in {"PROPN", "NOUN", "PRON"} and not fr.in_quote(t.idx)], h, fr
        )
        if heads and not any(labels.feature(t, "Person") in (["1"], ["2"]) for t in heads):
            return heads
    return []


def _owner_subject(heads: list[Token], v: Token, fr: Frame) -> list[Token]:
    """``heads``, the subject of verb ``v``, or, when they name only things and ``v`` heads a que-clause, the subject
    of the predicate that clause completes ("X et Y sont tombés d’accord sur le fait que la réforme imposait « … »": X
    and Y speak; "X a convenu que la crise appelait « … »")."""
    if not heads or not all(_thing(t, fr) for t in heads) or (owner := clause_owner(v)) is None:
        return heads
    above = subjects(owner, fr) or [x for x in children(owner) if x.dep_ in labels.passive_subject()]  # "est tombé"
    above += [x for t in above for x in children(t) if x.dep_ == "conj" and x not in above]
    return [t for t in above if t.pos_ in {"PROPN", "NOUN", "PRON"} and not fr.in_quote(t.idx)] or heads


def _thing(t: Token, fr: Frame) -> bool:
    """Whether subject ``t`` names no possible speaker: a common noun that no entity covers and that no source word
    of the lexicon heads ("la crise", "le texte"; not "un responsable", "le ministère")."""
    words = fr.lex["anonymous"] | fr.lex["institution"] | fr.lex["spokes"] | fr.lex["org_epithet"]
    return t.pos_ == "NOUN" and not fr.context.mentions.covering(t.idx, t.idx + len(t)) and fold(t.lemma_) not in words


def clause_owner(h: Token) -> Token | None:
    """The predicate that a que-clause headed by ``h`` completes, through a noun it may hang on ("sont tombés
    d’accord sur le fait que …", "ont convenu que …", "agreed on the fact that …"); None when ``h`` heads no
    que-clause."""
    if h.dep_ not in _CLAUSE_DEPS or not any(complementizer(x) for x in children(h)) or h.head.i == h.i:
        return None
    up = h.head
    if up.pos_ == "NOUN" and up.head.i != up.i:  # "le fait que …": the noun, then the predicate it completes
        up = up.head
        if up.pos_ == "ADP" and up.head.i != up.i:  # "agreed on the fact that …" (ClearNLP: the noun under "on")
            up = up.head
    return up if up.pos_ in labels.VERBAL or up.pos_ == "ADJ" else None


#: Dependencies of a que-clause under its predicate or under a noun ("le fait que …" as a relative, by the parser).
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "acl", "acl:relcl", "relcl", "csubj"})


def _modifier(fr: Frame, o: int, c: int) -> bool:
    """Whether the words between marks ``o`` and ``c`` modify a noun outside them (an adjective or a noun in
    apposition: "the “modern” design")."""
    inside = starting_in(fr.doc, o + 1, c)
    return any(t.dep_ in {"amod", "compound"} and not o < t.head.idx < c and not _judged(fr, t.head) for t in inside)


def _judged(fr: Frame, noun: Token) -> bool:
    """Whether ``noun`` is the direct object of a speech verb that condemns it (``verb_judging``), so that a quoted
    word modifying it is the speaker's judgement ("condemned the “inhumane” strike", "denounced the “illegal”
    vote"; not "praised the “modern” design")."""
    return noun.dep_ in {"dobj", "obj"} and fr.is_cue(noun.head) and fr.lex.lemma(noun.head) in fr.lex["verb_judging"]


def _sentence(fr: Frame, o: int, c: int) -> tuple[int, Span]:
    """``(first unit index, span)`` of the sentence of the quote between ``o`` and ``c``: its units, and the next
    one when it continues the quote ("« … . », a-t-il dit" cut after the mark)."""
    text, units = fr.text, fr.units
    s0, s1 = fr.unit_index(o), fr.unit_index(c)
    if s1 + 1 < len(units) and units[s1].end_char <= c + 3:
        nxt = text[units[s1 + 1].start_char :].lstrip()
        if nxt[:1] in {",", "—", "–", "-"} or nxt[:1].islower() or text[o + 1 : c].rstrip().endswith(","):
            s1 += 1  # also '"…,"' then a line break before its incise ('Tsipras said, …'): the sentence runs on
    return s0, fr.doc[units[s0].start : units[s1].end]


def _name_like(fr: Frame, ctx: Span, o: int, start: int, how: str | None) -> bool:
    """Whether the quote opening at ``o`` (words from ``start``) looks like a name: after a naming word
    ("opération « … »"), or capitalised right after a word."""
    text = fr.text
    before = text[ctx.start_char : o].rstrip()
    last_word = (fold(before).split() or [""])[-1].split("'")[-1]  # "l’opération" -> "opération"
    prev_tok = next((t for t in reversed(ctx) if t.idx < o and not t.is_punct), None)
    naming = last_word in fr.lex["naming"] and not (  # "what it called « … »": a verb with its subject speaks
        prev_tok is not None and any(x.dep_ in labels.SUBJECT for x in children(prev_tok))
    )
    return naming or (text[start : start + 1].isupper() and before[-1:].isalnum() and how != "ancestor")


def _intertitle(fr: Frame, o: int, c: int, n_words: int, prev_unit: Span) -> bool:
    """Whether the quoted words between ``o`` and ``c``, which open a paragraph, are an intertitle: a line of
    nothing but them, under :data:`STANDALONE_MIN_WORDS` words, with no sentence end, after a paragraph that does
    not introduce them with a colon (« Eviter toute escalade » between two paragraphs): a heading quoting the
    article, no statement of its own."""
    text = fr.text
    line_end = text.find("\n", c)
    rest = text[c + 1 : len(text) if line_end < 0 else line_end]
    return (
        n_words < STANDALONE_MIN_WORDS
        and not rest.strip()
        and text[o + 1 : c].rstrip()[-1:] not in SENTENCE_ENDS
        and not prev_unit.text.rstrip().endswith(":")
    )


def _paragraph_intro(fr: Frame, item: Item, prev_unit: Span) -> None:
    """Attribute ``item`` to the speech act that closes ``prev_unit``, the paragraph before it, when that unit
    holds no quote: its last speech verb that no other one governs, or a source ending on a colon ("Pour X,
    chercheur, l’incident était prévisible :")."""
    quoted = any(prev_unit.start_char <= m[1] and m[0] < prev_unit.end_char for m in fr.marks)
    cues = [] if quoted else [t for t in prev_unit if fr.is_cue(t) and not negated(t)]
    cues = [t for t in cues if predicate(t)] or cues  # "Elle mentionne la nécessité de … assurer …": the predicate
    ids = {t.i for t in cues}  # a speech verb inside another's reported clause ("X said Y was responding") is not it
    cues = [t for t in cues if not any(a.i in ids for a in ancestors(t))] or cues
    source = None if quoted or cues or not prev_unit.text.rstrip().endswith(":") else source_start(fr, prev_unit)
    if cues:
        item.cue, item.heads = fr.lex.lemma(cues[-1]), speaker_heads(cues[-1], fr, cues[-1].idx)
        item.how = "paragraph"
    elif source is not None:
        item.cue, item.heads = source[1], [source[0]]
        item.how = "paragraph"


def attribute_direct(item: Item, ctx: Span, o: int, c: int, fr: Frame, mentions: Mentions) -> str | None:
    """Fill the cue and speaker phrase of the direct quote between marks ``o`` and ``c`` in sentence span ``ctx``;
    return how the cue was found (None: no cue at all)."""
    if (narrative := narrative_colon(fr, ctx, o)) is not None:  # "Et d’ajouter : « … »", "Et X de conclure : « … »"
        item.cue, item.heads = fr.lex.lemma(narrative[0]), narrative[1]
        return "verb" if item.heads else "narrative"
    closing = closing_source(ctx, o, c, fr)  # "L’entretien a servi à aborder « … », a indiqué un haut fonctionnaire"
    if (cue := _governing_cue(item, ctx, o, c, fr)) is not None:  # "X a déclaré que … « … »"
        if closing is not None and not own_subject(cue, fr):  # a speech verb of the narrative ("a servi à aborder"):
            item.cue, item.heads = through_relay(fr, closing, item.cue, item.heads)  # the source speaks
        elif cue.idx > c and (cited_head := cited(fr, cue.idx, ctx.end_char)) is not None:
            item.heads = [cited_head]  # "“…,” the agency reported, citing a defence official": the official speaks
        if not item.heads and any(t.idx > c and fr.is_cue(t) for t in ctx):
            _people_after(item, ctx, c, mentions)  # "« … », a fait savoir à l’AFP X": the parser hung X on "AFP"
        return "ancestor"
    if (named := colon_after(fr, ctx, o, c, mentions)) is not None:  # "« … » : le cri d’alarme de X"
        item.speakers, item.resolved = named, True
        return "colon"
    if (cue := _nearest_cue(item, ctx, o, c, fr)) is not None:  # "« … », a déclaré X", "« … », poursuit-il"
        if closing is not None and (cue.idx > c or not own_subject(cue, fr)):  # "… a servi à aborder « … » et
            item.cue, item.heads = through_relay(fr, closing, item.cue, item.heads)  # pourrait ouvrir…, selon X"
        # the reporter ("nous a déclaré X", "m’a confié X") is never the speaker
        item.heads = [h for h in item.heads if not _reporter(h, fr) or fr.in_quote(h.idx)]
        if not item.heads:  # "« … », a déclaré à l’AFP X, porte-parole…": the parser hung X on the complement
            _people_after(item, ctx, c, mentions)
        return "verb"
    source = prep_source(ctx, fr)  # "selon X", "according to X", sentence-initial "Pour X, « … »"
    if fr.text[ctx.start_char : o].rstrip().endswith(":") and not (source and source[1] and source[1][0].idx < o):
        if possessive_colon(fr, ctx, o, mentions):  # "Son message aux salariés : « … »": its owner
            return POSSESSIVE
        _colon_speaker(item, ctx, o, fr, mentions)  # "X : « … »"; not "Pour X, l’affaire est grave : « … »"
        return "colon"
    if source is not None:
        item.cue, item.heads = source
        return "prep"
    if _nominal_cue(item, ctx, fr):  # "dans un communiqué, le ministère…", "la déclaration de X", "X's statement"
        return "noun"
    return None


def _governing_cue(item: Item, ctx: Span, o: int, c: int, fr: Frame) -> Token | None:
    """A speech verb governing the quoted words ("X a déclaré que … « … »"); None when there is none."""
    qtoks = [t for t in span_tokens(ctx) if o <= t.idx <= c]
    qids = {t.i for t in qtoks}
    for r in (t for t in qtoks if t.head.i not in qids or t.head is t):
        h, steps = r, 0
        while h.head is not h and steps < 8 and fr.same_unit(h, h.head):
            h, steps = h.head, steps + 1
            if ((fr.is_cue(h) and not passive(h)) or fr.is_as_cue(h, o)) and not _object_taken(h, o, c, fr):
                h = relayed_inner(fr, _incise_above(h, c, fr), c)
                item.cue, item.heads = fr.lex.lemma(h), speaker_heads(h, fr, _subject_from(h, o, c))
                item.source = (prep_source(ctx, fr) or ("", []))[1]
                item.heads = _owner_subject(item.heads, h, fr)
                return h
    return None


def _incise_above(cue: Token, c: int, fr: Frame) -> Token:
    """The speech verb of an incise after the quote closing at ``c`` that governs ``cue`` ("X est prêt à répondre
    de manière « … », a déclaré Y": Y speaks), else ``cue``."""
    h, steps = cue, 0
    while h.head is not h and steps < 8 and fr.same_unit(h, h.head):
        h, steps = h.head, steps + 1
        above = [h] + [x for x in children(h) if x.dep_ == "parataxis"]  # "prêt à répondre …, a déclaré Y"
        for x in above:
            if x.idx > c and fr.same_unit(x, h) and fr.is_cue(x) and not passive(x):
                return cue if cue.idx > c and relays_incise(fr, cue, x) else x  # "…," X said, the Times reported
    return cue


def _subject_from(v: Token, o: int, c: int) -> int:
    """Where the inverted subject of cue ``v`` may start for the quote between ``o`` and ``c``: right after ``v``
    when it is a finite verb before the quote ("Comme l’a rappelé X, « … »"), else as
    :func:`.subjects.subject_from`."""
    finite = "Fin" in labels.feature(v, "VerbForm") or any(x.dep_.startswith("aux") for x in children(v))
    return v.idx if v.idx < o and finite else subject_from(v, c)  # not "…, appelant la compagnie à « … »"


def _nearest_cue(item: Item, ctx: Span, o: int, c: int, fr: Frame) -> Token | None:
    """The speech verb of the sentence nearest the quote, or an incise verb right after it ("« … », poursuit-il");
    None when there is none."""
    toks = span_tokens(ctx)
    cues = [t for t in toks if fr.is_cue(t) and not _object_taken(t, o, c, fr) and not passive_relay(t, fr)]
    cues += [t for t in toks if fr.in_incise(t.idx) and fr.lex.lemma(t) in fr.lex["verb_incise"] and fr.verbal(t)]
    after = [t for t in toks if t.idx > c]
    for t in after[:6]:
        if fr.lex.lemma(t) in fr.lex["verb_incise"] and fr.verbal(t):
            if all(
                x.is_punct or x.pos_ in {"AUX", "PRON", "PROPN"} or x.text.startswith("-") or auxiliary(x)
                for x in after[: after.index(t)]
            ):
                cues.append(t)
            break
    if not cues:
        return None
    v = min(cues, key=lambda t: o - t.idx if t.idx < o else t.idx - c)
    if stray_cue(v, c):
        return None  # "invoque « les obligations du pays » de prévenir…": the words of the subject of their verb
    item.cue, item.heads = fr.lex.lemma(v), speaker_heads(v, fr, _subject_from(v, o, c))
    return v


def _object_taken(v: Token, o: int, c: int, fr: Frame) -> bool:
    """Whether speech verb ``v`` says nothing of the quoted words between ``o`` and ``c``: its direct object is a
    common noun that states nothing (not a speech noun; ``v`` no verb whose object states: "condemned the “…”
    strike"), and the words are no complement of ``v`` beside it: they stand before or after ``v``'s clause and
    ``v`` does not govern them ("To add more weight to the bid, the board placed it on its list of “…”", "the plan
    to “…” rather than call members out"), or they sit in another verb's clause inside that object ("wrapped up a
    tour during which she gave talks about “…”"). "called the members “…”" and "told staff that … “…”" keep ``v``."""
    lemma = fr.lex.lemma(v)
    if lemma in fr.lex["verb_object"] or lemma in fr.lex["verb_judging"]:
        return False
    objects = [
        x
        for x in children(v)
        if x.dep_ == "dobj" and x.pos_ == "NOUN" and fold(x.lemma_) not in fr.lex["noun"] and not o <= x.idx <= c
    ]
    if not objects or (v.idx < o and fr.text[v.idx : o].rstrip().endswith(":")):
        return False
    root = next((t for t in v.doc if o < t.idx < c and not o < t.head.idx < c), None)
    if root is None:
        return False
    h, child, verbs = root, root, 0
    while h.head.i != h.i and h.i != v.i:
        verbs += h.i != root.i and h.pos_ in labels.VERBAL
        h, child = h.head, h
    if h.i != v.i:  # v does not govern the words: it takes them only when it stands in them or before them
        return v.idx < o or any(o < t.idx < c for t in ancestors(v))
    return child.i in {x.i for x in objects} and verbs > 0


def _reporter(h: Token, fr: Frame) -> bool:
    """Whether speaker head ``h`` is the first or second person ("nous a déclaré X", "m’a confié X"); an inverted
    third-person clitic is not, whatever the model's features ("…, a-t-elle encore ajouté": "-elle" read as first
    person after an adverb)."""
    if h.text.startswith("-") and fold(h.text[1:]) in fr.lex["pron_m"] | fr.lex["pron_f"] | fr.lex["pron_pl"]:
        return False
    return labels.feature(h, "Person") in (["1"], ["2"])


def _people_after(item: Item, ctx: Span, c: int, mentions: Mentions) -> None:
    """The first person named after the quote closing at ``c`` in its sentence ``ctx`` speaks (final), when the parse
    gave its incise verb no subject ("« … », a déclaré à l’AFP X, porte-parole…")."""
    people = mentions.persons(c + 1, ctx.end_char)
    item.speakers, item.resolved = people[:1], bool(people)


def _colon_speaker(item: Item, ctx: Span, o: int, fr: Frame, mentions: Mentions) -> None:
    """ "X : « … »": the subject before the colon, or the entities named there when it holds no verb (then final)."""
    before = fr.text[ctx.start_char : o].rstrip()
    colon = ctx.start_char + len(before) - 1
    seg = [t for t in ctx if t.idx < colon and not fr.in_quote(t.idx)]
    subj = [t for t in seg if t.dep_ in labels.SUBJECT or t.dep_ in labels.passive_subject()]  # "X est convaincu :"
    if subj:
        item.heads = [s for t in subj for s in [t] + [x for x in children(t) if x.dep_ == "conj"]]
    elif seg and not any(t.pos_ == "VERB" for t in seg):
        ents = mentions.covering(seg[0].idx, seg[-1].idx + len(seg[-1]))
        people = [e for e in ents if e.type == "PERSON"]
        # "X, secrétaire général du gouvernement : « … »": the head names the speaker, not its apposition
        comma = next((k for k, t in enumerate(seg) if t.text == ","), len(seg))
        head = seg[:comma]
        name = [t for t in head if t.pos_ in {"PROPN", "NOUN", "X"} and t.text[:1].isupper()]  # a capitalised name
        if (
            not people
            and len(name) >= 2
            and len(name) == len(head)
            and not mentions.covering(head[0].idx, head[-1].idx + len(head[-1]))
        ):
            item.speakers, item.resolved = [described(fr.text[head[0].idx : head[-1].idx + len(head[-1])])], True
            return
        item.speakers, item.resolved = people or ents, True


def _nominal_cue(item: Item, ctx: Span, fr: Frame) -> bool:
    """A speech noun ("déclaration", "statement"): its owner speaks, else the subject of the verb above it."""
    for t in ctx:
        if t.pos_ == "NOUN" and t.lemma_.lower() in fr.lex["noun"] and not fr.in_quote(t.idx):
            item.cue = t.lemma_.lower()
            owner = [x for x in children(t) if x.dep_ in labels.OWNER]
            if owner:
                item.heads = owner
            else:
                h = t.head
                while h.pos_ not in labels.VERBAL and h.head.i != h.i:  # a root's head is a token of its own
                    h = h.head
                item.heads = speaker_heads(h, fr, h.idx) if h.pos_ in labels.VERBAL else []
            return True
    return False
