"""A short quote that fills its sentence and that the next sentence attributes (issue 12, stop 40): "« Vraiment
consternée ». C'est par ces mots que X a réagi…", "« Une honte absolue ! » C'est ainsi que X a qualifié…", "« Un jour
noir. » Voilà ce qu'a lancé X". A quote sentence of six words or more was read so already; a shorter one, with no
cue in its own sentence, fell as a scare quote. Near misses: a short quote sentence that the next sentence does not
attribute, a quoted heading line, and a short quote inside a narrative sentence. Written before any output of the
dev texts was read for it; every person and statement is invented."""

from __future__ import annotations

import pytest

from test_quotes import run, said_by

#: (text, first words of the quote, its speaker)
READ = [
    (
        "Le port a fermé lundi.\n\n« Vraiment consternée ». C'est par ces mots que Claire Vasseur a réagi mardi à"
        " la fermeture du port.",
        "Vraiment consternée",
        "Claire Vasseur",
    ),
    (
        "« Vraiment consternée ». C'est par ces mots que Claire Vasseur a réagi mardi à la fermeture du port.",
        "Vraiment consternée",
        "Claire Vasseur",
    ),
    (
        "Le préfet a signé l'arrêté. « Une honte absolue ! » C'est ainsi que Paul Martel a qualifié la décision.",
        "Une honte absolue",
        "Paul Martel",
    ),
    (
        "Le conseil a voté la fermeture. « Un jour noir. » Voilà ce qu'a lancé Jean Ribot à la sortie de la séance.",
        "Un jour noir",
        "Jean Ribot",
    ),
    (
        "« Extrêmement inquiète ». C'est en ces termes que Claire Vasseur a commenté la fermeture du port.",
        "Extrêmement inquiète",
        "Claire Vasseur",
    ),
]

#: (text, quoted words no quote holds)
NEAR = [
    ("« Vraiment jamais ». Le conseil a ensuite voté la fermeture du port en fin de journée.", "Vraiment jamais"),
    (
        "Le port a fermé.\n\n« Un nouveau départ »\nLe conseil et le maire ont signé l'accord mardi à Brévonne.",
        "Un nouveau départ",
    ),
    (
        "Le préfet parle d'une « mesure provisoire ». Paul Martel a ensuite quitté la salle du conseil.",
        "mesure provisoire",
    ),
]


@pytest.mark.e2e
@pytest.mark.parametrize("text, words, who", READ)
def test_quotes_short_named_after_read(text: str, words: str, who: str) -> None:
    assert said_by(text, words, who)


@pytest.mark.e2e
@pytest.mark.parametrize("text, words", NEAR)
def test_quotes_short_named_after_near_miss(text: str, words: str) -> None:
    assert not any(words in q["text"] for q in run(text, "fr"))
