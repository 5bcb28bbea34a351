"""A news agency named by its noun, a complement or an adjective, then its name (issue 12).

"…, indique l'agence de presse turque X.", "C'est ce que précise l'agence de presse turque X.": the parser hangs
the name on the noun as a modifier (nmod or amod), not as a name, past the « de » complement, so the resolver found
no entity for the phrase and the report was dropped; « l'agence X » read right. The name after such words is the
noun's name (`quotes.apposition._before_name`). The real-news golds give such reports to the agency (corpus/real10
ya-10, corpus/real11 za-14). Kept as on main: « l'agence X ». Every agency, place and statement is invented."""

from __future__ import annotations

import pytest

from test_quotes import run, speakers

SPEC = {
    "valmont": ("Valmont", "GPE", ["Valmont"]),
    "tassar": ("Tassar", "ORG", ["Tassar"]),
    "durand": ("Paul Durand", "PERSON", ["Paul Durand"]),
}

#: (text, the reported words): Tassar's report
READ = [
    (
        "Le Valmont a fermé sa frontière avec ses voisins, indique l’agence de presse turque Tassar.",
        "Le Valmont a fermé sa frontière avec ses voisins",
    ),
    (
        "Le Valmont a fermé sa frontière avec ses voisins, a précisé l'agence de presse turque Tassar.",
        "Le Valmont a fermé sa frontière avec ses voisins",
    ),
    (
        "Le Valmont a fermé sa frontière avec ses voisins. C’est ce que précise l’agence de presse turque Tassar.",
        "Le Valmont a fermé sa frontière avec ses voisins",
    ),
]

#: (text, the reported words, who speaks), as on main
KEPT = [
    (
        "Le Valmont a fermé sa frontière avec ses voisins, indique l'agence Tassar.",
        "Le Valmont a fermé sa frontière avec ses voisins",
        "Tassar",
    ),
]


@pytest.mark.parametrize("text,said", READ)
def test_quotes_agency_adjective_name_speaks(text, said):
    assert [(q["text"], speakers(q)) for q in run(text, "fr", SPEC)] == [(said, {"Tassar"})]


@pytest.mark.parametrize("text,said,who", KEPT)
def test_quotes_agency_adjective_name_kept(text, said, who):
    assert [(q["text"], speakers(q)) for q in run(text, "fr", SPEC)] == [(said, {who})]
