"""The command line as a person meets it: validation with "did you mean", -v anywhere, exit codes, read-only
commands that never create or migrate a store, the summary of articles of undetermined language, readable
articles, resuming an ingest, Parquet exports."""

import json
from pathlib import Path

import pytest

from test_cli import EN, FR
from test_store import older_store
from veille.cli import main
from veille.store import Store


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def record(aid: str, language: str | None, **extra) -> dict:
    return {"id": aid, "source": f"{aid}.txt", "title": f"Titre {aid}", "body": f"Corps {aid}", "language": language}


@pytest.fixture
def store_path(tmp_path: Path) -> str:
    db = tmp_path / "s.db"
    with Store(db) as s:
        s.add(record("a1", "fr"))
        s.add(record("a2", None))  # language undetermined: one article each, so sorting compares fr with None
    return str(db)


def test_cli_ux_summary_of_articles_of_undetermined_language(store_path, capsys):
    code, out, err = run(capsys, "summary", "--db", store_path)
    assert code == 0, err
    assert "2 articles (fr 1, unknown 1)" in out  # it crashed (TypeError sorting None) before


def test_cli_ux_values_are_matched_in_any_case_or_refused_with_the_value_meant(store_path, capsys):
    code, out, err = run(capsys, "entities", "--type", "person", "--db", store_path)
    assert code == 0, err
    code, out, err = run(capsys, "events", "--type", "acuse", "--db", store_path)
    assert code == 2 and "did you mean ACCUSE?" in err
    code, out, err = run(capsys, "events", "--type", "accuse", "--db", store_path)
    assert code == 0, err
    code, out, err = run(capsys, "events", "--since", "2025-13-01", "--db", store_path)
    assert code == 2 and "not an ISO date" in err and "E3" not in err
    code, out, err = run(capsys, "sumary", "--db", store_path)
    assert code == 2 and "Did you mean 'summary'?" in err
    code, out, err = run(capsys, "articles", "--limt", "3", "--db", store_path)
    assert code == 2 and "Did you mean '--limit'?" in err


def test_cli_ux_verbose_is_taken_before_or_after_the_command(store_path, capsys):
    assert run(capsys, "-v", "summary", "--db", store_path)[0] == 0
    assert run(capsys, "summary", "--db", store_path, "-vv")[0] == 0
    assert run(capsys, "summary", "-v", "--debug", "--db", store_path)[0] == 0


def test_cli_ux_read_commands_refuse_a_missing_store_and_never_create_it(tmp_path, capsys):
    typo = tmp_path / "typo.db"
    for argv in (["summary"], ["articles"], ["events"], ["stories"], ["export"], ["status"]):
        code, out, err = run(capsys, *argv, "--db", str(typo))
        assert code == 2 and "no such store" in err, (argv, err)
        assert len(err.strip().splitlines()) == 1
    assert not typo.exists()
    code, out, err = run(capsys, "migrate", "--db", str(typo))
    assert code == 2 and not typo.exists()


def test_cli_ux_read_commands_never_migrate_an_older_store(tmp_path, capsys):
    db = tmp_path / "old.db"
    conn = older_store(db, 4)
    conn.commit()
    conn.close()
    before = db.read_bytes()
    code, out, err = run(capsys, "summary", "--db", str(db))
    assert code == 2 and "veille migrate --db" in err
    assert db.read_bytes() == before
    code, out, err = run(capsys, "migrate", "--db", str(db))
    assert code == 0 and "upgraded from 4" in out
    assert run(capsys, "summary", "--db", str(db))[0] == 0


def test_cli_ux_an_internal_error_is_one_line_and_exit_status_3(store_path, capsys, monkeypatch):
    from veille.store import Store as S

    def broken(*args, **kwargs):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(S, "summary", broken)
    code, out, err = run(capsys, "summary", "--db", store_path)
    assert code == 3 and err.strip().splitlines() == [
        "veille summary: internal error (ZeroDivisionError: a bug); --debug prints the traceback"
    ]
    code, out, err = run(capsys, "summary", "--db", store_path, "--debug")
    assert code == 3 and "Traceback" in err


