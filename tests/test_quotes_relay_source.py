"""A "selon X" source that relays a speech act its sentence tells with a verb and a subject of its own (issue 12,
stop 41; `quotes/relay_source.py`): the subject speaks, as "…, X said, according to the agency" does in English,
and the source is no antecedent of a pronoun inside that sentence ("Selon un communiqué, il a qualifié…": the
person named before). A sentence that tells no speech act of its own keeps its source as the speaker. Invented
statements and people; real agencies."""

from __future__ import annotations

import pytest

from test_quotes_informants import said


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        # a pronoun subject after a sentence-opening source, a verb with an "X de « … »" complement
        (
            "Paul Martel, directeur au ministère des Affaires étrangères, a reçu l'ambassadeur espagnol. Selon une"
            " note de la chancellerie, il a qualifié la manœuvre de « parfaitement inadmissible ».",
            "parfaitement inadmissible",
            "Paul Martel",
        ),
        # a participle set off by a comma, the source closing the sentence
        (
            "Le général Adrien Valmont reste introuvable. Dans un enregistrement diffusé jeudi, il a attaqué l'Union"
            " africaine, l'accusant de « complicité avec les envahisseurs », d'après la radio Sahel FM.",
            "complicité avec les envahisseurs",
            "Adrien Valmont",
        ),
        # a name as the subject, a quoted object
        (
            "Selon l'agence Reuters, Paul Martel a dénoncé « une provocation délibérée » de la part de ses voisins.",
            "une provocation délibérée",
            "Paul Martel",
        ),
        # "d'après" and a pronoun
        (
            "Paul Martel a reçu la délégation jeudi. D'après le quotidien Le Soir, il a promis « une réponse ferme »"
            " aux grévistes.",
            "une réponse ferme",
            "Paul Martel",
        ),
        # a reported clause
        (
            "Paul Martel a reçu l'ambassadeur espagnol. Selon l'agence Reuters, il a déclaré que la frontière"
            " resterait fermée.",
            "la frontière resterait fermée",
            "Paul Martel",
        ),
        # already read so: a named subject with a role, a source closing the sentence
        (
            "Selon la télévision d'État, la ministre Claire Vasseur a affirmé que les élections auraient lieu en mai.",
            "les élections auraient lieu",
            "Claire Vasseur",
        ),
    ],
)
def test_quotes_relay_source_subject_speaks(text: str, words: str, who: str) -> None:
    assert said(text, words) == {who}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        # the source itself: no speech verb in its sentence
        (
            "Le maire Paul Martel a reçu les syndicats en mairie mardi. Selon Paul Martel, l'accord est"
            " « définitivement mort » depuis des semaines.",
            "définitivement mort",
            "Paul Martel",
        ),
        # no speech act: a passive, a verb of action
        (
            "Claire Vasseur est arrivée lundi à Brévonne pour une visite. Selon l'agence Reuters, le convoi a été"
            " arrêté à la frontière mardi soir.",
            "le convoi a été arrêté",
            "Reuters",
        ),
        (
            "Paul Martel a reçu l'ambassadeur mardi à Brévonne. Selon l'agence Reuters, il a été hospitalisé mardi"
            " soir après un malaise.",
            "hospitalisé",
            "Reuters",
        ),
        # a verb of the lexicon that tells no speech here ("conclure un accord"), a participle qualifying a noun
        (
            "Les chantiers Valdor ont conclu avec Brevon un contrat prévoyant trois navires neufs d'ici 2030,"
            " selon une déclaration du ministre Paul Martel.",
            "trois navires neufs",
            "Paul Martel",
        ),
        # a state speaking through its source: the ministry's spokesperson
        (
            "La Tunisie a fermé sa frontière mardi. Le Maroc a appelé « toutes les parties » au calme, selon un"
            " porte-parole du ministère marocain des Affaires étrangères.",
            "toutes les parties",
            "Ministry of Foreign Affairs of Morocco",
        ),
        # "selon lui": the person named before
        (
            "Paul Martel a reçu l'ambassadeur mardi à Brévonne. Selon lui, la frontière restera fermée pendant"
            " plusieurs semaines.",
            "la frontière restera fermée",
            "Paul Martel",
        ),
    ],
)
def test_quotes_relay_source_source_speaks(text: str, words: str, who: str) -> None:
    assert said(text, words) == {who}
