"""HTML extraction on Veille's own invented pages (tests/fixtures/html: each page beside a .json holding its
title, standfirst and body), on the examples and the dev corpora's pages, and on ScrapingHub's pages where
../shared is present: the body chosen among candidates, the standfirst, no paragraph twice."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import pytest

from veille.extract.html import extract_html, is_paragraph
from veille.extract.textclean import fold

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "html"
SCRAPINGHUB = ROOT.parent / "shared" / "bench" / "scrapinghub"
OWN_PAGES = sorted(FIXTURES.glob("*.html"))
#: every HTML page of the repository that is not blind (the held-out corpora stay unread)
REPO_PAGES = OWN_PAGES + sorted((ROOT / "examples").glob("*.html")) + sorted(ROOT.glob("corpus/dev*/src/*.html"))


def _gold(name: str) -> dict:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def _extract(name: str):
    return extract_html((FIXTURES / f"{name}.html").read_bytes(), source=name)


def _repeated(paragraphs: list[str]) -> list[str]:
    counts = Counter(fold(p) for p in paragraphs if is_paragraph(p))
    return [p for p, n in counts.items() if n > 1]


@pytest.mark.parametrize("page", OWN_PAGES, ids=lambda p: p.stem)
def test_extract_html_own_page_body_is_the_gold_body(page: Path) -> None:
    art = extract_html(page.read_bytes(), source=page.stem)
    gold = _gold(page.stem)
    assert [fold(p) for p in art.paragraphs] == [fold(p) for p in gold["body"]]
    assert art.title == gold["title"]


def test_extract_html_standfirst_class_on_the_post_container_is_no_standfirst() -> None:
    # <div class="blog_post lead single"> holds the whole post: it used to be prepended as a standfirst
    art = _extract("blog-lead-container")
    assert art.standfirst is None
    assert len(art.paragraphs) == len(_gold("blog-lead-container")["body"])
    assert not _repeated(art.paragraphs)


def test_extract_html_dek_is_the_standfirst_and_opens_the_body_once() -> None:
    art = _extract("dek-standfirst")
    standfirst = _gold("dek-standfirst")["standfirst"]
    assert art.standfirst == standfirst
    assert art.paragraphs[0] == standfirst
    assert art.paragraphs.count(standfirst) == 1


def test_extract_html_teaser_cut_with_an_ellipsis_is_no_standfirst() -> None:
    # a "standfirst" block above the story that teases another article, cut "..."
    art = _extract("teaser-standfirst")
    assert art.standfirst is None
    assert not any("customs house" in p for p in art.paragraphs)


def test_extract_html_body_split_across_sibling_chunks_is_whole() -> None:
    # trafilatura keeps the first chunk of the body only; readability's block holds the others
    art = _extract("body-in-chunks")
    assert art.analysis["extraction"]["body"] == "trafilatura-precision+readability"
    assert art.analysis["extraction"]["added"] > 0
    assert len(art.paragraphs) == len(_gold("body-in-chunks")["body"])


def test_extract_html_confident_first_candidate_computes_no_other() -> None:
    art = _extract("sidebar-teasers")
    assert art.analysis["extraction"]["candidates"] == ["trafilatura-precision"]


def test_extract_html_sidebar_teasers_stay_out_of_the_body() -> None:
    art = _extract("sidebar-teasers")
    assert not any("Bakery on Mill Street" in p or "three generations" in p for p in art.paragraphs)


def test_extract_html_metadata_of_the_page() -> None:
    art = _extract("split-siblings")
    assert art.authors == ["Marta Velasquez"]
    assert art.published == "2024-03-14"
    assert art.extractor == "html"


@pytest.mark.parametrize("page", REPO_PAGES, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_extract_html_body_holds_no_paragraph_twice_repo_pages(page: Path) -> None:
    art = extract_html(page.read_bytes(), source=str(page))
    assert not _repeated(art.paragraphs)
    if art.standfirst:
        assert [fold(p) for p in art.paragraphs].count(fold(art.standfirst)) == 1


@pytest.mark.skipif(not SCRAPINGHUB.exists(), reason="ScrapingHub pages not found (needs ../shared)")
def test_extract_html_body_holds_no_paragraph_twice_scrapinghub() -> None:
    from veille.errors import NoArticle

    twice = {}
    pages = sorted((SCRAPINGHUB / "html").glob("*.html.gz"))
    assert len(pages) > 100
    for path in pages:
        try:
            art = extract_html(gzip.decompress(path.read_bytes()), source=path.name)
        except NoArticle:
            continue
        if repeated := _repeated(art.paragraphs):
            twice[path.name] = repeated[:2]
    assert not twice
