"""Quote extraction and speaker attribution for French and English articles.

``extract_quotes(doc, entities, lang=...)`` finds

* direct quotes between quotation marks in every common typography (« », “ ”, straight "", ‹ ›, „ “, ‘ ’),
  nested marks kept inside the outer quote, French multi-paragraph quotes (« reopened at each paragraph), and
  partial fragments inside reported speech; unbalanced marks are skipped, never fatal;
* indirect speech: the clause after "que"/"that" governed by a speech verb, a French bare infinitive ("a annoncé
  avoir…"), a sentence opened by "Selon X," / "According to X," or closed by an incise ("…, a-t-elle précisé");
  quoted fragments inside such a clause belong to it (one statement, one quote);

and attributes each to speakers among ``entities`` (the entity dicts of :mod:`veille.entities`): the subject of
the cue verb (normal or inverted order, "a-t-il ajouté", a name in apposition), "selon X" / "according to X",
"X : « … »", nominal cues ("dans une déclaration, X…"), spokespersons (→ their institution, unless named),
joint phrases ("tous deux", "les deux ministres", "les deux pays"), a speech act or a "Pour X, … :" source closing
the paragraph before a quote paragraph, relative pronouns (their antecedent), bare definite phrases ("the
ministry" -> the entity last mentioned with that noun), and subject pronouns resolved to the last compatible
speaker or subject ("it" to an organisation or state). A direct quote whose
speaker cannot be resolved keeps ``speakers: []``; reported speech of nobody named is dropped (narrative, not a
quote); speakers are never guessed.

Lexicons (speech verbs, joint phrases, naming words, pronouns) live in ``data/quotes/<lang>.tsv``.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from ...errors import ConfigError, InvalidRecord

logger = logging.getLogger(__name__)

#: Quoted fragments with fewer words are never quotes: in news text one quoted word is a term or a scare quote
#: far more often than speech (set by reading French and English wire copy; costs rare one-word quotes).
MIN_QUOTE_WORDS = 2
#: Fragments up to this many words are dropped when they look like a name (capitalised mid-sentence, or after a
#: naming word such as "opération", "dubbed"); longer ones are speech whatever their case. Titles and operation
#: names rarely exceed six words.
NAME_MAX_WORDS = 6
#: Quoted fragments with no cue at all are kept (speakers: []) only from this length on: a whole sentence quoted
#: without attribution is still a quote; a short one is more likely a scare quote.
STANDALONE_MIN_WORDS = 6
#: Two quotes merge (one statement reported twice) when the Jaccard index of their content lemmas reaches this and
#: their speakers are equal. Tuned on invented pairs: verbatim repeats and active/passive rewordings score 1.0,
#: one added word 0.75, distinct statements on one topic 0.0-0.4. The seed's two translations of one sentence
#: (two synonyms swapped) score 0.43 and stay separate (the gold marks the second as optional).
MERGE_JACCARD = 0.6
#: A verbatim-like repeat (pull quote) without a speaker merges into an attributed one from this Jaccard on.
MERGE_JACCARD_UNATTRIBUTED = 0.9
#: At most this many words between the comma and the verb of a closing incise ("…, the ministry's spokesman
#: said"); longer runs are a clause of their own. Set by reading incises in wire copy.
INCISE_MAX_BEFORE = 4
#: A pronoun only refers to a speaker or subject this many characters back at most (about two paragraphs).
PRONOUN_WINDOW = 1200

_REOPENERS = set('«‹“"')  # marks that reopen a quote at each paragraph it continues into
_OPEN_CTX = set(' \t\n([{—–-/\u00a0\u202f\u2009«‹“„‘"”')  # what may precede an opening mark
_SUBJ_DEPS = {"nsubj", "expl:subj"}
_PASSIVE_SUBJ_DEPS = {"nsubj:pass", "nsubjpass"}
_INHERIT_DEPS = {"xcomp", "conj", "advcl", "pcomp", "prep"}  # "a tenu à souligner", "was quoted as saying"
_NAME_DEPS = {"appos", "flat", "flat:name", "compound", "nmod:poss"}
_NEG = {"pas", "jamais", "not", "never", "n't"}
_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM"}
_MARKS = re.compile('[«»‹›„“”"‘’\n]')
_WORD = re.compile(r"\w+(?:['’]\w+)*")


@dataclass(frozen=True)
class Lexicon:
    """The quote lexicon of one language (see ``data/quotes/<lang>.tsv``)."""

    entries: dict[str, frozenset[str]]

    def __getitem__(self, kind: str) -> frozenset[str]:
        return self.entries.get(kind, frozenset())


@cache
def lexicon(lang: str) -> Lexicon:
    """Load the quote lexicon of ``lang`` (cached)."""
    path = resources.files("veille") / "data" / "quotes" / f"{lang}.tsv"
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(f"no quote lexicon for language {lang!r} ({path})") from exc
    entries: dict[str, set[str]] = {}
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[1].strip():
            raise ConfigError(f"{path}:{n}: expected 'kind<TAB>entry', got {line!r}")
        entries.setdefault(parts[0], set()).add(_fold(parts[1]))
    return Lexicon({k: frozenset(v) for k, v in entries.items()})


def _fold(s: str) -> str:
    return " ".join(s.replace("’", "'").lower().split())


# --------------------------------------------------------------------------------------------------- marks
def find_quoted(text: str) -> list[tuple[int, int]]:
    """Return ``(open, close)`` offsets of the outermost balanced quotation-mark pairs in ``text``.

    Nested pairs are part of their outer pair. An unclosed quote at the end of a paragraph continues when the
    next paragraph reopens with the same mark (French and English multi-paragraph convention), otherwise it is
    dropped; stray closing marks are ignored.
    """
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    n = len(text)

    def close(k: int, at: int) -> None:
        pairs.append((stack[k][1], at))
        del stack[k:]

    def find(openers: str) -> int:
        return next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] in openers), -1)

    skip_to = 0
    for found in _MARKS.finditer(text):
        i, c = found.start(), found.group()
        if i < skip_to:
            continue
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if c == "\n":
            if stack:
                j = i
                while j < n and text[j].isspace():
                    j += 1
                if j < n and text[j] == stack[0][0] and text[j] in _REOPENERS:
                    del stack[1:]
                    skip_to = j + 1
                    continue
                stack.clear()
        elif c in "«‹„":
            stack.append((c, i))
        elif c in "»›":
            k = find("«" if c == "»" else "‹")
            if k >= 0:
                close(k, i)
        elif c == "“":
            k = find("„")
            if k >= 0:
                close(k, i)
            else:
                stack.append((c, i))
        elif c == "”":
            k = find("“„”")
            if k >= 0 and not (stack[k][0] == "”" and prev in _OPEN_CTX):
                close(k, i)
            elif prev in _OPEN_CTX and not nxt.isspace():  # ” typed as an opening mark
                stack.append((c, i))
        elif c == '"':
            k = find('"')
            if k >= 0 and not prev.isspace():
                close(k, i)
            elif prev in _OPEN_CTX and not nxt.isspace():
                stack.append((c, i))
            elif k >= 0:
                close(k, i)
        elif c == "‘" and not prev.isalnum():
            stack.append((c, i))
        elif c == "’" and not nxt.isalnum():
            k = find("‘")
            if k >= 0:
                close(k, i)
    pairs.sort()
    outer: list[tuple[int, int]] = []
    for o, e in pairs:
        if not outer or o > outer[-1][1]:
            outer.append((o, e))
    return outer


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


# ------------------------------------------------------------------------------------------------ entities
@dataclass
class _Ent:
    id: str
    name: str
    type: str
    gender: str | None = None

    def ref(self) -> dict:
        return {"id": self.id, "name": self.name}


@dataclass
class _Item:
    """One quote being built."""

    start: int
    end: int
    direct: bool
    sent: tuple[int, int]
    cue: str | None = None
    heads: list = field(default_factory=list)  # subject head tokens to resolve in document order
    speakers: list[_Ent] = field(default_factory=list)
    resolved: bool = False  # speakers already final (or none to be found)
    how: str | None = None  # how the cue was found; "continuation": same speaker as the quote just before
    spans: list[tuple[int, int]] = field(default_factory=list)
    source: list = field(default_factory=list)  # heads of a "selon X" source in the sentence, besides the cue


class _Attributor:
    """Maps speaker phrases to entities: mentions, noun phrases, pronouns and joint phrases."""

    def __init__(self, doc, text: str, entities: list[dict], lang: str):
        self.doc, self.text, self.lang, self.lex = doc, text, lang, lexicon(lang)
        self.mentions: list[tuple[int, int, _Ent]] = []
        for e in entities:
            try:
                ent = _Ent(str(e["id"]), e.get("name") or "", e.get("type") or "")
                for m in e.get("mentions") or []:
                    self.mentions.append((int(m["start"]), int(m["end"]), ent))
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise InvalidRecord(
                    f"entity {e!r:.120} is not an entity dict with an id and mention offsets: {exc!r}"
                ) from exc
            if ent.type == "PERSON":
                ent.gender = self._gender(e.get("mentions") or [])
        self.mentions.sort(key=lambda m: (m[0], -m[1]))
        self.memory: list[_Ref] = []  # speakers and subjects in document order

    # -- mentions ----------------------------------------------------------------------------------------
    def _gender(self, mentions: list[dict]) -> str | None:
        fem = masc = 0
        text = self.text
        for m in mentions:
            before = _fold(text[max(0, m["start"] - 12) : m["start"]]).split()[-1:]
            words = before + _fold(m.get("text") or text[m["start"] : m["end"]]).split()
            fem += any(w in self.lex["gender_f"] for w in words)
            masc += any(w in self.lex["gender_m"] for w in words)
            span = self.doc.char_span(m["start"], m["end"], alignment_mode="expand")
            for t in list(span or ())[:1]:  # the mention's own article: not "la" in "le ministre de la Défense"
                if t.pos_ == "DET":
                    g = t.morph.get("Gender")
                    fem += g == ["Fem"]
                    masc += g == ["Masc"]
        # feminine evidence wins: "le Premier ministre" is also said of women, "la Première ministre" never of men
        return "f" if fem else "m" if masc else None

    def covering(self, start: int, end: int) -> list[_Ent]:
        """Entities with a mention overlapping [start, end), longest mention first."""
        hits = [(m[1] - m[0], m[2]) for m in self.mentions if m[0] < end and m[1] > start]
        return _dedupe([e for _, e in sorted(hits, key=lambda h: -h[0])])

    # -- noun phrases --------------------------------------------------------------------------------------
    def np_text(self, head) -> str:
        """The folded words of the noun phrase of ``head``, without its relative clauses."""
        skip = {t.i for c in head.children if c.dep_.startswith("acl") or c.dep_ == "relcl" for t in c.subtree}
        return _fold(" ".join(t.text for t in head.subtree if t.i not in skip and not t.is_punct))

    def resolve_head(self, head, pos: int) -> list[_Ent] | None:
        """Entities named by the noun phrase headed by ``head``; None when it names none."""
        word = _fold(head.text).lstrip("-")
        if head.text.startswith("-") and head.i + 1 < len(head.doc) and head.doc[head.i + 1].text.startswith("-"):
            head = head.doc[head.i + 1]  # euphonic "-t-" in "a-t-elle dit": the pronoun is the next token
            word = _fold(head.text).lstrip("-")
        if head.pos_ == "PRON" and "Rel" in head.morph.get("PronType") and head.head.dep_ in {"relcl", "acl:relcl"}:
            return self.resolve_head(head.head.head, pos)  # "X, qui a exigé…": the relative pronoun's antecedent
        if (
            head.pos_ == "PRON"
            and word in self.lex["pron_m"] | self.lex["pron_f"] | self.lex["pron_pl"] | self.lex["pron_n"]
        ):
            return self.pronoun(word, pos)
        if self.np_text(head) in self.lex["joint"] | self.lex["joint_party"]:
            return self.joint(pos, persons=self.np_text(head) in self.lex["joint"])
        ents = self.covering(head.idx, head.idx + len(head))
        if not ents:
            for c in head.children:
                if c.dep_ in _NAME_DEPS or (
                    c.dep_ in {"amod", "conj"} and c.pos_ == "PROPN" and not any(x.dep_ == "cc" for x in c.children)
                ):  # a name in apposition parsed as amod or conj
                    found = self.covering(c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
                    if (
                        c.dep_ in {"amod", "compound"}
                        and head.pos_ == "NOUN"
                        and head.lemma_.lower() not in self.lex["institution"]
                    ):
                        found = [e for e in found if e.type != "GPE"]  # "a Thai official" is not Thailand
                    ents += found
                elif (
                    c.dep_ == "nmod"
                    and c.left_edge.i == c.i == head.i + 1
                    and c.pos_ in {"PROPN", "NOUN"}
                    and c.text[:1].isupper()
                ):  # "l’organisation Reporters sans frontières": a name, no "de"
                    ents += [e for e in self.covering(c.idx, c.idx + len(c)) if e.type != "PERSON"]
                elif c.i > head.i and c.left_edge.i and head.doc[c.left_edge.i - 1].text == ",":
                    # ", Oleh Moroz" mis-tagged (acl, nmod…): only a person's name counts as an apposition
                    ents += [e for e in self.covering(c.left_edge.idx, c.idx + len(c)) if e.type == "PERSON"]
        if not ents:  # "The mayor of X, Paul Martel, said": the apposition hangs lower in the phrase
            skip = {t.i for c in head.children if c.dep_.startswith("acl") or c.dep_ == "relcl" for t in c.subtree}
            for t in head.subtree:
                if t.dep_ == "appos" and t.i not in skip:
                    ents += [e for e in self.covering(t.idx, t.idx + len(t)) if e.type == "PERSON"]
        if not ents and _fold(head.text) in self.lex["spokes"]:  # "the ministry's spokesman" -> the ministry
            for c in head.children:
                if c.dep_ in {"nmod", "poss", "nmod:poss"}:
                    ents += self.resolve_head(c, pos) or []
                elif c.dep_ == "prep" and _fold(c.text) in {"for", "of"}:  # "a spokesperson for the Commission"
                    ents += [e for o in c.children if o.dep_ == "pobj" for e in self.resolve_head(o, pos) or []]
        if not ents and head.lemma_.lower() in self.lex["institution"]:  # "le ministère russe", "Vietnam's ministry"
            for c in head.children:
                if c.dep_ in {"nmod", "poss", "nmod:poss", "amod", "compound"}:
                    ents += [e for e in self.covering(c.idx, c.idx + len(c)) if e.type in {"ORG", "GPE"}]
        if not ents:
            ents = self.definite(head)
        people = [e for e in ents if e.type == "PERSON"]
        # "a Cambodian defence ministry spokeswoman, Sok Chanthida": the named person speaks, not her ministry
        return _dedupe(people if people and len(people) < len(ents) and self.np_names_person(head) else ents) or None

    def definite(self, head) -> list[_Ent]:
        """A bare definite noun phrase ("the ministry", "le ministère", "le ministre") names the entity last
        mentioned before it by a phrase holding the same noun ("Azerbaijan's defence ministry", "le ministre de
        l’Intérieur X"), or an organisation whose name holds it; [] when none."""
        if (
            head.pos_ != "NOUN"
            or not any(
                c.dep_ == "det"
                and (c.morph.get("Definite") == ["Def"] or _fold(c.text).rstrip("'") in {"the", "le", "la", "l", "les"})
                for c in head.children
            )
            or any(c.dep_ in {"amod", "nmod", "compound", "poss", "nmod:poss", "appos", "prep"} for c in head.children)
        ):
            return []
        word = re.compile(r"(?<!\w)" + re.escape(_fold(head.text)) + r"(?!\w)")
        for start, end, ent in sorted(self.mentions, key=lambda m: -m[0]):
            if (
                end <= head.idx
                and ent.type in {"ORG", "PERSON"}
                and (word.search(_fold(self.text[start:end])) or (ent.type == "ORG" and word.search(_fold(ent.name))))
            ):
                return [ent]
        return []

    def np_names_person(self, head) -> bool:
        """Whether the phrase of ``head`` names a person by apposition ("the minister, X", "X, who…")."""
        return any(
            t.dep_ in {"appos", "flat", "flat:name", "conj"}
            or (t.i > head.i and t.i and t.doc[t.i - 1].text in {",", "—", "–"})
            for t in head.subtree
            if t.pos_ == "PROPN"
        )

    def resolve_heads(self, heads, pos: int) -> list[_Ent]:
        out: list[_Ent] = []
        for h in heads:
            out += self.resolve_head(h, pos) or []
        return _dedupe(out)

    # -- coreference ---------------------------------------------------------------------------------------
    def pronoun(self, word: str, pos: int) -> list[_Ent]:
        """Referent of a subject pronoun: the last speaker or subject of matching number and gender; [] when the
        last candidate is ambiguous or names no entity ("un habitant", "the associations")."""
        plural = word in self.lex["pron_pl"]
        gender = None if plural else "m" if word in self.lex["pron_m"] else "f"
        for ref in reversed(self.memory):
            if pos - ref.pos > PRONOUN_WINDOW:
                break
            if word in self.lex["pron_n"]:  # "it": the last single speaker or subject that is not a person
                if ref.plural or any(e.type == "PERSON" for e in ref.ents):
                    continue
                return ref.ents
            if plural:
                if ref.plural:
                    return ref.ents
                continue
            if not ref.ents:  # an unnamed subject: the likelier referent, and no entity
                if not ref.plural and ref.gender in (None, gender):
                    return []
                continue
            fits = [e for e in ref.ents if e.gender in (None, gender) and (self.lang == "fr" or e.type == "PERSON")]
            if fits:  # in a group, only a gender that singles out one member resolves
                return fits if len(fits) == 1 else []  # ambiguous: never guess
        return []

    def joint(self, pos: int, persons: bool = True) -> list[_Ent]:
        """Referent of a joint phrase. Persons ("tous deux", "both ministers"): the last group of persons named
        together, else the last two persons named apart (each quoted in turn, then "les deux ministres"); states
        or organisations ("les deux pays"): the last group without persons, else any last group."""
        groups = [r.ents for r in reversed(self.memory) if r.pos <= pos and len(r.ents) > 1]
        if persons:
            group = next((g for g in groups if all(e.type == "PERSON" for e in g)), None)
            if group is None:
                apart = _dedupe(
                    [e for r in reversed(self.memory) if r.pos <= pos for e in r.ents if e.type == "PERSON"]
                )
                if len(apart) < 2:  # "X met his counterpart Y … Both ministers said": the persons last mentioned
                    named = sorted(
                        ((m[0], m[2]) for m in self.mentions if m[1] <= pos and m[2].type == "PERSON"),
                        key=lambda x: -x[0],
                    )
                    apart = _dedupe(apart + [e for _, e in named])
                group = apart[:2] if len(apart) >= 2 else None
            return group or (groups or [[]])[0]
        return next((g for g in groups if all(e.type != "PERSON" for e in g)), None) or (groups or [[]])[0]

    def remember(self, pos: int, ents: list[_Ent], heads: list, unnamed: bool = False) -> None:
        """Record speakers or subjects at ``pos``; ``unnamed``: also record a subject that names no entity."""
        if not ents and not (unnamed and any(h.pos_ in {"NOUN", "PROPN"} for h in heads)):
            return
        if ents:
            self.memory.append(_Ref(pos, ents, len(ents) > 1, None))
        else:
            genders = {g for h in heads for g in h.morph.get("Gender")}
            self.memory.append(
                _Ref(
                    pos,
                    [],
                    len(heads) > 1 or any(h.morph.get("Number") == ["Plur"] for h in heads),
                    {"Masc": "m", "Fem": "f"}.get(genders.pop()) if len(genders) == 1 else None,
                )
            )


@dataclass
class _Ref:
    """A speaker or subject seen at ``pos``, for pronoun resolution."""

    pos: int
    ents: list[_Ent]
    plural: bool
    gender: str | None  # of an unnamed subject, from its morphology


def _dedupe(ents: list[_Ent]) -> list[_Ent]:
    seen: dict[str, _Ent] = {}
    for e in ents:
        seen.setdefault(e.id, e)
    return list(seen.values())


# ------------------------------------------------------------------------------------------------- helpers
def _subjects(v, fr: _Frame) -> list:
    """Subject head tokens of cue verb ``v`` (with conjuncts), inherited through xcomp/conj/advcl chains,
    never across a sentence or paragraph boundary."""
    tok, inherited = v, False
    for _ in range(4):
        subs = [c for c in tok.children if c.dep_ in _SUBJ_DEPS or (inherited and c.dep_ in _PASSIVE_SUBJ_DEPS)]
        for c in tok.children:  # passive cue: "annoncé par le ministère", "announced by the ministry"
            if c.dep_ == "obl:agent":
                subs.append(c)
            elif c.dep_ == "agent":
                subs += [x for x in c.children if x.dep_ == "pobj"]
        subs = [t for t in subs if fr.same_unit(t, v) and not fr.in_quote(t.idx)]  # quoted words never speak
        subs = [t for t in subs if not _in_dateline(t)]
        if subs:
            out = []
            for s in subs:
                out.append(s)
                out += [
                    c for c in s.subtree if c.dep_ == "conj" and c.head in out and c.pos_ in {"PROPN", "NOUN", "PRON"}
                ]
            return out
        if tok.dep_ not in _INHERIT_DEPS or tok.head is tok or not fr.same_unit(tok.head, v):
            return []
        tok, inherited = tok.head, True
    return []


_FINAL = {".", "!", "?", "…", "...", "?!", "!?"}


def _units(doc, opens: set[int], closes: set[int]) -> list:
    """Sentence units: cut at line breaks and after sentence-final punctuation followed by a capital or an opening
    mark; spaCy's own boundaries are kept only after final punctuation (it also cuts inside "Selon X, « … »")."""
    toks = list(doc)
    words = [t.text for t in toks]
    starts, n = {0}, len(toks)
    for i in range(n - 1):
        w, nxt = words[i], toks[i + 1]
        if "\n" in w or "\n" in toks[i].whitespace_:
            starts.add(i + 1)
        elif w in _FINAL or ((toks[i].idx in closes or w == ")") and i and words[i - 1] in _FINAL):
            if nxt.idx in closes:
                continue
            if nxt.is_sent_start or words[i + 1][:1].isupper() or nxt.idx in opens:
                starts.add(i + 1)
    bounds = sorted(starts) + [n]
    return [doc[a:b] for a, b in zip(bounds, bounds[1:]) if not all(t.is_space for t in doc[a:b])]


def _passive(v) -> bool:
    """Whether ``v`` is passive with no agent ("the envoy was called in"): its subject is not a speaker."""
    return any(c.dep_ in _PASSIVE_SUBJ_DEPS for c in v.children) and not any(
        c.dep_ in {"agent", "obl:agent"} for c in v.children
    )


def _negated(v) -> bool:
    return any(c.dep_ in {"neg", "advmod"} and _fold(c.text) in _NEG for c in v.children)


def _words(s: str) -> int:
    return len(_WORD.findall(s))


def _content(doc, start: int, end: int) -> set[str]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return {t.lemma_.lower() for t in span or () if t.pos_ in _CONTENT_POS and not t.is_stop and t.is_alpha}


# ---------------------------------------------------------------------------------------------------- main
class _Frame:
    """The document as quote extraction sees it: text, quotation-mark pairs and sentence units."""

    def __init__(self, doc, lex: Lexicon):
        self.doc, self.lex, self.text = doc, lex, doc.text  # Doc.text rebuilds the string on each access
        self.marks = find_quoted(self.text)
        self.mark_starts = [o for o, _ in self.marks]
        self.units = _units(doc, {o for o, _ in self.marks}, {c for _, c in self.marks})
        self.unit_starts = [u.start_char for u in self.units]
        self.unit = [0] * len(doc)
        for k, u in enumerate(self.units):
            for t in u:
                self.unit[t.i] = k

    def in_quote(self, char: int) -> bool:
        """Whether ``char`` lies inside (or on) an outermost quotation-mark pair."""
        k = bisect.bisect_right(self.mark_starts, char) - 1
        return k >= 0 and self.marks[k][0] <= char <= self.marks[k][1]

    def unit_index(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.unit_starts, char) - 1)

    def same_unit(self, a, b) -> bool:
        return self.unit[a.i] == self.unit[b.i]

    def is_cue(self, t) -> bool:
        return t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in self.lex["verb"] and not self.in_quote(t.idx)

    def is_as_cue(self, t, o: int) -> bool:
        """A verb that reports speech only with an "as"/"comme" complement before the quote at ``o`` ("dismissed
        the claims as « … »", "ce qu’il a présenté comme « … »")."""
        return (
            t.pos_ == "VERB"
            and t.lemma_.lower() in self.lex["verb_as"]
            and not self.in_quote(t.idx)
            and any(_fold(x.text) in self.lex["as"] for x in t.doc[t.i + 1 :] if x.idx < o)
        )


