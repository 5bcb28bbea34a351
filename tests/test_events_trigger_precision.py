"""The readings added by the paradigms of tests/test_events_trigger_paradigms.py keep their conditions: a phrasal
verb needs its particle, a support verb its event noun, a movement its forces. Invented sentences, French and
English, with the knowledge base of the paradigms (real states, invented people)."""

from __future__ import annotations

import pytest

from test_events import coded
from test_events_trigger_paradigms import KB
from veille.analysis.events import is_realised

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("en", "The ambassador of Japan left Ukraine on Monday.", "RETREAT"),  # a person leaving: no forces
        ("en", "Japan and China exchanged views on trade.", "RETREAT"),  # exchanging no captives
        ("en", "The Japanese company halted production in China.", "SANCTION"),  # halting no trade or aid
        ("en", "Japan demolished an old stadium in Tokyo.", "COERCE"),  # demolishing no homes
        ("en", "The Japanese minister chaired a cabinet session on the budget.", "CONSULT"),  # no partner
        ("fr", "L'ambassadeur du Japon a quitté l'Ukraine lundi.", "RETREAT"),
        ("en", "John Smith pushed back against the claims of China.", "REQUEST"),  # a rebuttal, no push for
        ("en", "France paid the bill of Ukraine.", "SUPPORT"),  # paying no tribute
        ("en", "John Smith took the train to China.", "COERCE"),  # no custody
        ("en", "John Smith went on a trip to China.", "PROTEST"),  # no strike
        ("en", "Japan admitted three students of China.", "CONCEDE"),  # admitting no defeat or error
        ("en", "Japan set up a meeting with China.", "RETREAT"),  # set up, not set free
        ("fr", "La France a accordé une interview à un journal japonais.", "AID"),  # no loan, no aid
        ("fr", "La France a reconnu l'ambassadeur du Japon.", "CONCEDE"),  # no defeat, no error
        ("fr", "Pierre Dupont est descendu de l'avion à Tokyo.", "PROTEST"),  # no street
        ("fr", "La France a partagé un repas avec le Japon.", "COOPERATE"),  # no intelligence
        ("fr", "Le Japon a renoncé à se présenter contre la Chine.", "CONCEDE"),  # no claim given up
        ("fr", "La France a mis à jour sa liste des partenaires du Japon.", "AID"),  # no disposal
        ("en", "Japan put the question to China.", "REQUEST"),  # no pressure
        ("fr", "Le Japon a écarté un ministre proche de la Chine.", "REJECT"),  # no proposal set aside
        ("fr", "La France a cédé du terrain face au Japon.", "AID"),  # ground given up, no arms handed over
        ("en", "A storm hit Japan on Tuesday.", "ASSAULT"),  # no missile, no drone
    ],
)
def test_events_trigger_precision_a_reading_needs_its_condition(lang, text, etype):
    assert not [e for e in coded(text, lang, KB) if e["type"] == etype and is_realised(e)]


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        # a crowd gathered to welcome or watch someone is no protest ...
        (
            "fr",
            "Des milliers d'habitants se sont rassemblés à Tokyo pour accueillir le président de la France.",
            "PROTEST",
        ),
        ("fr", "Des centaines de personnes se sont regroupées devant le palais pour saluer le Japon.", "PROTEST"),
        # ... people massed in a hall are no troops ...
        ("fr", "Les journalistes qui s'étaient massés dans le hall ont attendu le ministre du Japon.", "MOBILIZE"),
        # ... and the solidarity or support a relative clause says was shown is no demonstration
        ("fr", "Le Japon a remercié la France pour la solidarité qu'elle a manifestée.", "PROTEST"),
    ],
)
def test_events_trigger_precision_a_gathering_with_no_protest(lang, text, etype):
    assert not [e for e in coded(text, lang, KB) if e["type"] == etype and is_realised(e)]


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("fr", "Des milliers d'habitants se sont rassemblés à Tokyo pour dénoncer la politique du Japon.", "PROTEST"),
        ("fr", "Des centaines de personnes se sont rassemblées devant l'ambassade du Japon.", "PROTEST"),
        ("fr", "Des troupes de la Chine se sont massées à la frontière du Japon.", "MOBILIZE"),
        ("fr", "La Chine a massé des troupes à la frontière du Japon.", "MOBILIZE"),
    ],
)
def test_events_trigger_precision_a_gathering_that_is_one(lang, text, etype):
    assert [e for e in coded(text, lang, KB) if e["type"] == etype and is_realised(e)]
