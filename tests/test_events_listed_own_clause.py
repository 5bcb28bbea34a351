"""A verb with a subject of its own under a verb that lists ("include", "including") tells the act of its own
clause, not an item of a list of measures (``coder._listed``): "others, including dozens the government of X has
sanctioned" is the sanctions already told, one event. Nouns listed under such a verb stay items of their own
("Ces mesures comprennent la fermeture ... et le gel ..."), and so does a participle with no subject of its own.
Invented sentences; real states."""

from __future__ import annotations

import pytest

from test_events import realised_count

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("belarus", "Belarus", "GPE", "BLR", None, "GOV", ["Biélorussie", "Belarus"]),
    ("norway", "Norway", "GPE", "NOR", None, "GOV", ["Norvège", "Norway"]),
]


@pytest.mark.parametrize(
    ("lang", "text", "etype", "n"),
    [
        # a relative clause with its own subject under "including": the sanctions told again
        (
            "en",
            "Norway imposed new sanctions on Belarus. The ten officials join many others, "
            "including dozens the government of Norway has sanctioned over the past year.",
            "SANCTION",
            1,
        ),
        (
            "en",
            "Norway sanctioned Belarus. The list includes a general and a judge, "
            "including three that Norway had sanctioned before.",
            "SANCTION",
            1,
        ),
    ],
)
def test_events_listed_own_clause_is_no_item(lang: str, text: str, etype: str, n: int) -> None:
    assert realised_count(text, lang, KB, etype) == n


@pytest.mark.parametrize(
    ("lang", "text", "etype", "n"),
    [
        # nouns listed under a verb that lists: each measure an item of its own
        (
            "fr",
            "La Norvège a pris des sanctions contre la Biélorussie. Ces mesures comprennent la fermeture des "
            "frontières avec la Biélorussie et le gel des fonds publics de la Biélorussie.",
            "SANCTION",
            3,
        ),
        # a participle with no subject of its own stays an item
        (
            "en",
            "Norway sanctioned Belarus. The list includes a general and a judge, including three sanctioned by "
            "Norway before.",
            "SANCTION",
            2,
        ),
    ],
)
def test_events_listed_items_stay_apart(lang: str, text: str, etype: str, n: int) -> None:
    assert realised_count(text, lang, KB, etype) == n
