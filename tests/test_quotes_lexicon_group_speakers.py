"""French nouns of speakers the lexicon lacked (issue 12, stop 41; lang/fr/quotes.tsv): "le pouvoir" with a demonym
is the state in power, as "le régime", "la junte" are ("le pouvoir malien a averti…": Mali), and "les militaires",
"un militaire" are unnamed sources, as "les soldats" are (a described speaker, GOLD.md), and so are people of a
group the English lexicon already lists ("les putschistes", "les mutins", "ses avocats", "les grévistes"). A
"pouvoir" that is no subject, "l'administration" (real3's gold names an administration apart from its state) and a
singular "avocate" in apposition to a name are left as they were.
Invented statements and people; real states."""

from __future__ import annotations

import pytest

from test_quotes_informants import said


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            "Le pouvoir malien a convoqué l'ambassadeur de France. « Ces propos sont inacceptables », a affirmé le"
            " pouvoir malien dans un communiqué.",
            "Ces propos sont inacceptables",
            "Mali",
        ),
        (
            "Ces déclarations « sont de nature à nuire aux relations » entre les deux pays, avertit le pouvoir"
            " malien dans un communiqué publié jeudi.",
            "sont de nature à nuire",
            "Mali",
        ),
        (
            "Selon le pouvoir ivoirien, les élections auront lieu en octobre comme prévu par la constitution.",
            "les élections auront lieu",
            "Ivory Coast",
        ),
        (
            "Les militaires ont pris le pouvoir à Niamey dans la nuit. Les militaires ont précisé que les"
            " frontières resteraient fermées jusqu'à nouvel ordre.",
            "les frontières resteraient fermées",
            "Les militaires~",
        ),
        (
            "Des heurts ont éclaté à Brévonne. Un militaire a affirmé que les tirs venaient du camp adverse, sous"
            " couvert d'anonymat.",
            "les tirs venaient du camp adverse",
            "Un militaire~",
        ),
        (
            "Des blindés ont pris position autour du palais de Brévonne. Les auteurs du putsch ont affirmé sur une"
            " radio privée qu'ils suspendaient la constitution.",
            "ils suspendaient la constitution",
            "Les auteurs du putsch~",
        ),
        (
            "Des tirs ont été entendus à Niamey dans la nuit. Les putschistes ont annoncé la fermeture des"
            " frontières jusqu'à nouvel ordre.",
            "la fermeture des frontières",
            "Les putschistes~",
        ),
        (
            "Les mutins ont affirmé qu'ils ne rendraient pas les armes avant le versement de leurs soldes.",
            "ne rendraient pas les armes",
            "Les mutins~",
        ),
        (
            "Les grévistes ont affirmé mardi que le piquet devant l'usine de Brévonne tiendrait jusqu'à Noël.",
            "le piquet devant l'usine",
            "Les grévistes~",
        ),
        (
            "Le procès de Paul Martel s'est ouvert lundi. Selon ses avocats, le dossier ne contient aucune preuve"
            " sérieuse.",
            "le dossier ne contient aucune preuve",
            "ses avocats~",
        ),
        # near miss: "pouvoir" in the clause, not the speaker
        (
            "Le président Paul Martel est arrivé au pouvoir en 2019. Il a affirmé que le pays traversait une crise"
            " grave et que le pouvoir serait partagé.",
            "le pays traversait une crise",
            "Paul Martel",
        ),
    ],
)
def test_quotes_lexicon_group_speakers(text: str, words: str, who: str) -> None:
    assert said(text, words) == {who}


@pytest.mark.e2e
def test_quotes_named_lawyer_in_apposition_speaks() -> None:
    text = (
        "Le procès s'est ouvert lundi à Brévonne. « Nous ferons appel de cette décision », a déclaré devant le"
        " tribunal Claire Vasseur, une avocate de 45 ans."
    )
    assert said(text, "Nous ferons appel") == {"Claire Vasseur"}
