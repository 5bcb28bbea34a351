"""One state on both sides of an act: the shapes of a home act that the coding rules keep, where one state acting
on itself is otherwise no event (a state and its capital, a leader and his own country, two ministers meeting). The
real-news golds code such home acts with the one state on both sides: a dispute between two persons of one state,
its forces deployed to its own places, a person meeting an unnamed group of their own state, the state or its
organs acting on persons of their own state that the text names."""

from __future__ import annotations

from collections.abc import Collection

from .. import kb
from .lexicon import home_deployment_types, home_meeting_types, rival_types
from .parties import Party


def home_pair(
    etype: str, actors: list[Party], recipients: list[Party], person_types: Collection[str] = frozenset()
) -> bool:
    """Whether an act of type ``etype`` whose sides are one state is a home act of a shape the golds code;
    ``person_types``: the types of a state's act on its own named persons (events.json ``home_person_types``)."""
    return (
        _rivals(etype, actors, recipients)
        or (etype in person_types and _organ_on_persons(actors, recipients))
        or _home_deployment(etype, actors, recipients)
        or _home_meeting(etype, actors, recipients)
    )


def _rivals(etype: str, actors: list[Party], recipients: list[Party]) -> bool:
    """Two sides of a home dispute (``rival_types``): persons the text names, none on both sides ("the president
    accused the opposition leader of ..."), not a person and a state, a place or an unnamed group."""
    named = [p.entity.get("id") for p in actors + recipients if p.entity.get("type") == "PERSON"]
    return (
        etype in rival_types()
        and len(named) == len(actors) + len(recipients)
        and None not in named
        and not {p.entity.get("id") for p in actors} & {p.entity.get("id") for p in recipients}
    )


def _home_deployment(etype: str, actors: list[Party], recipients: list[Party]) -> bool:
    """A state's armed or security forces moved to places of their own state (``home_deployment_types``: "the army
    deployed troops across Kara"): a city or region, not the state itself nor any other party."""
    return (
        etype in home_deployment_types()
        and all(p.sector in kb.sectors_in("force") for p in actors)
        and all(p.entity.get("type") in ("GPE", "LOC") and not _the_state(p) for p in recipients)
    )


def _home_meeting(etype: str, actors: list[Party], recipients: list[Party]) -> bool:
    """A person the text names meeting an unnamed group of their own state (``home_meeting_types``: "the president
    huddled with officials"): persons and home groups only, one of each at least."""
    parties = actors + recipients
    return (
        etype in home_meeting_types()
        and all(p.domestic or p.entity.get("type") == "PERSON" for p in parties)
        and any(p.domestic for p in parties)
        and any(p.entity.get("type") == "PERSON" and p.entity.get("id") for p in parties)
    )


def _the_state(p: Party) -> bool:
    """Whether ``p`` names its state itself (the knowledge base's entry of its code), not one of its places."""
    state = kb.load().entry_for_code(p.code)
    return state is not None and (p.entity.get("id") == state.id or p.entity.get("name") == state.name)


def _organ_on_persons(organs: list[Party], persons: list[Party]) -> bool:
    """The state or its organs (a body, an unnamed group of authorities: the author a passive implies, "X was
    arrested") acting on persons the text names ("the police arrested opposition leader X", "Uganda detained X"):
    no person among the organs, no organ of another sector (a crowd, a party, a company). Not the other way round:
    a person's act on the state itself names its victim as often ("a violation of Mexico's sovereignty", said by
    Mexico's president)."""
    return (
        bool(organs and persons)
        and all(p.entity.get("type") == "PERSON" and p.entity.get("id") for p in persons)
        and all(
            p.entity.get("type") != "PERSON"
            and ((p.entity.get("type") == "GPE" and _the_state(p)) or p.sector in kb.sectors_in("organ"))
            for p in organs
        )
    )
