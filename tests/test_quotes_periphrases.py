"""The press's periphrases for a known office holder or body (issue 12, stop 50). A definite phrase headed by
« maître », « locataire », « souverain » or « pontife » (« le maître du Kremlin », « le souverain pontife ») is read
like a role: the person named before (the lexicon's ``person_noun`` rows). A ``periphrasis`` row names one body by
its head noun and adjective (« l'exécutif européen »: the European Commission), spoken for even where the text never
names it (:mod:`veille.analysis.quotes.periphrases`). Invented sentences and people."""

from __future__ import annotations

import pytest

from quote_fixtures import analysed_speakers


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            "Le président Ivan Sorokine a reçu les ambassadeurs lundi à Moscou. « Nous ne reculerons devant aucune "
            "menace », a déclaré mardi le maître du Kremlin.",
            "aucune menace",
            "Ivan Sorokine",
        ),
        (
            "Le pape Clément Dufour a prié mercredi pour la paix. « Je renouvelle mon appel au dialogue entre les "
            "peuples », a ajouté le souverain pontife dans son message.",
            "appel au dialogue",
            "Clément Dufour",
        ),
        (
            "Le Conseil fédéral valdavien a rompu mercredi les négociations sur l'accord. « Nous regrettons ce choix "
            "après tant d'années de travail », a réagi jeudi l'exécutif européen.",
            "regrettons ce choix",
            "European Commission",
        ),
    ],
)
def test_periphrases_name_the_holder(text: str, words: str, who: str) -> None:
    found = analysed_speakers(text, words)
    assert found and all(s == {who} for s in found), found


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, absent",
    [
        # near misses: a national executive is no periphrasis of the Commission; English has no rows
        (
            "Le Conseil fédéral valdavien a rompu mercredi les négociations. « Nous regrettons ce choix après tant "
            "d'années de travail », a réagi jeudi l'exécutif valdavien.",
            "regrettons ce choix",
            "European Commission",
        ),
        (
            'The Valdavian council broke off the talks on Wednesday. "We regret this choice after years of work," '
            "the European executive said in a statement.",
            "regret this choice",
            "European Commission",
        ),
    ],
)
def test_periphrases_near_misses(text: str, words: str, absent: str) -> None:
    assert all(absent not in s for s in analysed_speakers(text, words))
