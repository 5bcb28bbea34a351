"""Trigger entries real news needed (issue 13), class by class on invented French and English sentences: a plan or
charter signed, a meeting convened, a judgement of guilt (the attribute of the object), a gathering of protesters,
a ceasefire violated, a complaint withdrawn, ties ended, a spelling variant of an arrest verb; and the objects with
no event reading that the same verbs take. Invented people; real states (helpers of tests/test_events_real.py).
"""

from __future__ import annotations

import pytest

from test_events_real import realised, run

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    "lang, text, etype, sides",
    [
        ("fr", "Le Japon a signé la charte de l'Union européenne.", "AGREE", ({"JPN"}, {"EU"})),
        ("en", "Japan and China signed a roadmap on Monday.", "AGREE", ({"JPN", "CHN"}, {"JPN", "CHN"})),
        ("fr", "Le Canada a convoqué une réunion d'urgence du Conseil fédéral.", "CONSULT", ({"CAN"}, {"CHE"})),
        ("fr", "La France a jugé la Russie coupable du sabotage.", "ACCUSE", ({"FRA"}, {"RUS"})),
        (
            "fr",
            "Jugeant la Chine « coupable » du sabotage, Pierre Dupont a annoncé des sanctions.",
            "ACCUSE",
            ({"FRA"}, {"CHN"}),
        ),
        ("fr", "Les forces de la Russie ont violé la trêve en Ukraine.", "ASSAULT", ({"RUS"}, {"UKR"})),
        ("en", "Russia violated the truce with Ukraine.", "ASSAULT", ({"RUS"}, {"UKR"})),
        (
            "fr",
            "Les forces de la Russie ont commis plusieurs violations du cessez-le-feu en Ukraine.",
            "ASSAULT",
            ({"RUS"}, {"UKR"}),
        ),
        ("fr", "Le Japon a abandonné sa plainte contre la Chine.", "CONCEDE", ({"JPN"}, {"CHN"})),
        ("fr", "La Chine a suspendu ses poursuites contre le Japon.", "CONCEDE", ({"CHN"}, {"JPN"})),
        ("en", "Canada withdrew its complaint against China.", "CONCEDE", ({"CAN"}, {"CHN"})),
        ("en", "China dropped its objections to the plan of Japan.", "CONCEDE", ({"CHN"}, {"JPN"})),
        ("fr", "La police a interpelé trois militants à Kampala.", "COERCE", ({"UGA"}, {"UGA"})),
        ("fr", "Le Japon a mis fin à sa coopération militaire avec la Chine.", "SANCTION", ({"JPN"}, {"CHN"})),
        ("fr", "Le Japon a mis un terme à ses relations avec la Chine.", "SANCTION", ({"JPN"}, {"CHN"})),
        ("en", "Japan ended its military ties with China.", "SANCTION", ({"JPN"}, {"CHN"})),
    ],
)
def test_events_trigger_entries_code_the_act(lang, text, etype, sides):
    assert sides in realised(run(text, lang), etype)


@pytest.mark.parametrize(
    "text",
    [
        "Des centaines de grévistes se sont rassemblées devant la mairie de Rennes.",
        "Plus de 2000 manifestants étaient rassemblés à Rennes mardi.",
    ],
)
def test_events_trigger_entries_protesters_gathered(text):
    assert realised(run(text, "fr"), "PROTEST")


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("fr", "Le Japon a signé le livre d'or de la France.", "AGREE"),
        ("en", "Japan signed the guest book of China.", "AGREE"),
        ("fr", "La France a jugé le plan de la Chine excellent.", "ACCUSE"),  # an attribute with no blame
        ("fr", "La France a jugé la Russie sévèrement.", "ACCUSE"),
        ("fr", "La Russie a violé la loi de l'Ukraine.", "ASSAULT"),  # a law, no ceasefire
        ("en", "Russia violated the rights of Ukraine.", "ASSAULT"),
        ("fr", "Le Japon a retiré ses fonds de la Chine.", "CONCEDE"),
        ("fr", "Le Japon a abandonné son projet en Chine.", "CONCEDE"),
        ("en", "Canada dropped its tariffs on China.", "CONCEDE"),  # a sanction lifted is not this entry
        ("fr", "Le Japon a mis fin à la guerre avec la Chine.", "SANCTION"),  # an end of war is no sanction
        ("en", "China and Japan ended the war.", "SANCTION"),
    ],
)
def test_events_trigger_entries_other_objects_code_no_such_act(lang, text, etype):
    assert not realised(run(text, lang), etype)
