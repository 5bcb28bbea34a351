"""Recall classes of real news on invented French and English sentences: crowd control by the police or troops of
the place, and the trigger vocabulary added class by class (see tests/test_events_real.py for the helpers).

Invented people; real states and organisations.
"""

from __future__ import annotations

import pytest

from test_events_real import realised, run

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


# ---------------------------------------------------------------- crowd control (crowd_control_types)


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("fr", "Les policiers ont ouvert le feu jeudi à Kampala.", "ASSAULT"),
        ("en", "Police fired tear gas in Kampala on Sunday.", "COERCE"),
    ],
)
def test_events_recall_police_without_a_target_act_on_the_people_of_the_place(lang, text, etype):
    assert ({"UGA"}, {"UGA"}) in realised(run(text, lang), etype)


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("en", "Canadian police fired tear gas in Kampala.", "COERCE"),  # a foreign police: not the home people
        ("fr", "Les policiers ont ouvert le feu jeudi.", "ASSAULT"),  # no place: nobody to act on
    ],
)
def test_events_recall_crowd_control_needs_the_home_police_and_a_place(lang, text, etype):
    assert not realised(run(text, lang), etype)


# ---------------------------------------------------------------- a joint act named by a noun alone


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "La Chine et le Japon ont signé un accord commercial. Les pourparlers avaient duré trois semaines."),
        ("en", "China and Japan signed a trade deal on Monday. The talks had lasted three weeks."),
    ],
)
def test_events_recall_talks_without_parties_are_those_of_the_last_joint_act(lang, text):
    assert ({"CHN", "JPN"}, {"CHN", "JPN"}) in realised(run(text, lang), "CONSULT")


@pytest.mark.parametrize(
    "lang, text",
    [
        # talks still to come
        ("fr", "La Chine et le Japon ont signé un accord commercial. De nouvelles discussions doivent reprendre."),
        # someone else named in the clause that holds the noun
        ("en", "China and Japan signed a trade deal on Monday. Canada took part in the talks."),
        ("fr", "La Chine et le Japon ont signé un accord commercial. Le Canada a participé aux discussions."),
    ],
)
def test_events_recall_talks_without_parties_need_a_realised_clause_of_their_own(lang, text):
    assert not realised(run(text, lang), "CONSULT")


# ---------------------------------------------------------------- stance vocabulary, memoranda, campaigns


@pytest.mark.parametrize(
    "lang, text, etype, actors, recipients",
    [
        ("en", "Canada stands with Ukraine.", "SUPPORT", {"CAN"}, {"UKR"}),
        ("en", "John Smith held China responsible for the attack.", "ACCUSE", {"USA"}, {"CHN"}),
        ("fr", "Pierre Dupont a tenu la Chine pour responsable de l'attaque.", "ACCUSE", {"FRA"}, {"CHN"}),
        ("en", "Japan and China signed eight memoranda of understanding.", "AGREE", {"JPN", "CHN"}, {"JPN", "CHN"}),
        ("fr", "Israël a lancé une campagne de bombardements contre le Hamas.", "ASSAULT", {"ISR"}, {"HAMAS"}),
        ("en", "Israel launched a campaign of airstrikes against Hamas.", "ASSAULT", {"ISR"}, {"HAMAS"}),
    ],
)
def test_events_recall_stance_and_campaign_vocabulary(lang, text, etype, actors, recipients):
    assert (actors, recipients) in realised(run(text, lang), etype)


def test_events_recall_holding_talks_is_no_accusation():
    assert not realised(run("Pierre Dupont a tenu des entretiens avec la Chine.", "fr"), "ACCUSE")


# ---------------------------------------------------------------- plural joint nouns ("the defence chiefs")


@pytest.mark.parametrize(
    "lang, text, etype, actors, recipients",
    [
        (
            "en",
            "Japan and China signed a trade deal on Monday. The defence chiefs then condemned Russia.",
            "ACCUSE",
            {"JPN", "CHN"},
            {"RUS"},
        ),
        (
            "fr",
            "La Chine et le Japon ont signé un accord commercial. Les ministres ont ensuite condamné la Russie.",
            "ACCUSE",
            {"CHN", "JPN"},
            {"RUS"},
        ),
    ],
)
def test_events_recall_plural_joint_noun_names_the_last_joint_sides(lang, text, etype, actors, recipients):
    assert (actors, recipients) in realised(run(text, lang), etype)


