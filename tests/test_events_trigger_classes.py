"""Trigger classes of real news the lexicon lacked (issue 13), each on invented French and English sentences:
a predicate with a copula read as its clause's verb, a negated stance verb (a refusal or warning stated now),
forces named as the subject of an arrival, a noun read only under the verb that does it, a halt of exchanges,
a dismissal, a crowd's acts (gathering, moving in, throwing stones), a judgement in reported speech. Invented
people; real states (helpers of tests/test_events_real.py and tests/test_events.py).
"""

from __future__ import annotations

import pytest

from test_events import PUBLISHED, quote
from test_events import run as run_quoted
from test_events_real import realised, run
from veille.analysis.context import context_of
from veille.analysis.events.frame import new_frame
from veille.analysis.events.triggers import match_trigger
from veille.analysis.nlp import parse

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


# ---------------------------------------------------------------- a predicate with a copula ("pred" rows)


@pytest.mark.parametrize(
    "text, sides",
    [
        ("La France est solidaire de l'Ukraine.", ({"FRA"}, {"UKR"})),
        ("Le Canada est pleinement solidaire du Japon.", ({"CAN"}, {"JPN"})),
        ("Nous sommes aux côtés de Taïwan, a assuré Pierre Dupont.", ({"FRA"}, {"TWN"})),
    ],
)
def test_events_trigger_classes_a_predicate_with_a_copula_is_the_act(text, sides):
    assert sides in realised(run(text, "fr"), "SUPPORT")


@pytest.mark.parametrize(
    "text",
    [
        "La France est fière de l'Ukraine.",  # an adjective that is no stance of the lexicon
        "Le Japon a un bureau aux côtés de l'ambassade de France.",  # no copula: a place
    ],
)
def test_events_trigger_classes_a_predicate_needs_its_lexicon_entry_and_copula(text):
    assert not realised(run(text, "fr"), "SUPPORT")


# ---------------------------------------------------------------- a negated stance verb ("neg" rows)


@pytest.mark.parametrize(
    "lang, text, etype, sides",
    [
        ("fr", "Le Japon n'acceptera pas le plan de la Chine.", "REJECT", ({"JPN"}, {"CHN"})),
        ("en", "The United States won't accept the plan of China.", "REJECT", ({"USA"}, {"CHN"})),
        ("fr", "Le Japon n'a pas reconnu la victoire de Pierre Dupont.", "REJECT", ({"JPN"}, {"FRA"})),
        ("en", "Japan did not recognize the victory of John Smith.", "REJECT", ({"JPN"}, {"USA"})),
        ("fr", "La France ne tolérera pas les provocations de la Russie.", "THREATEN", ({"FRA"}, {"RUS"})),
        ("en", "The United States will not tolerate the provocations of China.", "THREATEN", ({"USA"}, {"CHN"})),
    ],
)
def test_events_trigger_classes_a_negated_stance_is_stated_now(lang, text, etype, sides):
    assert sides in realised(run(text, lang), etype)


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("fr", "Le Japon a accepté le plan de la Chine.", "REJECT"),
        ("en", "Japan accepted the plan of China.", "REJECT"),
        ("fr", "La Chine reconnaît la victoire de Pierre Dupont.", "REJECT"),
        ("en", "The United States tolerated the provocations of China.", "THREATEN"),
    ],
)
def test_events_trigger_classes_an_affirmed_stance_is_no_refusal(lang, text, etype):
    assert not realised(run(text, lang), etype)


# ---------------------------------------------------------------- forces as the subject of an arrival ("subj=")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Des soldats canadiens sont arrivés en Ukraine mardi."),
        ("fr", "Des centaines de soldats canadiens ont débarqué en Ukraine."),
        ("en", "Canadian troops arrived in Ukraine on Tuesday."),
        ("en", "Hundreds of Canadian troops landed in Ukraine."),
    ],
)
def test_events_trigger_classes_forces_arriving_are_mobilised(lang, text):
    assert any(actors == {"CAN"} for actors, _ in realised(run(text, lang), "MOBILIZE"))


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Des journalistes canadiens sont arrivés en Ukraine mardi."),
        ("en", "Canadian journalists arrived in Ukraine on Tuesday."),
    ],
)
def test_events_trigger_classes_an_arrival_of_civilians_is_no_mobilisation(lang, text):
    assert not realised(run(text, lang), "MOBILIZE")


# ---------------------------------------------------------------- a noun under the verb that does it ("head=")


