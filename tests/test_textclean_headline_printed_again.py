"""A headline printed a second time a few lines under its first print is the headline, not a caption (issue 12,
stop 54).

Scraped pages often print the headline as the page's title, then again as the article's heading, with a date line,
a section name, a standfirst or a byline between the two prints. The cleaner read a line printed twice as a photo's
caption unless the two prints were the page's first two lines, so such a page lost its headline to the captions and
took another line, or none, for its title. The first line of three words or more that is no sentence, printed again
at most three lines under, is the headline printed twice, and a short line between its prints (a section name) is
furniture. Near misses: a caption printed twice under the headline
stays a caption, and so does a line printed again far down the page. Every person and place is invented."""

from __future__ import annotations

import pytest

from test_textclean import clean

HEADLINE = "Carvella mayor wins vote on harbour bridge budget"
BODY = (
    "CARVELLA (Reuters) - The town council of Carvella approved on Monday the budget of the new harbour bridge, after "
    "a debate of three hours in which the opposition called the project too costly for a town of its size."
)
MORE = (
    "Mayor Anna Brill told reporters the works would begin in the spring and that the bridge would open to traffic "
    "within two years, a date the opposition said it doubted."
)
CAPTION = "Anna Brill, right, and council member Tom Hale shake hands after the vote in Carvella"


@pytest.mark.parametrize(
    "header",
    [
        # a date line between the two prints, the byline after
        f"{HEADLINE}\nNovember 4, 2024 / 5:31 AM / 2 years ago\n\n{HEADLINE}\n\nTom Hale\n\n",
        # a standfirst between
        f"{HEADLINE}\n\nThe council approved the budget after a long debate and a vote of twelve to nine.\n\n"
        f"{HEADLINE}\n\n",
        # a section name above, a section link and a date line between
        f"News\n\n{HEADLINE}\n\nWorld News\n\n2024-11-04 | 11:06\n\n{HEADLINE}\n\n",
        # under an archive notice, the two prints side by side
        f"This article is part of the archives of the Carvella Gazette, which closed in 2021.\n\n{HEADLINE}\n\n"
        f"{HEADLINE}\n\n",
    ],
)
def test_textclean_a_headline_printed_again_under_a_date_line_or_a_standfirst_is_the_title(header):
    art = clean(header + f"{BODY}\n\n{MORE}\n")
    assert art.title == HEADLINE
    assert HEADLINE not in art.captions
    assert not any(p.startswith(("World News", HEADLINE)) for p in art.paragraphs)


@pytest.mark.parametrize(
    "page",
    [
        # a caption printed twice right under the headline
        f"{HEADLINE}\n\n{CAPTION}\n\n{CAPTION}\n\n{BODY}\n\n{MORE}\n",
        # with a photo number between its prints
        f"{HEADLINE}\n\n1. Photo\n\n{CAPTION}\n\n2. Photo\n\n{CAPTION}\n\n{BODY}\n\n{MORE}\n",
        # the first line printed again far down the page
        f"{CAPTION}\n\n{HEADLINE}\n\n{BODY}\n\n{MORE}\n\n{BODY.replace('Monday', 'Tuesday')}\n\n{CAPTION}\n",
    ],
)
def test_textclean_a_caption_printed_twice_under_the_headline_or_far_down_stays_a_caption(page):
    art = clean(page)
    assert art.title == HEADLINE
    assert CAPTION in art.captions
