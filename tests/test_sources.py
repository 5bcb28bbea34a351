"""Reading inputs: formats, decoding, and one clear error per bad input."""

import gzip
import io
import json

import pytest

from veille.config import Settings
from veille.errors import BinaryInput, EmptyInput, InputNotFound, InputTooLarge, InvalidRecord, UnsupportedInput
from veille.record import Document
from veille.sources import decode, iter_documents

TEXT = "Un titre de presse assez long\n\nLe maire a inauguré la médiathèque samedi, devant plusieurs centaines d’habitants venus en famille.\n"  # noqa: E501 (a page's text: one paragraph a line)
HTML = "<html><head><title>T</title></head><body><article><p>Bonjour le monde.</p></article></body></html>"


def _docs(inputs, **kw):
    return list(iter_documents([str(i) for i in inputs], Settings(**kw)))


def test_sources_formats(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "c.html.gz").write_bytes(gzip.compress(HTML.encode()))
    (tmp_path / "d.jsonl").write_text(
        json.dumps({"url": "http://x/1", "html": HTML})
        + "\n\n"
        + json.dumps({"url": "http://x/2", "text": TEXT})
        + "\n",
        encoding="utf-8",
    )
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG")
    docs = _docs([tmp_path])
    assert all(isinstance(d, Document) for d in docs)
    assert [(d.content_type, d.url) for d in docs] == [
        ("text", None),
        ("html", None),
        ("html", None),
        ("html", "http://x/1"),
        ("text", "http://x/2"),
    ]
    assert docs[3].source.endswith("d.jsonl:1") and docs[4].source.endswith("d.jsonl:3")


def test_sources_json_list_and_single_object(tmp_path):
    (tmp_path / "l.json").write_text(json.dumps([{"text": TEXT}, {"html": HTML}]), encoding="utf-8")
    (tmp_path / "o.json").write_text(json.dumps({"url": "u", "text": TEXT}, indent=2), encoding="utf-8")
    docs = _docs([tmp_path / "l.json", tmp_path / "o.json"])
    assert [d.content_type for d in docs] == ["text", "html", "text"]


def test_sources_stdin_is_sniffed():
    docs = list(iter_documents(["-"], Settings(), stdin=io.BytesIO(HTML.encode())))
    assert docs[0].content_type == "html" and docs[0].source == "-"
    docs = list(iter_documents(["-"], Settings(), stdin=io.BytesIO(TEXT.encode())))
    assert docs[0].content_type == "text"


@pytest.mark.parametrize(
    "name, content, kind",
    [
        ("page.txt", "<!DOCTYPE html><html><body><p>Un article.</p></body></html>", "html"),  # HTML saved as .txt
        ("page.txt", "<div class='article'><p>Un article.</p></div>", "html"),
        ("notes.txt", "Le <b> de la page est resté dans le texte copié.", "text"),
        ("page.txt", "Un article copié depuis la page, sans balise.", "text"),
    ],
)
def test_sources_text_files_are_sniffed(tmp_path, name, content, kind):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    [doc] = list(iter_documents([str(path)], Settings()))
    assert doc.content_type == kind


def test_sources_latin1_is_decoded():
    text = "Le président a été réélu à une large majorité, a annoncé la préfecture dimanche soir."
    assert decode(text.encode("cp1252"), "x") == text


@pytest.mark.parametrize(
    "name,content,error",
    [
        ("empty.txt", b"", EmptyInput),
        ("blank.txt", b"  \n\n ", EmptyInput),
        ("garbage.txt", bytes(range(256)) * 20, BinaryInput),
        ("bad.jsonl", b'{"url": "x", "text": "ok"\n', InvalidRecord),
        ("nofield.jsonl", b'{"url": "x"}\n', InvalidRecord),
        ("notobj.jsonl", b"[1, 2]", InvalidRecord),
        ("broken.html.gz", b"not gzip at all", BinaryInput),
        ("photo.png", b"\x89PNG", UnsupportedInput),
    ],
)
def test_sources_bad_input_named_with_reason(tmp_path, name, content, error):
    path = tmp_path / name
    path.write_bytes(content)
    results = _docs([path])
    assert results and all(isinstance(r, error) for r in results)
    assert all(str(path) in str(r) and r.reason for r in results)


def test_sources_missing_path_and_empty_directory(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.md").write_text("x")
    missing, empty_dir = _docs([tmp_path / "nope.txt", tmp_path / "empty"])
    assert isinstance(missing, InputNotFound) and "nope.txt" in str(missing)
    assert isinstance(empty_dir, UnsupportedInput) and "no supported file" in str(empty_dir)


def test_sources_size_limit(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("mot " * 1000)
    small = tmp_path / "small.txt"
    small.write_text(TEXT)
    results = _docs([big, small], max_bytes=2000)
    assert isinstance(results[0], InputTooLarge) and "2000" in str(results[0])
    assert isinstance(results[1], Document)  # the other inputs still go through
    gz = tmp_path / "bomb.txt.gz"
    gz.write_bytes(gzip.compress(b"a" * 10_000))
    assert isinstance(_docs([gz], max_bytes=2000)[0], InputTooLarge)


def test_sources_bad_line_does_not_stop_good_lines(tmp_path):
    path = tmp_path / "mixed.jsonl"
    text, html = TEXT.replace("\n", "\\n"), HTML.replace('"', '\\"')
    path.write_text(f'{{"text": "{text}"}}\nnot json\n{{"html": "{html}"}}\n', encoding="utf-8")
    results = _docs([path])
    assert [type(r).__name__ for r in results] == ["Document", "InvalidRecord", "Document"]
    assert "mixed.jsonl:2" in str(results[1])


@pytest.mark.parametrize("name", ["pages.warc", "pages.warc.gz"])
def test_sources_warc_html_responses(tmp_path, name, make_warc):
    path = tmp_path / name
    make_warc(
        path,
        [
            ("http://news.example/a", "text/html; charset=utf-8", HTML.encode()),
            ("http://news.example/logo.png", "image/png", b"\x89PNG...."),
            (
                "http://news.example/b",
                "text/html; charset=windows-1252",
                "<html><body><p>Été</p></body></html>".encode("cp1252"),
            ),
        ],
    )
    docs = _docs([path])
    assert [d.url for d in docs] == ["http://news.example/a", "http://news.example/b"]
    assert all(d.content_type == "html" and d.source.startswith(str(path) + "#urn:uuid:") for d in docs)
    assert "Été" in docs[1].text


def test_sources_warc_errors(tmp_path, make_warc):
    bad = tmp_path / "bad.warc"
    bad.write_bytes(b"this is not an archive\n" * 10)
    empty = tmp_path / "images.warc"
    make_warc(empty, [("http://x/i.png", "image/png", b"\x89PNG")])
    results = _docs([bad, empty])
    assert isinstance(results[0], BinaryInput) and "WARC" in str(results[0])
    assert isinstance(results[1], EmptyInput) and "no HTML response" in str(results[1])


def test_sources_meta_charset_is_honoured():
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Café à Noël</p></body></html>'
    assert "Café à Noël" in decode(page.encode("latin-1"), "x")
