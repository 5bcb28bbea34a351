"""A wire agency's credit naming its reporters, glued in brackets after the last sentence of a paragraph, is cut off
it and names the authors; its translators and editors are no authors (issue 12, stop 64).

Wire copy closes its last paragraph with the reporters' credit ("… des horaires. (Reportage A, version française B,
édité par C)", "… said. (Reporting by A in X; Editing by B)"), or names the reporter first and the translator after a
semicolon ("(A; version française B)"). The credit was read only on a line of its own: glued to the paragraph it
stayed in the body and the page had no author; on a line of its own, the translator or editor named after a comma
was read as an author. Near misses: brackets after a sentence that name no reporter stay; a credit line with no
role reads as before. Every person and place is invented."""

from __future__ import annotations

import pytest

from test_textclean import AFTER_FR, INTRO_FR, TITLE_FR, clean

TITLE_EN = "Carvella port reopens after three-week strike"
INTRO_EN = "The port of Carvella reopened on Monday morning after a three-week strike by dockers, its managers said."
#: closing paragraphs of wire copy, longer than a caption
CLOSING_FR = (
    "Le maire de Brévonne a enfin rappelé que les dockers avaient déjà cessé le travail deux fois cette année, en "
    "février puis en mai, et que la direction du port n'avait jamais voulu ouvrir de négociation sur les horaires."
)
CLOSING_EN = (
    "Union leaders said the dockers had already stopped work twice this year, in February and again in May, and "
    "that the port's managers had never agreed to discuss the night shifts."
)

#: (language, the credit glued to the closing paragraph, the authors it names)
GLUED = [
    (
        "fr",
        "(Reportage Léa Marchetti et Paul Vernier, version française Hugo Ramel, édité par Inès Clavel)",
        ["Léa Marchetti", "Paul Vernier"],
    ),
    (
        "fr",
        "(Reportage Marc Olivan, Clara Dessaint pour le service français du soir, édité par Noé Barthe)",
        ["Marc Olivan"],
    ),
    ("fr", "(Yannick Sorel; version française Anne Touvet)", ["Yannick Sorel"]),
    (
        "en",
        "(Reporting by Tom Ashdale in Carvella, and Nora Plessy in Dunmore; Editing by Ruth Keane & Owen Tarrant)",
        ["Tom Ashdale", "Nora Plessy"],
    ),
    ("en", "(Dan Mercer; Editing by Ruth Keane)", ["Dan Mercer"]),
]


def _page(language: str, closing: str) -> str:
    if language == "fr":
        return f"{TITLE_FR}\n\n{INTRO_FR}\n\n{AFTER_FR}\n\n{closing}\n"
    return f"{TITLE_EN}\n\n{INTRO_EN}\n\n{closing}\n"


@pytest.mark.parametrize(("language", "credit", "authors"), GLUED)
def test_textclean_glued_wire_credit_cut_off_and_names_the_authors(language, credit, authors):
    closing = CLOSING_FR if language == "fr" else CLOSING_EN
    art = clean(_page(language, f"{closing} {credit}"))
    assert art.paragraphs[-1] == closing
    assert credit in art.boilerplate
    assert art.authors == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        (
            "(Rédigé par Julie Fermat avec la contribution de Marc Olivan, édité par Noé Barthe)",
            ["Julie Fermat", "Marc Olivan"],
        ),
        ("(Reportage Léa Marchetti, version française Hugo Ramel)", ["Léa Marchetti"]),
    ],
)
def test_textclean_glued_wire_credit_line_leaves_out_its_editors(line, authors):
    art = clean(f"{TITLE_FR}\n\n{INTRO_FR}\n\n{CLOSING_FR}\n\n{line}\n")
    assert art.authors == authors
    assert CLOSING_FR in art.paragraphs


@pytest.mark.parametrize(
    ("language", "tail"),
    [
        ("fr", "(La grève avait commencé le 2 mai, selon les syndicats du port de Brévonne.)"),
        ("en", "(The strike began on 2 May, according to the union's figures for the harbour.)"),
    ],
)
def test_textclean_glued_wire_credit_brackets_naming_no_reporter_stay(language, tail):
    closing = CLOSING_FR if language == "fr" else CLOSING_EN
    art = clean(_page(language, f"{closing} {tail}"))
    assert art.paragraphs[-1] == f"{closing} {tail}"
    assert art.authors == []


def test_textclean_glued_wire_credit_line_without_a_role_reads_as_before():
    art = clean(f"{TITLE_EN}\n\n{INTRO_EN}\n\n{CLOSING_EN}\n\n(Reporting by Tom Ashdale; Writing by Nora Plessy)\n")
    assert art.authors == ["Tom Ashdale"]
