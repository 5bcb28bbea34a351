"""A closing incise whose speaker carries a clause of its own after its phrase (issue 12).

« …, a annoncé le gouverneur X qui dresse un bilan … et accuse … », « …, souligne X qui annonce que … « … » », « …, a
indiqué X alors même que … », « …, a affirmé X devant la presse avant de réclamer … »: a relative clause on the
speaker's noun (with what the parser coordinates after it, or a comma or quoted words inside its own report) and a
clause of time or contrast opened by a word of the lexicon kind ``incise_tail`` tell what the speaker did besides or
what happened meanwhile; the incise still closes the sentence before it, which is the speaker's report
(`quotes.speaker_clause`, read by `quotes.closing.incise`). The real-news golds list those sentences as reported
quotes (corpus/real5 tp-04, te-01, tk-08, tp-01; corpus/real7 vd-10). Near misses: no incise, the clause with no
speech verb before it. Every person, place and statement is invented."""

from __future__ import annotations

import pytest

from test_quotes import run

SPEC = {
    "durand": ("Paul Durand", "PERSON", ["Paul Durand", "Durand"]),
    "martin": ("Jean Martin", "PERSON", ["Jean Martin", "Martin"]),
    "valdor": ("Valdor", "GPE", ["Valdor"]),
    "ostravie": ("Ostravie", "GPE", ["Ostravie"]),
}

#: (text, the reported sentence's first words): Paul Durand its speaker
READ = [
    (  # a relative on the speaker, a verb coordinated after it
        "Trois obus ont frappé le port de Brévonne, la plus grande ville de la côte, a annoncé le gouverneur Paul "
        "Durand qui dresse un bilan de douze blessés et accuse les rebelles d'avoir visé des écoles.",
        "Trois obus ont frappé le port de Brévonne",
    ),
    (  # a relative on the speaker holding quoted words of its own report
        "La mesure est déjà appliquée, souligne Paul Durand qui annonce que dix prisonniers sont sortis ce matin "
        "et que « les autres suivront dans la semaine », sans dire combien ils sont.",
        "La mesure est déjà appliquée",
    ),
    (  # a clause of contrast opened right after the speaker
        "L'attaque du poste frontalier a fait six morts parmi les gardes, a indiqué Paul Durand alors même que le "
        "Valdor annonçait la fin des combats dans la région.",
        "L'attaque du poste frontalier a fait six morts",
    ),
    (  # a clause of time after the speaker and its adjunct, a participle coordinated with it
        "Jean Martin a été interpellé chez lui à Brévonne par deux gendarmes, a affirmé Paul Durand lors d'une "
        "conférence de presse avant de réclamer « son retour immédiat » et dénonçant une arrestation arbitraire.",
        "Jean Martin a été interpellé chez lui",
    ),
]

#: texts where no quote is found, on main and here
NEAR = [
    "Les soldats ont quitté Brévonne alors même que la ville fêtait la fin des combats.",
    "Le maire a visité le port de Brévonne, où il a rencontré Jean Martin qui dirige les dockers du Valdor.",
]


def _quotes(text: str) -> list[tuple[bool, str, frozenset[str]]]:
    return [(q["direct"], q["text"], frozenset(s["name"] for s in q["speakers"])) for q in run(text, "fr", SPEC)]


@pytest.mark.e2e
@pytest.mark.parametrize("text, start", READ)
def test_quotes_incise_speaker_clause_reported(text: str, start: str) -> None:
    quotes = _quotes(text)
    assert any(not d and t.startswith(start) and who == {"Paul Durand"} for d, t, who in quotes), quotes


@pytest.mark.e2e
@pytest.mark.parametrize("text", NEAR)
def test_quotes_incise_speaker_clause_near_misses(text: str) -> None:
    assert _quotes(text) == []