def extract_quotes(doc, entities: list[dict], *, lang: str) -> list[dict]:
    """Extract direct and indirect quotes from a spaCy ``doc`` and attribute them to ``entities``.

    ``entities``: entity dicts (id, name, type, mentions with char offsets into ``doc.text``).
    Returns quote dicts ``{text, start, end, direct, speakers: [{id, name}], cue, sentence: {start, end, text},
    spans: [{start, end}]}`` ordered by start; offsets index ``doc.text``.
    Raises :class:`ConfigError` when ``lang`` has no quote lexicon.
    """
    fr = _Frame(doc, lexicon(lang))
    att = _Attributor(doc, fr.text, entities, lang)
    direct = _direct_quotes(fr, att)
    indirect = _indirect_quotes(fr, lang)
    _resolve(fr, att, direct + indirect)
    indirect = [it for it in indirect if it.speakers]  # reported speech of nobody named is narrative, not a quote
    items = [it for it in direct if not any(i.start <= it.start and it.end <= i.end for i in indirect)] + indirect
    quotes = _merge(fr, items)
    logger.debug(
        "%d quotes (%d direct) from %d quotation-mark pairs",
        len(quotes),
        sum(q["direct"] for q in quotes),
        len(fr.marks),
    )
    return quotes


def _direct_quotes(fr: _Frame, att: _Attributor) -> list[_Item]:
    """Quoted fragments that are speech (not names or scare quotes), with their cue and speaker phrase."""
    text, units, items = fr.text, fr.units, []
    for o, c in fr.marks:
        start, end = _trim(text, o + 1, c)
        n_words = _words(text[start:end])
        if n_words < MIN_QUOTE_WORDS:
            continue
        s0, s1 = fr.unit_index(o), fr.unit_index(c)
        if s1 + 1 < len(units) and units[s1].end_char <= c + 3:  # "« … . », a-t-il dit" cut after the mark
            nxt = text[units[s1 + 1].start_char :].lstrip()
            if nxt[:1] in {",", "—", "–", "-"} or nxt[:1].islower():
                s1 += 1
        ctx = fr.doc[units[s0].start : units[s1].end]
        item = _Item(start, end, True, (ctx.start_char, ctx.end_char))
        found = item.how = _attribute_direct(item, ctx, o, c, fr, att)
        before = text[ctx.start_char : o].rstrip()
        last_word = (_fold(before).split() or [""])[-1].split("'")[-1]  # "l’opération" -> "opération"
        prev_tok = next((t for t in reversed(ctx) if t.idx < o and not t.is_punct), None)
        naming = last_word in fr.lex["naming"] and not (  # "what it called « … »": a verb with its subject speaks
            prev_tok is not None and any(x.dep_ in _SUBJ_DEPS for x in prev_tok.children)
        )
        name_like = naming or (text[start : start + 1].isupper() and before[-1:].isalnum() and found != "ancestor")
        if n_words <= NAME_MAX_WORDS and name_like:
            continue
        prev_end = units[s0 - 1].start_char + len(units[s0 - 1].text.rstrip()) if s0 else 0
        if not found and s0 and not text[units[s0].start_char : o].strip() and "\n" in text[prev_end:o]:
            # a quote opening a paragraph, right after one that ends on a speech act with no quote of its own
            # ("…, a plaidé X :", "X told reporters that …"): that act introduces it. After a paragraph that ends
            # on a quote, a new paragraph may be anyone's: no speaker.
            prev_unit = units[s0 - 1]
            quoted = any(prev_unit.start_char <= m[1] and m[0] < prev_unit.end_char for m in fr.marks)
            cues = [] if quoted else [t for t in prev_unit if fr.is_cue(t) and not _negated(t)]
            source = (
                None if quoted or cues or not prev_unit.text.rstrip().endswith(":") else _source_start(fr, prev_unit)
            )
            if cues:
                item.cue, item.heads = cues[-1].lemma_.lower(), _speaker_heads(cues[-1], fr, cues[-1].idx)
                found = item.how = "paragraph"
            elif source is not None:  # "Pour X, chercheur, l’incident était prévisible :" then « … »
                item.cue, item.heads = source[1], [source[0]]
                found = item.how = "paragraph"
        if not found:
            prev = next((p for p in reversed(items) if p.direct), None)
            if (
                prev is not None
                and prev.sent[1] <= item.sent[0]
                and not text[prev.sent[1] : o].strip()
                and "\n" not in text[prev.end : o]
            ):
                item.how = "continuation"  # a quote sentence right after an attributed one, same paragraph
            elif n_words < STANDALONE_MIN_WORDS:
                continue
        items.append(item)
    return items


