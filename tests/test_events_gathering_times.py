"""A body's gathering named as the time of another act by a time noun (events.json `gathering_time_nouns`: "at the
end of", "as a prelude to", « à l'issue de », « en prélude à ») is no event of its own (`events.occasions`), as one
named on its sidelines or during it: the act told happens then; the gathering is background. Near misses that stay
events: a gathering after which something was said ("after the summit": golds code it), the talks with a named
party at whose end the act happens, a body's own act at the end of its summit. Invented sentences; real states and
bodies."""

from __future__ import annotations

import pytest

from test_events import coded, typed_sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy model

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("ken", "Kenya", "GPE", "KEN", None, "GOV", ["Kenya", "Kenyan", "kényan"]),
    ("tza", "Tanzania", "GPE", "TZA", None, "GOV", ["Tanzania", "Tanzanian", "tanzanien", "Tanzanie"]),
    ("au", "African Union", "ORG", "AU", None, "IGO", ["African Union", "Union africaine"]),
    ("osce", "OSCE", "ORG", "OSCE", None, "IGO", ["OSCE"]),
    ("unhrc", "Human Rights Council", "ORG", "UNHRC", None, "IGO", ["Human Rights Council"]),
]


def _sides(text: str, lang: str) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    return typed_sides(coded(text, lang, KB))


@pytest.mark.parametrize(
    "lang, text, body",
    [
        ("en", "The envoy's mandate must be renewed at the end of the Human Rights Council session.", "UNHRC"),
        ("en", "Kenya recalled its ambassador at the end of an African Union summit chaired by Tanzania.", "AU"),
        ("en", "Tanzania closed the border at the close of the session of the Human Rights Council.", "UNHRC"),
        (
            "fr",
            "Le Kenya prolongera le mandat de son envoyé à la fin d'une session extraordinaire de l'Union africaine.",
            "AU",
        ),
        ("fr", "La Tanzanie a rappelé son ambassadeur à l'issue d'une longue session de l'Union africaine.", "AU"),
        ("fr", "Au terme d'une réunion de l'OSCE présidée par la Tanzanie, le Kenya a fermé sa frontière.", "OSCE"),
        ("en", "Kenyan ministers gathered in Nairobi as a prelude to an African Union summit.", "AU"),
        ("fr", "Les ministres kényans se sont réunis à Nairobi en prélude à un sommet de l'Union africaine.", "AU"),
    ],
)
def test_events_gathering_times_no_event(lang: str, text: str, body: str) -> None:
    sides = _sides(text, lang)
    assert not any(t == "CONSULT" and (body in a or body in r) for t, a, r in sides)


@pytest.mark.parametrize(
    "lang, text, sides",
    [
        ("en", "Kenya criticised Tanzania after the African Union summit.", ({"AU"}, {"AU"})),
        ("fr", "À l'issue de son sommet, l'Union africaine a suspendu la Tanzanie.", ({"AU"}, {"AU"})),
    ],
)
def test_events_gathering_times_kept(lang: str, text: str, sides: tuple[set[str], set[str]]) -> None:
    assert ("CONSULT", frozenset(sides[0]), frozenset(sides[1])) in _sides(text, lang)


def test_events_gathering_times_talks_kept() -> None:
    text = "At the end of talks with Tanzania, Kenya agreed to reopen the border."
    assert any(t == "CONSULT" and {"KEN", "TZA"} <= a | r for t, a, r in _sides(text, "en"))
