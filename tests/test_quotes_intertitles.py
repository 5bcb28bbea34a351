"""A short quoted line standing alone between two paragraphs is an intertitle, not a quote (issue 12, stop 64;
`quotes.direct._intertitle`).

News pages head a section with a few quoted words on a line of their own (« Eviter toute escalade », ‘The process
of …’), quoting the article or summing it up. Main read such a line as a quote opening a paragraph and gave it the
speech act that closes the paragraph before (`direct._paragraph_intro`): a false quote where the real-news golds
list none (stop 64: 4 tuning texts of 4 prefixes, French and English, none a gold quote). Now a line of nothing but
quoted words, under `direct.STANDALONE_MIN_WORDS` words, with no sentence end, after a paragraph that does not
introduce it with a colon, is no quote. Near misses, as before: a line a colon introduces, a quoted sentence with its
full stop, a longer line. Every person, place and statement is invented."""

from __future__ import annotations

import pytest

from test_quotes import run, speakers

SPEC = {
    "durand": ("Paul Durand", "PERSON", ["Paul Durand", "Durand"]),
    "holt": ("Mira Holt", "PERSON", ["Mira Holt", "Holt"]),
    "valmont": ("Valmont", "GPE", ["Valmont"]),
    "ligue": ("Ligue des pêcheurs", "ORG", ["Ligue des pêcheurs"]),
}

#: (language, text, the intertitle's words): no quote holds them
INTERTITLES = [
    (
        "fr",
        "Paul Durand a assuré que le Valmont protégerait ses pêcheurs dans le port de Borellie.\n\n"
        "« Aucune escalade »\n\nLe Valmont n'enverra pas de navire de guerre dans la zone, a précisé le ministre.",
        "Aucune escalade",
    ),
    (
        "fr",
        "La Ligue des pêcheurs a annoncé trois autres jours de grève dans les ports en juin.\n\n"
        "« Mauvais pour nos familles »\n\n« Ce qui arrive est mauvais pour nos familles », a poursuivi Paul Durand.",
        "Mauvais pour nos familles",
    ),
    (
        "en",
        "Mira Holt said the talks with Valmont would resume in June.\n\n‘A slow thaw’\n\n"
        "The two ministers will meet in Oslo next week to settle the quarrel over fishing rights.",
        "A slow thaw",
    ),
]

#: (text, the quote's words, who speaks), as before
NEAR = [
    (
        "Paul Durand a déclaré :\n\n« Jamais nous ne céderons »\n\nLe Valmont n'enverra pas de navire dans la zone.",
        "Jamais nous ne céderons",
        "Paul Durand",
    ),
    (
        "Paul Durand a assuré que le Valmont protégerait ses pêcheurs dans le port.\n\n« Nous ne céderons pas. »\n\n"
        "Le Valmont n'enverra pas de navire de guerre dans la zone.",
        "Nous ne céderons pas.",
        "Paul Durand",
    ),
    (
        "Paul Durand a assuré que le Valmont protégerait ses pêcheurs dans le port.\n\n"
        "« Nous ne céderons jamais devant la Borellie »\n\nLe Valmont n'enverra pas de navire de guerre dans la zone.",
        "Nous ne céderons jamais devant la Borellie",
        "Paul Durand",
    ),
]


@pytest.mark.parametrize(("lang", "text", "words"), INTERTITLES)
def test_quotes_intertitles_short_line_alone_is_no_quote(lang: str, text: str, words: str) -> None:
    assert [q["text"] for q in run(text, lang, SPEC) if words in q["text"]] == []


@pytest.mark.parametrize(("text", "said", "who"), NEAR)
def test_quotes_intertitles_near_misses_stay_quotes(text: str, said: str, who: str) -> None:
    assert [(q["text"], speakers(q)) for q in run(text, "fr", SPEC) if q["text"] == said] == [(said, {who})]
