"""The quote lexicon of a language: speech verbs, sources, joint phrases, pronouns, named flags.

Each language holds its lexicon in ``veille/lang/<code>/quotes.tsv`` (``kind<TAB>entry`` rows; the French file
documents every kind and flag); its ``time`` words also take the weekdays, months and one-word relative days of
``calendar.json``. :func:`lexicon` reads the lexicon of the text's language;
:func:`in_any_language` the union of one kind over every registered language, for the few word lists that apply
to every text whatever its language (negations, complementizers, definite articles). Both are cached and cleared
when a language is registered or removed.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from spacy.tokens import Token

from ... import lang as registry
from ...datafiles import read_numbered_rows
from ...errors import DataFileError
from ..memo import Memo
from .labels import TIME_ENTITY

#: The data file of each language.
FILE = "quotes.tsv"

#: The kinds of entry a quote lexicon may hold (documented in ``lang/fr/quotes.tsv``).
KINDS = frozenset(
    {
        "verb",
        "verb_incise",
        "verb_object",
        "verb_object_marker",
        "stance_object",
        "feeling_object",
        "verb_pronominal",
        "verb_negated",
        "verb_infinitive",
        "act_infinitive",
        "verb_adjective",
        "verb_clause",
        "stance_adjective",
        "verb_pair",
        "verb_as",
        "verb_judging",
        "tally",
        "verb_locution",
        "as",
        "prep",
        "prep_start",
        "prep_relative",
        "citing",
        "relay_verb",
        "quoted_as",
        "noun",
        "noun_clause",
        "verb_issue",
        "spokes",
        "spokes_prep",
        "spokes_sector",
        "issuer_prep",
        "institution",
        "state_body",
        "anonymous",
        "informant",
        "relational",
        "press",
        "thing",
        "examples",
        "incise_tail",
        "joint",
        "joint_party",
        "joint_prep",
        "latter",
        "former",
        "same_source",
        "going_on",
        "person_noun",
        "org_epithet",
        "periphrasis",
        "bare_definite",
        "body_synonym",
        "naming",
        "pron_m",
        "pron_f",
        "pron_pl",
        "pron_n",
        "gender_m",
        "gender_f",
        "agreeing_aux",
        "negation",
        "complementizer",
        "relative",
        "plural_article",
        "definite_article",
        "flag",
        "form",
        "time",
    }
)

#: Named properties of a language or its model, each a ``flag`` row of the lexicon when it holds.
GENDERED_PRONOUNS_NAME_THINGS = "gendered_pronouns_name_things"  # il/elle may be an organisation or a state
INFINITIVE_REPORT = "infinitive_report"  # "a indiqué avoir identifié…": a bare infinitive is reported speech
BARE_REPORTED_CLAUSE = "bare_reported_clause"  # "said the plan had failed": no complementizer needed
#: "they" may refer to one organisation or state ("Pyongyang declared… They added…")
PLURAL_PRONOUNS_NAME_GROUPS = "plural_pronouns_name_groups"
#: a count with no issuer named speaks as a described source ("according to official figures"); without the flag
#: it speaks only for its issuer ("selon un bilan du ministère"; "selon un bilan officiel" is no quote)
DESCRIBED_TALLY = "described_tally"
#: a quoted fragment inside a reported clause is a statement of its own beside the clause (two quotes: "said the
#: deal was “a trap” for farmers"): :mod:`.fragment_pairs`
FRAGMENTS_BESIDE_CLAUSE = "fragments_beside_clause"
#: a bare definite phrase of an organisation's noun that names none before it names the one organisation the text
#: names with that noun after it ("selon la police", then "la police afghane"): :func:`.epithets.named_after`
ORG_NAMED_AFTER = "org_named_after"
#: the inverted subject of a closing incise may carry a relative clause of its own ("…, a annoncé le gouverneur X qui
#: visite les blessés"): the clause tells what the speaker did besides, the incise still closes the sentence before it
INCISE_SUBJECT_RELATIVE = "incise_subject_relative"
#: the subject of a closing incise follows its verb ("…, a déclaré X", "…, a-t-il dit"): a name set off by commas
#: before the incise is the statement's, never its subject (:func:`.subjects.incise_subject`)
INCISE_SUBJECT_INVERTED = "incise_subject_inverted"
#: a speech-verb incise with its own subject, governed in the parse by a second incise closing the sentence, made
#: the statement; the second only relays it ("“…,” X said, the Times reported"; ":func:`.closing.relays_incise`)
RELAYED_INCISE = "relayed_incise"
FLAGS = frozenset(
    {
        INCISE_SUBJECT_RELATIVE,
        INCISE_SUBJECT_INVERTED,
        GENDERED_PRONOUNS_NAME_THINGS,
        INFINITIVE_REPORT,
        BARE_REPORTED_CLAUSE,
        PLURAL_PRONOUNS_NAME_GROUPS,
        DESCRIBED_TALLY,
        FRAGMENTS_BESIDE_CLAUSE,
        ORG_NAMED_AFTER,
        RELAYED_INCISE,
    }
)


#: Most (word, lemma) pairs :meth:`Lexicon.lemma` remembers per language before starting afresh: a few times the
#: distinct pairs of a day of news, so that a long run's memory stays bounded.
LEMMA_MEMO = 1 << 17


@functools.lru_cache(maxsize=1 << 16)  # the same words are folded for every token test of every pass
def fold(s: str) -> str:
    """Lower case, typographic apostrophe as ``'``, runs of spaces as one: how words are compared to entries."""
    return " ".join(s.replace("’", "'").lower().split())


_token_folds: Memo[int, str] = Memo(LEMMA_MEMO)  # orth hash -> fold of the token's text


