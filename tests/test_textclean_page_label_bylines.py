"""A page's label in two or three capitalised words is no bare-name byline (issue 12, stop 60).

Navigation, widget and masthead labels ("Related Links", "App Store", "Video Extras", "Beta Version", « Pub »
before an advertiser's name) are printed as short lines in capitals, the shape of a reporter's bare name, so the
page got them as its authors. A bare line holding a word of the languages' `label_words` now names no author (as a
desk's name does: the line stays out of the body). Near misses: a reporter's bare name, and a prefixed byline
whose surname is such a word, stay authors. Every person and place is invented."""

from __future__ import annotations

import pytest

from test_textclean import AFTER, AFTER_FR, INTRO, INTRO_FR, TITLE, TITLE_FR, clean

LABELS = ["Related Links", "App Store", "Video Extras", "Beta Version", "Change Location", "Carvella Telegraph"]


@pytest.mark.parametrize("label", LABELS)
def test_textclean_page_label_is_no_author(label):
    art = clean(f"{label}\n\n{TITLE}\n\n{INTRO}\n\n{AFTER}\n")
    assert art.authors == []
    assert art.title == TITLE
    assert label not in art.paragraphs


def test_textclean_french_advert_label_is_no_author():
    art = clean(f"Pub Brévonne\n\n{TITLE_FR}\n\n{INTRO_FR}\n\n{AFTER_FR}\n")
    assert art.authors == []


def test_textclean_reporter_bare_name_unchanged():
    art = clean(f"{TITLE}\n\nJane Hollo\n\n{INTRO}\n\n{AFTER}\n")
    assert art.authors == ["Jane Hollo"]


def test_textclean_prefixed_byline_with_a_label_word_unchanged():
    art = clean(f"{TITLE}\n\nBy Jane Store\n\n{INTRO}\n\n{AFTER}\n")
    assert art.authors == ["Jane Store"]
