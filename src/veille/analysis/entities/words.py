"""The words entity recognition reads, from the data of every registered language (``lang/<code>/entities.json``).

Each word list of the file applies to every article whatever its language: :func:`words` is the union of each
list over the registered languages (:func:`veille.lang.every`), normalised as the recogniser compares it, built
once and rebuilt when a language is registered or removed. The file's flags
``bare_country_names_qualify_bodies``, ``missions_named_by_city`` and ``parent_in_complement``, and one list,
``passing_bodies``, describe the article's own language: :func:`bare_country_qualifies_body`,
:func:`missions_named_by_city`, :func:`parent_in_complement`, :func:`passing_bodies`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ... import lang
from ..kb import norm

FILE = "entities.json"


@dataclass(frozen=True)
class Words:
    """Word sets of every language, in the form each test compares (see the file's ``_<key>`` notes)."""

    leading: frozenset[str]  # norm(accents=True): stripped from the edges of a span
    definite: frozenset[str]  # norm
    articles: frozenset[str]  # norm
    of: frozenset[str]  # norm
    of_det: frozenset[str]  # norm
    to: frozenset[str]  # norm
    in_: frozenset[str]  # norm
    host: frozenset[str]  # norm
    locatives: frozenset[str]  # lowercase text
    city_locatives: frozenset[str]  # lowercase text
    honorifics: tuple[tuple[tuple[str, bool], ...], ...]  # phrases, longest first: (norm word, period required)
    name_particles: frozenset[str]  # lowercase text
    not_streets: frozenset[str]  # norm
    compass: frozenset[str]  # norm
    document_first: frozenset[str]  # norm
    document_last: frozenset[str]  # norm
    product_before: frozenset[str]  # norm
    product_after: frozenset[str]  # norm
    media_nouns: frozenset[str]  # norm
    interview_nouns: frozenset[str]  # norm
    short_networks: frozenset[str]  # as printed
    network_prepositions: frozenset[str]  # lowercase text
    network_nouns: frozenset[str]  # lowercase text
    credit_markers: frozenset[str]  # norm
    copulas: frozenset[str]  # lowercase lemma
    coordinators: frozenset[str]  # lowercase text
    possessives: frozenset[str]  # as printed
    possessives_norm: frozenset[str]  # norm
    side_frames: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]  # norm words before and after the adjective
    org_state_of: frozenset[str]  # norm
    role_places: frozenset[str]  # norm
    unheld_role_words: frozenset[str]  # norm
    org_heads_first: frozenset[str]  # norm
    tail_heads: frozenset[str]  # norm
    tail_prepositions: frozenset[str]  # norm
    name_titles: frozenset[str]  # canonical English role
    institution_heads: frozenset[str]  # norm
    source_prepositions: frozenset[str]  # norm
    source_nouns: frozenset[str]  # norm
    coordinated_org_heads: frozenset[str]  # norm
    org_complements: frozenset[str]  # norm
    water_heads: frozenset[str]  # norm
    street_heads: frozenset[str]  # norm
    state_heads: frozenset[str]  # norm
    type_nouns_before: frozenset[str]  # norm
    portfolio_heads: frozenset[str]  # norm
    bare_territory_bodies: frozenset[str]  # norm
    territory_markers: frozenset[str]  # norm
    led_heads: frozenset[str]  # norm
    led_after_state: frozenset[str]  # norm
    led_before_state: frozenset[str]  # norm
    inhabitant_determiners: frozenset[str]  # norm
    inhabitant_suffixes: tuple[str, ...]  # norm
    headline_words: frozenset[str]  # norm
    ship_prefixes: frozenset[str]  # as printed
    stance_prefixes: frozenset[str]  # as printed (lowercase)
    byline: re.Pattern[str]  # a byline or author's note line
    source_prefix: re.Pattern[str]  # a source line's opening word ("With", "Source:"), any case
    staff_credit: re.Pattern[str]  # a phrase before the names of a story's staff ("Reporting by"), any case
    correspondent_credit: re.Pattern[str]  # a correspondent's credit opening a line, any case
    related: re.Pattern[str]  # the cue opening a related-article line ("À lire aussi :"), any case