@pytest.mark.parametrize(
    "lang, text, actors",
    [
        ("fr", "Le Japon a renforcé sa coopération avec la Chine.", {"JPN"}),
        ("en", "Japan strengthened its cooperation with China.", {"JPN"}),
        ("fr", "Le Japon et la Chine ont mené une opération conjointe contre les talibans.", {"JPN", "CHN"}),
        ("en", "Japan and China carried out a joint operation against the Taliban.", {"JPN", "CHN"}),
    ],
)
def test_events_trigger_classes_cooperation_done(lang, text, actors):
    assert any(a == actors for a, _ in realised(run(text, lang), "COOPERATE"))


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Le Japon a appelé à la coopération avec la Chine."),
        ("en", "Japan called for cooperation with China."),
        ("fr", "Le Japon a mené une opération militaire contre les talibans."),
        ("en", "Japan carried out a military operation against the Taliban."),
    ],
)
def test_events_trigger_classes_cooperation_named_is_not_done(lang, text):
    assert not realised(run(text, lang), "COOPERATE")


# ---------------------------------------------------------------- a halt of exchanges; a dismissal


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "La Chine a annoncé l'arrêt de tous les échanges avec le Japon."),
        ("en", "China announced a halt of all trade with Japan."),
    ],
)
def test_events_trigger_classes_a_halt_of_exchanges_is_a_sanction(lang, text):
    assert ({"CHN"}, {"JPN"}) in realised(run(text, lang), "SANCTION")


def test_events_trigger_classes_a_halt_of_fighting_is_no_sanction():
    assert not realised(run("La Chine a annoncé l'arrêt des combats contre le Japon.", "fr"), "SANCTION")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "L'Ukraine a balayé la proposition de la Russie."),
        ("en", "Ukraine brushed aside the proposal of Russia."),
    ],
)
def test_events_trigger_classes_a_dismissal_is_a_rejection(lang, text):
    assert ({"UKR"}, {"RUS"}) in realised(run(text, lang), "REJECT")


def test_events_trigger_classes_sweeping_is_no_dismissal():
    assert not realised(run("Les soldats ont balayé les rues de Kaboul.", "fr"), "REJECT")


# ---------------------------------------------------------------- taking part in drills


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Des soldats canadiens ont participé à un exercice en Ukraine."),
        ("en", "Canadian troops took part in exercises in Ukraine."),
        ("en", "Canadian soldiers joined the drills in Ukraine."),
    ],
)
def test_events_trigger_classes_taking_part_in_drills_is_a_mobilisation(lang, text):
    assert any(a == {"CAN"} for a, _ in realised(run(text, lang), "MOBILIZE"))


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Le Japon a participé à la guerre contre la Chine."),
        ("en", "Japan took part in the vote."),
    ],
)
def test_events_trigger_classes_taking_part_in_something_else_is_no_mobilisation(lang, text):
    assert not realised(run(text, lang), "MOBILIZE")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Des soldats canadiens s'entraînent en Ukraine."),
        ("en", "Canadian troops are training in Ukraine."),
    ],
)
def test_events_trigger_classes_forces_training_are_mobilised(lang, text):
    assert any(a == {"CAN"} for a, _ in realised(run(text, lang), "MOBILIZE"))


def test_events_trigger_classes_training_foreign_soldiers_stays_aid():
    events = run("Canadian troops trained Ukrainian soldiers in Poland.", "en")
    assert not realised(events, "MOBILIZE")


# ---------------------------------------------------------------- a crowd's act: gathering, boycotting, clashing


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Des manifestants se sont réunis devant l'Assemblée à Kaboul."),
        ("en", "Hundreds of protesters gathered in Kampala."),
        ("en", "In Kampala, the march drew thousands of people."),
        ("fr", "Des affrontements entre manifestants et policiers ont éclaté à Kaboul."),
        ("en", "Clashes between protesters and police broke out in Kampala."),
    ],
)
def test_events_trigger_classes_a_crowd_gathering_or_clashing_protests(lang, text):
    events = run(text, lang)
    assert realised(events, "PROTEST")
    assert not realised(events, "CONSULT") and not realised(events, "ASSAULT")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Des centaines de manifestants ont pénétré dans le Parlement à Kaboul."),
        ("en", "Hundreds of protesters reached the parliament building in Kampala."),
        ("fr", "Des manifestants jetaient des pierres sur les policiers à Kaboul."),
        ("en", "Protesters threw stones at the police in Kampala."),
    ],
)
def test_events_trigger_classes_a_crowd_moving_in_or_throwing_stones_protests(lang, text):
    assert realised(run(text, lang), "PROTEST")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Le Japon a atteint un accord avec la Chine."),  # no crowd: the verb is no protest
        ("en", "The talks between China and Japan reached a deadlock."),
        ("fr", "La France a lancé des frappes contre la Syrie."),  # no stones: the verb keeps its other readings
    ],
)
def test_events_trigger_classes_a_movement_without_a_crowd_is_no_protest(lang, text):
    assert not realised(run(text, lang), "PROTEST")


