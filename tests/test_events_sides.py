"""Sides the text names without a name: a noun for an armed group ("the rebels", "les rebelles") is the one such
group the text names; a person given a role but no state acts for the state of the wire dateline; a rejection
with no one named is aimed at the story's other side. Invented
sentences and people, French and English; real states and groups."""

from __future__ import annotations

import pytest

from test_events import coded, entities_for, sides
from veille.analysis.events import code_events
from veille.analysis.nlp import parse

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    (
        "drc",
        "Democratic Republic of the Congo",
        "GPE",
        "COD",
        None,
        "GOV",
        ["RDC", "Congo", "congolaise", "congolais", "Congolese"],
    ),
    ("m23", "M23", "ORG", "M23", None, "REB", ["M23"]),
    ("ecowas", "ECOWAS", "ORG", "ECOWAS", None, "IGO", ["CEDEAO", "ECOWAS"]),
    ("mali", "Mali", "GPE", "MLI", None, "GOV", ["Mali"]),
    ("adf", "ADF", "ORG", "ADF", None, "REB", ["ADF"]),
    ("china", "China", "GPE", "CHN", None, "GOV", ["Chine", "China"]),
    ("ottawa", "Ottawa", "GPE", "CAN", None, None, ["Ottawa", "OTTAWA"]),
    ("canada", "Canada", "GPE", "CAN", None, "GOV", ["Canada"]),
    ("israel", "Israel", "GPE", "ISR", None, "GOV", ["Israël", "Israel", "israéliens", "Israeli"]),
    ("hamas", "Hamas", "ORG", "HAMAS", None, "REB", ["Hamas"]),
    ("lenoir", "Marie Lenoir", "PERSON", None, None, "GOV", ["Marie Lenoir", "Lenoir"]),
]


def run(text: str, lang: str) -> list[dict]:
    return coded(text, lang, KB)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Le M23 contrôle des villes de l'est de la RDC. Lundi, les rebelles ont attaqué l'armée congolaise."),
        ("en", "The M23 holds several towns in eastern Congo. On Monday the rebels attacked the Congolese army."),
    ],
)
def test_events_sides_rebels_are_the_one_group_named(lang: str, text: str) -> None:
    assert ({"M23"}, {"COD"}) in sides(run(text, lang), "ASSAULT")


@pytest.mark.parametrize(
    "lang,text",
    [
        (
            "fr",
            "Le M23 et les ADF sont actifs dans l'est de la RDC. Lundi, les rebelles ont attaqué l'armée congolaise.",
        ),
        ("en", "The M23 and the ADF are active in eastern Congo. On Monday the rebels attacked the Congolese army."),
    ],
)
def test_events_sides_rebels_of_two_groups_name_none(lang: str, text: str) -> None:
    assert not [a for a, _ in sides(run(text, lang), "ASSAULT") if a & {"M23", "ADF"}]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Le M23 a pris une ville de RDC. Le gouvernement congolais et les rebelles ont tenu des pourparlers."),
        ("en", "The M23 took a town in Congo. The Congolese government and the rebels held talks on Monday."),
    ],
)
def test_events_sides_government_and_rebels_meet(lang: str, text: str) -> None:
    assert any({"COD", "M23"} <= a | r for a, r in sides(run(text, lang), "CONSULT"))


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "OTTAWA, 8 avril (AFP) - Mardi, la ministre Marie Lenoir a condamné la Chine."),
        ("en", "OTTAWA (AP) - Minister Marie Lenoir condemned China on Tuesday."),
    ],
)
def test_events_sides_person_without_state_acts_for_the_dateline_state(lang: str, text: str) -> None:
    assert ({"CAN"}, {"CHN"}) in sides(run(text, lang), "ACCUSE")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Le Canada s'inquiète. Mardi, la ministre Marie Lenoir a condamné la Chine."),
        ("en", "Canada is worried. Minister Marie Lenoir condemned China on Tuesday."),
    ],
)
def test_events_sides_person_without_state_or_dateline_acts_for_no_state(lang: str, text: str) -> None:
    assert not sides(run(text, lang), "ACCUSE")  # the state a text names first is often the other side


