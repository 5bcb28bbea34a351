"""A part of a state named by a lowercase compass word ("southern Lebanon", « le sud du Liban ») is the state: the
real-news golds list the state there, never a region of that name (issue 12). The knowledge base's South Lebanon
row kept those lowercase forms, so the state went unnamed and a false region stood for it; the region's proper names
("South Lebanon", « Sud-Liban », « Liban-Sud ») stay the region. The NER's labels are set by hand; the sentences are
invented (Lebanon, the one state whose compass part the knowledge base lists, aside)."""

from __future__ import annotations

import pytest

from test_entities_ner_misses import mention_texts

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text, lang, labelled, mention",
    [
        ("Des drones ont visé deux camions dans le sud du Liban mardi soir.", "fr", [("Liban", "LOC")], "Liban"),
        (
            "Une grange a brûlé à Valmira (sud du Liban), d'après un témoin.",
            "fr",
            [("Liban", "LOC")],
            "Liban",
        ),
        ("Drones struck two trucks in southern Lebanon late on Tuesday.", "en", [("Lebanon", "GPE")], "Lebanon"),
    ],
)
def test_entities_compass_part_of_state_is_the_state(text, lang, labelled, mention):
    names = mention_texts(text, lang, labelled)
    assert "South Lebanon" not in names
    assert mention in names["Lebanon"]


@pytest.mark.parametrize(
    "text, lang, labelled",
    [
        ("Two villages of South Lebanon were shelled on Tuesday.", "en", [("South Lebanon", "LOC")]),
        ("Deux villages du Sud-Liban ont été bombardés mardi.", "fr", [("Sud-Liban", "LOC")]),
    ],
)
def test_entities_compass_part_of_state_near_miss_region_name_stays(text, lang, labelled):
    assert "South Lebanon" in mention_texts(text, lang, labelled)
