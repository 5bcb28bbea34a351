"""A line that addresses the reader about the page or the outlet is page furniture (issue 12, stop 60).

Page templates print prompts between or after the article's paragraphs: follow our coverage, turn on the alerts, tell
us of a mistake, would you like to comment, your donation keeps our reporters going. Each outlet words its own, so no
list of whole lines reaches them; what they share is that they speak to the reader (a second person, or an imperative
opening the line) about the page or what the outlet offers (the article, the news, the comments, the app), which news
prose does only inside a quotation or in reported speech. Near misses: a quotation addressing someone, reported speech
closed by its incise, a sentence with one cue and not the other, a long paragraph holding both. Every person, place
and outlet is invented."""

from __future__ import annotations

import pytest

from test_textclean import AFTER, AFTER_FR, INTRO, INTRO_FR, TITLE, TITLE_FR, clean


@pytest.mark.parametrize(
    "line",
    [
        "Follow our coverage of the harbour strike here every morning.",
        "Would you like to give your view on this story? Write to our desk.",
        "Have you spotted a mistake in this article? Let the editors know here.",
        "Stay up to date: turn on alerts for the latest headlines from the docks.",
        "Thanks for reading. Your donation keeps our reporters on the quays every week.",
        "• Click below and get the morning briefing delivered to your inbox",
    ],
)
def test_textclean_reader_prompts_dropped(line: str) -> None:
    art = clean("\n\n".join([TITLE, INTRO, line, AFTER]))
    assert line not in art.paragraphs
    assert art.paragraphs == [INTRO, AFTER]


@pytest.mark.parametrize(
    "line",
    [
        "Restez à l'écoute : activez les alertes pour ne rien manquer de l'actualité du port.",
        "Une faute dans cet article ? Vous pouvez la signaler à la rédaction par courriel.",
        "👉 Suivez les dernières informations sur la grève dans notre application",
    ],
)
def test_textclean_reader_prompts_dropped_fr(line: str) -> None:
    art = clean("\n\n".join([TITLE_FR, INTRO_FR, line, AFTER_FR]))
    assert line not in art.paragraphs
    assert art.paragraphs == [INTRO_FR, AFTER_FR]


@pytest.mark.parametrize(
    "line",
    [
        '"You will not break this union," a docker told reporters outside the gates on Monday.',
        "Read the offer, the managers told the dockers on Monday, and you will see that the night bonus stays.",
        "Send us your stories of the strike, the union wrote in a letter to the families of the dockers.",
        "The news of the reopening reached the quays late on Sunday, a union leader said at the gates.",
        "If you ask the dockers of Carvella, the strike was never about pay: it was about the night shifts, the"
        " broken cranes and the managers who, in their words, read every article about the port but never walked"
        " the quays, and they say the same of the ministers who came for one afternoon and left before dark.",
    ],
)
def test_textclean_reader_prompts_near_miss(line: str) -> None:
    art = clean("\n\n".join([TITLE, INTRO, line, AFTER]))
    assert line in art.paragraphs


def test_textclean_reader_prompts_near_miss_fr() -> None:
    line = "« Vous ne casserez pas ce syndicat », a lancé un docker devant les journalistes de la rédaction locale."
    art = clean("\n\n".join([TITLE_FR, INTRO_FR, line, AFTER_FR]))
    assert line in art.paragraphs


def test_textclean_reader_prompts_page_written_to_its_reader() -> None:
    """A guide written to its reader keeps its lines that name a story or the news: no prompt is read on such a page."""
    lines = [
        "If you work the night shift at Carvella, you know the cranes break down twice a week.",
        "Before you sign the new contract, read the clause on night bonuses with a union delegate.",
        "Every docker has a story about the winter of the strike, and yours is worth telling to the council.",
    ]
    art = clean("\n\n".join([TITLE, INTRO, *lines, AFTER]))
    assert art.paragraphs == [INTRO, *lines, AFTER]
