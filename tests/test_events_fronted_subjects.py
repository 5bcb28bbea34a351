"""A clause that opens with an adjunct ending in a noun ("Dans un communiqué publié par son ministère, la Corée du
Nord a condamné ...") can be parsed with its subject as a conjunct of that noun, leaving the verb without one: the
noun phrase (or coordination) between the adjunct's comma and the verb's auxiliary is the subject. Invented
sentences, French and English; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("prk", "North Korea", "GPE", "PRK", None, "GOV", ["Corée du Nord", "North Korea"]),
    ("china", "China", "GPE", "CHN", None, "GOV", ["Chine", "China"]),
    ("usa", "United States", "GPE", "USA", None, "GOV", ["États-Unis", "United States"]),
]


@pytest.mark.parametrize(
    ("lang", "text", "actors"),
    [
        (
            "fr",
            "Dans un communiqué publié par son ministère, la Corée du Nord a condamné la décision des États-Unis.",
            {"PRK"},
        ),
        (
            "fr",
            "Dans un communiqué publié par son ministère, la Corée du Nord a aussi condamné la décision des "
            "États-Unis.",
            {"PRK"},
        ),
        (
            "fr",
            "Dans un communiqué publié par son ministère, la Corée du Nord et la Chine ont condamné la décision des "
            "États-Unis.",
            {"PRK", "CHN"},
        ),
        (
            "fr",
            "Dans un communiqué publié par le ministère des Affaires étrangères, la Corée du Nord a aussi condamné "
            "la décision des États-Unis.",
            {"PRK"},
        ),
        (
            "en",
            "In a statement released by its foreign ministry, North Korea condemned the decision of the United States.",
            {"PRK"},
        ),
    ],
)
def test_events_fronted_subjects_the_phrase_before_the_verb_is_the_subject(
    lang: str, text: str, actors: set[str]
) -> None:
    assert (actors, {"USA"}) in sides(coded(text, lang, KB), "ACCUSE")
