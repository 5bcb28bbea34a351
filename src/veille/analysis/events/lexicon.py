"""What the event coder knows of a language, read from data files once and cached.

Per language, in ``veille/lang/<code>/``:

* ``events.tsv``: the triggers, verbs and event nouns with the PLOVER type and mode they code (:class:`Entry`);
* ``events.json``: closed-class cues (pronouns, prepositions, speech verbs, modal heads...) and what the
  language does (``participle_endings``, ``conditional_form``, ``ambiguous_locative_preps``...), each key
  documented in the file;
* ``event_contexts.tsv``: keywords of PLOVER contexts;
* ``syntax.json`` (shared with the other stages): the labels of subjects, passive subjects and agents, and
  whether a preposition heads its noun.

Language-neutral, in ``veille/data/events/``: ``types.tsv`` (quad class, score and coding rules of each PLOVER
type), ``cues.json`` (organisations that act for their parent, the order of weapon modes) and ``contexts.tsv``
(keywords of every language). Words that apply to every text whatever its language (group nouns, weapon words,
auxiliaries...) are the union over the registered languages (:class:`Shared`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ... import lang as _lang
from ...datafiles import DATA, read_json, read_table
from ...errors import DataFileError
from ..memo import Memo

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Token

EVENTS = DATA / "events"


#: Most tokens :func:`token_words` remembers before starting afresh: several days of news's distinct (lemma, form)
#: pairs, so that a long run's memory stays bounded.
TOKEN_WORDS_MEMO = 1 << 17
_token_words: Memo[tuple[int, int], tuple[str, str]] = Memo(TOKEN_WORDS_MEMO)


def token_words(tok: Token) -> tuple[str, str]:
    """The lower-cased lemma and the lower-cased form of ``tok`` (``tok.lemma_.lower()``, ``tok.lower_``), by their
    hashes: the coder's passes read them for every token, and the hashes are read without making the strings."""
    key = (tok.lemma, tok.lower)
    found = _token_words.get(key)
    if found is None:
        found = _token_words.put(key, (tok.lemma_.lower(), tok.lower_))
    return found


def listed(tok: Token, words: Collection[str]) -> bool:
    """Whether ``tok``'s lower-cased lemma or lower-cased form is one of ``words`` (a word list of the data files
    holds lemmas and, for words the parser lemmatises unevenly, forms)."""
    lemma, form = token_words(tok)
    return lemma in words or form in words


def negator(tok: Token, negation: Collection[str]) -> bool:
    """Whether ``tok`` is a word of negation under its head: an ``advmod`` or ``neg`` whose lower-cased form or lemma
    (as the parser gives it) is one of ``negation``."""
    return tok.dep_ in ("advmod", "neg") and (tok.lower_ in negation or tok.lemma_ in negation)


@dataclass(frozen=True)
class Entry:
    """One reading of a trigger (a row of ``events.tsv``): the type and mode it codes and the conditions it needs."""

    type: str
    mode: str | None
    cond: tuple[tuple[str, frozenset[str]], ...]

    def has(self, key: str) -> bool:
        """Whether the reading carries condition ``key`` ("neg", "patient", "subj", "protest"...)."""
        return any(k == key for k, _ in self.cond)

    @property
    def genitive(self) -> str:
        """For an event noun, what its "de X"/"of X" names: "agent" or "patient" (the default)."""
        return next((next(iter(v)) for k, v in self.cond if k == "gen"), "patient")


@dataclass(frozen=True)
class TypeInfo:
    """A PLOVER type (or type and mode) of ``types.tsv``."""

    quad: str  # quad class: "verbal cooperation", "material conflict"...
    score: float  # Goldstein-like intensity
    reciprocal: bool  # with two or more actors and no recipient, coded actors <-> actors
    unilateral: bool  # kept (lower confidence) without a recipient


@dataclass(frozen=True)
class Shared:
    """Words recognised in every text whatever its language: the union over the registered languages."""

    group_sectors: dict[str, str]  # head noun of a group -> PLOVER sector
    mode_words: dict[str, dict[str, frozenset[str]]]  # type -> mode -> words, modes in the order they are tried
    auxiliary_verbs: frozenset[str]
    reflexive_pronouns: frozenset[str]
    negative_determiners: frozenset[str]
    non_subject_clitics: frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    """The event coder's data for one language."""

    code: str
    triggers: dict[tuple[str, str], list[Entry]]  # (pos, lemma) -> readings, conditioned ones first
    lemmas: frozenset[str]  # every trigger lemma (a fast first test)
    hyphen_ends: frozenset[str]  # the last part of every trigger lemma with a hyphen ("build-up": "up")
    cues: dict[str, Any]  # events.json; lists as frozensets
    contexts: tuple[tuple[str, str], ...]  # (context, keyword) of every language, then of this one
    subject_deps: frozenset[str]  # syntax.json roles
    passive_subject_deps: frozenset[str]
    any_subject_deps: frozenset[str]  # the two above: who a clause is about, in the active or the passive
    agent_deps: frozenset[str]
    preposition_heads: bool  # syntax.json "prepositions" is "prep": the noun hangs under its preposition (pobj)
    participle_endings: tuple[str, ...]  # events.json's, as a tuple for str.endswith
    present_endings: tuple[str, ...]  # events.json's, the longest first
    shared: Shared
    #: (part of speech, lemma, form) hashes -> whether no reading can take a token of them, whatever its context
    #: (:func:`.triggers.match_trigger`'s first test; bounded as :func:`token_words`' memo is)
    untriggered: Memo[tuple[str, int, int], bool] = field(
        default_factory=lambda: Memo(TOKEN_WORDS_MEMO), compare=False, repr=False
    )


