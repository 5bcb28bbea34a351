"""A body's gathering named as the occasion of another act is no event of its own (`events.occasions`): a summit or
session whose own phrase names an international body, the complement of an occasion noun ("on the sidelines of",
« en marge de ») or of a preposition of a span of time (events.json `gathering_occasion_preps`: "during",
« pendant »), is when the act happens; its participle ("hosted by X") tells no act either. The act held on its
sidelines keeps its reading; a gathering named by its parties, one a body's act is located at ("at a summit"), and one
that is the occasion of the body's own act stay events. Invented sentences; real states and bodies."""

from __future__ import annotations

import pytest

from test_events import coded, typed_sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy model

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("ken", "Kenya", "GPE", "KEN", None, "GOV", ["Kenya", "Kenyan", "kényan"]),
    ("tza", "Tanzania", "GPE", "TZA", None, "GOV", ["Tanzania", "Tanzanian", "tanzanien"]),
    ("chn", "China", "GPE", "CHN", None, "GOV", ["China", "Beijing", "Pékin"]),
    ("ita", "Italy", "GPE", "ITA", None, "GOV", ["Italy", "Italie"]),
    ("mli", "Mali", "GPE", "MLI", None, "GOV", ["Mali"]),
    ("au", "African Union", "ORG", "AU", None, "IGO", ["African Union", "Union africaine"]),
    ("g7", "G7", "ORG", "G7", None, "IGO", ["G7"]),
    ("osce", "OSCE", "ORG", "OSCE", None, "IGO", ["OSCE"]),
]


def _sides(text: str, lang: str) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    return typed_sides(coded(text, lang, KB))


@pytest.mark.parametrize(
    "lang, text, body",
    [
        ("en", "The foreign ministers of Kenya and Tanzania met on the sidelines of the African Union summit.", "AU"),
        ("en", "Beijing criticised a communiqué released during the G7 summit in Italy.", "G7"),
        ("en", "Kenyan and Tanzanian officials held talks on the sidelines of an OSCE council session.", "OSCE"),
        ("fr", "Pékin a critiqué les déclarations publiées pendant le sommet du G7 organisé par l'Italie.", "G7"),
    ],
)
def test_events_occasion_gatherings_no_event(lang: str, text: str, body: str) -> None:
    sides = _sides(text, lang)
    assert not any(t == "CONSULT" and (body in a or body in r) for t, a, r in sides)
    assert not any(t == "CONSULT" and "ITA" in a for t, a, r in sides)  # "hosted by Italy"


def test_events_occasion_gatherings_meeting_kept() -> None:
    text = "The foreign ministers of Kenya and Tanzania met on the sidelines of the African Union summit."
    sides = _sides(text, "en")
    assert any(t == "CONSULT" and {"KEN", "TZA"} <= a | r for t, a, r in sides)


@pytest.mark.parametrize(
    "lang, text, sides",
    [
        ("en", "The African Union made the declaration at a crisis summit on Sunday.", ({"AU"}, {"AU"})),
        ("en", "During the meeting between the Kenyan and Tanzanian ministers, Kenya agreed to open the border.", None),
        ("en", "During its summit in Addis Ababa, the African Union suspended Mali.", ({"AU"}, {"AU"})),
    ],
)
def test_events_occasion_gatherings_kept(lang: str, text: str, sides: tuple[set[str], set[str]] | None) -> None:
    found = _sides(text, lang)
    if sides is None:
        assert any(t == "CONSULT" and {"KEN", "TZA"} <= a | r for t, a, r in found)
    else:
        assert ("CONSULT", frozenset(sides[0]), frozenset(sides[1])) in found
