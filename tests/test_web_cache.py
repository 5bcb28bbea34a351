"""The web server's caches: a cached page never outlives a commit to the store (an ingest beside the server),
ETags answer 304, and a missing entry is computed once however many requests ask for it at the same time."""

import asyncio
import copy
import json
import threading
import time

import pytest

from veille.store import Store
from veille.web.cache import Generation, Lru, Memo, ResponseCache
from web_fixtures import fetch as get
from web_fixtures import filler, records, serving, stored


@pytest.fixture()
def db(tmp_path):
    return stored(tmp_path / "c.db", fillers=10)


@pytest.fixture()
def base(db):
    with serving(db) as url:
        yield url


def test_web_cache_page_is_never_stale_after_a_write(db, base):
    total = json.loads(get(base + "/articles.json")[2])["total"]
    events = json.loads(get(base + "/events.json?actor=LTU")[2])["total"]
    with Store(db) as store:  # an ingest beside the server: one commit per article, as fast as it goes
        for k, i in enumerate((101, 103, 107, 109, 111)):  # odd, not a multiple of 5: LTU acts, realised
            store.add(copy.deepcopy(filler(i)))
            assert json.loads(get(base + "/articles.json")[2])["total"] == total + k + 1
            assert json.loads(get(base + "/events.json?actor=LTU")[2])["total"] == events + k + 1
            assert f"Rencontre {i}" in get(base + "/articles")[2].decode()


def test_web_cache_etag_is_answered_304_until_the_store_changes(db, base):
    status, headers, first = get(base + "/articles.json")
    status, headers, again = get(base + "/articles.json")
    tag = headers["ETag"]
    assert status == 200 and again == first and tag
    status, headers, body = get(base + "/articles.json", headers={"If-None-Match": tag})
    assert status == 304 and body == b"" and headers["ETag"] == tag
    assert get(base + "/articles.json", headers={"If-None-Match": '"other"'})[0] == 200
    with Store(db) as store:
        store.add(copy.deepcopy(filler(201)))
    status, headers, body = get(base + "/articles.json", headers={"If-None-Match": tag})
    assert status == 200 and b"Rencontre 201" in body
    assert get(base + "/articles.json", headers={"If-None-Match": tag})[0] == 200  # the new page has a new tag


def test_web_cache_generation_changes_at_each_commit_of_another_connection(db):
    generation = Generation(str(db))
    try:
        seen = [generation()]
        with Store(db) as store:
            for k in range(3):
                assert generation() == seen[-1]  # nothing committed: the same generation
                store.add(copy.deepcopy(filler(300 + k)))
                seen.append(generation())
        assert len(set(seen)) == 4
    finally:
        generation.close()


def test_web_cache_lru_drops_a_value_read_before_a_commit():
    now = [1]
    lru = Lru(lambda: now[0], size=10)
    found, generation = lru.get("page")
    assert found is None and generation == 1
    now[0] = 2  # a commit while the page was being made
    assert lru.get("other") == (None, 2)
    lru.put("page", "old", generation)  # made from what was read in generation 1: not kept
    assert lru.get("page") == (None, 2)
    lru.put("page", "new", 2)
    assert lru.get("page") == ("new", 2)


def test_web_cache_lru_keeps_the_most_recently_used():
    lru = Lru(lambda: 1, size=2)
    lru.get("a")
    for key in ("a", "b"):
        lru.put(key, key.upper(), 1)
    lru.get("a")
    lru.put("c", "C", 1)
    assert [lru.get(k)[0] for k in ("a", "b", "c")] == ["A", None, "C"]


def test_web_cache_memo_computes_a_missing_value_once_for_concurrent_threads():
    memo = Memo(lambda: 1)
    calls, results = [], []
    gate = threading.Barrier(8)

    def compute():
        calls.append(1)
        time.sleep(0.2)
        return 42

    def ask():
        gate.wait()
        results.append(memo("facets", compute))

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert results == [42] * 8 and len(calls) == 1


def test_web_cache_memo_computes_again_after_a_failure():
    memo = Memo(lambda: 1)

    def fail():
        raise KeyError("no such entity")

    with pytest.raises(KeyError):
        memo("entity", fail)
    assert memo("entity", lambda: "found") == "found"


def test_web_cache_response_is_made_once_for_concurrent_requests():
    made = []

    async def app(scope, receive, send):
        made.append(scope["path"])
        await asyncio.sleep(0.05)
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
        await send({"type": "http.response.body", "body": b"page " + scope["path"].encode()})

    cache = ResponseCache(app, generation=lambda: 1)

    async def request(path):
        sent = []

        async def send(message):
            sent.append(message)

        async def receive():
            return {"type": "http.request", "body": b""}

        scope = {"type": "http", "method": "GET", "path": path, "query_string": b"", "headers": []}
        await cache(scope, receive, send)
        return sent[0]["status"], sent[1]["body"]

    async def main():
        return await asyncio.gather(*[request("/a") for _ in range(10)], request("/b"))

    answers = asyncio.run(main())
    assert answers == [(200, b"page /a")] * 10 + [(200, b"page /b")]
    assert sorted(made) == ["/a", "/b"]


def test_web_cache_page_and_json_twin_read_their_data_once(base, monkeypatch):
    assert get(base + "/dyad.json?a=LTU&b=POL")[0] == 200
    calls = []
    monkeypatch.setattr(Store, "dyad", lambda *a, **k: calls.append(a))
    status, _, page = get(base + "/dyad?a=LTU&b=POL")
    assert status == 200 and "LTU" in page.decode() and calls == []  # the twin's data, not read again
    get(base + "/dyad.json?a=POL&b=LTU")  # other parameters: read again (here, through the patch)
    assert len(calls) == 1


def test_web_cache_pages_are_computed_by_a_few_threads(db):
    import anyio.to_thread

    from veille.web.app import THREADS, create_app

    async def started() -> int:
        app = create_app(str(db))
        async with app.router.lifespan_context(app):
            return int(anyio.to_thread.current_default_thread_limiter().total_tokens)

    assert asyncio.run(started()) == THREADS < 40  # anyio's default: 40 threads taking the GIL from the event loop


def test_web_cache_lru_keeps_entries_within_their_weight_budget():
    lru = Lru(lambda: 1, size=10, budget=100, weight=len)
    lru.get("a")
    for key, value in (("a", "x" * 40), ("b", "y" * 40), ("a", "z" * 30), ("c", "w" * 50)):
        lru.put(key, value, 1)
    assert lru.get("b")[0] is None  # the oldest dropped: 30 + 50 fit in 100, 40 more did not
    assert lru.get("a")[0] == "z" * 30 and lru.get("c")[0] == "w" * 50 and lru.weighs == 80
    lru.put("d", "v" * 200, 1)  # heavier than the whole budget: nothing else stays, nor it
    assert lru.items == {} and lru.weighs == 0


def test_web_cache_large_json_page_is_kept(tmp_path, monkeypatch):
    big = copy.deepcopy(filler(301))
    big["entities"][0]["names"] = [f"Nom {i:05d} de la Lituanie" for i in range(30000)]  # ~0.8 MB of JSON
    with Store(tmp_path / "big.db") as store:
        store.add_many([*records(fillers=2), big])
    with serving(tmp_path / "big.db") as base:
        status, _, first = get(base + "/entities.json")
        assert status == 200 and len(first) > 512 * 1024
        calls = []
        monkeypatch.setattr(Store, "list_entities", lambda *a, **k: calls.append(a) or [])
        status, headers, again = get(base + "/entities.json")
        assert status == 200 and again == first and headers["ETag"] and calls == []
