"""A French sentence whose reported words end on a quoted fragment right before its closing incise ("Les pêcheurs ont
été arrêtés près de « la ligne de démarcation », a indiqué X."): the quote opens inside the sentence, so it is a
fragment of the statement the incise reports, not the whole statement ("« … », a indiqué X"): the sentence is the incise
speaker's reported quote, which holds the fragment, where before only the fragment was kept. Shapes written before the
fix, for a class sorted from dev misses (the near misses after reading real2 and shared dev output); all people, places
and statements are invented."""

from __future__ import annotations

import pytest

from test_quotes import run, said_by

#: (text, first words of the report, its speakers joined by " + ")
SHAPES = [
    (
        "La commission a rejeté la plainte jugée « totalement irrecevable », a annoncé vendredi Paul Martel.",
        "La commission a rejeté la plainte",
        "Paul Martel",
    ),
    (
        "Le Valdor a accusé Jean Ribot de « trahison envers la nation », a précisé Claire Vasseur.",
        "Le Valdor a accusé Jean Ribot",
        "Claire Vasseur",
    ),
    (
        "Les pêcheurs ont été arrêtés près de « la ligne de démarcation », a indiqué mardi le ministère de "
        "l’Agriculture du Valdor.",
        "Les pêcheurs ont été arrêtés",
        "Valdor Ministry of Agriculture",
    ),
    (
        "Le barrage sera terminé « avant la fin du printemps », ont assuré Paul Martel et Jean Ribot.",
        "Le barrage sera terminé",
        "Paul Martel + Jean Ribot",
    ),
    (
        "D'autres aides pourraient être versées l'an prochain « si la récolte devait encore baisser », précise "
        "Claire Vasseur.",
        "D'autres aides pourraient être versées",
        "Claire Vasseur",
    ),
    (
        "Le chalutier a été saisi pour « pêche illégale », « à la demande du port », indique Jean Ribot.",
        "Le chalutier a été saisi",
        "Jean Ribot",
    ),
]


@pytest.mark.e2e
@pytest.mark.parametrize(("text", "words", "who"), SHAPES)
def test_fragment_before_incise_is_part_of_the_report(text: str, words: str, who: str) -> None:
    assert said_by(text, words, who)


#: near misses: a quote that opens the sentence, or follows a colon, is the statement the incise closes
WHOLE = [
    (
        "« Le barrage sera terminé avant la fin du printemps », a assuré Paul Martel.",
        "Le barrage sera terminé avant",
        "Paul Martel",
    ),
    (
        "Jean Ribot a été clair : « le barrage sera terminé avant la fin du printemps », a-t-il ajouté.",
        "le barrage sera terminé avant",
        "Jean Ribot",
    ),
]


@pytest.mark.e2e
@pytest.mark.parametrize(("text", "words", "who"), WHOLE)
def test_whole_quote_stays_direct(text: str, words: str, who: str) -> None:
    quotes = run(text, "fr")
    assert said_by(text, words, who)
    assert all(q["direct"] for q in quotes)


@pytest.mark.e2e
def test_fragment_with_no_incise_reports_nothing_more() -> None:
    quotes = run("Le Valdor a dénoncé une « provocation inacceptable », puis a fermé sa frontière.", "fr")
    assert not any("puis a fermé" in q["text"] for q in quotes)


#: the fragment is one quote with the sentence that holds it, not a second one (the seed gold lists such a fragment
#: alone, once): (text, fragment)
FRAGMENTS = [(SHAPES[0][0], "totalement irrecevable"), (SHAPES[2][0], "la ligne de démarcation")]


@pytest.mark.e2e
@pytest.mark.parametrize(("text", "fragment"), FRAGMENTS)
def test_fragment_is_held_by_one_quote(text: str, fragment: str) -> None:
    assert sum(fragment in q["text"] for q in run(text, "fr")) == 1


@pytest.mark.e2e
def test_fragment_before_a_source_stays_alone() -> None:
    """Near miss: a fragment closing before ", selon X" is listed alone, as its source's words."""
    text = "Le délai permettra une « transition sans heurts entre les équipes », selon Paul Martel."
    quotes = run(text, "fr")
    assert said_by(text, "transition sans heurts", "Paul Martel")
    assert not any("Le délai permettra" in q["text"] for q in quotes)


@pytest.mark.e2e
def test_pronoun_incise_repeating_the_speech_verb_reports_nothing_more() -> None:
    """Near miss: "X a déclaré avoir … « … », a-t-il déclaré": the incise repeats the sentence's own speaker, whose
    report holds the fragment; the sentence is no second statement."""
    text = "Jean Ribot a déclaré avoir discuté avec Paul Martel de « nombreux sujets communs », a-t-il déclaré."
    assert not any(q["text"].startswith("Jean Ribot a déclaré") for q in run(text, "fr"))


#: near misses: the quote is the statement, or the comma after it opens no incise: no reported quote holds ``words``
NO_CLAUSE = [
    ("Sur la rive nord, « la digue a cédé dans la nuit », a indiqué Paul Martel.", "Sur la rive nord"),
    (
        "Le règlement du port « interdit aux chalutiers de pêcher la nuit », peut-on lire sur le site du Palais "
        "d’Ostrel.",
        "Le règlement du port",
    ),
    (
        "Au lendemain de l'incendie du dépôt, qui a détruit trois hangars, Jean Ribot a reconnu « un échec grave et "
        "sans précédent », dans une allocution à la radio.",
        "Au lendemain de l'incendie",
    ),
]


@pytest.mark.e2e
@pytest.mark.parametrize(("text", "words"), NO_CLAUSE)
def test_quote_as_statement_makes_no_clause(text: str, words: str) -> None:
    assert not any(words in q["text"] for q in run(text, "fr"))


@pytest.mark.e2e
def test_fragment_inside_a_que_clause_stays_in_it() -> None:
    """Near miss: a fragment of a que-clause that goes on past it ("…, saluant « … »") is the clause's own word."""
    text = (
        "Claire Vasseur a jugé que l'accord marquait un « tournant pour la région », saluant « un texte "
        "longtemps attendu par les pêcheurs »."
    )
    assert not any(q["text"].startswith("tournant pour la région") for q in run(text, "fr"))
