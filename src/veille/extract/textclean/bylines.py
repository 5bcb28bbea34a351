"""Bylines and authors: whether a line names the article's authors ("Par Jean Dupont et Marie Curie",
"By JANE DOE | Agency", "Mele Fifita in Port Vila"), the names it gives, and the reporters named by a wire
credit line ("(Reporting by Dewi Lestari in Jakarta; Editing by ...)")."""

from __future__ import annotations

import re
from typing import NamedTuple

from .. import lexicon
from .lines import PATTERN_MAX_CHARS, Unit
from .pubdate import date_patterns

#: A byline has at most this many words.
BYLINE_MAX_WORDS = 16
#: A credit line longer than this (in words) is a paragraph, not a credit.
CREDIT_MAX_WORDS = 40


def is_name_token(token: str, particles: frozenset[str], allow_caps: bool = False) -> bool:
    """A word of a person's name: capitalised ("Jean", "Jean-Pierre", "O'Neil"), an initial or a particle;
    all capitals ("RACHEL") only with ``allow_caps`` (where the line says it is a byline)."""
    if token.lower() in particles:
        return True
    core = token.strip(".,")
    if not core:
        return False
    if re.fullmatch(r"[A-ZÀ-ÖØ-Þ]\.", core):  # an initial: "J."
        return True
    return bool(re.fullmatch(r"[A-ZÀ-ÖØ-Þ][\w'’\-]*\.?", core)) and (allow_caps or not core.isupper() or len(core) == 1)


@lexicon.per_languages
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(the place a reporter writes from, the joiners of names, a wire credit line, a place in a credit)."""
    places = lexicon.alternation("place_prepositions")
    return (
        # "Mele Fifita in Port Vila", "Jean Dupont, à Moscou": the place the reporter writes from
        re.compile(rf"(,?\s+(?:{places}|{lexicon.alternation('reporting_from')}))\s+[A-ZÀ-Þ][\w'’\- ]*$"),
        re.compile(rf"\s*[,;]\s*|\s+(?:{lexicon.alternation('byline_joiners')})\s+"),
        re.compile(
            rf"^\(?\s*(?:(?:{lexicon.alternation('credit_qualifiers')}) )?(?:{lexicon.alternation('credit_verbs')})"
            rf"\s+(?:{lexicon.alternation('credit_by')})?\s*(?P<names>[^;)]+)",
            re.I,
        ),
        re.compile(rf"\s+(?:{places})\s+[A-ZÀ-Þ][\w'’\- ]*?(?=\s+(?:{lexicon.alternation('conjunctions')})\s+|,|$)"),
    )


def name_chunks(text: str, *, prefixed: bool = False) -> list[str] | None:
    """Split a byline body into person names.

    Returns None when some chunk is neither a name nor an agency or desk; an empty list when the byline
    names only agencies or desks ("Par la rédaction, avec agences").
    """
    particles = lexicon.lower_words("name_particles")
    orgs = lexicon.lower_words("byline_orgs")
    desks = lexicon.lower_words("desk_words")
    labels = lexicon.lower_words("label_words")
    not_names = lexicon.words("not_in_names")
    place, joiners, _, _ = _patterns()
    text = re.split(r"\s*[|•·(—–]\s*|\s+-\s+|\s*/\s*", text)[0]
    # "Jane DoeWire Agency": the agency glued to the name where the page lost the line break between them
    text = re.sub(rf"(?<=[a-zà-ÿ])(?:{lexicon.alternation('byline_orgs')})$", "", text.strip())
    where = place.search(text.strip())
    if where and not prefixed and not is_place(text.strip()[where.end(1) :].strip()):
        return None  # "Palestinians Riot in Protests Over X": a headline's tail, not the place a reporter is in
    text = place.sub("", text.strip())
    names: list[str] = []
    for i, part in enumerate(joiners.split(text.strip())):
        part = part.strip(" .;:")
        tokens = part.split()
        lowered = [k for k, t in enumerate(tokens) if t[:1].islower() and t.lower() not in particles]
        if prefixed and lowered and len(tokens) - lowered[-1] - 1 >= 2:
            # "South Asia correspondent Priya Raman", "notre envoyée spéciale Marie Dupont": the name ends it
            part = " ".join(tokens[lowered[-1] + 1 :])
        low = part.lower()
        if not part or low in orgs or " ".join(low.split()[:2]) in desks or set(low.split()) & desks:
            continue
        tokens = part.split()
        if {t.lower().strip(".,") for t in tokens} & not_names:
            if prefixed:  # "By The Associated Press", "Par Le Courrier de l'Ouest": a publication, not a person
                continue
            return None
        content = [t for t in tokens if t.lower() not in particles]
        if not 1 <= len(content) <= 4 or not all(is_name_token(t, particles, prefixed) for t in tokens):
            return None
        if not prefixed and set(low.split()) & labels:
            continue  # "Related Links", "App Store": a page's label in capitals, which names no one
        if len(content) == 1:
            if i == 0:  # a person is named with at least two words; one word first is not a byline
                return None
            continue  # "Amina Odhiambo, Nairobi": a place or a desk after the name
        if i > 0 and is_place(part):
            continue  # "Mele Fifita, Port Vila"
        names.append(part.title() if part.isupper() else part)
    return names


#: what ends the sentence a wire credit is glued after
SENTENCE_ENDS = '.!?…»”"'


@lexicon.per_languages
def _roles() -> re.Pattern[str] | None:
    """A translator's or an editor's part in a wire credit ("version française", "édité par", "Editing by")."""
    roles = lexicon.alternation("credit_roles")
    return re.compile(rf"\b(?:{roles})\b", re.I) if roles else None


def credit_authors(text: str) -> list[str]:
    """The reporters named by a wire credit line, places ("in Jakarta", "à Moscou") left out; its translators and
    editors too: the names stop at the first chunk naming a role ("…, version française X, édité par Y"). In brackets,
    the reporters may come first, the roles after a semicolon ("(Jane Roe; version française John Doe)")."""
    if len(text) > PATTERN_MAX_CHARS or len(text.split()) > CREDIT_MAX_WORDS:
        return []
    _, _, reporting, place = _patterns()
    roles = _roles()
    match = reporting.match(text.strip())
    if match:
        names = match.group("names")
    else:
        first, *rest = text.strip().removeprefix("(").removesuffix(")").split(";")
        if not (text.strip().startswith("(") and rest and roles and all(roles.match(r.strip()) for r in rest)):
            return []
        names = first
    if roles:
        chunks = names.split(",")
        names = ",".join(chunks[: next((k for k, c in enumerate(chunks) if roles.search(c)), len(chunks))])
    return name_chunks(place.sub("", names.strip()), prefixed=True) or []


def glued_credit(text: str) -> tuple[int, list[str]] | None:
    """A wire credit in brackets glued after a paragraph's last sentence ("… in May. (Reporting by Jane Roe; Editing
    by …)"): where it starts and the reporters it names (:func:`credit_authors`); None when the brackets name none."""
    start = text.rfind("(")
    head = text[:start].rstrip()
    if start < 1 or not text.endswith(")") or ")" in text[start:-1] or not head.endswith(tuple(SENTENCE_ENDS)):
        return None
    names = credit_authors(text[start:])
    return (len(head), names) if names else None


