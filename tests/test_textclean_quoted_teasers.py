"""Related-article teasers the patterns missed (issue 12, stop 43): a teaser printed in quotation marks ("“Read More:
…”") and the unaccented French heading « A lire également: » with its list of headlines. Near misses: a quoted
statement that opens like a teaser, and a quoted headline with no teaser words, stay in the body. Every person and
place is invented."""

from __future__ import annotations

import pytest

from test_textclean import AFTER, AFTER_FR, INTRO, INTRO_FR, TITLE, TITLE_FR, clean


@pytest.mark.parametrize(
    "line", ["“Read More: Dockers in Carvella Vote to End Their Strike”", '"Read more: Carvella port to stay shut"']
)
def test_textclean_quoted_teasers_dropped(line: str) -> None:
    art = clean(f"{TITLE}\n\n{INTRO}\n\n{line}\n\n{AFTER}")
    assert line not in art.paragraphs


def test_textclean_quoted_teasers_unaccented_heading_and_list() -> None:
    teasers = [
        "A lire également:",
        '- Paul Martel dresse un bilan: le port "pourrait rouvrir en mai"',
        "- Grève des dockers: la direction propose une prime de nuit",
    ]
    art = clean("\n\n".join([TITLE_FR, INTRO_FR, *teasers, AFTER_FR]))
    assert not set(teasers) & set(art.paragraphs)
    assert AFTER_FR in art.paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "“Read more of the deal before you judge it,” the union leader Tom Hale told the dockers on Monday.",
        "“Dockers in Carvella Vote to End Their Strike”",
    ],
)
def test_textclean_quoted_teasers_near_miss(line: str) -> None:
    art = clean(f"{TITLE}\n\n{INTRO}\n\n{line}\n\n{AFTER}")
    assert line in art.paragraphs
