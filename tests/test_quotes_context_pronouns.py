"""A pronoun speaker ("a-t-elle ajouté", "she added") resolved through the discourse memory when two persons are
named before it: the person's gender read from the article of a role noun beside the name ("la ministre X", "X,
la ministre de…"), a title ("Mme X", "Mr X") or a feminine predicate ("X s’est félicitée"); a pronoun whose last
subject is of unknown gender, or of the other gender, refers to the one person of its gender named since. Invented
people and statements."""

from __future__ import annotations

import pytest

from test_quotes import run, speakers
from test_quotes_realnews import found

PERSONS = {
    "martel": ("Paul Martel", "PERSON", ["Paul Martel", "Martel"]),
    "vasseur": ("Claire Vasseur", "PERSON", ["Claire Vasseur", "Vasseur"]),
    "roux": ("Anne Roux", "PERSON", ["Anne Roux", "Roux"]),
}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        # the role noun's article before the name, the person an object of the sentence before
        (
            "Le maire Paul Martel a reçu la ministre Claire Vasseur lundi. « Les urgences manquent de lits », "
            "a-t-elle ajouté.",
            "Les urgences",
            "Claire Vasseur",
        ),
        (
            "La ministre Claire Vasseur a reçu le maire Paul Martel lundi. « Les urgences manquent de lits », "
            "a-t-il ajouté.",
            "Les urgences",
            "Paul Martel",
        ),
        # a role noun in apposition after the name; reported speech with a pronoun subject
        (
            "Le maire Paul Martel a accueilli Claire Vasseur, la présidente de la région, à la gare. Elle a "
            "estimé que les lignes de train devaient être rouvertes.",
            "les lignes",
            "Claire Vasseur",
        ),
        # titles; the two persons quoted in turn
        (
            "Mme Vasseur a rencontré M. Martel mardi à Brévonne. « Nous avons parlé des routes », a-t-elle "
            "déclaré. « Le dossier avance », a-t-il répondu.",
            "Le dossier avance",
            "Paul Martel",
        ),
        (
            "Mme Vasseur a rencontré M. Martel mardi à Brévonne. « Nous avons parlé des routes », a-t-elle "
            "déclaré. « Le dossier avance », a-t-il répondu.",
            "Nous avons parlé",
            "Claire Vasseur",
        ),
        # a feminine predicate
        (
            "Paul Martel a présenté le budget. Claire Vasseur s’est dite inquiète pour les écoles. « Les classes "
            "seront surchargées », a-t-elle prévenu.",
            "Les classes",
            "Claire Vasseur",
        ),
        # the subject before is of the pronoun's gender: it stays the speaker
        (
            "La ministre Claire Vasseur a reçu la maire Anne Roux lundi. « Les urgences manquent de lits », "
            "a-t-elle ajouté.",
            "Les urgences",
            "Claire Vasseur",
        ),
        (
            "Mrs Vasseur met Mr Martel in Brevonne on Tuesday. “We talked about roads,” she said. “The file is "
            "moving,” he replied.",
            "The file",
            "Paul Martel",
        ),
        (
            "Mr Martel received Mrs Vasseur in Brevonne on Tuesday. “The file is moving,” she said.",
            "The file",
            "Claire Vasseur",
        ),
        # a possessive pronoun in an adjunct of the verb gives its subject's gender
        (
            "Paul Martel met Claire Vasseur in Brevonne on Tuesday. Vasseur said in her speech that the wards "
            "lacked beds. “The file is moving,” she added.",
            "The file",
            "Claire Vasseur",
        ),
        # the subject before is of the other gender: the one person of unknown gender named since
        (
            "Paul Martel met Claire Vasseur in Brevonne on Tuesday. Martel said in his speech that the roads were "
            "bad. “The file is moving,” she added.",
            "The file",
            "Claire Vasseur",
        ),
        (
            "M. Martel a reçu Claire Vasseur lundi. « Les urgences manquent de lits », a-t-elle ajouté.",
            "Les urgences",
            "Claire Vasseur",
        ),
    ],
)
def test_quotes_context_pronoun_takes_the_person_of_its_gender(text: str, words: str, who: str) -> None:
    lang = "en" if "“" in text else "fr"
    assert speakers(found(run(text, lang, PERSONS), words)) == {who}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        # two women named since a man: which of them spoke is not guessed
        "M. Martel a reçu la ministre Claire Vasseur et la maire Anne Roux lundi. « Les urgences manquent de "
        "lits », a-t-elle ajouté.",
    ],
)
def test_quotes_context_pronoun_with_two_persons_of_its_gender_is_not_guessed(text: str) -> None:
    assert not [q for q in run(text, "fr", PERSONS) if "Les urgences" in q["text"]]


