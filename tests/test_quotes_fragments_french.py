"""Quoted fragments inside French statements (issue 12, stop 39): words in guillemets that are an argument or an
adjunct of a speech or attitude verb whose subject speaks ("X condamne « fermement … »", "X s'est dit « … »",
"X a dénoncé une « … »", "qualifiant Y de « … »", "X a évoqué « … »", "plaide pour « … »"). The real-news golds
list each as a direct quote of the verb's subject (GOLD.md: `direct`, `partial`); a quote is read when one predicted
quote holds the fragment's first words and has that speaker. Near misses: a titled work or a name in guillemets, a
scare-quoted word with no speaker, a slogan or an operation's name, a fragment another speaker said. Written before
any dev output was read; every person, place and statement is invented."""

from __future__ import annotations

import pytest

from test_quotes import run

#: (text, first words of the fragment, its speakers joined by " + ")
READ = [
    # the fragment is the object of a speech verb, an adverb inside the marks
    (
        "Le ministère de l’Agriculture du Valdor condamne « fermement ces attaques contre les exploitants » du nord.",
        "fermement ces attaques",
        "Valdor Ministry of Agriculture",
    ),
    # "se dire", "se déclarer", "se montrer" + a quoted attribute
    (
        "Paul Martel s'est dit « profondément préoccupé par la situation » à Brévonne.",
        "profondément préoccupé par",
        "Paul Martel",
    ),
    ("Claire Vasseur s'est dite « très inquiète pour l'avenir du port ».", "très inquiète pour", "Claire Vasseur"),
    (
        "Jean Ribot s'est déclaré « prêt à discuter avec tout le monde » lundi soir.",
        "prêt à discuter avec",
        "Jean Ribot",
    ),
    pytest.param(
        "Claire Vasseur s'est montrée « confiante dans l'issue des négociations ».",
        "confiante dans l'issue",
        "Claire Vasseur",
        marks=pytest.mark.xfail(strict=True, reason="not yet: the model reads « confiante » as a verb, the root"),
    ),
    # an article or a possessive outside the marks, under a speech verb
    (
        "Claire Vasseur a dénoncé une « manœuvre politique grossière » de l'opposition.",
        "manœuvre politique grossière",
        "Claire Vasseur",
    ),
    (
        "Le ministère de l’Agriculture du Valdor a exprimé sa « vive inquiétude » face à la sécheresse.",
        "vive inquiétude",
        "Valdor Ministry of Agriculture",
    ),
    (
        "Paul Martel a réaffirmé son « soutien indéfectible » aux pêcheurs de la côte.",
        "soutien indéfectible",
        "Paul Martel",
    ),
    (
        "Jean Ribot a salué un « moment historique pour la région » après la signature.",
        "moment historique pour la",
        "Jean Ribot",
    ),
    # "qualifier X de « … »", before or after the subject
    ("Jean Ribot a qualifié la décision de « faute historique ».", "faute historique", "Jean Ribot"),
    (
        "Qualifiant l'accord de « véritable trahison des électeurs », Paul Martel a quitté la salle.",
        "véritable trahison des électeurs",
        "Paul Martel",
    ),
    (
        "Claire Vasseur a quitté la réunion, qualifiant le projet de « pure folie budgétaire ».",
        "pure folie budgétaire",
        "Claire Vasseur",
    ),
    # the fragment is the whole object
    (
        "Claire Vasseur a évoqué « une période difficile pour tous les habitants ».",
        "une période difficile pour",
        "Claire Vasseur",
    ),
    (
        "Le Palais d’Ostrel a salué « une avancée majeure pour la paix » dans un communiqué.",
        "une avancée majeure pour",
        "Palais d’Ostrel",
    ),
    (
        "Paul Martel a fustigé « l'irresponsabilité totale » des dirigeants du club.",
        "l'irresponsabilité totale",
        "Paul Martel",
    ),
    (
        "Le ministère de l’Agriculture du Valdor a regretté « le manque de coopération des voisins ».",
        "le manque de coopération",
        "Valdor Ministry of Agriculture",
    ),
    (
        "Paul Martel a réclamé « des sanctions exemplaires » contre les auteurs des dégradations.",
        "des sanctions exemplaires",
        "Paul Martel",
    ),
    # after a preposition under the cue: "à", "pour", "contre", "sur", "de"
    ("Paul Martel a appelé à « la plus grande retenue » après les heurts.", "la plus grande retenue", "Paul Martel"),
    (
        "Jean Ribot plaide pour « un dialogue sans conditions » avec les syndicats.",
        "un dialogue sans conditions",
        "Jean Ribot",
    ),
    (
        "Claire Vasseur a mis en garde contre « toute tentative de déstabilisation » du scrutin.",
        "toute tentative de déstabilisation",
        "Claire Vasseur",
    ),
    (
        "Claire Vasseur a insisté sur « la nécessité d'agir très vite ».",
        "la nécessité d'agir",
        "Claire Vasseur",
    ),
    ("Claire Vasseur a parlé d'« un tournant pour la ville ».", "un tournant pour la", "Claire Vasseur"),
    ("Jean Ribot s'est félicité d'« un accord historique » avec les pêcheurs.", "un accord historique", "Jean Ribot"),
    # an infinitive inside the marks after a verb of commitment or intent
    (
        "Jean Ribot a promis de « tout faire pour rétablir l'ordre » dans le quartier.",
        "tout faire pour rétablir",
        "Jean Ribot",
    ),
    # a pronoun subject
    (
        "Paul Martel a réuni ses adjoints mardi. Il a dénoncé « une campagne de dénigrement » contre la mairie.",
        "une campagne de dénigrement",
        "Paul Martel",
    ),
    # a present participle adjunct of a narrative sentence
    (
        "Claire Vasseur a quitté Brévonne jeudi, dénonçant « un accueil indigne » des autorités locales.",
        "un accueil indigne",
        "Claire Vasseur",
    ),
]  # fmt: skip

