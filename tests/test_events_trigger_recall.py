"""Trigger recall on invented French and English sentences (issue 13): verbs and nouns the lexicon lacked, a
decision told in the news as the act, an event noun with sides of its own, measures listed after their
announcement. Invented people; real states (helpers of tests/test_events_real.py).
"""

from __future__ import annotations

import pytest

from test_events_real import realised, run

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    "lang, text, etype, sides",
    [
        ("fr", "Le Canada a réprimandé le Japon mardi.", "ACCUSE", ({"CAN"}, {"JPN"})),
        ("en", "China lambasted Russia on Monday.", "ACCUSE", ({"CHN"}, {"RUS"})),
        ("en", "Russian troops looted and torched villages in Ukraine.", "ASSAULT", ({"RUS"}, {"UKR"})),
        ("fr", "L'armée russe a exécuté douze civils en Ukraine.", "ASSAULT", ({"RUS"}, {"UKR"})),
        ("fr", "Le Canada a annoncé l'envoi d'armes à l'Ukraine.", "AID", ({"CAN"}, {"UKR"})),
        (
            "fr",
            "La France a décidé de suspendre les transactions avec le Burkina Faso.",
            "SANCTION",
            ({"FRA"}, {"BFA"}),
        ),
    ],
)
def test_events_trigger_recall_new_lexicon_entries(lang, text, etype, sides):
    assert sides in realised(run(text, lang), etype)


def test_events_trigger_recall_executing_a_plan_is_no_killing():
    assert not realised(run("Le Japon a exécuté son plan contre le Canada.", "fr"), "ASSAULT")


@pytest.mark.parametrize(
    "lang, text, kind",
    [
        ("fr", "La France a décidé de suspendre les transactions avec le Burkina Faso.", "SANCTION"),
        ("en", "China decided to expel six Canadian diplomats on Monday.", "COERCE"),
    ],
)
def test_events_trigger_recall_a_decision_is_the_act(lang, text, kind):
    assert [e for e in run(text, lang) if e["type"] == kind and e["modality"] is None and not e["negated"]]


@pytest.mark.parametrize(
    "lang, text, kind",
    [
        ("fr", "La France ne décidera pas de suspendre les transactions avec le Burkina Faso.", "SANCTION"),
        ("en", "China decided not to expel the Canadian diplomats.", "COERCE"),
    ],
)
def test_events_trigger_recall_a_decision_not_taken_is_no_act(lang, text, kind):
    assert not realised(run(text, lang), kind)


def test_events_trigger_recall_an_event_noun_with_its_own_sides_is_no_modifier():
    events = run("Gaza est le théâtre d'affrontements entre Israël et le Hamas.", "fr")
    assert [e for e in events if e["type"] == "ASSAULT" and {p["code"] for p in e["actors"]} >= {"ISR"}]
    assert not realised(run("Le Canada a commandé des avions de combat.", "fr"), "ASSAULT")


@pytest.mark.parametrize(
    "lang, text, sides",
    [
        (
            "fr",
            "Les dirigeants de la France se sont réunis lundi à Rennes. Ils ont entériné plusieurs décisions :\n\n"
            "- fermer les frontières avec l'Afghanistan ;\n\n- suspendre les transactions avec Kaboul.",
            ({"FRA"}, {"AFG"}),
        ),
        (
            "fr",
            "Le Japon a pris d'autres mesures contre le Canada. "
            "Il s'agit de la fermeture des frontières avec le Canada.",
            ({"JPN"}, {"CAN"}),
        ),
    ],
)
def test_events_trigger_recall_listed_measures_are_taken_by_the_last_actor_named(lang, text, sides):
    assert sides in realised(run(text, lang), "SANCTION")


def test_events_trigger_recall_a_measure_outside_a_list_gets_no_actor_from_the_last_sentence():
    text = "Le Japon a condamné le Canada. Les frontières avec le Canada ont été fermées."
    assert ({"JPN"}, {"CAN"}) not in realised(run(text, "fr"), "SANCTION")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Le Japon a apporté un soutien total à la France."),
        ("fr", "Le Japon a exprimé son soutien à la France."),
        ("en", "Japan expressed its full support for France."),
    ],
)
def test_events_trigger_recall_support_as_a_stance(lang, text):
    assert ({"JPN"}, {"FRA"}) in realised(run(text, lang), "SUPPORT")


def test_events_trigger_recall_support_named_without_a_stance_is_no_statement():
    # "le soutien de X à Y" without a possessive or an intensifier is often material: not coded SUPPORT
    text = "Les États-Unis s'inquiètent du soutien de la Chine à l'industrie de la Russie."
    assert not realised(run(text, "fr"), "SUPPORT")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "La France n'exclut pas une intervention militaire contre le Japon."),
        ("fr", "La France n'exclut pas une intervention militaire si le Japon ne libère pas les otages."),
        ("en", "France did not rule out military action against Japan."),
    ],
)
def test_events_trigger_recall_not_ruling_out_force_is_a_threat(lang, text):
    assert ({"FRA"}, {"JPN"}) in realised(run(text, lang), "THREATEN")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "La France exclut une intervention militaire contre le Japon."),
        ("en", "France ruled out military action against Japan."),
        ("en", "France did not rule out new talks with Japan."),  # not a use of force
    ],
)
def test_events_trigger_recall_ruling_out_force_is_no_threat(lang, text):
    assert not realised(run(text, lang), "THREATEN")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Le Japon a annoncé la suspension de ses contacts avec la Russie."),
        ("en", "Japan announced the suspension of all contacts with Russia."),
    ],
)
def test_events_trigger_recall_suspending_contacts_is_a_sanction(lang, text):
    assert ({"JPN"}, {"RUS"}) in realised(run(text, lang), "SANCTION")
    assert not realised(run(text, lang), "COERCE")


@pytest.mark.parametrize(
    "lang, text, etype, sides",
    [
        ("fr", "Les frappes menées par le Japon contre la Chine ont tué douze civils.", "ASSAULT", ({"JPN"}, {"CHN"})),
        ("fr", "Le Japon a condamné l'ultimatum fixé par la Russie à l'Ukraine.", "THREATEN", ({"RUS"}, {"UKR"})),
        ("en", "The strikes launched by Japan against China killed twelve civilians.", "ASSAULT", ({"JPN"}, {"CHN"})),
    ],
)
def test_events_trigger_recall_the_agent_of_a_participle_acts_the_event_noun(lang, text, etype, sides):
    assert sides in realised(run(text, lang), etype)
