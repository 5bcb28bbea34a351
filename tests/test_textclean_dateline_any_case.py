"""A dateline written in any case gives the page's date (issue 12, stop 58).

The dateline that opens a story ("CITY (Agency) -", "CITY, 9 April") was read for the date only with its place in
capitals. Pages print it in ordinary case too: the place, its country or an agency between commas or bars, a date
(with « le » or a weekday) and a dash; or the date first and the place in brackets. A page with no date line of its
own then had none. Near misses: a lede sentence that names a date before a dash, a dateline with no date, and a
headline naming a date, give no date. Every person and place is invented."""

from __future__ import annotations

import pytest

from test_textclean import clean

HEADLINE = "Carvella council approves the harbour bridge budget after long debate"
TITRE = "Le conseil de Carvella adopte le budget du nouveau pont du port après un long débat"
REST = (
    "the town council of Carvella approved the budget of the new harbour bridge, after a debate of three hours in "
    "which the opposition called the project too costly for a town of its size."
)
MORE = (
    "Mayor Anna Brill told reporters the works would begin in the spring and that the bridge would open to traffic "
    "within two years, a date the opposition said it doubted."
)
RESTE = (
    "le conseil municipal de Carvella a adopté le budget du nouveau pont du port, après trois heures de débat au "
    "cours desquelles l'opposition a jugé le projet trop coûteux pour une ville de cette taille."
)
SUITE = (
    "La maire Anna Brill a dit aux journalistes que les travaux commenceraient au printemps et que le pont serait "
    "ouvert dans deux ans, une date dont l'opposition doute."
)


@pytest.mark.parametrize(
    ("page", "date"),
    [
        # a French place, « le » and the date, an agency, a dash
        (f"{TITRE}\n\nCarvella, le 4 novembre 2024, AGENCE - Ce lundi, {RESTE}\n\n{SUITE}\n", "2024-11-04"),
        # a place and its country, an agency and a weekday behind bars, a numeric date
        (f"{TITRE}\n\nCarvella, Norlande | AFP | lundi 04/11/2024 - Ce lundi, {RESTE}\n\n{SUITE}\n", "2024-11-04"),
        # a place with an apostrophe, the date and an em dash
        (f"{TITRE}\n\nN’Varra, 4 novembre 2024 — Ce lundi, {RESTE}\n\n{SUITE}\n", "2024-11-04"),
        # the date first, the place in capitals in brackets, an en dash
        (f"{HEADLINE}\n\nNovember 4, 2024 (CARVELLA) – On Monday {REST}\n\n{MORE}\n", "2024-11-04"),
        # the same lede with no headline above it, taken for the title
        (f"November 4, 2024 (CARVELLA) – On Monday {REST}\n\n{MORE}\n", "2024-11-04"),
    ],
)
def test_textclean_a_dateline_in_any_case_gives_the_date(page, date):
    assert clean(page).published == date


@pytest.mark.parametrize(
    "page",
    [
        # a lede sentence that names a date before a dash
        f"{HEADLINE}\n\nOn November 4, 2024 the council met - and {REST}\n\n{MORE}\n",
        # a dateline with no date
        f"{TITRE}\n\nCarvella, Norlande - Ce lundi, {RESTE}\n\n{SUITE}\n",
        # a headline that names a date, no dateline under it
        f"Carvella votes on November 4, 2024 - the bridge budget\n\nOn Monday {REST}\n\n{MORE}\n",
    ],
)
def test_textclean_no_dateline_no_date(page):
    assert clean(page).published is None
