"""Single characters replaced by str.replace of each one a text holds (veille.charmap.CharMap): the text
str.translate gives with the same table, for the tables of the parse, the text cleaner and the store (invented
texts)."""

from __future__ import annotations

import random

import pytest

from veille.analysis import nlp
from veille.charmap import CharMap
from veille.extract.textclean import lines
from veille.store import keys

TABLES = {
    "spaces": {c: " " for c in "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008"},
    "zero width": dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad", ""),
    "folded": {"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "«": '"', "»": '"', "−": "-", "–": "-"},
    "apostrophes": {c: "'" for c in "’‘ʼ`´′"},
}
TEXTS = [
    "",
    "Le maire de Brévonne a dit\u00a0: « nous partirons » le 3\u202fmars.",
    "Sans aucun caractère à remplacer.",
    "l’OTAN — et l‘ONU\u200b − ont dit “oui” `ici´ ′ʼ\u00ad\ufeff",
    "\u00a0\u00a0\u2009début et fin\u2008",
]


@pytest.mark.parametrize("name", sorted(TABLES))
@pytest.mark.parametrize("text", TEXTS)
def test_charmap_is_translate(name, text):
    table = TABLES[name]
    assert CharMap(table)(text) == text.translate(str.maketrans(table))


@pytest.mark.parametrize("name", sorted(TABLES))
def test_charmap_is_translate_on_random_texts(name):
    table = TABLES[name]
    alphabet = [*table, "a", "é", " ", "'", '"', "-", "\n", "Z"]
    rng = random.Random(47)
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        assert CharMap(table)(text) == text.translate(str.maketrans(table))


def test_charmap_the_modules_tables():
    text = TEXTS[3] + TEXTS[1]
    assert nlp.normalise_spaces(text) == text.translate(str.maketrans(TABLES["spaces"]))
    assert len(nlp.normalise_spaces(text)) == len(text)  # one for one: every offset kept
    assert lines.normalise("a\u200bb\r\nc\rd") == "ab\nc\nd"
    assert lines.fold("L’OTAN  «\u00a0Paix\u00a0» — Oui") == 'l\'otan " paix " - oui'
    assert keys.normalise_name("L‘Élysée ʼ ") == "l'élysée '"


@pytest.mark.parametrize(
    "table",
    [{"a": "b", "b": "c"}, {"’": "'", "'": '"'}, {"ab": "c"}],  # chained replacements; a key of two characters
)
def test_charmap_refuses_what_translate_would_not_match(table):
    with pytest.raises(ValueError):
        CharMap(table)
