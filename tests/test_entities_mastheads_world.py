"""A second batch of the world's press as knowledge (orgs.tsv, sector MED): newspapers, broadcasters and online media
of the Gulf and the Levant, the Pacific, South-East and South Asia, Africa and Russia, and France's overseas public
stations ("Polynésie La 1ère"), named in the running text: one organisation each. Near misses: a word of the name
alone or in lowercase prose is no medium. Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text,lang,name",
    [
        ("An official told the Khaleej Times that the new port would open in May.", "en", "Khaleej Times"),
        ("According to Gulf News, the ferry service resumed on Sunday.", "en", "Gulf News"),
        ("Selon Asharq Al-Awsat, les deux délégations se sont vues au Caire.", "fr", "Asharq Al-Awsat"),
        ("The mayor told i24NEWS the tunnel had been sealed.", "en", "i24NEWS"),
        ("The Samoa Observer reported that the runway was flooded.", "en", "Samoa Observer"),
        ("A minister told RNZ that the aid flight left at noon.", "en", "RNZ"),
        ("The Jakarta Post said the ferry had sunk near the island.", "en", "The Jakarta Post"),
        ("Speaking to the Bangkok Post, a trader said prices had doubled.", "en", "Bangkok Post"),
        ("Le site Burkina24 a publié la liste des nouveaux ministres.", "fr", "Burkina24"),
        ("The Daily Nation reported that the road to the border was closed.", "en", "Daily Nation"),
        ("Selon Kommersant, la livraison aura lieu en juin.", "fr", "Kommersant"),
        ("Internet traffic fell by half, the monitor NetBlocks said.", "en", "NetBlocks"),
        ("Le maire a déclaré à Polynésie La 1ère que l'école restait fermée.", "fr", "La 1ère"),
        ("Le reportage de Nouvelle Calédonie La 1ère a été diffusé mardi soir.", "fr", "La 1ère"),
    ],
)
def test_mastheads_world_medium_is_one_organisation(text, lang, name):
    found = entities(text, lang)
    assert name in found, found
    assert found[name]["type"] == "ORG"


@pytest.mark.parametrize(
    "text,lang,word",
    [
        ("The gulf between the two parties grew wider on Monday.", "en", "Gulf News"),
        ("The daily nation-wide curfew ended at dawn in Nairobi.", "en", "Daily Nation"),
        ("The observer mission counted the ballots in Apia.", "en", "Samoa Observer"),
        ("The post office in Jakarta reopened on Monday.", "en", "The Jakarta Post"),
        ("La première réunion a eu lieu à Papeete lundi.", "fr", "La 1ère"),
    ],
)
def test_mastheads_world_common_words_are_no_medium(text, lang, word):
    found = entities(text, lang)
    assert word not in found, found
