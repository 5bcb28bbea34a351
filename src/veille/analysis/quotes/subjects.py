"""Who a cue verb's speaker phrase is: the subject head tokens of a speech verb.

From the parse first (:func:`subjects`: the verb's subject, or the agent of a passive, inherited through
xcomp/conj/advcl chains), then from the surface around the verb when the parse gives none
(:func:`surface_subject`: "X et Y ont déclaré", "…, a déclaré X", "a-t-il dit"), then the main subject of the
sentence (:func:`unit_subject`). The tokens are resolved to entities later, in document order (:mod:`.resolve`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..tree import children, tokens
from . import labels
from .dateline import in_dateline
from .fragments import lent_subject
from .frame import Frame, auxiliary, surface_word
from .incises import plural_subject, skip_complements
from .lexicon import INCISE_SUBJECT_INVERTED, Lexicon, fold, in_any_language
from .quoting import quoted_speaker


def subjects(v: Token, fr: Frame) -> list[Token]:
    """Subject head tokens of cue verb ``v`` (with conjuncts), inherited through xcomp/conj/advcl chains,
    never across a sentence or paragraph boundary; read once per verb of the frame (a new list each time)."""
    found = fr.subject_heads.get(v.i)
    if found is None:
        found = fr.subject_heads[v.i] = _subjects(v, fr)
    return list(found)


def _subjects(v: Token, fr: Frame) -> list[Token]:
    """:func:`subjects`, walked: it reads the parse, the frame's units, marks and lexicon, and the text's dateline."""
    tok, inherited = v, False
    for _ in range(4):
        subs = [
            c for c in children(tok) if c.dep_ in labels.SUBJECT or (inherited and c.dep_ in labels.passive_subject())
        ]
        for c in [] if subs else children(tok):  # passive cue: "annoncé par le ministère", "announced by the ministry"
            if c.dep_ == "obl:agent":  # UD: the agent noun itself
                subs.append(c)
            elif c.dep_ == "agent":  # ClearNLP: the preposition "by", its noun below
                subs += [x for x in children(c) if x.dep_ == "pobj"]
        subs = subs or lent_subject(tok)  # "X, s'exprimant sur la radio, s'inquiète…": X, hung on the participle
        subs = [t for t in subs if fr.same_unit(t, v) and not fr.in_quote(t.idx)]  # quoted words never speak
        subs = [t for t in subs if fold(t.text) not in fr.lex["time"] and not _object_clitic(t)]
        subs = [t for t in subs if not _demonstrative(t) or fold(surface_word(t)) in fr.lex["latter"]]  # "Celle-ci"
        if any(_euphonic(t) for t in subs) or (not subs and tok is v):  # "a-t-il lancé": the clitic after "-t"
            subs = [t for t in subs if not _euphonic(t)] or _inverted_clitics(tok)
        subs = [  # a dateline is no subject; a name in apposition to it is ("KIEV (Reuters) - Ukraine on Monday said")
            x
            for t in subs
            for x in (
                [t]
                if not in_dateline(t, fr.context)
                else [c for c in children(t) if c.dep_ == "appos" and not in_dateline(c, fr.context)]
            )
        ]
        if subs:
            out = []
            for s in subs:
                out.append(s)
                for c in s.subtree:  # in order: a conjunct of a conjunct too ("allies Bahrain and the Emirates")
                    if c.dep_ == "conj" and c.head in out and c.pos_ in {"PROPN", "NOUN", "PRON"}:
                        out.append(c)
            return _named_members(out)
        if quoted := [t for t in quoted_speaker(tok, fr.lex) if fr.same_unit(t, v)]:
            return quoted  # "State media quoted X as saying…": X speaks
        if tok.dep_ not in labels.INHERIT or tok.head is tok or not fr.same_unit(tok.head, v):
            return []
        tok, inherited = tok.head, True
    return []


def _named_members(heads: list[Token]) -> list[Token]:
    """``heads`` less the common nouns that describe the names coordinated right after them ("Neighbours and allies
    Bahrain and the Emirates said": Bahrain and the Emirates speak, the nouns only say who they are): a noun
    followed by a name with no conjunction or comma between them; the heads unchanged where no name follows so."""
    for k, h in enumerate(heads):
        if h.pos_ == "PROPN" and k and heads[k - 1].pos_ == "NOUN" and heads[k - 1].i + 1 == h.i:
            return [x for x in heads if not (x.pos_ == "NOUN" and x.i < h.i)]
    return heads


def speaker_heads(v: Token, fr: Frame, close: int) -> list[Token]:
    """Subject heads of cue verb ``v``: from the parse, else from the surface around ``v`` (an inverted subject
    starting at ``close`` at the earliest), else the main subject of its sentence ("Le ministère a rejeté les
    accusations, affirmant que…", participles the parser hangs on a noun)."""
    issuer = issued_noun_verb(v, fr)
    if issuer is not None:  # "X issued a statement saying that…": the statement is X's
        return speaker_heads(issuer, fr, issuer.idx)
    surface = [t for t in surface_subject(v, close, fr.lex["time"]) if not fr.in_quote(t.idx)]  # quoted: never
    if surface and _subordinate_finite(v) and all(t.pos_ == "PROPN" for t in surface):
        return surface  # "…, au cours duquel X a réaffirmé…": a name before the verb, hung elsewhere by the parser
    heads = subjects(v, fr) or infinitive_subject(v, fr) or surface or unit_subject(v, fr) or detached_subject(v, fr)
    heads = heads or apposed_subject(v, fr)
    if (
        not heads
        and v.dep_ in {"advcl", "xcomp", "conj"}
        and v.head.i != v.i
        and v.head.pos_ in labels.VERBAL
        and fr.same_unit(v, v.head)
    ):  # "…, a dénoncé le ministère, appelant Pékin à « … »": the main verb's
        return speaker_heads(v.head, fr, subject_from(v.head, close))  # speaker
    return heads


def issued_noun_verb(v: Token, fr: Frame) -> Token | None:
    """The verb issuing the speech noun that participle ``v`` hangs on ("X issued a statement saying that…", "X a
    publié un communiqué affirmant que…"): the noun (lexicon kind ``noun``) is the object of a ``verb_issue`` verb,
    whose subject made the statement; None otherwise ("X welcomed a statement saying…": someone else's)."""
    noun = v.head
    if not v.dep_.startswith("acl") or noun.i >= v.i or not issued_document(noun, fr.lex):
        return None
    verb = noun.head
    return verb if verb.pos_ in labels.VERBAL and fr.same_unit(v, verb) else None


def issued_document(noun: Token, lex: Lexicon) -> bool:
    """Whether ``noun`` is a document noun (lexicon kind ``noun``) that its head, a ``verb_issue`` verb, takes as its
    object ("X issued a statement", "X a publié un communiqué"): the verb's subject spoke through it. The one test
    of an issued document, read by :func:`issued_noun_verb` and by :mod:`.attribute`'s landmarks."""
    return noun.dep_ in {"obj", "dobj"} and lex.lemma(noun) in lex["noun"] and lex.lemma(noun.head) in lex["verb_issue"]


def _subordinate_finite(v: Token) -> bool:
    """Whether ``v`` is a finite verb heading a subordinate clause with no subject of its own in the parse ("…, au
    cours duquel X a réaffirmé…", "…, lors de laquelle X a déclaré…"): such a clause has its own subject, which the
    parser hung elsewhere; the main clause's subject is not it."""
    if v.dep_ != "advcl" or any(c.dep_ in labels.SUBJECT for c in children(v)):
        return False
    auxes = [c for c in children(v) if c.dep_.startswith("aux")]
    return any("Fin" in labels.feature(t, "VerbForm") for t in [v, *auxes])


def infinitive_subject(v: Token, fr: Frame) -> list[Token]:
    """The subject of a narrative infinitive that names it ("Et le ministre d’insister : « … »", "Et X de
    conclure…"): the noun phrase the infinitive hangs on, between a conjunction opening the sentence and the
    infinitive's marker; [] otherwise."""
    if "Inf" not in labels.feature(v, "VerbForm") or v.head.i == v.i or v.head.pos_ not in {"NOUN", "PROPN"}:
        return []
    noun, unit = v.head, fr.unit_of(v)
    marks = [t for t in children(v) if t.dep_ in {"mark", "case"} and noun.i < t.i < v.i]
    before = [t for t in unit if t.i < noun.left_edge.i]
    if not marks or not before or before[0].pos_ != "CCONJ" or any(t.pos_ not in {"CCONJ", "PUNCT"} for t in before):
        return []
    return [noun]


def subject_from(v: Token, close: int) -> int:
    """Where an inverted subject of cue ``v`` may start: after the quote closing at ``close``, or right after ``v``
    when ``v`` is an incise before the quote ends ("« … », a dénoncé le ministère, appelant à « … »"; "Et depuis,
    a fait savoir X, « … »": the infinitive of a periphrasis is read with the verb before it)."""
    if v.i and v.doc[v.i - 1].pos_ == "VERB" and "Inf" in labels.feature(v, "VerbForm"):
        v = v.doc[v.i - 1]  # "a fait savoir", "a laissé entendre": the first verb carries tense and incise
    k = v.i - 1
    while k >= 0 and (v.doc[k].pos_ in {"AUX", "ADV", "PART"} or v.doc[k].text.startswith("-")):
        k -= 1
    finite = "Fin" in labels.feature(v, "VerbForm") or any(c.dep_.startswith("aux") for c in children(v))
    return v.idx if finite and v.idx < close and k >= 0 and v.doc[k].text == "," else close


def unit_subject(v: Token, fr: Frame) -> list[Token]:
    """The last main-clause subject before ``v`` in its sentence unit, outside quotation marks; [] when none."""
    for t in reversed(fr.doc[fr.unit_of(v).start : v.i]):
        if t.dep_ not in labels.SUBJECT or t.pos_ not in {"NOUN", "PROPN"} or fr.in_quote(t.idx):
            continue
        h, steps = t.head, 0
        while h.head is not h and h.dep_ not in labels.SUBORDINATE and steps < 10:
            h, steps = h.head, steps + 1
        if h.dep_ not in labels.SUBORDINATE:
            return [t] + [c for c in children(t) if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
    return []


def detached_subject(v: Token, fr: Frame) -> list[Token]:
    """The noun phrase opening the sentence of ``v`` when the parser made it a root of its own, cut from its verb by
    a long incise ("X, sans citer Y dans l’affaire de…, a affirmé le « … »"): no verb in it, a comma after it, the
    verb later in the same unit; [] otherwise."""
    unit = fr.unit_of(v)
    words = [t for t in unit if not t.is_punct and not t.is_space]
    if not words or words[0].i >= v.i:
        return []
    root = words[0] if words[0].head.i == words[0].i else words[0].head
    tree = list(root.subtree)
    if (
        root.head.i != root.i
        or root.i == v.i
        or root.pos_ not in {"NOUN", "PROPN"}
        or root.left_edge.i != words[0].i
        or root.right_edge.i >= v.i
        or any(t.pos_ in {"VERB", "AUX"} for t in tree)
        or any(fr.in_quote(t.idx) for t in tree)
        or "," not in {root.right_edge.text, root.doc[root.right_edge.i + 1].text}
    ):
        return []
    return [root] + [c for c in children(root) if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]


#: At most this many words in an apposition set off by commas between a subject and its verb ("X, numéro deux du
#: mouvement basé à Y, indiquait que…"); longer runs are a clause of their own.
APPOSITION_MAX = 12


def apposed_subject(v: Token, fr: Frame) -> list[Token]:
    """The noun phrase before an apposition set off by commas right before cue verb ``v``, a finite verb that the
    parse gave no subject: the parser hung the verb inside the apposition or made the noun a root of its own ("X,
    lié à Y, affirme avoir…", "X, numéro deux de Y, indiquait que…", "X, le chef de Y, affirme que…", "X, qui dirige
    Y, a assuré que…", "X, plus sévère qu'à l'accoutumée, a souligné que…"). The apposition opens with a participle,
    a relative pronoun, a noun phrase, an adjective or an adverb and holds no other finite verb but its
    relative clause's; the noun before it is no complement of a preposition ("Au Niger, …"). [] otherwise."""
    doc, unit = v.doc, fr.unit_of(v)
    k = v.i - 1
    while k > unit.start and doc[k].dep_.startswith("aux") and doc[k].head.i == v.i:
        k -= 1  # "X, …, a souligné que": the comma before the auxiliary
    if not labels.finite(v) or labels.pronominal(v) or k <= unit.start or doc[k].text != ",":
        return []
    j = k - 1
    while j > unit.start and doc[j].text != "," and k - 1 - j < APPOSITION_MAX:
        j -= 1
    words = doc[j + 1 : k]
    if doc[j].text != "," or not words or any(fr.in_quote(t.idx) or (t.is_punct and t.text != "-") for t in words):
        return []
    first = words[0]
    if first.pos_ in {"VERB", "AUX"}:
        opens = "Part" in labels.feature(first, "VerbForm")  # "lié à Y", "basé à Y"
    else:
        opens = labels.relative_pronoun(first) or first.pos_ in {"DET", "NOUN", "PROPN", "NUM", "ADJ", "ADV"}
    finite_in = [t for t in words if t.pos_ in {"VERB", "AUX"} and "Fin" in labels.feature(t, "VerbForm")]
    if not opens or (finite_in and not labels.relative_pronoun(first)):
        return []
    noun = doc[j - 1]
    while noun.dep_ in {"flat:name", "flat", "fixed", "nmod", "amod"} and unit.start <= noun.head.i < noun.i:
        noun = noun.head  # "Moussa Abou Marzouk", "le service de police de X": the phrase's head
    if noun.pos_ not in {"NOUN", "PROPN"} or fr.in_quote(noun.idx) or any(c.dep_ == "case" for c in children(noun)):
        return []
    return [noun]


def surface_subject(v: Token, close: int, time: frozenset[str] = frozenset()) -> list[Token]:
    """Fallback when the parse gives the cue verb no subject: the noun phrase right before it ("X et Y ont
    déclaré", mis-parsed) or right after it ("…, a déclaré X", "a-t-il dit"); heads only, not their modifiers."""
    span = _words_before(v)
    if span is None:
        return []
    if not any(t.pos_ in {"PROPN", "NOUN", "PRON"} for t in span):
        span = _words_after(v, close, time)
    ids = {t.i for t in span}
    # a name the parser cut into roots of their own ("Claire" / "Vasseur" after a paragraph break): its first word
    heads = [t for t in span if t.head.i not in ids or (t.head.i == t.i and not _name_goes_on(t, ids))]
    heads += [t for t in span if t.dep_ == "conj" and t.head in heads]
    return [t for t in heads if t.pos_ in {"PROPN", "NOUN", "PRON"}]


def incise_subject(v: Token, comma: Token, fr: Frame) -> list[Token]:
    """Subject heads of the closing incise ``v`` opened at ``comma`` ("…, a déclaré X"): the surface subject, else
    the parse's. Where the language's incise subject follows its verb (lexicon flag ``incise_subject_inverted``),
    never a word before ``comma``, which is the statement's ("L’État condamne l’attaque contre le meeting du Premier
    ministre, Paul Arnaud, a déclaré le porte-parole": a name set off by commas before the incise is no subject of
    it); none when the incise has no subject of its own after it."""
    heads = surface_subject(v, v.idx, fr.lex["time"]) or subjects(v, fr)
    if not fr.lex.has(INCISE_SUBJECT_INVERTED) or all(t.i > comma.i for t in heads):
        return heads
    after = _words_after(v, v.idx, fr.lex["time"])  # "…, a affirmé la ministre, X": the words after the verb
    ids = {t.i for t in after}
    return [t for t in heads if t.i > comma.i] or [
        t for t in after if t.head.i not in ids and t.pos_ in {"PROPN", "NOUN", "PRON"}
    ]


def _name_goes_on(t: Token, ids: set[int]) -> bool:
    """Whether root ``t`` is a word of a name whose first word, a root too, is right before it in the span."""
    prev = t.doc[t.i - 1] if t.i > 0 else None
    return prev is not None and prev.i in ids and prev.pos_ == "PROPN" and t.pos_ == "PROPN" and prev.head.i == prev.i


def preceding_subject(v: Token) -> list[Token]:
    """The head of the noun phrase right before verb ``v`` (its auxiliaries and clitics skipped) when the parse gave
    it no subject ("Claire Vasseur s’est engagée à…" parsed as two roots); [] when none."""
    span = _words_before(v) or []
    ids = {t.i for t in span}
    return [t for t in span if (t.head.i not in ids or t.head.i == t.i) and t.pos_ in {"PROPN", "NOUN"}][:1]


def _words_before(v: Token) -> list[Token] | None:
    """The words of the noun phrase right before ``v`` (or of an inverted pronoun, "a-t-il"); None when ``v`` is a
    coordinated predicate ("a salué X et estimé que…": it shares the main subject)."""
    doc, toks, span = v.doc, tokens(v.doc), []
    k = v.i - 1
    if k > 0 and toks[k].pos_ == "VERB" and "Inf" in labels.feature(v, "VerbForm"):
        k -= 1  # "X a fait savoir que…", "X a voulu rappeler que…": the infinitive's subject is its verb's
    if _gerund(v):
        return None  # "X a ordonné le retrait tout en déplorant…": the main subject's act, "en" no subject
    while k >= 0 and (
        toks[k].pos_ in {"AUX", "ADV", "PART"}
        or toks[k].text.startswith("-")
        or _reflexive(toks[k])
        or _object_clitic(toks[k])
    ):
        span += [toks[k]] if toks[k].pos_ == "PRON" and not (_reflexive(toks[k]) or _object_clitic(toks[k])) else []
        k -= 1
    inverted = bool(span)  # "a-t-il dit"
    if not inverted and (j := _adjunct_start(doc, k, v)) is not None:  # "X a pour sa part estimé", "X a, de son côté,"
        k = j - 1
        while k >= 0 and (_auxiliary(toks[k], v) or toks[k].pos_ in {"ADV", "PART"} or toks[k].text == ","):
            k -= 1
    if k >= 0 and toks[k].pos_ == "CCONJ":
        return None
    if not inverted and k > 0 and toks[k].text == "," and toks[k - 1].pos_ == "PROPN":
        j = k - 1  # "le commissaire chargé de …, Emmanuel Adjovi-Kossi, a plaidé": a name between commas
        while j >= 0 and (toks[j].pos_ == "PROPN" or toks[j].text == "-"):
            j -= 1
        if j >= 0 and toks[j].text == ",":
            span, k, inverted = list(toks[j + 1 : k]), j, True  # the name is the subject: look no further left
    np_pos = {"PROPN", "NOUN", "DET", "ADJ", "CCONJ", "PRON"}
    while not inverted and k > 1 and toks[k].ent_type_ in labels.TIME_ENTITY:  # "Ukraine on Monday said": skipped
        j = k
        while j >= 0 and toks[j].ent_type_ in labels.TIME_ENTITY:
            j -= 1
        if j < 0 or toks[j].pos_ != "ADP":
            break
        k = j - 1
    while k >= 0 and not inverted and (toks[k].pos_ in np_pos or _inner_case(doc, k)) and "\n" not in toks[k].text:
        if (toks[k].pos_ == "PRON" and toks[k].dep_ == "mark") or relative(toks[k]):
            break  # "que", "au cours duquel": a relative pronoun opens the clause, its subject is after it
        span.insert(0, toks[k])
        k -= 1
        if k >= 0 and toks[k].is_punct:
            break
    return span


def _gerund(v: Token) -> bool:
    """Whether present participle ``v`` is a gerund: right after a pronoun or a preposition that is neither reflexive
    nor an object clitic ("en déplorant", "tout en dénonçant", however the model tags "en"), which no participle takes
    as its subject."""
    prev = v.doc[v.i - 1] if v.i > 0 else None
    return (
        prev is not None
        and labels.present_participle(v)
        and prev.pos_ in {"PRON", "ADP"}
        and not (_reflexive(prev) or _object_clitic(prev))
    )


def relative(t: Token) -> bool:
    """Whether pronoun ``t`` is a relative pronoun that is never a subject (some language's lexicon, kind
    ``relative``: "duquel", "laquelle", which the French model does not always tag as relative)."""
    return fold(t.text) in in_any_language("relative")


def _adjunct_start(doc: Doc, k: int, v: Token | None = None) -> int | None:
    """Index of the first word of a short adjunct ending at token ``k`` between an auxiliary and its participle ``v``
    ("a pour sa part estimé", "a, de son côté, affirmé", "a, quant à elle, jugé"): a prepositional phrase or adverbs
    right after the auxiliary, or between commas any short phrase of adverbs, a time phrase or a stressed pronoun
    ("a, également, souligné", "avait, quelques jours plus tôt, déclaré", "a, lui aussi, estimé"); None when there is
    none."""
    toks = tokens(doc)
    comma = k >= 0 and toks[k].text == ","
    j = k - 1 if comma else k
    end = j
    while j >= 0 and end - j < ADJUNCT_MAX and toks[j].pos_ in _ADJUNCT_POS:
        j -= 1
    words = doc[j + 1 : end + 1]
    if not words:
        return None
    if comma and j > 0 and toks[j].text == "," and _auxiliary(toks[j - 1], v):
        return j + 1  # between commas: "a, également, souligné"
    if words[0].pos_ not in {"ADP", "ADV"} or not any(t.pos_ == "ADP" for t in words):
        return None
    return j + 1 if not comma and j >= 0 and _auxiliary(toks[j], v) else None


def _inner_case(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is the preposition of a noun's complement inside a noun phrase ("le maire de Brévonne")."""
    toks = tokens(doc)
    t = toks[k]
    return t.pos_ == "ADP" and t.dep_ in labels.CASE and k > 0 and toks[k - 1].pos_ in {"NOUN", "PROPN"}


def _auxiliary(t: Token, v: Token | None = None) -> bool:
    """An auxiliary, also one the model tags as a verb ("a" in "a par la suite invité"), or made the root with
    participle ``v`` as its complement ("Il a, par ailleurs, rappelé que…": "a" the root, "rappelé" below it)."""
    if t.pos_ == "AUX" or t.dep_.startswith("aux"):
        return True
    return (
        v is not None and v.head.i == t.i and t.i < v.i and t.pos_ == "VERB" and "Part" in labels.feature(v, "VerbForm")
    )


#: At most this many words in an adjunct between an auxiliary and its participle ("a, quant à elle, jugé").
ADJUNCT_MAX = 4
#: Parts of speech of the words of such an adjunct ("de son côté", "quelques jours plus tôt", "lui aussi").
_ADJUNCT_POS = frozenset({"DET", "NOUN", "PRON", "ADV", "ADP", "ADJ", "NUM"})


_CLITIC_POS = frozenset({"AUX", "PRON"})


def _euphonic(t: Token) -> bool:
    """The euphonic "-t-" of an inverted French subject ("a-t-il", "ajoute-t-elle"): no subject itself."""
    return t.text.strip("-") == "t" and t.text.startswith("-")


def _inverted_clitics(v: Token) -> list[Token]:
    """The subject clitic inverted right before verb ``v``, after its auxiliary ("a-t-il lancé", "s’est-elle
    indignée"), read from the surface: the parser gives it any dependency, or none of ``v``'s."""
    doc, k = v.doc, v.i - 1
    while k >= 0 and v.i - k <= 4 and (doc[k].text.startswith("-") or doc[k].pos_ in _CLITIC_POS or auxiliary(doc[k])):
        if doc[k].text.startswith("-") and len(doc[k].text) > 1 and not _euphonic(doc[k]):
            return [doc[k]]
        k -= 1
    return []


def _demonstrative(t: Token) -> bool:
    """A demonstrative pronoun ("c’était au tour de X", "this"): never the speaker itself."""
    return t.pos_ == "PRON" and "Dem" in labels.feature(t, "PronType")


def _object_clitic(t: Token) -> bool:
    """An elided third-person object clitic the parser may take for a subject ("Comme l’a rappelé X": X speaks):
    a personal pronoun cut by an apostrophe, neither relative nor reflexive."""
    return (
        t.pos_ == "PRON"
        and t.text[-1:] in {"'", "’"}
        and labels.feature(t, "Person") == ["3"]
        and not labels.relative_pronoun(t)
        and not _reflexive(t)
        and not _demonstrative(t)
    )


def _reflexive(t: Token) -> bool:
    """A reflexive clitic ("se déclarant", "s’est défendu"): never the speaker itself."""
    return "Yes" in labels.feature(t, "Reflex")


def _words_after(v: Token, close: int, time: frozenset[str] = frozenset()) -> list[Token]:
    """The words of the noun phrase right after ``v`` and not before ``close`` ("…, a déclaré X"), the complements
    inserted before it skipped (:func:`skip_complements`: "a déclaré, dans un communiqué, le ministère", "a indiqué
    mardi, lors d’une conférence de presse, la ministre"), a name in apposition kept."""
    doc, span = v.doc, list[Token]()
    j = skip_complements(v, time)
    for t in tokens(doc)[j : j + 7]:
        if not span and plural_subject(t, v) and t.idx >= close:
            span.append(t)  # "…, ont indiqué des sources": the article, tagged a preposition
            continue
        if t.is_punct or t.is_space or t.pos_ in {"ADP", "VERB", "SCONJ", "CCONJ", "AUX", "ADV"} or t.idx < close:
            break
        span.append(t)
    k = span[-1].i + 1 if span else len(doc)
    if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].pos_ == "PROPN":  # "a lancé un habitant, X Y,"
        k += 1
        while k < len(doc) and (doc[k].pos_ == "PROPN" or doc[k].text == "-"):
            span.append(doc[k])
            k += 1
    return span
