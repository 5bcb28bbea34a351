"""Acts told as wished or needed, not done (issue 13, stop 55 helper evp55en, event precision): the clause of an
English adjective of need ("it is vital that X and Y work together", "it is important that X release them", "it is
essential that X and Y hold talks": lang/en/modality.json ``need_predicates``) and the gerund after "look forward
to" (``wishing_prepositions``) name an act someone wants, so it is intended, not realised
(``events.wished``). Near misses: the clause in the past or a perfect (done and weighed), the same act told
plainly. Invented sentences and people;
real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("norway", "Norway", "GPE", "NOR", None, "GOV", ["Norway", "Norwegian"]),
    ("chile", "Chile", "GPE", "CHL", None, "GOV", ["Chile", "Chilean"]),
    ("peru", "Peru", "GPE", "PER", None, "GOV", ["Peru", "Peruvian"]),
    ("kenya", "Kenya", "GPE", "KEN", None, "GOV", ["Kenya", "Kenyan"]),
]


@pytest.mark.parametrize(
    "text, etype",
    [
        ("The Chilean premier praised the Peruvian envoy and also looked forward to the two countries working "
         "together on fisheries.", "COOPERATE"),
        ("\u201cIt is vital that Chile and Peru work together to end the dispute,\u201d the Norwegian minister "
         "said.", "COOPERATE"),
        ("The Norwegian minister said it is important that Kenya release the Chilean sailors.", "RETREAT"),
        ("The Norwegian minister said that it is essential that Chile and Peru hold talks soon.", "CONSULT"),
    ],
)  # fmt: skip
def test_events_modality_wished_clauses_a_needed_or_awaited_act_is_not_done(text: str, etype: str) -> None:
    assert sides(coded(text, "en", KB), etype) == []


@pytest.mark.parametrize(
    "text, etype",
    [
        # the clause in the past or a perfect: the act is done, and weighed
        ("The Norwegian minister said it was important that Chile and Peru met last week.", "CONSULT"),
        ("The Norwegian minister said it is important that Kenya has released the Chilean sailors.", "RETREAT"),
        # the act told plainly
        ("The Norwegian minister said Chile and Peru worked closely together on the treaty.", "COOPERATE"),
        ("The Norwegian minister said Kenya released the Chilean sailors on Monday.", "RETREAT"),
    ],
)  # fmt: skip
def test_events_modality_wished_clauses_near_misses_stay_done(text: str, etype: str) -> None:
    assert sides(coded(text, "en", KB), etype)
