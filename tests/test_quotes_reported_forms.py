"""Reported speech in news copy, forms the parse hides (issue 12): each test is one class of construction, with
invented sentences (invented people and statements) in French and English where the class exists in both."""

from __future__ import annotations

import pytest

from test_quotes import run
from test_quotes_reported import speakers_of


# ------------------------------------------------------- a negation opening the reported infinitive
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            "Malgré une longue réunion avec Jean Ribot, Paul Martel admet n’avoir obtenu aucune concession.",
            "n’avoir obtenu aucune concession",
            "Paul Martel",
        ),
        ("Claire Vasseur dit ne pas connaître le montant du contrat.", "ne pas connaître le montant", "Claire Vasseur"),
    ],
)
def test_quotes_reported_negated_infinitive_is_reported(text: str, words: str, who: str) -> None:
    assert speakers_of(run(text, "fr"), words) == [who]


# ------------------------------------------------------- "Comme le précise X, …": the inverted subject speaks
@pytest.mark.e2e
def test_quotes_reported_opening_as_clause_inverted_subject_speaks() -> None:
    text = "Comme le précise le ministère de l’Agriculture du Valdor, la récolte de blé sera retardée de deux semaines."
    assert speakers_of(run(text, "fr"), "la récolte de blé sera retardée") == ["Valdor Ministry of Agriculture"]


# ------------------------------------------------------- the object hung on "dans un communiqué"
@pytest.mark.e2e
def test_quotes_reported_object_after_a_statement_adjunct() -> None:
    text = "Paul Martel souligne dans un communiqué l’importance de vérifier les chiffres de la récolte."
    quotes = run(text, "fr")
    assert speakers_of(quotes, "l’importance de vérifier") == ["Paul Martel"]
    assert not any(q["text"].startswith("dans un communiqué") for q in quotes)


# ------------------------------------------------------- a complement coordinated with another
@pytest.mark.e2e
def test_quotes_reported_coordinated_complements_are_one_statement() -> None:
    quotes = run("Le Palais d’Ostrel appelle au calme et à la retenue après les incidents de la nuit.", "fr")
    assert speakers_of(quotes, "au calme et à la retenue") == ["Palais d’Ostrel"]


# ------------------------------------------------------- an incise before a participle clause
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        (
            "fr",
            "Une centaine d’agriculteurs ont été reçus par le préfet, a indiqué le ministère de l’Agriculture du "
            "Valdor, précisant que le dialogue reprendrait lundi.",
            "Une centaine d’agriculteurs ont été reçus",
        ),
        (
            "en",
            "About a hundred farmers were received by the governor, the Valdor Ministry of Agriculture said, adding "
            "that talks would resume on Monday.",
            "About a hundred farmers were received",
        ),
    ],
)
def test_quotes_reported_incise_before_participle_clause(lang: str, text: str, words: str) -> None:
    quotes = run(text, lang)
    assert speakers_of(quotes, words) == ["Valdor Ministry of Agriculture"]
    assert not any(
        words in q["text"] and "dialogue" in q["text"] or "talks" in q["text"] and words in q["text"] for q in quotes
    )


# ------------------------------------------------------- quoted fragments inside a sentence with a named source
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, fragment, who",
    [
        (
            "fr",
            "Le même nombre d’agriculteurs a occupé « quelques minutes » la mairie de Brévonne, selon le ministère "
            "de l’Agriculture du Valdor.",
            "Le même nombre d’agriculteurs",
            "quelques minutes",
            "Valdor Ministry of Agriculture",
        ),
        (
            "fr",
            "La ville attend que des « garanties soient données » avant de signer le contrat, a déclaré jeudi Paul "
            "Martel.",
            "La ville attend",
            "garanties soient données",
            "Paul Martel",
        ),
        (
            "en",
            'Several suspects were arrested overnight in a "very tense" district, according to Claire Vasseur.',
            "Several suspects were arrested",
            "very tense",
            "Claire Vasseur",
        ),
    ],
)
def test_quotes_reported_source_with_quoted_fragments(
    lang: str, text: str, words: str, fragment: str, who: str
) -> None:
    quotes = run(text, lang)
    assert speakers_of(quotes, words) == [who]
    assert fragment in next(q["text"] for q in quotes if words in q["text"])


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Paul Martel a été clair : « Nous partirons demain matin avec toute l’équipe », a-t-il ajouté."),
        ("en", 'Paul Martel was clear: "We will leave tomorrow morning with the whole team," he added.'),
    ],
)
def test_quotes_reported_quote_before_incise_stays_direct(lang: str, text: str) -> None:
    assert all(q["direct"] for q in run(text, lang))


# ------------------------------------------------------- a collective unnamed source is described
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        ("fr", "La communauté internationale appelle au calme dans les rues de Brévonne.", "au calme"),
        ("en", "The international community said the vote had been free and fair.", "the vote had been"),
    ],
)
def test_quotes_reported_international_community_is_described(lang: str, text: str, words: str) -> None:
    quotes = run(text, lang)
    hits = [q for q in quotes if words in q["text"]]
    assert hits and hits[0]["speakers"][0]["id"] is None
    assert "communauté" in hits[0]["speakers"][0]["name"] or "community" in hits[0]["speakers"][0]["name"]


