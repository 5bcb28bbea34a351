"""Newspapers, broadcasters and online media of the world named in the running text ("told the Kyiv Post", "selon
le Süddeutsche Zeitung", "RFE/RL reported"): one organisation each, whose name is knowledge-base data (orgs.tsv,
sector MED), so that a masthead the NER misses or splits is still read. Names that are also common words ("Le
Monde", "The Independent", "The Economist") stay out: near misses. Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text,lang,name",
    [
        ("The minister told The Yomiuri Shimbun that the plan would wait.", "en", "The Yomiuri Shimbun"),
        ("According to the Asahi Shimbun, the cabinet met twice on Friday.", "en", "The Asahi Shimbun"),
        ("Speaking to RFE/RL, a local teacher said the roads were closed.", "en", "Radio Free Europe/Radio Liberty"),
        ("The mayor told Radio Free Europe that the bridge had fallen.", "en", "Radio Free Europe/Radio Liberty"),
        ("All India Radio said the ferry had reached the island at dawn.", "en", "All India Radio"),
        ("The Straits Times reported that the talks would resume in May.", "en", "The Straits Times"),
        ("The South China Morning Post said the envoy had flown home.", "en", "South China Morning Post"),
        ("An aide told the Kyiv Independent that the convoy was late.", "en", "The Kyiv Independent"),
        ("The Times of Israel said the crossing stayed shut overnight.", "en", "The Times of Israel"),
        ("A spokesman told Voice of America the vote would go ahead.", "en", "Voice of America"),
        ("The senator spoke to Sky News on Tuesday about the strike.", "en", "Sky News"),
        ("Selon le Süddeutsche Zeitung, le ministre a quitté Berlin lundi.", "fr", "Süddeutsche Zeitung"),
        ("Le maire a confié à Radio Free Europe que le pont était fermé.", "fr", "Radio Free Europe/Radio Liberty"),
        ("La chaîne Sky News a montré les images du convoi mardi.", "fr", "Sky News"),
    ],
)
def test_mastheads_medium_is_one_organisation(text, lang, name):
    found = entities(text, lang)
    assert name in found, found
    assert found[name]["type"] == "ORG"


@pytest.mark.parametrize(
    "text,lang,word",
    [
        ("Le monde entier regarde Genève depuis lundi.", "fr", "Le Monde"),
        ("The independent candidate won the vote in Accra.", "en", "The Independent"),
        ("The economist said the currency would fall again.", "en", "The Economist"),
        ("Sky and sea turned grey over the port of Lagos.", "en", "Sky News"),
        ("Voice and dance classes resumed in Dakar on Monday.", "fr", "Voice of America"),
    ],
)
def test_mastheads_common_words_are_no_medium(text, lang, word):
    found = entities(text, lang)
    assert word not in found, found