def _every(key: str, form: Callable[[str], str] = lambda w: w) -> frozenset[str]:
    return frozenset(form(w) for w in lang.every(lambda language: language.json(FILE)[key]))


def _normed(key: str) -> frozenset[str]:
    return _every(key, norm)


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation of printed words, longest first; an apostrophe matches ' and ’."""
    escaped = (re.escape(w.replace("’", "'")).replace("'", "[’']") for w in sorted(words, key=lambda w: (-len(w), w)))
    return "(?:" + "|".join(escaped) + ")"


# A capitalised name of two or three words (the author's name on a line of its own).
_NAME_RE = r"[A-ZÀ-Þ][\w’'-]+(?:[ \t]+[A-ZÀ-Þ][\w’'-]+){1,2}"


def _byline() -> re.Pattern[str]:
    """A byline: "By [South Asia correspondent] Jane Doe", "Par Jean Dupont" (up to 8 words), or a line holding
    only two or three capitalised words (the author's name under the standfirst). An author's note: "About the
    author: ...", "Jane Doe est journaliste au service Monde..." (the whole line)."""
    return re.compile(
        r"(?m)^[ \t]*(?:"
        + _alternatives(_every("byline_prefixes"))
        + r"[ \t]+(?:\S+[ \t]+){0,6}\S+|"
        + _NAME_RE
        + "|"
        + _alternatives(_every("author_notes"))
        + r"\b.*|"
        + _NAME_RE
        + r"[ \t]+"
        + _alternatives(_every("author_copulas"))
        + r"[ \t]+(?:\w+[ \t]+){0,2}"
        + _alternatives(_every("journalist_words"))
        + r"\b.*)[ \t]*$"
    )


def _honorifics() -> tuple[tuple[tuple[str, bool], ...], ...]:
    """Honorific phrases as word sequences: each word normalised without its final period, and whether the period
    is required ("Gen." is a rank, "Gen" may be a given name; "Mr" is "Mr" or "Mr.")."""
    phrases = {tuple((norm(w).rstrip("."), w.endswith(".")) for w in h.split()) for h in _every("honorifics")}
    return tuple(sorted(phrases, key=len, reverse=True))


