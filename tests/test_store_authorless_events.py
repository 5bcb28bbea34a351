"""An event with no actor (an attack whose author the text does not name, as the real-news golds code it: a record
written by another tool, or by a coder that keeps such acts) is stored, listed, counted, exported and served like any
other: its recipients are its only side, no page, API answer or export fails on it. Invented records."""

from __future__ import annotations

import copy
import csv
import io
import json
from pathlib import Path

import pytest

from veille.store import EventFilter, Store
from veille.store.events_query import count_events, total_and_facets
from veille.store.export import export_csv, export_jsonl
from veille.store.parquet import export_parquet
from web_fixtures import LTU, POL, records, serving
from web_fixtures import fetch as get

BODY = "Une patrouille polonaise a été attaquée lundi près de la frontière."
ID = "d" * 64


def unnamed() -> dict:
    """An article whose one event, an attack on Poland, names no actor."""
    return {
        "id": ID,
        "title": "Une patrouille attaquée",
        "body": BODY,
        "paragraphs": [BODY],
        "language": "fr",
        "published": "2024-03-04",
        "entities": [{"id": POL["id"], "name": "Poland", "type": "GPE", "code": "POL", "mentions": []}],
        "events": [
            {
                "type": "ASSAULT",
                "quad": "material conflict",
                "score": -9.0,
                "actors": [],
                "recipients": [dict(POL)],
                "date": "2024-03-04",
                "negated": False,
                "modality": None,
                "trigger": {"text": "attaquée", "start": 32, "end": 40},
                "sentence": {"start": 0, "end": len(BODY), "text": BODY},
            }
        ],
    }


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("unnamed") / "u.db"
    with Store(path) as s:
        s.add_many([*copy.deepcopy(records(fillers=6)), unnamed()])
    return path


@pytest.fixture(scope="module")
def base(db):
    with serving(db) as url:
        yield url


def test_store_authorless_events_event_is_listed_by_its_recipient_and_type(db):
    with Store(db, readonly=True) as s:
        assert count_events(s.conn, EventFilter(type="ASSAULT")) == 1
        assert count_events(s.conn, EventFilter(type="ASSAULT", recipient="POL")) == 1
        assert count_events(s.conn, EventFilter(type="ASSAULT", actor="POL")) == 0
        total, facets = total_and_facets(s.conn, EventFilter(type="ASSAULT"))
    assert total == 1 and not facets["actor"]
    assert [v["value"] for v in facets["recipient"]] == ["POL"]


def test_store_authorless_events_record_comes_back_unchanged(db):
    with Store(db, readonly=True) as s:
        out = io.StringIO()
        export_jsonl(s.iter_records(), out)
    mine = [json.loads(line) for line in out.getvalue().splitlines() if json.loads(line)["id"] == ID]
    assert mine and mine[0]["events"][0]["actors"] == [] and mine[0]["events"][0]["recipients"][0]["code"] == "POL"


def test_store_authorless_events_exports_write_an_empty_actor_side(db, tmp_path):
    with Store(db, readonly=True) as s:
        out = io.StringIO()
        export_csv("events", s.iter_records(), out)
    rows = [r for r in csv.DictReader(io.StringIO(out.getvalue())) if r["type"] == "ASSAULT"]
    assert len(rows) == 1 and rows[0]["actors"] == "" and rows[0]["recipients"] == "POL"
    with Store(db, readonly=True) as s:
        counts = export_parquet(list(s.iter_records()), {"events": tmp_path / "e.parquet"})
    import pandas as pd

    frame = pd.read_parquet(tmp_path / "e.parquet")
    assert counts["events"] == len(frame) and len(frame[frame["type"] == "ASSAULT"]) == 1


@pytest.mark.parametrize(
    "path,needle",
    [
        ("/events?type=ASSAULT", "ASSAULT"),
        ("/events.json?type=ASSAULT", "ASSAULT"),
        ("/events.json?recipient=POL&type=ASSAULT", "ASSAULT"),
        (f"/articles/{ID[:12]}", "patrouille"),
        (f"/articles/{ID[:12]}.json", "ASSAULT"),
        ("/dyad?a=LTU&b=POL", "POL"),
        ("/network", "POL"),
        ("/map", "html"),
        ("/entities/kb%3Acountry%3APOL", "Poland"),
    ],
)
def test_store_authorless_events_pages_and_api_serve_the_event(base, path, needle):
    status, _, page = get(base + path)
    assert status == 200 and needle in page.decode()


def test_store_authorless_events_api_lists_no_actor(base):
    status, _, data = get(base + "/events.json?type=ASSAULT")
    assert status == 200
    found = json.loads(data)
    events = found.get("events") or found.get("items") or []
    assert events and all(not e.get("actors") for e in events)
    assert LTU["code"] not in json.dumps(events)
