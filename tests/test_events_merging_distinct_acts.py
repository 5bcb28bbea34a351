"""Distinct acts of the same type and sides (``events.merging``): an event noun that a modifier tells as another
act ("other protests", "d'autres rassemblements") is kept apart from the act told in another sentence; the same act
told again stays one event: a noun that refers back, the same verb again, another verb naming the act again, two
verbs of one sentence, the verbs of one meeting (a visit and its talks). Invented sentences, English and French;
real states and towns."""

from __future__ import annotations

import pytest

from test_events import realised_count

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("rennes", "Rennes", "GPE", "FRA", None, None, ["Rennes"]),
    ("leeds", "Leeds", "GPE", "GBR", None, None, ["Leeds"]),
    ("chad", "Chad", "GPE", "TCD", None, "GOV", ["Tchad", "Chad"]),
    ("belarus", "Belarus", "GPE", "BLR", None, "GOV", ["Biélorussie", "Belarus"]),
    ("norway", "Norway", "GPE", "NOR", None, "GOV", ["Norvège", "Norway"]),
]


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        # the same verb again
        (
            "en",
            "Norway condemned Belarus over the detention of three lawyers. "
            "The foreign ministry of Norway condemned Belarus in a statement.",
            "ACCUSE",
        ),
        # a noun that refers back
        (
            "fr",
            "La Norvège a condamné la Biélorussie pour la détention de trois avocats. "
            "Cette condamnation de la Norvège a irrité la Biélorussie.",
            "ACCUSE",
        ),
        # two verbs of one sentence
        (
            "en",
            "Norway condemned Belarus and accused Belarus of mistreating its prisoners.",
            "ACCUSE",
        ),
        # a visit and the talks held during it
        (
            "en",
            "The foreign minister of Norway visited Chad. He held talks with the president of Chad.",
            "CONSULT",
        ),
        (
            "fr",
            "La cheffe de la diplomatie de la Norvège s'est rendue au Tchad. Elle y a rencontré le président du Tchad.",
            "CONSULT",
        ),
    ],
)
def test_events_merging_one_act_told_again_stays_one(lang: str, text: str, etype: str) -> None:
    assert realised_count(text, lang, KB, etype) == 1


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        # the verb's object names the act again by a definite or demonstrative noun of its type
        (
            "en",
            "Chad and Norway reached an agreement on fishing. The two countries signed the agreement.",
            "AGREE",
        ),
        (
            "fr",
            "Le Tchad et la Norvège ont conclu un accord sur la pêche. Les deux pays ont signé cet accord.",
            "AGREE",
        ),
    ],
)
def test_events_merging_a_verb_naming_the_act_again_is_that_act(lang: str, text: str, etype: str) -> None:
    assert realised_count(text, lang, KB, etype) == 1


@pytest.mark.parametrize(
    ("lang", "text", "n"),
    [
        (
            "fr",
            "Des centaines d'agriculteurs se sont rassemblés devant la préfecture à Rennes. "
            "D'autres rassemblements se sont tenus dans le département.",
            2,
        ),
        (
            "en",
            "Hundreds of farmers rallied outside the town hall in Leeds. Other protests took place across the region.",
            2,
        ),
        (
            "fr",
            "Des centaines d'agriculteurs se sont rassemblés devant la préfecture à Rennes. "
            "Ces rassemblements se sont déroulés dans le calme.",
            1,
        ),
        ("en", "Hundreds of farmers rallied outside the town hall in Leeds. The protests passed off peacefully.", 1),
    ],
)
def test_events_merging_a_noun_told_as_another_act_is_kept_apart(lang: str, text: str, n: int) -> None:
    assert realised_count(text, lang, KB, "PROTEST") == n


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La Biélorussie a bombardé un village de Norvège. Cette attaque de la Biélorussie a frappé la Norvège.",
        ),
    ],
)
def test_events_merging_a_verb_whose_subject_names_the_act_is_that_act(lang: str, text: str) -> None:
    assert realised_count(text, lang, KB, "ASSAULT") == 1
