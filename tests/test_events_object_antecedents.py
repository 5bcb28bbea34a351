"""An object pronoun of a trigger (« Minsk l'accuse », "Uganda accused them") whose sentence names no one before it
stands for the person or body the sentence before names as its subject or object, when that noun agrees with it
in number: the event's recipient is that noun's side (a person's nationality, a body's state), where the event was
dropped for want of a recipient (``object_antecedents.object_antecedent``). A French clitic the parse tags as a
determiner or as a second subject of the verb (« l’accuse » with a typographic apostrophe) is still the object.
Not where the nearest such noun of the sentence before is a thing (« le budget … l'opposition l'a rejeté »), nor
where no sentence comes before. Invented sentences and people, French and English; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("belarus", "Belarus", "GPE", "BLR", None, "GOV", ["Biélorussie", "Belarus"]),
    ("minsk", "Minsk", "GPE", "BLR", None, None, ["Minsk"]),
    ("gomel", "Gomel", "GPE", "BLR", None, None, ["Gomel"]),
    ("nowicki", "Adam Nowicki", "PERSON", None, "POL", None, ["Adam Nowicki"]),
    ("koffi", "Paul Koffi", "PERSON", None, "CIV", None, ["Paul Koffi"]),
    ("ghana", "Ghana", "GPE", "GHA", None, "GOV", ["Ghana"]),
    ("kenya", "Kenya", "GPE", "KEN", None, "GOV", ["Kenya", "kényans", "kényan", "Kenyan"]),
    ("uganda", "Uganda", "GPE", "UGA", None, "GOV", ["Ouganda", "Uganda"]),
    ("kampala", "Kampala", "GPE", "UGA", None, None, ["Kampala"]),
    ("mali", "Mali", "GPE", "MLI", None, "GOV", ["malien", "Mali"]),
]


def run(text: str, lang: str) -> list[dict]:
    return coded(text, lang, KB)


@pytest.mark.parametrize(
    ("lang", "text", "etype", "pair"),
    [
        (
            "fr",
            "Le journaliste Adam Nowicki a été arrêté lundi à Gomel. Minsk l'accuse d'espionnage.",
            "ACCUSE",
            ({"BLR"}, {"POL"}),
        ),
        (
            "fr",
            "Le journaliste Adam Nowicki a été arrêté lundi à Gomel. Minsk l’accuse d’espionnage.",
            "ACCUSE",
            ({"BLR"}, {"POL"}),
        ),
        (
            "fr",
            "Le ministre Paul Koffi a démissionné lundi. Le Ghana l'accuse de corruption.",
            "ACCUSE",
            ({"GHA"}, {"CIV"}),
        ),
        (
            "fr",
            "Deux militants kényans ont été arrêtés à Kampala. L'Ouganda les accuse de terrorisme.",
            "ACCUSE",
            ({"UGA"}, {"KEN"}),
        ),
        (
            "en",
            "The reporter Adam Nowicki was arrested on Monday in Gomel. Minsk accuses him of spying.",
            "ACCUSE",
            ({"BLR"}, {"POL"}),
        ),
        (
            "en",
            "Two Kenyan activists were arrested in Kampala on Sunday. Uganda accused them of terrorism.",
            "ACCUSE",
            ({"UGA"}, {"KEN"}),
        ),
    ],
)
def test_events_object_pronoun_takes_the_side_named_before(lang, text, etype, pair):
    assert pair in sides(run(text, lang), etype)


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        # no sentence before: the pronoun stands for no one the text names
        ("fr", "Minsk l'accuse d'espionnage.", "ACCUSE"),
        ("en", "Minsk accuses him of spying.", "ACCUSE"),
        # the nearest noun of the sentence before is a thing: the pronoun stands for it, not for its author
        ("fr", "Le gouvernement malien a présenté le budget mardi. Le Ghana le dénonce.", "ACCUSE"),
        ("en", "Kenya's government presented two bills on Tuesday. Uganda condemned them.", "ACCUSE"),
    ],
)
def test_events_object_pronoun_without_party_named_before_stays_unread(lang, text, etype):
    assert not [p for p in sides(run(text, lang), etype) if p[1]]
