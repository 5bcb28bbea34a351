"""Records as Parquet shards, ``veille load``, and the Ray executor (``veille[ray]``): the Ray path run on
this machine (2 workers) gives the records of the local path."""

import json
from pathlib import Path

import pytest

from veille import shards
from veille.cli import main
from veille.errors import EmptyInput
from veille.record import Article, Outcome

ROOT = Path(__file__).resolve().parents[1]
DEV = sorted((ROOT / "corpus" / "dev" / "src").iterdir())


def _comparable(record):
    record = json.loads(json.dumps(record))
    record.get("analysis", {}).get("nlp", {}).pop("seconds", None)  # a timing
    return record


def test_shards_read_back_in_input_order_with_errors(tmp_path):
    art = Article(source="b.txt", title="Deux", paragraphs=["Un texte."], language="fr")
    failed = Outcome("a.txt", error=EmptyInput("the input is empty", source="a.txt"))
    shards.write(tmp_path / "s" / "second.parquet", [(1, 0, Outcome("b.txt", article=art))])
    shards.write(tmp_path / "s" / "first.parquet", [(0, 1, failed), (0, 0, Outcome("a.txt", article=art))])
    rows = list(shards.read(tmp_path / "s"))
    assert [(r.input, r.item) for r in rows] == [(0, 0), (0, 1), (1, 0)]
    assert rows[0].record == json.loads(json.dumps(art.to_dict()))
    assert isinstance(rows[1].error, EmptyInput) and rows[1].error.code == "E104" and rows[1].record is None


def test_shards_read_an_empty_directory_is_a_clear_error(tmp_path):
    with pytest.raises(Exception, match="no Parquet shard"):
        list(shards.read(tmp_path))


def test_cli_analyze_ray_without_out_is_refused(capsys):
    assert main(["analyze", str(DEV[0]), "--executor", "ray"]) == 2
    assert "--out DIR" in capsys.readouterr().err


@pytest.mark.e2e
def test_cli_analyze_out_then_load_stores_the_records(tmp_path, capsys):
    out, db = tmp_path / "shards", tmp_path / "news.db"
    assert main(["analyze", str(DEV[0]), str(DEV[1]), "--out", str(out), "-j", "1"]) == 0
    assert main(["load", str(out), "--db", str(db)]) == 0
    assert "2 new, 0 duplicate, 0 failed" in capsys.readouterr().out
    assert main(["load", str(out), "--db", str(db)]) == 0
    assert "0 new, 2 duplicate" in capsys.readouterr().out


@pytest.mark.e2e
@pytest.mark.ray
def test_raydata_two_workers_give_the_records_of_the_local_path(tmp_path):
    ray = pytest.importorskip("ray", reason="Ray is not installed: pip install 'veille[ray]' runs this test")
    from veille.pipeline import process
    from veille.raydata import analyze_to_shards

    paths = [str(p) for p in DEV[:3]]
    ray.init(num_cpus=2, include_dashboard=False, object_store_memory=100 * 2**20)
    try:
        timeline: dict[str, float] = {}
        assert analyze_to_shards(paths, tmp_path / "out", workers=2, timeline=timeline) == 3
        assert timeline["ready"] <= timeline["first_batch"] <= timeline["last_batch"]
    finally:
        ray.shutdown()
    rows = list(shards.read(tmp_path / "out"))
    local = [o.article.to_dict() for o in process(paths)]
    assert [r.source for r in rows] == paths
    assert [_comparable(r.record) for r in rows] == [_comparable(r) for r in local]


def test_shards_write_leaves_no_partial_file(tmp_path):
    art = Article(source="a.txt", title="Un", paragraphs=["Un texte."], language="fr")
    shards.write(tmp_path / "s" / "part-000000000.parquet", [(0, 0, Outcome("a.txt", article=art))])
    assert [p.name for p in (tmp_path / "s").iterdir()] == ["part-000000000.parquet"]


@pytest.mark.e2e
def test_raydata_analyzer_writes_its_batch_as_one_shard_and_returns_its_name(tmp_path):
    pytest.importorskip("pyarrow")
    from veille.config import Settings
    from veille.raydata import Analyzer

    actor = Analyzer(Settings(), str(tmp_path))
    answer = actor([7, 8], [str(DEV[0]), str(tmp_path / "missing.txt")])
    assert {k: answer[k] for k in ("shard", "documents")} == {"shard": "part-000000007.parquet", "documents": 2}
    # the run's timeline (bench/ray_local.py)
    assert answer["entered"] <= answer["ready"] <= answer["began"] <= answer["ended"]
    rows = list(shards.read(tmp_path))
    assert [(r.input, r.source) for r in rows] == [(7, str(DEV[0])), (8, str(tmp_path / "missing.txt"))]
    assert rows[0].record is not None and rows[1].error is not None
