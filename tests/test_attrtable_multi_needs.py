"""The patterns of several tokens of the attribute table run only on a Doc that holds what one of them needs
(invented sentences)."""

from __future__ import annotations

import pytest

from veille.analysis import nlp
from veille.analysis.attrtable import _needs


class _Strings:
    """A string store's ``add``: the string's own hash stands in."""

    def add(self, value: str) -> int:
        return hash(value)


@pytest.mark.parametrize(
    ("patterns", "needs"),
    [
        ([[{"LOWER": "gon"}, {"LOWER": "na"}]], [[("LOWER", {"gon"}), ("LOWER", {"na"})]]),
        ([[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}]], [[("DEP", {"expl"}), ("LOWER", {"is", "was"})]]),
        ([[{"TEXT": "Mr"}, {"TAG": "NNP"}]], [[("ORTH", {"Mr"}), ("TAG", {"NNP"})]]),
        ([[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], [[("LOWER", {"all"})]]),
        ([[{"LOWER": "x", "OP": "?"}, {"LOWER": "y"}]], [[("LOWER", {"y"})]]),
    ],
)
def test_needs_of_a_pattern_are_its_required_values(patterns, needs):
    found = _needs(patterns, _Strings())
    assert found == [[(attr, frozenset(hash(v) for v in values)) for attr, values in n] for n in needs]


@pytest.mark.parametrize(
    "patterns",
    [
        [[{"LOWER": {"REGEX": "^a"}}, {"IS_SPACE": True}]],  # nothing a column holds
        [[{"LOWER": "gon"}, {"LOWER": "na"}], [{"LOWER": "z", "OP": "*"}, {"POS": "NOUN"}]],  # one needs nothing
        [[{"LOWER": {"NOT_IN": ["a"]}}, {"LOWER": "b", "OP": "!"}]],
    ],
)
def test_needs_is_none_when_a_pattern_needs_nothing(patterns):
    assert _needs(patterns, _Strings()) is None


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("The ferry left Dunmore at noon and came back by night.", False),
        ("Their plan was to win the vote in the spring.", False),
        ("They were gon na win the vote.", True),
        ("There is a ferry to Dunmore every hour.", True),
        ("There were two ferries, and one of them is late.", True),
        ("I got ta leave before the ferry does.", True),
    ],
)
def test_multi_token_matcher_runs_only_where_needed(monkeypatch, text, runs):
    table = nlp.load("en").get_pipe(nlp.TABLE_COMPONENT)
    called = []
    real = table._multi

    class Spy:
        def __call__(self, doc, **kw):
            called.append(doc.text)
            return real(doc, **kw)

    monkeypatch.setattr(table, "_multi", Spy())
    nlp.load("en")(text)
    assert bool(called) is runs


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("text", "lemmas"),
    [
        ("They were gon na win.", {"gon": "go", "na": "to"}),
        ("You got ta see it.", {"ta": "to"}),
        ("There is a bridge over the river.", {"is": "be"}),
    ],
)
def test_multi_token_patterns_still_apply(text, lemmas):
    doc = nlp.load("en")(text)
    assert {t.lower_: t.lemma_ for t in doc if t.lower_ in lemmas} == lemmas