RIBOT = {"ribot": ("Jean Ribot", "PERSON", ["Jean Ribot", "Ribot"])}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        # a subject of unknown gender stays the referent of "he", not a man named since it
        "Jean Ribot spoke at the summit. “Our ties are strong,” he said with Mr Martel by his side.",
    ],
)
def test_quotes_context_pronoun_subject_of_unknown_gender_stays_the_referent(text: str) -> None:
    assert speakers(found(run(text, "en", {**PERSONS, **RIBOT}), "Our ties")) == {"Jean Ribot"}


LE_GOFF = {**PERSONS, "legoff": ("Erwan Le Goff", "PERSON", ["Erwan Le Goff"])}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, who",
    [
        (
            "fr",
            "Erwan Le Goff, 23 ans, étudie à Brévonne. Le jeune homme a affirmé que la ligne de bus serait supprimée.",
            "la ligne de bus",
            {"Erwan Le Goff"},
        ),
        (
            "fr",
            "Claire Vasseur tient une boulangerie à Brévonne depuis vingt ans. « Les clients ne viennent plus », a "
            "déclaré la jeune femme.",
            "Les clients",
            {"Claire Vasseur"},
        ),
        (
            "en",
            "Claire Vasseur has run a bakery in Brevonne for twenty years. “Customers no longer come,” the woman said.",
            "Customers no longer",
            {"Claire Vasseur"},
        ),
    ],
)
def test_quotes_context_person_noun_refers_to_the_last_person(lang: str, text: str, words: str, who: set) -> None:
    assert speakers(found(run(text, lang, LE_GOFF), words)) == who


@pytest.mark.e2e
def test_quotes_context_person_noun_with_an_indefinite_article_is_an_unnamed_speaker() -> None:
    q = found(run("Une femme a raconté que les soldats avaient fouillé sa maison.", "fr", PERSONS), "les soldats")
    assert [s["id"] for s in q["speakers"]] == [None]


GROUPS = {
    **PERSONS,
    "valdor": ("Valdor", "GPE", ["Valdor"]),
    "terre": ("Terre Claire", "ORG", ["Terre Claire"]),
}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        # "they" after one state or organisation that spoke last: English names a group by a plural pronoun
        (
            "Valdor declared that its army was ready. They added that the border would stay closed.",
            "the border would stay closed",
            {"Valdor"},
        ),
        (
            "Terre Claire said the forests were shrinking. They added that the rivers were “running dry.”",
            "the rivers were",
            {"Terre Claire"},
        ),
        # a plural subject seen since is the likelier referent
        (
            "Valdor said the talks had failed. Residents said the town was calm. They added that the shops were open.",
            "the shops were open",
            {"Residents"},
        ),
    ],
)
def test_quotes_context_pronouns_they_names_the_group_that_spoke_last(text: str, words: str, who: set) -> None:
    assert speakers(found(run(text, "en", GROUPS), words)) == who


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        # a person is no "they"
        ("en", "Paul Martel said the harvest would be late. They added that prices would rise.", "prices would rise"),
        # French "ils" does not name one state
        (
            "fr",
            "Le Valdor a déclaré que son armée était prête. Ils ont ajouté que la frontière restera fermée.",
            "la frontière",
        ),
    ],
)
def test_quotes_context_pronouns_they_never_names_one_person(lang: str, text: str, words: str) -> None:
    quotes = [q for q in run(text, lang, GROUPS) if words in q["text"]]
    assert all(speakers(q) - {"Valdor", "Paul Martel"} == speakers(q) for q in quotes)
