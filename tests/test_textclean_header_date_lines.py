"""A date line in the page's header is the page's date, whatever shares its line (issue 12, stop 55).

Two shapes lost it. A date line whose site name or counters share the line behind bars or bullets was
read as a menu row. And a header line holding a date and a clock time whose words the date-line patterns miss ("Name
Published ...", "Page last updated at ...") was set apart from the title but its date was not kept. Near misses: a
menu row that opens with no date stays a menu row, and a dated caption with no clock time under the headline gives no
date. Every person and place is invented."""

from __future__ import annotations

import pytest

from test_textclean import clean

HEADLINE = "Carvella council approves the harbour bridge budget after long debate"
TITRE = "Le conseil de Carvella adopte le budget du nouveau pont du port après un long débat"
BODY = (
    "CARVELLA (Reuters) - The town council of Carvella approved on Monday the budget of the new harbour bridge, after "
    "a debate of three hours in which the opposition called the project too costly for a town of its size."
)
MORE = (
    "Mayor Anna Brill told reporters the works would begin in the spring and that the bridge would open to traffic "
    "within two years, a date the opposition said it doubted."
)
CORPS = (
    "Le conseil municipal de Carvella a adopté lundi le budget du nouveau pont du port, après trois heures de débat au "
    "cours desquelles l'opposition a jugé le projet trop coûteux pour une ville de cette taille."
)
SUITE = (
    "La maire Anna Brill a dit aux journalistes que les travaux commenceraient au printemps et que le pont serait "
    "ouvert dans deux ans, une date dont l'opposition doute."
)


@pytest.mark.parametrize(
    ("page", "title", "date"),
    [
        # a date line with the site's name and a counter behind bars
        (f"{HEADLINE}\n\n2024-11-04 10:12 | www.carvella.example | 3\n\n{BODY}\n\n{MORE}\n", HEADLINE, "2024-11-04"),
        # a French date line with counters behind bullets
        (
            f"{TITRE}\n\nlundi 4 novembre 2024 • 812 lectures • 2 commentaires\n\n{CORPS}\n\n{SUITE}\n",
            TITRE,
            "2024-11-04",
        ),
        # an author's name before "Published" and the date, a time after a bar
        (f"{HEADLINE}\n\nTom Hale Published November 4, 2024 | 10:12 AM\n\n{BODY}\n\n{MORE}\n", HEADLINE, "2024-11-04"),
        # a page's "last updated" line with the time before the date
        (
            "Page last updated at 10:12 GMT, Monday, 4 November 2024 11:12 Carvella\n\n"
            f"{HEADLINE}\n\n{BODY}\n\n{MORE}\n",
            HEADLINE,
            "2024-11-04",
        ),
    ],
)
def test_textclean_a_header_date_line_is_the_pages_date(page, title, date):
    art = clean(page)
    assert art.title == title
    assert art.published == date
    assert not any("2024" in p and len(p.split()) < 12 for p in art.paragraphs)


def test_textclean_a_menu_row_that_opens_with_no_date_stays_a_menu_row():
    art = clean(f"World | Politics | Business | 2024-11-04\n\n{HEADLINE}\n\n{BODY}\n\n{MORE}\n")
    assert art.title == HEADLINE
    assert art.published is None
    assert not any(p.startswith("World") for p in art.paragraphs)


def test_textclean_a_dated_caption_with_no_clock_time_gives_no_date():
    caption = "Anna Brill at the harbour of Carvella on November 2, 2024"
    art = clean(f"{HEADLINE}\n\n{caption}\n\n{BODY}\n\n{MORE}\n")
    assert art.title == HEADLINE
    assert art.published != "2024-11-02" or caption in art.captions
