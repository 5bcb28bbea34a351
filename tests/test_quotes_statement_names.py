"""A name inside a statement's own words is never its speaker (issue 12, stop 49). In French the subject of a
closing incise follows its verb (lexicon flag ``incise_subject_inverted``): a name set off by commas right before
the incise (« …, le Premier ministre du Niger, Paul Arnaud, a indiqué la porte-parole, Claire Vasseur ») belongs to the
statement, and the incise's speaker is the subject after its verb. A passive speech verb (« X a été déclaré
indésirable…, selon un communiqué ») tells what was done to its subject: no speech act of X that the source
relays. English keeps "…, X said" with its subject before the verb. Invented sentences and people."""

from __future__ import annotations

import pytest

from quote_fixtures import analysed_speakers


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            "Le Mali condamne l'attaque qui a visé samedi un meeting du Premier ministre du Niger, Paul Arnaud, a "
            "indiqué lundi la porte-parole du gouvernement, Claire Vasseur.",
            "condamne l'attaque",
            "Claire Vasseur",
        ),
        (
            "La Valdavie soutient les efforts de paix du président de l’Ostravie, Jean Ribot, a affirmé mardi la "
            "ministre des Affaires étrangères, Claire Vasseur.",
            "soutient les efforts",
            "Claire Vasseur",
        ),
    ],
)
def test_statement_names_incise_speaker_after_its_verb(text: str, words: str, who: str) -> None:
    found = analysed_speakers(text, words)
    assert found and all(s == {who} for s in found), found


@pytest.mark.e2e
def test_statement_names_passive_speech_verb_relays_no_speaker() -> None:
    text = (
        "Reçu au ministère de l’Intérieur, le diplomate Jean Ribot a été déclaré indésirable et prié de quitter le "
        "pays avant lundi, selon un communiqué de la présidence."
    )
    found = analysed_speakers(text, "déclaré indésirable")
    assert all("Jean Ribot" not in s for s in found), found


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        # near misses: an incise with no name before it
        (
            "La frontière restera fermée jusqu’à lundi, a déclaré le porte-parole du gouvernement, Marc Vidal.",
            "frontière",
            "Marc Vidal",
        ),
        # a relayed active speech act: its subject speaks
        ("Selon la radio d’État, Jean Ribot a déclaré que la frontière resterait fermée.", "frontière", "Jean Ribot"),
        # English keeps a subject before the verb of a closing incise
        ("The border will stay closed until Monday, Paul Martel, the spokesman, said.", "border", "Paul Martel"),
    ],
)
def test_statement_names_near_misses_keep_their_speaker(text: str, words: str, who: str) -> None:
    found = analysed_speakers(text, words)
    assert found and all(s == {who} for s in found), found
