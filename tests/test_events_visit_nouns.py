"""A visit told by a noun in an adjunct of the clause ("lors de sa visite à Pékin, le chancelier a plaidé",
"during his visit to Beijing, the chancellor pleaded"): the clause's subject visits the state of the place the
noun names. An adjunct that names no place codes no visit. Invented sentences, French and English; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("china", "China", "GPE", "CHN", None, "GOV", ["Pékin", "Beijing"]),
    ("germany", "Germany", "GPE", "DEU", None, "GOV", ["allemand", "German", "Allemagne", "Germany"]),
    ("kinshasa", "Kinshasa", "GPE", "COD", None, None, ["Kinshasa"]),
    ("france", "France", "GPE", "FRA", None, "GOV", ["France"]),
]


@pytest.mark.parametrize(
    ("lang", "text", "guest", "host"),
    [
        ("fr", "Lors de sa visite à Pékin, le chancelier allemand a plaidé pour le libre-échange.", "DEU", "CHN"),
        ("fr", "Lors d'une visite à Kinshasa, la France a appelé au calme mardi.", "FRA", "COD"),
        ("fr", "Le chancelier allemand a plaidé pour le libre-échange lors de sa visite à Pékin.", "DEU", "CHN"),
        ("en", "During his visit to Beijing, the German chancellor pleaded for free trade.", "DEU", "CHN"),
        ("en", "During a ministerial visit to Kinshasa, France called for calm on Tuesday.", "FRA", "COD"),
        ("en", "The German chancellor pleaded for free trade during his visit to Beijing.", "DEU", "CHN"),
    ],
)
def test_events_visit_nouns_the_subject_visits_the_place_named(lang: str, text: str, guest: str, host: str) -> None:
    assert ({guest}, {host}) in sides(coded(text, lang, KB), "CONSULT")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Lors de sa visite, le chancelier allemand a plaidé pour le libre-échange."),
        ("en", "During his visit, the German chancellor pleaded for free trade."),
    ],
)
def test_events_visit_nouns_a_visit_to_no_place_is_no_event(lang: str, text: str) -> None:
    assert sides(coded(text, lang, KB), "CONSULT") == []


@pytest.mark.parametrize(
    ("lang", "text", "guest", "host"),
    [
        (
            "fr",
            "À l'occasion de sa visite à Pékin, le chancelier allemand a plaidé pour le libre-échange.",
            "DEU",
            "CHN",
        ),
        (
            "fr",
            "Le chancelier allemand, à l'occasion de sa visite à Pékin, a plaidé pour le libre-échange.",
            "DEU",
            "CHN",
        ),
        ("fr", "À l'issue de sa visite à Pékin, le chancelier allemand a plaidé pour le libre-échange.", "DEU", "CHN"),
        ("en", "On the occasion of his visit to Beijing, the German chancellor pleaded for free trade.", "DEU", "CHN"),
        ("en", "At the end of his visit to Beijing, the German chancellor pleaded for free trade.", "DEU", "CHN"),
    ],
)
def test_events_visit_nouns_under_an_occasion_noun(lang: str, text: str, guest: str, host: str) -> None:
    # "à l'occasion de", "à l'issue de", "at the end of" (occasion_heads): the visit is still the subject's
    assert ({guest}, {host}) in sides(coded(text, lang, KB), "CONSULT")
