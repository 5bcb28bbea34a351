"""An agency's credit with the desk's initials in brackets after the last sentence of a paragraph is cut off it
(issue 12, stop 62).

Swiss wire copy closes its last paragraph with the agency and the desk's initials ("… à la mairie. (ats/abc)"); the
bracketed credit with a slash stayed glued to the paragraph. Near miss: the same brackets inside a paragraph stay.
Every person and place is invented."""

from __future__ import annotations

import pytest

from test_textclean import INTRO_FR, TITLE_FR, clean

TAILS = ["(ats/abc)", "(ats/xyz)", "(ats/mk)"]
#: a closing paragraph of wire copy, longer than a caption
CLOSING_FR = (
    "Le maire de Brévonne a enfin rappelé que les dockers avaient déjà cessé le travail deux fois cette année, en "
    "février puis en mai, et que la direction du port n'avait jamais voulu ouvrir de négociation sur les horaires."
)


@pytest.mark.parametrize("tail", TAILS)
def test_textclean_wire_agency_initials_cut_off_the_last_paragraph(tail):
    art = clean(f"{TITLE_FR}\n\n{INTRO_FR}\n\n{CLOSING_FR} {tail}\n")
    assert art.paragraphs[-1] == CLOSING_FR
    assert tail in art.boilerplate


def test_textclean_wire_agency_slash_inside_a_paragraph_stays():
    para = "Le syndicat (ats/abc) a demandé lundi la réouverture du port de Brévonne et le départ du directeur."
    art = clean(f"{TITLE_FR}\n\n{INTRO_FR}\n\n{para}\n")
    assert para in art.paragraphs
