"""A reported clause whose elided complementizer the French model tags as an adverb (issue 12, stop 40): "X a
précisé qu'une enquête pour « sédition » avait été lancée…". A quoted fragment inside the clause misleads the model,
which hangs "qu'" on the clause's subject as an adverb; the clause was then read as none, and only the fragment
stayed (the golds list the clause too). Near misses: the restrictive "ne … qu'".
Written before any output of the dev texts was read for it; every person and statement is invented."""

from __future__ import annotations

import pytest

from test_quotes import run, said_by

#: (text, first words of the reported clause, its speaker)
READ = [
    (
        "Paul Martel a précisé qu'une enquête pour « sédition » avait été lancée contre Jean Ribot.",
        "une enquête pour « sédition »",
        "Paul Martel",
    ),
    (
        "Claire Vasseur a indiqué qu'un « accord de principe » avait été trouvé avec les pêcheurs.",
        "un « accord de principe »",
        "Claire Vasseur",
    ),
    (
        "Jean Ribot a affirmé qu'une « erreur grave » avait été commise par le préfet du Valdor.",
        "une « erreur grave »",
        "Jean Ribot",
    ),
    (
        "Claire Vasseur a expliqué qu'une partie du « trésor du port » avait disparu pendant l'hiver.",
        "une partie du « trésor",
        "Claire Vasseur",
    ),
    (
        "Paul Martel a précisé à la presse qu'une plainte pour « diffamation » serait déposée lundi.",
        "une plainte pour « diffamation »",
        "Paul Martel",
    ),
]

#: no reported clause opens there
NEAR = [
    ("Paul Martel n'a qu'une « priorité absolue » pour le port de Brévonne.", "qu'une"),
    ("Claire Vasseur ne craint qu'une « tempête d'hiver » sur le port de Brévonne.", "une « tempête"),
]


@pytest.mark.e2e
@pytest.mark.parametrize("text, words, who", READ)
def test_quotes_untagged_complementizer_read(text: str, words: str, who: str) -> None:
    assert said_by(text, words, who)


@pytest.mark.e2e
@pytest.mark.parametrize("text, words", NEAR)
def test_quotes_untagged_complementizer_near_miss(text: str, words: str) -> None:
    assert not any(q["text"].startswith(words) for q in run(text, "fr"))
