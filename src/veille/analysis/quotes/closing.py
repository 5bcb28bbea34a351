"""The speech-verb incise that attributes a sentence, read on the sentence's tokens: closing it ("…, a-t-elle
précisé.", "…, a indiqué le ministre.", "…, officials said.") or between two commas inside it ("Les pourparlers,
a-t-on précisé, ont porté sur…"). :mod:`.indirect` reports the sentence as the incise speaker's statement; the
incises set inside quotation marks are :mod:`.incises`'.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..tree import children
from . import labels
from .complements import as_subject
from .fragments import present_participle
from .frame import Frame, auxiliary, negated
from .incises import INCISE_MAX_BEFORE, adverbial_tail, after_complements, plural_subject
from .lexicon import INCISE_SUBJECT_RELATIVE, RELAYED_INCISE, fold
from .reported import fronted_adjunct, impersonal_incise, inverted_present
from .speaker_clause import speaker_clause


def inner_incise(fr: Frame, toks: list[Token]) -> Token | None:
    """The cue verb of an incise between two commas inside a sentence ("Les échanges, a-t-on indiqué, ont
    porté sur…", "The remaining troops, it said, will leave…"): words before it and a finite verb after it; the
    incise holds the verb, pronouns, auxiliaries and at most a short noun phrase."""
    commas = [k for k, t in enumerate(toks) if t.text == ","]
    for a, b in zip(commas, commas[1:], strict=False):
        tail = toks[a + 1 : b]
        verbs = [x for x in tail if fr.is_cue(x)]
        if len(verbs) != 1 or not a or negated(verbs[0]) or len(tail) > INCISE_MAX_BEFORE + 3:
            continue
        v = verbs[0]
        if present_participle(v):
            continue  # "X, s'exprimant à la radio, a dénoncé…": an adjunct of the verb after it, no incise
        if not all(
            x is v or x.pos_ in {"AUX", "PRON", "ADV", "DET", "NOUN", "PROPN", "ADJ", "ADP"} or x.text.startswith("-")
            for x in tail
        ):
            continue
        if not any(x.pos_ == "PRON" or x.pos_ in {"NOUN", "PROPN"} for x in tail):
            continue  # no subject in the incise: "X, a-t-il…" needs one
        rest = toks[b + 1 :]
        if any("Fin" in labels.feature(x, "VerbForm") for x in rest) and not any(
            "Fin" in labels.feature(x, "VerbForm") for x in toks[:a]
        ):
            return v
    return None


def _finite_first(v: Token, tail: list[Token]) -> bool:
    """Whether cue ``v`` is a finite verb opening the incise, a noun phrase right after it ("…, rapporte le
    journal X."): its inverted subject, whatever noun the parser hung the verb on (a finite verb with no relative
    pronoun modifies no noun)."""
    nxt = v.doc[v.i + 1] if v.i + 1 < len(v.doc) else None
    return (
        tail[0].i == v.i
        and "Fin" in labels.feature(v, "VerbForm")
        and nxt is not None
        and nxt.pos_ in {"DET", "PROPN", "NOUN"}
        and not any(c.dep_ in labels.SUBJECT for c in children(v))
    )


def incise(fr: Frame, toks: list[Token]) -> tuple[Token, Token] | None:
    """``(comma, cue verb)`` of a sentence closed by a speech-verb incise: ", a-t-elle précisé.", ", a indiqué le
    ministre.", ", officials said."; the incise holds only auxiliaries, pronouns and the subject's noun phrase. When
    the whole sentence gives none, the sentence cut before a clause its speaker carries (:mod:`.speaker_clause`: "…,
    a annoncé le gouverneur X qui dresse un bilan et accuse…", "…, a indiqué l'armée alors même que…")."""
    found = _closing(fr, toks)
    if found is None and (cut := speaker_clause(fr, toks)) is not None:
        found = _closing(fr, toks[:cut])
    return found


def incise_before(fr: Frame, toks: list[Token], quoted: int) -> tuple[Token, Token] | None:
    """:func:`incise` for a sentence whose first quoted word is ``toks[quoted]``, where the quoted words are in the
    clause its speaker carries (« …, souligne le ministère qui annonce que « … » »); None where they are not."""
    cut = speaker_clause(fr, toks)
    return None if cut is None or cut > quoted else _closing(fr, toks[:cut])


def _closing(fr: Frame, toks: list[Token]) -> tuple[Token, Token] | None:
    """:func:`incise` on the words ``toks`` as they stand."""
    end = len(toks) - 1 if toks[-1].is_punct else len(toks)
    for k in range(end - 1, 0, -1):
        t = toks[k]
        if t.text == ",":
            if _connector(toks[k + 1 : end], fr.lex["as"]):
                continue  # "…, estime X, notamment car…": a clause of its own after the incise
            tail = _own_words(toks[k + 1 : end], fr.lex["as"])
            relative = _relatives(tail) if fr.lex.has(INCISE_SUBJECT_RELATIVE) else set()  # "…, a annoncé le
            # gouverneur X qui visite les blessés": the speaker's own clause
            verbs = [
                x
                for x in tail
                if x.i not in relative and (fr.is_cue(x) or impersonal_incise(fr, x) or _inverted_incise(fr, x, tail))
            ]
            if not verbs and (not any(x.pos_ == "VERB" for x in tail) or adverbial_tail(tail)):
                continue  # a comma inside the subject ("le porte-parole, X"), or a time clause after the incise
                # ("…, an aide told reporters, two days after the vote")
            v = verbs[0] if len(verbs) == 1 else None
            if (
                v is None
                or negated(v)
                or (v.dep_ in labels.NOUN_CLAUSE and not _finite_first(v, tail))
                or not (
                    "Fin" in labels.feature(v, "VerbForm")
                    or any(c.dep_.startswith("aux") for c in children(v))
                    or any(fr.pair_head(x, v) for x in tail[: tail.index(v)])  # "…, a laissé entendre X"
                    or inverted_present(v, tail)  # "…, déplore X": a present the model reads as a participle
                    or any(auxiliary(x) for x in tail[: tail.index(v)])  # "…, a-t-elle martelé": tagged ADJ
                    or _past_with_subject(v, tail[: tail.index(v)])
                )  # "…, state-owned Radio Orvania reported on Monday": a past tense tagged as a participle, its subject
            ):
                return None  # "…, la Pologne accusant Minsk", "…, un chantier estimé à…"
            auxiliaries = [c.i < t.i for c in children(v) if c.dep_.startswith("aux")]
            if any(auxiliaries) and all(auxiliaries):
                return None  # "X a, de son côté, annoncé la création…": the auxiliary before the comma, no incise
                # (one after it too: "Ce n'est pas assez, a-t-elle ajouté", the verb before hung on the incise's)
            before, after = tail[: tail.index(v)], tail[tail.index(v) + 1 :]
            if after and after[0].text == ",":
                after = []  # "…, an aide has said, a week after the vote": the incise ends at its own comma
            if not any("Fin" in labels.feature(x, "VerbForm") for x in toks[:k]) or fronted_adjunct(toks[:k], v):
                return None  # no clause before the comma to report ("Dans son discours, X, a plaidé", "Asked…, X said")
            if _subject_before(v, toks[:k]):
                return None  # the comma closes the verb's own subject ("X, who lives in Y, has denied any role")
            as_clause = bool(before) and fold(before[0].text) in fr.lex["as"]  # "…, comme l'a dit X", "…, as X said"
            if as_clause and not as_subject(v):
                return None  # "…, as expected": no speaker
            if as_clause and any(fr.is_cue(x) for x in toks[:k]):
                return None  # "X a salué …, comme l'indique Y": a speech act of its own, Y only the report's source
            if as_clause:
                before = before[1:]
            elif (
                after
                and not any(x.pos_ in {"PRON", "NOUN", "PROPN"} for x in before)
                and after[0].pos_ not in {"DET", "PROPN", "NOUN"}
                and not _inverted_clitic(after)  # "…, ajoute-t-elle.": the subject inverted after a present
                and after_complements(v, fr.lex["time"]).pos_ not in {"DET", "PROPN", "NOUN"}
                and not plural_subject(after_complements(v, fr.lex["time"]), v)  # "…, ont indiqué des sources"
            ):  # "…, a indiqué à l'AFP une source sécuritaire": the subject after the inserted complements
                return None  # no subject after the verb, none before it: "X, a plaidé pour cette réforme"
            before = _fused_compounds(before)  # "…, Saudi-owned Al Arabiya reported": "Saudi-owned" one modifier
            if sum(x.pos_ != "AUX" for x in before) > INCISE_MAX_BEFORE or not all(
                x.pos_ in {"AUX", "PRON", "ADV", "DET", "NOUN", "PROPN"} or x.text.startswith("-") or fr.pair_head(x, v)
                for x in before
            ):  # "…, a fait savoir X": the pair's first verb is part of the incise
                return None
            adverbial = {x.i for c in children(v) if c.dep_ == "advcl" and c.i > v.i for x in c.subtree}
            if any(
                x.pos_ in {"VERB", "AUX", "SCONJ"}
                for x in after
                if x.dep_ != "acl" and x.i not in adverbial and x.i not in relative
            ):
                return None  # "…, told reporters that …": a clause follows, not just the speaker (nor "as he…")
            return None if _holds_report(fr, toks[:k], v) else (t, v)  # "X issued a statement saying …, Y reported"
    return None


def _relatives(tail: list[Token]) -> set[int]:
    """The tokens of the relative clauses of the nouns of incise words ``tail`` ("…, ont annoncé les autorités qui
    avaient lancé…", "…, souligne le ministère qui annonce que…"): what the speaker did besides, not a clause the
    incise's verb governs."""
    words = {x.i for x in tail}
    return {
        y.i
        for x in tail
        if x.dep_ in labels.RELATIVE and x.head.i in words and x.head.pos_ in {"NOUN", "PROPN"}
        for y in x.subtree
    }


def _inverted_incise(fr: Frame, v: Token, tail: list[Token]) -> bool:
    """Whether ``v`` is a verb of news incises (lexicon kind ``verb_incise``) opening the incise ``tail``, only
    auxiliaries, adverbs and a hyphenated clitic before it: its subject after it ("…, a poursuivi le ministre.",
    "…, a-t-il relevé.", "…, tranche X."), so it reports the clause before the comma as a speech verb does (not
    "…, l'armée a poursuivi son avancée": a subject before the verb, an act; nor a bare participle)."""
    if fr.lemmas[v.i] not in fr.lex["verb_incise"] or not fr.verbal(v) or fr.in_quote(v.idx):
        return False
    before = tail[: tail.index(v)]
    if "Part" in labels.feature(v, "VerbForm") and not any(w.pos_ == "AUX" for w in before):
        return False  # "…, interpellé lundi à X": a participle of the noun before, no tense of its own
    return all(w.pos_ in {"AUX", "ADV"} or w.text.startswith("-") for w in before)


def _subject_before(v: Token, before: list[Token]) -> bool:
    """Whether the words ``before`` a comma are the subject of incise verb ``v`` and its relative clauses ("X, who lives
    in Y, has denied any role"): a subject of ``v`` reaches the comma, and every finite verb before it is in one of
    that subject's relative clauses (not a clause the parser hung on the subject: "Le site … est …, car il
    doit …, précise X")."""
    if not before:
        return False
    subject = next((c for c in children(v) if c.dep_ in labels.SUBJECT and c.right_edge.i + 1 >= before[-1].i), None)
    if subject is None or subject.i > before[-1].i:
        return False
    relative = {x.i for c in children(subject) if c.dep_ in labels.RELATIVE for x in c.subtree}
    return not any("Fin" in labels.feature(x, "VerbForm") and x.i not in relative for x in before)


#: Dependencies of a word that joins a clause to the one before ("mais", "car", "alors que", "parce que").
_JOINING = frozenset({"cc", "mark"})


def _connector(words: list[Token], as_words: frozenset[str]) -> bool:
    """Whether ``words`` open with a conjunction, adverbs before it ("mais…", "car…", "notamment parce que…"): a
    clause joined after a comma, no incise; not the word of an "as" clause, which names a source ("comme l'a dit X")."""
    k = 0
    while k < len(words) and words[k].pos_ == "ADV" and words[k].dep_ not in _JOINING:
        k += 1
    if k == len(words) or words[k].pos_ not in {"CCONJ", "SCONJ", "ADV"} or fold(words[k].text) in as_words:
        return False
    head = words[k].head  # a clause's predicate: "car Y récupère", not "ainsi que la Croix-Rouge"
    return (words[k].pos_ != "ADV" or words[k].dep_ in _JOINING) and (
        head.pos_ in labels.VERBAL or any(c.dep_ in labels.COPULA for c in children(head))
    )


def _own_words(tail: list[Token], as_words: frozenset[str]) -> list[Token]:
    """The words of an incise, up to a comma that a joined clause follows ("…, estime X, notamment car Y récupère…":
    the incise is "estime X")."""
    cut = (j for j, x in enumerate(tail) if j and x.text == "," and _connector(tail[j + 1 :], as_words))
    return tail[: next(cut, len(tail))]


def _inverted_clitic(after: list[Token]) -> bool:
    """Whether the words after an incise verb open with its inverted subject clitic, printed with hyphens ("…,
    ajoute-t-elle.", "…, précise-t-il.", "…, estime-t-on."): the subject of a present tense, after the verb."""
    clitics = after[1:2] if after[0].text == "-t" else after[:1]
    return bool(clitics) and clitics[0].pos_ == "PRON" and clitics[0].text.startswith("-") and len(clitics[0].text) > 1


def _past_with_subject(v: Token, before: list[Token]) -> bool:
    """Whether incise verb ``v``, a past participle as tagged, has its subject among ``before``, the incise's words
    before it ("…, state-owned Radio Orvania reported on Monday"): a simple past the tagger read as a participle; not a
    bare participle ("…, a report published by X") nor a present one ("…, la Pologne accusant Minsk")."""
    return "Past" in labels.feature(v, "Tense") and any(c.dep_ in labels.SUBJECT and c in before for c in children(v))


def _fused_compounds(words: list[Token]) -> list[Token]:
    """``words`` less the hyphen and the participle or adjective after it of each hyphenated compound printed as one
    word ("state-run", "Saudi-owned", "Kremlin-backed"): a modifier of the speaker's phrase, one word with the word
    before the hyphen."""
    drop: set[int] = set()
    for k, x in enumerate(words[1:-1], 1):
        if x.text == "-" and not words[k - 1].whitespace_ and not x.whitespace_:
            drop |= {x.i, words[k + 1].i}
    return [x for x in words if x.i not in drop]


def relayed(fr: Frame, content: list[Token]) -> tuple[Token, Token] | None:
    """``(comma, cue verb)`` of the incise closing ``content``, the words a second incise reports ("…, Ostravia
    admitted on Saturday, state media reported"): the inner incise's speaker made the statement, the outer one only
    relays it. None when the content closes on no incise of its own."""
    return incise(fr, content) if content else None


def relayed_by(fr: Frame, content: list[Token], v: Token) -> tuple[Token, Token | None] | None:
    """As :func:`relayed`, for the words ``content`` closing incise ``v`` reports; besides, with the lexicon flag
    ``relayed_incise``, ``(comma, participle)`` when the parser hung ``v`` under the participle that made the
    statement ("X reacted, saying …, the daily Y reported": X's statement), and ``(comma, None)`` when the content
    holds a report of its own ("X issued a statement saying …, the Times reported": that report stands alone)."""
    if not content:
        return None
    if (found := relayed(fr, content)) is not None:
        return found
    saying, comma = v.head, v.doc[content[-1].i + 1] if content[-1].i + 1 < len(v.doc) else content[-1]
    if comma.text != ",":
        return None
    if saying.i < content[0].i and fr.is_cue(saying) and relays_incise(fr, saying, v):
        return comma, saying
    return (comma, None) if _holds_report(fr, content, v) else None


def relay_after(fr: Frame, v: Token, cl: Token) -> bool:
    """Whether clause ``cl``, which the parser hung after speech verb ``v``, is a second incise closing the
    sentence ("…, the port authority said on Sunday, local media reported"): a speech verb after a comma, with
    its subject and adjuncts only, ending the sentence. It relays the statement; it reports nothing of its own."""
    if cl.i < v.i or not fr.is_cue(cl) or cl.left_edge.i == 0:
        return False
    doc = cl.doc
    first = cl.left_edge
    comma = first if first.text == "," else doc[first.i - 1]  # the parser may hang the comma on the incise
    if comma.text != "," or any(c.dep_ in {"ccomp", "xcomp", "mark"} for c in children(cl)):
        return False
    return any(c.dep_ in labels.SUBJECT and c.i < cl.i for c in children(cl)) and _closes(fr, cl)


def _holds_report(fr: Frame, content: list[Token], v: Token) -> bool:
    """Whether ``content``, the words closing incise ``v`` reports, is a report of its own: a speech participle with
    no subject of its own, on the content's main verb or that verb's object, whose reported clause ends the content
    ("X issued a statement on Monday saying …, the Times reported"): that report is the statement, ``v`` only relays
    it (not "X closed the port after Y said …, the Times reported": the closing is the Times' report). Only for
    languages with the lexicon flag ``relayed_incise``, and ``v`` with its own subject after the content."""
    if not fr.lex.has(RELAYED_INCISE) or not _closes(fr, v):
        return False
    if not any(c.dep_ in labels.SUBJECT and content[-1].i < c.i < v.i for c in children(v)):
        return False
    ids = {t.i for t in content}
    roots = [t for t in content if t.head.i not in ids or t.head == t]
    return len(roots) == 1 and any(
        fr.is_cue(t)
        and t.dep_ in {"acl", "advcl"}
        and t.tag_ == "VBG"
        and (t.head == roots[0] or t.head.head == roots[0])
        and not any(c.dep_ in labels.SUBJECT for c in children(t))
        and any(c.dep_ == "ccomp" and c.i > t.i and c.right_edge.i == content[-1].i for c in children(t))
        for t in content
    )


def relays_incise(fr: Frame, v: Token, x: Token) -> bool:
    """Whether speech verb ``x``, a second incise closing the sentence after incise verb ``v``, only relays ``v``'s
    statement: "“…,” X said at the forum, the Times reported" (``v`` hung under ``x``, each with its own subject:
    X speaks) and "X reacted, saying …, the daily Y reported" (``x`` hung under the participle ``v``, whose subject
    is above it: X speaks); nothing but punctuation follows ``x``'s phrase in the unit. Only for languages with the
    lexicon flag ``relayed_incise``."""
    if not fr.lex.has(RELAYED_INCISE) or not v.i < x.i or not _closes(fr, x):
        return False
    if not any(c.dep_ in labels.SUBJECT and v.i < c.i < x.i for c in children(x)):
        return False
    if x.head == v:
        return x.dep_ == "ccomp" and v.dep_ in {"advcl", "acl"}
    return (
        v.head == x
        and v.dep_ in {"ccomp", "parataxis"}
        and any(c.dep_ in labels.SUBJECT and c.i < v.i for c in children(v))
    )


def _closes(fr: Frame, x: Token) -> bool:
    """Whether nothing but punctuation follows ``x``'s phrase in its unit."""
    rest = x.doc[x.right_edge.i + 1 : fr.unit_of(x).end]
    return all(t.is_punct or t.is_space for t in rest)


def relayed_inner(fr: Frame, x: Token, c: int) -> Token:
    """The incise verb after the quote closing at ``c`` that speech verb ``x`` only relays, the parser having hung
    it under ``x`` ("“…,” X said, the Times reported": "said" a parataxis of "reported"), else ``x``."""
    for v in children(x):
        if v.idx > c and fr.is_cue(v) and relays_incise(fr, v, x):
            return v
    return x
