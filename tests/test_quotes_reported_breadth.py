"""French reported speech by class beyond the dev articles (issue 12, unseen text): present tenses the model
misreads (a speech verb taken for a name part, a participle or a noun), verbs of noticing, recounting and refuting,
negated reports with a que-clause, locutions under a preposition, occupations naming the person quoted. Invented
sentences and people; each class is checked both ways (what must be found, what must not)."""

from __future__ import annotations

import pytest

from test_quotes import run
from test_quotes_reported import speakers_of

_CLAUSE = "la récolte de blé sera retardée"


# ------------------------------------------ a present-tense cue before "que" the parser hangs on the name
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "Paul Martel juge que la récolte de blé sera retardée.",
        "Le maire, Paul Martel, juge que la récolte de blé sera retardée.",
        "Paul Martel objecte que la récolte de blé sera retardée.",
        "Paul Martel dément que la récolte de blé sera retardée.",
        "Paul Martel conteste que la récolte de blé sera retardée.",
        "Paul Martel remarque que la récolte de blé sera retardée.",
        "Paul Martel laisse entendre que la récolte de blé sera retardée.",
        "Paul Martel a remarqué que la récolte de blé sera retardée.",
        "Paul Martel a relaté que la récolte de blé sera retardée.",
        "Paul Martel a confessé que la récolte de blé sera retardée.",
        "Paul Martel réfute que la récolte de blé sera retardée.",
        "Paul Martel s'étonne que la récolte de blé sera retardée.",
    ],
)
def test_quotes_reported_breadth_present_and_noticing_verbs(text: str) -> None:
    assert speakers_of(run(text, "fr"), _CLAUSE) == ["Paul Martel"]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "Le juge que la cour a nommé hier a démissionné de ses fonctions.",  # a noun after its article
        "La décision du juge que la cour a nommé hier a surpris les avocats.",
        "Paul Martel a parlé, suggérant que la récolte de blé serait retardée.",  # the writer's reading
    ],
)
def test_quotes_reported_breadth_present_verbs_not_nouns(text: str) -> None:
    assert run(text, "fr") == []


# ------------------------------------- a closing incise in the present that the model reads as a participle
@pytest.mark.e2e
@pytest.mark.parametrize(
    "verb", ["déplore", "dit", "avertit", "juge", "conteste", "dément", "écrit", "prédit", "rétorque", "note"]
)
def test_quotes_reported_breadth_present_incise(verb: str) -> None:
    text = f"La récolte de blé sera retardée cette année, {verb} Paul Martel."
    assert speakers_of(run(text, "fr"), "La récolte de blé sera retardée") == ["Paul Martel"]


@pytest.mark.e2e
@pytest.mark.parametrize("verb", ["peste", "pointe"])
def test_quotes_reported_breadth_present_incise_after_quote(verb: str) -> None:
    text = f"« Cette année, tout est en retard », {verb} Paul Martel."
    assert speakers_of(run(text, "fr"), "tout est en retard") == ["Paul Martel"]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "Le rapport sur la récolte a été rendu public, publié par la coopérative de Brévonne.",
        "Paul Martel a pointé du doigt les retards de la coopérative.",
    ],
)
def test_quotes_reported_breadth_participles_no_incise(text: str) -> None:
    assert run(text, "fr") == []


# ---------------------------------------------- negated reports and locutions under a preposition
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        ("Paul Martel n'exclut pas que la récolte de blé soit retardée.", "la récolte de blé soit retardée"),
        ("Paul Martel ne cache pas que la récolte de blé sera retardée.", _CLAUSE),
        ("Paul Martel n'a pas caché son inquiétude face au retard de la récolte.", "son inquiétude face au retard"),
        ("Paul Martel a mis en garde contre un retard de la récolte de blé.", "un retard de la récolte"),
        ("Paul Martel met en garde les agriculteurs contre un retard de la récolte.", "un retard de la récolte"),
        ("Paul Martel a mis l'accent sur la nécessité de reporter la récolte.", "la nécessité de reporter"),
    ],
)
def test_quotes_reported_breadth_negated_and_locutions(text: str, words: str) -> None:
    assert speakers_of(run(text, "fr"), words) == ["Paul Martel"]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "Paul Martel a mis en garde à vue trois suspects de la coopérative.",  # police custody, no statement
        "Paul Martel a caché les documents de la coopérative dans son bureau.",
        "Paul Martel a mis en place trois bennes pour la récolte.",
        "Paul Martel a exclu que la récolte de blé soit retardée.",  # only a negated "exclure" reports
    ],
)
def test_quotes_reported_breadth_negated_and_locutions_not_statements(text: str) -> None:
    assert run(text, "fr") == []


# ------------------------------------------- an occupation naming the person a feature article quotes
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, who",
    [
        ("Paul Martel cultive du blé à Brévonne. « Tout est en retard », soupire l'agriculteur.", "Paul Martel"),
        ("Paul Martel cultive du blé à Brévonne. « Tout est en retard », résume cet agriculteur.", "Paul Martel"),
        ("Claire Vasseur enseigne à Brévonne. « Tout est en retard », raconte l'enseignante.", "Claire Vasseur"),
        ("Paul Martel a reçu les habitants. L'édile a assuré que la récolte de blé sera retardée.", "Paul Martel"),
    ],
)
def test_quotes_reported_breadth_occupation_names_last_person(text: str, who: str) -> None:
    words = "Tout est en retard" if "«" in text else _CLAUSE
    assert speakers_of(run(text, "fr"), words) == [who]


@pytest.mark.e2e
def test_quotes_reported_breadth_indefinite_occupation_stays_unnamed() -> None:
    text = "Paul Martel cultive du blé à Brévonne. « Les prix ne suivent pas », lance un agriculteur voisin."
    assert speakers_of(run(text, "fr"), "Les prix ne suivent pas") != ["Paul Martel"]


# ------------------------------------------ an institution's owner named under its portfolio noun
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        ("Le ministère de la Santé du Valdor a annoncé que la frontière serait fermée.", "la frontière serait"),
        ("Selon le ministère de l'Intérieur du Valdor, trente personnes ont été arrêtées.", "trente personnes"),
        ("Trente personnes ont été arrêtées, selon le ministère de la Santé du Valdor.", "Trente personnes"),
    ],
)
def test_quotes_reported_breadth_portfolio_owner(text: str, words: str) -> None:
    assert speakers_of(run(text, "fr"), words) == ["Valdor"]


@pytest.mark.e2e
def test_quotes_reported_breadth_portfolio_owner_not_outside_phrase() -> None:
    text = "Le ministère des Sports annonçait que la frontière du Valdor serait fermée."
    assert all(s["name"] != "Valdor" for q in run(text, "fr") for s in q["speakers"])