def test_events_trigger_classes_ministers_meeting_still_consult():
    events = run("Les ministres de la France et du Japon se sont réunis à Tokyo.", "fr")
    assert realised(events, "CONSULT") and not realised(events, "PROTEST")


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("fr", "La France a boycotté le référendum organisé par la Russie en Crimée.", "PROTEST"),
        ("en", "France boycotted the referendum held by Russia in Crimea.", "PROTEST"),
        ("fr", "La France a boycotté les produits de la Chine.", "SANCTION"),
    ],
)
def test_events_trigger_classes_boycotting_a_vote_is_a_protest(lang, text, etype):
    events = run(text, lang)
    assert realised(events, etype)
    assert not realised(events, "SANCTION" if etype == "PROTEST" else "PROTEST")


# ---------------------------------------------------------------- a judgement of legitimacy; speaking highly


@pytest.mark.parametrize(
    "lang, text, etype, sides",
    [
        ("fr", "Le Japon a jugé illégal le référendum de la Russie.", "REJECT", ({"JPN"}, {"RUS"})),
        ("en", "John Smith spoke highly of Japan.", "SUPPORT", ({"USA"}, {"JPN"})),
    ],
)
def test_events_trigger_classes_judging_and_praising(lang, text, etype, sides):
    assert sides in realised(run(text, lang), etype)


# ---------------------------------------------------------------- a judgement in reported speech


@pytest.mark.parametrize(
    "lang, text, words, speaker, judged",
    [
        (
            "fr",
            "« Le comportement de la Russie est inadmissible », a déclaré Pierre Dupont.",
            "Le comportement de la Russie est inadmissible",
            "dupont",
            "RUS",
        ),
        ("fr", "Pierre Dupont a estimé que la Russie était un obstacle à la paix.", "", "", "RUS"),
        ("fr", "Pierre Dupont a dit que l'ingérence de la Chine était inacceptable.", "", "", "CHN"),
        ("en", "John Smith said the drills of Russia were reckless.", "", "", "RUS"),
    ],
)
def test_events_trigger_classes_a_judgement_in_reported_speech_accuses(lang, text, words, speaker, judged):
    quotes = [quote(text, words, [speaker])] if words else []
    events = run_quoted(text, lang, quotes=quotes)
    assert any(judged in {p["code"] for p in e["recipients"]} for e in events if e["type"] == "ACCUSE")


def test_events_trigger_classes_a_neutral_predicate_in_reported_speech_is_no_judgement():
    events = run_quoted("Pierre Dupont a dit que la visite de Claire Moreau était importante.", "fr")
    assert not [e for e in events if e["type"] == "ACCUSE"]


# ---------------------------------------------------------------- a verbal attack ("mod=")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Pierre Dupont a vivement attaqué le gouvernement du Japon."),
        ("en", "John Smith sharply attacked the government of Japan."),
    ],
)
def test_events_trigger_classes_a_sharp_attack_on_a_government_is_an_accusation(lang, text):
    events = run_quoted(text, lang)
    assert [e for e in events if e["type"] == "ACCUSE" and {p["code"] for p in e["recipients"]} == {"JPN"}]
    assert not [e for e in events if e["type"] == "ASSAULT"]


@pytest.mark.parametrize(
    "lang, text", [("fr", "La Russie a attaqué l'Ukraine mardi."), ("en", "Russia attacked Ukraine.")]
)
def test_events_trigger_classes_an_attack_without_a_verbal_adverb_stays_an_assault(lang, text):
    assert ({"RUS"}, {"UKR"}) in realised(run(text, lang), "ASSAULT")


@pytest.mark.parametrize(
    "lang, text, word, etype",
    [
        ("fr", "Un avion transportant 400 policiers canadiens a atterri en Ukraine mardi.", "atterri", "MOBILIZE"),
        ("en", "A plane carrying 400 Canadian troops landed in Ukraine on Tuesday.", "landed", "MOBILIZE"),
        ("fr", "Un avion transportant des journalistes canadiens a atterri en Ukraine.", "atterri", None),
    ],
)
def test_events_trigger_classes_a_vehicle_carrying_forces_is_their_arrival(lang, text, word, etype):
    # the trigger reading only: who the carried forces act for is the sides' business
    doc = parse(text, lang)
    f = new_frame(context_of(doc, lang, PUBLISHED, None), [], [], lang=lang, published=PUBLISHED, source="body")
    hit = match_trigger(f, next(t for t in doc if t.text == word))
    assert (hit[0].type if hit else None) == etype


