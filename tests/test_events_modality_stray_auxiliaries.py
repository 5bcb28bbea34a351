"""Stray auxiliaries (issue 13, modality): a modal the parse hangs on a verb as punctuation, as at a line cut in
scraped text ("... accused Canada of selling arms to Russia, claiming that he would"), is no auxiliary of that verb:
its act stays done. Near misses: a modal auxiliary of the verb makes it possible, a future auxiliary planned.
Invented sentences; real states (helpers of tests/test_events_real.py).
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
            "John Smith had, on Tuesday, accused Canada of selling arms to Russia, claiming that he would",
            "ACCUSE",
        ),
        ("en", "John Smith accused Canada of sending arms to Russia, adding that he would", "ACCUSE"),
    ],
)
def test_events_stray_auxiliaries_a_cut_modal_leaves_the_act_done(lang, text, etype):
    assert (False, None) in flags(text, lang, etype)


@pytest.mark.parametrize(
    "lang, text, etype, mood",
    [
        ("en", "John Smith would accuse Canada of supplying arms to Russia.", "ACCUSE", "hypothetical"),
        ("en", "John Smith will accuse Canada of supplying arms to Russia.", "ACCUSE", "future"),
        ("fr", "Pierre Dupont accusera le Canada de livrer des armes à la Russie.", "ACCUSE", "future"),
    ],
)
def test_events_stray_auxiliaries_a_verb_s_own_auxiliary_counts(lang, text, etype, mood):
    assert (False, mood) in flags(text, lang, etype)