def is_place(text: str) -> bool:
    """A city or a country of the knowledge base ("Port Vila", "Genève")."""
    from ...analysis import kb

    base = kb.load()
    return bool(base.city(text)) or any(
        e.type in ("GPE", "LOC") for lang in ("fr", "en") for e in base.lookup(text, lang)
    )


@lexicon.per_languages
def _stamp() -> re.Pattern[str]:
    """Where a byline's date line begins: a date line's prefix ("publié le", "updated"), a full date, a column gap."""
    prefixes = "|".join(re.escape(p) for key in ("published_prefixes", "updated_prefixes") for p in lexicon.words(key))
    return re.compile(rf"\s(?:{prefixes})\b|\s{{3,}}", re.I)


def before_stamp(text: str) -> str:
    """A byline's names without the date line printed after them: "Julie Marchand, avec AFP publié le 14/05/2023 à
    09:12", "Jane Roe   2 hours ago", "Jane Roe March 3, 2024 10:15"."""
    ends = [m.start() for m in [_stamp().search(text)] if m]
    ends += [m.start() for _, pattern in date_patterns() for m in [pattern.search(text)] if m]
    end = min(ends, default=len(text))
    return text[:end] if end > 0 else text


#: Where a scrape lost the line break after a bare name: a lowercase letter, then a capital or a digit
GLUE = re.compile(r"(?<=[a-zß-ÿ])(?=[A-ZÀ-Þ0-9])")


def glued(text: str) -> list[str] | None:
    """The names when a bare name is glued to what the page printed after it: the byline again behind its prefix
    ("Jane RoeBy Jane Roe"), an agency ("Jane RoeAAP"), a full date ("Jane Roe6 July 2023") or the reporter's desk
    ("Jane RoeForeign affairs correspondent")."""
    orgs = lexicon.lower_words("byline_orgs")
    desks = lexicon.lower_words("desk_words")
    for glue in GLUE.finditer(text):
        head, rest = text[: glue.start()].strip(), text[glue.start() :].strip()
        names = name_chunks(head)
        if not names or any(len(n.split()) < 2 for n in names):
            continue
        low = rest.lower()
        if (
            any(low.startswith(p + " ") for p in lexicon.words("byline_prefixes"))
            or low in orgs
            or any(pattern.match(rest) for _, pattern in date_patterns())
            or set(re.findall(r"\w+", low)) & desks
        ):
            return names
    return None


class Byline(NamedTuple):
    """A byline's authors; whether a prefix opened it ("By", « Par »); whether its bare name was glued to what the
    page printed after it (:func:`glued`)."""

    names: list[str]
    prefixed: bool
    glued: bool = False


def byline(unit: Unit) -> Byline | None:
    """The :class:`Byline` when the unit is a byline; a bare name glued to a byline's other parts is one
    (:func:`glued`)."""
    if unit.words > BYLINE_MAX_WORDS or not unit.patterned or unit.sentence and not unit.text.rstrip().endswith("."):
        return None
    text = unit.text.strip()
    if (stuck := glued(text)) is not None:
        return Byline(stuck, False, glued=True)
    low = text.lower()
    for prefix in lexicon.longest_first("byline_prefixes"):
        if low.startswith(prefix + " ") or low.startswith(prefix + ":"):
            names = name_chunks(before_stamp(text[len(prefix) :].lstrip(" :")), prefixed=True)
            return Byline(names, True) if names is not None else None
    if unit.sentence:
        return None
    names = name_chunks(text)
    if names is None:
        return None
    if not names:  # a desk or an agency alone: "Rédaction Internationale | Agence Ibérique de Presse"
        return Byline([], False) if unit.words <= 8 else None
    if all(len([t for t in n.split() if t[:1].isupper()]) >= 2 for n in names):
        return Byline(names, False)
    return None


def parse_byline(text: str) -> list[str] | None:
    """The authors named by a byline ("Par Jean Dupont et Marie Curie", "By JANE DOE | Agency"), or None."""
    by = byline(Unit.of(" ".join(text.split())))
    return by[0] if by else None
