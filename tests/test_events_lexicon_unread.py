"""Classes of trigger words added to the lexicons (lang/<code>/events.tsv, events.json) from the real2 dev misses
whose sentence gave no event of the gold's type ('not read', 'no trigger'): retaliation sworn, pledged or promised
(THREATEN; English only: the French rows wait for the actor of an epithet, see CHANGELOG); a ban on imports or
exports (SANCTION: the noun's complement is read in its plural form too); an arrest warrant issued against someone
(COERCE arrest); a military takeover (COERCE, a coup noun); displeasure expressed, a breach, brutality, adventurism
said of a party (ACCUSE disapprove). Each class is read with its condition: the same word in its generic sense is
no event. Invented sentences, real states, invented people."""

from __future__ import annotations

import pytest

from test_events_trigger_paradigms import realised_sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    "lang, text, etype, sides",
    [
        # retaliation sworn, pledged or promised
        ("en", "Japan swore to retaliate against China.", "THREATEN", ({"JPN"}, {"CHN"})),
        ("en", "Japan pledged to retaliate against China.", "THREATEN", ({"JPN"}, {"CHN"})),
        ("en", "Japan promised revenge against China.", "THREATEN", ({"JPN"}, {"CHN"})),
        # a ban on imports or exports
        ("en", "China imposed a ban on imports from Japan.", "SANCTION", ({"CHN"}, {"JPN"})),
        ("en", "China announced a ban on exports to Japan.", "SANCTION", ({"CHN"}, {"JPN"})),
        # an arrest warrant
        ("en", "Japan issued an arrest warrant against Pierre Dupont.", "COERCE", ({"JPN"}, {"FRA"})),
        ("fr", "Le Japon a émis un mandat d'arrêt contre Pierre Dupont.", "COERCE", ({"JPN"}, {"FRA"})),
        # a military takeover: the military of the state on its government
        ("en", "The military takeover in Japan was condemned.", "COERCE", ({"JPN"}, {"JPN"})),
        # disapproval voiced or said of a party
        ("en", "Japan expressed its displeasure over the decision of China.", "ACCUSE", ({"JPN"}, {"CHN"})),
        ("en", "Japan expressed disappointment with China.", "ACCUSE", ({"JPN"}, {"CHN"})),
        (
            "en",
            "John Smith said the decision of China was a serious breach of the treaty.",
            "ACCUSE",
            ({"USA"}, {"CHN"}),
        ),
        ("en", "John Smith condemned the brutality of the Russian police.", "ACCUSE", ({"USA"}, {"RUS"})),
        (
            "fr",
            "Selon Pierre Dupont, la crise est causée par l'aventurisme de la Chine.",
            "ACCUSE",
            ({"FRA"}, {"CHN"}),
        ),
    ],
)
def test_events_lexicon_unread_a_member_of_the_class_is_read(lang, text, etype, sides):
    assert sides in realised_sides(text, lang, etype)


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("en", "John Smith swore an oath of office.", "THREATEN"),  # no retaliation
        ("en", "Japan pledged to punish the smugglers.", "THREATEN"),  # no party punished
        ("en", "Japan promised a new budget to China.", "THREATEN"),
        ("en", "Japan lifted the ban on smoking in bars.", "SANCTION"),  # no trade banned
        ("en", "The police obtained a search warrant for the house of John Smith.", "COERCE"),  # no arrest
        ("fr", "Le Japon a renouvelé le mandat de la mission en Chine.", "COERCE"),  # a mandate, no warrant
        ("en", "Japan approved the takeover of a Chinese bank.", "COERCE"),  # a company's takeover
        ("en", "Japan expressed its gratitude to China.", "ACCUSE"),
        ("en", "A breach in the dam flooded a village in China.", "ACCUSE"),  # no one speaks
    ],
)
def test_events_lexicon_unread_the_generic_sense_is_no_event(lang, text, etype):
    assert not realised_sides(text, lang, etype)
