"""A quote that opens between the auxiliary and the participle of its speaker's verb (issue 12, stop 40): "X a
« condamné fermement » l'arrestation de Y", "X a « fermement condamné » l'attaque", "X avait « dénoncé une manœuvre
politique »". The mark cuts the verb group, and the French model then hangs the participle on a noun of the
subject or gives it a passive subject, so the short fragment fell for want of a speaker; the auxiliary's subject
speaks. Near misses: the same fragment with no auxiliary before the mark (a noun's modifier: "une attaque
« fermement condamnée »" is the writer's). Written before any output of the dev texts was read for it; every
person and statement is invented."""

from __future__ import annotations

import pytest

from test_quotes import run, said_by

#: (text, first words of the fragment, its speaker)
READ = [
    (
        "Le maire de Brévonne, Paul Martel, a « condamné fermement » l'arrestation de Jean Ribot.",
        "condamné fermement",
        "Paul Martel",
    ),
    ("Claire Vasseur a « fermement condamné » l'attaque contre le convoi.", "fermement condamné", "Claire Vasseur"),
    ("Jean Ribot avait « dénoncé une manœuvre politique » la semaine dernière.", "dénoncé une manœuvre", "Jean Ribot"),
    (
        "Claire Vasseur a quitté la salle après avoir « dénoncé une mascarade » devant les élus.",
        "dénoncé une",
        "Claire Vasseur",
    ),
    ("Claire Vasseur a « regretté profondément » la décision du tribunal.", "regretté profondément", "Claire Vasseur"),
    ("Paul Martel a « salué le courage des sauveteurs » lors de la cérémonie.", "salué le courage", "Paul Martel"),
    (
        "Le ministère de l’Agriculture du Valdor a « rejeté catégoriquement » ces accusations.",
        "rejeté catégoriquement",
        "Valdor Ministry of Agriculture",
    ),
]

#: the fragment is no verb of a speaker's clause: no quote holds it
NEAR = [
    ("Une attaque « fermement condamnée » par les pêcheurs a eu lieu lundi.", "fermement condamnée"),
    ("Le bateau a été « ramené » au port par les garde-côtes.", "ramené"),
]


@pytest.mark.e2e
@pytest.mark.parametrize("text, words, who", READ)
def test_quotes_verb_in_marks_read(text: str, words: str, who: str) -> None:
    assert said_by(text, words, who)


@pytest.mark.e2e
@pytest.mark.parametrize("text, words", NEAR)
def test_quotes_verb_in_marks_near_miss(text: str, words: str) -> None:
    assert not any(words in q["text"] for q in run(text, "fr"))
