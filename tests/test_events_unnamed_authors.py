"""Acts whose authors the sentence leaves unnamed or names through a group: a coup told without its authors is the act
of the military of the state whose power is seized; a crowd of people that gathers ("400 personnes se sont
regroupées", parsed as a passive; "un groupe de quelques dizaines d'habitants") protests; a meeting that is the
occasion of an international body's act is that body's own; a measure of a list is never taken by the state it falls
on. Invented sentences, French and English; real states and organisations, invented people."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("niger", "Niger", "GPE", "NER", None, "GOV", ["Niger"]),
    ("niamey", "Niamey", "GPE", "NER", None, None, ["Niamey"]),
    ("guinea", "Guinea", "GPE", "GIN", None, "GOV", ["Guinée", "Guinea", "guinéen"]),
    ("france", "France", "GPE", "FRA", None, "GOV", ["France", "français", "French"]),
    ("lyon", "Lyon", "GPE", "FRA", None, None, ["Lyon"]),
    ("togo", "Togo", "GPE", "TGO", None, "GOV", ["Togo"]),
    ("lome", "Lomé", "GPE", "TGO", None, None, ["Lomé"]),
    ("ecowas", "ECOWAS", "ORG", "ECOWAS", None, "IGO", ["Cédéao", "ECOWAS"]),
    ("mali", "Mali", "GPE", "MLI", None, "GOV", ["Mali"]),
    ("kone", "Amadou Koné", "PERSON", None, "GIN", "GOV", ["Amadou Koné", "Koné"]),
]


def run(text: str, lang: str) -> list[dict]:
    return coded(text, lang, KB)


@pytest.mark.parametrize(
    "lang,text,state",
    [
        ("fr", "Les soldats ont quitté la ville au lendemain du coup d'État mené à Niamey par des officiers.", "NER"),
        ("fr", "Le président Amadou Koné, renversé par un putsch en juin, reste détenu.", "GIN"),
        ("fr", "Depuis le putsch au Niger, les frontières restent fermées.", "NER"),
        ("en", "President Amadou Koné was ousted in a coup on Sunday.", "GIN"),
        ("en", "Since the coup in Niger, the borders have stayed closed.", "NER"),
        (
            "fr",
            "La Cédéao a désigné le président guinéen arrivé par coup d'État comme médiateur dans la crise au Mali.",
            "GIN",
        ),
    ],
)
def test_events_unnamed_authors_coup_is_the_military_on_its_state(lang, text, state):
    events = [e for e in run(text, lang) if e["type"] == "COERCE"]
    assert ({state}, {state}) in sides(events, "COERCE")
    assert any(p["sector"] == "MIL" for e in events for p in e["actors"])


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Il a passé un coup de fil au président du Niger mardi."),
        ("fr", "Le coup de grâce est venu de la finale, perdue à Niamey."),
        ("en", "The coach said the defeat in Niger was a blow to the team."),
    ],
)
def test_events_unnamed_authors_no_coup_without_a_coup_noun(lang, text):
    assert not sides(run(text, lang), "COERCE")


@pytest.mark.parametrize(
    "lang,text,state",
    [
        ("fr", "Les soldats français ont quitté Niamey au lendemain du coup d'État.", "NER"),
        ("en", "Protesters marched in Lomé on Sunday. They denounced the coup and called for elections.", "TGO"),
        ("fr", "Des manifestants ont défilé dimanche à Lomé. Ils ont dénoncé le coup d'État.", "TGO"),
    ],
)
def test_events_unnamed_authors_coup_named_alone_is_the_story_state(lang, text, state):
    """A coup named alone is the coup of the story's state (the one place its sentence names by name, not a
    demonym: "les soldats français"; when it names none, the state the text names most), as both real-news golds
    code it; a sentence that names several states leaves it unsaid."""
    assert ({state}, {state}) in sides(run(text, lang), "COERCE")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The soldiers have stayed in their barracks since the coup."),
        ("en", "Niamey has kept the border shut since the July coup, accusing France of meddling."),
        ("fr", "Les soldats sont restés dans leurs casernes depuis le putsch."),
        ("en", "The coach said the coup de grâce came in the final minute in Niamey."),
    ],
)
def test_events_unnamed_authors_no_coup_whose_state_the_text_does_not_tell(lang, text):
    assert not sides(run(text, lang), "COERCE")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "À Lyon, 300 personnes se sont regroupées devant la préfecture samedi."),
        ("fr", "Un groupe de quelques dizaines d'habitants s'est réuni samedi à Lyon devant la mairie."),
        ("fr", "À Lyon, une centaine de citoyens se sont réunis devant la préfecture samedi."),
        ("en", "In Lyon, a group of hundreds of protesters rallied outside the town hall on Saturday."),
    ],
)
def test_events_unnamed_authors_a_crowd_of_people_that_gathers_protests(lang, text):
    assert ({"FRA"}, {"FRA"}) in sides(run(text, lang), "PROTEST")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "À Lyon, les ministres se sont réunis samedi pour préparer le budget."),
        ("en", "In Lyon, the ministers gathered on Saturday to prepare the budget."),
    ],
)
def test_events_unnamed_authors_officials_that_meet_do_not_protest(lang, text):
    assert not sides(run(text, lang), "PROTEST")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "La Cédéao a lancé un appel au calme au terme de sa session plénière à Lomé."),
        ("fr", "Au cours de sa réunion de jeudi, la Cédéao a suspendu le Mali."),
        ("en", "At the end of an extraordinary session in Lomé, ECOWAS called for calm."),
    ],
)
def test_events_unnamed_authors_meeting_an_international_body_acts_at_is_its_own(lang, text):
    assert ({"ECOWAS"}, {"ECOWAS"}) in sides(run(text, lang), "CONSULT")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "La France a lancé un appel au calme au terme de sa session plénière à Lomé."),
        ("fr", "La Cédéao a demandé une session extraordinaire."),
    ],
)
def test_events_unnamed_authors_no_forum_for_a_state_or_a_requested_meeting(lang, text):
    assert not [s for s in sides(run(text, lang), "CONSULT") if s[0] == s[1]]


@pytest.mark.parametrize(
    "lang,text",
    [
        (
            "fr",
            "La Cédéao a adopté des mesures après que le Mali a expulsé son envoyé :\n- l'arrêt des échanges "
            "commerciaux avec le Mali ;\n- la suspension des vols.",
        ),
    ],
)
def test_events_unnamed_authors_a_listed_measure_is_not_taken_by_its_target(lang, text):
    found = sides(run(text, lang), "SANCTION")
    assert ({"MLI"}, {"MLI"}) not in found
    assert ({"ECOWAS"}, {"MLI"}) in found