def token_fold(t: Token) -> str:
    """``fold(t.text)``, by the token's form hash: the per-token tests ask it of every token, and the hash is read
    without making the token's text again."""
    found = _token_folds.get(t.orth)
    if found is None:
        found = _token_folds.put(t.orth, fold(t.text))
    return found


def time_word(t: Token, time: frozenset[str]) -> bool:
    """Whether ``t`` is a time word of the lexicon (``time``: "mardi", "hier", "soir") or part of a date or time."""
    return token_fold(t) in time or t.ent_type_ in TIME_ENTITY


@functools.cache
def word_prefixes(entries: frozenset[str]) -> frozenset[str]:
    """Each entry and its first words up to each space ("rule" and "rule out" of "rule out"): a word that is none
    of them begins no entry, alone or followed by others."""
    return frozenset(e[:k] for e in entries for k in [len(e)] + [k for k, c in enumerate(e) if c == " "])


@functools.cache
def word_suffixes(entries: frozenset[str]) -> frozenset[str]:
    """The words of each entry from each space on ("savoir" of "faire savoir"): a word that is none of them ends no
    entry after another word."""
    return frozenset(e[k + 1 :] for e in entries for k, c in enumerate(e) if c == " ")


@dataclass(frozen=True)
class Lexicon:
    """The quote lexicon of one language: folded entries by kind, and the ``form`` rows as a mapping (a word form
    the language's model lemmatises or tags wrongly -> its lemma: "estime" -> "estimer")."""

    entries: dict[str, frozenset[str]]
    forms: dict[str, str] = field(default_factory=dict)
    #: (orth, lemma) hashes of a token -> :meth:`lemma`: every pass asks it of every token, and the hashes are read
    #: without the string lookups the answer costs.
    _lemmas: Memo[tuple[int, int], str] = field(
        default_factory=lambda: Memo(LEMMA_MEMO), init=False, compare=False, repr=False
    )

    def __getitem__(self, kind: str) -> frozenset[str]:
        return self.entries.get(kind, frozenset())

    def lemma(self, t: Token) -> str:
        """The lemma of token ``t`` (lower case), corrected by the ``form`` rows."""
        key = (t.orth, t.lemma)
        found = self._lemmas.get(key)
        if found is None:
            found = self._lemmas.put(key, self.forms.get(fold(t.text)) or t.lemma_.lower())
        return found

    @functools.cached_property
    def cue_lemmas(self) -> frozenset[str]:
        """Every lemma of a speech verb (``verb``) or of the second verb of a ``verb_pair`` ("savoir" of "faire
        savoir"): a token whose lemma is none of them is no cue (one look-up instead of two)."""
        return self["verb"] | word_suffixes(self["verb_pair"])

    @functools.cached_property
    def report_openers(self) -> frozenset[str]:
        """Every lemma that the per-token tests of :func:`.indirect.indirect_quotes` may answer yes for: a speech
        verb, the second verb of a pair, the first word of a negated report, an "as" verb, the verb of a locution. A
        token whose lemma is none of them passes none of those tests (one look-up instead of four)."""
        kinds = ("verb", "verb_as")
        return frozenset().union(
            *(self[k] for k in kinds),
            word_suffixes(self["verb_pair"]),
            word_prefixes(self["verb_negated"]),
            word_prefixes(self["verb_locution"]),
        )

    def has(self, flag: str) -> bool:
        """Whether the language has the named property ``flag`` (one of :data:`FLAGS`)."""
        return flag in self["flag"]


@functools.cache
def lexicon(lang: str) -> Lexicon:
    """The quote lexicon of ``lang`` (cached); raises :class:`UnsupportedLanguage` for a language with no data
    and :class:`DataFileError` for a malformed file."""
    language = registry.get(lang)
    path = language.path(FILE)
    entries: dict[str, set[str]] = {}
    forms: dict[str, str] = {}
    for n, (kind, entry) in read_numbered_rows(path, 2):
        where = f"{path}:{n}"
        if not entry:
            raise DataFileError(f"{where}: expected 'kind<TAB>entry', the entry is empty")
        if kind not in KINDS:
            raise DataFileError(f"{where}: unknown kind (known: {', '.join(sorted(KINDS))})")
        if kind == "flag" and entry not in FLAGS:
            raise DataFileError(f"{where}: unknown flag {entry!r} (known: {', '.join(sorted(FLAGS))})")
        if kind == "form":
            words = fold(entry).split()
            if len(words) != 2:
                raise DataFileError(f"{where}: a form row is 'form<TAB><word form> <lemma>', got {entry!r}")
            forms[words[0]] = words[1]
            continue
        entries.setdefault(kind, set()).add(fold(entry))
    has_calendar = language.path("calendar.json").is_file()
    calendar = language.json("calendar.json") if has_calendar else {}  # its weekdays, months, days: time words
    words = [*calendar.get("weekdays", {}), *calendar.get("months", {}), *calendar.get("relative", {})]
    entries.setdefault("time", set()).update(fold(w) for w in words if len(w.split()) == 1)
    return Lexicon({k: frozenset(v) for k, v in entries.items()}, forms)


@functools.cache
def in_any_language(kind: str) -> frozenset[str]:
    """The entries of ``kind`` in every registered language (cached)."""
    return registry.every(lambda language: lexicon(language.code)[kind])


def complementizer(t: Token) -> bool:
    """Whether ``t`` is a complementizer of some language's lexicon ("que", "qu’", "that")."""
    return fold(t.text).rstrip("'") in in_any_language("complementizer")


registry.on_change(lexicon.cache_clear)
registry.on_change(in_any_language.cache_clear)
