"""A lede's role phrase with a nationality names the person the next sentences name first, bare (issue 12, stop 42):
wire copy opens with the office ("…, a annoncé mardi le ministre marocain des Affaires étrangères") and names its
holder in the following paragraph without repeating the office ("Lors d'une conférence de presse, Omar Tazi a
précisé…"). That person speaks the lede's statement, as the real-news golds give it, when the text gives them no
other role and no other state, and names nobody between the phrase and them. Not a person named with another role
("le ministre de l'Intérieur X"), of another state, introduced by a noun of their own ("l'analyste X"), nor a
plural phrase. Invented statements and people; real states."""

from __future__ import annotations

import pytest

from veille.pipeline import analyze_text


def speakers(text: str, words: str) -> set[str]:
    """The speakers of the quotes of ``text`` holding ``words`` (a described one marked with "~")."""
    quotes = [q for q in analyze_text(text).to_dict()["quotes"] if words in q["text"]]
    return {s["name"] + ("" if s.get("id") else "~") for q in quotes for s in q["speakers"]}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            "Le Maroc a suspendu ses liaisons aériennes avec le Gabon, a annoncé mardi le ministre marocain des"
            " Affaires étrangères.\nLors d'une conférence de presse à Rabat, Omar Tazi a précisé que cette mesure"
            " resterait en vigueur jusqu'à l'été.",
            "suspendu ses liaisons",
            "Omar Tazi",
        ),
        (
            "Le Sénégal ne renouvellera pas l'accord de pêche, a déclaré jeudi le Premier ministre sénégalais. Dans"
            " un entretien télévisé, Awa Ndiaye a ajouté que les chalutiers étrangers devraient partir.",
            "ne renouvellera pas",
            "Awa Ndiaye",
        ),
        (
            "Selon le président ghanéen, les élections se tiendront comme prévu en décembre.\n\nKwame Mensah, qui"
            " s'exprimait devant le Parlement, a exclu tout report.",
            "les élections se tiendront",
            "Kwame Mensah",
        ),
        (
            "Kenya will reopen its border with Somalia next month, the Kenyan interior minister said on Monday.\n"
            "Speaking in Nairobi, Peter Wanjala said the crossings would be guarded by police.",
            "reopen its border",
            "Peter Wanjala",
        ),
        (
            "Chile will not send troops to the border, the Chilean foreign minister said on Friday. In a"
            " statement, Carlos Rojas added that the decision followed weeks of consultations.",
            "send troops to the border",
            "Carlos Rojas",
        ),
    ],
)
def test_a_lede_role_is_the_person_named_next(text: str, words: str, who: str) -> None:
    assert who in speakers(text, words)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, nobody",
    [
        # the person named next holds another office
        (
            "Le Maroc a suspendu ses liaisons aériennes avec le Gabon, a annoncé mardi le ministre marocain des"
            " Affaires étrangères. Le ministre de l'Intérieur, Omar Tazi, a précisé que les frontières restaient"
            " ouvertes.",
            "suspendu ses liaisons",
            "Omar Tazi",
        ),
        # introduced by a noun of his own
        (
            "Le Sénégal ne renouvellera pas l'accord de pêche, a déclaré jeudi le Premier ministre sénégalais. Selon"
            " l'économiste Awa Ndiaye, les chalutiers étrangers devraient partir.",
            "ne renouvellera pas",
            "Awa Ndiaye",
        ),
        # a plural phrase
        (
            "Kenya will reopen its border with Somalia next month, Kenyan officials said on Monday. Speaking in"
            " Nairobi, Peter Wanjala said the crossings would be guarded by police.",
            "reopen its border",
            "Peter Wanjala",
        ),
        # the person named next acts for another state
        (
            "Chile will not send troops to the border, the Chilean foreign minister said on Friday. In Lima,"
            " Peruvian President Luis Quispe said the decision was regrettable.",
            "send troops to the border",
            "Luis Quispe",
        ),
        # someone else is named between the phrase and the person
        (
            "Le Maroc a suspendu ses liaisons aériennes avec le Gabon, a annoncé mardi le ministre marocain des"
            " Affaires étrangères. L'opposant Youssef Amrani a dénoncé une décision hâtive. Omar Tazi a répondu"
            " lors d'un point de presse.",
            "suspendu ses liaisons",
            "Omar Tazi",
        ),
    ],
)
def test_a_lede_role_is_not_someone_else(text: str, words: str, nobody: str) -> None:
    assert nobody not in speakers(text, words)
