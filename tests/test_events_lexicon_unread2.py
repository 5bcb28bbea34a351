"""Classes of trigger words read from the real2 dev misses of stop 37 ('not read', 'no trigger'): a criminal charge or
indictment is an accusation (ACCUSE investigate, as a suit is; it was COERCE), an admission that an act happened is
a concession to its victim (CONCEDE: "admitted that X was killed", "a admis avoir abattu"), a phone exchange is a
consultation ("lors d'un bref échange par téléphone avec X": the subject of the clause that holds the adjunct is the
other side), forces placed or said to be on alert are mobilised, a will affirmed ("ont affirmé leur volonté de
cesser les combats") is an agreement. Each with its condition: the same word in another sense is no event. Invented
sentences, real states, invented people."""

from __future__ import annotations

import pytest

from test_events_trigger_paradigms import realised_sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    "lang, text, etype, sides",
    [
        ("en", "Japan charged three Chinese sailors with spying.", "ACCUSE", ({"JPN"}, {"CHN"})),
        ("en", "Three Chinese sailors have been indicted by Japan.", "ACCUSE", ({"JPN"}, {"CHN"})),
        ("fr", "Trois marins chinois ont été inculpés par la justice japonaise.", "ACCUSE", ({"JPN"}, {"CHN"})),
        (
            "en",
            "Japan admitted that the Chinese journalist was killed inside its embassy.",
            "CONCEDE",
            ({"JPN"}, {"CHN"}),
        ),
        ("fr", "Le régime japonais a finalement admis avoir abattu l'avion ukrainien.", "CONCEDE", ({"JPN"}, {"UKR"})),
        (
            "fr",
            "Le ministre japonais a annoncé sa décision lors d'un long échange téléphonique avec son "
            "homologue chinois.",
            "CONSULT",
            ({"JPN"}, {"CHN"}),
        ),
        (
            "fr",
            "Le ministre japonais a abordé la crise lors d'un long entretien avec son homologue chinois.",
            "CONSULT",
            ({"JPN"}, {"CHN"}),
        ),
        ("fr", "Le Japon a placé ses troupes en alerte maximale.", "MOBILIZE", ({"JPN"}, set())),
        # forces said to be on alert: the predicate under the copula's preposition ("was on high alert")
        ("en", "The Japanese navy was on high alert.", "MOBILIZE", ({"JPN"}, set())),
        ("fr", "L'armée japonaise est en état d'alerte.", "MOBILIZE", ({"JPN"}, set())),
        (
            "fr",
            "Le Japon et la Chine ont affirmé leur volonté de cesser les combats.",
            "AGREE",
            ({"JPN", "CHN"}, {"JPN", "CHN"}),
        ),
    ],
)
def test_events_lexicon_unread2_a_member_of_the_class_is_read(lang, text, etype, sides):
    assert sides in realised_sides(text, lang, etype)


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("en", "The Japanese bank charged China a high fee.", "ACCUSE"),  # a price charged
        ("en", "Japan admitted that its economy was weak.", "CONCEDE"),  # no act on anyone
        ("fr", "Le Japon a admis que son économie était fragile.", "CONCEDE"),
        ("fr", "Le Japon a remercié la Chine lors d'un échange de prisonniers.", "CONSULT"),  # prisoners exchanged
        ("fr", "Le Japon a placé ses espoirs dans la Chine.", "MOBILIZE"),
        ("en", "Japan's military was on a training course.", "MOBILIZE"),
        ("fr", "L'armée japonaise est en état de choc.", "MOBILIZE"),
        ("fr", "La volonté de la Chine d'envahir le Japon inquiète.", "AGREE"),  # a will no one affirms
        # a meeting of a body its speaker attends, no partner named with "avec"
        ("fr", "Le ministre japonais a pris la parole lors d'une réunion de l'Union européenne.", "CONSULT"),
    ],
)
def test_events_lexicon_unread2_the_generic_sense_is_no_event(lang, text, etype):
    assert not realised_sides(text, lang, etype)


@pytest.mark.parametrize(
    "lang, text, sides",
    [
        # a relative object of a qualifying verb stands for its noun
        (
            "fr",
            "Le président japonais a interdit l'entrée à neuf députés russes qu'il qualifie de « provocateurs ».",
            ({"JPN"}, {"RUS"}),
        ),
    ],
)
def test_events_lexicon_unread2_a_relative_qualified_is_accused(lang, text, sides):
    assert sides in realised_sides(text, lang, "ACCUSE")


@pytest.mark.parametrize(
    "lang, text",
    [("fr", "Le président japonais a reçu neuf députés russes qu'il qualifie de partenaires.")],
)
def test_events_lexicon_unread2_a_relative_qualified_without_blame_is_no_accusation(lang, text):
    assert not realised_sides(text, lang, "ACCUSE")