def _indirect_quotes(fr: _Frame, lang: str) -> list[_Item]:
    """Reported speech without (or with partly) quotation marks:

    * the clause after "que"/"that" governed by a speech verb (English also a bare clause: "said the plan failed");
    * a French bare infinitive after a speech verb ("a indiqué avoir identifié…");
    * a sentence opened by a source ("Selon X, …", "According to X, …");
    * a sentence closed by a speech-verb incise ("…, a-t-elle précisé.", "…, a indiqué le ministre.").

    Quoted fragments inside the clause stay in it (the clause is the statement; the direct fragment is dropped by
    the caller); a clause that opens inside quotation marks is a direct quote, not an indirect one."""
    text, doc, items = fr.text, fr.doc, []

    def add(start: int, end: int, u, cue: str, heads: list) -> None:
        start, end = _trim(text, start, end)
        for o, c in fr.marks:  # a quoted fragment running past the clause's end belongs to it
            if start <= o < end < c + 1:
                end = c + 1
        while end > start and not text[end - 1].isalnum() and text[end - 1] not in '»”")’':
            end -= 1
        if _words(text[start:end]) < 3 or fr.in_quote(start) or any(it.start < end and start < it.end for it in items):
            return
        items.append(_Item(start, end, False, (u.start_char, u.end_char), cue, heads))

    for v in doc:
        if not fr.is_cue(v) or _negated(v):
            continue
        u = fr.units[fr.unit[v.i]]
        has_clause = False
        for cl in v.children:
            if not fr.same_unit(v, cl):
                continue
            if (
                cl.dep_ == "xcomp"
                and lang == "fr"
                and cl.left_edge.i == v.i + 1
                and cl.i > v.i
                and "Inf" in cl.left_edge.morph.get("VerbForm")
                and not any(c.dep_ in {"mark", "case"} for c in cl.children)
            ):
                last = doc[min(cl.right_edge.i, u.end - 1)]
                add(cl.left_edge.idx, last.idx + len(last), u, v.lemma_.lower(), _speaker_heads(v, fr, v.idx))
                continue
            if cl.dep_ != "ccomp":
                continue
            has_clause = True
            if cl.i < v.i and v.dep_ in {"relcl", "acl:relcl", "acl"}:
                continue  # "…, an allegation Cotonou has always denied": not "…, officials said"
            marks = [m for m in cl.children if m.dep_ == "mark"]
            mark = marks[0] if len(marks) == 1 and _fold(marks[0].text).rstrip("'") in {"que", "qu", "that"} else None
            if mark is None and (marks or lang != "en" or not any(c.dep_.startswith("nsubj") for c in cl.children)):
                continue  # "asked whether…"; a bare clause only in English ("said the plan was dead")
            start = mark.idx + len(mark) if mark is not None else max(cl.left_edge.idx, u.start_char)
            last = doc[min(cl.right_edge.i, u.end - 1, v.i - 1 if cl.i < v.i else len(doc))]  # "…, officials said"
            last = _before_second_predicate(v, cl.left_edge.i, last, fr) if cl.i > v.i else last
            add(start, last.idx + len(last), u, v.lemma_.lower(), _speaker_heads(v, fr, v.idx))
        nxt = next(
            (
                t
                for t in doc[v.i + 1 : min(u.end, v.i + 6)]  # "said in a statement that"
                if t.pos_ not in {"ADP", "DET", "NOUN", "ADJ", "PROPN"}
                or _fold(t.text).rstrip("'") in {"que", "qu", "that"}
            ),
            None,
        )
        if not has_clause and nxt is not None and _fold(nxt.text).rstrip("'") in {"que", "qu", "that"}:
            last = doc[u.end - 1]  # the parser missed the clause ("a annoncé que…" with "que" as punct)
            last = _before_second_predicate(v, nxt.i + 1, last, fr)
            add(nxt.idx + len(nxt), last.idx + len(last), u, v.lemma_.lower(), _speaker_heads(v, fr, v.idx))
    for u in fr.units:
        toks = [t for t in u if not t.is_space]
        quoted = next((k for k, t in enumerate(toks) if fr.in_quote(t.idx)), None)
        if not toks or quoted == 0:
            continue
        source = None if quoted is not None else _source_prefix(fr, u)
        if source is not None:
            comma, head, cue = source
            add(comma.idx + 1, toks[-1].idx + len(toks[-1]), u, cue, [head])
            continue
        incise = _incise(fr, toks) if quoted is None else None
        # a mid-sentence incise: "…, a précisé X, mais…", "…, a-t-il assuré : « … »" (the quoted words after it
        # are left to the direct quotes)
        for b in (
            [
                k
                for k, t in enumerate(toks[:quoted])
                if k and (t.text == ":" or (t.text == "," and k + 1 < len(toks) and toks[k + 1].pos_ == "CCONJ"))
            ]
            if incise is None
            else []
        ):
            incise = _incise(fr, toks[: b + 1])
            if incise is not None:
                break
        if incise is not None:
            comma, v = incise
            first = _after_dateline(toks[: toks.index(comma)])
            add(first.idx, comma.idx, u, v.lemma_.lower(), _surface_subject(v, v.idx) or _subjects(v, fr))
    return items


