"""A French « il » or « elle » closing a quote passes over the subject of a reported clause headed by a noun of what
never speaks (the lexicon's ``thing`` rows: « le fait », « la décision »), recorded with no speaker, back to the
person who spoke before it (issue 12: French direct quotes whose pronoun incise was left unresolved). An unnamed
person in between (« un voisin ») stays the pronoun's referent, as before. Invented people, places and statements."""

from __future__ import annotations

import pytest

import quote_fixtures
from test_quotes import run

OPENING = "« Nous ferons appel », a déclaré Paul Martel, l'avocat de la famille Dubreuil.\n\n"
CLOSING = "\n\n« Nous saisirons la cour dès lundi », a-t-il ajouté."


def speakers_of(text: str, words: str) -> set[str] | None:
    """The speakers of the French quote of ``text`` holding ``words``; None when no quote holds them."""
    return quote_fixtures.speakers_of(run(text, "fr"), words)


@pytest.mark.e2e
@pytest.mark.parametrize("thing", ["le fait", "ce fait"])
def test_quotes_pronoun_things_passed_over(thing: str) -> None:
    text = (
        f"{OPENING}L'avocat a réagi en estimant que {thing} traduisait « un mépris des habitants » et regretté "
        f"« un manque total de dialogue ».{CLOSING}"
    )
    assert speakers_of(text, "Nous saisirons la cour") == {"Paul Martel"}


@pytest.mark.e2e
def test_quotes_pronoun_things_unnamed_person_kept() -> None:
    # near miss: a person the text does not name, not a thing, stands between; the pronoun is still not Paul Martel's
    text = (
        f"{OPENING}Un voisin a estimé que la situation restait « très tendue » et regretté « un manque total de "
        f"dialogue ».\n\n« Nous avons peur de sortir le soir », a-t-il ajouté."
    )
    assert speakers_of(text, "Nous avons peur") != {"Paul Martel"}
