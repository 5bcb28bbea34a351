"""Reported speech in news copy, conventions of wire writing (issue 12): each test is one class of construction,
with invented sentences (invented people and statements) in French and English where the class exists in both."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from test_quotes import PEOPLE, run
from test_quotes_reported import speakers_of
from veille.analysis.quotes import labels

#: The invented people of the quote tests, and an invented ministry written with a straight apostrophe.
SPEC = PEOPLE | {"minag2": ("Valdor Ministry of Agriculture", "ORG", ["ministère de l'Agriculture du Valdor"])}


# ------------------------------------------------------- the complementizer after a long run of adjuncts
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Paul Martel a affirmé lors d'une conférence de presse que la récolte serait bonne."),
        ("fr", "Paul Martel a affirmé lundi, lors d'une conférence de presse à Brévonne, que la récolte serait bonne."),
        ("en", "Paul Martel said on Monday, during a visit to Brevonne, that the harvest would be good."),
    ],
)
def test_quotes_reported_news_complementizer_after_adjuncts(lang: str, text: str) -> None:
    words = "la récolte serait bonne" if lang == "fr" else "the harvest would be good"
    assert speakers_of(run(text, lang), words) == ["Paul Martel"]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        # "ainsi que" coordinates two objects: the second is no clause of its own
        (
            "Paul Martel a annoncé la fermeture de la piscine ainsi que l'arrêt de douze lignes de bus.",
            "la fermeture de la piscine",
        ),
    ],
)
def test_quotes_reported_news_fixed_conjunction_opens_no_clause(text: str, words: str) -> None:
    quotes = run(text, "fr")
    assert speakers_of(quotes, words) == ["Paul Martel"]
    assert not any(q["text"].startswith("l'arrêt") for q in quotes)


@pytest.mark.e2e
def test_quotes_reported_news_copular_noun_is_no_speech_verb() -> None:
    text = "C'est une menace habituelle du syndicat, dès qu'il se sent ignoré : bloquer le port de Brévonne."
    assert not any(q["text"].startswith("il se sent") for q in run(text, "fr"))


# ------------------------------------------------------- a source after adverbs inside the sentence
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, who",
    [
        ("À Brévonne, le cortège a rassemblé, toujours selon Paul Martel, jusqu'à 1500 personnes.", ["Paul Martel"]),
        ("Le cortège a rassemblé 1500 personnes à Brévonne, notamment selon Paul Martel.", ["Paul Martel"]),
    ],
)
def test_quotes_reported_news_source_after_adverbs(text: str, who: list[str]) -> None:
    assert speakers_of(run(text, "fr"), "cortège a rassemblé") == who


# ------------------------------------------------------- an incise before a non-finite adjunct
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        ("fr", "Les négociations ont échoué, a indiqué Paul Martel, sans donner de détails.", "Les négociations ont"),
        ("en", "The harvest will be poor this year, Paul Martel said, without elaborating.", "The harvest will be"),
    ],
)
def test_quotes_reported_news_incise_before_a_prepositional_adjunct(lang: str, text: str, words: str) -> None:
    assert speakers_of(run(text, lang), words) == ["Paul Martel"]


# ------------------------------------------------------- an incise with its subject first, closed by its own comma
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        ("fr", "Le port rouvrira la semaine prochaine, Paul Martel a affirmé, deux jours après la grève.", "Le port"),
        ("fr", "Le chantier avance lentement, Paul Martel a déclaré devant les députés.", "Le chantier avance"),
        (
            "en",
            "Paul Martel visited the port. The port will reopen soon, the minister said, two days after the strike.",
            "The port will reopen",
        ),
    ],
)
def test_quotes_reported_news_incise_with_subject_first(lang: str, text: str, words: str) -> None:
    assert speakers_of(run(text, lang), words) == ["Paul Martel"]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Le chantier avance, le ministre a plaidé pour sa réforme devant les députés."),
        ("en", "The harbour stayed shut for weeks, Paul Martel visited it on Sunday."),
    ],
)
def test_quotes_reported_news_comma_splice_without_speech_is_no_incise(lang: str, text: str) -> None:
    assert run(text, lang) == []


# ------------------------------------------------------- an inverted incise with an addressee before its subject
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, who",
    [
        ("Trois serres ont été détruites par la grêle, a déclaré à la presse Paul Martel.", "Paul Martel"),
        ("Trois serres ont été détruites par la grêle, a indiqué à l'AFP une source syndicale.", "source syndicale"),
    ],
)
def test_quotes_reported_news_incise_with_addressee_before_subject(text: str, who: str) -> None:
    quotes = run(text, "fr", SPEC)
    assert len(quotes) == 1 and quotes[0]["text"].startswith("Trois serres ont été détruites")
    assert who in quotes[0]["speakers"][0]["name"]


@pytest.mark.e2e
def test_quotes_reported_news_incise_with_addressee_and_no_subject_is_no_quote() -> None:
    assert run("Le chantier avance lentement, a plaidé à l'assemblée pour cette réforme.", "fr", SPEC) == []


# ------------------------------------------------------- an impersonal incise names its source after it
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, who",
    [
        (
            "Trois serres ont été détruites par la grêle, a-t-on appris mardi auprès du ministère de l’Agriculture du "
            "Valdor.",
            {"id": "minag", "name": "Valdor Ministry of Agriculture"},
        ),
        ("Trois serres ont été détruites par la grêle, a-t-on appris de source syndicale.", {"id": None}),
        ("Trois serres ont été détruites par la grêle, a-t-on appris jeudi de sources concordantes.", {"id": None}),
    ],
)
def test_quotes_reported_news_impersonal_incise_reports_the_sentence(text: str, who: dict) -> None:
    quotes = run(text, "fr", SPEC)
    assert len(quotes) == 1 and quotes[0]["text"].startswith("Trois serres ont été détruites")
    (speaker,) = quotes[0]["speakers"]
    assert {k: speaker[k] for k in who} == who


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "Trois serres ont été détruites par la grêle, a-t-on appris mardi.",  # no source named
        "Trois serres ont été détruites par la grêle, a-t-il appris mardi.",  # a person learnt it: no statement
        "Trois serres ont été détruites par la grêle, comme on l’a appris mardi.",
    ],
)
def test_quotes_reported_news_impersonal_incise_without_source_is_no_quote(text: str) -> None:
    assert run(text, "fr", SPEC) == []


# ------------------------------------------------------- a closing incise reports its whole sentence
@pytest.mark.e2e
def test_quotes_reported_news_incise_reports_a_sentence_with_an_inner_speech_verb() -> None:
    """The content's main verb is no speech verb: the incise's speaker states all of it, the warning included."""
    text = (
        "Valdor considers the drills provocations and warns its neighbours that they face a strong army, "
        "Paul Martel said in a statement on Sunday."
    )
    quotes = run(text, "en")
    assert speakers_of(quotes, "Valdor considers the drills") == ["Paul Martel"]
    assert len(quotes) == 1


@pytest.mark.e2e
def test_quotes_reported_news_incise_after_a_nested_report_keeps_the_inner_statement() -> None:
    """The content is headed by a speech verb: a nested report, whose inner statement is the quote."""
    quotes = run("Claire Vasseur warned that the harbour would close, Paul Martel said on Sunday.", "en")
    assert speakers_of(quotes, "the harbour would close") == ["Claire Vasseur"]


# ------------------------------------------------------- security forces as an unnamed source
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, phrase",
    [
        ("fr", "Selon les forces de sécurité, trois personnes ont été blessées.", "trois personnes", "forces"),
        ("en", "Three people were injured, according to security forces.", "Three people", "forces"),
    ],
)
def test_quotes_reported_news_security_forces_are_a_described_source(
    lang: str, text: str, words: str, phrase: str
) -> None:
    (who,) = speakers_of(run(text, lang), words)
    assert phrase in who


# ------------------------------------------------------- a relative pronoun speaks for its antecedent
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        ("en", "Paul Martel, who said the harvest would be poor, left the meeting.", "the harvest would be poor"),
        (
            "en",
            "The mayor was re-elected with 58% of the vote, ahead of Paul Martel, who denounced the vote as a farce.",
            "the vote as a farce",
        ),
        ("fr", "Paul Martel, qui a affirmé que la récolte serait mauvaise, a quitté la réunion.", "la récolte serait"),
    ],
)
def test_quotes_reported_news_relative_pronoun_speaks_for_its_antecedent(lang: str, text: str, words: str) -> None:
    assert speakers_of(run(text, lang), words) == ["Paul Martel"]


# ------------------------------------------------------- a speech noun's complement clause, its owner speaking
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, who",
    [
        (
            "en",
            "He was asked about Paul Martel's statements to reporters that he had helped organise the strike.",
            "he had helped organise",
            ["Paul Martel"],
        ),
        (
            "en",
            "Paul Martel's claim that the harvest had failed was rejected.",
            "the harvest had failed",
            ["Paul Martel"],
        ),
        (
            "fr",
            "Le ministre a rejeté l'affirmation de Paul Martel que la récolte avait échoué.",
            "la récolte",
            ["Paul Martel"],
        ),
        (
            "fr",
            "L'annonce par le ministère de l'Agriculture du Valdor que les silos fermeraient a surpris.",
            "les silos fermeraient",
            ["Valdor Ministry of Agriculture"],
        ),
    ],
)
def test_quotes_reported_news_speech_noun_clause_is_its_owners_statement(
    lang: str, text: str, words: str, who: list[str]
) -> None:
    assert speakers_of(run(text, lang, SPEC), words) == who


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "The claim that the harvest had failed was rejected."),  # nobody named: no speaker
        ("fr", "L'affirmation de Paul Martel, que le ministre a rejetée, était fausse."),  # a relative after a comma
    ],
)
def test_quotes_reported_news_speech_noun_clause_needs_an_owner_and_a_complementizer(lang: str, text: str) -> None:
    assert run(text, lang, SPEC) == []


# ------------------------------------------------------- an estimate stated by its source
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        ("Paul Martel estimated the losses at two million euros.", "the losses at two million euros"),
        ("Paul Martel estimates that the losses will reach two million euros.", "the losses will reach"),
    ],
)
def test_quotes_reported_news_estimate_is_its_sources_statement(text: str, words: str) -> None:
    assert speakers_of(run(text, "en"), words) == ["Paul Martel"]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "The Valdor Ministry of Agriculture said the harvest was poor. It is estimated that 3,000 farms were hit.",
        "The Valdor Ministry of Agriculture met Paul Martel. He was told that 3,000 farms were hit.",
    ],
)
def test_quotes_reported_news_passive_speech_verb_without_agent_has_no_speaker(text: str) -> None:
    assert not any(q["text"].startswith("3,000 farms") for q in run(text, "en"))


# ------------------------------------------------------- a passive subject with no passive auxiliary
@pytest.mark.parametrize(
    "words, deps, heads, passive",
    [
        # the parser's misreading of a subjunctive: a passive subject, no passive auxiliary
        (
            ["la", "Ligue", "n’", "exclue", "pas"],
            ["det", "nsubj:pass", "advmod", "ROOT", "advmod"],
            [1, 3, 3, 3, 3],
            False,
        ),
        (["le", "convoi", "est", "arrêté"], ["det", "nsubj:pass", "aux:pass", "ROOT"], [1, 3, 3, 3], True),
        (["the", "envoy", "was", "told"], ["det", "nsubjpass", "auxpass", "ROOT"], [1, 3, 3, 3], True),
    ],
)
def test_quotes_reported_news_passive_voice_needs_a_passive_auxiliary(
    words: list[str], deps: list[str], heads: list[int], passive: bool
) -> None:
    doc = Doc(Vocab(), words=words, deps=deps, heads=heads)
    assert labels.passive_voice(doc[3]) is passive


@pytest.mark.e2e
def test_quotes_reported_news_negated_subjunctive_reports() -> None:
    text = (
        "Les militaires ont fermé la frontière dimanche, alors que le Palais d’Ostrel n’exclue pas une intervention "
        "si les militaires ne partaient pas."
    )
    assert speakers_of(run(text, "fr"), "une intervention") == ["Palais d’Ostrel"]


# ------------------------------------------------------- a closing incise the parser reads as a second predicate
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            "Le maire a accepté lundi de démissionner, a annoncé le président de la Ligue des communes (LDC).",
            "Le maire a accepté",
            "le président de la Ligue",
        ),
        (
            "Un troisième convoi va partir ce mercredi, a annoncé Paul Martel, le ministre valdorien de l’Agriculture.",
            "Un troisième convoi",
            "Paul Martel",
        ),
    ],
)
def test_quotes_reported_news_incise_subject_is_no_statement(text: str, words: str, who: str) -> None:
    quotes = run(text, "fr")
    assert who in speakers_of(quotes, words)[0]
    assert len(quotes) == 1  # the speaker's phrase is no second quote (what was announced)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        ("Paul Martel a rencontré les maires, a annoncé la fermeture du port.", "la fermeture du port"),
        ("Claire Vasseur est arrivée lundi, a annoncé la hausse des salaires.", "la hausse des salaires"),
    ],
)
def test_quotes_reported_news_second_predicate_states_its_object(text: str, words: str) -> None:
    assert speakers_of(run(text, "fr"), words)
