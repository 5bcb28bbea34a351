"""A view told through « pour qui » after the person who holds it (issue 12).

"Même avis du côté de X, pour qui il existe…", "…, a lancé le chef du parti Y, pour qui cette crise aura
montré que…": the relative clause is that person's statement, as the real-news golds list it (corpus/real16 la-03,
corpus/real18 ja-11; corpus/real5 ti-12 quotes it). Main read no report there: « pour » opens a source only as a
sentence's first word, and « selon laquelle »-like relatives spoke for the noun's owner (the party, not its chief).
The lexicon's ``prep_relative`` rows name the locution; the antecedent is read from the words before it
(`quotes.antecedent`), a person's name or a role noun only: « les habitants de Z, pour qui la vie… » stays the
writer's words, and « la cause pour laquelle… » no source. Every person, place and statement is invented."""

from __future__ import annotations

import pytest

from quote_fixtures import analysed_speakers

#: (text, words of the view, who holds it)
READ = [
    (
        "La ministre valdorienne Clara Voss a reçu lundi son homologue. Même avis du côté de Clara Voss, pour qui il "
        "existe de nombreux points communs entre les deux pays.",
        "il existe de nombreux points communs",
        "Clara Voss",
    ),
    (
        "« Tout le monde sait désormais qui gouverne », a lancé le chef du Parti radical, pour qui cette crise aura "
        "montré que le cabinet est paralysé.",
        "cette crise aura montré",
        "le chef du Parti radical",
    ),
]

#: (text, words that are no one's statement)
LEFT = [
    "Les habitants de Tarvel, pour qui la vie est devenue difficile, attendent des secours depuis lundi.",
    "Le maire Jean Dorval défend la cause pour laquelle il se bat depuis dix ans.",
]


@pytest.mark.parametrize(("text", "words", "speaker"), READ)
def test_quotes_relative_view_read(text: str, words: str, speaker: str) -> None:
    assert analysed_speakers(text, words) == [{speaker}]


@pytest.mark.parametrize("text", LEFT)
def test_quotes_relative_view_left(text: str) -> None:
    assert analysed_speakers(text, "la vie est devenue") == [] and analysed_speakers(text, "il se bat") == []
