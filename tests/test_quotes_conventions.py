"""Two gold conventions of the real-news gold (stop 32, corpus/real/DISPUTES.md), on invented sentences.

* A quoted fragment inside a French statement that opens its sentence and is closed by its source ("La ville
  réagira de façon « … », a déclaré X", "…, selon X") is a partial quote of its own beside the reported
  statement: two quotes, same speaker. Inside "X a déclaré que … « … »", and in English, the fragment stays the
  statement's (one quote), and a quoted word the writer uses (a name, a term after "so-called") is no quote.
* English "accused X of V-ing" and "called on X to V" state what the speaker said (a reported quote); a passive
  ("was accused of corruption") names no speaker (no quote), "called the mayor" and "called for" are no statement.
Invented people and statements."""

from __future__ import annotations

import pytest

from test_quotes import run, speakers, texts


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, statement, fragment, who",
    [
        (
            "La ville réagira de façon « rapide et mesurée » aux nouvelles taxes, a déclaré Paul Martel vendredi.",
            "La ville réagira de façon « rapide et mesurée » aux nouvelles taxes",
            "rapide et mesurée",
            {"Paul Martel"},
        ),
        (
            "Une centaine de pêcheurs a occupé « quelques heures » le port de Brévonne, selon Claire Vasseur.",
            "Une centaine de pêcheurs a occupé « quelques heures » le port de Brévonne",
            "quelques heures",
            {"Claire Vasseur"},
        ),
        (
            "La coopérative ne signera rien tant que des « engagements écrits » manqueront, a indiqué Jean Ribot.",
            "La coopérative ne signera rien tant que des « engagements écrits » manqueront",
            "engagements écrits",
            {"Jean Ribot"},
        ),
    ],
)
def test_quotes_conventions_fragment_in_closed_statement_is_also_a_partial(
    text: str, statement: str, fragment: str, who: set
) -> None:
    quotes = run(text, "fr")
    assert sorted(texts(quotes)) == sorted([statement, fragment]), texts(quotes)
    (rep,) = [q for q in quotes if not q["direct"]]
    (part,) = [q for q in quotes if q["direct"]]
    assert speakers(rep) == speakers(part) == who


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, statement",
    [
        # "X a déclaré que … « … »": the fragment stays inside the one statement
        (
            "fr",
            "Claire Vasseur a déclaré que la réforme est « une erreur historique » pour le pays.",
            "la réforme est « une erreur historique » pour le pays",
        ),
        # English, closed by its source: one statement
        (
            "en",
            'The town will react in a "swift and measured" way to the new taxes, Paul Martel said.',
            'The town will react in a "swift and measured" way to the new taxes',
        ),
        # a name the writer quotes, and a term after "so-called": the writer's words, no partial
        (
            "fr",
            "La digue de l’opération « Cap Horizon » tiendra encore dix ans, a déclaré Jean Ribot.",
            "La digue de l’opération « Cap Horizon » tiendra encore dix ans",
        ),
        (
            "fr",
            "Les travaux du pont surnommé « le vieux géant » reprendront lundi, a indiqué Paul Martel.",
            "Les travaux du pont surnommé « le vieux géant » reprendront lundi",
        ),
    ],
)
def test_quotes_conventions_fragment_stays_in_the_statement(lang: str, text: str, statement: str) -> None:
    quotes = run(text, lang)
    assert texts(quotes) == [statement]
    assert not quotes[0]["direct"]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, statement, who",
    [
        (
            "Paul Martel accused the port authority of hiding the cost of the new bridge.",
            "the port authority of hiding the cost of the new bridge",
            {"Paul Martel"},
        ),
        (
            "The Valdor Ministry of Agriculture closed the grain terminal on Monday, accusing Claire Vasseur of "
            "ignoring the safety report.",
            "Claire Vasseur of ignoring the safety report",
            {"Valdor Ministry of Agriculture"},
        ),
        (
            "Claire Vasseur praised the volunteers and called on the region to fund the repairs before winter.",
            "the region to fund the repairs before winter",
            {"Claire Vasseur"},
        ),
        (
            "Jean Ribot said the harbour would stay open and accused the ministry of delaying the dredging work.",
            "the ministry of delaying the dredging work",
            {"Jean Ribot"},
        ),
    ],
)
def test_quotes_conventions_accusation_or_call_is_a_reported_quote(text: str, statement: str, who: set) -> None:
    quotes = run(text, "en")
    found = [q for q in quotes if statement in q["text"]]
    assert found and not found[0]["direct"], texts(quotes)
    assert speakers(found[0]) == who


@pytest.mark.e2e
def test_quotes_conventions_second_act_of_the_speaker_holds_its_fragment() -> None:
    """ "X said A and called B “…”": the reported statement and the fragment the second verb states, two quotes."""
    quotes = run("Paul Martel said he had hoped for a larger quota and called the outcome “a missed chance”.", "en")
    assert texts(quotes) == ["he had hoped for a larger quota", "a missed chance"]
    assert [q["direct"] for q in quotes] == [False, True]
    assert all(speakers(q) == {"Paul Martel"} for q in quotes)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "Paul Martel was accused of corruption by a local newspaper last year.",  # passive: nobody speaks
        "The former mayor, accused of corruption, left the town in 2019.",
        "Claire Vasseur called the mayor on Monday to discuss the bridge.",  # a phone call
        "Jean Ribot called for calm after the storm.",  # a call for a noun: no statement (real-news gold)
    ],
)
def test_quotes_conventions_no_statement_without_speaker_or_content(text: str) -> None:
    assert run(text, "en") == []
