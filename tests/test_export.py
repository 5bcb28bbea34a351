"""Exports open in the tools people use: Parquet tables with typed lists and structs in pandas, polars and duckdb;
CSV tables with ids and lists joined by '; '; JSON Lines unchanged."""

import csv
import io
import json
from pathlib import Path

import pytest

from veille.cli import main
from veille.store import Store
from veille.store.export import TABLES, export_csv, export_jsonl
from veille.store.parquet import SCHEMAS, export_parquet


def record() -> dict:
    return {
        "id": "art1",
        "title": "Manila accuses Beijing",
        "body": "Body text.",
        "published": "2025-03-06",
        "language": "en",
        "authors": ["Ana Cruz", "Li Wei"],
        "url": "https://example.org/a",
        "source": "a.html",
        "entities": [
            {"id": "e1", "type": "GPE", "name": "Philippines", "code": "PHL", "roles": [], "mentions": [{"start": 0}]},
            {"id": "e2", "type": "PERSON", "name": "Ana Cruz", "roles": [{"role": "minister", "text": "ministre"}]},
        ],
        "quotes": [
            {
                "text": "We will not yield.",
                "start": 3,
                "end": 20,
                "direct": True,
                "speakers": [{"id": "e2", "name": "Ana Cruz"}],
            }
        ],
        "events": [
            {
                "type": "ACCUSE",
                "date": "2025-03-05",
                "actors": [{"code": "PHL", "id": "e1", "name": "Philippines"}, {"code": "USA"}],
                "recipients": [{"code": "CHN"}],
                "score": -2,
                "location": {"code": "PHL", "name": "Manila"},
                "contexts": ["maritime"],
                "sentence": {"text": " Manila accused Beijing. "},
            },
            {"type": "ASSAULT", "actors": [{"code": "CHN"}], "recipients": [{"code": "PHL"}], "modality": "future"},
        ],
    }


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "x.db"
    with Store(path) as s:
        s.add(record())
    return str(path)


def test_export_parquet_tables_are_typed_and_open_in_pandas_polars_duckdb(db, tmp_path, capsys):
    import duckdb
    import pandas as pd
    import polars as pl

    out = tmp_path / "export"
    assert main(["export", "--format", "parquet", "--db", db, "-o", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t}.parquet" for t in SCHEMAS)
    events = pd.read_parquet(out / "events.parquet")
    assert list(events["event_id"]) == ["art1:0"]  # the future assault is left out (realised only)
    assert [a["code"] for a in events["actors"][0]] == ["PHL", "USA"]  # actors stay a list of structs
    assert events["score"][0] == -2.0 and events["location"][0]["name"] == "Manila"
    articles = pl.read_parquet(out / "articles.parquet")
    assert articles["authors"].to_list() == [["Ana Cruz", "Li Wei"]] and articles.schema["events"] == pl.Int32
    quotes = pl.read_parquet(out / "quotes.parquet")
    assert quotes["speakers"].to_list() == [[{"code": None, "id": "e2", "name": "Ana Cruz", "sector": None}]]
    codes = duckdb.sql(
        f"SELECT a.code FROM read_parquet('{out / 'events.parquet'}') e, unnest(e.actors) AS t(a) ORDER BY 1"
    ).fetchall()
    assert codes == [("PHL",), ("USA",)]
    roles = duckdb.sql(f"SELECT name, roles FROM read_parquet('{out / 'entities.parquet'}') ORDER BY name").fetchall()
    assert roles[0][0] == "Ana Cruz" and roles[0][1][0]["role"] == "minister"


def test_export_parquet_one_table_and_unrealised(db, tmp_path):
    import pandas as pd

    target = tmp_path / "ev.parquet"
    assert (
        main(
            [
                "export",
                "--format",
                "parquet",
                "--table",
                "events",
                "--include-unrealised",
                "--db",
                db,
                "-o",
                str(target),
            ]
        )
        == 0
    )
    events = pd.read_parquet(target)
    assert list(events["realised"]) == [True, False] and events["modality"].isna().tolist() == [True, False]


def test_export_parquet_needs_an_output(db, capsys):
    assert main(["export", "--format", "parquet", "--db", db]) == 2
    assert "-o FOLDER" in capsys.readouterr().err


def test_export_csv_has_ids_and_lists_joined(db):
    with Store(db, readonly=True) as s:
        out = io.StringIO()
        assert export_csv("events", s.iter_records(), out) == 1
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert (
        rows[0]["event_id"] == "art1:0"
        and rows[0]["actors"] == "PHL; USA"
        and rows[0]["sentence"] == "Manila accused Beijing."
    )
    assert list(rows[0]) == TABLES["events"]
    with Store(db, readonly=True) as s:
        out = io.StringIO()
        export_csv("quotes", s.iter_records(), out)
    assert next(csv.DictReader(io.StringIO(out.getvalue())))["quote_id"] == "art1:0"


def test_export_csv_opens_in_pandas_and_duckdb(db, tmp_path):
    import duckdb
    import pandas as pd

    target = tmp_path / "entities.csv"
    assert main(["export", "--format", "csv", "--table", "entities", "--db", db, "-o", str(target)]) == 0
    frame = pd.read_csv(target)
    assert set(frame["entity_id"]) == {"e1", "e2"}
    assert duckdb.sql(f"SELECT count(*) FROM read_csv_auto('{target}')").fetchall() == [(2,)]


def test_export_jsonl_is_the_stored_record(db):
    with Store(db, readonly=True) as s:
        out = io.StringIO()
        export_jsonl(s.iter_records(), out)
    assert json.loads(out.getvalue())["events"][1]["modality"] == "future"


def test_export_parquet_of_odd_values_writes_nulls(tmp_path):
    odd = record()
    odd["events"][0]["score"] = "high"
    odd["quotes"][0]["start"] = "3"
    odd["authors"] = ["A", 3]
    counts = export_parquet([odd], {"events": tmp_path / "e.parquet", "quotes": tmp_path / "q.parquet"})
    assert counts == {"events": 1, "quotes": 1}
    import pandas as pd

    assert pd.read_parquet(tmp_path / "e.parquet")["score"].isna().all()