# ---------------------------------------------------------------- a participle qualifying its object


def test_events_trigger_classes_a_participle_qualifying_its_object_meets_the_object_condition():
    events = run("The weapons sent by Canada to Ukraine arrived on Tuesday.", "en")
    assert ({"CAN"}, {"UKR"}) in realised(events, "AID")


def test_events_trigger_classes_a_participle_qualifying_another_noun_is_no_aid():
    assert not realised(run("The letter sent by Canada to Ukraine arrived on Tuesday.", "en"), "AID")


# ---------------------------------------------------------------- an alert ordered; a campaign suspended


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Russia ordered its nuclear forces onto high alert."),
        ("en", "Russia put its nuclear forces on high alert."),
        ("fr", "La Russie a mis ses forces nucléaires en alerte."),
    ],
)
def test_events_trigger_classes_forces_put_on_alert_are_mobilised(lang, text):
    assert any(a == {"RUS"} for a, _ in realised(run(text, lang), "MOBILIZE"))


def test_events_trigger_classes_an_order_to_leave_stays_an_expulsion():
    events = run("Japan ordered six Chinese diplomats to leave.", "en")
    assert ({"JPN"}, {"CHN"}) in realised(events, "COERCE") and not realised(events, "MOBILIZE")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The police of Uganda suspended a mobilization campaign of the opposition."),
        ("fr", "Les autorités de l'Ouganda ont suspendu la campagne de l'opposition à Kampala."),
    ],
)
def test_events_trigger_classes_suspending_a_campaign_is_coercion(lang, text):
    events = run(text, lang)
    assert realised(events, "COERCE") and not realised(events, "SANCTION")


# ---------------------------------------------------------------- a particle or an object that makes a verb another act


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("en", "The United States backed away from its threats against China.", "SUPPORT"),
        ("en", "The Chinese ministry released a statement on Japan.", "RETREAT"),
        ("en", "The Russian army pressed on with its offensive against Ukraine.", "REQUEST"),
        ("en", "Japan rallied behind the United States.", "PROTEST"),
    ],
)
def test_events_trigger_classes_a_particle_or_object_rules_out_a_reading(lang, text, etype):
    assert not realised(run(text, lang), etype)


@pytest.mark.parametrize(
    "lang, text, etype, sides",
    [
        ("en", "Japan rallied behind the United States.", "SUPPORT", ({"JPN"}, {"USA"})),
        ("en", "The European Union released funds for Ukraine.", "AID", ({"EU"}, {"UKR"})),
        ("fr", "L'Union européenne a libéré une nouvelle tranche d'aide pour l'Ukraine.", "AID", ({"EU"}, {"UKR"})),
        ("en", "The United States backed Japan in its dispute with China.", "SUPPORT", ({"USA"}, {"JPN"})),
        ("en", "Hamas released three Israeli hostages.", "RETREAT", ({"HAMAS"}, {"ISR"})),
        ("fr", "Le Hamas a libéré trois otages israéliens.", "RETREAT", ({"HAMAS"}, {"ISR"})),
    ],
)
def test_events_trigger_classes_a_particle_or_object_gives_the_act(lang, text, etype, sides):
    assert sides in realised(run(text, lang), etype)


# ---------------------------------------------------------------- receiving a thing is no hosting


@pytest.mark.parametrize(
    "text, word, etype",
    [
        ("Le Japon a étudié les propositions qu'il a reçues du président américain.", "reçues", None),
        ("Le Japon a reçu une lettre du président américain.", "reçu", None),
        ("Le Japon a reçu le président de la Chine à Tokyo.", "reçu", "CONSULT"),
    ],
)
def test_events_trigger_classes_receiving_a_thing_is_no_hosting(text, word, etype):
    # the trigger reading only: a thing received, as the object or the noun a relative clause qualifies
    doc = parse(text, "fr")
    f = new_frame(context_of(doc, "fr", PUBLISHED, None), [], [], lang="fr", published=PUBLISHED, source="body")
    hit = match_trigger(f, next(t for t in doc if t.text == word))
    assert (hit[0].type if hit else None) == etype
