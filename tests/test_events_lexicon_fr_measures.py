"""French measures against a state read as their class, not as the one word a text used (issue 13, stop 32):
ties, treaties, loans and sales suspended, stopped, blocked or not allowed (SANCTION), a member state suspended
from a body (SANCTION, where a suspended medium or party stays COERCE), orders and deadlines to leave the country
and entry refused (COERCE expel), forces deployed as a reflexive verb or a participle of the mission (MOBILIZE).
Each group both ways on invented sentences: the reading found, and the same word in a reading that is no such act.
Invented people; real states (the hand-made knowledge base of tests/test_events_real.py).
"""

from __future__ import annotations

import pytest

from test_events_lexicon_fr import reading
from test_events_real import realised, run

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (type, word, sentence): the lexicon reading of the word
FOUND = [
    # SANCTION: ties, treaties, loans, sales and shipments suspended, stopped, blocked or not allowed
    ("SANCTION", "suspendu", "Le Japon a suspendu ses liens diplomatiques avec la Chine."),
    ("SANCTION", "suspend", "La Chine suspend son traité d'extradition avec le Japon."),
    ("SANCTION", "suspendu", "La banque a suspendu ses prêts au gouvernement."),
    ("SANCTION", "suspendu", "Le Japon a suspendu ses ventes de matériel militaire à la Chine."),
    ("SANCTION", "cesser", "Les États-Unis ont décidé de cesser les ventes d'armes au Japon."),
    ("SANCTION", "cessé", "Le Japon a cessé ses livraisons de gaz à la Chine."),
    ("SANCTION", "bloqué", "La Chine a bloqué l'envoi de blé canadien."),
    ("SANCTION", "bloque", "La Chine bloque les importations de bois du Canada."),
    ("SANCTION", "blocage", "Le blocage des exportations de pétrole par le Canada dure depuis un mois."),
    ("SANCTION", "autorisera", "Le Canada n'autorisera pas l'exportation d'armes vers la Chine."),
    ("SANCTION", "autorise", "La Suisse n'autorise plus la vente de munitions à la Russie."),
    # COERCE expel: an order or a deadline to leave the country, entry refused, visas cancelled
    ("COERCE", "ordonné", "La Chine a ordonné aux diplomates canadiens de quitter le pays."),
    ("COERCE", "sommé", "L'ambassadeur du Canada a été sommé par la Chine de quitter le territoire."),
    ("COERCE", "enjoint", "La Chine a enjoint aux journalistes canadiens de quitter le pays."),
    ("COERCE", "demandé", "Le Japon a demandé à l'ambassadeur de Chine de quitter le pays."),
    ("COERCE", "donné", "La Chine a donné trois jours aux diplomates canadiens pour quitter le territoire."),
    ("COERCE", "laissant", "La Chine a rompu avec le Canada, laissant 24 heures à l'ambassadeur pour quitter le pays."),
    ("COERCE", "refusé", "La Chine a refusé l'entrée à trois journalistes canadiens."),
    ("COERCE", "annulé", "La Chine a annulé les visas de trois diplomates canadiens."),
    # MOBILIZE: forces that deploy themselves, a mission or battlegroup deployed
    ("MOBILIZE", "déployée", "L'armée russe s'est déployée autour de la capitale."),
    ("MOBILIZE", "déployés", "Des soldats canadiens se sont déployés près de la frontière."),
    ("MOBILIZE", "déployée", "La mission canadienne, déployée au Japon depuis 2018, prendra fin."),
    ("MOBILIZE", "déployés", "Les groupements tactiques déployés en Pologne seront renforcés."),
]

# (type or None, word, sentence): the same words in another reading
NOT_FOUND = [
    (None, "cessé", "Les États-Unis ont cessé les combats."),  # fighting stopped is no measure against anyone
    (None, "suspendu", "L'Iran a suspendu son programme nucléaire."),
    ("REJECT", "bloqué", "La Chine a bloqué la résolution du Japon."),
    ("PROTEST", "bloqué", "Les manifestants ont bloqué les routes."),
    (None, "blocage", "Le blocage des négociations inquiète le Japon."),
    (None, "autorisera", "Le Canada n'autorisera pas le match."),
    ("CONCEDE", "autorisé", "La Chine a autorisé le passage des convois d'aide."),  # allowed: a concession
    ("REQUEST", "demandé", "Le Japon a demandé à la Chine de quitter la réunion."),  # leaving a meeting
    ("REQUEST", "ordonné", "La Chine a ordonné à ses soldats de tirer."),
    (None, "laissant", "La Chine a rompu avec le Canada, laissant trois jours de répit aux marchés."),
    ("REJECT", "refusé", "La Chine a refusé l'invitation du Japon."),
    ("REJECT", "refusé", "Le Canada a refusé des visas à trois diplomates chinois."),  # a request declined
    (None, "annulé", "La Chine a annulé le sommet."),
    (None, "déployé", "Le Japon a déployé un plan de relance."),
    (None, "déployée", "Une équipe de secours s'est déployée dans la ville."),
]


@pytest.mark.parametrize("etype, word, text", FOUND)
def test_events_lexicon_fr_measures_read_the_act(etype, word, text):
    assert reading(text, word) == etype


@pytest.mark.parametrize("etype, word, text", NOT_FOUND)
def test_events_lexicon_fr_measures_leave_the_other_reading(etype, word, text):
    assert reading(text, word) == etype


@pytest.mark.parametrize(
    "text, etype, sides",
    [
        ("Le Japon a suspendu ses liens diplomatiques avec la Chine.", "SANCTION", ({"JPN"}, {"CHN"})),
        ("La Chine suspend son traité d'extradition avec le Japon.", "SANCTION", ({"CHN"}, {"JPN"})),
        ("Les États-Unis ont décidé de cesser les ventes d'armes au Japon.", "SANCTION", ({"USA"}, {"JPN"})),
        ("Le Canada n'autorisera pas l'exportation d'armes vers la Chine.", "SANCTION", ({"CAN"}, {"CHN"})),
        ("L'Union européenne a annoncé la suspension de la Russie de ses instances.", "SANCTION", ({"EU"}, {"RUS"})),
        ("La Chine a ordonné aux diplomates canadiens de quitter le pays.", "COERCE", ({"CHN"}, {"CAN"})),
        ("L'ambassadeur du Canada a été sommé par la Chine de quitter le territoire.", "COERCE", ({"CHN"}, {"CAN"})),
        (
            "La Chine a donné trois jours aux diplomates canadiens pour quitter le territoire.",
            "COERCE",
            ({"CHN"}, {"CAN"}),
        ),
        ("L'armée russe s'est déployée autour de la capitale.", "MOBILIZE", ({"RUS"}, set())),
    ],
)
def test_events_lexicon_fr_measures_code_the_sides(text, etype, sides):
    assert sides in realised(run(text, "fr"), etype)


@pytest.mark.parametrize(
    "text, etype",
    [
        ("L'Union européenne a annoncé la suspension de la Russie de ses instances.", "COERCE"),  # a state: SANCTION
        ("La Chine a ordonné aux diplomates canadiens de quitter le pays.", "REQUEST"),  # an expulsion, not a request
        ("Le Canada a refusé des visas à trois diplomates chinois.", "COERCE"),
    ],
)
def test_events_lexicon_fr_measures_code_no_other_act(text, etype):
    assert not realised(run(text, "fr"), etype)
