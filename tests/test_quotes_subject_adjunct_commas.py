"""A subject pronoun cut from its speech verb by an adjunct between commas (issue 12, stop 40): "Il a, également,
souligné « … »", "Elle a, toutefois, précisé que…", "Il a, par ailleurs, rappelé que…". The French model hangs the
pronoun on the auxiliary, or makes the auxiliary the root and the participle its complement; a name there was
read already (the main subject of the sentence), a pronoun was not, and the quote fell for want of a speaker.
The adjunct is one adverb, a short prepositional phrase, a time phrase or a stressed pronoun ("lui aussi"). Near
misses: the same shape with a verb that reports nothing ("a, par ailleurs, inauguré"). Written before any output of
the dev texts was read for it; every person and statement is invented."""

from __future__ import annotations

import pytest

from test_quotes import run, said_by

INTRO = "Le maire Paul Martel a visité le port de Brévonne mardi. "

#: (text after the intro sentence, first words of the quote, its speaker)
READ = [
    (
        "Il a, également, souligné « le travail patient des éleveurs au fil du programme ».",
        "le travail patient",
        "Paul Martel",
    ),
    ("Il a, par ailleurs, rappelé que « la digue reste fragile dans toute la baie ».", "la digue reste", "Paul Martel"),
    ("Il a, toutefois, précisé que la criée resterait fermée jusqu'en mai.", "la criée resterait", "Paul Martel"),
    ("Il a, ensuite, affirmé que le chantier serait achevé avant l'hiver.", "le chantier serait", "Paul Martel"),
    ("Il avait, quelques jours plus tôt, déclaré que le port allait rouvrir.", "le port allait", "Paul Martel"),
    (
        "Il a, lui aussi, estimé que « les quais doivent être rénovés au plus vite ».",
        "les quais doivent",
        "Paul Martel",
    ),
    (
        "Il a, de son côté, dénoncé « une gestion désastreuse des fonds publics ».",
        "une gestion désastreuse",
        "Paul Martel",
    ),
]

#: the same shape with a verb that reports nothing: no quote
NEAR = [
    "Il a, par ailleurs, inauguré un nouveau pont sur le fleuve en présence des élus.",
    "Il a, également, rencontré les familles des marins disparus au large.",
]


@pytest.mark.e2e
@pytest.mark.parametrize("text, words, who", READ)
def test_quotes_subject_adjunct_commas_read(text: str, words: str, who: str) -> None:
    assert said_by(INTRO + text, words, who)


@pytest.mark.e2e
@pytest.mark.parametrize("text", NEAR)
def test_quotes_subject_adjunct_commas_near_miss(text: str) -> None:
    assert not [q for q in run(INTRO + text, "fr") if q["start"] >= len(INTRO)]
