"""A news agency in brackets glued to the dash or the ellipsis after it ("LAKEVIEW (Reuters)--The...", "(Kyodo)—Seven
officials...", "... the envoy said. (Xinhua)…") is the agency of the dateline or the closing credit: the tokenizer
splits the bracket and the dash run or ellipsis off (analysis/closers.py), so that the agency is read and the
sentence keeps its first word. Near misses: a bracket glued to a word stays as the model splits it, and a dash
between words is untouched. Invented datelines and sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities
from veille.analysis.nlp import parse

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text,lang,name",
    [
        ("Lakeview, May 4 (Jiji Press)--The Norvian government tightened export rules.", "en", "Jiji Press"),
        ("(i24news)—Seven officials were told to leave the country within three days.", "en", "i24NEWS"),
        ("The talks will resume in June, the envoy said. (Xinhua)…[+]", "en", "Xinhua"),
        ("LAKEVIEW (Reuters)--The Norvian government tightened export rules on Thursday.", "en", "Reuters"),
        ("LAKEVIEW, May 4 (Kyodo)--The Norvian government tightened export rules.", "en", "Kyodo News"),
        ("LAKEVIEW (AFP)—The Norvian government tightened export rules on Thursday.", "en", "Agence France-Presse"),
        ("LACVILLE (AFP)--Le gouvernement norvien a durci ses règles mardi.", "fr", "Agence France-Presse"),
    ],
)
def test_glued_dateline_agency_is_read(text: str, lang: str, name: str) -> None:
    found = entities(text, lang)
    assert name in found and found[name]["type"] == "ORG", found


@pytest.mark.parametrize(
    "text,lang,tokens",
    [
        ("LAKEVIEW (Reuters)--The", "en", ["LAKEVIEW", "(", "Reuters", ")", "--", "The"]),
        ("said. (Xinhua)…", "en", ["said", ".", "(", "Xinhua", ")", "…"]),
        ("Il a dit (deux fois)… que", "fr", ["Il", "a", "dit", "(", "deux", "fois", ")", "…", "que"]),
        ("He said it -- twice -- aloud.", "en", ["He", "said", "it", "--", "twice", "--", "aloud", "."]),
        ("a well-known (so-called) rule", "en", ["a", "well", "-", "known", "(", "so", "-", "called", ")", "rule"]),
    ],
)
def test_glued_dateline_tokens(text: str, lang: str, tokens: list[str]) -> None:
    assert [t.text for t in parse(text, lang)] == tokens
