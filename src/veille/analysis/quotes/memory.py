"""Discourse memory: the speakers and main-clause subjects seen so far, and what a pronoun or a joint phrase
("il", "they", "tous deux", "les deux pays") refers to.

A :class:`Memory` is filled in document order by the attribution pass (:mod:`.attribute`); a pronoun or joint
phrase is resolved against what it holds at that point of the text.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Token

from . import labels
from .lexicon import GENDERED_PRONOUNS_NAME_THINGS, PLURAL_PRONOUNS_NAME_GROUPS, Lexicon, fold
from .speakers import Mentions, Speaker, dedupe

#: A pronoun only refers to a speaker or subject this many characters back at most (about two paragraphs).
PRONOUN_WINDOW = 1200


@dataclass
class Antecedent:
    """A speaker or subject seen at ``pos``, for pronoun resolution."""

    pos: int
    ents: list[Speaker]  # [] for a subject naming no entity ("un habitant"), or its described speaker
    plural: bool
    gender: str | None  # of an unnamed subject, from its morphology
    words: frozenset[str] = frozenset()  # the folded head words of its phrase ("spokesperson", "official")
    spoke: bool = False  # a speaker or source, not only a clause's subject
    thing: bool = False  # an unnamed phrase headed by a noun of what never speaks (« cette décision »)

    @property
    def unnamed(self) -> bool:
        """Whether the antecedent names no entity (none, or only described speakers)."""
        return all(e.id is None for e in self.ents)


def _words(heads: list[Token]) -> frozenset[str]:
    """The folded words of ``heads``."""
    return frozenset(fold(h.text) for h in heads)


@dataclass
class Memory:
    """Speakers and subjects in document order (the antecedents of later pronouns and joint phrases); ``quoted``,
    the text's quotation-mark pairs (the quote frame's ``marks``), outside which a pronoun's person is sought."""

    seen: list[Antecedent] = field(default_factory=list)
    quoted: Sequence[tuple[int, int]] = ()

    def remember(
        self,
        pos: int,
        ents: list[Speaker],
        heads: list[Token],
        unnamed: bool = False,
        media: frozenset[str] = frozenset(),
        spoke: bool = False,
        thing: bool = False,
    ) -> None:
        """Record speakers or subjects at ``pos``; ``unnamed``: also record a subject that names no entity;
        ``media``: the folded document nouns the speaker spoke through ("said in a statement"), which a later "it"
        refers to as it does to the document itself; ``spoke``: a speaker or source, which a pronoun subject of a
        verb that goes on with a statement refers to ("it added"); ``thing``: an unnamed subject headed by a
        noun of what never speaks (the lexicon's ``thing``), which a personal pronoun passes over (:meth:`pronoun`)."""
        if not ents and not (unnamed and any(h.pos_ in {"NOUN", "PROPN"} for h in heads)):
            return
        if any(e.id is not None for e in ents):
            # "les ministres du G7" names one organisation in the plural: a later "ils" refers to it, "il" does not
            # (not a person's surname the tagger reads as a plural noun: "Morales", "Banks")
            members = all(e.type != "PERSON" for e in ents) and any(
                h.pos_ == "NOUN" and labels.feature(h, "Number") == ["Plur"] for h in heads
            )
            self.seen.append(Antecedent(pos, ents, len(ents) > 1 or members, None, _words(heads) | media, spoke))
        else:  # no entity: number and gender from the phrase ("les manifestants", "une habitante")
            genders = {g for h in heads for g in labels.feature(h, "Gender")}
            self.seen.append(
                Antecedent(
                    pos,
                    ents,
                    len(heads) > 1 or any(labels.feature(h, "Number") == ["Plur"] for h in heads),
                    {"Masc": "m", "Fem": "f"}.get(genders.pop()) if len(genders) == 1 else None,
                    _words(heads),
                    spoke,
                    thing and not ents,
                )
            )

    def _recent(self, pos: int, window: int = PRONOUN_WINDOW) -> Iterator[Antecedent]:
        """The speakers and subjects seen, last first, back to ``window`` characters before ``pos`` (the first one
        seen farther back ends the walk)."""
        for ref in reversed(self.seen):
            if pos - ref.pos > window:
                return
            yield ref

    def spoken_before(self, pos: int, window: int) -> Iterator[list[Speaker]]:
        """The speakers of the statements seen before ``pos``, last first, back to ``window`` characters."""
        return (ref.ents for ref in self._recent(pos, window) if ref.spoke and ref.pos < pos)

    def pronoun(
        self,
        word: str,
        pos: int,
        lex: Lexicon,
        mentions: Mentions | None = None,
        going_on: bool = False,
    ) -> list[Speaker]:
        """Referent of subject pronoun ``word`` at ``pos``: the last speaker or subject of matching number and
        gender; [] when the last candidate is ambiguous or names no entity ("un habitant", "the associations").
        With ``mentions``, a "she" or "il" with no candidate of its gender among them refers to the one person of
        that gender mentioned within :data:`PRONOUN_WINDOW` (else the one of unknown gender), subject or not: "Le
        maire X a reçu la ministre Y. « … », a-t-elle dit." A personal pronoun names a person where one is in reach:
        a French "il" or "elle" whose likelier referent is a state or an organisation refers instead to the one
        person of its gender mentioned since, outside :attr:`quoted` ("Lorsque le journal a demandé à Mme X…,
        elle a répondu…")."""
        plural = word in lex["pron_pl"]
        gender = None if plural else "m" if word in lex["pron_m"] else "f"
        things = lex.has(GENDERED_PRONOUNS_NAME_THINGS)  # French "il" may be a ministry or a state
        groups = plural and lex.has(PLURAL_PRONOUNS_NAME_GROUPS)  # English "they" may be a state or organisation
        recent = (ref for ref in self._recent(pos) if ref.spoke or not going_on)
        past_thing = False  # a thing passed over: only a person named before it is the referent
        for k, ref in enumerate(recent):
            if word in lex["pron_n"]:  # "it": the last single speaker or subject that is not a person
                # or a document, which speaks for whoever issued it ("His statement said… It added…")
                if ref.plural or (any(e.type == "PERSON" for e in ref.ents) and not ref.words & lex["noun"]):
                    continue
                return ref.ents
            if plural:
                if ref.plural:
                    return ref.ents
                if groups and k == 0 and not ref.unnamed and all(e.type != "PERSON" for e in ref.ents):
                    return ref.ents  # "Pyongyang declared that… They added that…": the last speaker, a state
                continue
            if ref.unnamed:  # an unnamed subject: the likelier referent, no entity (its description, if any)
                if ref.words & lex["press"] or ref.thing:
                    past_thing = past_thing or ref.thing
                    continue  # "state media reported…", "la décision…": no "he" nor "she"
                if past_thing:
                    return []  # past a thing, only a person named before it
                if not ref.plural and ref.gender in (None, gender):
                    return ref.ents
                continue
            if ref.plural and len(ref.ents) == 1:
                continue  # an organisation through its members ("les ministres du G7"): no singular pronoun
            fits = [e for e in ref.ents if e.gender in (None, gender) and (things or e.type == "PERSON")]
            if past_thing and not (ref.spoke and any(e.type == "PERSON" for e in fits)):
                return []  # past "cette décision" that spoke for no one, the person who spoke before, never a state
            if fits:  # in a group, only a gender that singles out one member resolves
                # a subject of unknown gender stays the likelier referent, even with a person of the pronoun's
                # gender named since: "X said, with Mr Y by his side" is X's
                if all(e.type != "PERSON" for e in fits):
                    fits = _person_since(mentions, self.quoted, ref.pos, pos, gender) or fits
                return fits if len(fits) == 1 else []  # ambiguous: never guess
        if plural or word in lex["pron_n"]:
            return []
        found = _gendered(mentions, pos - PRONOUN_WINDOW, pos, gender) or _gendered(
            mentions, pos - PRONOUN_WINDOW, pos, None
        )  # none of its gender: the one person of unknown gender ("M. X a reçu Claire Y. « … », a-t-elle dit")
        return found if len(found) == 1 else []

    def last_named(self, pos: int) -> list[Speaker]:
        """The last speakers or subjects seen that name entities (within :data:`PRONOUN_WINDOW`); [] when none."""
        for ref in self._recent(pos):
            if not ref.unnamed:
                return [e for e in ref.ents if e.id is not None]
        return []

    def described(self, pos: int, nouns: set[str]) -> Speaker | None:
        """The last described speaker seen (within :data:`PRONOUN_WINDOW`) whose phrase holds one of the folded
        ``nouns`` ("a Seoul official" for "the official"); None when none."""
        for ref in self._recent(pos):
            for e in ref.ents:
                if e.id is None and nouns & set(fold(e.name).split()):
                    return e
        return None

    def introduced_by(self, pos: int, nouns: set[str]) -> list[Speaker]:
        """The speakers of the last phrase seen (within :data:`PRONOUN_WINDOW`) headed by one of the folded ``nouns``
        ("a State Department spokesperson" for "the spokesperson"); [] when none."""
        for ref in self._recent(pos):
            if ref.ents and ref.words & nouns:
                return ref.ents
        return []

    def named_between(self, start: int, end: int) -> list[Speaker]:
        """The last speakers or subjects seen in ``[start, end)`` that name entities; [] when none."""
        for ref in reversed(self.seen):
            if ref.pos < start:
                break
            if ref.pos < end and not ref.unnamed:
                return [e for e in ref.ents if e.id is not None]
        return []

    def person(self, pos: int, gender: str | None, skip: frozenset[str] = frozenset()) -> list[Speaker]:
        """Referent of a definite role phrase at ``pos`` ("le ministre", "la diplomate", "the spokesman"): the last
        single person among the speakers and subjects seen (within :data:`PRONOUN_WINDOW`), of a compatible
        gender, not one of the keys ``skip`` (who hold another role); [] when none."""
        for ref in self._recent(pos):
            people = [e for e in ref.ents if e.type == "PERSON" and e.key not in skip]
            if len(people) == 1 and (gender is None or people[0].gender in (None, gender)):
                return people
        return []

    def joint(self, pos: int, mentions: Mentions, persons: bool = True) -> list[Speaker]:
        """Referent of a joint phrase at ``pos``. Persons ("tous deux", "both ministers"): the last group of
        persons named together, else the last two persons named apart (each quoted in turn, then "les deux
        ministres"); states or organisations ("les deux pays"): the last group without persons, else any last
        group."""
        groups = [r.ents for r in reversed(self.seen) if r.pos <= pos and len(r.ents) > 1]
        if not persons:
            return next((g for g in groups if all(e.type != "PERSON" for e in g)), None) or (groups or [[]])[0]
        group = next((g for g in groups if all(e.type == "PERSON" for e in g)), None)
        if group is None:
            apart = dedupe([e for r in reversed(self.seen) if r.pos <= pos for e in r.ents if e.type == "PERSON"])
            if len(apart) < 2:  # "X met his counterpart Y … Both ministers said": the persons last mentioned
                named = sorted(
                    ((m[0], m[2]) for m in mentions.spans if m[1] <= pos and m[2].type == "PERSON"),
                    key=lambda x: -x[0],
                )
                apart = dedupe(apart + [e for _, e in named])
            group = apart[:2] if len(apart) >= 2 else None
        return group or (groups or [[]])[0]


def _person_since(
    mentions: Mentions | None, quoted: Sequence[tuple[int, int]], start: int, end: int, gender: str | None
) -> list[Speaker]:
    """The one person of ``gender`` mentioned in ``(start, end)`` outside the quotation-mark pairs ``quoted`` ("a
    demandé à Mme X si…, elle a répondu"); [] when none, several, or no mentions."""
    if mentions is None:
        return []
    found = dedupe(
        [
            sp
            for a, b, sp in mentions.spans
            if start < a
            and b <= end
            and sp.type == "PERSON"
            and sp.gender == gender
            and not any(qa <= a < qb for qa, qb in quoted)
        ]
    )
    return found if len(found) == 1 else []


def _gendered(mentions: Mentions | None, start: int, end: int, gender: str | None) -> list[Speaker]:
    """The persons of ``gender`` (None: of unknown gender) mentioned in ``[start, end)``."""
    if mentions is None:
        return []
    return [sp for sp in mentions.persons(start, end) if sp.gender == gender]
