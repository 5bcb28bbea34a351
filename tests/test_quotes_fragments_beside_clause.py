"""A quoted fragment inside a reported clause is a statement of its own beside the clause (issue 12).

"Keller said the tariff was “a trap for small farmers” and would be withdrawn": the words between the marks are
Keller's own (a direct, partial quote) and the clause that holds them is her statement reported; the real-news golds
of corpus/real2 and corpus/real3 (`re-`, `ra-`) list both. Lexicon flag `fragments_beside_clause` (English, and French
since stop 41: « X a affirmé que le tarif était « un piège » et serait retiré »), read by
`quotes.fragment_pairs.beside_clause`. Near misses: a fragment that is most of its clause ("said it was “…”") is the
clause quoted, one quote; a one-word scare quote and a title are no statement.
Written before any dev output was read for the class; every person and statement is invented."""

from __future__ import annotations

import pytest

from test_quotes import run

SPEC = {
    "keller": ("Maria Keller", "PERSON", ["Maria Keller", "Keller"]),
    "ostrov": ("Pavel Ostrov", "PERSON", ["Pavel Ostrov", "Ostrov"]),
}

#: (text, first words of the reported clause, the fragment): two quotes of one speaker
READ = [
    (
        "Maria Keller said the new tariff was “a trap for small farmers” and would be withdrawn.",
        "the new tariff was",
        "a trap for small farmers",
    ),
    (
        "Pavel Ostrov told reporters that the talks had “broken down completely” after the vote.",
        "the talks had",
        "broken down completely",
    ),
    (
        "Maria Keller warned that the border would stay closed “for as long as it takes” to stop the smugglers.",
        "the border would stay closed",
        "for as long as it takes",
    ),
    (
        "Maria Keller said that the ban was “unlawful and unjust” and that her office would appeal.",
        "the ban was",
        "unlawful and unjust",
    ),
    (
        "The harbour would reopen “within a matter of days” once the cranes were repaired, Pavel Ostrov said.",
        "The harbour would reopen",
        "within a matter of days",
    ),
]

#: (text, the one quote's first words)
NEAR = [
    ("Maria Keller said it was “a trap for small farmers”.", "it was"),
    ("Maria Keller said the so-called “reform” had failed the farmers of the valley.", "the so-called"),
    ("Pavel Ostrov said the “Harbour Gazette” had closed its office in the old town.", "the"),
]


def _quotes(text: str, lang: str = "en") -> list[tuple[bool, str, set[str]]]:
    return [(q["direct"], q["text"], {s["name"] for s in q["speakers"]}) for q in run(text, lang, SPEC)]


@pytest.mark.e2e
@pytest.mark.parametrize("text, clause, fragment", READ)
def test_quotes_fragment_beside_clause_two_quotes(text: str, clause: str, fragment: str) -> None:
    quotes = _quotes(text)
    assert len(quotes) == 2
    assert {d for d, _, _ in quotes} == {True, False}
    assert any(not d and t.startswith(clause) for d, t, _ in quotes)
    assert any(d and t == fragment for d, t, _ in quotes)
    assert len({frozenset(s) for _, _, s in quotes}) == 1


@pytest.mark.e2e
@pytest.mark.parametrize("text, start", NEAR)
def test_quotes_fragment_beside_clause_near_miss(text: str, start: str) -> None:
    quotes = _quotes(text)
    assert len(quotes) == 1
    assert quotes[0][1].startswith(start)


#: French: (text, first words of the reported clause, the fragment)
READ_FR = [
    (
        "Maria Keller a affirmé que le nouveau tarif était « un piège pour les petits paysans » et serait retiré.",
        "le nouveau tarif était",
        "un piège pour les petits paysans",
    ),
    (
        "Pavel Ostrov a estimé mardi que les discussions avaient « totalement échoué » après le scrutin.",
        "les discussions avaient",
        "totalement échoué",
    ),
    (
        "Selon Maria Keller, la frontière restera fermée « aussi longtemps qu’il le faudra » face aux passeurs.",
        "la frontière restera fermée",
        "aussi longtemps qu’il le faudra",
    ),
    pytest.param(
        "La digue du port sera réparée « dans les tout prochains jours », a assuré Pavel Ostrov.",
        "La digue du port sera réparée",
        "dans les tout prochains jours",
        marks=pytest.mark.xfail(strict=True, reason="NOT_YET: a sentence holding a fragment, closed by an incise"),
    ),
]

#: French near misses: (text, the one quote's first words)
NEAR_FR = [
    ("Maria Keller a affirmé que c’était « un piège pour les petits paysans ».", "c’était"),
    ("Pavel Ostrov a déclaré que le « Courrier du Port » avait fermé son bureau de la vieille ville.", "le"),
]


@pytest.mark.e2e
@pytest.mark.parametrize("text, clause, fragment", READ_FR)
def test_quotes_fragment_beside_clause_french(text: str, clause: str, fragment: str) -> None:
    quotes = _quotes(text, "fr")
    assert any(not d and t.startswith(clause) for d, t, _ in quotes), quotes
    assert any(d and t == fragment for d, t, _ in quotes), quotes
    assert len({frozenset(s) for _, _, s in quotes}) == 1


@pytest.mark.e2e
@pytest.mark.parametrize("text, start", NEAR_FR)
def test_quotes_fragment_beside_clause_french_near_miss(text: str, start: str) -> None:
    quotes = _quotes(text, "fr")
    assert len(quotes) == 1, quotes
    assert quotes[0][1].startswith(start)
