"""A sentence closed by an outlet's report (issue 12): "…, rapporte le magazine allemand X." — a finite incise
verb the parser hangs on the noun before the comma as a modifier, and an outlet named after its kind and an
adjective ("le magazine allemand X", "le quotidien régional X"). Not a participle modifying a noun ("…, un
chantier estimé à…"). Invented sentences, outlets and people."""

from __future__ import annotations

import pytest

from quote_fixtures import speakers_of
from test_quotes import PEOPLE, run

SPEC = {**PEOPLE, "kurier": ("Der Kurier", "ORG", ["Der Kurier", "Kurier"])}
REPORT = "Claire Vasseur a été convoquée hier par le secrétaire d’État"


@pytest.mark.e2e
@pytest.mark.parametrize("verb", ["rapporte", "affirme", "révèle", "précise", "a rapporté"])
@pytest.mark.parametrize(
    "outlet", ["le magazine allemand Kurier", "le quotidien régional Kurier", "le magazine Kurier"]
)
def test_quotes_closing_outlets_name_after_its_kind(verb: str, outlet: str) -> None:
    quotes = run(f"{REPORT}, {verb} {outlet}.", "fr", SPEC)
    assert speakers_of(quotes, REPORT) == {"Der Kurier"}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "Le port a été fermé en mai, un chantier estimé à deux millions par Kurier.",
        "Le port a été fermé en mai, la Valdorie accusant Kurier de mentir.",
    ],
)
def test_quotes_closing_outlets_a_participle_is_no_incise(text: str) -> None:
    assert speakers_of(run(text, "fr", SPEC), "Le port") is None
