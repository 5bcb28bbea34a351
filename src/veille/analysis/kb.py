"""Veille's offline knowledge base: countries, demonyms, capitals and seats of power, regions, international
organisations, role words and a GeoNames gazetteer (cities, US states), read from the data files in ``veille/data/kb/``
(``scripts/build_kb.py`` generates ``countries.tsv``, ``gazetteer.tsv`` and ``subdivisions.tsv``; the rest is
maintained by hand; ``data/kb/README.md`` describes each file).

Lookups take a surface form as printed and a language, and compare *normalised* forms (:func:`norm`: case,
accents, apostrophes, dashes and spaces folded). Case is then checked against the entry: an all-capitals acronym
(OTAN, NATO, UE) must be printed in capitals, a name that starts with a capital (Japon, Maison Blanche) must be
printed with an initial capital, a lowercase entry (détroit de Taiwan, japonais, premier ministre) matches in any
case.

Languages. The knowledge base has names in the languages of :data:`LANGS` (French and English: one name column
each in the files, the language column of ``roles.tsv``). A lookup in one of them reads that language's names
(plus acronyms of four capitals or more, shared by all); a lookup in any other language reads the names of every
language of :data:`LANGS` (:func:`name_langs`). Canonical names (``Entry.name``, ``Role.role``, body names) are in
:data:`CANONICAL`, English.

Entity ids are stable: ``kb:country:JPN``, ``kb:org:NATO``, ``kb:city:tokyo``, ``kb:seat:kremlin``,
``kb:region:indo-pacific``.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from ..datafiles import DATA, read_rows, read_table
from ..errors import ConfigError, DataFileError
from .kbnorm import norm

logger = logging.getLogger(__name__)

#: The id prefix of every entity the knowledge base or its gazetteer names ("kb:org:NATO", "kb:city:tokyo").
KB_ID = "kb:"

#: The id prefix of a state's entry ("kb:country:JPN"): a state, not a city, a region or a body of it.
COUNTRY_ID = f"{KB_ID}country:"

#: The id prefix of a seat of power's entry ("kb:seat:kremlin"): a building that stands for its government.
SEAT_ID = "kb:seat:"

#: The languages the knowledge base has names in: the one place that names them. The name columns of the data
#: files are one per language of this tuple (adding one means a column in each file and in :func:`load`).
LANGS: tuple[str, ...] = ("fr", "en")
#: The language of the canonical names: ``Entry.name``, ``Role.role`` (the role names stages compare), body names.
CANONICAL = "en"


def name_langs(lang: str) -> tuple[str, ...]:
    """The name languages a lookup in ``lang`` reads: ``lang`` itself when the knowledge base has names in it,
    else every language of :data:`LANGS`, in that order (a language with no names of its own here, one registered
    at run time say, matches the names of every language: its articles print "NATO" or "OTAN" as the others do)."""
    return (lang,) if lang in LANGS else LANGS


# Type words around a subdivision name (normalised): "région de Kayes", "Sagaing region", "province du Sud-Kivu".
_SUB_AFFIX = re.compile(
    r"^(?:region|province|etat|oblast)(?: de la| de l'| du| de| d')? ?|"
    r" (?:region|province|state|oblast)$"
)
T = TypeVar("T")
#: A lookup table: language -> normalised surface -> [(value, surface as written in the file)].
Table = dict[str, dict[str, list[tuple[T, str]]]]


def slug(text: str) -> str:
    """ASCII slug of a name, for ids: 'Shigeru Ishiba' -> 'shigeru-ishiba'."""
    return re.sub(r"[^a-z0-9]+", "-", norm(text)).strip("-")


@functools.cache  # a surface of the knowledge base's files (a bounded set), asked again for every match
def _case_rule(surface: str) -> str:
    letters = [c for c in surface if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return "exact"
    return "capital" if letters and letters[0].isupper() else "any"


def case_ok(surface: str, text: str) -> bool:
    """Does ``text`` (as printed) respect the case rule of the KB ``surface`` it normalises to?"""
    rule = _case_rule(surface)
    if rule == "exact":
        return all(c.isupper() for c in text if c.isalpha())
    if rule == "capital":
        first = next((c for c in text if c.isalpha()), "")
        return first.isupper()
    return True


@dataclass(frozen=True)
class Entry:
    """One KB entity (country, organisation, city, seat of power, region)."""

    id: str
    kind: str  # country | org | city | seat | region
    type: str  # GPE | ORG | LOC
    name: str  # canonical English name
    code: str | None
    wikidata: str | None
    sector: str | None = None
    parent: str | None = None  # organisations: code of the organisation they belong to (EEAS -> EU)
    names: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, hash=False)  # per language


@dataclass(frozen=True)
class Role:
    """What a role word means (``data/kb/roles.tsv``)."""

    role: str  # canonical English role
    sector: str  # PLOVER sector
    generic: bool  # vague head (chef, leader): compatible with any role of the same affiliation


@dataclass(frozen=True)
class Body:
    """A state body named by a common noun ("foreign ministry", "gouvernement"): see ``data/kb/bodies.tsv``."""

    key: str  # foreign | defence | government | embassy | navy ...
    country: str | None  # ISO-3 when the surface implies the state ("State Department")
    sector: str
    default: bool  # a bare definite mention may stand for the article's main state
    state: bool = False  # the record counts its mentions as the state's ("the Greek government" names Greece)
    source: bool = False  # a bare definite mention stands for the main state's body only as a source (default "source")
    cited: bool = False  # the surface names the body only so, bare, never with a state of its own (default "cited")


@dataclass
class KnowledgeBase:
    """The indexed knowledge base (:func:`load`). Every lookup taking a ``lang`` reads the names of
    :func:`name_langs` (``lang``)."""

    entries: dict[str, Entry]
    names: Table[str]  # entry id per surface
    context: Table[str]  # entry id per surface: aliases valid only when the entity is otherwise mentioned
    demonyms: Table[str]  # ISO-3 per surface
    roles: Table[Role]  # normalised with accents kept
    cities: dict[str, tuple[str, str, str]]  # norm -> (name, ISO-3, kind: city | state)
    by_code: dict[str, str]  # country/org code -> entry id
    sectors: dict[str, str]
    nonentities: frozenset[str] = frozenset()  # normalised words never an entity alone (month names...)
    bodies: Table[Body] = field(default_factory=dict)
    body_names: dict[tuple[str, str], str] = field(default_factory=dict)  # (key, ISO-3 or "") -> name template
    demonym_forms: dict[str, list[str]] = field(default_factory=dict)  # ISO-3 -> English demonyms, adjective first
    credit_cues: frozenset[str] = frozenset()  # normalised words introducing a photo/agency credit ("Photo")
    credit_words: frozenset[str] = frozenset()  # the same words as printed in the file
    subdivisions: dict[str, tuple[str, str]] = field(default_factory=dict)  # norm -> (English name, ISO-3)
    place_prefixes: frozenset[str] = frozenset()  # normalised type words before a place name ("région")
    place_suffixes: dict[str, str] = field(default_factory=dict)  # normalised type word after a name -> printed form
    street_words: frozenset[str] = frozenset()  # lowercase words opening a street name ("avenue", "place")
    place_of: frozenset[str] = frozenset()  # normalised type words before "of" and a place ("village", "localité")
    place_after: frozenset[str] = frozenset()  # normalised type words after a place, not in its name ("area")
    place_facility: frozenset[str] = frozenset()  # normalised words after a name making it a facility ("air base")
    place_bodies: dict[str, str] = field(default_factory=dict)  # normalised body word -> name template ("préfecture")
    state_bodies: frozenset[str] = frozenset()  # keys of the bodies that stand for their state (Body.state)
    city_codes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # norm -> ISO-3s of a shared city name
    place_kinds: frozenset[str] = frozenset()  # normalised subdivision kinds after a place's name ("province")

    def _get(self, table: Table[T], text: str, lang: str) -> list[tuple[T, str]]:
        """The (value, surface) pairs of ``table`` for ``text`` in the name languages of ``lang``."""
        key = norm(text, accents=True) if table is self.roles else norm(text)  # positional: the cache's fast key
        if lang in LANGS:  # one name language (:func:`name_langs`): its own list, read only, not a copy
            return table[lang].get(key, [])
        return [hit for lg in LANGS for hit in table[lg].get(key, ())]

    def lookup(self, text: str, lang: str) -> list[Entry]:
        """KB entities whose name (in ``lang``) is ``text``, respecting case rules; best first."""
        out = [self.entries[i] for i, surface in self._get(self.names, text, lang) if case_ok(surface, text)]
        return list(dict.fromkeys(out))

    def context_alias(self, text: str, lang: str) -> list[Entry]:
        """Entities for which ``text`` is a context alias ("l’Alliance" -> NATO), usable only if otherwise mentioned."""
        out = [self.entries[i] for i, surface in self._get(self.context, text, lang) if case_ok(surface, text)]
        return list(dict.fromkeys(out))

    def demonym(self, text: str, lang: str) -> str | None:
        """ISO-3 of the country of a demonym in any inflection ('nord-coréens' -> PRK), or None."""
        for code, surface in self._get(self.demonyms, text, lang):
            if case_ok(surface, text):
                return code
        return None

    def demonym_codes(self, text: str, lang: str) -> list[str]:
        """Every ISO-3 a demonym may stand for, first the default ('congolais' -> COD, COG)."""
        return list(
            dict.fromkeys(code for code, surface in self._get(self.demonyms, text, lang) if case_ok(surface, text))
        )

    def role(self, text: str, lang: str) -> Role | None:
        """Role of a role phrase ('Premier ministre' -> prime minister/GOV), or None."""
        for role, surface in self._get(self.roles, text, lang):
            if case_ok(surface, text):
                return role
        return None

    def body(self, text: str, lang: str) -> Body | None:
        """State body named by ``text`` ('ministère de la Défense' -> defence), or None."""
        for body, surface in self._get(self.bodies, text, lang) if self.bodies else ():
            if case_ok(surface, text):
                return body
        return None

    def body_name(self, key: str, code: str, host: str | None = None, place: str | None = None) -> str:
        """English name of body ``key`` of state ``code``: 'Ministry of Defence of Russia', 'Royal Thai Army'; a
        mission's in ``place`` (the city printed) or else in its ``host`` state's name."""
        state = self.entry_for_code(code)
        country = state.name if state else code
        adj = (self.demonym_forms.get(code) or [country])[0]
        name = self.body_names.get((key, code)) or self.body_names.get((key, ""), "{country} " + key)
        of = self.body_names.get(("country", code), country) if "of {country}" in name else country  # "of the"
        name = name.format(country=of, adj=adj)
        if host and host != code and (host_entry := self.entry_for_code(host)):
            name += f" in {place or host_entry.name}"
        return name

    def subdivision(self, text: str) -> tuple[str, str] | None:
        """(name, ISO-3) of a first-level subdivision named ``text``, with or without its type word ('région de
        Kayes', 'Sagaing region' -> ('Kayes Region', 'MLI'), ('Sagaing Region', 'MMR')), or None."""
        key = norm(text)
        return self.subdivisions.get(_SUB_AFFIX.sub("", key)) or self.subdivisions.get(key)

    def city(self, text: str) -> tuple[str, str, str] | None:
        """Gazetteer place (name, ISO-3, kind 'city' or 'state') for a place name, or None."""
        return self.cities.get(norm(text))

    def city_states(self, text: str) -> tuple[str, ...]:
        """ISO-3 of every state with a gazetteer city named ``text``, the most populous first ("Brest": BLR, FRA);
        empty unless the name is shared by cities of several states."""
        return self.city_codes.get(norm(text), ())

    def entry_for_code(self, code: str | None) -> Entry | None:
        return self.entries.get(self.by_code.get(code or "", ""))

    def surfaces(self, lang: str) -> list[str]:
        """Every normalised surface form of ``lang`` (names, context aliases, demonyms, roles)."""
        out: list[str] = []
        tables: tuple[Table[str] | Table[Role] | Table[Body], ...] = (
            self.names,
            self.context,
            self.demonyms,
            self.roles,
            self.bodies,
        )
        for lg in name_langs(lang):
            for table in tables:
                out.extend(table[lg])
        return out


def _read(name: str) -> Sequence[Sequence[str]]:
    """The rows of ``data/kb/<name>`` (cells stripped)."""
    path = DATA / "kb" / name
    if not path.is_file():
        raise DataFileError(f"knowledge-base file data/kb/{name} is missing; run scripts/build_kb.py")
    return read_rows(path)


def _cells(row: Sequence[str], n: int) -> list[str]:
    """The first ``n`` cells of a row, padded with empty ones."""
    return [c.strip() for c in (list(row) + [""] * n)[:n]]


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


def french_forms(lemma: str) -> list[str]:
    """Inflections of a French masculine-singular adjective: 'ukrainien' -> ukrainien(s), ukrainienne(s).
    ``'grec/grecque'`` gives an irregular feminine."""
    masc, _, fem = lemma.partition("/")
    if not fem:
        if masc.endswith("e"):
            fem = masc
        elif masc.endswith(("ien", "éen", "en")):
            fem = masc + "ne"
        else:
            fem = masc + "e"
    plural = masc if masc.endswith(("s", "x")) else masc + "s"
    return list(dict.fromkeys([masc, plural, fem, fem + "s"]))


def english_forms(form: str) -> list[str]:
    """An English demonym and its plural where English has one: 'American' -> American, Americans."""
    if form.endswith(("ese", "sh", "ch", "ss")):
        return [form]
    return [form, form + "s"]


def _add(table: Table[T], lang: str, surface: str, value: tuple[T, str]) -> None:
    bucket = table[lang].setdefault(norm(surface), [])
    if value not in bucket:
        bucket.append(value)


def _tables() -> dict[str, dict[str, list]]:
    return {lg: {} for lg in LANGS}


@dataclass
class _Entities:
    """The entity tables filled file by file: entries, their names and context aliases per language, codes."""

    entries: dict[str, Entry] = field(default_factory=dict)
    names: Table[str] = field(default_factory=_tables)
    context: Table[str] = field(default_factory=_tables)
    by_code: dict[str, str] = field(default_factory=dict)

    def register(self, entry: Entry, ctx: dict[str, list[str]] | None = None) -> None:
        if entry.id in self.entries:
            raise ConfigError(f"knowledge base: duplicate entity id {entry.id} (two rows share a code or slug)")
        self.entries[entry.id] = entry
        for lg, forms in entry.names.items():
            for s in forms:
                _add(self.names, lg, s, (entry.id, s))
                # Acronyms of 4+ capitals are language-independent (NATO in a French caption).
                if _case_rule(s) == "exact" and len(s.replace(".", "")) >= 4:
                    for other in LANGS:
                        _add(self.names, other, s, (entry.id, s))
        for lg, aliases in (ctx or {}).items():
            for s in aliases:
                _add(self.context, lg, s, (entry.id, s))


def _entities() -> _Entities:
    """Countries, international organisations, then capitals, seats of power and regions."""
    out = _Entities()
    for code, _iso2, qid, name_en, _name_fr, en, fr in (_cells(r, 7) for r in _read("countries.tsv")):
        forms = {"en": tuple(_split(en)), "fr": tuple(_split(fr))}
        e = Entry(f"{COUNTRY_ID}{code}", "country", "GPE", name_en, code, qid or None, "GOV", names=forms)
        out.register(e)
        out.by_code[code] = e.id
    for code, qid, sector, name_en, name_fr, en, fr, ctx_en, ctx_fr, parent in (
        _cells(r, 10) for r in _read("orgs.tsv")
    ):
        forms = {"en": tuple(dict.fromkeys(_split(en) + [name_en])), "fr": tuple(dict.fromkeys(_split(fr) + [name_fr]))}
        e = Entry(f"kb:org:{code}", "org", "ORG", name_en, code, qid or None, sector or "IGO", parent or None, forms)
        out.register(e, {"en": _split(ctx_en), "fr": _split(ctx_fr)})
        out.by_code[code] = e.id
    for kind, key, code, qid, sector, name_en, en, fr in (_cells(r, 8) for r in _read("places.tsv")):
        typ = {"city": "GPE", "seat": "ORG", "region": "LOC"}[kind]
        forms = {"en": tuple(_split(en)), "fr": tuple(_split(fr))}
        e = Entry(f"kb:{kind}:{key}", kind, typ, name_en, code or None, qid or None, sector or None, names=forms)
        out.register(e)
    return out


def _demonyms() -> tuple[Table[str], dict[str, list[str]]]:
    """Demonyms per language (every inflection), and the English ones of each state, the adjective first."""
    demonyms: Table[str] = _tables()
    forms: dict[str, list[str]] = {}
    for code, fr, en in (_cells(r, 3) for r in _read("demonyms.tsv")):
        forms.setdefault(code, []).extend(_split(en))
        for lemma in _split(fr):
            for form in french_forms(lemma):
                _add(demonyms, "fr", form, (code, form))
        for base in _split(en):
            for form in english_forms(base):
                _add(demonyms, "en", form, (code, form))
    return demonyms, forms


def _bare_capitals(phrase: str) -> str:
    """``phrase`` with its capitals' accents dropped, as print often sets French capitals ("secrétaire d'Etat")."""
    return "".join(unicodedata.normalize("NFD", c)[0] if c.isupper() else c for c in phrase)


def _roles() -> Table[Role]:
    roles: Table[Role] = _tables()
    for lang, phrase, role, sector, generic in (_cells(r, 5) for r in _read("roles.tsv")):
        for key in dict.fromkeys((norm(phrase, accents=True), norm(_bare_capitals(phrase), accents=True))):
            roles[lang].setdefault(key, []).append((Role(role, sector, generic == "1"), phrase))
    return roles


def _bodies() -> Table[Body]:
    bodies: Table[Body] = _tables()
    for key, code, sector, default, en, fr, state in (_cells(r, 7) for r in _read("bodies.tsv")):
        source = default in ("source", "cited")
        body = Body(key, code or None, sector or "GOV", default == "1", state == "1", source, default == "cited")
        for lg, cell in (("en", en), ("fr", fr)):
            for surface in _split(cell):
                _add(bodies, lg, surface, (body, surface))
    return bodies


def _places() -> tuple[dict[str, tuple[str, str, str]], dict[str, tuple[str, str]], dict[str, tuple[str, ...]]]:
    """The gazetteer (norm -> name, ISO-3, kind), the first-level subdivisions (norm -> name, ISO-3) and the city
    names shared by several states (norm -> their ISO-3s, the most populous first)."""
    cities: dict[str, tuple[str, str, str]] = {}
    codes: dict[str, list[str]] = {}
    rows = [_cells(r, 6) for r in _read("gazetteer.tsv")]
    for _gid, kind, name, code, _pop, _alts in rows:
        cities.setdefault(norm(name), (name, code, kind))  # the file puts the most populous first
        if kind == "city" and code not in (shared := codes.setdefault(norm(name), [])):
            shared.append(code)  # a city's own name only: "Brest" (BLR, FRA), not an alternate spelling
    for _gid, kind, name, code, _pop, alts in rows:  # after every own name: "Islamabad" is Islamabad, not the
        for s in _split(alts):  # alternate name a larger city of another state also carries
            cities.setdefault(norm(s), (name, code, kind))
    subdivisions: dict[str, tuple[str, str]] = {}
    for _iso, code, typ, name in (_cells(r, 4) for r in _read("subdivisions.tsv")):
        subdivisions[norm(name)] = (f"{name} {typ}" if typ in ("Region", "Province") else name, code)
    return cities, subdivisions, {k: tuple(v) for k, v in codes.items() if len(v) > 1}


@functools.lru_cache(maxsize=1)
def load() -> KnowledgeBase:
    """Load (once per process) and index the knowledge base."""
    ents = _entities()
    demonyms, demonym_forms = _demonyms()
    cities, subdivisions, city_codes = _places()
    place_words = [_cells(r, 4) for r in _read("place_words.tsv")]
    bodies = _bodies()
    kb = KnowledgeBase(
        ents.entries,
        ents.names,
        ents.context,
        demonyms,
        _roles(),
        cities,
        ents.by_code,
        {code: meaning for code, meaning, _classes in (_cells(r, 3) for r in _read("sectors.tsv"))},
        frozenset(norm(w) for _lang, w in (_cells(r, 2) for r in _read("nonentities.tsv"))),
        bodies,
        {(key, code): name for key, code, name in (_cells(r, 3) for r in _read("body_names.tsv"))},
        demonym_forms,
        frozenset(norm(r[0]) for r in _read("credits.tsv")),
        frozenset(r[0].strip() for r in _read("credits.tsv")),
        subdivisions,
        frozenset(norm(w) for _l, pos, w, _n in place_words if pos == "prefix"),
        {norm(w): name for _l, pos, w, name in place_words if pos == "suffix"},
        frozenset(norm(w) for _l, pos, w, _n in place_words if pos == "street"),
        frozenset(norm(w) for _l, pos, w, _n in place_words if pos == "of"),
        frozenset(norm(w) for _l, pos, w, _n in place_words if pos == "after"),
        frozenset(norm(w) for _l, pos, w, _n in place_words if pos == "facility"),
        {norm(w): name for _l, pos, w, name in place_words if pos == "body"},
        frozenset(b.key for table in bodies.values() for hits in table.values() for b, _ in hits if b.state),
        city_codes,
        frozenset(norm(w) for _l, pos, w, _n in place_words if pos == "kind"),
    )
    logger.debug("knowledge base: %d entities, %d cities", len(ents.entries), len(cities))
    from .nlp import freeze_loaded  # here: nlp loads models, not the knowledge base

    freeze_loaded()  # the tables live as long as the process: out of the collector's scans
    return kb


#: Common nouns that name an armed group or an international organisation without its name ("the rebels", "la
#: rébellion", "l'organisation", "the bloc"): word -> PLOVER sector.
GROUP_NOUNS = DATA / "kb" / "group_nouns.tsv"


@functools.cache
def sectors_in(name: str) -> frozenset[str]:
    """The sector codes of the class ``name`` in ``sectors.tsv`` ("official", "office", "organ", "force",
    "crowd", "no_side", "forum"); an unknown class is a defect of the caller."""
    out = {code: frozenset(classes.split()) for code, _meaning, classes in (_cells(r, 3) for r in _read("sectors.tsv"))}
    found = frozenset(code for code, classes in out.items() if name in classes)
    if not found:
        raise DataFileError(f"data/kb/sectors.tsv: no sector of class {name!r}")
    return found


@functools.cache
def group_nouns() -> dict[str, str]:
    """``group_nouns.tsv``: a word (lemma or form, lower case) -> the sector of the organisation it stands for."""
    return {row["word"]: row["sector"] for row in read_table(GROUP_NOUNS)}


#: Actors as event parties and the leaders of each state (``actors.tsv``), and the surnames that name one leader
#: alone (``leader_surnames.tsv``).
ACTORS = DATA / "kb" / "actors.tsv"
LEADER_SURNAMES = DATA / "kb" / "leader_surnames.tsv"


@dataclass(frozen=True)
class Actor:
    """A row of ``actors.tsv``: the code an actor acts under, its sector, the state it operates in, its names."""

    code: str
    sector: str
    country: str
    names: tuple[str, ...]


@functools.cache
def actors() -> tuple[Actor, ...]:
    """The rows of ``actors.tsv``, in file order (read by the event coder's parties and the leaders' names)."""
    return tuple(
        Actor(row["code"], row["sector"], row["country"], tuple(_split(row["names"]))) for row in read_table(ACTORS)
    )


@functools.cache
def leader_surnames() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The rows of ``leader_surnames.tsv``: (the state's ISO-3, the surnames that name its leaders alone)."""
    return tuple((row["code"], tuple(_split(row["names"]))) for row in read_table(LEADER_SURNAMES))
