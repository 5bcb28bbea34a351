"""Acts that come one by one (rallies, arrests and bans, measures of a package: ``cues.json``
``occurrence_types``) are kept apart when each is told at a place of its own or as an item of a list of measures,
while the same act told again (a noun that refers back, a clause with no place of its own, a place the act told
before already named) stays one event. Invented sentences, French and English; real states and towns."""

from __future__ import annotations

import pytest

from test_events import realised_count

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("rennes", "Rennes", "GPE", "FRA", None, None, ["Rennes"]),
    ("brest", "Brest", "GPE", "FRA", None, None, ["Brest"]),
    ("lorient", "Lorient", "GPE", "FRA", None, None, ["Lorient"]),
    ("leeds", "Leeds", "GPE", "GBR", None, None, ["Leeds"]),
    ("york", "York", "GPE", "GBR", None, None, ["York"]),
    ("au", "African Union", "ORG", "AU", None, "IGO", ["Union africaine", "African Union"]),
    ("chad", "Chad", "GPE", "TCD", None, "GOV", ["Tchad", "Chad"]),
    ("belarus", "Belarus", "GPE", "BLR", None, "GOV", ["Biélorussie", "Belarus"]),
    ("norway", "Norway", "GPE", "NOR", None, "GOV", ["Norvège", "Norway"]),
]


@pytest.mark.parametrize(
    ("lang", "text", "etype", "n"),
    [
        (
            "fr",
            "Des centaines d'agriculteurs se sont rassemblés devant la préfecture à Rennes. "
            "À Brest, une cinquantaine de personnes ont manifesté devant la mairie.",
            "PROTEST",
            2,
        ),
        (
            "fr",
            "Des étudiants ont manifesté à Rennes contre la réforme. "
            "Une centaine de personnes ont aussi manifesté à Lorient.",
            "PROTEST",
            2,
        ),
        (
            "en",
            "Hundreds of farmers rallied outside the town hall in Leeds. "
            "In York, fifty people protested in front of the council offices.",
            "PROTEST",
            2,
        ),
        (
            "fr",
            "L'Union africaine a pris des sanctions contre le Tchad. Il s'agit de la fermeture des frontières avec "
            "le Tchad et de la suspension des échanges avec le Tchad.",
            "SANCTION",
            3,
        ),
    ],
)
def test_events_occurrences_told_one_by_one_are_kept_apart(lang: str, text: str, etype: str, n: int) -> None:
    assert realised_count(text, lang, KB, etype) == n


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        ("fr", "Des étudiants se sont rassemblés à Rennes. La manifestation s'est déroulée dans le calme.", "PROTEST"),
        ("en", "Students rallied in Leeds. The protest passed off peacefully.", "PROTEST"),
        (
            "fr",
            "Des étudiants se sont rassemblés lundi à Rennes.\n\nDes étudiants se sont rassemblés lundi à Rennes.",
            "PROTEST",
        ),
        (
            "fr",
            "Les habitants de Lorient bloquent le pont pour protester contre la fermeture de l'usine. "
            "À Lorient, plusieurs centaines d'habitants ont bloqué les routes.",
            "PROTEST",
        ),
        (
            "fr",
            "La Norvège a imposé des sanctions à la Biélorussie. Les sanctions norvégiennes visent les dirigeants.",
            "SANCTION",
        ),
        (
            "en",
            "Norway imposed sanctions on Belarus on Monday. The Norwegian sanctions target the leadership.",
            "SANCTION",
        ),
        ("fr", "La Norvège a décidé lundi d'imposer un paquet de sanctions contre la Biélorussie.", "SANCTION"),
    ],
)
def test_events_occurrences_told_again_stay_one(lang: str, text: str, etype: str) -> None:
    assert realised_count(text, lang, KB, etype) == 1


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le président norvégien s'est entretenu lundi avec son homologue tchadien. Il s'est entretenu avec lui.",
        ),
    ],
)
def test_events_occurrences_other_types_merge_as_before(lang: str, text: str) -> None:
    assert realised_count(text, lang, KB, "CONSULT") <= 1
