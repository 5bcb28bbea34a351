"""The choosing of an HTML page's body among candidates (veille.extract.choose), on candidates given as
functions, and the candidates themselves (veille.extract.candidates) on the shared parsed tree."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml.html import tostring
from trafilatura.utils import load_html

from veille.extract.candidates import Block, is_prose, page_prose, readability_blocks, trafilatura_lines
from veille.extract.choose import choose_body, extend, prose_share, shingles

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "html"


def _para(topic: str, n: int = 0) -> str:
    """A paragraph of running text about ``topic`` (distinct words for each n)."""
    words = " ".join(f"{topic}{n}w{i}" for i in range(20))
    return f"The report on {topic} number {n} says {words} and ends here."


STORY = [_para("harbour", i) for i in range(6)]


def _never() -> list:
    raise AssertionError("a candidate was computed although the first was confident")


def test_choose_body_confident_first_candidate_computes_no_other() -> None:
    choice = choose_body(lambda: STORY, _never, _never, lambda: STORY[:4])
    assert choice.paragraphs == STORY
    assert choice.computed == ["trafilatura-precision"]


def test_choose_body_extends_with_readability_prose_the_first_lacks() -> None:
    first = STORY[:2]  # cut at a widget: two thirds of the page's prose are missing
    blocks = [Block(p) for p in STORY[:2]] + [Block("SUBSCRIBE", 1.0)] + [Block(p) for p in STORY[2:]]
    choice = choose_body(lambda: first, lambda: first, lambda: blocks, lambda: STORY)
    assert choice.paragraphs == STORY
    assert choice.base == "trafilatura-precision+readability"
    assert choice.added == 4


def test_choose_body_keeps_the_first_when_readability_found_another_block() -> None:
    comments = [_para("comment", i) for i in range(8)]
    first = STORY[:3]  # the page's prose is mostly comments: the first is not confident
    choice = choose_body(lambda: first, lambda: first, lambda: [Block(p) for p in comments], lambda: first + comments)
    assert choice.paragraphs == first
    assert choice.base == "trafilatura-precision"


def test_choose_body_takes_balanced_where_precision_dropped_the_story() -> None:
    first = [_para("sidebar", 0), _para("sidebar", 1)]
    second = first + STORY
    choice = choose_body(lambda: first, lambda: second, lambda: [], lambda: STORY)
    assert choice.base == "trafilatura-balanced"
    assert choice.paragraphs == second


def test_choose_body_takes_readability_where_precision_found_nothing_and_balanced_confirms_it() -> None:
    junk = [_para("menu", i) for i in range(10)]
    choice = choose_body(lambda: [], lambda: junk + STORY, lambda: [Block(p) for p in STORY], lambda: STORY)
    assert choice.base == "readability"
    assert choice.paragraphs == STORY


def test_choose_body_takes_balanced_where_precision_found_nothing_and_readability_disagrees() -> None:
    other = [_para("teaser", i) for i in range(4)]
    choice = choose_body(lambda: [], lambda: STORY, lambda: [Block(p) for p in other], lambda: STORY)
    assert choice.base == "trafilatura-balanced"
    assert choice.paragraphs == STORY


def test_extend_leaves_out_blocks_before_the_first_shared_one_and_link_lists() -> None:
    blocks = [Block(_para("standfirst")), Block(STORY[0]), Block(_para("related"), 0.9), Block(STORY[1])]
    merged, added = extend([STORY[0]], blocks)
    assert merged == [STORY[0], STORY[1]]
    assert added == 1


def test_extend_adds_a_block_printed_twice_once() -> None:
    blocks = [Block(STORY[0]), Block(STORY[1]), Block(STORY[1])]
    merged, _ = extend([STORY[0]], blocks)
    assert merged == [STORY[0], STORY[1]]


def test_prose_share_counts_the_page_prose_the_candidate_holds() -> None:
    assert prose_share(STORY[:3], STORY[:6]) == pytest.approx(0.5, abs=0.02)
    assert prose_share([], []) == 1.0


def test_shingles_ignore_case_soft_hyphens_and_spacing() -> None:
    assert shingles("Not\xadfall  Daten, im Netz") == shingles("notfall daten im netz")


def test_is_prose_wants_words_few_links_and_a_sentence_end() -> None:
    assert is_prose(STORY[0])
    assert not is_prose(STORY[0], link_share=0.8)
    assert not is_prose("Read more about the harbour")
    assert not is_prose(STORY[0].rstrip("."))


def test_candidates_leave_the_shared_tree_unchanged() -> None:
    tree = load_html((FIXTURES / "body-in-chunks.html").read_bytes())
    before = tostring(tree)
    assert trafilatura_lines(tree, url=None, precision=True)
    assert trafilatura_lines(tree, url=None, precision=False)
    assert readability_blocks(tree)
    assert page_prose(tree)
    assert tostring(tree) == before


def test_readability_blocks_of_the_chunked_page_hold_every_chunk() -> None:
    tree = load_html((FIXTURES / "body-in-chunks.html").read_bytes())
    texts = [b.text for b in readability_blocks(tree)]
    assert any(t.startswith("The town's oldest cinema") for t in texts)
    assert any(t.startswith("Tickets for the last evening") for t in texts)
