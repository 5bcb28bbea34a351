"""A notice that the reader's browser is not supported is page furniture, never the title (issue 12, stop 55).

Some sites print a notice above the article telling the reader that the browser is out of date or cannot play the
page's audio. Printed as the page's first line, the notice was read as the headline, or, ending like a sentence and
long enough, as the first paragraph that closed the header before the real headline. Near misses: a sentence of the
article about a browser or a program no longer supported stays text. Every person, place and product is invented."""

from __future__ import annotations

import pytest

from test_textclean import clean

HEADLINE = "Carvella council approves the harbour bridge budget after long debate"
BODY = (
    "The town council of Carvella approved on Monday the budget of the new harbour bridge, after a debate of three "
    "hours in which the opposition called the project too costly for a town of its size."
)
MORE = (
    "Mayor Anna Brill told reporters the works would begin in the spring and that the bridge would open to traffic "
    "within two years, a date the opposition said it doubted."
)


@pytest.mark.parametrize(
    "notice",
    [
        "Your internet browser is no longer supported, so please update it for the best of our site",
        "IE 10 is not supported. For the best experience open our site in another browser.",
        "Your browser doesn't support the HTML5 audio player of this page or its podcasts",
    ],
)
def test_textclean_a_browser_notice_is_no_title(notice):
    art = clean(f"{notice}\n\n{HEADLINE}\n\n{BODY}\n\n{MORE}\n")
    assert art.title == HEADLINE
    assert notice not in art.paragraphs


def test_textclean_a_browser_notice_under_a_date_line_leaves_no_title():
    art = clean(f"4 November 2024 10:12\nYour browser does not support HTML5 audio\n{BODY}\n\n{MORE}\n")
    assert art.title is None
    assert art.paragraphs[0] == BODY


@pytest.mark.parametrize(
    "sentence",
    [
        "The old Carvella Office suite is no longer supported by its maker, the council's IT chief Tom Hale said.",
        "Many residents said their web browser did not support the council's new payment page, Tom Hale said.",
    ],
)
def test_textclean_a_sentence_about_an_unsupported_program_stays_text(sentence):
    art = clean(f"{HEADLINE}\n\n{BODY}\n\n{sentence}\n\n{MORE}\n")
    assert sentence in art.paragraphs
