"""PLOVER event coding over parsed French and English sentences.

A trigger is a verb or event noun of the lexicon (``data/events/lexicon.tsv``); its actors come from the
clause subject (or, for passives, the agent), its recipients from its objects and prepositional complements,
both mapped through entity mentions to PLOVER actor codes (state ISO-3 or organisation code; a person acts for
its ``country``). Subjects are followed through relative pronouns, coordination, control verbs, pronouns
(last compatible actor), joint anaphors ("le couple", "tous deux", "both") and reported speech (the speakers
of a quote or the subject of the speech verb). A speech verb whose content calls an entity "destabilising",
"aggressive"... is coded ACCUSE/disapprove from the speaker to that entity.

Choices (documented once, here):

* Negated, future, intended, hypothetical and alleged acts are **returned, flagged** (``negated`` True or ``modality``
  set): only events with ``negated`` False and ``modality`` None are realised; :func:`is_realised` tests it.
  A conflictual act someone is accused of ("accusé la Russie d'avoir frappé Soumy") is reported as done; any
  other accused act is ``alleged``.
* An event needs an actor code. It needs a recipient code too, except for the types marked ``unilateral`` in
  ``types.tsv`` (ASSAULT, MOBILIZE, PROTEST, RETREAT), which are kept with a lower confidence.
* An event whose single actor code equals its single recipient code is never emitted; reciprocal types
  (AGREE, CONSULT, COOPERATE) with two or more actor codes and no recipient are coded actors <-> actors.
* Identical events (type, mode, actor and recipient codes, date, flags) in one text are merged: articles
  repeat a statement (the seed reports the same visit twice).
* Dates: a date expression governed by the trigger's own clause (``veille.dates``), else the publication date;
  a future act without a date gets None. Location: see ``_Coder._location``.
"""

from __future__ import annotations

import csv
import itertools
import json
import logging
import re
from collections import deque
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from ...errors import InputError
from .. import dates as _dates
from .. import kb as _kb

logger = logging.getLogger(__name__)

_DATA = resources.files("veille") / "data" / "events"
LANGS = ("fr", "en")

# Confidence: hand-set starting values and penalties (not tuned on gold data): a verb trigger with an explicit
# subject and object is the most reliable reading; anaphora, deep recipients and missing recipients lower it.
_BASE = {"verb": 0.85, "noun": 0.7, "speech": 0.65}
_PENALTY_ANAPHOR, _PENALTY_DEEP, _PENALTY_NO_RECIPIENT, _PENALTY_INFERRED_PLACE = 0.15, 0.1, 0.2, 0.05
_MAX_COST = 4  # recipient search depth in dependency hops (coordination is free); 4 reaches "les liens entre X et Y"

_NOMINAL = {
    "nmod",
    "amod",
    "appos",
    "flat",
    "flat:name",
    "flat:foreign",
    "compound",
    "nmod:poss",
    "poss",
    "conj",
    "obl:arg",
    "obl",
    "obl:mod",
    "prep",
    "pobj",
    "nummod",
    "det",
}
_FREE = {
    "conj",
    "appos",
    "flat",
    "flat:name",
    "flat:foreign",
    "prep",
    "compound",
    "amod",
}  # amod: "ministres espagnol et marocain"
_OBJECT_DEPS = {"obj", "iobj", "obl", "obl:arg", "obl:mod", "dobj", "dative", "prep", "pobj", "nmod", "attr", "oprd"}
_CLAUSAL = {"ccomp", "xcomp", "advcl", "parataxis", "acl", "acl:relcl", "relcl", "csubj"}


@dataclass(frozen=True)
class _Entry:
    type: str
    mode: str | None
    cond: tuple[tuple[str, frozenset], ...]


