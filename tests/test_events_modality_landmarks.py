"""Acts told relative to another (issue 13, modality): an event noun named as a time landmark ("ahead of the
summit", "à la veille de la rencontre") is still to come; one after "after"/"après" is in the mood of the clause it
dates ("will meet after the summit"); the content clause of a noun of demand is wanted ("our demand that China
release them"); a gerund adjunct of an intended act is intended ("plans to play a role in helping Ukraine").
Near misses: the landmark of a past-perfect clause or after "after" in a past clause is done; the content of a noun
that states a fact is done; a gerund under a done act is done.
Invented sentences; real states (helpers of tests/test_events_real.py).
"""

from __future__ import annotations

import pytest

from test_events_real import flags

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("en", "Japan condemned Russia a week before the summit between China and Canada.", "CONSULT"),
        ("en", "Ahead of talks between China and Japan, Russia sent an envoy to Tokyo.", "CONSULT"),
        ("en", "Prior to the meeting between China and Japan, Canada announced new aid to Ukraine.", "CONSULT"),
        ("en", "On the eve of the visit of John Smith to Japan, Canada criticised China.", "CONSULT"),
        (
            "en",
            "The arrest of the activist only days before the summit between China and Japan is shameful.",
            "CONSULT",
        ),
        ("fr", "À la veille de la rencontre entre la Chine et le Japon, le Canada a critiqué la Russie.", "CONSULT"),
        ("fr", "Quelques heures avant sa visite au Japon, Pierre Dupont a critiqué la Chine.", "CONSULT"),
        ("fr", "En amont du sommet entre la Chine et le Japon, le Canada a envoyé un émissaire à Tokyo.", "CONSULT"),
        ("fr", "La Chine et le Canada vont se rencontrer après le sommet entre le Japon et la France.", "CONSULT"),
    ],
)
def test_events_modality_landmarks_an_act_named_as_a_time_to_come_is_not_done(lang, text, etype):
    found = flags(text, lang, etype)
    assert found and (False, None) not in found


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("en", "After the summit between China and Japan, Canada condemned Russia.", "CONSULT"),
        ("en", "Following talks between China and Japan, Canada welcomed the outcome.", "CONSULT"),
        ("en", "Russia had massed troops on the border before its invasion of Ukraine.", "ASSAULT"),
        ("fr", "Après la rencontre entre la Chine et le Japon, le Canada a salué l'accord.", "CONSULT"),
        ("fr", "La Russie avait massé des troupes avant son invasion de l'Ukraine.", "ASSAULT"),
    ],
)
def test_events_modality_landmarks_a_landmark_already_passed_is_done(lang, text, etype):
    assert (False, None) in flags(text, lang, etype)


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("en", "Canada repeated its demand that China release the detained Canadian citizens.", "RETREAT"),
        ("fr", "Le Canada a réitéré sa demande que la Chine libère les ressortissants canadiens.", "RETREAT"),
        ("fr", "Le Japon a soutenu l'exigence que la Russie se retire de l'Ukraine.", "RETREAT"),
    ],
)
def test_events_modality_landmarks_the_content_of_a_demand_is_wanted(lang, text, etype):
    found = flags(text, lang, etype)
    assert found and (False, None) not in found


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("en", "Japan welcomed the news that China released the Canadian citizens.", "RETREAT"),
        ("en", "Canada said that China released the detained Canadian citizens.", "RETREAT"),
    ],
)
def test_events_modality_landmarks_the_content_of_a_fact_is_done(lang, text, etype):
    assert (False, None) in flags(text, lang, etype)


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("en", "Russia plans to play a role in helping Ukraine rebuild its ports.", "AID"),
        ("en", "China tried to help Ukraine by sending troops to Kyiv.", "MOBILIZE"),
        ("fr", "La Chine entend jouer un rôle en aidant l'Ukraine.", "AID"),
        ("fr", "La Chine compte soutenir le Japon en envoyant des troupes à Tokyo.", "MOBILIZE"),
    ],
)
def test_events_modality_landmarks_a_gerund_under_an_intended_act_is_intended(lang, text, etype):
    found = flags(text, lang, etype)
    assert found and (False, None) not in found


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("en", "China helped Ukraine by sending troops to Kyiv.", "MOBILIZE"),
        ("fr", "La Chine a soutenu le Japon en envoyant des troupes à Tokyo.", "MOBILIZE"),
        ("fr", "La Chine a joué un rôle en aidant l'Ukraine.", "AID"),
    ],
)
def test_events_modality_landmarks_a_gerund_under_a_done_act_is_done(lang, text, etype):
    assert (False, None) in flags(text, lang, etype)


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        # a noun that is the subject of the clause a landmark opens is no landmark
        ("en", "Canada asked to enter NATO after the Russian invasion of Ukraine alarmed its allies.", "ASSAULT"),
    ],
)
def test_events_modality_landmarks_a_past_act_beside_a_landmark_is_done(lang, text, etype):
    assert (False, None) in flags(text, lang, etype)