@pytest.mark.parametrize(
    "lang,text",
    [
        (
            "fr",
            "Israël veut un accord rapide, selon des responsables israéliens. Israël exige des garanties. "
            "Le Hamas a rejeté ces accusations.",
        ),
        (
            "en",
            "Israel wants a quick deal, Israeli officials said. Israel demands guarantees. "
            "Hamas has denied the allegations.",
        ),
    ],
)
def test_events_sides_rejection_aims_at_the_other_side(lang: str, text: str) -> None:
    assert ({"HAMAS"}, {"ISR"}) in sides(run(text, lang), "REJECT")


@pytest.mark.parametrize(
    "lang,text", [("fr", "Le Hamas a rejeté le désarmement."), ("en", "Hamas has rejected disarmament.")]
)
def test_events_sides_rejection_with_no_other_side_is_no_event(lang: str, text: str) -> None:
    assert not sides(run(text, lang), "REJECT")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Israël veut un accord. Israël exige des garanties. Le Hamas a rejeté les tentatives de médiation."),
        ("en", "Israel wants a deal. Israel demands guarantees. Hamas has rejected the mediation attempts."),
    ],
)
def test_events_sides_rejection_of_a_thing_names_no_other_side(lang: str, text: str) -> None:
    assert not sides(run(text, lang), "REJECT")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Israël veut un accord. Israël exige des garanties. Le Hamas a rejeté l'idée d'un désarmement."),
        ("fr", "Israël veut un accord. Israël exige des garanties. Le Hamas a contesté la portée de ces exigences."),
        ("en", "Israel wants a deal. Israel demands guarantees. Hamas has rejected any talk of disarmament."),
        ("en", "Israel wants a deal. Israel demands guarantees. On Sunday Hamas rejected the idea of a buffer zone."),
    ],
)
def test_events_sides_rejection_of_an_idea_aims_at_the_other_side(lang: str, text: str) -> None:
    # an idea, a demand, a scope: a thing naming no party answers the side that puts it forward
    assert ({"HAMAS"}, {"ISR"}) in sides(run(text, lang), "REJECT")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Israël veut un accord. Israël exige des garanties. Le Hamas a rejeté le verdict."),
        ("fr", "Israël veut un accord. Israël exige des garanties. Le Hamas conteste les résultats du scrutin."),
        ("en", "Israel wants a deal. Israel demands guarantees. Hamas has rejected the ruling."),
        ("en", "Israel wants a deal. Israel demands guarantees. Hamas rejected the election results on Sunday."),
        # negated or questioned: no rejection told as done
        ("fr", "Israël veut un accord. Israël exige des garanties. Le Hamas n'a pas rejeté l'idée d'un désarmement."),
        ("en", "Israel wants a deal. Israel demands guarantees. Hamas has not rejected the idea of disarmament."),
        ("en", "Israel wants a deal. Israel demands guarantees. Will Hamas reject the idea of a buffer zone?"),
    ],
)
def test_events_sides_rejection_of_a_verdict_or_not_told_aims_at_no_one(lang: str, text: str) -> None:
    # a verdict, a vote, an election is a third party's or the actor's own: not the other side's
    assert ({"HAMAS"}, {"ISR"}) not in sides(run(text, lang), "REJECT")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Anne Dupont est arrivée mardi à Pékin. Mercredi, cette dernière a condamné la Chine."),
        ("en", "Anne Dupont arrived in Beijing on Tuesday. On Wednesday the latter condemned China."),
    ],
)
def test_events_sides_the_latter_is_the_last_actor(lang: str, text: str) -> None:
    events = code_events(
        parse(text, lang),
        entities_for(
            text,
            [
                *KB,
                ("beijing", "Beijing", "GPE", "CHN", None, None, ["Pékin", "Beijing"]),
                ("dupont", "Anne Dupont", "PERSON", None, "CAN", "GOV", ["Anne Dupont"]),
            ],
        ),
        [],
        lang=lang,
        published="2025-04-09",
    )
    assert ({"CAN"}, {"CHN"}) in sides(events, "ACCUSE")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "La CEDEAO s'est réunie jeudi à Abuja. L'organisation a condamné le Mali."),
        ("en", "ECOWAS met on Thursday in Abuja. The bloc condemned Mali."),
    ],
)
def test_events_sides_the_organisation_is_the_one_named(lang: str, text: str) -> None:
    assert ({"ECOWAS"}, {"MLI"}) in sides(run(text, lang), "ACCUSE")
