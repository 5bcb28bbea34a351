"""The subject pronoun of an incise refers to the subject of the clause it closes when that subject names a speaker
of its gender (issue 12, stop 41; `quotes/incise_clause.py`): "Le gouvernement sénégalais a rappelé son
ambassadeur, a-t-il annoncé" is the state's statement, where it had been dropped for want of an antecedent, or given
to a person named before. A subject that names no speaker, a passive one, one of the other gender or a state named
by its proper name leaves the pronoun to refer back as before. Invented statements and people; real states and
bodies."""

from __future__ import annotations

import pytest

from test_quotes_informants import said


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            "Le gouvernement sénégalais a rappelé son ambassadeur à Paris, a-t-il annoncé mardi dans un communiqué.",
            "rappelé son ambassadeur",
            "Senegal",
        ),
        (
            "Le maire Paul Martel a quitté ses fonctions pour des raisons de santé, a-t-il annoncé mardi.",
            "quitté ses fonctions",
            "Paul Martel",
        ),
        (
            "Claire Vasseur ne se présentera pas aux élections de mai, a-t-elle indiqué lundi soir.",
            "ne se présentera pas",
            "Claire Vasseur",
        ),
        (
            "L'armée malienne a repris la ville de Kidal après trois jours de combats, a-t-elle affirmé dimanche.",
            "a repris la ville",
            "Malian Armed Forces",
        ),
        (
            "Le ministère kényan de l'Intérieur a fait venir le chargé d'affaires belge, a-t-il précisé vendredi.",
            "a fait venir le chargé",
            "Ministry of Interior of Kenya",
        ),
        (
            "Le gouvernement néerlandais a interdit la réunion car la sécurité est menacée, a-t-il indiqué, après"
            " un appel à manifester.",
            "a interdit la réunion",
            "Netherlands",
        ),
    ],
)
def test_quotes_incise_pronoun_is_clause_subject(text: str, words: str, who: str) -> None:
    assert said(text, words) == {who}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        # a subject that names no speaker
        (
            "Paul Martel a rencontré la ministre. Le projet sera abandonné faute de financement, a-t-il indiqué mardi.",
            "Le projet sera abandonné",
            "Paul Martel",
        ),
        # a subject of the other gender
        (
            "Le maire Paul Martel a reçu les grévistes mardi. Claire Vasseur ne viendra pas à la réunion de jeudi,"
            " a-t-il indiqué.",
            "ne viendra pas",
            "Paul Martel",
        ),
        # a passive subject: someone else tells what befell it
        (
            "Le maire Paul Martel a reçu les grévistes mardi. Le préfet Jean Roussel a été arrêté à la frontière"
            " lundi, a-t-il indiqué.",
            "a été arrêté",
            "Paul Martel",
        ),
        # a state by its name, whatever its tag: the spokesperson named before speaks of it
        (
            "À Brévonne, le ministère des Affaires étrangères a protesté. Son porte-parole, Paul Martel, a demandé"
            " des garanties.\n\nLe Maroc ne renverra pas pour autant ses diplomates, a-t-il assuré.",
            "ne renverra pas",
            "Paul Martel",
        ),
        # a state by its proper name: the person named before speaks of it
        (
            "La ministre Claire Vasseur a reçu les grévistes mardi. La France ne cédera pas aux pressions,"
            " a-t-elle indiqué.",
            "ne cédera pas",
            "Claire Vasseur",
        ),
    ],
)
def test_quotes_incise_pronoun_refers_back(text: str, words: str, who: str) -> None:
    assert said(text, words) == {who}