# ------------------------------------------------------- a speech locution: "faire part de", "faire état de"
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            "Paul Martel a fait part de son plaisir de retrouver Brévonne.",
            "son plaisir de retrouver Brévonne",
            "Paul Martel",
        ),
        (
            "Le Palais d’Ostrel fait état de nombreuses arrestations dans la capitale.",
            "nombreuses arrestations dans la capitale",
            "Palais d’Ostrel",
        ),
        (
            "Le ministère de l’Agriculture du Valdor a fait part à Jean Ribot de ses inquiétudes sur la récolte.",
            "ses inquiétudes sur la récolte",
            "Valdor Ministry of Agriculture",
        ),
    ],
)
def test_quotes_reported_speech_locution_states_its_complement(text: str, words: str, who: str) -> None:
    quotes = run(text, "fr")
    assert speakers_of(quotes, words) == [who]
    assert not any("Jean Ribot" in q["text"] for q in quotes)  # the addressee is not what was said


@pytest.mark.e2e
def test_quotes_reported_negated_locution_states_nothing() -> None:
    assert run("Claire Vasseur n’a pas fait état de difficultés particulières.", "fr") == []


# ------------------------------------------------------- "l'annonce de X selon laquelle …"
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            "Les informations du ministère de l’Agriculture du Valdor selon lesquelles la récolte serait retardée ont "
            "inquiété les habitants.",
            "la récolte serait retardée",
            "Valdor Ministry of Agriculture",
        ),
        (
            "En réaction à l’annonce de Paul Martel selon laquelle la mairie fermerait en juin, les habitants ont "
            "manifesté.",
            "la mairie fermerait en juin",
            "Paul Martel",
        ),
    ],
)
def test_quotes_reported_relative_source_clause(text: str, words: str, who: str) -> None:
    quotes = run(text, "fr")
    assert speakers_of(quotes, words) == [who]
    assert not any("habitants" in q["text"] for q in quotes)


@pytest.mark.e2e
def test_quotes_reported_relative_source_without_owner_is_no_quote() -> None:
    text = "En réaction aux reproches selon lesquels la ville serait trop lente, Paul Martel a convoqué la presse."
    assert run(text, "fr") == []


# ------------------------------------------------------- a reporter at a press conference is described
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        ("en", "When a reporter pointed out that the bridge was closed, Paul Martel left the room.", "the bridge"),
        ("fr", "Un journaliste a fait remarquer que le pont était fermé depuis lundi.", "le pont était fermé"),
    ],
)
def test_quotes_reported_reporter_is_described(lang: str, text: str, words: str) -> None:
    hits = [q for q in run(text, lang) if words in q["text"]]
    assert hits and [s["id"] for s in hits[0]["speakers"]] == [None]


# ------------------------------------------------------- "aux yeux de X", "de l'avis de X": a source, as "selon X"
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        ("Aux yeux de Paul Martel, la réforme de la mairie arrive beaucoup trop tard.", "la réforme", "Paul Martel"),
        ("De l’avis de Claire Vasseur, le projet ne verra jamais le jour.", "le projet ne verra", "Claire Vasseur"),
        ("La récolte sera mauvaise cette année, de l’avis de Jean Ribot.", "La récolte sera mauvaise", "Jean Ribot"),
        (
            "Aux yeux du ministère de l’Agriculture du Valdor, la récolte sera mauvaise.",
            "la récolte sera mauvaise",
            "Valdor Ministry of Agriculture",
        ),
    ],
)
def test_quotes_reported_opinion_source_preposition(text: str, words: str, who: str) -> None:
    assert speakers_of(run(text, "fr"), words) == [who]


@pytest.mark.e2e
def test_quotes_reported_opinion_source_of_nobody_is_no_quote() -> None:
    assert run("Aux yeux du monde, la ville a changé depuis dix ans.", "fr") == []


# ------------------------------------------------------- a speech verb before a colon, the words after unquoted
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        ("fr", "Paul Martel a prévenu : la ville ne paiera pas les travaux du pont.", "la ville ne paiera pas"),
        ("en", "Paul Martel warned: the city will not pay for the bridge.", "the city will not pay"),
    ],
)
def test_quotes_reported_speech_verb_before_colon(lang: str, text: str, words: str) -> None:
    quotes = run(text, lang)
    assert speakers_of(quotes, words) == ["Paul Martel"]
    assert all(q["text"].startswith(("la ville", "the city")) for q in quotes)


@pytest.mark.e2e
def test_quotes_reported_negated_speech_verb_before_colon_is_no_quote() -> None:
    assert run("Paul Martel n’a pas prévenu : la ville a appris la fermeture du pont lundi.", "fr") == []


# ------------------------------------------------------- a fronted question or circumstance before an incise verb
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, said",
    [
        (
            "en",
            "Asked whether the council and the city’s engineers were satisfied with the repairs so far, Paul Martel "
            "said: “I don’t think anyone is fully satisfied.”",
            "I don’t think anyone is fully satisfied.",
        ),
        (
            "fr",
            "Interrogé sur les retards et sur ce que les ingénieurs pensaient, Paul Martel a répondu : « Je ne pense "
            "pas que quiconque soit satisfait. »",
            "Je ne pense pas que quiconque soit satisfait.",
        ),
    ],
)
def test_quotes_reported_fronted_question_is_no_statement(lang: str, text: str, said: str) -> None:
    quotes = run(text, lang)
    assert [q["text"] for q in quotes] == [said]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        # a finite clause before the incise is the statement, whatever opens it
        ("en", "Repairs on the bridge will end in May, Paul Martel said on Monday.", "Repairs on the bridge will end"),
        (
            "fr",
            "Arrivé à l’aube, le convoi a été arrêté à la frontière, a indiqué Paul Martel.",
            "le convoi a été arrêté",
        ),
    ],
)
def test_quotes_reported_clause_before_incise_still_reported(lang: str, text: str, words: str) -> None:
    assert speakers_of(run(text, lang), words) == ["Paul Martel"]