def _before_second_predicate(v, first: int, last, fr: _Frame):
    """The last token of a reported clause spanning tokens ``first``..``last`` of cue ``v``, cut before a second
    predicate of the speaker when both carry quoted words of their own: "said that X had been freed « … » and
    rejected what it called « … »" (a conjunct of ``v``, or a subjectless simple past coordinated with a compound
    tense it cannot share). Without quoted words on both sides the clause stays one statement."""
    doc = v.doc
    quoted = [t.i for t in doc[first : last.i + 1] if fr.in_quote(t.idx)]
    for t in doc[first + 1 : last.i + 1]:
        if t.dep_ != "cc" or t.i + 1 > last.i or not (quoted and quoted[0] < t.i < quoted[-1]):
            continue
        h = t.head
        if h.i == v.i or (
            h.tag_ == "VBN"
            and any(c.dep_.startswith("aux") for c in h.children)
            and any(
                c.dep_ == "conj"
                and c.i > t.i
                and c.tag_ == "VBD"
                and not any(x.dep_.startswith("nsubj") for x in c.children)
                for c in h.children
            )
        ):
            k = t.i - 1
            while k > first and doc[k].text == ",":
                k -= 1
            return doc[k]
    return last


def _in_dateline(t) -> bool:
    """Whether token ``t`` lies in a dateline ("WASHINGTON (AP) — …"): before a dash with no verb before it."""
    for x in t.doc[t.i + 1 : t.i + 8]:
        if x.pos_ in {"VERB", "AUX"} or x.is_space:
            return False
        if x.text in {"-", "—", "–"}:
            return all(y.pos_ not in {"VERB", "AUX"} for y in t.doc[max(0, t.i - 8) : t.i]) and (
                t.i == 0 or t.doc[t.i - 1].is_space or "\n" in t.doc[t.i - 1].whitespace_ or t.is_upper
            )
    return False


