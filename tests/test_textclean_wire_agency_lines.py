"""A news agency's name alone on a line is the page's furniture (issue 12, stop 62).

Wire copy carries its agency as a line of its own, under the headline, between the date line and the lede or after a
paragraph ("ATS", "QNA", "PA Wire", « La Presse »), or after the desk's initials ("jd, ats"). The bare names of
agencies the credit row lacked stayed a paragraph. Near misses (a sentence naming an agency, a line that names an
agency with other words) stay as they are. Every person and place is invented."""

from __future__ import annotations

import pytest

from test_textclean import AFTER, AFTER_FR, INTRO, INTRO_FR, TITLE, TITLE_FR, clean

AGENCIES = ["ATS", "QNA", "PA Wire", "La Presse", "Keystone-ATS", "ATS/Keystone", "PTI", "jd, ats", "ab/cd, ats"]


@pytest.mark.parametrize("agency", AGENCIES)
def test_textclean_wire_agency_line_under_the_headline(agency):
    art = clean(f"{TITLE_FR}\n\n{agency}\n\n{INTRO_FR}\n\n{AFTER_FR}\n")
    assert agency not in art.paragraphs
    assert agency in art.boilerplate
    assert art.title == TITLE_FR


@pytest.mark.parametrize("agency", AGENCIES)
def test_textclean_wire_agency_line_between_paragraphs(agency):
    art = clean(f"{TITLE}\n\n{INTRO}\n\n{agency}\n\n{AFTER}\n")
    assert agency not in art.paragraphs
    assert art.paragraphs == [INTRO, AFTER]


def test_textclean_wire_agency_line_after_the_date_line():
    text = f"{TITLE_FR}\n\n12.03.2025, 16:40\n\nATS\n\n{INTRO_FR}\n\n{AFTER_FR}\n"
    art = clean(text)
    assert "ATS" not in art.paragraphs
    assert art.paragraphs == [INTRO_FR, AFTER_FR]


NEAR_MISSES = [
    "ATS reported on Monday that the dockers of Carvella had voted to end their strike after three weeks.",
    "La Presse a appris lundi que les dockers de Brévonne avaient voté la fin de la grève après trois semaines.",
    "ATS news",
]


@pytest.mark.parametrize("line", NEAR_MISSES)
def test_textclean_wire_agency_near_misses_stay(line):
    art = clean(f"{TITLE}\n\n{INTRO}\n\n{line}\n\n{AFTER}\n")
    assert line in art.paragraphs
