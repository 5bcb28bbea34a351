"""The Doc's keys made once (kbnorm.token_norms) and the positions of a few words read from them
(kbnorm.norm_positions): the same as asking token_norm of every token (invented sentences)."""

from __future__ import annotations

import pytest

from veille.analysis import nlp
from veille.analysis.kbnorm import norm_positions, token_norm, token_norms

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        ("fr", "La mission de l'ONU et l’Agence de presse ont salué la Préfecture.", {"la", "l'agence", "prefecture"}),
        ("en", "The Gulf of Tarvo and the gulf near Vesk were calm.", {"gulf", "the"}),
        ("en", "Nothing here matches.", {"absent"}),
        ("fr", "Élysée, élysée et ELYSEE.", {"elysee"}),  # accents and case folded, as the KB's keys are
    ],
)
def test_kbnorm_positions_match_every_token(lang, text, words):
    doc = nlp.parse(text, lang)
    assert token_norms(doc) == [token_norm(t) for t in doc]
    assert norm_positions(doc, words) == [t.i for t in doc if token_norm(t) in words]
    assert norm_positions(doc, dict.fromkeys(words)) == norm_positions(doc, frozenset(words))  # any collection