#: quoted words no speaker of the sentence says: no quote holds them
NOT_READ = [
    # a titled work or a newspaper's name
    ("Paul Martel a accordé un entretien au journal « Le Courrier de Brévonne » lundi.", "Le Courrier de Brévonne"),
    ("Claire Vasseur a relu « Les Chemins du Nord » pendant l'été.", "Les Chemins du Nord"),
    # an operation, a campaign, a nickname
    ("Jean Ribot a lancé l'opération « Bouclier d'hiver » dans la vallée.", "Bouclier d'hiver"),
    ("La mairie a lancé la campagne « Brévonne propre » au printemps.", "Brévonne propre"),
    ("Paul Martel, surnommé « le Lion de Brévonne », a quitté la mairie.", "le Lion de Brévonne"),
    # a scare-quoted word with no speaker
    ("Les « gilets verts » ont défilé samedi dans le centre de Brévonne.", "gilets verts"),
    ("Des « casseurs » ont brisé des vitrines dans la nuit.", "casseurs"),
    # a slogan on a banner
    ("Une banderole portant l'inscription « Non à la fermeture » était accrochée à la mairie.", "Non à la fermeture"),
]  # fmt: skip

#: a fragment another speaker said, inside a sentence whose subject speaks: not the subject's words
OTHER_SPEAKER = [
    (
        "Paul Martel a répondu aux critiques de Claire Vasseur, qui avait parlé d'« un budget irresponsable ».",
        "un budget irresponsable",
        "Paul Martel",
    ),
    (
        "Jean Ribot a rejeté l'expression « coup de force » employée par Claire Vasseur.",
        "coup de force",
        "Jean Ribot",
    ),
]  # fmt: skip


def _read(text: str, words: str, who: str) -> bool:
    want = set(who.split(" + "))
    return any(words in q["text"] and {s["name"] for s in q["speakers"]} == want for q in run(text, "fr"))


@pytest.mark.e2e
@pytest.mark.parametrize("text, words, who", READ)
def test_quotes_fragments_french_read(text: str, words: str, who: str) -> None:
    assert _read(text, words, who)


@pytest.mark.e2e
@pytest.mark.parametrize("text, words", NOT_READ)
def test_quotes_fragments_french_near_miss(text: str, words: str) -> None:
    assert not any(words in q["text"] for q in run(text, "fr"))


@pytest.mark.e2e
@pytest.mark.parametrize("text, words, who", OTHER_SPEAKER)
def test_quotes_fragments_french_other_speaker(text: str, words: str, who: str) -> None:
    assert not _read(text, words, who)
