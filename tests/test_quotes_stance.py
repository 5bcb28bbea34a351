"""Quote extraction on real-news constructions of stance and report (the real-news quotes issue, second pass): what
a stance verb states through its object, a participle adding a second act, the French narrative infinitive, a
document that speaks for its issuer. Invented sentences, invented people; places only as places that speak."""

from __future__ import annotations

import pytest

from test_quotes import PEOPLE, entities_for
from test_quotes_realnews import names
from veille.analysis.nlp import parse
from veille.analysis.quotes import extract_quotes

SPEC = {
    **PEOPLE,
    "union": ("Union of Coastal States", "ORG", ["Union des États côtiers", "Union of Coastal States", "UEC"]),
}


def run(text: str, lang: str) -> list[dict]:
    return extract_quotes(parse(text, lang), entities_for(text, SPEC), lang=lang)


def holding(quotes: list[dict], words: str) -> list[dict]:
    return [q for q in quotes if words in q["text"]]


# ------------------------------------------------------------------ what a stance verb states through its object
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, speaker",
    [
        (
            "fr",
            "Paul Martel soupçonne des agents du Valdor d'avoir facilité des fraudes.",
            "d'avoir facilité",
            "Paul Martel",
        ),
        (
            "fr",
            "Claire Vasseur a assuré de la détermination des forces de Brévonne à protéger les digues.",
            "la détermination des forces",
            "Claire Vasseur",
        ),
        (
            "en",
            "Claire Vasseur urged Paul Martel to accept the offer of the cooperative.",
            "to accept the offer",
            "Claire Vasseur",
        ),
    ],
)
def test_stance_verb_object_states_what_was_said(lang: str, text: str, words: str, speaker: str) -> None:
    found = holding(run(text, lang), words)
    assert len(found) == 1 and names(found[0]) == {speaker}, found


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Paul Martel s'exprimait à l'ouverture d'une séance de sa commission des finances avec le Valdor."),
        ("fr", "Le Valdor a exhorté Claire Vasseur."),  # a person alone: whom the act is for
        (
            "en",
            "Hours before his visit to Brevonne to urge the farmers to accept the offer, Paul Martel spoke to them.",
        ),
    ],
)
def test_stance_verb_object_no_statement(lang: str, text: str) -> None:
    assert run(text, lang) == []


# ------------------------------------------------- a call or an accusation states something with its marker only
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, speaker",
    [
        (
            "fr",
            "Claire Vasseur a appelé les agriculteurs à accepter l'offre de la coopérative.",
            "à accepter",
            "Claire Vasseur",
        ),
        ("fr", "Paul Martel a appelé à la retenue après les heurts de Brévonne.", "à la retenue", "Paul Martel"),
        (
            "fr",
            "Claire Vasseur a accusé le Valdor de bloquer le port de Brévonne.",
            "de bloquer le port",
            "Claire Vasseur",
        ),
        ("fr", "Paul Martel a accusé mercredi le Valdor d'avoir fermé la frontière.", "d'avoir fermé", "Paul Martel"),
    ],
)
def test_stance_verb_object_call_or_accusation_with_its_marker(lang: str, text: str, words: str, speaker: str) -> None:
    found = holding(run(text, lang), words)
    assert len(found) == 1 and names(found[0]) == {speaker}, found


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Paul Martel a appelé les pompiers vers minuit."),  # a phone call
        ("fr", "Paul Martel a appelé son fils Jean."),
        ("fr", "Paul Martel a accusé le coup après la défaite."),  # a blow taken
        ("fr", "La coopérative a accusé une perte de deux millions d'euros."),
        ("en", "Claire Vasseur called a meeting of the council for Friday."),
        ("en", "The mayor called the meeting to order at nine."),
        ("en", "Paul Martel was accused in court of fraud by the cooperative."),  # passive: nobody speaks
        ("en", "Paul Martel was called on to testify before the committee."),
    ],
)
def test_stance_verb_object_call_or_accusation_narrative(lang: str, text: str) -> None:
    assert run(text, lang) == []


# --------------------------------------------------------------------- a participle adding a second act
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, speaker",
    [
        (
            "fr",
            "Paul Martel a remercié le Valdor pour son aide, exprimant le soutien de sa ville aux travaux.",
            "le soutien de sa ville",
            "Paul Martel",
        ),
        (
            "fr",
            "La délégation de l'Union des États côtiers a quitté Brévonne, "
            "dénonçant l'absence de représentants du Valdor.",
            "l'absence de représentants",
            "Union of Coastal States",
        ),
        (
            "en",
            "Paul Martel left the talks in Brevonne, urging the farmers to accept a new round of negotiations.",
            "a new round of negotiations",
            "Paul Martel",
        ),
    ],
)
def test_stance_participle_after_a_predicate_is_its_subjects_statement(
    lang: str, text: str, words: str, speaker: str
) -> None:
    found = holding(run(text, lang), words)
    assert len(found) == 1 and names(found[0]) == {speaker}, found


@pytest.mark.e2e
def test_stance_participle_quoted_words_stay_a_direct_quote() -> None:
    text = 'Paul Martel closed the road, urging the Valdor to end its "campaign of intimidation" against the farmers.'
    quotes = run(text, "en")
    assert [q["text"] for q in quotes if q["speakers"]] == ["campaign of intimidation"]


# ------------------------------------------------------------------------- French narrative infinitive
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        (
            "Paul Martel a dénoncé une coupure de courant à Brévonne. "
            "Et d'affirmer que la panne n'avait rien d'un accident.",
            "la panne n'avait rien",
        ),
        (
            "« La ville est prête », a déclaré Paul Martel lors de la réunion.\n\n"
            "Et d'ajouter que les travaux commenceraient en mai.",
            "les travaux commenceraient",
        ),
    ],
)
def test_stance_narrative_infinitive_continues_the_last_speaker(text: str, words: str) -> None:
    found = holding(run(text, "fr"), words)
    assert len(found) == 1 and names(found[0]) == {"Paul Martel"}, found


@pytest.mark.e2e
def test_stance_narrative_infinitive_with_nobody_quoted_is_no_quote() -> None:
    assert run("Le marché a fermé tôt. Et d'affirmer que la panne n'avait rien d'un accident.", "fr") == []


# --------------------------------------------------------------------- a document speaks for its issuer
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        (
            "fr",
            "Au moins trente digues ont cédé dans deux villages, selon une enquête de l'Union des États côtiers.",
            "trente digues ont cédé",
        ),
        ("fr", "Selon un rapport de l'UEC, trente digues ont cédé dans deux villages de la côte.", "trente digues"),
    ],
)
def test_stance_source_document_speaks_for_its_issuer(lang: str, text: str, words: str) -> None:
    found = holding(run(text, lang), words)
    assert len(found) == 1 and names(found[0]) == {"Union of Coastal States"}, found


@pytest.mark.e2e
def test_stance_source_document_with_no_issuer_is_nobody() -> None:
    assert run("Selon une enquête, trente digues ont cédé dans deux villages de la côte.", "fr") == []


# ------------------------------------------------------------------------- a plural role is no one person
@pytest.mark.e2e
def test_stance_plural_role_is_the_organisation_not_the_last_person() -> None:
    text = (
        "Les chefs de gouvernement de l'UEC ont réclamé le retour du président Paul Martel, "
        "chassé lundi par l'armée. "
        "« Nous ne tolérerons plus aucun putsch » ont martelé les dirigeants de l'UEC."
    )
    found = holding(run(text, "fr"), "Nous ne tolérerons")
    assert len(found) == 1 and names(found[0]) == {"Union of Coastal States"}, found
