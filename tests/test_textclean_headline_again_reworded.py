"""A line right under the title that is no sentence and whose words are mostly the title's is the headline printed
again in another form: page furniture, not the article's first paragraph (issue 12, stop 60).

Pages print the headline a second time under the heading in another form: shortened, recased, with its punctuation
changed, as a kicker cut from it or as its words turned into tags. The exact repeat was known (a line printed twice);
the reworded one was kept as the body's first line. A line of at least three words of three letters or more, at most
three lines under the title and before the first paragraph, whose words are at least 60% the title's, goes. Near
misses: a standfirst, a dateline, a subtitle that tells something the title does not, and a line under the first
paragraph stay. Every person and place is invented."""

from __future__ import annotations

import pytest

from test_textclean import clean

HEADLINE = "Carvella mayor Anna Brill wins council vote on harbour bridge budget"
BODY = (
    "The town council of Carvella approved on Monday the budget of the new harbour bridge, after a debate of three "
    "hours in which the opposition called the project too costly for a town of its size."
)
MORE = (
    "Mayor Anna Brill told reporters the works would begin in the spring and that the bridge would open to traffic "
    "within two years, a date the opposition said it doubted."
)
TITRE = "Brévonne : la maire Anna Brill remporte le vote du conseil sur le budget du pont"
CORPS = (
    "Le conseil municipal de Brévonne a approuvé lundi le budget du nouveau pont du port, après un débat de trois "
    "heures au cours duquel l'opposition a jugé le projet trop coûteux pour une ville de cette taille."
)
SUITE = (
    "La maire Anna Brill a déclaré que les travaux commenceraient au printemps et que le pont ouvrirait dans deux "
    "ans, une date dont l'opposition a dit douter."
)


@pytest.mark.parametrize(
    ("title", "again", "body"),
    [
        # shortened
        (HEADLINE, "Mayor wins bridge budget vote", BODY),
        # recased, a word dropped
        (HEADLINE, "CARVELLA MAYOR ANNA BRILL WINS VOTE ON HARBOUR BRIDGE BUDGET", BODY),
        # its words as tags
        (HEADLINE, "Carvella, Harbour Bridge, Council, Budget", BODY),
        # a French kicker cut from the title, in lowercase
        (TITRE, "vote du budget à Brévonne", CORPS),
        # French, its punctuation changed
        (TITRE, "Brévonne-la maire Anna Brill remporte le vote sur le budget du pont", CORPS),
    ],
)
def test_textclean_the_headline_printed_again_in_another_form_is_furniture(title, again, body):
    art = clean(f"{title}\n\n{again}\n\n{body}\n\n{MORE if body == BODY else SUITE}\n")
    assert art.title == title
    assert again not in art.paragraphs
    assert art.paragraphs[0] == body


@pytest.mark.parametrize(
    ("title", "line", "body"),
    [
        # a dateline: too few words
        (HEADLINE, "CARVELLA -", BODY),
        # a subtitle that tells more than the title
        (HEADLINE, "Opposition vows an appeal to the regional court", BODY),
        # a standfirst (a sentence) repeating the title's words
        (HEADLINE, "Carvella mayor Anna Brill wins the council vote on the harbour bridge budget.", BODY),
        # French subtitle of other words
        (TITRE, "L'opposition promet un recours devant le tribunal administratif", CORPS),
    ],
)
def test_textclean_a_dateline_a_subtitle_or_a_standfirst_under_the_title_stays(title, line, body):
    art = clean(f"{title}\n\n{line}\n\n{body}\n\n{MORE if body == BODY else SUITE}\n")
    assert art.title == title
    assert line in art.paragraphs or line == art.standfirst


def test_textclean_a_line_of_the_title_words_under_the_first_paragraph_stays():
    line = "Mayor wins bridge budget vote"
    art = clean(f"{HEADLINE}\n\n{BODY}\n\n{line}\n\n{MORE}\n")
    assert line in art.paragraphs