def _cond(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    cond = []
    for part in filter(None, text.split(";")):
        key, _, val = part.partition("=")
        cond.append((key.strip(), frozenset(v.strip() for v in val.split("|") if v.strip())))
    return tuple(cond)


def _triggers(language: _lang.Language) -> dict[tuple[str, str], list[Entry]]:
    lex: dict[tuple[str, str], list[Entry]] = {}
    for row in language.table("events.tsv"):
        entry = Entry(row["type"], row["mode"] or None, _cond(row["cond"]))
        lex.setdefault((row["pos"], row["lemma"]), []).append(entry)
    for entries in lex.values():  # conditioned readings first
        entries.sort(key=lambda e: not any(k not in ("gen", "not") for k, _ in e.cond))
    return lex


def _public(data: dict[str, Any]) -> dict[str, Any]:
    """A JSON object less its documentation keys (those starting with '_')."""
    return {k: v for k, v in data.items() if not k.startswith("_")}


@functools.cache
def lexicon(code: str) -> Lexicon:
    """The lexicon of language ``code``; :class:`~veille.errors.UnsupportedLanguage` for an unknown language."""
    language = _lang.get(code)
    data = _public(language.json("events.json"))
    missing = sorted(CUE_KEYS - set(data))
    if missing:
        raise DataFileError(f"{language.path('events.json')}: missing keys {', '.join(missing)}")
    cues = {k: (frozenset(v) if isinstance(v, list) else v) for k, v in data.items()}
    syntax = language.json("syntax.json")
    triggers = _triggers(language)
    contexts = [*_neutral_table("contexts.tsv"), *language.table("event_contexts.tsv")]
    return Lexicon(
        code=language.code,
        triggers=triggers,
        lemmas=frozenset(lemma for _, lemma in triggers),
        hyphen_ends=frozenset(lemma.rsplit("-", 1)[1] for _, lemma in triggers if "-" in lemma),
        cues=cues,
        contexts=tuple((r["context"], r["keyword"].lower()) for r in contexts),
        subject_deps=frozenset(syntax["roles"]["subject"]),
        passive_subject_deps=frozenset(syntax["roles"]["passive_subject"]),
        any_subject_deps=frozenset(syntax["roles"]["subject"]) | frozenset(syntax["roles"]["passive_subject"]),
        agent_deps=frozenset(syntax["roles"]["agent"]),
        preposition_heads=syntax["prepositions"] == "prep",
        participle_endings=tuple(sorted(data["participle_endings"])),
        present_endings=tuple(sorted(data["present_endings"], key=len, reverse=True)),
        shared=shared(),
    )


@functools.cache
def shared() -> Shared:
    """The words of every registered language that the coder recognises in any text."""

    def words(key: str) -> frozenset[str]:
        return _lang.every(lambda language: language.json("events.json")[key])

    sectors = _lang.every(lambda language: language.json("events.json")["group_sectors"].items())
    group_sectors = dict(sectors)
    if len(group_sectors) < len(sectors):
        clash = sorted(w for w in group_sectors if sum(1 for x, _ in sectors if x == w) > 1)
        raise DataFileError(f"events.json: group_sectors give several sectors to {', '.join(clash)}")
    modes = {etype: {mode: _mode_words(etype, mode) for mode in order} for etype, order in _weapon_modes().items()}
    return Shared(
        group_sectors=group_sectors,
        mode_words=modes,
        auxiliary_verbs=words("auxiliary_verbs"),
        reflexive_pronouns=words("reflexive_pronouns"),
        negative_determiners=words("negative_determiners"),
        non_subject_clitics=words("non_subject_clitics"),
    )


def _mode_words(etype: str, mode: str) -> frozenset[str]:
    """The words of every language that name ``mode`` of ``etype`` (a weapon: "drone", "missile"...)."""

    def read(language: _lang.Language) -> list[str]:
        words: list[str] = language.json("events.json")["mode_words"].get(etype, {}).get(mode, [])
        return words

    return _lang.every(read)


@_lang.on_change
def _clear() -> None:
    lexicon.cache_clear()
    shared.cache_clear()


def _weapon_modes() -> dict[str, list[str]]:
    """PLOVER type -> the modes its weapon words refine, in the order they are tried."""
    modes: dict[str, list[str]] = _public(_neutral_json("cues.json")["weapon_modes"])
    return modes


def _neutral_table(name: str) -> tuple[dict[str, str], ...]:
    """A language-neutral table of ``veille/data/events/``."""
    return read_table(EVENTS / name)


def _neutral_json(name: str) -> Any:
    """A language-neutral JSON file of ``veille/data/events/``."""
    return read_json(EVENTS / name)


@functools.cache
def types() -> dict[tuple[str, str | None], TypeInfo]:
    """PLOVER (type, mode) -> its class and rules; (type, None) is the type's own row."""
    return {
        (row["type"], row["mode"] or None): TypeInfo(
            quad=row["quad"],
            score=float(row["score"]),
            reciprocal=row["reciprocal"] == "1",
            unilateral=row["unilateral"] == "1",
        )
        for row in _neutral_table("types.tsv")
    }


@functools.cache
def wars() -> tuple[frozenset[str], tuple[tuple[str, str, int], ...]]:
    """The types of armed acts and the background wars of ``conflicts.tsv``: (aggressor, victim, since year)."""
    rows = tuple((r["aggressor"], r["victim"], int(r["since"])) for r in _neutral_table("conflicts.tsv"))
    return frozenset(_neutral_json("cues.json")["war_types"]), rows


@functools.cache
def aimed_types() -> frozenset[str]:
    """Unilateral types that are no event without a recipient at the end of the coding rules (``cues.json``), unless
    a weapon is fired (a mode of ``weapon_modes``: "fired a missile into the sea")."""
    return frozenset(_neutral_json("cues.json")["aimed_types"])


@functools.cache
def rival_types() -> frozenset[str]:
    """Types of a dispute between two persons of one state, kept with that state on both sides (``cues.json``)."""
    return frozenset(_neutral_json("cues.json")["rival_types"])


def weapon_fired(etype: str, mode: str | None) -> bool:
    """Whether ``mode`` is a weapon mode of ``etype`` (``cues.json``: ``weapon_modes``)."""
    return mode is not None and mode in _weapon_modes().get(etype, [])


@functools.cache
def adversary_types() -> frozenset[tuple[str, str]]:
    """(type, kind of trigger) whose missing recipient is the story's other side (``cues.json``)."""
    table = _neutral_json("cues.json")["adversary_types"]
    return frozenset((etype, pos) for etype, kinds in table.items() for pos in kinds)


@functools.cache
def open_adversary_types() -> frozenset[tuple[str, str]]:
    """(type, kind of trigger) whose missing recipient is the story's other side whatever the object (``cues.json``)."""
    table = _neutral_json("cues.json")["open_adversary_types"]
    return frozenset((etype, pos) for etype, kinds in table.items() for pos in kinds)


@functools.cache
def force_movement_types() -> frozenset[str]:
    """Types whose event nouns read forces named in their genitive as the actor (``cues.json``)."""
    return frozenset(_neutral_json("cues.json")["force_movement_types"])


@functools.cache
def occurrence_types() -> frozenset[str]:
    """Types whose acts come one by one, each clause or listed measure its own occurrence (``cues.json``)."""
    return frozenset(_neutral_json("cues.json")["occurrence_types"])


@functools.cache
def implicit_actor_types() -> tuple[frozenset[str], frozenset[str]]:
    """The captive and crackdown types of ``cues.json`` (:mod:`.implicit`)."""
    cues = _neutral_json("cues.json")
    return frozenset(cues["captive_types"]), frozenset(cues["crackdown_types"])


@functools.cache
def giverless_receipt_types() -> frozenset[str]:
    """Types of an act received from no one named that comes from the story's other side (``cues.json``)."""
    return frozenset(_neutral_json("cues.json")["giverless_receipt_types"])


@functools.cache
def placed_modes() -> frozenset[str]:
    """Modes of a joint act done at a place, whose state is its recipient (``cues.json``)."""
    return frozenset(_neutral_json("cues.json")["placed_modes"])


@functools.cache
def home_victim_types() -> frozenset[str]:
    """Types of an authorless act on the home state's people, coded on that state alone (``cues.json``)."""
    return frozenset(_neutral_json("cues.json")["home_victim_types"])


@functools.cache
def home_claim_types() -> frozenset[str]:
    """Types of a demand of the home state's people that addresses its authorities (``cues.json``)."""
    return frozenset(_neutral_json("cues.json")["home_claim_types"])


@functools.cache
def home_deployment_types() -> frozenset[str]:
    """Types of a state's forces moved to its own places, coded on that state alone (``cues.json``)."""
    return frozenset(_neutral_json("cues.json")["home_deployment_types"])


@functools.cache
def home_meeting_types() -> frozenset[str]:
    """Types of a named person meeting an unnamed group of their own state, kept on that state (``cues.json``)."""
    return frozenset(_neutral_json("cues.json")["home_meeting_types"])


@functools.cache
def holding_types() -> dict[str, frozenset[str]]:
    """Per type of a request, the types of the acts that hold people whose release it asks (``cues.json``)."""
    return {k: frozenset(v) for k, v in _neutral_json("cues.json")["holding_types"].items()}


@functools.cache
def acting_parents() -> frozenset[str]:
    """Organisations whose bodies act as the organisation itself (an EU institution is coded EU)."""
    return frozenset(_neutral_json("cues.json")["acting_parents"])


#: The keys every language's events.json must hold (each documented in the file).
CUE_KEYS = frozenset(
    """
    adoption_types adopted_nouns adoption_verbs adopted_target_preps
    relative_pronouns singular_pronouns plural_pronouns person_pronouns thing_pronouns first_person joint_anaphors
    joint_determiners joint_nouns member_preps negation restrictive_marks without negating_heads future_heads
    future_aux future_progressive_heads future_progressive_aux modal_aux modal_heads conditional_form future_form
    conditional_stems aspectual_heads intention_heads purpose_marks purpose_infinitive_markers condition_marks
    locative_preps ambiguous_locative_preps speech_verbs disapproval_words rejection_words agent_preps
    recipient_preps genitive_preps between_preps source_preps adjunct_preps partitive_cases quantity_nouns
    collective_nouns coup_nouns coup_verbs power_nouns armed_nouns control_nouns decision_nouns appeal_types
    event_nouns reply_types any_words realis_heads protest_verbs purpose_means fulfilled_purposes domestic_groups
    crowd_control_types occasion_nouns
    home_concessions home_concession_types home_noun_concession_types open_call_types plural_joint_determiners
    agentless_types
    agentless_charges authorless_attack_types authorless_attack_verbs home_act_types home_objects content_marks
    domestic_types located_by_place place_targets host_targets foreign_victim_types alert_types dative_types
    dative_cases vague_objects victim_types
    causative_heads forum_triggers comment_verbs listed_measure_types list_marks enumeration_heads object_pronouns
    dative_pronouns
    press_source_words
    partner_cases object_complement_cases mutual_nouns mutual_phases mediation_verbs forum_preps occasion_heads
    forum_occasion_preps gathering_occasion_preps gathering_time_nouns case_forum_preps rival_groups
    commitment_heads sequel_heads disaster_nouns displeasure_words summoned_preps
    receipt_verbs giver_preps release_nouns author_preps author_types answer_verbs
    mission_nouns object_relatives request_nouns asked_marks request_cases request_heads request_answer_heads
    country_nouns place_nouns support_verbs support_prep_verbs light_nouns light_preps adjunct_nouns
    duration_nouns proximity_preps proximity_types all_parties participle_endings present_endings infinitive_ending
    group_sectors third_party_objects person_nouns
    responsibility_words claim_verbs ranking_words manner_preps visitor_nouns leaver_nouns arrival_visit_verbs
    arrival_visit_cases
    copula_verbs qualifying_verbs mode_words auxiliary_verbs reflexive_pronouns negative_determiners non_subject_clitics
    act_pronouns announcing_heads another_modifiers approval_words armed_mutual_nouns armed_mutual_verbs
    backing_cases backing_nouns backing_types between_joins bloc_adjectives bloc_member_nouns call_cases call_nouns
    call_verbs called_types capital_nouns case_nouns channel_preps decision_aux disapproved_feeling_preps
    disapproved_preps disapproved_types envoy_nouns home_person_types joining_verbs judgement_predicates
    latter_pronouns launch_target_preps launched_weapons movement_nouns peace_adjectives peace_bodies
    peace_deployment_words peace_force_nouns peace_leading_verbs peace_nouns peace_types possibility_aux
    recall_triggers recall_types reciprocal_adverbs referent_preps response_nouns response_preps
    stateless_office_names stateless_official_roles target_place_preps target_place_types threat_heads topic_preps
    topic_verbs visit_state_cases voiced_types state_part_words visit_words
    """.split()
)


@functools.cache
def neutral_cue(key: str) -> frozenset[str]:
    """A list of ``cues.json`` as a set; empty where the file has no such key."""
    return frozenset(_neutral_json("cues.json").get(key, ()))