def _frame(frame: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A side frame ("du côté {}") as the normalised words before and after its adjective."""
    before, _, after = frame.partition("{}")
    return tuple(norm(before).split()), tuple(norm(after).split())


@functools.cache
def words() -> Words:
    """The word sets of every registered language (cached; cleared when the set of languages changes)."""
    return Words(
        leading=_every("leading_words", lambda w: norm(w, accents=True)),
        definite=_normed("definite"),
        articles=_normed("articles"),
        of=_normed("of"),
        of_det=_normed("of_determiners"),
        to=_normed("to"),
        in_=_normed("in"),
        host=_normed("host_prepositions"),
        locatives=_every("locatives"),
        city_locatives=_every("city_locatives"),
        honorifics=_honorifics(),
        name_particles=_every("name_particles"),
        not_streets=_normed("not_streets"),
        compass=_normed("compass"),
        document_first=_normed("document_heads_first"),
        document_last=_normed("document_heads_last"),
        product_before=_normed("product_before"),
        product_after=_normed("product_after"),
        media_nouns=_normed("media_nouns"),
        interview_nouns=_normed("interview_nouns"),
        short_networks=_every("short_networks"),
        network_prepositions=_every("network_prepositions"),
        network_nouns=_every("network_nouns"),
        credit_markers=_normed("credit_markers"),
        copulas=_every("copulas"),
        coordinators=_every("coordinators"),
        possessives=_every("possessives"),
        possessives_norm=_normed("possessives"),
        side_frames=tuple(sorted({_frame(w) for w in _every("side_frames")})),
        org_state_of=_normed("org_state_of"),
        role_places=_normed("role_places"),
        unheld_role_words=_normed("unheld_role_words"),
        org_heads_first=_normed("org_heads_first"),
        tail_heads=_normed("tail_heads"),
        tail_prepositions=_normed("tail_prepositions"),
        name_titles=_every("name_titles"),
        institution_heads=_normed("institution_heads"),
        source_prepositions=_normed("source_prepositions"),
        source_nouns=_normed("source_nouns"),
        coordinated_org_heads=_normed("coordinated_org_heads"),
        org_complements=_normed("org_complements"),
        water_heads=_normed("water_heads"),
        street_heads=_normed("street_heads"),
        state_heads=_normed("state_heads"),
        type_nouns_before=_normed("type_nouns_before"),
        portfolio_heads=_normed("portfolio_heads"),
        bare_territory_bodies=_normed("bare_territory_bodies"),
        territory_markers=_normed("territory_markers"),
        led_heads=_normed("led_heads"),
        led_after_state=_normed("led_after_state"),
        led_before_state=_normed("led_before_state"),
        inhabitant_determiners=_normed("inhabitant_determiners"),
        inhabitant_suffixes=tuple(sorted(_normed("inhabitant_suffixes"))),
        headline_words=_normed("headline_words"),
        ship_prefixes=_every("ship_prefixes"),
        stance_prefixes=_every("stance_prefixes"),
        byline=_byline(),
        source_prefix=re.compile(r"(?i)^" + _alternatives(_every("source_prefixes")) + r"\b[ \t]*:?[ \t]*"),
        staff_credit=re.compile(r"(?i)(?<!\w)" + _alternatives(_every("staff_credits")) + r"[ \t]*"),
        correspondent_credit=re.compile(r"(?i)^[ \t]*" + _alternatives(_every("correspondent_credits")) + r"\b"),
        related=re.compile(r"(?i)^[ \t•·*-]*" + _alternatives(_every("related_lines")) + r"\b[ \t]*:?"),
    )


lang.on_change(words.cache_clear)


def bare_country_qualifies_body(code: str) -> bool:
    """Does language ``code`` print a bare country name before a state body noun to give its state ("China Coast
    Guard")? Raises :class:`~veille.errors.UnsupportedLanguage` for a language with no data."""
    return bool(lang.get(code).json(FILE)["bare_country_names_qualify_bodies"])


def passing_bodies(code: str) -> frozenset[str]:
    """The keys of ``bodies.tsv`` whose single mention in an article of language ``code`` is a mention of its state
    ("Turkey's air force", said once: :func:`~.fields.record_entities`). Raises
    :class:`~veille.errors.UnsupportedLanguage` for a language with no data."""
    return frozenset(lang.get(code).json(FILE).get("passing_bodies", []))


def missions_named_by_city(code: str) -> bool:
    """Does language ``code`` name a state's mission abroad with the city it is in, where printed ("Embassy of Chile
    in Nairobi"), rather than its host state? Raises :class:`~veille.errors.UnsupportedLanguage` for a language with
    no data."""
    return bool(lang.get(code).json(FILE).get("missions_named_by_city"))


def parent_in_complement(code: str) -> bool:
    """Does an organisation named with, as its noun's complement, the body it belongs to mention that body too, in
    language ``code`` (« le Conseil de sécurité de l'ONU »: the UN)? Raises
    :class:`~veille.errors.UnsupportedLanguage` for a language with no data."""
    return bool(lang.get(code).json(FILE).get("parent_in_complement", False))


def bare_bodies_as_sources(code: str, key: str) -> bool:
    """Does a bare body of default ``source`` (bodies.tsv: « la présidence », « la gendarmerie », "police") of key
    ``key`` named as a source stand for the home state's body in language ``code``
    (:func:`.bare_bodies.as_source`)? entities.json ``bare_bodies_as_sources``: true, false or a list of keys. Raises
    :class:`~veille.errors.UnsupportedLanguage` for a language with no data."""
    value = lang.get(code).json(FILE).get("bare_bodies_as_sources", False)
    return key in value if isinstance(value, list) else bool(value)


def source_verbs(code: str) -> frozenset[str]:
    """Lemmas of the speech verbs whose subject, a bare body of default ``source`` with the verb's reported clause,
    is named as a source in language ``code`` ("Police said that…"; :func:`.bare_bodies.as_source`). Raises
    :class:`~veille.errors.UnsupportedLanguage` for a language with no data."""
    return frozenset(lang.get(code).json(FILE).get("source_verbs", []))


def byline_prefixes() -> frozenset[str]:
    """The words opening a byline line in every language ("By", "Par"), as printed."""
    return _every("byline_prefixes")