def test_cli_ux_serve_on_a_busy_port_is_one_clear_line(store_path, capsys):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        code, out, err = run(capsys, "serve", "--db", store_path, "--port", str(port))
    assert code == 2 and f"cannot listen on 127.0.0.1:{port}" in err and "Traceback" not in err


def test_cli_ux_ingest_resumes_with_the_inputs_left(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        (folder / f"p{i}.txt").write_text(FR.replace("quarante mille", f"{i + 40} mille"), encoding="utf-8")
    db = str(tmp_path / "r.db")
    code, out, err = run(capsys, "ingest", str(folder / "p0.txt"), str(folder / "p1.txt"), "--db", db, "--no-analyze")
    assert code == 0 and out.count("new ") == 2
    # "interrupted" after two inputs: the whole folder again reads only the two left
    code, out, err = run(capsys, "ingest", str(folder), "--db", db, "--no-analyze")
    assert code == 0 and out.count("new ") == 2 and "p0.txt" not in out and "p1.txt" not in out
    assert "2 unchanged input(s) skipped" in out
    (folder / "p3.txt").write_text(FR.replace("quarante mille", "cent mille"), encoding="utf-8")  # changed
    code, out, err = run(capsys, "ingest", str(folder), "--db", db, "--no-analyze")
    assert out.count("new ") == 1 and "p3.txt" in out


def test_cli_ux_failed_inputs_are_tried_again(tmp_path, capsys):
    bad = tmp_path / "nothing.html"
    bad.write_text("<html><body><nav>Home</nav></body></html>")
    db = str(tmp_path / "f.db")
    assert run(capsys, "ingest", str(bad), "--db", db, "--no-analyze")[0] == 1
    code, out, err = run(capsys, "ingest", str(bad), "--db", db, "--no-analyze")
    assert code == 1 and "failed" in err and "skipped" not in err


def test_cli_ux_analyze_prints_a_readable_article(tmp_path, capsys):
    page = tmp_path / "en.html"
    page.write_text(EN, encoding="utf-8")
    code, out, err = run(capsys, "analyze", str(page), "--no-analyze")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Riverside library reopens after two-year renovation"
    assert "published: 2024-05-02" in out and "authors: Tom Archer" in out
    assert "The Riverside public library reopened its doors" in out
    assert "Entities (0)" in out and "Quotes (0)" in out and "Events (0)" in out


def test_cli_ux_skipped_analyses_are_reported_with_their_language(tmp_path, capsys):
    page = tmp_path / "de.txt"
    page.write_text(
        "Die Bibliothek von Riverside hat am Mittwoch nach einer zweijährigen Renovierung wieder geöffnet.\n\n"
        "Mehr als zweitausend Menschen kamen am ersten Tag, weit mehr als je zuvor an einem einzigen Tag, und den "
        "ganzen Nachmittag wurden neue Ausweise ausgestellt.\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "ingest", str(page), "--db", str(tmp_path / "d.db"))
    assert code == 0, err
    assert "skipped (language de)" in out and "1 new (1 of them not analysed: another language)" in out


def test_cli_ux_csv_needs_an_explicit_table_and_has_ids(store_path, tmp_path, capsys):
    code, out, err = run(capsys, "export", "--format", "csv", "--db", store_path)
    assert code == 2 and "--table" in err
    code, out, err = run(capsys, "export", "--format", "CSV", "--table", "Articles", "--db", store_path)
    assert code == 0 and out.splitlines()[0].startswith("id,published")


def test_cli_ux_watch_status_of_an_empty_store(store_path, capsys):
    code, out, err = run(capsys, "status", "--db", store_path, "--json")
    assert code == 0, err
    assert json.loads(out)["sources"] == []
