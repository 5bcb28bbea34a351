"""A quoted statement is no page furniture (issue 12, stop 40): a paragraph of speech in quotation marks closed by
its incise ("« Nous apprécions beaucoup votre soutien… », a répondu X.") was dropped as a donation appeal or a
share widget when its words happened to match one ("votre soutien", "abonnez-vous", "suivez-nous"), and its quote
was lost. A line that opens with a quotation mark and goes on after the closing one with a comma is speech, not a
widget. Near misses: the widget lines themselves, with no quotation marks, stay page furniture. Every person and
statement is invented."""

from __future__ import annotations

import pytest

from test_textclean import clean

TITLE = "Le maire de Brévonne reçoit les pêcheurs du port"
INTRO = "Le maire Paul Martel a reçu mardi matin les pêcheurs du port de Brévonne pour une longue réunion de travail."
AFTER = "La réunion a duré trois heures et une autre est prévue en juin avec les élus de la région."

#: quoted statements that hold a widget's words: kept in the body
KEPT = [
    "« Nous apprécions beaucoup votre soutien constant à la politique du port », a répondu en retour M. Martel.",
    '"Merci pour votre soutien pendant toute cette crise", a écrit Claire Vasseur sur son compte.',
    "« Abonnez-vous à nos idées plutôt qu'à nos peurs », a lancé Claire Vasseur devant les pêcheurs.",
    "“Suivez-nous dans cette bataille pour les quais du nord”, a déclaré Jean Ribot à la sortie de la réunion.",
]

#: widget lines, no quotation marks: still dropped
DROPPED = [
    "Soutenez-nous : votre soutien est essentiel à notre rédaction",
    "Abonnez-vous à notre newsletter",
]


@pytest.mark.parametrize("line", KEPT)
def test_textclean_quoted_widget_words_kept(line: str) -> None:
    art = clean(f"{TITLE}\n\n{INTRO}\n\n{line}\n\n{AFTER}")
    assert line in art.paragraphs


@pytest.mark.parametrize("line", DROPPED)
def test_textclean_quoted_widget_words_near_miss(line: str) -> None:
    art = clean(f"{TITLE}\n\n{INTRO}\n\n{line}\n\n{AFTER}")
    assert line not in art.paragraphs
