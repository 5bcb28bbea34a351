"""Hostile and broken inputs: each fails alone with its code, or is read as well as it can be; none stops a run or
hangs it (the faults of the hostile-input issue, each with its test)."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pytest

from veille.config import Settings
from veille.errors import LimitExceeded, MalformedInput
from veille.extract.textclean import clean_text
from veille.pipeline import process
from veille.sources import iter_documents
from veille.sources.decoding import decode_text

ARTICLE = (
    "Le conseil municipal de Valbourg a voté mardi soir le budget de la nouvelle médiathèque, après deux heures "
    "de débat animé entre la majorité et l'opposition."
)
SETTINGS = Settings(analyze=False)


def good(tmp_path: Path) -> str:
    path = tmp_path / "good.txt"
    path.write_text(f"Un titre de page\n\n{ARTICLE}\n", encoding="utf-8")
    return str(path)


def run(tmp_path: Path, name: str, content: bytes) -> list:
    bad = tmp_path / name
    bad.write_bytes(content)
    return list(process([str(bad), good(tmp_path)], SETTINGS))


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"[" * 100_000 + b"]" * 100_000, "nested deeper"),  # a RecursionError aborted the run
        (b'{"url": "x", "text": ' + b"9" * 5000 + b"}\n", "number too long"),  # int(): over 4,300 digits
    ],
)
def test_hostile_json_past_the_parser_limits(tmp_path, content, reason):
    outcomes = run(tmp_path, "records.jsonl", content)
    assert isinstance(outcomes[0].error, LimitExceeded) and reason in str(outcomes[0].error)
    assert outcomes[0].error.code == "E109"
    assert outcomes[-1].ok  # the next input is read


def warc_without_uri() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
    page = f"<html><body><p>{ARTICLE}</p></body></html>".encode()
    writer.write_record(writer.create_warc_record(None, "response", payload=io.BytesIO(page), http_headers=http))
    return buf.getvalue()


def test_hostile_warc_record_without_target_uri(tmp_path):
    outcomes = run(tmp_path, "archive.warc", warc_without_uri())  # an AttributeError inside warcio aborted the run
    assert isinstance(outcomes[0].error, MalformedInput) and outcomes[0].error.code == "E110"
    assert outcomes[-1].ok


def test_hostile_html_with_too_many_attributes(tmp_path):
    attributes = " ".join(f'a{i}="x"' for i in range(50_000))
    page = f"<html><body><div {attributes}><p>{ARTICLE}</p></div></body></html>".encode()
    outcomes = run(tmp_path, "page.html", page)  # held the extractor for minutes
    assert isinstance(outcomes[0].error, LimitExceeded) and "attributes" in str(outcomes[0].error)
    assert outcomes[-1].ok


ADVERSARIAL = [
    "a" + " " * 40_000 + "b",
    "1" * 40_000,
    "x." * 20_000,
    "a" + " x" * 20_000 + ".",
    "Photo : " * 5_000,
    "share " * 7_000,
    "\t".join(["x"] * 20_000),
    '"' * 30_000,
]


@pytest.mark.parametrize("line", ADVERSARIAL, ids=lambda s: repr(s[:6]))
def test_hostile_lines_never_hang_the_text_cleaner(line):
    """A line of 40 kB crafted against the cleaner's patterns (one took 58 s): the cleaner finishes."""
    done = threading.Event()

    def clean() -> None:
        clean_text(f"Un titre\n\n{line}\n\n{ARTICLE}", source="x")
        done.set()

    thread = threading.Thread(target=clean, daemon=True)
    thread.start()
    thread.join(timeout=30)  # a hang check, not a timing: the quadratic patterns took minutes
    assert done.is_set()


def test_hostile_one_invalid_byte_costs_one_character():
    data = ARTICLE.encode("utf-8")
    broken = data[:30] + b"\xff" + data[30:]
    text, encoding = decode_text(broken, "x")
    assert encoding == "utf-8" and text.replace("\ufffd", "") == ARTICLE


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_hostile_utf16_and_utf32_without_bom_are_read(codec):
    text, encoding = decode_text(ARTICLE.encode(codec), "x")
    assert text == ARTICLE and encoding == codec


def test_hostile_the_encoding_is_recorded_on_the_article(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(f"Un titre de page\n\n{ARTICLE}\n".encode("cp1252"))
    [doc] = list(iter_documents([str(path)], SETTINGS))
    assert doc.encoding == "cp1252"
    [outcome] = list(process([str(path)], SETTINGS))
    assert outcome.article.analysis["extraction"]["encoding"] == "cp1252"


@pytest.mark.parametrize(
    "page",
    [
        '<html lang="en">\n<head>\n<meta charset"utf-8">\n</head></html>',  # readability: "too many bodies"
        "<html><body></body></html>",
        "<html><head><title>x</title></head><body><div><div><div>",
        "<p>" + "é" * 50,
    ],
)
def test_hostile_broken_html_is_no_article_not_an_internal_error(tmp_path, page):
    outcomes = run(tmp_path, "page.html", page.encode("utf-8"))  # readability raised AssertionError, ParserError
    assert outcomes[0].error is not None and outcomes[0].error.code == "E107"
    assert outcomes[-1].ok
