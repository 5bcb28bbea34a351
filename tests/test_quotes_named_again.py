"""A force or a spokesperson named again by a common noun (issue 12, stop 51): "Police said …" after the text named
the Metropolitan Police (the lexicon's ``bare_definite`` rows), "…, the military said" after the army it named
(``body_synonym``), "The Army spokesman explained …" after "Army spokesman, Colonel X", « le porte-parole de
l'institution » beside « X, porte-parole de la PNH » (the person the text names the spokesperson of that body:
:mod:`veille.analysis.quotes.named_again`). Invented sentences and people."""

from __future__ import annotations

import pytest

from quote_fixtures import analysed_speakers


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            "Two men were arrested on Monday after a clash outside the town hall in Dorvale, the Dorvale Metropolitan "
            "Police said.\n\nPolice said the two men would appear in court on Tuesday.",
            "appear in court",
            "Dorvale Metropolitan Police",
        ),
        (
            "At least nine soldiers of the Valdorian Army were killed in an ambush near the border on Wednesday, the "
            "military said.",
            "nine soldiers",
            "Valdorian Army",
        ),
        (
            "Valdorian Army spokesman, Colonel Anton Brisk, said that troops repelled an attack on Friday.\n\nThe Army "
            "spokesman explained that several attackers fled into the forest.",
            "fled into the forest",
            "Anton Brisk",
        ),
        (
            "The trial of the writer has begun behind closed doors, Norway's foreign ministry spokesman says.\n\n"
            "Speaking at a briefing on Tuesday, foreign ministry spokesman Lena Korvik said the writer had been "
            "charged in March.",
            "behind closed doors",
            "Lena Korvik",
        ),
        (
            "Une vingtaine de suspects ont été interpellés samedi dans le nord du pays par la Police nationale "
            "d'Haïti (PNH), a indiqué dimanche le porte-parole de l'institution.\n\n« Les recherches continuent "
            "dans toute la région », a ajouté Jean Valcourt, porte-parole de la PNH, devant la presse.",
            "vingtaine de suspects",
            "Jean Valcourt",
        ),
    ],
)
def test_named_again_speaks_as_the_one_named(text: str, words: str, who: str) -> None:
    found = analysed_speakers(text, words)
    assert found and all(s == {who} for s in found), found


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, absent",
    [
        # near misses: no force named in the text; an indefinite spokesperson is not the one named before
        (
            "Two men were arrested on Monday after a clash outside the town hall in Dorvale.\n\nPolice said the two "
            "men would appear in court on Tuesday.",
            "appear in court",
            "Dorvale",
        ),
        (
            "Valdorian Army spokesman, Colonel Anton Brisk, said that troops repelled an attack on Friday.\n\nA "
            "spokesman for the army said on Saturday that several attackers fled into the forest.",
            "fled into the forest",
            "Anton Brisk",
        ),
    ],
)
def test_named_again_near_misses(text: str, words: str, absent: str) -> None:
    assert all(absent not in s for s in analysed_speakers(text, words))
