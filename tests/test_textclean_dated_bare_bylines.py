"""A reporter's bare name followed by its date line on the same line is a byline (issue 12, stop 60).

Pages print the reporter's name with no "By" and the date after it: "Name Published <date> | <time>", "Name  |<date>",
"Name <date>". A bare-name byline was read only when the whole line was names: the date line's words broke it, and a
name before a trailing date was read as a photo's caption before the byline pass saw it. The date line is cut off
a bare-name line as it was off a prefixed one, and the byline pass reads a header line labelled a caption for its
trailing date. Near misses: a caption with a date, a place with a date and the name of a person the article tells of
give no author. Every person and place is invented."""

from __future__ import annotations

import pytest

from test_textclean import clean

HEADLINE = "Carvella council approves harbour bridge budget after long debate"
BODY = (
    "The town council of Carvella approved on Monday the budget of the new harbour bridge, after a debate of three "
    "hours in which the opposition called the project too costly for a town of its size."
)
MORE = (
    "Mayor Anna Brill told reporters the works would begin in the spring and that the bridge would open to traffic "
    "within two years, a date the opposition said it doubted."
)


@pytest.mark.parametrize(
    "line",
    [
        "Tomas Vell Published March 3, 2024 | 08:32 PM",
        "Tomas Vell  |13.08.2024",
        "Tomas Vell June 2, 2022",
    ],
)
def test_textclean_a_bare_name_with_its_date_line_is_a_byline(line):
    art = clean(f"{HEADLINE}\n\n{line}\n\n{BODY}\n\n{MORE}\n")
    assert art.authors == ["Tomas Vell"]
    assert art.title == HEADLINE
    assert art.published is not None


@pytest.mark.parametrize(
    "line",
    [
        # a caption with its date
        "Flooded streets of Carvella | 13.08.2024",
        # a place with a date
        "Carvella June 2, 2022",
        # the person the article tells of
        "Anna Brill June 2, 2022",
    ],
)
def test_textclean_a_caption_a_place_or_the_article_s_person_with_a_date_names_no_author(line):
    art = clean(f"{HEADLINE}\n\n{line}\n\n{BODY}\n\n{MORE}\n")
    assert art.authors == []
