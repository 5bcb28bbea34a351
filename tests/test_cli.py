"""The command line: ingest, analyze, articles, show, summary, eval — and bad input."""

import json
import re
import shlex
import sqlite3
from pathlib import Path

import click
import pytest

from veille.cli import cli, main

FR = """Par Camille Roux

Le festival de jazz de Vienne attire un public record malgré la pluie

Plus de quarante mille spectateurs se sont pressés cette semaine au théâtre antique de Vienne, un record pour le festival qui fête ses quarante-cinq ans.

Les organisateurs ont annoncé que la prochaine édition accueillerait davantage de jeunes musiciens de la région, grâce à un partenariat avec le conservatoire.

Laisser un commentaire
"""  # noqa: E501 (a page's text: one paragraph a line)

EN = """<html><head><title>Library reopens | Riverside Courier</title>
<meta property="article:published_time" content="2024-05-02T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Riverside library reopens after two-year renovation</h1>
<p class="byline">By Tom Archer</p>
<p>The Riverside public library reopened its doors on Wednesday after a two-year renovation that added a
children's wing, a rooftop reading garden and a small recording studio open to local bands.</p>
<figure><img src="a.jpg" alt="Readers queue at the entrance of the renovated library on Wednesday">
<figcaption>Readers queue at the entrance of the renovated library on Wednesday.</figcaption></figure>
<p>Librarians said more than two thousand people visited on the first day, far more than the building
had welcomed on any single day before the works began, and that new cards were issued all afternoon.</p>
</article><footer>Copyright 2024 Riverside Courier. All rights reserved.</footer></body></html>
"""


@pytest.fixture
def inputs(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "fr.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "in" / "en.html").write_text(EN, encoding="utf-8")
    return tmp_path


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_ingest_is_idempotent_and_reports_each_input(inputs, capsys):
    db = str(inputs / "t.db")
    code, out, err = run(capsys, "ingest", str(inputs / "in"), "--db", db, "--no-analyze")
    assert code == 0, err
    assert out.count("new ") == 2 and "2 new, 0 duplicate, 0 failed" in out
    code, out, err = run(capsys, "ingest", str(inputs / "in"), "--db", db, "--no-analyze")
    assert code == 0 and "2 input(s) stored by an earlier run, unchanged: skipped" in err  # not even read
    code, out, err = run(capsys, "ingest", str(inputs / "in"), "--db", db, "--no-analyze", "--redo")
    assert code == 0 and out.count("duplicate ") == 2
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from articles").fetchone()[0] == 2


def test_cli_bad_inputs_fail_clearly_and_others_still_stored(inputs, capsys):
    db = str(inputs / "t.db")
    (inputs / "empty.txt").write_text("")
    (inputs / "garbage.html").write_bytes(bytes(range(256)) * 10)
    (inputs / "nothing.html").write_text("<html><body><nav>Home</nav></body></html>")
    (inputs / "bad.jsonl").write_text('{"url": 1\n')
    code, out, err = run(
        capsys,
        "ingest",
        str(inputs / "missing.txt"),
        str(inputs / "empty.txt"),
        str(inputs / "garbage.html"),
        str(inputs / "nothing.html"),
        str(inputs / "bad.jsonl"),
        str(inputs / "in" / "fr.txt"),
        "--db",
        db,
        "--no-analyze",
    )
    assert code == 1
    lines = [ln for ln in err.splitlines() if ln.startswith("failed")]
    assert len(lines) == 5
    for name, reason in [
        ("missing.txt", "no such file"),
        ("empty.txt", "empty"),
        ("garbage.html", "binary"),
        ("nothing.html", "no article"),
        ("bad.jsonl:1", "invalid JSON"),
    ]:
        assert any(name in ln and reason in ln for ln in lines), (name, lines)
    assert "1 new" in out


def test_cli_analyze_json_in_input_order(inputs, capsys):
    code, out, err = run(
        capsys, "analyze", str(inputs / "in" / "fr.txt"), str(inputs / "in" / "en.html"), "--json", "--no-analyze"
    )
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["language"] for r in records] == ["fr", "en"]
    fr, en = records
    assert fr["authors"] == ["Camille Roux"] and fr["title"].startswith("Le festival de jazz")
    assert "Laisser un commentaire" in fr["boilerplate"]
    assert en["title"] == "Riverside library reopens after two-year renovation"
    assert en["published"] == "2024-05-02"
    assert any(c.startswith("Readers queue") for c in en["captions"])
    assert "Readers queue" not in en["body"]
    for key in ("id", "url", "source", "body", "paragraphs", "entities", "quotes", "events"):
        assert key in fr


def test_cli_articles_search_and_show(inputs, capsys):
    db = str(inputs / "t.db")
    run(capsys, "ingest", str(inputs / "in"), "--db", db, "--no-analyze")
    code, out, _ = run(capsys, "articles", "--db", db)
    assert code == 0 and len(out.strip().splitlines()) == 2
    code, out, _ = run(capsys, "articles", "jazz", "--db", db, "--json")
    rows = [json.loads(x) for x in out.splitlines()]
    assert len(rows) == 1 and "jazz" in rows[0]["title"]
    code, out, _ = run(capsys, "articles", '"unbalanced (query*', "--db", db)
    assert code == 0
    code, out, _ = run(capsys, "show", rows[0]["id"][:10], "--db", db, "--json")
    assert code == 0 and json.loads(out)["authors"] == ["Camille Roux"]
    code, out, err = run(capsys, "show", "ffffffffff", "--db", db)
    assert code == 1 and "no article" in err


