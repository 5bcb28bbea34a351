"""Stories: near-copies of an article are grouped, other articles are not."""

import pytest

from veille.store import Store
from veille.store.stories import signature, similarity

WIRE = (
    "The central bank raised its main interest rate by a quarter point on Thursday, the third increase this "
    "year, saying inflation remained too high and that further moves could not be ruled out. The governor "
    "told reporters the decision was unanimous and that the bank would watch wage growth closely in the "
    "coming months. Markets had largely expected the move, and the currency was little changed after the "
    "announcement. Economists said the bank was likely to pause in the spring if prices cooled as forecast."
)
EDITED = WIRE.replace("on Thursday", "on Thursday afternoon").replace("Economists said", "Several economists said")
OTHER = (
    "Heavy rain flooded several villages in the north of the country overnight, forcing hundreds of families "
    "to leave their homes, the civil protection agency said on Friday. Rescue teams used boats to reach "
    "residents trapped on rooftops, and schools were closed in three districts while the water receded."
)


def test_stories_similarity_of_near_copies_and_other_texts():
    assert similarity(signature(WIRE), signature(WIRE)) == 1.0
    assert similarity(signature(WIRE), signature(EDITED)) >= 0.5
    assert similarity(signature(WIRE), signature(OTHER)) < 0.1


def _rec(rid, body, title="T", published="2025-03-06"):
    return {"id": rid, "title": title, "body": body, "published": published, "language": "en"}


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "s.db") as s:
        yield s


def test_stories_wire_copies_are_one_story(store):
    store.add(_rec("a", WIRE, "Central bank raises rates again"))
    store.add(_rec("b", EDITED, "Rates up a quarter point", "2025-03-07"))
    store.add(_rec("c", OTHER, "Floods force hundreds from homes"))
    assert store.story_of("a") == store.story_of("b") != store.story_of("c")
    [story] = store.stories()
    assert [a["id"] for a in story["articles"]] == ["a", "b"]
    assert story["first_published"] == "2025-03-06"
    assert story["articles"][1]["like_article"] == "a" and story["articles"][1]["similarity"] >= 0.5
    assert store.summary()["stories"] == 2


def test_stories_duplicate_add_does_not_change_stories(store):
    store.add(_rec("a", WIRE))
    store.add(_rec("a", WIRE))
    assert store.stories(min_articles=1)[0]["articles"][0]["id"] == "a"
    assert store.summary()["stories"] == 1
