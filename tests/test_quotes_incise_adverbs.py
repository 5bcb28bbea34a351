"""French attributions with an adverb between the speech verb and its speaker (issue 12): "« … », a-t-elle
encore ajouté", "…, précise également X" (the model may read an inverted "-elle" after an adverb as a first person,
and the adverb stood between the verb and its inverted subject); and the pronoun after a speaker whose relative
clause names an agent through a bare participle ("X, qui soutient le plan approuvé par Y. « … », a-t-il poursuivi":
the participle's agent made no statement a pronoun refers to). Invented sentences, people and institutions."""

from __future__ import annotations

import pytest

from quote_fixtures import speakers_of
from test_quotes import run

QUOTE = "Nous ne céderons rien sur les salaires"
REPORT = "Les travaux du pont reprendront en mai"
ADVERBS = ["encore", "également", "aussi", "ensuite", "toutefois", "enfin"]


@pytest.mark.e2e
@pytest.mark.parametrize("adverb", ADVERBS)
@pytest.mark.parametrize("verb", ["ajouté", "précisé", "souligné"])
def test_quotes_incise_adverbs_after_an_inverted_clitic(adverb: str, verb: str) -> None:
    text = f"Claire Vasseur a visité l’usine mardi. « {QUOTE} », a-t-elle {adverb} {verb}."
    assert speakers_of(run(text, "fr"), QUOTE) == {"Claire Vasseur"}


@pytest.mark.e2e
@pytest.mark.parametrize("adverb", ADVERBS[:4])
@pytest.mark.parametrize("verb", ["précise", "ajoute", "souligne", "indique"])
def test_quotes_incise_adverbs_before_an_inverted_subject(adverb: str, verb: str) -> None:
    text = f"{REPORT} sur le chantier, {verb} {adverb} Paul Martel."
    quotes = run(text, "fr")
    assert speakers_of(quotes, REPORT) == {"Paul Martel"}
    assert not quotes[0]["direct"]


@pytest.mark.e2e
@pytest.mark.parametrize("adverb", ["encore", "également"])
def test_quotes_incise_adverbs_inside_the_marks(adverb: str) -> None:
    text = f"« {QUOTE}, prévient {adverb} Paul Martel. Le gouvernement doit l’entendre. »"
    assert speakers_of(run(text, "fr"), QUOTE) == {"Paul Martel"}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        f"{REPORT} sur le chantier, ne précise pas Paul Martel.",  # a negation is no adverb set in an incise
        f"{REPORT} sur le chantier, n’a pas encore précisé Paul Martel.",
    ],
)
def test_quotes_incise_adverbs_a_negated_incise_reports_nothing(text: str) -> None:
    assert speakers_of(run(text, "fr"), REPORT) is None


@pytest.mark.e2e
@pytest.mark.parametrize("participle", ["reconnu", "approuvé", "annoncé", "salué"])
def test_quotes_incise_adverbs_the_agent_of_a_bare_participle_is_no_antecedent(participle: str) -> None:
    text = (
        f"« Le cessez-le-feu ne tiendra pas », a déclaré Paul Martel, qui soutient le plan {participle} par le"
        " Palais d’Ostrel. « Il me semble donc que cela manque de crédibilité », a-t-il poursuivi."
    )
    assert speakers_of(run(text, "fr"), "Il me semble") == {"Paul Martel"}


@pytest.mark.e2e
def test_quotes_incise_adverbs_a_speech_act_with_its_auxiliary_stays_an_antecedent() -> None:
    text = (
        "Le budget a été présenté lundi par Paul Martel. Il a été critiqué par Claire Vasseur."
        " « Ce texte ne répond à aucune urgence », a-t-elle poursuivi."
    )
    assert speakers_of(run(text, "fr"), "Ce texte") == {"Claire Vasseur"}
