"""Words of the English lexicon written with a hyphen ("anti-dumping" in a condition of "duties", "live-fire",
"co-operation"; the nouns "build-up", "air-strike", "sit-in") are split by the tokenizer into three tokens
("anti", "-", "dumping"), so that a condition or a trigger naming the hyphenated word was never met: a condition
word is now met by the hyphenated word a child or an object ends or opens, and a trigger by the hyphenated word its
token ends (``triggers.hyphen_forms``). Near misses: the parts apart ("dumping by India", "the troops build up")
and duties that are no measure. Invented sentences, real states, no real people."""

from __future__ import annotations

import pytest

from test_events import parse, sides
from test_events_two_states_kb import run
from veille.analysis.events.triggers import hyphen_forms

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("text", "etype", "actor", "recipient"),
    [
        ("India imposed anti-dumping duties on Norwegian salmon.", "SANCTION", "IND", "NOR"),
        ("India announced anti-dumping duties on Norwegian salmon on Monday.", "SANCTION", "IND", "NOR"),
        ("Norway's build-up of troops near India alarmed the region.", "MOBILIZE", "NOR", "IND"),
        ("Norway began a build-up of troops near India.", "MOBILIZE", "NOR", "IND"),
    ],
)
def test_events_hyphenated_words_are_read(text, etype, actor, recipient):
    assert any(actor in a and recipient in r for a, r in sides(run(text), etype))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("India said its customs duties on Norwegian salmon were unchanged.", "SANCTION"),
        ("Norway's troops build up their camp near India.", "MOBILIZE"),
        ("India's officials took up their duties in Norway.", "SANCTION"),
    ],
)
def test_events_hyphenated_words_near_misses(text, etype):
    assert not sides(run(text), etype)


@pytest.mark.parametrize(
    ("text", "word", "opens", "forms"),
    [
        ("They imposed anti-dumping duties.", "dumping", True, ("anti-dumping",)),
        ("They imposed anti-dumping duties.", "anti", True, ("anti-dumping",)),
        ("They imposed anti-dumping duties.", "anti", False, ()),
        ("They held live-fire drills.", "fire", False, ("live-fire",)),
        ("They imposed anti - dumping duties.", "dumping", True, ()),
        ("They imposed duties.", "duties", True, ()),
    ],
)
def test_events_hyphenated_words_forms(text, word, opens, forms):
    doc = parse(text, "en")
    assert hyphen_forms(next(t for t in doc if t.lower_ == word), opens=opens) == forms
