"""Information handed over is no aid nor release: evidence or intelligence provided to a state is shared
(COOPERATE, as "share intelligence" is: events.tsv `provide`, `supply`, `fournir` with an information object),
news delivered tells no act (`deliver` not=news), and names released are no one freed (`release` not=name, read
through a quantity word: "released some of the names", `triggers.matches`). Aid and people keep their readings.
Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import coded, typed_sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy model

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("ind", "India", "GPE", "IND", None, "GOV", ["India", "New Delhi", "Indian", "indien"]),
    ("pak", "Pakistan", "GPE", "PAK", None, "GOV", ["Pakistan", "Islamabad", "Pakistani", "pakistanais"]),
    ("chn", "China", "GPE", "CHN", None, "GOV", ["China", "Chinese", "Beijing"]),
    ("ken", "Kenya", "GPE", "KEN", None, "GOV", ["Kenya", "Kenyan"]),
    ("tza", "Tanzania", "GPE", "TZA", None, "GOV", ["Tanzania", "Tanzanian"]),
    ("ner", "Niger", "GPE", "NER", None, "GOV", ["Niger", "Niamey", "nigérien"]),
    ("mli", "Mali", "GPE", "MLI", None, "GOV", ["Mali", "Bamako", "malien"]),
]


def _sides(text: str, lang: str) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    return typed_sides(coded(text, lang, KB))


@pytest.mark.parametrize(
    "lang, text, event",
    [
        (
            "fr",
            "Le ministre malien a indiqué que Bamako avait fourni des preuves aux autorités du Niger.",
            ("COOPERATE", {"MLI"}, {"NER"}),
        ),
        (
            "en",
            "Kenya provided Tanzania detailed evidence about the smuggling ring last week.",
            ("COOPERATE", {"KEN"}, {"TZA"}),
        ),
        ("en", "India supplied intelligence to Pakistan on the smuggling network.", ("COOPERATE", {"IND"}, {"PAK"})),
    ],
)
def test_events_information_objects_shared(lang: str, text: str, event: tuple[str, set[str], set[str]]) -> None:
    sides = _sides(text, lang)
    assert (event[0], frozenset(event[1]), frozenset(event[2])) in sides
    assert not any(t == "AID" for t, _, _ in sides)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya delivered the bad news to Tanzania on Friday.",
        "Beijing released some of the names of the Indian officials under sanction.",
    ],
)
def test_events_information_objects_no_act(text: str) -> None:
    assert not any(t in ("AID", "RETREAT") for t, _, _ in _sides(text, "en"))


@pytest.mark.parametrize(
    "lang, text, event",
    [
        ("en", "India provided Pakistan with food aid after the floods.", ("AID", {"IND"}, {"PAK"})),
        ("en", "China released two Indian fishermen on Monday.", ("RETREAT", {"CHN"}, {"IND"})),
        ("fr", "Le Mali a fourni des armes aux autorités du Niger.", ("AID", {"MLI"}, {"NER"})),
    ],
)
def test_events_information_objects_near_misses(lang: str, text: str, event: tuple[str, set[str], set[str]]) -> None:
    assert (event[0], frozenset(event[1]), frozenset(event[2])) in _sides(text, lang)
