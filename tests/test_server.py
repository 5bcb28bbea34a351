"""The HTTP API and web UI over a real uvicorn server: every page and its JSON twin, errors, HTTP behaviour
(HEAD, gzip, security headers, CORS), the read-only store, and realised-only counts, over hand-built records."""

import gzip
import json
import os

import pytest

from veille.errors import StoreError
from veille.web.server import make_server
from web_fixtures import KNOWN, XSS, serving, serving_workers, stored
from web_fixtures import fetch as get


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = stored(tmp_path_factory.mktemp("srv") / "s.db")
    return path


@pytest.fixture(scope="module")
def base(db):
    with serving(db) as url:
        yield url


@pytest.mark.parametrize(
    "path,needle",
    [
        ("/", "articles"),
        ("/articles", "Vilnius et Varsovie"),
        ("/articles?q=Varsovie", "Vilnius"),
        (f"/articles/{'a' * 12}", "Camille Ferrand"),
        ("/entities", "Lithuania"),
        ("/entities?name=Lituanie", "Lithuania"),
        ("/entities/kb%3Acountry%3ALTU", "Lituanie"),
        ("/quotes?speaker=Ana+Ruiz", "Un accord historique"),
        ("/events?actor=LTU", "AGREE"),
        ("/dyad?a=LTU&b=POL", "AGREE"),
        ("/network", "LTU"),
        ("/map", "Vilnius"),
        ("/stories?min=1", "Vilnius"),
        ("/stories/across?min=1", "Vilnius"),
    ],
)
def test_server_every_page_has_a_json_twin(base, path, needle):
    status, headers, page = get(base + path)
    assert status == 200 and headers["Content-Type"].startswith("text/html") and needle in page.decode()
    twin = path.split("?")[0].rstrip("/") or "/index"
    query = "?" + path.split("?")[1] if "?" in path else ""
    assert f"{twin}.json{query}".replace("&", "&amp;") in page.decode()
    status, headers, data = get(f"{base}{twin}.json{query}")
    assert status == 200 and headers["Content-Type"].startswith("application/json") and needle in data.decode()
    json.loads(data)


def test_server_errors_are_clear(base):
    status, _, data = get(base + "/articles/ffffffffffff.json")
    assert status == 404 and "no article" in json.loads(data)["error"]
    status, _, data = get(base + "/events.json?since=yesterday")
    assert status == 422 and json.loads(data)["error"].startswith("since: String should match pattern")
    status, _, page = get(base + "/nowhere")
    assert status == 404 and b"no page" in page
    status, _, data = get(base + "/articles.json?limit=100000")
    assert status == 422 and json.loads(data)["error"] == "limit: Input should be less than or equal to 500"


def test_server_mistyped_event_type_is_refused_naming_the_types(base):
    status, _, data = get(base + "/events.json?type=ACUSE")
    error = json.loads(data)["error"]
    assert status == 422 and error.startswith("type: Input should be 'AGREE'") and "'ACCUSE'" in error
    status, _, page = get(base + "/events?type=ACUSE")
    assert status == 422 and b"ACCUSE" in page


def test_server_head_gzip_and_security_headers(base):
    status, headers, body = get(base + "/events", method="HEAD")
    assert status == 200 and body == b"" and headers["Content-Type"].startswith("text/html")
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "Server" not in headers
    status, headers, body = get(base + "/events.json", headers={"Accept-Encoding": "gzip"})
    assert headers["Content-Encoding"] == "gzip" and json.loads(gzip.decompress(body))["total"] > 0


def test_server_cors_only_for_the_origin_given(db, base):
    _, headers, _ = get(base + "/index.json", headers={"Origin": "https://analyst.example"})
    assert "Access-Control-Allow-Origin" not in headers
    with serving(db, cors=["https://analyst.example"]) as url:
        _, headers, _ = get(url + "/index.json", headers={"Origin": "https://analyst.example"})
        assert headers["Access-Control-Allow-Origin"] == "https://analyst.example"
        _, headers, _ = get(url + "/index.json", headers={"Origin": "https://other.example"})
        assert "Access-Control-Allow-Origin" not in headers


def test_server_openapi_and_docs_are_served_from_this_server(base):
    status, _, data = get(base + "/openapi.json")
    spec = json.loads(data)
    assert status == 200 and {"/events.json", "/dyad.json", "/articles/{article_id}.json"} <= set(spec["paths"])
    status, _, page = get(base + "/docs")
    assert status == 200 and b"/static/vendor/swagger-ui-bundle.js" in page and b"http" not in page.split(b"<main>")[1]


def test_server_counts_realised_events_only_unless_asked(base):
    _, _, data = get(base + "/index.json")
    summary = json.loads(data)
    assert "ASSAULT" not in summary["events"] and summary["unrealised_events"] == 13
    _, _, data = get(base + "/index.json?include_unrealised=true")
    assert json.loads(data)["events"]["ASSAULT"] == 1
    _, _, data = get(base + "/dyad.json?a=POL&b=LTU")
    dyad = json.loads(data)
    assert dyad["unrealised"] == 13 and all(e["status"] == "realised" for e in dyad["events"])
    _, _, data = get(base + "/events.json?include_unrealised=true&type=ASSAULT")
    assert [e["status"] for e in json.loads(data)["items"]] == ["negated"]


def test_server_events_facets_totals_and_paging(base):
    _, _, data = get(base + "/events.json?limit=10&offset=10")
    page = json.loads(data)
    assert page["total"] == 50 and len(page["items"]) == 10 and page["offset"] == 10
    facets = {f["value"]: f["count"] for f in page["facets"]["status"]}
    assert facets == {"realised": 50, "future": 12, "negated": 1}
    _, _, data = get(base + "/events.json?type=AID&language=fr")
    page = json.loads(data)
    assert page["total"] == len(page["items"]) and {e["type"] for e in page["items"]} == {"AID"}
    assert {e["language"] for e in page["items"]} == {"fr"}


def test_server_stored_markup_is_escaped(base):
    for path in (f"/articles/{'c' * 64}", "/entities/per%3Axss", "/quotes", "/events", "/map", "/articles?q=Titre"):
        status, _, page = get(base + path)
        assert status == 200 and XSS.encode() not in page and b"javascript:" not in page, path


def test_server_never_writes_the_store(db, base):
    before = db.stat().st_mtime_ns, db.read_bytes()
    for path in ("/", "/events", "/articles/" + KNOWN["id"], "/network", "/map.json"):
        get(base + path)
    assert (db.stat().st_mtime_ns, db.read_bytes()) == before


def test_server_refuses_a_file_that_is_not_a_store(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("my notes")
    with pytest.raises(StoreError):
        make_server(str(bogus), "127.0.0.1", 0)
    assert bogus.read_text() == "my notes"
    missing = tmp_path / "typo.db"
    with pytest.raises(StoreError, match="no such store"):
        make_server(str(missing), "127.0.0.1", 0)
    assert not os.path.exists(missing)


def test_server_workers_serve_from_several_processes(db):
    """``veille serve --workers 2``: two worker processes answer on one port, each with its own store connection."""
    from pathlib import Path

    with serving_workers(db, workers=2) as (base, line, proc):
        assert "2 worker process(es)" in line, line
        for _ in range(10):
            status, _, body = get(base + "/articles.json")
            assert status == 200 and "Vilnius" in body.decode()
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
        workers = [
            pid
            for pid in children.read_text().split()
            if b"resource_tracker" not in Path(f"/proc/{pid}/cmdline").read_bytes()
        ]
        assert len(workers) == 2  # the supervisor's worker processes
