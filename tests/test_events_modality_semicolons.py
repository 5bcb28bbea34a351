"""Clauses a semicolon keeps apart (issue 13, modality): in a list of summary clauses ("X says ...; Y condemns ...;
Z urges restraint"), the parse may hang a clause as the content of a verb of demand or denial across the
semicolon; each clause is told on its own, so its act is done. Near misses: a content clause of a demand, before
or after its verb with a comma, stays wanted. Invented sentences; real states (helpers of
tests/test_events_real.py).
"""

from __future__ import annotations

import pytest

from test_events_real import flags

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        (
            "en",
            "• Tokyo says it reserves right to respond; Canada condemns Russian strikes; China urges restraint",
            "ACCUSE",
        ),
        ("en", "Japan recalls its envoy; Canada condemns Russia; China demands calm.", "ACCUSE"),
        ("en", "Canada condemns Russia; Japan denies any role.", "ACCUSE"),
        (
            "fr",
            "Le Japon rappelle son ambassadeur ; le Canada condamne la Russie ; la Chine demande le calme.",
            "ACCUSE",
        ),
    ],
)
def test_events_semicolons_a_clause_apart_is_told_on_its_own(lang, text, etype):
    assert (False, None) in flags(text, lang, etype)


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("en", "China urged that Canada condemn Russia.", "ACCUSE"),
        ("en", "Canada must condemn Russia, China urged.", "ACCUSE"),
        ("fr", "La Chine a exigé que le Canada condamne la Russie.", "ACCUSE"),
    ],
)
def test_events_semicolons_a_content_clause_of_a_demand_stays_wanted(lang, text, etype):
    found = flags(text, lang, etype)
    assert found and (False, None) not in found
