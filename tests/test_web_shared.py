"""The response cache the worker processes of one server share (veille.web.shared): a page one worker made is
read by the others, and never once a request has come after a commit to the store."""

import asyncio
import copy
import json
import os

import pytest
from fastapi.testclient import TestClient

from veille.store import Store
from veille.web.app import create_app
from veille.web.shared import SharedResponses, create
from web_fixtures import fetch, filler, serving_workers, stored

START = {"type": "http.response.start", "status": 200, "headers": [(b"etag", b'"t"'), (b"content-type", b"x/y")]}


@pytest.fixture()
def db(tmp_path):
    return stored(tmp_path / "s.db", fillers=10)


@pytest.fixture()
def workers(db, tmp_path):
    """Two applications over one store sharing one response cache file, as two worker processes would."""
    shared = str(tmp_path / "responses.db")
    create(shared)
    with TestClient(create_app(str(db), shared=shared)) as a, TestClient(create_app(str(db), shared=shared)) as b:
        yield a, b


def flushed(client: TestClient) -> TestClient:
    """The client, once its worker's writes to the shared file are done."""
    client.app.state.shared.writer.submit(lambda: None).result(10)
    return client


def test_web_shared_page_made_by_one_worker_is_read_by_the_other(workers, monkeypatch):
    a, b = workers
    b.get("/index.json")  # each worker's first request starts a new epoch (it has seen no version of the store)
    calls = []
    dyad = Store.dyad
    monkeypatch.setattr(Store, "dyad", lambda *args, **kw: calls.append(1) or dyad(*args, **kw))
    first = a.get("/dyad.json?a=LTU&b=POL")
    again = flushed(a) and b.get("/dyad.json?a=LTU&b=POL")
    assert first.status_code == again.status_code == 200 and first.json()["total"] > 0
    assert again.content == first.content and again.headers["etag"] == first.headers["etag"]
    assert b.get("/dyad.json?a=LTU&b=POL", headers={"If-None-Match": first.headers["etag"]}).status_code == 304
    assert len(calls) == 1  # made by the first worker only


def test_web_shared_page_is_never_stale_after_a_write_on_any_worker(db, workers):
    a, b = workers
    total = a.get("/articles.json").json()["total"]
    with Store(db) as store:  # an ingest beside the server
        for k, i in enumerate((101, 103, 107, 109)):
            a.get("/events.json?actor=LTU")  # made and shared before the commit
            b.get("/articles.json")
            flushed(a), flushed(b)
            store.add(copy.deepcopy(filler(i)))
            for client in (b, a) if k % 2 else (a, b):
                assert client.get("/articles.json").json()["total"] == total + k + 1
                assert f"Rencontre {i}" in client.get("/articles").text
                assert any(
                    e["article_id"].startswith(f"{i:04d}") for e in client.get("/events.json?actor=LTU").json()["items"]
                )
                flushed(client)


def test_web_shared_entry_tagged_before_a_commit_is_never_found_after_it(tmp_path):
    path = str(tmp_path / "r.db")
    create(path)
    one, two = SharedResponses(path), SharedResponses(path)

    def epoch(worker, generation):  # the shared epoch once ``worker`` has seen ``generation`` of the store
        return asyncio.run(worker.epoch(generation))

    try:
        assert epoch(one, 7) is not None and epoch(two, 3) is not None  # their first requests
        now = epoch(one, 7)
        one.write(b"/a", now, 200, b"etag: 1", b"page a")
        assert two.get(b"/a", epoch(two, 3)) == ({**START, "headers": [(b"etag", b"1")]}, b"page a")
        late = epoch(one, 7)  # read before a commit, written after it
        assert epoch(two, 4) is not None  # two sees the commit first
        one.write(b"/b", late, 200, b"etag: 2", b"old page b")
        assert two.get(b"/b", epoch(two, 4)) is None
        assert one.get(b"/a", epoch(one, 8)) is None  # one sees it too: nothing made before it is left
    finally:
        one.close()
        two.close()


def test_web_shared_file_that_fails_is_a_miss(db, tmp_path):
    with TestClient(create_app(str(db), shared=str(tmp_path))) as client:  # a directory: no SQLite file opens
        for _ in range(2):
            assert client.get("/articles.json").json()["total"] > 0
            assert "Vilnius" in client.get("/articles").text
        assert flushed(client).app.state.shared.reader is None


def test_web_shared_file_is_removed_with_the_server(db):
    from veille.web.server import make_server

    server = make_server(str(db), "127.0.0.1", 0, workers=2)
    shared = server.shared_dir
    assert shared and os.path.isdir(shared)
    server.server_close()
    assert not os.path.exists(shared) and "VEILLE_SERVE_SHARED" not in os.environ


def test_web_shared_workers_never_serve_a_stale_page(db):
    """``veille serve --workers 2``: after each commit, every answer (from either worker) is fresh."""
    with serving_workers(db, workers=2) as (base, _, _):
        total = json.loads(fetch(base + "/articles.json")[2])["total"]
        with Store(db) as store:
            for k, i in enumerate((101, 103, 107)):
                for _ in range(6):
                    fetch(base + "/articles.json")
                store.add(copy.deepcopy(filler(i)))
                for _ in range(12):
                    assert json.loads(fetch(base + "/articles.json")[2])["total"] == total + k + 1


def test_web_shared_file_keeps_the_newest_responses_within_its_bounds(tmp_path, monkeypatch):
    from veille.web import shared

    monkeypatch.setattr(shared, "SHARED_RESPONSES", 5)
    monkeypatch.setattr(shared, "SHARED_BYTES", 300)
    monkeypatch.setattr(shared, "TRIM_EVERY", 1)
    path = str(tmp_path / "r.db")
    create(path)
    one = SharedResponses(path)
    try:
        now = asyncio.run(one.epoch(1))
        for i in range(8):
            one.write(f"/{i}".encode(), now, 200, b"etag: x", b"x" * 50)
        assert [i for i in range(8) if one.get(f"/{i}".encode(), now)] == [3, 4, 5, 6, 7]  # 5 responses at most
        one.write(b"/big", now, 200, b"etag: y", b"y" * 200)
        assert [i for i in range(8) if one.get(f"/{i}".encode(), now)] == [6, 7]  # 300 bytes at most
        assert one.get(b"/big", now) is not None
    finally:
        one.close()
