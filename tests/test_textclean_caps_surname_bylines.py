"""A reporter's name with its surname in capitals, and a byline printed after a date line's date (issue 12, stop 61).

French pages print a reporter's name as a first name in ordinary case and the surname in capitals ("Ruth KUTEMBA"),
often as a signature under the article; an unprefixed name was read only when no word was in capitals, so the
signature was dropped as trailing furniture and the page had no author. Now a surname in capitals of four letters or
more after a first name in ordinary case is a name's word. And a date line that names its reporter after the date
("Publié : 3 mai 2025 à 12h16 par Jeanne ROY", "May 3, 2025|By Jane Roe, THE DAILY POST") was page metadata whose
byline was never read; now the names after its "par" or "by" are the page's authors. Near misses: an acronym after a
word ("Source AFP", "Niu FM"), a line all in capitals, and a date line published by a desk or an agency name no
author. Every person and place is invented."""

from __future__ import annotations

import pytest

from test_textclean import AFTER, AFTER_FR, INTRO, INTRO_FR, TITLE, TITLE_FR, clean


@pytest.mark.parametrize(
    "name", ["Mirela KASTANOVA", "Jean-Paul Vérin DORSAC", "Alinta Marou DE VALMONT", "Odile PRAT"]
)
def test_textclean_caps_surname_signature_is_author(name):
    art = clean(f"{TITLE_FR}\n\n{INTRO_FR}\n\n{AFTER_FR}\n\n{name}\n")
    assert art.authors == [name]
    assert name not in art.paragraphs


def test_textclean_caps_surname_header_byline_is_author():
    art = clean(f"{TITLE}\n\nTomas BERGVALL\n\n{INTRO}\n\n{AFTER}\n")
    assert art.authors == ["Tomas BERGVALL"]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Publié : 3 mai 2025 à 12h16 par Jeanne ROY", ["Jeanne ROY"]),
        ("Publié le 14/05/2023 à 09:12 par Marc Dello et Anne Vidal", ["Marc Dello", "Anne Vidal"]),
    ],
)
def test_textclean_french_dated_byline_names_authors(line, authors):
    art = clean(f"{TITLE_FR}\n\n{line}\n\n{INTRO_FR}\n\n{AFTER_FR}\n")
    assert art.authors == authors
    assert art.published is not None


@pytest.mark.parametrize(
    "line", ["May 3, 2025|By Jane Roe, THE DAILY POST", "Published May 3, 2025 10:15 am by Jane Roe"]
)
def test_textclean_english_dated_byline_names_authors(line):
    art = clean(f"{TITLE}\n\n{line}\n\n{INTRO}\n\n{AFTER}\n")
    assert art.authors == ["Jane Roe"]


@pytest.mark.parametrize("line", ["Source AFP", "Niu FM", "MARIE LAUNAY"])
def test_textclean_acronyms_and_capitals_are_no_signature(line):
    art = clean(f"{TITLE_FR}\n\n{INTRO_FR}\n\n{AFTER_FR}\n\n{line}\n")
    assert art.authors == []


@pytest.mark.parametrize(
    "line", ["Publié le 3 mai 2025 à 12h16 par la rédaction", "May 3, 2025 | By Reuters", "May 3, 2025 10:15 am"]
)
def test_textclean_dated_line_of_desk_names_no_author(line):
    art = clean(f"{TITLE}\n\n{line}\n\n{INTRO}\n\n{AFTER}\n")
    assert art.authors == []
