"""Stories: near-copies of an article are grouped, other articles are not."""

import pytest

from test_store import older_store
from veille.store import Store
from veille.store import stories as stories_module
from veille.store.stories import containment, same_story, signature, similarity

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
    (wire, n), (edited, m), (other, o) = signature(WIRE), signature(EDITED), signature(OTHER)
    assert similarity(wire, wire) == 1.0
    assert similarity(wire, edited) >= 0.5 and same_story(similarity(wire, edited), n, m)
    assert similarity(wire, other) < 0.1 and not same_story(similarity(wire, other), n, o)


def test_stories_an_excerpt_of_a_longer_copy_is_the_same_story():
    assert containment(0.2, 50, 250) == 1.0  # 50 shingles, all in the 250 of the longer text
    assert same_story(0.2, 50, 250)  # under SAME_STORY, but contained
    assert not same_story(0.2, 200, 220)  # two texts of one size sharing a fifth: another dispatch, same template
    assert not same_story(0.05, 10, 500)  # a sentence found in a long text is no copy of it
    lead = WIRE.split(". ")[0] + "."  # the first sentence, as a page printed it
    (a, n), (b, m) = signature(WIRE), signature(lead)
    assert same_story(similarity(a, b), n, m)


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


def test_stories_a_body_without_text_is_a_story_alone(store):
    store.add(_rec("a", ""))
    store.add(_rec("b", ""))
    store.add(_rec("c", "Brief."))
    assert len({store.story_of("a"), store.story_of("b"), store.story_of("c")}) == 3


def test_stories_copies_stored_by_another_process_are_found(tmp_path):
    db = tmp_path / "two.db"
    with Store(db) as first, Store(db) as second:
        first.add(_rec("a", "Filler text of another story entirely, with enough words to be compared at all."))
        second.add(_rec("b", WIRE))  # the second store's index is built now
        first.add(_rec("c", OTHER))  # the first store's index was built before "b" was stored
        first.add(_rec("d", EDITED))
        assert first.story_of("d") == second.story_of("b")


def test_stories_migration_7_signs_stored_articles_again(tmp_path):
    db = tmp_path / "old.db"
    conn = older_store(db, 6)
    conn.execute("INSERT INTO articles(id, title, body, record, ingested_at) VALUES ('a', 'T', ?, '{}', '')", (WIRE,))
    conn.execute("INSERT INTO stories(id, title, articles) VALUES (1, 'T', 1)")
    conn.execute("INSERT INTO article_stories(article_id, story_id, signature) VALUES ('a', 1, x'00')")
    conn.commit()
    conn.close()
    with Store(db) as s:
        row = s.conn.execute("SELECT shingles, length(signature) FROM article_stories").fetchone()
        assert tuple(row) == (len(stories_module.shingles(WIRE)), 8 * stories_module.NUM_PERM)
        s.add(_rec("b", EDITED))
        assert s.story_of("b") == 1  # found through the new signature of the article stored before


def test_stories_index_has_the_bands_datasketch_chooses_for_the_threshold():
    from datasketch import MinHashLSH

    chosen = MinHashLSH(threshold=stories_module.LSH_THRESHOLD, num_perm=stories_module.NUM_PERM)
    index = stories_module.StoryIndex()
    assert (index.bands, index.rows) == (chosen.b, chosen.r) == stories_module.bands()
