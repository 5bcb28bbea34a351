"""The story index an open store builds from the stored signatures: the candidates datasketch's MinHashLSH finds,
and the same stories whether the index grew article by article or was rebuilt by each opening of the store."""

import numpy as np
import pytest
from datasketch import MinHashLSH

from veille.store import Store
from veille.store import stories as stories_module
from veille.store.stories import StoryIndex, pack, unpack

#: invented dispatches: each a story told again with a few words changed, and one told once
STORIES = [
    "The harbour authority of Velmar closed the northern pier on Tuesday after a crane collapsed onto a cargo ship "
    "during unloading, injuring two dock workers, and said the pier would stay shut while inspectors examined the "
    "remaining cranes and the company that operates them prepared a report on the accident.",
    "Farmers in the Ostravian lowlands began harvesting early this week because forecasters expect a long spell of "
    "heavy rain, the regional agriculture office said, adding that grain prices at the local market had already "
    "risen by a tenth since the start of the month as buyers tried to secure supplies.",
    "A new ferry line between the islands of Korval and Tessin will open next spring, the transport ministry "
    "announced, with two crossings a day in summer and one in winter, a timetable that island councils had asked "
    "for since the old service was suspended three years ago for lack of passengers.",
    "The city library of Brenna will lend musical instruments from next month, its director said on Friday, "
    "starting with forty violins, guitars and keyboards donated by a local school that replaced its own, and "
    "members will be able to borrow one instrument for up to three weeks at a time.",
]


def _variants(text: str, k: int) -> str:
    """``text`` with its k-th word dropped and one word appended: a rewrite of the same dispatch."""
    words = text.split()
    return " ".join(words[:k] + words[k + 1 :] + [f"update{k}"])


def _records() -> list[dict]:
    records = []
    for n, text in enumerate(STORIES):
        for k in range(0, 3 if n < 3 else 1):
            records.append({"id": f"s{n}v{k}", "title": f"Story {n}", "body": _variants(text, 5 * k + 3)})
    records.append({"id": "short", "title": "Brief", "body": "Too short."})
    return sorted(records, key=lambda r: r["id"][::-1])  # the copies of a story not one after the other


def _stories(conn) -> list[tuple]:
    rows = conn.execute(
        "SELECT article_id, story_id, similarity, like_article, shingles FROM article_stories ORDER BY article_id"
    )
    return [tuple(r) for r in rows]


@pytest.mark.parametrize("reopen_every", [1, 2, 3])
def test_stories_index_rebuilt_at_each_opening_gives_the_same_stories(tmp_path, reopen_every):
    records = _records()
    with Store(tmp_path / "once.db") as once:
        for r in records:
            once.add(r)
        expected = _stories(once.conn)
    assert len({s for _, s, *_ in expected}) == len(STORIES) + 1  # the copies grouped, the brief text alone
    db = tmp_path / "reopened.db"
    for start in range(0, len(records), reopen_every):  # each opening builds its index from the stored signatures
        with Store(db) as store:
            for r in records[start : start + reopen_every]:
                store.add(r)
    with Store(db) as store:
        assert _stories(store.conn) == expected


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_stories_index_finds_the_candidates_of_datasketch_minhashlsh(seed):
    rng = np.random.default_rng(seed)
    base = rng.integers(0, 2**63, size=(20, stories_module.NUM_PERM), dtype=np.uint64)
    index = StoryIndex()
    lsh = MinHashLSH(num_perm=stories_module.NUM_PERM, params=stories_module.bands())
    sigs = []
    for k in range(400):  # near-copies of 20 signatures: some bands shared, most not
        values = base[k % 20].copy()
        changed = rng.random(stories_module.NUM_PERM) < 0.8
        values[changed] = rng.integers(0, 2**63, size=int(changed.sum()), dtype=np.uint64)
        sig = unpack(pack(stories_module.minhash(values)))
        sigs.append(sig)
        if k % 2:
            index.add(f"a{k}", sig)  # as a stored article is added
        else:
            index.add_packed(f"a{k}", pack(sig))  # as a refresh reads it
        lsh.insert(f"a{k}", sig)
    assert all(sorted(index.candidates(s)) == sorted(lsh.query(s)) for s in sigs)
    assert sum(len(index.candidates(s)) for s in sigs) > 2 * len(sigs)  # shared bands were found


def test_stories_index_adds_an_article_once():
    sig = stories_module.signature(STORIES[0])[0]
    index = StoryIndex()
    index.add("a", sig)
    index.add("a", sig)
    index.add("b", sig)
    assert sorted(index.candidates(sig)) == ["a", "b"] and index.keys == {"a", "b"}
