"""An agentless passive that releases or pardons home people ("deux opposants ont été libérés", "twenty
prisoners were pardoned") is the act of the authorities of the place, like an arrest: one state on both sides, the
real-news convention for domestic acts. Captives held by a named party are released by that party; hostages and
policemen are not the authorities' own people. Invented sentences and people, French and English; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("bfa", "Burkina Faso", "GPE", "BFA", None, "GOV", ["Burkina Faso"]),
    ("ouaga", "Ouagadougou", "GPE", "BFA", None, None, ["Ouagadougou"]),
    ("hamas", "Hamas", "ORG", "HAMAS", "PSE", "REB", ["Hamas"]),
    ("israel", "Israel", "GPE", "ISR", None, "GOV", ["Israël", "Israel", "israéliens", "Israeli"]),
    ("sawadogo", "Ali Sawadogo", "PERSON", None, None, None, ["Ali Sawadogo"]),
]


def run(text: str, lang: str) -> list[dict]:
    return coded(text, lang, KB)


HOME = ({"BFA"}, {"BFA"})


@pytest.mark.parametrize(
    "lang,text,etype",
    [
        # release: compound and simple tenses, place before or after, plural and singular
        ("fr", "À Ouagadougou, deux opposants ont été libérés jeudi.", "RETREAT"),
        ("fr", "Deux journalistes ont été relâchés mardi à Ouagadougou.", "RETREAT"),
        ("fr", "Au Burkina Faso, les prisonniers politiques sont libérés.", "RETREAT"),
        ("fr", "Un militant a été libéré lundi à Ouagadougou.", "RETREAT"),
        ("en", "In Ouagadougou, two opponents were released on Thursday.", "RETREAT"),
        ("en", "Three journalists have been freed in Ouagadougou.", "RETREAT"),
        ("en", "An activist was released on Monday in Burkina Faso.", "RETREAT"),
        # pardon
        ("fr", "Une vingtaine de détenus ont été graciés samedi au Burkina Faso.", "CONCEDE"),
        ("en", "Twenty prisoners were pardoned in Burkina Faso on Saturday.", "CONCEDE"),
        # arrest, the class this extends
        ("fr", "Trois étudiants ont été arrêtés mardi à Ouagadougou.", "COERCE"),
        ("en", "Three students were arrested on Tuesday in Ouagadougou.", "COERCE"),
    ],
)
def test_events_agentless_home_act_is_the_authorities(lang, text, etype):
    assert HOME in sides(run(text, lang), etype)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Trois otages ont été libérés lundi au Burkina Faso."),
        ("en", "Three hostages were released on Monday in Burkina Faso."),
        ("fr", "Deux policiers ont été libérés lundi à Ouagadougou."),
        ("en", "Two policemen were released on Monday in Ouagadougou."),
    ],
)
def test_events_agentless_release_of_others_is_not_the_authorities(lang, text):
    assert HOME not in sides(run(text, lang), "RETREAT")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Trois otages israéliens détenus par le Hamas ont été libérés lundi à Ouagadougou."),
        ("en", "Three Israeli hostages held by Hamas were released on Monday in Ouagadougou."),
    ],
)
def test_events_agentless_captives_stay_their_holders(lang, text):
    found = sides(run(text, lang), "RETREAT")
    assert ({"HAMAS"}, {"ISR"}) in found and HOME not in found


@pytest.mark.parametrize(
    "lang,text,etype",
    [
        ("fr", "Au Burkina Faso, des prisonniers israéliens ont été libérés lundi.", "RETREAT"),
        ("en", "In Burkina Faso, Israeli prisoners were freed on Monday.", "RETREAT"),
        ("fr", "Deux étudiants israéliens ont été arrêtés mardi à Ouagadougou.", "COERCE"),
        ("en", "Two Israeli students were arrested on Tuesday in Ouagadougou.", "COERCE"),
    ],
)
def test_events_agentless_foreigners_are_held_by_the_place(lang, text, etype):
    assert ({"BFA"}, {"ISR"}) in sides(run(text, lang), etype)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Deux soldats israéliens ont été arrêtés mardi à Ouagadougou."),
        ("fr", "Des policiers israéliens ont été interpellés dimanche à l'aéroport de Ouagadougou."),
        ("en", "Two Israeli soldiers were arrested on Tuesday in Ouagadougou."),
    ],
)
def test_events_agentless_foreign_forces_arrested_are_held_by_the_place(lang, text):
    """Soldiers or policemen of another state than the place's, arrested there: by its authorities."""
    assert ({"BFA"}, {"ISR"}) in sides(run(text, lang), "COERCE")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Deux soldats israéliens ont été capturés mardi à Ouagadougou."),  # a capture: by the other side
        ("en", "Two Israeli soldiers were captured on Tuesday in Ouagadougou."),
        ("fr", "Deux soldats israéliens ont été arrêtés mardi en Israël."),  # at home: no one known
    ],
)
def test_events_agentless_forces_captured_or_held_at_home_are_not_the_place(lang, text):
    assert all(not (a & {"BFA", "ISR"}) for a, _ in sides(run(text, lang), "COERCE"))


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Au Burkina Faso, les mesures resteront en place jusqu'à ce que les opposants soient libérés."),
        ("en", "In Burkina Faso, the measures will stay in place until political prisoners are released."),
        ("en", "In Burkina Faso, the measures will stay in place unless political prisoners are released."),
    ],
)
def test_events_agentless_release_in_a_condition_is_no_act(lang, text):
    assert not sides(run(text, lang), "RETREAT")


