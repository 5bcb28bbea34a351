"""French reported clauses whose shape the parser misreads (issue 12): the subject after a relative pronoun that
opens a subordinate clause, a que-clause after the addressee of a speech verb, and a "selon laquelle" clause of a
statement its subject issued. Invented sentences (invented people and statements)."""

from __future__ import annotations

import pytest

from test_quotes import run
from test_quotes_reported import speakers_of


# ------------------------------------ a relative pronoun opens the clause; its subject is the name after it
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            "La sécurité a occupé tout le dîner, au cours duquel Claire Vasseur a rappelé que le pays restait neutre.",
            "le pays restait neutre",
            "Claire Vasseur",
        ),
        (
            "Les négociations ont duré toute la nuit, à l'issue desquelles Claire Vasseur a déclaré que l'accord "
            "était proche.",
            "l'accord était proche",
            "Claire Vasseur",
        ),
        (
            "Le budget a été discuté pendant la réunion, lors de laquelle Paul Martel a affirmé que les impôts "
            "baisseraient.",
            "les impôts baisseraient",
            "Paul Martel",
        ),
        (
            "La sécheresse a dominé le sommet, au terme duquel Paul Martel a estimé que les récoltes seraient "
            "mauvaises.",
            "les récoltes seraient mauvaises",
            "Paul Martel",
        ),
    ],
)
def test_quotes_reported_clauses_relative_opens_subordinate(text: str, words: str, who: str) -> None:
    assert speakers_of(run(text, "fr"), words) == [who]


# ------------------------------------ "a averti X que…": the clause after the addressee, not a relative on it
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        ("Paul Martel a averti les rebelles qu'une riposte serait immédiate.", "une riposte serait", "Paul Martel"),
        ("Paul Martel a prévenu les habitants que la tempête serait violente.", "la tempête serait", "Paul Martel"),
        ("Jean Ribot a averti les députés que le texte serait rejeté.", "le texte serait rejeté", "Jean Ribot"),
        (
            "Claire Vasseur a prévenu ses partenaires que le Valdor quitterait l'alliance.",
            "le Valdor quitterait",
            "Claire Vasseur",
        ),
        (
            "Claire Vasseur a informé les syndicats que le gouvernement retirerait son projet.",
            "le gouvernement retirerait",
            "Claire Vasseur",
        ),
    ],
)
def test_quotes_reported_clauses_after_addressee(text: str, words: str, who: str) -> None:
    assert speakers_of(run(text, "fr"), words) == [who]


@pytest.mark.e2e
def test_quotes_reported_clauses_object_relative_stays_in_object() -> None:
    """A relative clause on the object of a speech verb is part of what it states, not a statement of its own."""
    quotes = run("Paul Martel a dénoncé les violences que les soldats ont commises.", "fr")
    assert [q["text"] for q in quotes] == ["les violences que les soldats ont commises"]


# ------------------------------------ "X a fait une déclaration selon laquelle…": the issuer speaks
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            "Paul Martel a fait une déclaration selon laquelle la récolte serait retardée.",
            "la récolte serait retardée",
            "Paul Martel",
        ),
        (
            "Claire Vasseur a publié un communiqué selon lequel les négociations reprendraient lundi.",
            "les négociations reprendraient",
            "Claire Vasseur",
        ),
        (
            "Jean Ribot a fait une annonce selon laquelle le Valdor quitterait l'alliance.",
            "le Valdor quitterait",
            "Jean Ribot",
        ),
    ],
)
def test_quotes_reported_clauses_issued_statement(text: str, words: str, who: str) -> None:
    assert speakers_of(run(text, "fr"), words) == [who]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "Paul Martel a démenti l'annonce selon laquelle la récolte serait retardée.",
        "Claire Vasseur a lu le rapport selon lequel la récolte serait retardée.",
        "Jean Ribot a rejeté les accusations selon lesquelles la récolte serait retardée.",
    ],
)
def test_quotes_reported_clauses_someone_elses_statement(text: str) -> None:
    """Denying, reading or rejecting a statement does not make it the subject's own."""
    assert not any("la récolte serait retardée" in q["text"] for q in run(text, "fr"))


# ------------------------------------ a report in a clause set before its main clause ends before that clause
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, said",
    [
        (
            "fr",
            "Alors que Paul Martel a affirmé que la récolte serait bonne, les prix ont chuté.",
            "la récolte serait bonne",
        ),
        (
            "fr",
            "Bien que Paul Martel ait affirmé que la récolte serait bonne, les agriculteurs restent inquiets.",
            "la récolte serait bonne",
        ),
        (
            "fr",
            "Si Claire Vasseur a assuré que les négociations avanceraient vite, aucun accord n'a été signé.",
            "les négociations avanceraient vite",
        ),
        (
            "fr",
            "Lorsque Jean Ribot a déclaré que le projet serait abandonné, les habitants ont manifesté leur joie.",
            "le projet serait abandonné",
        ),
        (
            "fr",
            "Alors que Paul Martel a affirmé que l'usine, qui emploie trois cents personnes, fermerait, les "
            "salariés ont manifesté.",
            "l'usine, qui emploie trois cents personnes, fermerait",
        ),
        (
            "fr",
            "Après avoir affirmé que la récolte serait bonne, Paul Martel a quitté la salle.",
            "la récolte serait bonne",
        ),
    ],
)
def test_quotes_reported_clauses_fronted_subordinate(lang: str, text: str, said: str) -> None:
    assert [q["text"] for q in run(text, lang)] == [said]


# ------------------------------------ a phrase of time the parser takes for the object is no part of the statement
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, said",
    [
        ("Paul Martel a appelé lundi à la prudence sur toutes les routes du Valdor.", "à la prudence sur toutes"),
        ("Claire Vasseur a condamné le 12 mars les violences commises à Brévonne.", "les violences commises"),
        ("Claire Vasseur a dénoncé mardi la hausse des prix de l'énergie.", "la hausse des prix"),
    ],
)
def test_quotes_reported_clauses_object_after_time(text: str, said: str) -> None:
    assert [q["text"].startswith(said) for q in run(text, "fr")] == [True]
