"""A second relative clause coordinated with a first one (« une note de X, publiée lundi, et qui accuse Y »,
« l'Union, qui exige que … et qui a exprimé sa solidarité ») is parsed as a conjunct of a verb of the first
clause, not as a relative clause of the noun: its pronoun names the antecedent of the first clause
(``events.coordinated_relatives.relative_clause``, read by ``actors.noun_phrase_parties``). Before, the pronoun
named no party and the act was dropped for want of an actor. Near misses: relative clauses the parse hangs on
their noun keep their sides (an English one, two French subjects each with its own). Invented sentences; real states and
bodies, no real people."""

from __future__ import annotations

import pytest

from veille.analysis.events import is_realised
from veille.pipeline import analyze_text

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


def realised(text: str, etype: str) -> list[tuple[list[str | None], list[str | None]]]:
    """The actor and recipient codes of each realised event of ``etype`` the whole pipeline reads in ``text``."""
    events = analyze_text(text, source="t.txt").to_dict()["events"]
    return [
        ([a.get("code") for a in e["actors"]], [r.get("code") for r in e["recipients"]])
        for e in events
        if e["type"] == etype and is_realised(e)
    ]


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        (
            "KINSHASA, 5 mai. Les propos ont suivi une note de l'exécutif congolais, publiée lundi, et qui accuse"
            " le Rwanda de soutenir les rebelles.",
            "ACCUSE",
            (["COD"], ["RWA"]),
        ),
        (
            "KINSHASA, 5 mai. Ces déclarations sont intervenues peu après une note de l'exécutif congolais, diffusée"
            " à la fin d'une réunion ministérielle, et qui accuse le Rwanda de préparer une offensive.",
            "ACCUSE",
            (["COD"], ["RWA"]),
        ),
        (
            "BRUXELLES, 5 mai. Le Valdor soutient l'Union européenne qui exige que toute la vérité soit établie sur"
            " cette attaque et qui a exprimé sa solidarité avec Londres.",
            "SUPPORT",
            (["EU"], ["GBR"]),
        ),
    ],
)
def test_events_coordinated_relatives_antecedent(text, etype, expected):
    assert expected in realised(text, etype)


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        (
            "LONDON, May 5. The statement came from the Foreign Office, which published a report on Monday and which"
            " accused Russia of spying.",
            "ACCUSE",
            [(["GBR"], ["RUS"])],
        ),
        (
            "PARIS, 5 mai. La Belgique, qui a condamné l'attaque, et la France, qui accuse le Rwanda de soutenir les"
            " rebelles, ont réagi.",
            "ACCUSE",
            [(["FRA"], ["RWA"])],
        ),
    ],
)
def test_events_coordinated_relatives_near_misses(text, etype, expected):
    assert realised(text, etype) == expected