@pytest.mark.parametrize(
    "lang,text",
    [
        # an agentless act of control on a home object (a rally, a party, a newspaper): the authorities of the
        # place on its people, the place named in the clause or the country the story names
        ("en", "In Ouagadougou, the opposition rally was dispersed on Saturday."),
        ("en", "Burkina Faso is tense. Their protests are often dispersed within minutes."),
        ("en", "In Burkina Faso, the main opposition party was banned last year."),
        ("en", "The independent newspaper was suspended in Ouagadougou on Monday."),
        ("fr", "À Ouagadougou, le rassemblement de l'opposition a été dispersé samedi."),
    ],
)
def test_events_agentless_control_of_a_home_object_is_the_authorities(lang, text):
    assert HOME in sides(run(text, lang), "COERCE")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The opposition rally was held in Ouagadougou on Saturday."),
        ("en", "In Burkina Faso, the opposition leader was invited to the rally."),
        ("en", "In Burkina Faso, the party was founded last year."),
        ("en", "In Burkina Faso, the rally will be banned if it goes ahead."),
    ],
)
def test_events_agentless_home_object_without_control_is_no_act(lang, text):
    assert HOME not in sides(run(text, lang), "COERCE")


@pytest.mark.parametrize(
    "lang,text",
    [
        # a state of detention told of its subject (events.tsv "patient"): the authorities of the place hold them
        ("en", "In Burkina Faso, dozens of activists remain imprisoned without trial."),
        ("en", "Burkina Faso is tense. Many students remain behind bars after the march."),
        ("en", "In Ouagadougou, the journalists who remain jailed went on hunger strike."),
        ("en", "Burkina Faso is tense. The former mayor Ali Sawadogo is serving a six-year sentence."),
    ],
)
def test_events_agentless_a_state_of_detention_is_the_authorities(lang, text):
    assert HOME in sides(run(text, lang), "COERCE")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "In Burkina Faso, the ceasefire remains in place."),
        ("en", "In Ouagadougou, the minister remained in the capital on Monday."),
        ("en", "Burkina Faso is tense. The president is serving a second term."),
        ("en", "In Ouagadougou, volunteers served meals to the prisoners."),
    ],
)
def test_events_agentless_staying_or_serving_elsewhere_is_no_detention(lang, text):
    assert not sides(run(text, lang), "COERCE")