def _after_dateline(toks: list):
    """The first token after a dateline ("BRUSSELS, June 25 (Reuters) - "): a dash with no verb before it."""
    for k, t in enumerate(toks[:-1]):
        if t.pos_ in {"VERB", "AUX"}:
            break
        if t.text in {"-", "—", "–"}:
            return toks[k + 1]
    return toks[0]


def _prep_object(fr: _Frame, start: int, end: int):
    """Head token of the source named after the preposition at ``[start, end)`` ("selon le ministre")."""
    last = fr.doc.char_span(start, end, alignment_mode="expand")[-1]
    head = last.head if last.dep_ in {"case", "fixed"} else next((x for x in last.children if x.dep_ == "pobj"), None)
    if head is not None and head.dep_ in {"case", "fixed"}:
        head = head.head
    return head if head is not None and fr.same_unit(head, last) and head.i > last.i else None


def _source_prefix(fr: _Frame, u):
    """``(comma, source head, cue)`` of a sentence opened by "Selon X," / "According to X,"; None otherwise."""
    low = u.text.replace("’", "'").lower()
    for p in sorted(fr.lex["prep"]):
        m = re.match(re.escape(p).replace(r"\ ", r"\s+") + r"(?!\w)", low)
        if not m:
            continue
        head = _prep_object(fr, u.start_char, u.start_char + m.end())
        if head is None:
            return None
        commas = [t for t in fr.doc[head.i + 1 : u.end] if t.text == ","]
        if not commas:
            return None
        comma = commas[0]  # "Selon le directeur du PAM, Henrik Solberg, le convoi…": skip the name in apposition
        if len(commas) > 1 and all(t.pos_ == "PROPN" for t in fr.doc[comma.i + 1 : commas[1].i]):
            comma = commas[1]
        return comma, head, p
    return None


