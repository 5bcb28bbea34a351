"""The HTTP API and web UI: every page and its JSON twin, errors, over a small hand-built store."""

import json
import threading
import urllib.error
import urllib.request

import pytest

from veille.errors import StoreError
from veille.store import Store
from veille.web.server import make_server

RECORD = {
    "id": "a" * 64,
    "title": "Vilnius et Varsovie signent un accord",
    "body": "La Lituanie et la Pologne ont signé.",
    "paragraphs": ["La Lituanie et la Pologne ont signé."],
    "captions": ["Une ligne électrique"],
    "language": "fr",
    "published": "2024-03-12",
    "authors": ["Camille Ferrand"],
    "entities": [
        {
            "id": "kb:country:LTU",
            "name": "Lithuania",
            "type": "GPE",
            "code": "LTU",
            "names": ["Lituanie"],
            "mentions": [{"text": "Lituanie", "start": 3, "end": 11}],
        },
        {
            "id": "per:ana-ruiz",
            "name": "Ana Ruiz",
            "type": "PERSON",
            "country": "POL",
            "mentions": [{"text": "Ana Ruiz", "start": 0, "end": 8}],
        },
    ],
    "quotes": [
        {
            "text": "Un accord historique",
            "start": 0,
            "end": 20,
            "direct": True,
            "speakers": [{"id": "per:ana-ruiz", "name": "Ana Ruiz"}],
        }
    ],
    "events": [
        {
            "type": "AGREE",
            "actors": [{"id": "kb:country:LTU", "code": "LTU"}],
            "recipients": [{"id": "kb:country:POL", "code": "POL"}],
            "date": "2024-03-12",
            "sentence": {"start": 0, "end": 36, "text": "La Lituanie et la Pologne ont signé."},
        }
    ],
}


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    db = tmp_path_factory.mktemp("srv") / "s.db"
    with Store(db) as store:
        store.add(json.loads(json.dumps(RECORD)))
    server = make_server(str(db), "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.headers.get("Content-Type"), r.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type"), exc.read().decode("utf-8")


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
        ("/stories?min=1", "Vilnius"),
    ],
)
def test_server_every_page_has_a_json_twin(base, path, needle):
    status, ctype, page = get(base + path)
    assert status == 200 and ctype.startswith("text/html") and needle in page
    twin = path.split("?")[0].rstrip("/") or "/index"
    query = "?" + path.split("?")[1] if "?" in path else ""
    assert f"{twin}.json" in page
    status, ctype, data = get(f"{base}{twin}.json{query}")
    assert status == 200 and ctype.startswith("application/json") and needle in data
    json.loads(data)


def test_server_errors_are_clear(base):
    status, _, data = get(base + "/articles/ffffffffffff.json")
    assert status == 404 and "no article" in json.loads(data)["error"]
    status, _, data = get(base + "/events.json?since=yesterday")
    assert status == 400 and "since" in json.loads(data)["error"]
    status, _, page = get(base + "/nowhere")
    assert status == 404 and "no page" in page
    status, _, data = get(base + "/articles.json?limit=100000")
    assert status == 400


def test_server_refuses_a_file_that_is_not_a_store(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("my notes")
    with pytest.raises(StoreError):
        make_server(str(bogus), "127.0.0.1", 0)
    assert bogus.read_text() == "my notes"
