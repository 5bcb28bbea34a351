"""A clause that opens with an adjunct ending in a noun ("Dans une note diffusée par son ambassade, le Venezuela a
dénoncé ...") can be parsed with its subject as a conjunct of that noun, leaving the verb without one: the
noun phrase (or coordination) between the adjunct's comma and the verb's auxiliary is the subject. Invented
sentences, French and English; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("bol", "Bolivia", "GPE", "BOL", None, "GOV", ["Bolivie", "Bolivia"]),
    ("chl", "Chile", "GPE", "CHL", None, "GOV", ["Chili", "Chile"]),
    ("bra", "Brazil", "GPE", "BRA", None, "GOV", ["Brésil", "Brazil"]),
    ("kor", "South Korea", "GPE", "KOR", None, "GOV", ["Corée du Sud", "South Korea"]),
    ("jpn", "Japan", "GPE", "JPN", None, "GOV", ["Japon", "Japan"]),
]


@pytest.mark.parametrize(
    ("lang", "text", "actors", "recipients"),
    [
        (
            "fr",
            "Dans un texte diffusé par son ministère, la Bolivie et le Chili ont condamné la décision du Brésil.",
            {"BOL", "CHL"},
            {"BRA"},
        ),
        (
            "fr",
            "Dans une note publiée par son gouvernement, la Bolivie et le Chili ont dénoncé la décision du Brésil.",
            {"BOL", "CHL"},
            {"BRA"},
        ),
        (
            "fr",
            "Dans une lettre adressée par le ministère de la Justice, la Corée du Sud a aussi condamné le projet "
            "du Japon.",
            {"KOR"},
            {"JPN"},
        ),
        (
            "fr",
            "Dans un texte diffusé par le ministère de la Défense, la Corée du Sud a aussi condamné la décision du "
            "Japon.",
            {"KOR"},
            {"JPN"},
        ),
        (
            "en",
            "In a note circulated by its embassy, Brazil denounced the decision of Bolivia.",
            {"BRA"},
            {"BOL"},
        ),
    ],
)
def test_events_fronted_subjects_the_phrase_before_the_verb_is_the_subject(
    lang: str, text: str, actors: set[str], recipients: set[str]
) -> None:
    assert (actors, recipients) in sides(coded(text, lang, KB), "ACCUSE")
