"""A capitalised word that opens a quotation going on after it is capitalised as the quoted sentence's first word,
as one opening a line or a sentence is (:func:`veille.analysis.entities.spans.is_junk`): a verb there is no name
("scrawled “Withdraw anti-mining law” on the walls"), nor an unknown word printed once where the quotation opens the
sentence (« Clôture une visite… »). Near misses: a word alone between quote marks (a quoted name: « Barkhane »), a
known state opening a quotation, a name printed again in the text, a word that is no verb opening a quotation inside
a sentence ("claiming that “Kandari refugees” were…": a name's adjective may open it). Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text,lang,word",
    [
        (
            "«Clôture une visite fort utile en Valdorie pour renforcer nos liens», a écrit le ministre Paul Dufresne.",
            "fr",
            "Clôture",
        ),
        ("« Voyons qui soutient ces mesures », a dit le ministre valmontais Paul Ardent.", "fr", "Voyons"),
        ("Students scrawled “Withdraw anti-mining law” on the walls.", "en", "Withdraw"),
        ("“Touchdown in Lacville. Friendship wins,” the minister Jane Arlow wrote.", "en", "Touchdown"),
    ],
)
def test_entities_quoted_openers_are_no_names(text, lang, word):
    found = entities(text, lang)
    assert word not in found, list(found)


@pytest.mark.parametrize(
    "text,lang,name",
    [
        ("L'opération « Barkhane » a pris fin en novembre.", "fr", "Barkhane"),
        ("“Kiribati deserves better,” the envoy said.", "en", "Kiribati"),
        ("“Halvorsen lied to us,” she said. Halvorsen denied it.", "en", "Halvorsen"),
        ("The group condemned the strike, claiming that “Kandari refugees” were among those killed.", "en", "Kandari"),
    ],
)
def test_entities_quoted_openers_near_misses(text, lang, name):
    found = entities(text, lang)
    assert name in found, list(found)