def test_cli_store_that_is_not_sqlite_is_refused_untouched(inputs, capsys):
    bogus = inputs / "notes.db"
    bogus.write_text("my precious notes\n")
    code, out, err = run(capsys, "ingest", str(inputs / "in"), "--db", str(bogus), "--no-analyze")
    assert code == 2 and str(bogus) in err
    assert bogus.read_text() == "my precious notes\n"


def test_cli_eval_scores_a_gold_dir(inputs, capsys):
    gold = inputs / "gold"
    gold.mkdir()
    (gold / "fr.json").write_text(
        json.dumps(
            {
                "id": "fr",
                "source": "../in/fr.txt",
                "language": "fr",
                "authors": ["Camille Roux"],
                "title": "Le festival de jazz de Vienne attire un public record malgré la pluie",
                "body": {
                    "must_include": ["Plus de quarante mille spectateurs"],
                    "must_exclude": ["Laisser un commentaire"],
                },
            }
        ),
        encoding="utf-8",
    )
    code, out, err = run(capsys, "eval", str(gold), "--json", "--no-analyze")
    assert code == 0, err
    fields = json.loads(out)["fields"]
    assert fields["title"]["recall"] == 1.0 and fields["authors"]["recall"] == 1.0
    assert fields["must_include"]["recall"] == 1.0 and fields["must_exclude"]["precision"] == 1.0


def _parser_commands() -> dict[str, str]:
    """The commands ``veille`` accepts, with their help line."""
    return {name: cmd.short_help or "" for name, cmd in cli.commands.items()}


def _readme_commands() -> set[str]:
    """The commands of the command lines shown in the README (``sh`` blocks)."""
    text = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    lines = [line.strip() for block in re.findall(r"```sh\n(.*?)```", text, re.S) for line in block.splitlines()]
    return {shlex.split(line)[1] for line in lines if line.startswith("veille ")}


def test_cli_help_lists_every_command(monkeypatch, capsys):
    monkeypatch.setenv("COLUMNS", "300")  # one help line per command
    commands = _parser_commands()
    assert main(["--help"]) == 0
    text = capsys.readouterr().out
    listed = dict(re.findall(r"^  (\S+)\s+(\S.*)$", text.split("Commands:")[1].split("\n\n")[0], re.M))
    assert listed == commands
    readme = _readme_commands()
    assert not readme - set(commands), f"documented in the README but not a command: {sorted(readme - set(commands))}"
    assert not set(commands) - readme, f"commands missing from the README: {sorted(set(commands) - readme)}"


def test_cli_every_command_and_option_has_help_and_an_example(capsys):
    for name, cmd in cli.commands.items():
        assert cmd.help and cmd.short_help, name
        assert "Examples:" in (cmd.epilog or "") and f"veille {name}" in (cmd.epilog or ""), name
        for param in cmd.params:
            if isinstance(param, click.Option):
                assert param.help, f"veille {name} {param.opts[0]} has no help"
        assert main([name, "--help"]) == 0
        assert "Examples:" in capsys.readouterr().out


def test_cli_warc_archive_is_ingested_and_evaluated(inputs, capsys, make_warc):
    archive = inputs / "crawl.warc.gz"
    make_warc(archive, [("http://courier.example/library", "text/html; charset=utf-8", EN.encode())])
    db = str(inputs / "w.db")
    code, out, err = run(capsys, "ingest", str(archive), "--db", db, "--no-analyze")
    assert code == 0, err
    assert "1 new" in out and "crawl.warc.gz#urn:uuid:" in out
    gold = inputs / "wgold"
    gold.mkdir()
    (gold / "w.json").write_text(
        json.dumps(
            {
                "id": "w",
                "source": "../crawl.warc.gz",
                "language": "en",
                "title": "Riverside library reopens after two-year renovation",
                "authors": ["Tom Archer"],
            }
        ),
        encoding="utf-8",
    )
    code, out, err = run(capsys, "eval", str(gold), "--json", "--no-analyze")
    fields = json.loads(out)["fields"]
    assert fields["title"]["recall"] == 1.0 and fields["authors"]["recall"] == 1.0


def test_cli_export_jsonl_and_csv(inputs, capsys):
    import csv
    import io

    db = str(inputs / "t.db")
    run(capsys, "ingest", str(inputs / "in"), "--db", db, "--no-analyze")
    code, out, err = run(capsys, "export", "--db", db)
    assert code == 0 and "2 records exported" in err
    records = [json.loads(line) for line in out.splitlines()]
    assert {r["language"] for r in records} == {"fr", "en"} and all(r["body"] for r in records)
    target = inputs / "articles.csv"
    code, out, err = run(capsys, "export", "--db", db, "--format", "csv", "--table", "articles", "-o", str(target))
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert sorted(r["authors"] for r in rows) == ["Camille Roux", "Tom Archer"]
    code, out, err = run(capsys, "export", "--db", db, "--format", "csv", "--table", "nope")
    assert code == 2 and "unknown table" in err
    code, out, err = run(capsys, "export", "--db", db, "--since", "2024-05-01")
    assert [json.loads(x)["language"] for x in out.splitlines()] == ["en"]