def _source_start(fr: _Frame, u):
    """``(source head, preposition)`` of a sentence opening on a source ("Selon X, …", "Pour X, …"); None."""
    low = u.text.replace("’", "'").lower()
    for p in sorted(fr.lex["prep"] | fr.lex["prep_start"]):
        m = re.match(re.escape(p).replace(r"\ ", r"\s+") + r"(?!\w)", low)
        head = _prep_object(fr, u.start_char, u.start_char + m.end()) if m else None
        if head is not None:
            return head, p
    return None


def _incise(fr: _Frame, toks: list):
    """``(comma, cue verb)`` of a sentence closed by a speech-verb incise: ", a-t-elle précisé.", ", a indiqué le
    ministre.", ", officials said."; the incise holds only auxiliaries, pronouns and the subject's noun phrase."""
    end = len(toks) - 1 if toks[-1].is_punct else len(toks)
    for k in range(end - 1, 0, -1):
        t = toks[k]
        if t.text == ",":
            tail = toks[k + 1 : end]
            verbs = [x for x in tail if fr.is_cue(x)]
            if not verbs and not any(x.pos_ == "VERB" for x in tail):
                continue  # a comma inside the subject ("le porte-parole, X")
            v = verbs[0] if len(verbs) == 1 else None
            if (
                v is None
                or _negated(v)
                or v.dep_ in {"acl", "acl:relcl", "relcl"}
                or not ("Fin" in v.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in v.children))
            ):
                return None  # "…, la Pologne accusant Minsk", "…, un chantier estimé à…"
            before, after = tail[: tail.index(v)], tail[tail.index(v) + 1 :]
            if not any("Fin" in x.morph.get("VerbForm") for x in toks[:k]):
                return None  # no clause before the comma to report ("Dans son discours, X, a plaidé pour…")
            if after and not any(x.pos_ == "PRON" for x in before) and after[0].pos_ not in {"DET", "PROPN", "NOUN"}:
                return None  # no subject after the verb, none before it: "X, a plaidé pour cette réforme"
            if len(before) > INCISE_MAX_BEFORE or not all(
                x.pos_ in {"AUX", "PRON", "ADV", "DET", "NOUN", "PROPN"} or x.text.startswith("-") for x in before
            ):
                return None
            if any(x.pos_ in {"VERB", "AUX", "SCONJ"} for x in after if x.dep_ != "acl"):
                return None  # "…, told reporters that …": a clause follows, not just the speaker
            return t, v
    return None