def _read_tsv(name: str) -> list[dict]:
    text = (_DATA / name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@cache
def _lexicon(lang: str) -> dict[tuple[str, str], list[_Entry]]:
    lex: dict[tuple[str, str], list[_Entry]] = {}
    for row in _read_tsv("lexicon.tsv"):
        if row["lang"] != lang:
            continue
        cond = []
        for part in filter(None, (row.get("cond") or "").split(";")):
            key, _, val = part.partition("=")
            cond.append((key.strip(), frozenset(v.strip() for v in val.split("|") if v.strip())))
        lex.setdefault((row["pos"], row["lemma"]), []).append(_Entry(row["type"], row["mode"] or None, tuple(cond)))
    for entries in lex.values():  # conditioned readings first
        entries.sort(key=lambda e: not any(k != "gen" for k, _ in e.cond))
    return lex


@cache
def _types() -> dict[tuple[str, str | None], dict]:
    out = {}
    for row in _read_tsv("types.tsv"):
        out[(row["type"], row["mode"] or None)] = {
            "quad": row["quad"],
            "score": float(row["score"]),
            "reciprocal": row["reciprocal"] == "1",
            "unilateral": row["unilateral"] == "1",
        }
    return out


@cache
def _cues(lang: str) -> dict:
    data = json.loads((_DATA / "cues.json").read_text(encoding="utf-8"))
    cues = {k: (set(v) if isinstance(v, list) else v) for k, v in data[lang].items()}
    cues["group_sectors"] = {k: v for k, v in data["group_sectors"].items() if not k.startswith("_")}
    cues["mode_words"] = {k: v for k, v in data["mode_words"].items() if not k.startswith("_")}
    return cues


@cache
def _acting_parents() -> frozenset[str]:
    return frozenset(json.loads((_DATA / "cues.json").read_text(encoding="utf-8"))["acting_parents"])


@cache
def _contexts(lang: str) -> list[tuple[str, str]]:
    return [(r["context"], r["keyword"].lower()) for r in _read_tsv("contexts.tsv") if r["lang"] in ("*", lang)]


def _place(entity: dict) -> dict:
    return {"id": entity.get("id"), "name": entity.get("name"), "code": entity.get("code") or entity.get("country")}


def is_realised(event: dict) -> bool:
    """True for an event reported as having happened (not negated, not future, intended or hypothetical)."""
    return not event["negated"] and event["modality"] is None


# --------------------------------------------------------------------------------------------- entity lookup
@dataclass
class _Party:
    entity: dict
    sector: str | None
    anaphor: bool = False
    domestic: bool = False  # an unnamed group of the country where things happen ("la police", "protesters")

    @property
    def code(self) -> str | None:
        parent = self.entity.get("country")
        if self.entity.get("type") == "ORG" and parent in _acting_parents():
            return parent  # the Commission acts for the EU, KFOR for NATO
        if self.entity.get("type") == "PERSON" and parent and not self.entity.get("code"):
            body = _kb.load().entry_for_code(parent)  # a Commission spokesperson speaks for the EU
            if body is not None and body.parent in _acting_parents():
                return body.parent
        return self.entity.get("code") or parent

    def out(self) -> dict:
        return {"id": self.entity.get("id"), "name": self.entity.get("name"), "code": self.code, "sector": self.sector}


class _Mentions:
    """Maps tokens to entities through mention spans; a mention nested in a longer one is ignored."""

    def __init__(self, entities: list[dict]):
        spans = sorted(
            (
                (m["start"], m["end"], e)
                for e in entities
                for m in e.get("mentions", [])
                if m.get("end", 0) > m.get("start", 0)
            ),
            key=lambda s: (s[0], s[0] - s[1]),
        )
        kept: list[tuple[int, int, dict]] = []
        for s in spans:
            if not any(k[0] <= s[0] and s[1] <= k[1] for k in kept):
                kept.append(s)
        self.spans = kept
        self.by_char = {c: i for i, (a, b, _) in enumerate(kept) for c in range(a, b)}
        self.by_id = {e.get("id"): e for e in entities}

    def span_of(self, tok) -> int | None:
        for c in (tok.idx, tok.idx + len(tok.text) - 1):
            if c in self.by_char:
                return self.by_char[c]
        return None

    def entity(self, tok) -> dict | None:
        i = self.span_of(tok)
        return None if i is None else self.spans[i][2]


@dataclass
class _State:
    """Discourse memory for pronouns and joint anaphors."""

    singles: list[_Party] = field(default_factory=list)  # single actors, most recent last
    last_joint: list[_Party] = field(default_factory=list)


# --------------------------------------------------------------------------------------------------- coder
class _Coder:
    def __init__(self, doc, entities, quotes, lang, published, source, known=()):
        if lang not in LANGS:
            raise InputError(f"event coding supports {LANGS}, not language {lang!r}")
        self.doc, self.lang, self.published, self.source = doc, lang, published, source
        self.m = _Mentions(entities)
        self.entities = entities
        self.quotes = [q for q in quotes if q.get("speakers")]
        self.cues, self.lex, self.types = _cues(lang), _lexicon(lang), _types()
        self.lemmas = {lemma for _, lemma in self.lex}
        self.contexts: dict[int, list[str]] = {}
        self.state = _State()
        self.seg = None
        self.pub_date = _dates.as_date(published).isoformat() if published else None
        self.history: list[tuple[str, list[_Party], list[_Party]]] = [  # realised events so far, in text order
            (
                e["type"],
                [_Party(p, p.get("sector")) for p in e["actors"] if p.get("code")],
                [_Party(p, p.get("sector")) for p in e["recipients"] if p.get("code")],
            )
            for e in known
            if is_realised(e)
        ]
        self.dateline = self._datelines()
        ends = [t.sent.end_char for t in self.doc if t.i in self.dateline]
        self.lede_end = max(ends) if ends else -1  # the dateline's paragraph

    def _datelines(self) -> set[int]:
        """Tokens of a dateline ("HELSINKI/MOSCOW —", "KYIV, 5 février (AFP) -"): a place, never a party."""
        out: set[int] = set()
        line: list = []
        for tok in self.doc:
            if tok.i == 0 or "\n" in self.doc[tok.i - 1].whitespace_ or "\n" in self.doc[tok.i - 1].text:
                line = []
            if len(line) < 12 and tok.text in ("—", "–", "-") and line and line[0].is_upper and len(line[0]) > 1:
                out |= {t.i for t in line}
            line.append(tok)
        return out

    # ---- small helpers
    def _sector(self, tok, entity) -> str | None:
        head = tok.head if tok.dep_ in ("amod", "nmod", "compound") else None
        if head is not None and head.i != tok.i:
            sector = self.cues["group_sectors"].get(head.lemma_.lower())
            if sector:
                return sector
        return entity.get("sector")

    def _crowd(self, tok, entity) -> _Party | None:
        """A counted plural demonym names people, not their state: "des milliers de Géorgiens", "200 Armenians" are
        civilians of that country (a home group where things happen)."""
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("amod", "compound"):
            return None
        if entity.get("type") != "GPE":
            return None
        counted = (tok.head.lemma_.lower() in self.cues["quantity_nouns"] and tok.head.i != tok.i) or any(
            k.dep_ == "nummod" or k.lemma_.lower() in self.cues["quantity_nouns"] for k in tok.children
        )
        if not counted:
            return None
        if _kb.load().demonym(tok.text, self.lang) != entity.get("code"):
            return None
        return _Party(entity, "CVL", domestic=True)

    def _case(self, tok) -> str | None:
        for c in tok.children:
            if c.dep_ in ("case", "mark"):
                return c.lower_
        if tok.dep_ == "pobj":
            return tok.head.lower_
        return None

    def _is_locative(self, tok) -> bool:
        case = self._case(tok)
        span = self.m.span_of(tok) if case is None else None
        if span is not None and self.m.spans[span][2].get("type") in ("GPE", "LOC"):
            a, b, _ = self.m.spans[span]  # "à Addis-Abeba" split by the tokenizer: the case hangs on "Addis"
            case = next(
                (
                    c
                    for t in self.doc.char_span(a, b, alignment_mode="expand") or []
                    if t.i != tok.i and (c := self._case(t))
                ),
                None,
            )
        if case is None or case not in self.cues["locative_preps"]:
            return False
        if self.lang == "fr" and case == "à":  # "à Tokyo" (a place) but "à l'Ukraine" (a recipient)
            ent = self.m.entity(tok)
            place = tok.pos_ == "PROPN" or (ent is not None and ent.get("type") in ("GPE", "LOC"))
            return place and not any(c.dep_ == "det" for c in tok.children)  # not "à trois sociétés"
        return True

    def _parties_at(self, start, allowed, max_cost, skip_locative=False, exclude=frozenset()) -> tuple[list, int]:
        """0-1 BFS from ``start`` over ``allowed`` dependencies; entities found at the smallest cost."""
        best, found, seen, uncoded = None, [], set(), []
        queue = deque([(start, 0)])
        while queue:
            tok, cost = queue.popleft()
            if tok.i in seen or cost > max_cost or (best is not None and cost > best):
                continue
            seen.add(tok.i)
            ent = self.m.entity(tok)
            if (
                ent is not None
                and tok.i not in exclude
                and tok.i not in self.dateline
                and not (skip_locative and self._is_locative(tok))
            ):
                if not (ent.get("code") or ent.get("country")):  # "Benin's spokesman, X": X's country is unknown,
                    uncoded.append(_Party(ent, self._sector(tok, ent)))  # keep looking for "Benin"
                else:
                    best = cost
                    if all(p.entity is not ent for p in found):
                        found.append(self._crowd(tok, ent) or _Party(ent, self._sector(tok, ent)))
            for c in tok.children:
                if c.dep_ not in allowed or c.pos_ in ("VERB", "AUX") or c.i in seen or not self._inside(c):
                    continue
                if skip_locative and self._is_locative(c) and self.m.entity(c) is None and c.dep_ != "prep":
                    continue
                same = ent is not None and self.m.span_of(c) == self.m.span_of(tok)
                free = same or c.dep_ in _FREE
                (queue.appendleft if free else queue.append)((c, cost if free else cost + 1))
        return (found or uncoded[:1]), (best or 0)

    def _lower_phrase(self, tok) -> str:
        toks = [t for t in tok.subtree if t.dep_ not in ("punct",) and t.i <= tok.i + 3]
        return " ".join(t.lower_ for t in toks).replace("' ", "'").replace("’ ", "’")

    def _noun_phrase_parties(self, tok) -> tuple[list[_Party], bool]:
        """Entities named by the subject/agent token ``tok``; the flag says they came through anaphora."""
        c = self.cues
        low = tok.lower_
        if low in c["relative_pronouns"] and tok.head.dep_ in ("acl:relcl", "relcl"):
            return self._noun_phrase_parties(tok.head.head)
        phrase = self._lower_phrase(tok)
        # members of both sides ("commanders from both countries", "les ministres des deux pays"), not what lies
        # between them ("la frontière entre les deux pays")
        inner = [
            g
            for k in tok.children
            if k.dep_ in ("nmod", "prep")
            for g in ([k] if k.dep_ == "nmod" else [x for x in k.children if x.dep_ == "pobj"])
            if (k.lower_ if k.dep_ == "prep" else self._case(k)) in c["member_preps"]
        ]
        if (
            phrase in c["joint_anaphors"]
            or low in c["joint_anaphors"]
            or any(
                self._lower_phrase(g).startswith(tuple(c["joint_determiners"])) and g.lemma_.lower() in c["joint_nouns"]
                for g in [tok, *inner]
            )
        ):
            # "both armies", "les deux délégations", "commanders from both countries"
            return list(self.state.last_joint) or self._main_pair(tok), True
        if low in c["plural_pronouns"]:  # "ils": the last joint actors, else the last collective one (a state...)
            groups = [p for p in self.state.singles if p.entity.get("type") != "PERSON"]
            return (list(self.state.last_joint) or groups[-1:]), True
        if low in c["singular_pronouns"]:  # "he" needs a person, "it" a state or organisation, "il" either
            wanted = (
                {"PERSON"}
                if low in c["person_pronouns"]
                else {"ORG", "GPE", "LOC"}
                if low in c["thing_pronouns"]
                else None
            )
            fits = [p for p in self.state.singles if wanted is None or p.entity.get("type") in wanted]
            return fits[-1:], True
        found, _ = self._parties_at(tok, _NOMINAL - {"obl", "obl:mod", "obl:arg", "det"}, 2, skip_locative=True)
        return found or self._domestic(tok), False

    def _domestic(self, tok) -> list[_Party]:
        """An unnamed home group ("la police", "des centaines d'habitants", "protesters"): a party of the country
        where the clause happens (a coded place in the sentence, else the country the article names most)."""
        heads = [tok] + [
            g
            for g in tok.children
            if tok.lemma_.lower() in self.cues["quantity_nouns"] and g.dep_ in ("nmod", "pobj", "prep")
        ]
        heads += [x for g in heads if g.dep_ == "prep" for x in g.children if x.dep_ == "pobj"]
        sector = next(
            (
                self.cues["domestic_groups"][h.lemma_.lower()]
                for h in heads
                if h.lemma_.lower() in self.cues["domestic_groups"]
            ),
            None,
        )
        code = self._scene() if sector else None
        if code is None:
            return []
        return [_Party({"id": None, "name": tok.lemma_.lower(), "type": "GROUP", "code": code}, sector, domestic=True)]

    def _scene(self) -> str | None:
        places = [
            (not self._is_locative(tok), tok.pos_ != "PROPN", ent.get("code") or ent.get("country"))
            for tok in (self.seg if self.seg is not None else [])
            for ent in [self.m.entity(tok)]
            if ent is not None and ent.get("type") in ("GPE", "LOC") and (ent.get("code") or ent.get("country"))
        ]
        return min(places)[2] if places else self.home  # "à Berlin" before "Berlin" before "ukrainiens"

    @property
    def home(self) -> str | None:
        """The country the article names most often (mentions of places and states)."""
        if not hasattr(self, "_home"):
            counts: dict[str, int] = {}
            for e in self.entities:
                code = e.get("code") or e.get("country")
                if e.get("type") in ("GPE", "LOC") and code and len(code) == 3:
                    counts[code] = counts.get(code, 0) + len(e.get("mentions", []))
            self._home = max(counts, key=counts.get) if counts else None
        return self._home

    def _main_pair(self, tok) -> list[_Party]:
        """ "Les deux pays" with no joint actors yet: the two states the text has named most up to ``tok``."""
        counts: dict[str, tuple[int, dict]] = {}
        for e in self.entities:
            code = e.get("code")
            if e.get("type") == "GPE" and code and len(code) == 3:
                n = sum(1 for m in e.get("mentions", []) if m["start"] < tok.idx)
                if n:
                    counts[code] = (counts.get(code, (0, e))[0] + n, counts.get(code, (0, e))[1])
        top = sorted(counts.values(), key=lambda x: -x[0])[:2]
        return [_Party(e, e.get("sector"), anaphor=True) for _, e in top] if len(top) == 2 else []

    def _remember(self, parties: list[_Party]) -> None:
        codes = {p.code for p in parties if p.code}
        if len(codes) >= 2:
            self.state.last_joint = [p for i, p in enumerate(parties) if p.code not in {q.code for q in parties[:i]}]
        elif len(parties) == 1:
            self.state.singles = [p for p in self.state.singles if p.entity is not parties[0].entity][-9:] + parties

    def _speech_head(self, verb):
        """The speech verb whose content clause contains ``verb``, if any."""
        tok, hops = verb, 0
        while tok.head.i != tok.i and hops < 4 and self._inside(tok.head):
            speech = tok.head.lemma_ in self.cues["speech_verbs"]
            if speech and tok.dep_ in ("ccomp", "conj", "xcomp", "advcl", "parataxis"):
                return tok.head
            if tok.dep_ not in ("ccomp", "conj", "xcomp", "advcl"):
                break
            tok, hops = tok.head, hops + 1
        for child in verb.children:  # « ... », a déclaré X  (speech verb as parataxis of the quoted clause)
            if child.dep_ == "parataxis" and child.lemma_ in self.cues["speech_verbs"] and self._inside(child):
                return child
        return None

    def _speech_speakers(self, verb) -> list[_Party]:
        """The speakers of a quote that ``verb`` introduces (« ... », a déclaré X: X parsed as an object)."""
        if verb.lemma_.lower() not in self.cues["speech_verbs"]:
            return []
        for q in self.quotes:
            sent = q.get("sentence") or {}
            if q.get("cue") == verb.lemma_.lower() and sent.get("start", 1) <= verb.idx < sent.get("end", 0):
                return self._speaker_parties(q)
        return []

    def _speaker_parties(self, quote: dict) -> list[_Party]:
        return [
            _Party(e, e.get("sector"), anaphor=True)
            for s in quote["speakers"]
            if (e := self.m.by_id.get(s.get("id"))) is not None
        ]

    def _in_direct_quote(self, tok) -> bool:
        return any(q.get("direct") and q["start"] <= tok.idx < q["end"] for q in self.quotes)

    def _quote_speakers(self, tok) -> list[_Party]:
        for q in self.quotes:
            if q["start"] <= tok.idx < q["end"]:
                return self._speaker_parties(q)
        return []

    def _subject_tokens(self, verb, depth=0):
        """Subject tokens of ``verb`` and whether the clause is passive, inheriting through conj/xcomp/advcl."""
        c = self.cues
        subs = [t for t in verb.children if t.dep_ in c["subject_deps"] and t.lower_ not in ("y", "en")]
        if not subs:  # "X, ministre malien, a, de son côté, demandé": the subject hung on the auxiliary
            subs = [
                t
                for a in verb.children
                if a.dep_.startswith("aux") and a.i < verb.i
                for t in a.children
                if t.dep_ in c["subject_deps"] and t.lower_ not in ("y", "en")
            ]
        if subs and all(t.i in self.dateline for t in subs):
            # "JAKARTA, Jan 27 - Indonesia on Tuesday lodged": the dateline taken for the subject, the real one
            # hung under it; the first noun after the dateline that the dateline's phrase holds
            last = max(self.dateline)
            subs = [
                t
                for t in subs[0].subtree
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
                and any(k.dep_ == "cc" and head.i < k.i < subs[0].i for k in verb.children)
                and self.m.entity(head) is not None
            ):
                subs = [head, *subs]  # "L'Italie et l'Algérie ont signé" parsed with Italie as root: both subjects
            return subs, False
        passive = [t for t in verb.children if t.dep_ in c["passive_subject_deps"]]
        if passive and not any(t.dep_ in ("aux:pass", "auxpass") for t in verb.children):
            return passive, False  # a passive label without a passive auxiliary ("n'a pas condamné"): a parse slip
        agents = [t for t in verb.children if t.dep_ in c["agent_deps"]]
        if self.lang == "en":  # "by" -> its object
            agents = [x for a in agents for x in a.children if x.dep_ == "pobj"]
        if not agents and verb.dep_ == "acl" and "VerbForm=Part" in str(verb.morph):  # "par X" not labelled agent
            agents = [t for t in verb.children if t.dep_.startswith("obl") and self._case(t) in c["agent_preps"]]
        if passive or (agents and verb.dep_ == "acl"):  # "une accusation aussitôt rejetée par Kyiv"
            return agents, True
        accuser = self._accuser(verb)
        if accuser is not None:  # "accused Venezuela of deploying troops": the accused is the actor
            objs = [t for t in accuser.children if t.dep_ in ("obj", "dobj") and self.m.entity(t) is not None]
            if not objs and accuser.dep_ == "acl" and accuser.head.pos_ in ("NOUN", "PROPN"):
                objs = [accuser.head]  # "des entreprises chinoises accusées d'avoir fourni": the firms are
            if objs:
                return objs, False
        part = "VerbForm=Part" in str(verb.morph) and not any(k.dep_.startswith("aux") for k in verb.children)
        if (
            verb.dep_ == "conj"
            and (
                verb.head.pos_ not in ("VERB", "AUX") or (part and verb.head.dep_ == "acl" and verb.head.pos_ == "VERB")
            )
            and depth <= 3
        ):
            # also a participle coordinated to a participle that qualifies a noun ("exigé le retrait des groupes
            # des villes occupées et appelé X à": appelé hung on occupées)
            # a verb coordinated to a noun ("placé des unités ... et déployé des blindés"): a parse slip; the subject
            # is that of the nearest verb above
            subs = [t for t in verb.head.children if t.dep_ in c["subject_deps"] and t.i < verb.i]
            if subs and verb.head.pos_ not in ("VERB", "AUX"):  # "a « fermement » condamné ... et a prévenu" with
                return subs, False  # fermement taken for the root noun that holds the subject
            above = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if above is not None and self._inside(above):
                return self._subject_tokens(above, depth + 1)
        if depth > 3 or verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX") or not self._inside(verb.head):
            return self._stray_subject(verb), False
        if verb.dep_ == "xcomp":  # object control: "encouragé Pékin à coopérer", "urged China to stop"
            objs = [t for t in verb.head.children if t.dep_ in ("obj", "dobj") and self.m.entity(t) is not None]
            if objs:
                return objs, False
        if verb.dep_ in ("conj", "xcomp", "advcl"):
            return self._subject_tokens(verb.head, depth + 1)
        return self._stray_subject(verb), False

    def _accuser(self, verb):
        """The accusing verb whose "of/de" complement is ``verb`` ("accusé X d'avoir frappé", "accused X of V-ing")."""
        head = verb.head
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            head = head.head
        elif verb.dep_ not in ("xcomp", "acl"):
            return None
        return head if head.i != verb.i and head.lemma_.lower() in self.cues["realis_heads"] else None

    def _holder(self, verb):
        """For a participle cut from its auxiliary, the nearest finite "avoir"/"être" before it, past adverbials only
        ("a de son côté rejeté", with "a" taken for the main verb and the participle hung on "côté"), and the token
        that holds its subject and objects (the auxiliary itself, or the word it was attached to)."""
        if "VerbForm=Part" not in str(verb.morph) or any(k.dep_.startswith("aux") for k in verb.children):
            return None
        for j in range(verb.i - 1, max(verb.i - 8, self.seg.start if self.seg is not None else 0) - 1, -1):
            t = self.doc[j]
            if t.lemma_ in ("avoir", "être", "have", "be") and "VerbForm=Fin" in str(t.morph):
                return t, (t.head if t.dep_.startswith("aux") and t.head.i != verb.i else t)
            if t.text in ".;:" or t.pos_ in ("VERB", "SCONJ", "PRON") or t.dep_ in self.cues["subject_deps"]:
                return None
        return None

    def _stray_subject(self, verb) -> list:
        """A participle cut from its auxiliary by the parse ("a « fermement » condamné", "a de son côté rejeté"):
        the subject hangs on the word it was attached to, which holds the auxiliary or is it."""
        if "VerbForm=Part" not in str(verb.morph) or any(k.dep_.startswith("aux") for k in verb.children):
            return []
        holder = self._holder(verb)
        if holder is not None:
            subs = [k for k in holder[1].children if k.dep_ in self.cues["subject_deps"] and k.i < holder[0].i]
            if subs:
                return subs
        h = verb.head
        cut = h.lemma_ in ("avoir", "être", "have", "be") or any(
            k.pos_ == "AUX" and k.i < verb.i and "VerbForm=Fin" in str(k.morph) for k in h.children
        )
        if not cut or h.i == verb.i or not self._inside(h):
            return []  # a participle modifying a noun ("des sociétés accusées de ...")
        return [t for t in h.children if t.dep_ in self.cues["subject_deps"] and t.i < verb.i]

    def _actors(self, verb, depth: int = 0) -> tuple[list[_Party], bool]:
        """Actors of a verb clause and whether anaphora was involved."""
        c = self.cues
        subs, _ = self._subject_tokens(verb)
        subs = [t for t in subs if t.pos_ not in ("VERB", "AUX")]  # « Cet accord fait ... », a déclaré X: the quote
        passive = any(k.dep_ in ("aux:pass", "auxpass") for k in verb.children)  # its own, not inherited
        parties, anaphor = [], False
        for s in subs:
            low = s.lower_
            if low in c["first_person"]:  # "nous" in a quote: its speakers, or the speech verb's subject
                head = self._speech_head(verb)
                found = self._quote_speakers(s) or (self._actors(head, depth + 1)[0] if head is not None else [])
                if found:
                    return found, True
            elif low in c["plural_pronouns"] | c["singular_pronouns"] and not self._quote_speakers(s):
                head = self._speech_head(verb)  # indirect speech: "X et Y ont déclaré qu'ils condamnaient..."
                found = self._actors(head, depth + 1)[0] if head is not None and depth < 3 else []
                if found and (len(found) > 1) == (low in c["plural_pronouns"]):
                    return found, True
            found, ana = self._noun_phrase_parties(s)
            parties += [p for p in found if all(p.entity is not q.entity for q in parties)]
            anaphor |= ana
        if not subs and not passive and not (verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN")):
            # a subjectless verb in a quote is the speaker's; not a participle that qualifies a noun ("des
            # cargaisons livrées à des intermédiaires russes", whose agent is unknown), nor a passive without agent
            # ("until political prisoners are released")
            speakers = self._quote_speakers(verb) or self._speech_speakers(verb)
            if speakers:
                return speakers, True
        head = verb.head
        if (
            not parties
            and verb.dep_ in ("conj", "xcomp")
            and head.pos_ in ("VERB", "AUX")
            and self._inside(head)
            and depth < 3
        ):  # the subject of a coordinated verb was misparsed, or control passes through
            found = self._actors(head, depth + 1)
            if (
                not found[0]
                and head.dep_ == "ccomp"
                and head.head.lemma_.lower() in c["speech_verbs"]
                and self._inside(head.head)
            ):  # "X said the troops were ... and accused Guyana": X accused
                return self._actors(head.head, depth + 2)
            return found
        return parties, anaphor

    # ---- triggers
    def _matches(self, tok, entry: _Entry) -> bool:
        for key, vals in entry.cond:
            if key == "gen":
                continue
            kids = list(tok.children)
            if key == "prep":
                words = {k.lemma_.lower() for k in kids} | {k.lower_ for k in kids}
                words |= {g.lower_ for k in kids for g in k.children if g.dep_ in ("case", "mark", "prep", "pobj")}
                # an infinitive hung on the object ("appelé les autorités à respecter") or misattached elsewhere
                # ("appelé Belgrade et Pristina à « éviter »", à-éviter parsed under another verb): the marker
                # that opens an infinitive right after the object
                for k in kids:
                    if k.dep_ in ("obj", "dobj", "xcomp") and k.pos_ in ("NOUN", "PROPN") and k.i > tok.i:
                        words |= {
                            m.lower_ for a in k.children if a.dep_ == "acl" for m in a.children if m.dep_ == "mark"
                        }
                        words |= self._marker_after(k)
                # a complement hung on the preceding date ("entretenue mercredi par téléphone")
                words |= {
                    g.lemma_.lower()
                    for k in kids
                    if k.dep_ in ("obl:mod", "npadvmod") and k.i > tok.i
                    for g in k.children
                    if g.dep_ == "nmod"
                }
                if not words & vals:
                    return False
            elif key == "obj":
                objs = {w for k in self._objects(tok) for w in (k.lemma_.lower(), k.lower_)}
                if not objs & vals:
                    return False
            elif key == "clause":
                if not any(k.dep_ in ("xcomp", "ccomp") and k.pos_ in ("VERB", "AUX") for k in kids):
                    return False
            elif key in ("refl", "norefl"):
                refl = any(k.lemma_ in ("se", "soi") or "Reflex=Yes" in str(k.morph) for k in kids if k.pos_ == "PRON")
                if refl != (key == "refl"):
                    return False
        return True

    def _clause_head(self, tok) -> bool:
        """A verb, or a word the parse made the head of a clause ("a consenti" with consenti tagged as a noun)."""
        return tok.pos_ in ("VERB", "AUX") or any(
            k.dep_.startswith("aux") or k.dep_ in self.cues["subject_deps"] for k in tok.children
        )

    def _marker_after(self, tok) -> set[str]:
        """The marker of an infinitive that directly follows the phrase of ``tok`` (punctuation skipped)."""
        doc = self.doc

        def past_punct(k: int) -> int:  # quotation marks and commas, not a sentence end
            while k < len(doc) and doc[k].is_punct and doc[k].text not in ".;:":
                k += 1
            return k

        i = past_punct(max(t.i for t in tok.subtree) + 1)
        if i + 1 >= len(doc) or doc[i].pos_ not in ("ADP", "PART", "SCONJ"):
            return set()
        j = past_punct(i + 1)
        return {doc[i].lower_} if j < len(doc) and "VerbForm=Inf" in str(doc[j].morph) else set()

    def _objects(self, tok) -> list:
        """Direct objects of ``tok`` (or its passive subject), French partitives ("imposer des sanctions", parsed
        obl:arg) included, looking through quantity nouns ("une partie des soldats", "a package of sanctions")."""
        c = self.cues
        objs = [
            k
            for k in tok.children
            if k.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass")
            or (k.dep_ in ("obl:arg", "obl") and self._case(k) in c["partitive_cases"])
        ]
        # misparsed objects with no preposition: a noun taken as xcomp ("a convoqué le chargé d'affaires"), or hung
        # on the preceding date ("a rejeté vendredi l'amende", amende as nmod of vendredi)
        objs += [k for k in tok.children if k.dep_ == "xcomp" and k.pos_ in ("NOUN", "PROPN") and self._case(k) is None]
        objs += [
            g
            for k in tok.children
            if k.dep_ in ("obl:mod", "npadvmod") and k.i > tok.i
            for g in k.children
            if g.dep_ == "nmod"
            and g.pos_ in ("NOUN", "PROPN")
            and (self._case(g) is None or self._case(g) in c["partitive_cases"])
        ]  # "lancé mardi matin des exercices"
        for k in list(objs):
            if k.lemma_.lower() in c["quantity_nouns"]:
                objs += [
                    g
                    for g in k.children
                    if g.dep_ in ("nmod", "prep", "pobj")
                    for g in ((g,) if g.dep_ != "prep" else [x for x in g.children if x.dep_ == "pobj"])
                ]
        return objs

    def _entry(self, tok) -> tuple[_Entry, str] | None:
        lemmas = [tok.lemma_.lower(), tok.lower_]
        participle = self.lang == "fr" and tok.lower_.endswith(("é", "ée", "és", "ées"))
        if not participle and lemmas[0] not in self.lemmas and lemmas[1] not in self.lemmas:
            return None  # fast path: most tokens are no trigger
        if tok.pos_ == "VERB":
            pos = "verb"
        elif tok.pos_ in ("NOUN", "PROPN", "ADJ") and any(k.dep_.startswith("aux") for k in tok.children):
            pos = "verb"  # a participle tagged as a noun ("a téléphoné"): its auxiliary shows it is a verb
            if self.lang == "fr":
                lemmas.append(re.sub(r"(?:é|ée|és|ées)$", "er", tok.lower_))
        elif tok.pos_ in ("NOUN", "PROPN"):
            pos = "noun"
        else:
            return None
        for lemma in lemmas:
            for e in self.lex.get((pos, lemma), []):
                if self._matches(tok, e):
                    return e, pos
        return None

    def _mode(self, tok, entry: _Entry) -> str | None:
        """Refine the mode from the weapon named around the trigger ("frappes de drones" -> drone)."""
        by_mode = self.cues["mode_words"].get(entry.type)
        if not by_mode:
            return entry.mode
        words = {w for k in tok.children for t in (k, *k.children) for w in (t.lemma_.lower(), t.lower_)}
        if tok.dep_ in ("nsubj", "obj", "dobj") or tok.pos_ == "NOUN":
            words |= {tok.head.lemma_.lower()}
        for k in tok.children:  # the subject of "des drones russes ont frappé" names the weapon too
            if k.dep_ in self.cues["subject_deps"]:
                words.add(k.lemma_.lower())
        for mode, kws in by_mode.items():
            if words & set(kws):
                return mode
        return entry.mode

    # ---- modality
    def _conditional(self, tok) -> bool:
        """A conditional verb form. fr_core_news_md tags most French conditionals as imperfect indicative
        ("prendrait": Mood=Ind|Tense=Imp), so the form is checked too: the infinitive stem (or an irregular
        conditional stem) followed by an imperfect ending: "prendr-ait", "déclarer-ait", "ser-ait" — not the
        imperfect "déclar-ait"."""
        if "Mood=Cnd" in str(tok.morph):
            return True
        if self.lang != "fr" or "VerbForm=Fin" not in str(tok.morph):
            return False
        m = re.fullmatch(r"(.+r)(?:ais|ait|ions|iez|aient)", tok.lower_)
        if m is None:
            return False
        stem, lemma = m.group(1), tok.lemma_.lower()
        return stem in (lemma, lemma[:-1]) or stem in self.cues.get("conditional_stems", ())

    def _modality(self, trig) -> tuple[bool, str | None]:
        c = self.cues
        chain = [trig]
        while (
            chain[-1].dep_ in ("xcomp", "acl")
            and chain[-1].head.i != chain[-1].i
            and len(chain) < 4
            and (chain[-1].dep_ == "xcomp" or chain[-1].head.lemma_ in c["realis_heads"])
        ):
            chain.append(chain[-1].head)
        negated = any(
            k.dep_ in ("advmod", "neg") and (k.lower_ in c["negation"] or k.lemma_ in c["negation"])
            for t in chain
            for k in t.children
        )
        negated |= any(k.dep_ in ("mark", "case") and k.lower_ in c["without"] for k in trig.children)
        negated |= any(h.lemma_ in c["negating_heads"] for h in chain[1:])
        if trig.pos_ == "NOUN":
            negated |= any(k.lower_ in ("aucun", "aucune", "no") for k in trig.children)
        morphs = [t.morph for t in chain] + [k.morph for t in chain for k in t.children if k.pos_ == "AUX"]
        aux = {k.lower_ for t in chain for k in t.children if k.pos_ == "AUX" or k.dep_ == "aux"}
        heads = {h.lemma_ for h in chain[1:]}
        clause_marks = set()
        tok = trig
        for _ in range(6):  # "si ..." / "if ..." in this clause or one that contains it
            clause_marks |= {k.lower_ for k in tok.children if k.dep_ == "mark"}
            if tok.head.i == tok.i:
                break
            tok = tok.head
        verbs = chain + [k for t in chain for k in t.children if k.pos_ == "AUX"]
        hypothetical = (
            any(self._conditional(t) for t in verbs)
            or bool(heads & c["modal_heads"])
            or bool(aux & c.get("modal_aux", set()))
            or bool(clause_marks & c["condition_marks"])
        )
        future = (
            any("Tense=Fut" in str(mo) for mo in morphs)
            or bool(heads & c["future_heads"])
            or bool(aux & c.get("future_aux", set()))
        )
        if self.lang == "en" and any(
            h.lemma_ == "go" and any(a.lemma_ == "be" for a in h.children) for h in chain[1:]
        ):  # "is going to meet"
            future = True
        first = trig
        while first.dep_ == "conj" and first.head.i != first.i and "VerbForm=Inf" in str(first.head.morph):
            first = first.head  # "le droit de manifester et de libérer": the first of the coordinated infinitives
        if first.dep_ == "acl" and "VerbForm=Inf" in str(trig.morph) and first.head.pos_ == "NOUN":
            return negated, "intended"  # an infinitive under a noun names no act: "le droit de manifester"
        if any(k.dep_.startswith("aux") and "VerbForm=Inf" in str(k.morph) for k in trig.children):
            heads -= c["intention_heads"]  # a perfect infinitive reports a done act: "annoncé avoir relevé l'alerte"
            chain = chain[:1]
        marks = {k.lower_ for k in trig.children if k.dep_ == "mark"}
        purpose = trig.dep_ == "advcl" and bool(marks & c["purpose_marks"])
        if self.lang == "en" and trig.dep_ == "advcl":  # "... to support Ukraine"
            purpose |= any(k.dep_ == "aux" and k.lower_ == "to" for k in trig.children)
        if purpose and trig.lemma_.lower() in c["protest_verbs"] and trig.head.i != trig.i:
            return self._modality(trig.head)  # "ils ont manifesté pour protester": the protest is the act itself
        other_heads = (
            c["aspectual_heads"]
            | c["negating_heads"]
            | c["future_heads"]
            | c["modal_heads"]
            | c["realis_heads"]
            | c["causative_heads"]
        )
        intended = purpose or bool(heads & c["intention_heads"]) or (len(chain) > 1 and not heads & other_heads)
        # the content clause of a demand or plan is not done: "a exigé que la Chine libère l'équipage"
        intended |= trig.dep_ == "ccomp" and trig.head.lemma_.lower() in c["intention_heads"]
        modality = "hypothetical" if hypothetical else "future" if future else "intended" if intended else None
        return negated, modality

    # ---- where and when
    def _date(self, trig, sent, future: bool) -> str | None:
        for d in _dates.find_dates(sent.text, self.lang, self.published, future=future):
            tok = self.doc.char_span(sent.start_char + d.start, sent.start_char + d.end, alignment_mode="expand")
            if tok is None:
                continue
            t = tok.root
            while t.i != trig.i and t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
                t = t.head
            governing = trig.head if trig.pos_ != "VERB" else trig
            verbless = t.pos_ not in ("VERB", "AUX") and not any(x.pos_ == "VERB" for x in sent)  # a caption
            if t.i == trig.i or t.i == governing.i or verbless:
                return d.date
        return self.pub_date if not future else None

    def _location(self, trig, sent, actors, recipients, mode, etype=None) -> tuple[dict | None, bool]:
        """The GPE/LOC after a locative preposition of the trigger's clause; for a visit without one, the single
        other place of the host country that the article names (flag True: inferred)."""
        for tok in sent:
            ent, target = self.m.entity(tok), tok
            if ent is None and self._is_locative(tok):  # "dans la région de X"
                gen = self.cues["genitive_preps"]
                sub = next(
                    (k for k in tok.children if k.dep_ == "nmod" and self._case(k) in gen and self.m.entity(k)), None
                )
                if sub is None and self.lang == "en":
                    sub = next(
                        (
                            g
                            for k in tok.children
                            if k.dep_ == "prep" and k.lower_ in gen
                            for g in k.children
                            if self.m.entity(g)
                        ),
                        None,
                    )
                if sub is None:
                    continue
                ent, target = self.m.entity(sub), tok
            if ent is None or ent.get("type") not in ("GPE", "LOC") or not self._is_locative(target):
                continue
            t = target
            while t.i != trig.i and t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
                t = t.head
            if t.i == trig.i or ((trig.pos_ != "VERB" or trig.dep_ == "xcomp") and t.i == trig.head.i):
                return _place(ent), False
        host = (recipients if mode == "visit" else actors if mode == "host" else [None])[0]
        if host is not None and host.entity.get("type") == "GPE" and not self._is_state(host.entity):
            return _place(host.entity), False  # "who was visiting Tallinn": the city visited
        if host is not None:  # "X, qui visitait le Japon": the visit took place in the one Japanese city named
            cities = [
                e
                for e in self.entities
                if e.get("type") in ("GPE", "LOC")
                and e.get("mentions")
                and (e.get("code") or e.get("country")) == host.code
                and not self._is_state(e)
                and e is not host.entity
                and e.get("name") != host.entity.get("name")
            ]
            if len(cities) == 1:
                return _place(cities[0]), True
        if etype not in self.cues["located_by_place"]:
            return None, False
        place = next((self.m.entity(t) for t in self.doc if t.i in self.dateline and self.m.entity(t)), None)
        if place is not None and sent.start_char < self.lede_end:  # the dateline places the lede's events
            return _place(place), True
        return None, False

    @staticmethod
    def _is_state(entity: dict) -> bool:
        """A state (or organisation), not a place within one: its own code is its ISO-3 code."""
        return (
            entity.get("type") != "GPE"
            or str(entity.get("id", "")).startswith("kb:country")
            or entity.get("sector") == "GOV"
        )

    def _context(self, sent) -> list[str]:
        if sent.start in self.contexts:
            return self.contexts[sent.start]
        words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
        words |= {part for w in list(words) if "-" in w for part in w.split("-")}
        text = sent.text.lower()
        out = []
        for ctx, kw in _contexts(self.lang):
            if ctx in out:
                continue
            if kw.endswith("*"):
                hit = any(w.startswith(kw[:-1]) for w in words)
            elif " " in kw:
                hit = kw in text
            else:
                hit = kw in words
            if hit:
                out.append(ctx)
        self.contexts[sent.start] = sorted(out)
        return self.contexts[sent.start]

    # ---- events
    def _recipients(self, trig, actors, mode, skip=frozenset(), etype=None) -> tuple[list[_Party], int]:
        """Recipients from the trigger's objects and complements (nearest entities first) and their depth."""
        adjuncts = [
            c
            for c in trig.children
            if self._case(c) in self.cues["adjunct_preps"]
            or (c.dep_ == "prep" and c.lower_ in self.cues["adjunct_preps"])
        ]  # "selon X", "after X"
        exclude = {t.i for t in skip} | {t.i for c in adjuncts for t in c.subtree}
        queue = [c for c in trig.children if c.dep_ in _OBJECT_DEPS and c.i not in exclude]
        queue += [o for o in self._objects(trig) if o not in queue and o.i not in exclude]  # misparsed objects
        holder = self._holder(trig) if trig.pos_ == "VERB" else None
        if holder is not None:  # "a de son côté rejeté les accusations", accusations parsed as the object of "a"
            queue += [k for k in holder[1].children if k.dep_ in ("obj", "dobj") and k.i > trig.i and k not in queue]
        # "appelé l'Allemagne et les États-Unis à": the second object parsed as a conjunct of the verb
        queue += [
            c
            for c in trig.children
            if c.dep_ == "conj"
            and c.pos_ in ("NOUN", "PROPN")
            and c not in queue
            and any(o.dep_ in ("obj", "dobj") and o.i < c.i for o in trig.children)
        ]
        visit = mode == "visit"  # "se rendre à Tokyo": the place visited names the host; "reçu à Paris" does not
        for c in queue:  # "contre la suspension des négociations annoncée par le gouvernement": the author is aimed at
            case = c.lower_ if c.dep_ == "prep" else self._case(c)
            if not (c.dep_ in ("obj", "dobj") or case in self.cues["recipient_preps"]):
                continue  # not "in a statement issued by X"
            authors = [
                p
                for a in self._agents_of(c)
                for p in self._noun_phrase_parties(a)[0]
                if all(p.entity is not x.entity for x in actors)
            ]
            if authors:
                return authors, 1
        parties, best = [], None
        for c in queue:
            if c.pos_ in ("VERB", "AUX"):
                continue
            if c.pos_ in ("NOUN", "PRON") and self._lower_phrase(c) in self.cues["all_parties"]:
                sides = self._conflict_sides(actors)  # "appelé « toutes les parties » à la retenue"
                if sides:
                    return sides, 2
            if c.pos_ == "PRON" and c.lower_ in self.cues["object_pronouns"] and c.dep_ in ("obj", "dobj", "iobj"):
                # "ordered a Russian diplomat to leave, accusing him of ...": the object named before
                prior = [
                    t
                    for t in (self.seg if self.seg is not None else [])
                    if t.i < c.i and t.dep_ in ("obj", "dobj") and t.pos_ in ("NOUN", "PROPN")
                ]
                for t in reversed(prior):
                    ps = [p for p in self._noun_phrase_parties(t)[0] if all(p.entity is not a.entity for a in actors)]
                    if ps:
                        return ps, 2
                continue
            noun = self._entry(c) if c.dep_ in ("obj", "dobj") else None
            if noun is not None and noun[1] == "noun":  # "condamner les frappes russes": the attacker is the target
                gen = next((next(iter(v)) for k, v in noun[0].cond if k == "gen"), "patient")
                agents = [p for p in self._noun_parties(c, gen)[0] if all(p.entity is not a.entity for a in actors)]
                if agents:
                    return agents, 1
            # "demandé à Dakar de ...": a capital as the argument of a verb of asking or giving is the state addressed
            dative = (
                etype in self.cues.get("dative_types", ())
                and self._case(c) in self.cues.get("dative_cases", ())
                and (c.dep_ == "obl:arg" or (c.dep_ == "obl:mod" and 0 < c.i - trig.i <= 3))
            )
            if not (visit or dative) and self._is_locative(c) and c.dep_ != "prep":
                continue
            if not visit and c.dep_ == "prep" and c.lower_ in self.cues["locative_preps"]:
                continue
            ps, k = self._parties_at(c, _NOMINAL, _MAX_COST - 1, skip_locative=not (visit or dative))
            if not ps:
                continue
            if best is None or k < best:
                best, parties = k, ps
            elif k == best:
                parties += [p for p in ps if all(p.entity is not q.entity for q in parties)]
        if not parties:  # "warned that Canadian weapons would be targets", "menacé de ... si X maintenait": the
            # subject of the content or condition clause
            kids = list(trig.children) + [g for k in trig.children if k.dep_ == "xcomp" for g in k.children]
            for k in kids:
                if (
                    k.dep_ == "ccomp"
                    or (
                        k.dep_ == "advcl"
                        and any(m.dep_ == "mark" and m.lower_ in self.cues["condition_marks"] for m in k.children)
                    )
                ) and not parties:
                    subs = [
                        t for t in k.children if t.dep_ in self.cues["subject_deps"] | self.cues["passive_subject_deps"]
                    ]
                    # "a prévenu que la Chine prendrait des mesures": the actor's own side is not the one warned
                    mine = {p.code for p in actors}
                    parties = [p for t in subs for p in self._noun_phrase_parties(t)[0] if p.code not in mine]
                    best = 2 if parties else best
        if not parties:  # a misattached complement ("condamnaient fermement » la Russie"): any entity in the clause
            subj = {t.i for s in skip for t in s.subtree} | exclude
            deps = _NOMINAL | _OBJECT_DEPS | {"advmod", "obj", "iobj", "dobj"}
            parties, _ = self._parties_at(trig, deps, _MAX_COST, skip_locative=not visit, exclude=subj | {trig.i})
            best = _MAX_COST if parties else None
        if not [p for p in parties if p.code]:  # "fired tear gas at protesters", "interpellé des manifestants"
            for c in (
                self._objects(trig)
                + [g for k in trig.children if k.dep_ == "prep" for g in k.children if g.dep_ == "pobj"]
                + [k for k in queue if k.dep_ == "obl:arg"]
            ):
                parties = [p for p in self._domestic(c) if p.sector != "COP"]  # the police arrest, are rarely arrested
                if parties:
                    break
        if not parties:  # "rejeté l'amende que la Commission a infligée": the author named in the relative clause
            for c in self._objects(trig):
                for rel in c.subtree:  # "l'amende de 200 millions d'euros que la Commission a infligée"
                    if rel.dep_ in ("acl:relcl", "relcl") and not parties:
                        parties = [
                            p
                            for t in rel.children
                            if t.dep_ in self.cues["subject_deps"]
                            for p in self._noun_phrase_parties(t)[0]
                        ]
        actor_ids = {id(p.entity) for p in actors}
        found = [p for p in parties if id(p.entity) not in actor_ids]
        return found, (best or 0) + 1

    def _agents_of(self, noun) -> list:
        """Agents of a passive participle that qualifies ``noun`` or its complement ("la décision annoncée par X",
        "la suspension des négociations annoncée par X")."""
        if noun.dep_ == "prep":  # "against tariffs imposed by X"
            noun = next((g for g in noun.children if g.dep_ == "pobj"), noun)
        if noun.pos_ not in ("NOUN", "PROPN"):
            return []
        nouns = [noun] + [k for k in noun.children if k.dep_ in ("nmod", "pobj") and k.pos_ == "NOUN"]
        nouns += [
            g for k in noun.children if k.dep_ == "prep" for g in k.children if g.dep_ == "pobj" and g.pos_ == "NOUN"
        ]
        return [
            g
            for n in nouns
            for a in n.children
            if a.dep_ == "acl" and "VerbForm=Part" in str(a.morph)
            for g in a.children
            if g.dep_ in self.cues["agent_deps"]
        ]

    def _referent(self, noun, actors) -> tuple[str, list[_Party], list[_Party]] | None:
        """The earlier event that an event noun ("the warning", "la décision", "les accusations") names: the latest
        realised one of the noun's type (any type for "decision", "announcement"...) led by other actors."""
        wanted = self.cues["event_nouns"].get(noun.lemma_.lower()) or self.cues["event_nouns"].get(noun.lower_)
        if wanted is None:
            return None
        mine = {p.code for p in actors}
        for past in reversed(self.history):
            if (wanted == "*" or past[0] in wanted.split("|")) and not {p.code for p in past[1]} & mine:
                return past
        return None

    def _counterpart(self, actors) -> list[_Party]:
        """The other side of the latest realised event that involved one of ``actors`` (a reply: "X rejected it")."""
        mine = {p.code for p in actors}
        for etype, acts, recs in reversed(self.history):
            a, r = {p.code for p in acts}, {p.code for p in recs}
            if a & mine and not r & mine:
                return recs
            if r & mine and not a & mine:
                return acts
        return []

    def _conflict_sides(self, actors) -> list[_Party]:
        """The states on either side of the story's realised conflict events so far ("all parties"), the actor and
        organisations (mediators, monitors) left out."""
        mine = {p.code for p in actors}
        out: dict[str, _Party] = {}
        for etype, acts, recs in self.history:
            if "conflict" not in self.types[(etype, None)]["quad"]:
                continue
            for p in acts + recs:
                if p.code and p.code not in mine and p.sector != "IGO" and p.entity.get("type") != "ORG":
                    out.setdefault(p.code, p)
        return list(out.values())

    def _attacker_of(self, actors) -> tuple | None:
        """The latest realised conflict event whose recipients include one of ``actors`` (an act before words: a
        denunciation answers the sanctions rather than the accusation that came with them)."""
        mine = {p.code for p in actors}
        suffered = [
            past
            for past in self.history
            if {p.code for p in past[2]} & mine
            and not {p.code for p in past[1]} & mine
            and "conflict" in self.types[(past[0], None)]["quad"]
        ]
        acts = [past for past in suffered if "material" in self.types[(past[0], None)]["quad"]]
        return (acts or suffered or [None])[-1]

    def _discourse_recipients(self, trig, etype, actors) -> tuple[list[_Party], tuple | None]:
        """Recipients from discourse when the clause names none: the author of the event that the object names
        ("rejected the warning"), else, for a reply type, the other side of the actor's latest event."""
        nouns = self._objects(trig) + ([trig.head] if trig.dep_ in ("acl", "amod") and trig.head.i != trig.i else [])
        for n in nouns:
            ref = self._referent(n, actors)
            if ref is not None:
                return ref[1], ref
        comps = nouns + [
            k
            for k in trig.children
            if k.dep_ in _OBJECT_DEPS
            and k.pos_ in ("NOUN", "PROPN", "PRON")
            and not (self._is_locative(k) and self.m.entity(k))
        ]
        bare = all(
            any(d.lower_ in self.cues["any_words"] for d in n.children)  # "dément toute ingérence"
            or (n.pos_ == "PRON" and n.lower_ in self.cues["vague_objects"])
            for n in comps
        )  # "rejeté ce que"
        if etype in self.cues["alert_types"]:
            return self._counterpart(actors), None
        if etype in self.cues["victim_types"]:  # "a dénoncé un crime de guerre" after strikes on the actor
            past = self._attacker_of(actors)
            return (past[1], past) if past is not None else ([], None)
        # a reply to what an event noun names whose author is not in the story: the other side ("a rejeté la
        # protestation" after a demand from that side)
        named = bool(comps) and all(
            self.cues["event_nouns"].get(n.lemma_.lower()) or self.cues["event_nouns"].get(n.lower_) for n in comps
        )
        if etype in self.cues["reply_types"] and (bare or named):
            if etype == "THREATEN" and not any(
                self._modality(k)[1] in ("future", "hypothetical", "intended")
                for k in trig.children
                if k.dep_ in ("ccomp", "xcomp", "advcl")
            ):
                return [], None  # a warning threatens only with a future or conditional consequence
            return self._counterpart(actors), None
        return [], None

    def _noun_parties(self, trig, gen: str) -> tuple[list[_Party], list[_Party]]:
        c = self.cues
        actors, recips = [], []
        for k in trig.children:
            ent = self.m.entity(k)
            case = self._case(k)
            if k.dep_ == "prep":
                case, k = k.lower_, next((g for g in k.children if g.dep_ == "pobj"), None)
                if k is None:
                    continue
                ent = self.m.entity(k)
            if k.dep_ in ("amod", "compound", "nmod:poss", "poss") and ent is not None:
                actors.append(_Party(ent, self._sector(k, ent)))
                continue
            if case in c["agent_preps"] or (case in c["genitive_preps"] and gen == "agent"):
                actors += self._parties_at(k, _NOMINAL - {"obl", "obl:mod", "obl:arg"}, 1)[0]
            elif case in c["recipient_preps"] or case in c["genitive_preps"]:
                if self._is_locative(k):
                    continue
                recips += self._parties_at(k, _NOMINAL, 2, skip_locative=True)[0]
        if not recips:  # the target hung on the weapon: "des frappes de drones sur Odessa"
            for k in trig.children:
                if self._case(k) in c["genitive_preps"] and self.m.entity(k) is None:
                    for g in k.children:
                        if self._case(g) in c["recipient_preps"] - c["genitive_preps"] and not self._is_locative(g):
                            recips += self._parties_at(g, _NOMINAL, 1, skip_locative=True)[0]
        return actors, recips

    def _source_parties(self, clause) -> list[_Party]:
        """The source of a clause introduced by "selon X" / "according to X"."""
        for k in clause.children:
            if k.dep_ in ("obl", "obl:mod", "nmod") and self._case(k) in self.cues["source_preps"]:
                return self._parties_at(k, _NOMINAL, 1)[0]
            if k.dep_ == "prep" and k.lower_ in self.cues["source_preps"]:  # according (to X)
                pobj = [g for p in k.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
                pobj += [g for g in k.children if g.dep_ == "pobj"]
                if pobj:
                    return self._parties_at(pobj[0], _NOMINAL, 1)[0]
        return []

    def _speech_accusations(self, sent) -> list[tuple]:
        """ACCUSE/disapprove from a speaker to the entity its reported words call destabilising, aggressive...; REJECT
        when the words call an earlier event absurd, baseless... ("the accusations were absurd")."""
        out = []
        for tok in sent:
            words = {tok.lemma_.lower(), tok.lower_}
            rejects = bool(words & self.cues["rejection_words"])
            if not rejects and not words & self.cues["disapproval_words"]:
                continue
            clause = tok
            while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
                clause = clause.head
            if clause.pos_ not in ("VERB", "AUX"):
                continue
            speech = self._speech_head(clause)
            if speech is not None:
                speakers, _ = self._actors(speech)
            else:
                speakers = self._source_parties(clause) or self._quote_speakers(tok)
            if rejects:
                subs = self._subject_tokens(clause)[0] + [
                    k for k in clause.children if k.dep_ in ("nsubj:pass", "nsubjpass")
                ]
                ref = next((r for r in (self._referent(k, speakers) for k in subs) if r is not None), None)
                if speakers and ref is not None:
                    out.append(("REJECT", None, tok, speakers, ref[1]))
                continue
            targets, _ = self._actors(clause)
            if speakers and targets:
                out.append(
                    (
                        "ACCUSE",
                        "disapprove",
                        tok,
                        speakers,
                        [t for t in targets if all(t.entity is not s.entity for s in speakers)],
                    )
                )
        return out

    def _segments(self):
        """Sentences, cut again at paragraph breaks (a parse may run a sentence across a blank line)."""
        for sent in self.doc.sents:
            words: list = []  # the non-space tokens of the current segment
            prev = None
            for tok in sent:
                if prev is not None and words and ("\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text)):
                    yield self.doc[words[0].i : words[-1].i + 1]
                    words = []
                if not tok.is_space:
                    words.append(tok)
                prev = tok
            if words:
                yield self.doc[words[0].i : words[-1].i + 1]

    def _inside(self, tok) -> bool:
        return self.seg is None or self.seg.start <= tok.i < self.seg.end

    def code(self) -> list[dict]:
        events: dict[tuple, dict] = {}
        for sent in self._segments():
            self.seg = sent
            for tok in sent:
                hit = self._entry(tok)
                if (
                    tok.pos_ in ("VERB", "AUX")
                    and any(k.dep_ in self.cues["subject_deps"] for k in tok.children)
                    and not self._in_direct_quote(tok)  # what a quote's clause is about is no antecedent
                    and not (tok.lemma_ in self.cues["modal_heads"] or self._conditional(tok))
                ):  # nor who might
                    subject_parties, ana = self._actors(tok)
                    if not ana:
                        self._remember(subject_parties)
                if hit is None:
                    continue
                entry, pos = hit
                if any(k.dep_ == "xcomp" and k.lemma_.lower() in self.cues["comment_verbs"] for k in tok.children):
                    continue  # "a refusé de commenter ce retrait", "declined to comment on": no act
                if pos == "verb":
                    actors, anaphor = self._actors(tok)
                    subs, passive = self._subject_tokens(tok)
                    if (
                        not subs
                        and entry.type == "ACCUSE"
                        and tok.dep_ == "acl"
                        and "VerbForm=Part" in str(tok.morph)
                        and tok.head.pos_ == "NOUN"
                        and not any(k.dep_.startswith("aux") for k in tok.children)
                    ):
                        # a passive participle: "sanctionné des entreprises chinoises accusées de ..."
                        # the author is the subject of the nearest clause above that has one ("des mesures visant
                        # des entités accusées de ...": the subject of the verb that adopted the measures)
                        for clause in [a for a in tok.head.ancestors if a.pos_ == "VERB" and self._inside(a)][:3]:
                            if actors:
                                break
                            actors = self._actors(clause)[0]
                        subs, passive = [tok.head], False
                    recipients, cost = self._recipients(tok, actors, entry.mode, skip=set(subs), etype=entry.type)
                    if passive:
                        pas = [k for k in tok.children if k.dep_ in self.cues["passive_subject_deps"]]
                        recipients = [p for s in pas for p in self._noun_phrase_parties(s)[0]] or recipients
                    if subs and subs[0].i == tok.head.i and tok.dep_ == "acl":  # the noun a participle qualifies
                        recipients = self._noun_phrase_parties(tok.head)[0] or recipients
                    clause = next(
                        (
                            k
                            for k in tok.children
                            if k.pos_ == "VERB"
                            and (
                                k.dep_ == "xcomp"
                                or (k.dep_ == "advcl" and k.lemma_.lower() in self.cues["protest_verbs"])
                            )
                        ),
                        None,
                    )
                    if actors and clause is not None and not [p for p in recipients if p.code]:
                        recipients, cost = self._recipients(
                            clause, actors, entry.mode, etype=entry.type
                        )  # "accepté de rendre X à Y"
                        cost += 1
                    ref = None
                    if actors and not [p for p in recipients if p.code]:
                        recipients, ref = self._discourse_recipients(tok, entry.type, actors)
                        cost = 2
                    elif actors and entry.type == "ACCUSE":  # "condamné une décision": which earlier event it names
                        ref = next((r for n in self._objects(tok) if (r := self._referent(n, actors))), None)
                    # condemning measures taken against oneself also rejects them ("dénonce des sanctions")
                    if (
                        ref is not None
                        and entry.type == "ACCUSE"
                        and ref[0] not in ("ACCUSE", "ASSAULT")
                        and {p.code for p in actors} & {p.code for p in ref[2]}
                    ):
                        ev = self._build(tok, sent, "REJECT", None, pos, actors, recipients or ref[1], True, cost)
                        if ev is not None:
                            self._add(events, ev)
                else:
                    head_hit = self._entry(tok.head) if tok.head.i != tok.i else None
                    if head_hit and any(k == "obj" and tok.lemma_.lower() in v for k, v in head_hit[0].cond):
                        continue  # "signer un accord", "imposer des sanctions": the verb codes it
                    gen = next((next(iter(v)) for k, v in entry.cond if k == "gen"), "patient")
                    actors, recipients = self._noun_parties(tok, gen)
                    anaphor, cost = False, 1
                    scene = (
                        self._scene()
                        if not actors
                        and entry.type in self.cues["domestic_types"]
                        and tok.dep_ in self.cues["subject_deps"]
                        else None
                    )
                    if scene:  # "Protests also took place in Mombasa": a crowd of the place
                        actors = [
                            _Party(
                                {"id": None, "name": "protesters", "type": "GROUP", "code": scene}, "CVL", domestic=True
                            )
                        ]
                    path = list(itertools.takewhile(lambda a: not self._clause_head(a), tok.ancestors))
                    above = tok.head if not path else path[-1].head
                    after = any(self._case(t) in self.cues["adjunct_preps"] for t in [tok, *path])
                    top = path[-1] if path else tok
                    if (
                        not actors
                        and not recipients
                        and entry.type == "CONSULT"
                        and path
                        and self._clause_head(above)
                        and top.dep_.startswith(("obl", "nmod", "advcl", "prep", "npadvmod"))
                    ):
                        # "à l'issue de deux jours d'entretiens à Séoul avec le ministre X" (avec hung on "issue"):
                        # the partner named with "avec"/"with" in the adjunct that holds the meeting noun
                        partners = [
                            t
                            for t in top.subtree
                            if self._case(t) in self.cues["partner_cases"]
                            or (t.dep_ == "pobj" and t.head.lower_ in self.cues["partner_cases"])
                        ]
                        recipients = [
                            p for t in partners for p in self._parties_at(t, _NOMINAL, 2, skip_locative=True)[0]
                        ]
                        after = after or bool(recipients)
                    if (
                        not actors
                        and recipients
                        and after
                        and self._clause_head(above)
                        and self.types[(entry.type, None)]["reciprocal"]
                    ):
                        actors, anaphor = self._actors(above)  # "après des discussions avec X, Téhéran a consenti"
                        actors = [p for p in actors if all(p.entity is not r.entity for r in recipients)]
                accuser = self._accuser(tok) if pos == "verb" else None
                if accuser is not None and "conflict" in self.types[(entry.type, None)]["quad"] and not recipients:
                    recipients = self._actors(accuser)[0]  # "Guyana accused Venezuela of massing troops": on Guyana
                ev = self._build(tok, sent, entry.type, self._mode(tok, entry), pos, actors, recipients, anaphor, cost)
                if ev is not None and accuser is not None and "conflict" not in ev["quad"] and ev["modality"] is None:
                    ev["modality"] = "alleged"  # "accused Benin of hosting troops": a claim, not a reported fact
                if ev is not None:
                    self._add(events, ev)
                    if is_realised(ev):
                        self.history.append(
                            (entry.type, [p for p in actors if p.code], [p for p in recipients if p.code])
                        )
                    # "X met Y. The two leaders...": the sides of a realised meeting are the next joint actors
                    if (
                        self.types[(entry.type, None)]["reciprocal"]
                        and is_realised(ev)
                        and len(ev["recipients"]) + len(recipients) > 0
                    ):
                        self._remember([p for p in actors + recipients if p.code])
            for etype, mode, tok, speakers, targets in self._speech_accusations(sent):
                ev = self._build(tok, sent, etype, mode, "speech", speakers, targets, True, 1)
                if ev is not None:
                    self._add(events, ev)
        return self._merge_views(list(events.values()))

    @staticmethod
    def _merge_views(events: list[dict]) -> list[dict]:
        """A host's reception of a visitor is the visit seen from the other side: "X s'est rendu à Chisinau, où il a
        été reçu par Y" is one meeting, kept as the visit."""

        def side(ev, key):
            return frozenset(p["code"] for p in ev[key])

        visits = {
            (side(e, "actors"), side(e, "recipients"))
            for e in events
            if e["type"] == "CONSULT" and e["mode"] != "host" and is_realised(e)
        }
        events = [
            e
            for e in events
            if not (
                e["type"] == "CONSULT" and e["mode"] == "host" and (side(e, "recipients"), side(e, "actors")) in visits
            )
        ]
        # an act without a recipient is subsumed by the same act of the same actors with one ("placé des unités en
        # alerte et déployé des blindés près du Kosovo")
        full = {
            (e["type"], side(e, "actors"), e["date"], e["negated"], e["modality"]) for e in events if e["recipients"]
        }
        return [
            e
            for e in events
            if e["recipients"] or (e["type"], side(e, "actors"), e["date"], e["negated"], e["modality"]) not in full
        ]

    @staticmethod
    def _add(events: dict, ev: dict) -> None:
        # the same event reported twice in an article (same type, codes, day and flags) is one event, whatever the
        # wording ("fired tear gas ... arrested dozens"): the reading with a mode, then the most confident, is kept
        key = (
            ev["type"],
            frozenset(a["code"] for a in ev["actors"]),
            frozenset(r["code"] for r in ev["recipients"]),
            ev["date"],
            ev["negated"],
            ev["modality"],
        )
        old = events.get(key)
        if old is None or (ev["mode"] is not None, ev["confidence"]) > (old["mode"] is not None, old["confidence"]):
            events[key] = ev

    def _build(self, trig, sent, etype, mode, pos, actors, recipients, anaphor, cost) -> dict | None:
        info = self.types.get((etype, mode)) or self.types[(etype, None)]
        actors = [p for p in actors if p.code]
        recipients = [p for p in recipients if p.code]
        if not actors:
            return None
        if (
            not recipients
            and etype in self.cues["domestic_types"]
            and self._scene()
            and any(p.domestic for p in actors)
        ):
            # a crowd's protest without a named target addresses the authorities of the place where it
            # happens; a state's protest without one has no recipient
            recipients = [
                _Party(
                    {"id": None, "name": "authorities", "type": "GROUP", "code": self._scene()}, "GOV", domestic=True
                )
            ]
        codes_a, codes_r = {p.code for p in actors}, {p.code for p in recipients}
        confidence = _BASE[pos] - (_PENALTY_ANAPHOR if anaphor else 0) - (_PENALTY_DEEP if cost >= 3 else 0)
        # an organisation's own summit or agreement is among its members: "l'UA a conclu son sommet" (AU -> AU)
        forum = (
            info["reciprocal"]
            and len(codes_a) == 1
            and not recipients
            and trig.lemma_.lower() in self.cues["forum_triggers"]
            and all(p.entity.get("type") == "ORG" and p.sector == "IGO" for p in actors)
        )
        if not recipients and info["reciprocal"] and (len(codes_a) >= 2 or forum):
            recipients = list(actors)
        elif not recipients:
            if not info["unilateral"]:
                return None
            confidence -= _PENALTY_NO_RECIPIENT
        elif (
            len(codes_a) == 1
            and codes_a == codes_r
            and not forum
            and not (
                any(p.domestic for p in actors + recipients)
                and {p.sector for p in actors} != {p.sector for p in recipients}
            )
        ):
            return None  # a state acting on itself; only different sectors of one country (police, crowd) may
        negated, modality = self._modality(trig) if pos != "speech" else (False, None)
        if (
            etype == "COOPERATE"
            and modality == "intended"
            and trig.dep_ == "xcomp"
            and trig.head.lemma_.lower() in self.cues["commitment_heads"]
            and len(codes_a | codes_r) >= 2
        ):
            modality = (
                None  # "ont convenu de coordonner", "se sont engagés à créer des patrouilles": a joint commitment
            )
            # to cooperate is coded as the cooperation (dev gold convention)
        location, inferred = self._location(trig, sent, actors, recipients, mode, etype)
        if inferred:
            confidence -= _PENALTY_INFERRED_PLACE
        place = self.m.by_id.get(location["id"]) if location and not inferred else None
        if not recipients and etype in self.cues["proximity_types"]:  # "des exercices autour de Taïwan": the state
            near = [
                e
                for t in sent
                if (
                    self._case(t) in self.cues["proximity_preps"]  # the show of force is aimed at
                    or t.head.lower_ in self.cues["proximity_preps"]
                )  # "autour" (ADV) "de Taïwan"
                and (e := self.m.entity(t)) is not None
                and e.get("type") in ("GPE", "LOC")
                and (e.get("code") or e.get("country")) not in codes_a
            ]
            if near:
                recipients = [_Party(near[0], near[0].get("sector"))]
        if (
            not recipients
            and etype in self.cues["place_targets"]
            and place is not None
            and location["code"]
            and location["code"] not in codes_a
        ):  # "frappé des ateliers à Kharkiv": Kharkiv's state is hit
            recipients = [_Party(place, place.get("sector"))]
        return {
            "type": etype,
            "mode": mode,
            "quad": info["quad"],
            "score": info["score"],
            "actors": [p.out() for p in actors],
            "recipients": [p.out() for p in recipients],
            "date": self._date(trig, sent, modality == "future"),
            "location": location,
            "contexts": self._context(sent),
            "confidence": round(max(0.1, confidence), 2),
            "negated": negated,
            "modality": modality,
            "source": self.source,
            "trigger": {"text": trig.text, "start": trig.idx, "end": trig.idx + len(trig.text)},
            "sentence": {"start": sent.start_char, "end": sent.end_char, "text": sent.text},
        }


def code_events(
    doc,
    entities: list[dict],
    quotes: list[dict],
    *,
    lang: str,
    published: str | None,
    source: str = "body",
    known: list[dict] = (),
) -> list[dict]:
    """Code PLOVER events in the parsed ``doc`` (a spaCy Doc whose offsets are those of the text).

    ``entities`` and ``quotes`` are the entity and quote dicts of the same text (mention and quote offsets index
    it); ``published`` (ISO date) anchors relative dates and is the default date; ``source`` is "body" or
    "caption". ``known`` are events the reader already knows (the headline's): the realised ones are the
    discourse the text can refer to ("la décision", "les mesures"). Returns one dict per event, flagged rather
    than dropped when negated or not realised (see the module docstring and :func:`is_realised`).
    """
    if source not in ("body", "caption"):
        raise InputError(f"event source must be 'body' or 'caption', not {source!r}")
    return _Coder(doc, entities, quotes, lang, published, source, known).code()
