"""Who speaks quoted words in constructions of French and English press copy the parse gets wrong: the subject of a
periphrasis in an incise before the quote ("Et depuis, a fait savoir X, « … »"), a subject cut from its verb by a
long incise, a name in apposition to a role phrase. Invented people and statements."""

from __future__ import annotations

import pytest

from test_quotes import run
from test_quotes_realnews import found, names


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            "Le conseil a voté le budget lundi. Et depuis lors, a fait savoir Paul Martel, « le chantier avance à bon "
            "rythme dans tous les quartiers ».",
            "le chantier avance",
            "Paul Martel",
        ),
        (
            "Le conseil a voté le budget lundi. Depuis, a laissé entendre Claire Vasseur, « la commune ne renoncera "
            "pas au projet de nouvelle école ».",
            "la commune ne renoncera",
            "Claire Vasseur",
        ),
        (
            "Et depuis lors, a fait savoir M. Martel, « un plan de formation a été préparé pour les agents ».",
            "un plan de formation",
            "Paul Martel",
        ),
    ],
)
def test_quotes_direct_speakers_periphrasis_incise_before_the_quote(text: str, words: str, speaker: str) -> None:
    assert names(found(run(text, "fr"), words)) == {speaker}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            "Paul Martel, sans citer directement le nom du maire sortant de la commune voisine, a aussi affirmé le "
            "« plein soutien » et la « totale solidarité de la ville » aux sinistrés.",
            "plein soutien",
            "Paul Martel",
        ),
        (
            "Son adjoint, Jean Ribot, sans nommer personne dans l’affaire des marchés publics de la commune, a "
            "dénoncé des « pratiques indignes d’un élu ».",
            "pratiques indignes",
            "Jean Ribot",
        ),
    ],
)
def test_quotes_direct_speakers_subject_cut_from_its_verb_by_an_incise(text: str, words: str, speaker: str) -> None:
    quotes = run(text, "fr")
    assert names(found(quotes, words)) == {speaker}
    assert all(names(q) == {speaker} for q in quotes)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        (
            "fr",
            "Paul Martel a quitté ses fonctions en mai. « Nous voterons le budget en mars », a déclaré jeudi le maire "
            "de Brévonne, Jean Ribot.",
            "Nous voterons le budget",
        ),
        (
            "fr",
            "Paul Martel a quitté ses fonctions en mai. La commune veut que des « choses soient dites de manière "
            "officielle » avant le vote du budget communal, a déclaré jeudi le maire de Brévonne, Jean Ribot.",
            "choses soient dites",
        ),
        (
            "en",
            '"We will vote on the budget in March," the mayor of Brevonne, Jean Ribot, told the council.',
            "We will",
        ),
        ("en", '"We will vote on the budget in March," said the mayor of Brevonne, Jean Ribot.', "We will vote"),
    ],
)
def test_quotes_direct_speakers_name_beside_the_role_wins_over_its_earlier_holder(
    lang: str, text: str, words: str
) -> None:
    # "le maire de Brévonne" / "the mayor of Brevonne" is a mention of Paul Martel: the name printed beside it speaks
    assert names(found(run(text, lang), words)) == {"Jean Ribot"}


@pytest.mark.e2e
def test_quotes_direct_speakers_role_holder_named_beside_it_keeps_the_role() -> None:
    text = "« Nous voterons le budget en mars », a déclaré le maire de Brévonne, Paul Martel, devant le conseil."
    assert names(found(run(text, "fr"), "Nous voterons")) == {"Paul Martel"}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, phrase",
    [
        (
            "fr",
            "« Nous allons continuer à le crier haut et fort », a lancé l’une d’elles.",
            "Nous allons",
            "l’une d’elles",
        ),
        (
            "fr",
            "Trois grévistes ont pris la parole. « Nous ne partirons pas », a assuré un des grévistes.",
            "Nous ne partirons",
            "un des grévistes",
        ),
        ("en", '"We will keep shouting it," one of them said.', "We will keep", "one of them"),
        ("en", '"We will not leave," said one of the protesters.', "We will not leave", "one of the protesters"),
    ],
)
def test_quotes_direct_speakers_one_of_a_group_is_described(lang: str, text: str, words: str, phrase: str) -> None:
    q = found(run(text, lang), words)
    assert [(s["id"], s["name"]) for s in q["speakers"]] == [(None, phrase)]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, phrase",
    [
        (
            "« Le dossier sera tranché avant l’été », explique-t-on dans l’entourage du maire.",
            "Le dossier",
            "l’entourage du maire",
        ),
        (
            "« Aucune décision n’a été prise », indique-t-on de source diplomatique.",
            "Aucune décision",
            "source diplomatique",
        ),
    ],
)
def test_quotes_direct_speakers_impersonal_on_with_an_unnamed_source(text: str, words: str, phrase: str) -> None:
    q = found(run(text, "fr"), words)
    assert [(s["id"], s["name"]) for s in q["speakers"]] == [(None, phrase)]


@pytest.mark.e2e
def test_quotes_direct_speakers_impersonal_on_with_no_source_is_nobody() -> None:
    assert run("« On ne sait pas encore », dit-on ici.", "fr") == []


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "fr",
            "Entretien avec Claire Vasseur, ministre de la Santé.\n\n« Nous ouvrirons trois hôpitaux l’an prochain », "
            "a-t-elle affirmé.",
        ),
        (
            "en",
            'Interview with Claire Vasseur, the health minister.\n\n"We will open three hospitals next year," '
            "she said.",
        ),
    ],
)
def test_quotes_direct_speakers_pronoun_with_no_subject_before_is_the_one_person_named(lang: str, text: str) -> None:
    assert names(found(run(text, lang), "three" if lang == "en" else "trois")) == {"Claire Vasseur"}


@pytest.mark.e2e
def test_quotes_direct_speakers_pronoun_past_a_plural_subject_is_the_one_person_named() -> None:
    text = (
        "Les syndicats ont rencontré Claire Vasseur lundi à Brévonne. « Nous ouvrirons trois hôpitaux l’an prochain », "
        "a-t-elle affirmé."
    )
    assert names(found(run(text, "fr"), "Nous ouvrirons")) == {"Claire Vasseur"}


@pytest.mark.e2e
def test_quotes_direct_speakers_pronoun_with_two_people_named_is_nobody() -> None:
    text = "Entretien avec Claire Vasseur et Paul Martel.\n\n« Nous ouvrirons trois hôpitaux », a-t-elle affirmé."
    assert run(text, "fr") == []


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        (
            "fr",
            "« Ce gouvernement a volé notre avenir », a déclaré Claire Vasseur, l’une des figures de l’opposition.",
            "Ce",
        ),
        (
            "en",
            '"This government stole our future," said Claire Vasseur, one of the leaders of the opposition.',
            "This",
        ),
    ],
)
def test_quotes_direct_speakers_one_of_a_group_in_apposition_to_a_name_is_that_person(
    lang: str, text: str, words: str
) -> None:
    q = found(run(text, lang), words)
    assert [(s["id"], s["name"]) for s in q["speakers"]] == [("vasseur", "Claire Vasseur")]