def _resolve(fr: _Frame, att: _Attributor, items: list[_Item]) -> None:
    """Resolve speaker phrases to entities in document order, so that pronouns and joint phrases see the
    speakers and main-clause subjects that precede them."""
    events: list[tuple[int, int, object]] = [(it.start, 1, it) for it in items]
    for t in fr.doc:
        if (
            t.dep_ in _SUBJ_DEPS
            and t.head.dep_ == "ROOT"
            and fr.same_unit(t, t.head)
            and t.pos_ in {"PROPN", "NOUN"}
            and not fr.in_quote(t.idx)
        ):
            events.append((t.idx, 0, ([t] + [c for c in t.children if c.dep_ == "conj"], False)))
        elif fr.is_cue(t):  # a speaker, even one naming no entity, is what a later "il"/"they" refers to
            heads = _subjects(t, fr)
            if heads and not any(fr.in_quote(h.idx) for h in heads):
                events.append((min(h.idx for h in heads), 0, (heads, True)))
    low = fr.text.replace("’", "'").lower()  # "…, selon le gouverneur, X." : a later "il" may refer to X
    for p in fr.lex["prep"]:
        for m in re.finditer(r"(?<!\w)" + re.escape(p).replace(r"\ ", r"\s+") + r"(?!\w)", low):
            head = None if fr.in_quote(m.start()) else _prep_object(fr, m.start(), m.end())
            if head is not None:
                events.append((head.idx, 0, ([head], True)))
    last_direct: _Item | None = None
    reported = [(it.start, it.end) for it in items if not it.direct]
    for pos, kind, obj in sorted(events, key=lambda e: (e[0], e[1])):
        if kind == 0:
            heads, unnamed = obj
            if any(a <= pos < b for a, b in reported):
                continue  # a subject inside reported speech ("Selon elle, l’armée…") is not who speaks next
            att.remember(pos, att.resolve_heads(heads, pos), heads, unnamed)
            continue
        it: _Item = obj
        if it.how == "continuation":
            it.speakers = last_direct.speakers if last_direct is not None else []
        elif not it.resolved:
            it.speakers = att.resolve_heads(it.heads, pos)
            if it.source and it.speakers and all(e.type == "GPE" for e in it.speakers):
                # "La Chine a appelé à « … », selon un porte-parole du ministère": the state speaks through its source
                it.speakers = att.resolve_heads(it.source, pos) or it.speakers
        att.remember(pos, it.speakers, it.heads, True)
        last_direct = it if it.direct else last_direct


def _attribute_direct(item: _Item, ctx, o: int, c: int, fr: _Frame, att: _Attributor) -> str | None:
    """Fill the cue and speaker phrase of the direct quote between marks ``o`` and ``c`` in sentence span ``ctx``;
    return how the cue was found (None: no cue at all)."""
    lex, text, doc = fr.lex, fr.text, fr.doc
    qtoks = [t for t in ctx if o <= t.idx <= c]
    qids = {t.i for t in qtoks}
    # A. a speech verb governing the quoted words ("X a déclaré que … « … »")
    for r in (t for t in qtoks if t.head.i not in qids or t.head is t):
        h, steps = r, 0
        while h.head is not h and steps < 8 and fr.same_unit(h, h.head):
            h, steps = h.head, steps + 1
            if (fr.is_cue(h) and not _passive(h)) or fr.is_as_cue(h, o):
                item.cue, item.heads = h.lemma_.lower(), _speaker_heads(h, fr, _subject_from(h, c))
                item.source = (_prep_source(ctx, fr) or ("", []))[1]
                return "ancestor"
    # B. the nearest speech verb of the sentence ("« … », a déclaré X"), or an incise verb ("« … », poursuit-il")
    cues = [t for t in ctx if fr.is_cue(t)]
    after = [t for t in ctx if t.idx > c]
    for t in after[:6]:
        if t.lemma_.lower() in lex["verb_incise"] and t.pos_ in {"VERB", "AUX"}:
            if all(
                x.is_punct or x.pos_ in {"AUX", "PRON", "PROPN"} or x.text.startswith("-")
                for x in after[: after.index(t)]
            ):
                cues.append(t)
            break
    if cues:
        v = min(cues, key=lambda t: o - t.idx if t.idx < o else t.idx - c)
        item.cue, item.heads = v.lemma_.lower(), _speaker_heads(v, fr, _subject_from(v, c))
        return "verb"
    # C. "X : « … »"
    before = text[ctx.start_char : o].rstrip()
    if before.endswith(":"):
        colon = ctx.start_char + len(before) - 1
        seg = [t for t in ctx if t.idx < colon and not fr.in_quote(t.idx)]
        subj = [t for t in seg if t.dep_ in _SUBJ_DEPS]
        if subj:
            item.heads = [s for t in subj for s in [t] + [x for x in t.children if x.dep_ == "conj"]]
        elif seg and not any(t.pos_ == "VERB" for t in seg):
            ents = att.covering(seg[0].idx, seg[-1].idx + len(seg[-1]))
            item.speakers, item.resolved = [e for e in ents if e.type == "PERSON"] or ents, True
        return "colon"
    # D. "selon X", "according to X", sentence-initial "Pour X, « … »"
    source = _prep_source(ctx, fr)
    if source is not None:
        item.cue, item.heads = source
        return "prep"
    # E. nominal cue ("dans un communiqué, le ministère…", "la déclaration de X", "X's statement")
    for t in ctx:
        if t.pos_ == "NOUN" and t.lemma_.lower() in lex["noun"] and not fr.in_quote(t.idx):
            item.cue = t.lemma_.lower()
            owner = [x for x in t.children if x.dep_ in {"nmod", "poss", "nmod:poss"}]
            if owner:
                item.heads = owner
            else:
                h = t.head
                while h.pos_ not in {"VERB", "AUX"} and h.head is not h:
                    h = h.head
                item.heads = (_speaker_heads(h, fr, h.idx)) if h.pos_ in {"VERB", "AUX"} else []
            return "noun"
    return None


def _subject_from(v, close: int) -> int:
    """Where an inverted subject of cue ``v`` may start: after the quote closing at ``close``, or right after ``v``
    when ``v`` is an incise before the quote ends ("« … », a dénoncé le ministère, appelant à « … »")."""
    k = v.i - 1
    while k >= 0 and (v.doc[k].pos_ in {"AUX", "ADV", "PART"} or v.doc[k].text.startswith("-")):
        k -= 1
    finite = "Fin" in v.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in v.children)
    return v.idx if finite and v.idx < close and k >= 0 and v.doc[k].text == "," else close


def _prep_source(ctx, fr: _Frame) -> tuple[str, list] | None:
    """``(preposition, [source head])`` of a source named in sentence span ``ctx`` outside quotation marks ("selon
    X", "according to X", sentence-initial "Pour X,"); None when there is none."""
    lex, doc = fr.lex, fr.doc
    low = fr.text[ctx.start_char : ctx.end_char].replace("’", "'").lower()  # same length: offsets stay valid
    preps = [(p, False) for p in sorted(lex["prep"])] + [(p, True) for p in sorted(lex["prep_start"])]
    for p, at_start in preps:
        for m in re.finditer(r"(?<!\w)" + re.escape(p).replace(r"\ ", r"\s+") + r"(?!\w)", low):
            if fr.in_quote(ctx.start_char + m.start()) or (at_start and low[: m.start()].strip()):
                continue
            last = doc.char_span(ctx.start_char + m.start(), ctx.start_char + m.end(), alignment_mode="expand")[-1]
            if last.dep_ in {"case", "fixed"}:
                head = last.head
            else:
                head = next((x for x in last.children if x.dep_ == "pobj"), None)
            if head is not None and head.dep_ in {"case", "fixed"}:
                head = head.head
            return p, [head] if head is not None and fr.same_unit(head, last) else []
    return None


