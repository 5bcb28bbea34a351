"""French event nouns told as possible or wanted by the words around them, not as done (issue 13, stop 50 helper
evpfr50, event precision): the genitive of a noun of threat or risk (« la menace d'une attaque », « le risque
d'une guerre »: lang/fr/modality.json ``condition_nouns``) is hypothetical; the purpose of the locution « en vue
de » (« des pourparlers en vue de la signature d'un accord »: ``purpose_locutions``) is intended; the subject of a
nominal or adjectival predicate whose copula is in the conditional (« une invasion serait une erreur »:
``modality._conditional_predicate``) is hypothetical; a meeting named « lors de » shares the future or the
condition of the clause it dates (``landmarks_passed``). Near misses: the same predicate in the indicative, the
act with no threat noun above it, « à la vue de », a done act beside a « en vue de » purpose, « lors de » under a
past clause. Invented sentences; real states (helpers of tests/test_events_real.py)."""

from __future__ import annotations

import pytest

from test_events_real import flags

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    "text, etype",
    [
        ("Le ministre a jugé sérieuse la menace d'une invasion russe de l'Ukraine.", "ASSAULT"),
        ("Selon Kiev, la menace d'une attaque russe contre l'Ukraine reste élevée.", "ASSAULT"),
        ("Le Maroc a rompu jeudi les pourparlers en vue de la signature de l'accord de pêche entre le Maroc et "
         "l'Union européenne.", "AGREE"),
        ("La Chine et le Canada ont engagé des pourparlers en vue d'un accord de paix.", "AGREE"),
        ("Le président russe a estimé qu'une invasion de l'Ukraine serait une erreur.", "ASSAULT"),
        ("Pour le Japon, une trêve entre la Chine et Taïwan serait une victoire.", "CONCEDE"),
        # « lors de »: the meeting shares the future or the condition of the clause it dates
        ("Les deux ministres vont discuter lors d'une rencontre entre la France et le Canada à Bruxelles.", "CONSULT"),
        ("Le Japon pourrait condamner la Chine lors d'une rencontre entre la France et le Canada.", "CONSULT"),
    ],
)  # fmt: skip
def test_events_modality_weighed_nouns_a_threatened_wanted_or_weighed_act_is_not_done(text, etype):
    found = flags(text, "fr", etype)
    assert found and (False, None) not in found


@pytest.mark.parametrize(
    "text, etype",
    [
        # the predicate in the indicative: the act is told as done
        ("Le président russe a estimé que l'invasion de l'Ukraine était une erreur.", "ASSAULT"),
        # the act itself, with no noun of threat above it
        ("Le ministre a affirmé que l'invasion russe de l'Ukraine était réelle.", "ASSAULT"),
        # « lors de » under a past clause: done
        ("Les deux ministres ont discuté lors d'une rencontre entre la France et le Canada à Bruxelles.", "CONSULT"),
        # « à la vue de » is no purpose
        ("Le Japon a salué à la vue de la signature de l'accord entre la Chine et le Canada.", "AGREE"),
        # the act beside the purpose is done
        ("La Chine a attaqué le Japon lundi en vue de prendre le contrôle des îles.", "ASSAULT"),
    ],
)
def test_events_modality_weighed_nouns_near_misses_stay_done(text, etype):
    assert (False, None) in flags(text, "fr", etype)
