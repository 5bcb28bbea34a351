"""bench/retrieval_plan.py and bench/put_excerpt.py: what a fresh machine must retrieve, and writing one excerpt."""

import hashlib
import io
import json

import pytest

HEADER = "# id\tlang\tdomain\turl\tquery\trank\tkind\tyear\tsha12\tchars\tsplit\tannotator\n"


def _sha12(text):
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def _set(root, name, rows):
    """corpus/<name>/INDEX.tsv for rows of (id, query, text); the texts of ids starting with "have" are written."""
    folder = root / "corpus" / name
    (folder / "raw").mkdir(parents=True)
    lines = [HEADER]
    for gid, query, text in rows:
        lines.append(
            f"{gid}\ten\tx.example\thttps://x.example/{gid}\t{query}\t1\tAGREE\t2025\t{_sha12(text)}\t"
            f"{len(text)}\tdev\tann\n"
        )
        if gid.startswith("have"):
            (folder / "raw" / f"{gid}.txt").write_text(text, encoding="utf-8")
    (folder / "INDEX.tsv").write_text("".join(lines), encoding="utf-8")


def test_retrieval_plan_counts_missing_texts_and_shared_queries_once(bench_script, tmp_path):
    plan = bench_script("retrieval_plan")
    _set(
        tmp_path,
        "setA",
        [("have-1", "q one", "Text one."), ("miss-1", "q two", "Text two."), ("miss-2", "q two", "Text three.")],
    )
    _set(tmp_path, "setB", [("miss-3", "q two", "Text four."), ("miss-4", "q three", "Text five.")])
    result = plan.plan(["setA", "setB"], root=tmp_path, shared=tmp_path / "none")
    assert [(name, [r.dest for r in todo], lookups) for name, todo, lookups in result] == [
        ("setA", ["corpus/setA/raw/miss-1.txt", "corpus/setA/raw/miss-2.txt"], 1),
        ("setB", ["corpus/setB/raw/miss-3.txt", "corpus/setB/raw/miss-4.txt"], 1),
    ]


def test_retrieval_plan_retrieves_again_a_text_that_differs_from_its_index(bench_script, tmp_path):
    plan = bench_script("retrieval_plan")
    _set(tmp_path, "setA", [("have-1", "q one", "Text one.")])
    (tmp_path / "corpus" / "setA" / "raw" / "have-1.txt").write_text("Text one, retyped.", encoding="utf-8")
    [(_name, todo, lookups)] = plan.plan(["setA"], root=tmp_path, shared=tmp_path / "none")
    assert [r.dest for r in todo] == ["corpus/setA/raw/have-1.txt"] and lookups == 1


@pytest.mark.parametrize("text", ["Line one\nLine two « guillemets »\u00a0!", 'He said "no".\n\n', "tab\there"])
def test_put_excerpt_writes_the_decoded_string_exactly(bench_script, tmp_path, monkeypatch, capsys, text):
    put = bench_script("put_excerpt")
    dest = tmp_path / "raw" / "a.txt"
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(text) + "\n"))
    assert put.main([str(dest), _sha12(text)]) == 0
    assert dest.read_bytes() == text.encode()
    assert capsys.readouterr().out.startswith("OK ")


def test_put_excerpt_says_differ_and_refuses_what_is_no_json_string(bench_script, tmp_path, monkeypatch, capsys):
    put = bench_script("put_excerpt")
    dest = tmp_path / "a.txt"
    monkeypatch.setattr("sys.stdin", io.StringIO('"Some text."'))
    assert put.main([str(dest), "000000000000"]) == 1
    assert "DIFFER" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("Some text, unquoted."))
    assert put.main([str(dest), "-"]) == 1
    assert "not a JSON string literal" in capsys.readouterr().err