def _speaker_heads(v, fr: _Frame, close: int) -> list:
    """Subject heads of cue verb ``v``: from the parse, else from the surface around ``v``, else the main subject
    of its sentence ("Le ministère a rejeté les accusations, affirmant que…", participles the parser hangs on a
    noun)."""
    heads = _subjects(v, fr) or _surface_subject(v, close) or _unit_subject(v, fr)
    if (
        not heads
        and v.dep_ in {"advcl", "xcomp", "conj"}
        and v.head.i != v.i
        and v.head.pos_ in {"VERB", "AUX"}
        and fr.same_unit(v, v.head)
    ):  # "…, a dénoncé le ministère, appelant Pékin à « … »": the main verb's
        return _speaker_heads(v.head, fr, _subject_from(v.head, close))  # speaker
    return heads


_SUBORDINATE = {"ccomp", "advcl", "acl:relcl", "relcl", "csubj", "parataxis"}


def _unit_subject(v, fr: _Frame) -> list:
    """The last main-clause subject before ``v`` in its sentence unit, outside quotation marks; [] when none."""
    for t in reversed(fr.doc[fr.units[fr.unit[v.i]].start : v.i]):
        if t.dep_ not in _SUBJ_DEPS or t.pos_ not in {"NOUN", "PROPN"} or fr.in_quote(t.idx):
            continue
        h, steps = t.head, 0
        while h.head is not h and h.dep_ not in _SUBORDINATE and steps < 10:
            h, steps = h.head, steps + 1
        if h.dep_ not in _SUBORDINATE:
            return [t] + [c for c in t.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
    return []


def _surface_subject(v, close: int) -> list:
    """Fallback when the parse gives the cue verb no subject: the noun phrase right before it ("X et Y ont
    déclaré", mis-parsed) or right after it ("…, a déclaré X", "a-t-il dit"); heads only, not their modifiers."""
    doc, span = v.doc, []
    k = v.i - 1
    while k >= 0 and (doc[k].pos_ in {"AUX", "ADV", "PART"} or doc[k].text.startswith("-")):
        span += [doc[k]] if doc[k].pos_ == "PRON" else []
        k -= 1
    inverted = bool(span)  # "a-t-il dit"
    if k >= 0 and doc[k].pos_ == "CCONJ":
        return []  # "a salué X et estimé que…": a coordinated predicate shares the main subject
    if not inverted and k > 0 and doc[k].text == "," and doc[k - 1].pos_ == "PROPN":
        j = k - 1  # "le commissaire chargé de …, Emmanuel Adjovi-Kossi, a plaidé": a name between commas
        while j >= 0 and (doc[j].pos_ == "PROPN" or doc[j].text == "-"):
            j -= 1
        if j >= 0 and doc[j].text == ",":
            span, k, inverted = list(doc[j + 1 : k]), j, True  # the name is the subject: look no further left
    np_pos = {"PROPN", "NOUN", "DET", "ADJ", "CCONJ", "PRON"}
    while k >= 0 and not inverted and doc[k].pos_ in np_pos and "\n" not in doc[k].text:
        if doc[k].pos_ == "PRON" and doc[k].dep_ == "mark":
            break
        span.insert(0, doc[k])
        k -= 1
        if k >= 0 and doc[k].is_punct:
            break
    if not any(t.pos_ in {"PROPN", "NOUN", "PRON"} for t in span):
        span, j = [], v.i + 1
        if j < len(doc) and doc[j].pos_ == "ADP":  # "a déclaré dans un communiqué la porte-parole…": skip the PP
            k = j + 1
            while (
                k < len(doc)
                and doc[k].pos_ in {"ADP", "DET", "NOUN", "ADJ"}
                and not (doc[k].pos_ == "DET" and doc[k - 1].pos_ == "NOUN")
            ):
                k += 1
            j = k if k < len(doc) and doc[k].pos_ == "DET" else j
        for t in doc[j : j + 7]:
            if t.is_punct or t.is_space or t.pos_ in {"ADP", "VERB", "SCONJ", "CCONJ", "AUX", "ADV"} or t.idx < close:
                break
            span.append(t)
        k = span[-1].i + 1 if span else len(doc)
        if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].pos_ == "PROPN":  # "a lancé un habitant, X Y,"
            k += 1
            while k < len(doc) and (doc[k].pos_ == "PROPN" or doc[k].text == "-"):
                span.append(doc[k])
                k += 1
    ids = {t.i for t in span}
    heads = [t for t in span if t.head.i not in ids]
    heads += [t for t in span if t.dep_ == "conj" and t.head in heads]
    return [t for t in heads if t.pos_ in {"PROPN", "NOUN", "PRON"}]


def _repeats(a: str, b: str) -> bool:
    """Whether one quote repeats the other verbatim in part (a headline or pull quote printing the first words of
    a quote given in full elsewhere, or the reverse)."""
    a, b = (" ".join(_WORD.findall(_fold(x))) for x in (a, b))
    short, long = sorted((a, b), key=len)
    return len(short.split()) >= MIN_QUOTE_WORDS + 1 and long.startswith(short)


def _merge(fr: _Frame, items: list[_Item]) -> list[dict]:
    """Merge one statement reported twice into one quote with several spans; build the output dicts."""
    doc, text = fr.doc, fr.text
    items.sort(key=lambda it: it.start)
    kept: list[tuple[_Item, set[str]]] = []
    for it in items:
        words = _content(doc, it.start, it.end)
        ids = {e.id for e in it.speakers}
        for other, owords in kept:
            if other.direct != it.direct or not words or not owords:
                continue
            jac = len(words & owords) / len(words | owords)
            oids = {e.id for e in other.speakers}
            if (
                (ids == oids and jac >= MERGE_JACCARD)
                or (jac >= MERGE_JACCARD_UNATTRIBUTED and not (ids and oids))
                or (not (ids and oids) and _repeats(text[it.start : it.end], text[other.start : other.end]))
            ):
                other.spans.append((it.start, it.end))
                other.speakers = other.speakers or it.speakers
                if it.end - it.start > other.end - other.start and _repeats(
                    text[it.start : it.end], text[other.start : other.end]
                ):
                    other.start, other.end, other.sent, other.cue = it.start, it.end, it.sent, it.cue  # the full one
                break
        else:
            it.spans = [(it.start, it.end)]
            kept.append((it, words))
    return [
        {
            "text": text[it.start : it.end],
            "start": it.start,
            "end": it.end,
            "direct": it.direct,
            "speakers": [e.ref() for e in it.speakers],
            "cue": it.cue,
            "sentence": {"start": it.sent[0], "end": it.sent[1], "text": text[it.sent[0] : it.sent[1]]},
            "spans": [{"start": a, "end": b} for a, b in it.spans],
        }
        for it, _ in kept
    ]