def test_events_recall_plural_joint_noun_with_a_nationality_is_that_state():
    text = "Japan and China signed a trade deal on Monday. The Canadian ministers condemned Russia."
    assert realised(run(text, "en"), "ACCUSE") == [({"CAN"}, {"RUS"})]


# ---------------------------------------------------------------- concessions at home (home_concessions)


@pytest.mark.parametrize(
    "lang, text, code",
    [
        ("fr", "Pierre Dupont a démissionné lundi.", "FRA"),
        ("en", "John Smith stepped down on Monday.", "USA"),
        ("fr", "Le gouvernement de l'Ouganda a gracié douze opposants à Kampala.", "UGA"),
    ],
)
def test_events_recall_resignation_or_pardon_falls_on_the_own_people(lang, text, code):
    assert ({code}, {code}) in realised(run(text, lang), "CONCEDE")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "La motion de la France demandait la démission de Pierre Dupont."),  # asked for, not done
        ("fr", "Le Canada a autorisé l'ouverture du poste-frontière."),  # no concession word: no home target
    ],
)
def test_events_recall_home_concession_needs_a_done_resignation_or_pardon(lang, text):
    assert not realised(run(text, lang), "CONCEDE")


def test_events_recall_gathering_of_troops_under_a_modifier_is_no_protest():
    # "de soldats" hung on the participle that qualifies the noun, not on the noun (trigger condition not=)
    text = "Le rassemblement non autorisé et imprévu de soldats de la Russie menace le Canada."
    assert not realised(run(text, "fr"), "PROTEST")


# ---------------------------------------------------------------- a ceasefire agreement is a concession


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("en", "The ceasefire agreement between Israel and Hamas took effect on Sunday.", "CONCEDE"),
        ("fr", "L'accord de cessez-le-feu entre Israël et le Hamas est entré en vigueur dimanche.", "CONCEDE"),
        ("en", "The trade agreement between Canada and China took effect on Sunday.", "AGREE"),
    ],
)
def test_events_recall_ceasefire_agreement_is_a_concession(lang, text, etype):
    events = run(text, lang)
    assert realised(events, etype) and not realised(events, "AGREE" if etype == "CONCEDE" else "CONCEDE")


# ---------------------------------------------------------------- adjuncts that hold no recipient


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "La Chine a réitéré son soutien à l'Ukraine face à la Russie."),
        ("en", "China reaffirmed its support for Ukraine amid its dispute with Russia."),
    ],
)
def test_events_recall_adversary_adjunct_is_no_recipient(lang, text):
    assert realised(run(text, lang), "SUPPORT") == [({"CHN"}, {"UKR"})]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Japan and China held talks on the sidelines of the European Union meeting."),
        ("fr", "La Chine et le Japon ont tenu des entretiens en marge de la réunion de l'Union européenne."),
    ],
)
def test_events_recall_occasion_of_a_meeting_is_no_party(lang, text):
    assert not any("EU" in r and a == {"CHN", "JPN"} for a, r in realised(run(text, lang), "CONSULT"))


# ---------------------------------------------------------------- trigger conditions read the right words


def test_events_recall_adjunct_before_the_verb_is_no_complement():
    # "On the eve ..., X called Y": no "call on", a phone call to a president
    events = run("On the eve of the summit, John Smith called Chinese President Li Wei.", "en")
    assert not realised(events, "REQUEST")
    assert ({"USA"}, {"CHN"}) in realised(events, "CONSULT")


def test_events_recall_date_complement_is_no_call_on():
    events = run("John Smith called Canadian Prime Minister Anne Roy on Monday.", "en")
    assert not realised(events, "REQUEST")
    assert realised(run("John Smith called on China on Monday to free the prisoners.", "en"), "REQUEST")
